"""A full disk at the command line: one sentence naming the file and saying what to do, exit 2,
everything saved before it kept and the file sound. Rows of docs/robustness.md, "SQLite's errors".

Made twice: portably with `PRAGMA max_page_count` (the command runs in this process, its
connection limited), and for real on a small tmpfs (root only; CI runs as root)."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from commands import as_json, hoinghi
from full_disk import BULKY_NOTE, integrity

from desktop_app import cli
from desktop_app.cli import common


def full_sentence(path: Path) -> str:
    return (f"The disk holding “{path}” is full: nothing of this change was saved. "
            "Free some space on that disk, then try again.\n")


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "hội nghị.sqlite"
    hoinghi("demo", str(path))
    return path


def _no_room_at_open(monkeypatch: pytest.MonkeyPatch, spare_pages: int) -> None:
    """The file may hold `spare_pages` more pages than it had when the command first opened it:
    a ceiling kept across the commands run in this test, as a disk's free space is."""
    opened = common.open_database
    ceiling: list[int] = []

    def open_full(*args, **kwargs):
        db = opened(*args, **kwargs)
        if not ceiling:
            ceiling.append(db.conn.execute("PRAGMA page_count").fetchone()[0] + spare_pages)
        db.conn.execute(f"PRAGMA max_page_count = {ceiling[0]}")
        return db

    monkeypatch.setattr(common, "open_database", open_full)


@pytest.fixture
def no_room_at_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every database the command opens can no longer grow (its free pages compacted away first)."""
    _no_room_at_open(monkeypatch, spare_pages=0)


@pytest.fixture
def little_room_at_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """The database may grow by a few pages only: a compacted file's b-trees each need a page for
    the first check-in (the table, its indexes, the audit log), then their pages fill up one
    check-in at a time until no page is left."""
    _no_room_at_open(monkeypatch, spare_pages=12)


@pytest.fixture
def large_demo_db(tmp_path: Path) -> Path:
    """More absent people than the few spare pages can take check-ins for."""
    path = tmp_path / "hội nghị lớn.sqlite"
    hoinghi("demo", str(path), "--attendees", "1500")
    return path


def compact(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("VACUUM")
    conn.close()


def test_attendee_add_on_a_full_disk_says_so_and_keeps_everything(demo_db, no_room_at_open, capsys):
    """case: cli-full-disk-add (max_page_count)."""
    before = as_json("attendees", "--db", str(demo_db), "--conference", "1")
    compact(demo_db)
    code = cli.main(["attendee", "add", "--db", str(demo_db), "--conference", "1", "--name", "Lê Văn Tám",
                     "--note", BULKY_NOTE])
    err = capsys.readouterr().err
    assert code == 2 and err == full_sentence(demo_db)
    assert "damaged" not in err and "fault" not in err
    assert as_json("attendees", "--db", str(demo_db), "--conference", "1") == before
    assert integrity(demo_db) == "ok"


def test_checkins_until_the_disk_is_full_keep_every_one_made(large_demo_db, little_room_at_open, capsys):
    """case: cli-full-disk-checkin (max_page_count) — check-ins one after another until there is
    no room: the one that did not fit says so; every one before it is kept, and it is not."""
    people = as_json("attendees", "--db", str(large_demo_db), "--conference", "1")
    absent = [p for p in people if not p["checked_in_at"]]
    compact(large_demo_db)
    done: list[int] = []
    for person in absent:
        code = cli.main(["checkin", "--db", str(large_demo_db), "--conference", "1", "--attendee", str(person["id"])])
        if code != 0:
            break
        done.append(person["id"])
    else:
        pytest.fail("every check-in fitted")
    err = capsys.readouterr().err
    assert code == 2 and err == full_sentence(large_demo_db)
    people = as_json("attendees", "--db", str(large_demo_db), "--conference", "1")
    present = {p["id"] for p in people if p["checked_in_at"]}
    assert done and set(done) <= present and person["id"] not in present
    assert integrity(large_demo_db) == "ok"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs of our own (a USB stick, nearly full): root only."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    if shutil.which("mount") is None:
        pytest.skip("no mount command on this machine")
    folder = tmp_path / "usb"
    folder.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "hoinghi-test", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def fill(folder: Path) -> Path:
    """Write a file until the disk has no space left."""
    filler = folder / "filler.bin"
    with open(filler, "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def test_attendee_add_on_a_really_full_disk(small_disk):
    """case: cli-full-disk-tmpfs — a tmpfs with no byte left. Another desk has the file open (its
    log and shared-memory files exist, so opening needs no new space); the add cannot write its
    log."""
    path = small_disk / "hội nghị.sqlite"
    hoinghi("demo", str(path))
    before = as_json("attendees", "--db", str(path), "--conference", "1")
    other_desk = sqlite3.connect(path)
    try:
        other_desk.execute("SELECT count(*) FROM attendees").fetchone()
        other_desk.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        filler = fill(small_disk)
        added = hoinghi("attendee", "add", "--db", str(path), "--conference", "1", "--name", "Lê Văn Tám",
                        check=False)
        filler.unlink()
    finally:
        other_desk.close()   # an open file would keep the tmpfs from being unmounted
    assert added.returncode == 2 and added.stderr == full_sentence(path)
    assert as_json("attendees", "--db", str(path), "--conference", "1") == before
    assert integrity(path) == "ok"
    assert hoinghi("attendee", "add", "--db", str(path), "--conference", "1", "--name", "Lê Văn Tám").returncode == 0
