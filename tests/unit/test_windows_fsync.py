"""Windows' os.fsync refuses a read-only handle (the C runtime's _commit: EBADF). Every export,
backup and restore syncs the file it wrote before renaming it into place, so a sync through a
read-only handle failed all of them on Windows. Here os.fsync is made to refuse as Windows does,
whether or not the suite's Windows rules (tests/windows_rules.py) are on."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
import windows_emulation

from desktop_app.domain.files import atomic_output, fsync_file
from desktop_app.exchange.export import ExportKind, ExportOptions, export_file
from desktop_app.store import backup, database
from desktop_app.store.conferences import list_conferences

ROOT = Path(__file__).parents[2]


@pytest.fixture(autouse=True)
def fsync_as_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "fsync", windows_emulation.fsync_as_on_windows)


def test_the_emulation_refuses_a_read_only_handle(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("x")
    fd = os.open(path, os.O_RDONLY)
    try:
        with pytest.raises(OSError) as refused:
            os.fsync(fd)
    finally:
        os.close(fd)
    assert refused.value.errno == errno.EBADF


def test_a_written_file_is_synced_and_renamed_into_place(tmp_path):
    path = tmp_path / "tệp #1.txt"
    path.write_text("cũ", encoding="utf-8")
    fsync_file(path)
    with atomic_output(path) as tmp:
        tmp.write_text("mới", encoding="utf-8")
    assert path.read_text(encoding="utf-8") == "mới"
    assert list(tmp_path.iterdir()) == [path]


def test_a_backup_copy_and_a_rolling_backup(db, db_path, conference, tmp_path):
    copy = backup.backup_copy(db, tmp_path / "bản sao.sqlite")
    rolling = backup.rolling_backup(db, db_path, reason="test")
    assert copy.stat().st_size > 0 and rolling.stat().st_size > 0


@pytest.mark.parametrize("damaged", [False, True], ids=["into the database", "over a damaged file"])
def test_a_restore(db, db_path, conference, tmp_path, damaged):
    copy = backup.backup_copy(db, tmp_path / "bản sao.sqlite")
    db.close()
    if damaged:
        db_path.write_bytes(b"not a database" * 100)
    restored = database.restore_database(db_path, copy)
    try:
        assert [c.conference.title for c in list_conferences(restored.db)] == ["Hội nghị thử"]
    finally:
        restored.db.close()


@pytest.mark.parametrize("kind", list(ExportKind))
def test_a_workbook_export(catalog_db, conference, add_person, tmp_path, kind):
    add_person("Nguyễn Văn A", "Sở Nội vụ")
    path = tmp_path / "ký tên.xlsx"
    export_file(catalog_db, conference.id, path, ExportOptions(kind))
    cells = [c.value for ws in openpyxl.load_workbook(path).worksheets for row in ws.iter_rows() for c in row]
    assert "Nguyễn Văn A" in cells


def test_a_pdf_export(qapp, catalog_db, conference, add_person, tmp_path):
    from desktop_app.printing.export import export_cards_pdf, export_signin_pdf

    add_person("Nguyễn Văn A", "Sở Nội vụ")
    export_signin_pdf(catalog_db, conference.id, tmp_path / "ký tên.pdf")
    export_cards_pdf(catalog_db, conference.id, tmp_path / "thẻ.pdf")
    assert (tmp_path / "ký tên.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "thẻ.pdf").read_bytes().startswith(b"%PDF")


def test_the_smoke_test_in_a_process_whose_fsync_refuses_read_only_handles(tmp_path):
    """What packaging/build.py runs on the built program: the sign-in workbook failed here."""
    if shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("pyside6-lrelease is not installed")
    resources = tmp_path / "resources"
    resources.mkdir()
    for name in ("catalogs", "encodings", "icons", "fonts"):
        (resources / name).symlink_to(ROOT / "resources" / name)
    (resources / "translations").mkdir()
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(resources / "translations" / f"{ts.stem}.qm")],
                       check=True)
    code = ("import os, sys, windows_emulation\n"
            "os.fsync = windows_emulation.fsync_as_on_windows\n"
            "from desktop_app.smoke import run_smoke_test\n"
            "sys.exit(run_smoke_test())\n")
    env = {**os.environ, "HOINGHI_RESOURCES": str(resources), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(Path(windows_emulation.__file__).parent), str(ROOT)])}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=150,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("hoinghi smoke test passed")
