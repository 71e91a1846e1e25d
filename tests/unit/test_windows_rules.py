"""Windows' file rules in the tests (tests/windows_rules.py): the rules themselves, and what a clerk
sees when a workbook or a backup copy is open in Excel (or another program) while it is written."""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop_app.domain.errors import FileProblem
from desktop_app.exchange.export import ExportKind, ExportOptions, export_file
from desktop_app.messages import describe
from desktop_app.store import backup

pytestmark = pytest.mark.usefixtures("held_open_in_excel")   # skipped under --linux-rules


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_folders_are_shaped_like_a_windows_users(tmp_path, db_path):
    for where in (str(db_path), tempfile.gettempdir()):
        assert "Users/Nguyễn Văn A/" in where
    assert " " in str(db_path) and "#" in str(db_path)


def test_programs_the_tests_start_follow_the_same_rules(tmp_path):
    code = "import tempfile, windows_emulation; print(windows_emulation.installed(), tempfile.gettempdir())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out == f"True {tempfile.gettempdir()}\n"


def test_a_file_open_in_the_process_cannot_be_replaced_renamed_or_deleted(tmp_path):
    old, new = tmp_path / "cũ.txt", tmp_path / "mới.txt"
    old.write_text("cũ", encoding="utf-8")
    new.write_text("mới", encoding="utf-8")
    with old.open(encoding="utf-8"):
        for change in (lambda: os.replace(new, old), lambda: os.replace(old, new), lambda: old.unlink(),
                       lambda: os.remove(old), lambda: old.rename(tmp_path / "khác.txt")):
            with pytest.raises(PermissionError):
                change()
    with pytest.raises(FileExistsError):   # Windows' rename never replaces
        new.rename(old)
    os.replace(new, old)                   # closed: fine
    assert old.read_text(encoding="utf-8") == "mới"


def test_only_a_handle_open_for_writing_is_synced_and_directories_are_let_through(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("x")
    for flags, refused in ((os.O_RDONLY, True), (os.O_RDWR, False), (os.O_WRONLY, False)):
        fd = os.open(path, flags)
        try:
            if refused:
                with pytest.raises(OSError) as error:
                    os.fsync(fd)
                assert error.value.errno == errno.EBADF
            else:
                os.fsync(fd)
        finally:
            os.close(fd)
    fd = os.open(tmp_path, os.O_RDONLY)   # store.backup._fsync_dir, POSIX only: Windows has no such handle
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def test_a_workbook_held_open_in_excel_can_be_read_but_not_written(tmp_path, held_open_in_excel):
    path = tmp_path / "ký tên.xlsx"
    path.write_bytes(b"old")
    with held_open_in_excel(path):
        assert path.read_bytes() == b"old"
        with pytest.raises(PermissionError):
            path.write_bytes(b"new")
        with pytest.raises(PermissionError):
            os.open(path, os.O_WRONLY)
    path.write_bytes(b"new")


def assert_refused_and_untouched(problem: FileProblem, path: Path, before: str) -> None:
    assert problem.code == "cannot_write" and problem.details["reason"] == "no_permission"
    assert "another program has the file open" in describe(problem)
    assert digest(path) == before
    assert [p.name for p in path.parent.iterdir()
            if p.name != path.name and not p.name.endswith((".sqlite", "-wal", "-shm"))] == []


@pytest.mark.parametrize("name, kind", [("ký tên.xlsx", ExportKind.SIGNIN), ("điểm danh.xlsx", ExportKind.ATTENDANCE),
                                        ("danh sách.csv", ExportKind.FULL)])
def test_an_export_over_a_workbook_open_in_excel_is_refused_and_leaves_it_as_it_was(
        catalog_db, conference, add_person, tmp_path, held_open_in_excel, name, kind):
    add_person("Nguyễn Văn A", "Sở Nội vụ")
    path = tmp_path / name
    export_file(catalog_db, conference.id, path, ExportOptions(kind))
    before = digest(path)
    add_person("Trần Thị B", "Sở Tài chính")
    with held_open_in_excel(path), pytest.raises(FileProblem) as refused:
        export_file(catalog_db, conference.id, path, ExportOptions(kind))
    assert_refused_and_untouched(refused.value, path, before)
    export_file(catalog_db, conference.id, path, ExportOptions(kind))   # Excel closed: it works
    assert digest(path) != before


@pytest.mark.parametrize("which", ["signin", "cards"])
def test_a_pdf_open_in_a_reader_is_refused_and_left_as_it_was(qapp, catalog_db, conference, add_person, tmp_path,
                                                              held_open_in_excel, which):
    from desktop_app.printing.export import export_cards_pdf, export_signin_pdf

    export = export_signin_pdf if which == "signin" else export_cards_pdf
    add_person("Nguyễn Văn A", "Sở Nội vụ")
    path = tmp_path / f"{which} #1.pdf"
    export(catalog_db, conference.id, path)
    before = digest(path)
    with held_open_in_excel(path), pytest.raises(FileProblem) as refused:
        export(catalog_db, conference.id, path)
    assert_refused_and_untouched(refused.value, path, before)


def test_a_backup_copy_over_a_file_open_elsewhere_is_refused_and_leaves_it_as_it_was(
        db, conference, tmp_path, held_open_in_excel):
    target = tmp_path / "bản sao #1.sqlite"
    backup.backup_copy(db, target)
    before = digest(target)
    with held_open_in_excel(target), pytest.raises(FileProblem) as refused:
        backup.backup_copy(db, target)
    assert_refused_and_untouched(refused.value, target, before)


def test_a_rolling_backup_is_taken_while_an_old_copy_is_open_elsewhere(db, db_path, conference, held_open_in_excel):
    """The oldest copy, open in another program, cannot be pruned now: it is kept for next time,
    and the backup that protects the change is still taken (the change goes ahead)."""
    made = [backup.rolling_backup(db, db_path, reason=f"test-{n}", keep=2) for n in range(2)]
    with held_open_in_excel(made[0]):
        newest = backup.rolling_backup(db, db_path, reason="test-2", keep=2)
    assert backup.list_backups(db_path) == [newest, made[1], made[0]]
    backup.rolling_backup(db, db_path, reason="test-3", keep=2)
    assert not made[0].exists()
