"""kill -9 at a random moment: during a loop of check-ins, in the middle of a 20,000-row import,
while a backup copy is written. Afterwards the file is intact, every check-in that was reported
done is there, and the import is all there or not there at all.

The moments are random on purpose; each test prints its seed when it fails, so a failure can be
replayed with HOINGHI_CRASH_SEED=<seed>."""

from __future__ import annotations

import os
import random
import time
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.store import open_database
from desktop_app.store.attendees import count_attendees, list_attendees
from desktop_app.store.backup import backup_copy
from desktop_app.store.conferences import create_conference, list_conferences
from desktop_app.store.demo import create_demo
from desktop_app.store.engine import SEARCH_INDEXES, rows, scalar
from desktop_app.store.search import search_attendees

ROUNDS = 4


@pytest.fixture
def rng() -> random.Random:
    seed = int(os.environ.get("HOINGHI_CRASH_SEED", "0")) or random.SystemRandom().randrange(1, 10**9)
    print(f"HOINGHI_CRASH_SEED={seed}")  # shown by pytest when the test fails
    return random.Random(seed)


@pytest.fixture
def demo_file(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "desk.sqlite"
    db = open_database(path, desk="setup")
    conference = create_demo(db, attendees=3000)
    db.close()
    return path, conference.id


def assert_intact(path: Path) -> None:
    """The file opens through the program, SQLite finds nothing wrong, nor does the search index."""
    db = open_database(path, create=False)
    try:
        assert scalar(db, "PRAGMA integrity_check") == "ok"
        assert scalar(db, "PRAGMA foreign_key_check") is None
        for index in SEARCH_INDEXES:
            db.conn.execute(f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")
    finally:
        db.close()


def test_every_check_in_reported_before_a_kill_is_kept(demo_file, spawn, rng):
    path, conference_id = demo_file
    reported: dict[int, int] = {}
    for _ in range(ROUNDS):
        child = spawn("checkin-loop", path, conference_id)
        child.expect("ready")
        time.sleep(rng.uniform(0.02, 0.5))
        child.kill()
        for line in child.finish():
            if line.startswith("done "):
                _, attendee_id, check_in_id = line.split()
                reported[int(attendee_id)] = int(check_in_id)
        assert_intact(path)
    assert len(reported) > 10  # the kills landed in the middle of the loop, not before it

    db = open_database(path, create=False)
    live = {r["attendee_id"]: r["id"] for r in rows(
        db, "SELECT attendee_id, id FROM check_ins WHERE undone_at IS NULL AND topic_id IS NULL")}
    missing = {a: c for a, c in reported.items() if live.get(a) != c}
    assert missing == {}
    assert scalar(db, "SELECT count(*) FROM check_ins WHERE undone_at IS NULL AND topic_id IS NULL "
                      "GROUP BY attendee_id ORDER BY count(*) DESC LIMIT 1") == 1
    # A check-in that was written but not yet reported is fine; the desk simply checks again and
    # is told "already checked in".


IMPORT_ROWS = 20_000


@pytest.fixture(scope="module")
def invite_list(user_folder_factory) -> tuple[Path, int]:
    """A 20,000-row invite list as Excel writes one (benchmarks/workbooks.py), and how many of its
    people an import adds (a dry run: the rest are duplicates within the file)."""
    from benchmarks.workbooks import write_invite_list
    from desktop_app.exchange.import_report import ImportOptions
    from desktop_app.exchange.importer import import_invite_list

    folder = user_folder_factory("list")
    path = write_invite_list(folder / "danh_sach.xlsx", IMPORT_ROWS)
    db = open_database(folder / "dry.sqlite", desk="setup")
    conference = create_conference(db, "Thử", datetime(2022, 9, 14, 7, 30))
    importable = import_invite_list(db, conference.id, path, ImportOptions(dry_run=True)).importable
    db.close()
    return path, importable


@pytest.mark.slow  # about 15 s: three child processes each read and check 20,000 rows before writing
def test_an_import_killed_midway_leaves_none_or_all_of_its_rows(demo_file, spawn, rng, invite_list):
    """A real import (the spreadsheet read, checked, backed up, written, indexed) killed while the
    rows go in (soon after the first, or after half of them), while the search index is filled,
    and while it is merged before the commit (or during the commit and the checkpoint that
    follows it, or just after): each a little later at random. Each round imports into a
    conference of its own, so "none or all" is exact."""
    path, _ = demo_file
    xlsx, importable = invite_list
    outcomes = []
    phases = ((rng.choice(("inserting", "halfway")), 0.3), ("indexing", 0.2), ("merging", 0.6))
    for n, (phase, spread) in enumerate(phases):
        db = open_database(path, create=False)
        conference_id = create_conference(db, f"Nhập lần {n + 1}", datetime(2022, 10, 1 + n, 8)).id
        others = count_attendees(db, 1)
        db.close()
        child = spawn("import", path, conference_id, xlsx)
        child.expect(phase)
        time.sleep(rng.uniform(0.0, spread))
        child.kill()
        committed = any(line == "committed" for line in child.finish())
        assert_intact(path)
        db = open_database(path, create=False)
        after = count_attendees(db, conference_id)
        assert after in (0, importable), (phase, after)
        if committed:
            assert after == importable
        assert count_attendees(db, 1) == others      # the other conference is untouched
        outcomes.append(after)
        # The list still works: search finds people, a new person can be added and placed in order.
        assert bool(search_attendees(db, conference_id, "nguyen")) == (after > 0)
        assert len(list_attendees(db, conference_id)) == after
        db.close()
    print("rows kept per round:", outcomes)


def test_a_backup_killed_midway_leaves_no_partial_copy(demo_file, spawn, rng, tmp_path):
    path, _ = demo_file
    target = tmp_path / "copy.sqlite"
    for _ in range(3):
        child = spawn("backup", path, target)
        child.expect("copying")
        time.sleep(rng.uniform(0.0, 0.05))
        child.kill()
        if target.exists():  # either no copy at all or a complete, usable one
            db = open_database(target, create=False)
            assert scalar(db, "PRAGMA integrity_check") == "ok"
            assert count_attendees(db, 1) == 3000
            db.close()
        target.unlink(missing_ok=True)
    assert_intact(path)


def test_a_restore_killed_midway_leaves_the_old_or_the_restored_database(demo_file, spawn, rng, tmp_path):
    path, _ = demo_file
    db = open_database(path, create=False)
    copy = backup_copy(db, tmp_path / "copy.sqlite")
    create_conference(db, "Thêm sau khi sao lưu", datetime(2023, 5, 1))
    db.close()
    outcomes = []
    for _ in range(3):
        child = spawn("restore", path, copy)
        child.expect("restoring")
        time.sleep(rng.uniform(0.0, 0.4))
        child.kill()
        finished = "restored" in child.finish()
        assert_intact(path)
        db = open_database(path, create=False)
        titles = [s.conference.title for s in list_conferences(db)]
        restored = "Thêm sau khi sao lưu" not in titles
        assert len(titles) == (1 if restored else 2)
        assert count_attendees(db, 1) == 3000
        if finished:
            assert restored
        outcomes.append(restored)
        if restored:  # put the later conference back for the next round
            create_conference(db, "Thêm sau khi sao lưu", datetime(2023, 5, 1))
        db.close()
    print("restored per round:", outcomes)


def _old_or_new(target: Path, old: bytes) -> str:
    """"old" when the file is byte for byte the one that was there, "new" when it is a complete
    export of the 3,000 people; anything else fails."""
    data = target.read_bytes()
    if data == old:
        return "old"
    if target.suffix == ".pdf":
        import subprocess

        info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        assert pages > 50, info   # 3,000 people at about 20 a page
        assert data.rstrip().endswith(b"%%EOF")
        return "new"
    import openpyxl

    wb = openpyxl.load_workbook(target, read_only=True)
    rows = list(wb.active.iter_rows(values_only=True))
    wb.close()
    numbers = [row[0] for row in rows if row and isinstance(row[0], int)]
    # People a substitute stands in for are listed without a number (issue 11): no seat.
    replaced = [row for row in rows if row and "Cử người đi thay" in row]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) + len(replaced) == 3000
    return "new"


@pytest.mark.parametrize("suffix", [".xlsx", pytest.param(".pdf", marks=pytest.mark.needs("pdfinfo"))])
def test_an_export_killed_midway_leaves_the_old_file_or_the_new_one(demo_file, spawn, rng, tmp_path, suffix):
    """An export written over last week's file is killed at a random moment: the file is then the
    old one, untouched, or the complete new one (a valid workbook or PDF), never half of one.
    Exports are written to a hidden temporary file beside the target, synced and renamed."""
    path, conference_id = demo_file
    db = open_database(path, create=False)
    empty = create_conference(db, "Hội nghị tuần trước", datetime(2022, 9, 7, 8)).id
    db.close()
    (tmp_path / "exports").mkdir()
    target = tmp_path / "exports" / f"ky_ten{suffix}"
    spawn("export", path, empty, target).expect("saved")      # last week's sheet: a valid, empty one
    old = target.read_bytes()
    outcomes = []
    for _ in range(3):
        target.write_bytes(old)
        child = spawn("export", path, conference_id, target)
        child.expect("writing")   # the rows are being written (in about a second), then saved
        time.sleep(rng.uniform(0.0, 1.2))
        child.kill()
        saved = "saved" in child.finish()
        outcome = _old_or_new(target, old)
        if saved:
            assert outcome == "new"
        outcomes.append(outcome)
    # A kill leaves the hidden temporary file it was writing (".ky_ten.<random>.partial.xlsx"),
    # never anything under the target's name.
    assert {p.name for p in target.parent.iterdir() if not p.name.startswith(".")} == {target.name}
    print("after each kill:", outcomes)
