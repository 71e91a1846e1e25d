"""A database another process holds the write lock on: the desk waits for it (busy timeout),
and if it never comes, says so in one sentence and loses nothing."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from desktop_app.domain.errors import DatabaseLocked
from desktop_app.messages import describe
from desktop_app.store import checkins, engine, open_database
from desktop_app.store.attendees import list_attendees
from desktop_app.store.demo import create_demo
from desktop_app.store.stats import present_count


@pytest.fixture
def desk_file(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "desk.sqlite"
    db = open_database(path, desk="setup")
    conference = create_demo(db)
    db.close()
    return path, conference.id


def test_a_desk_waits_while_another_process_writes(desk_file, spawn):
    path, conference_id = desk_file
    holder = spawn("hold-lock", path, "IMMEDIATE")
    holder.expect("locked")
    db = open_database(path, create=False, desk="Bàn 2")  # reading is never blocked in WAL mode
    person = next(a for a in list_attendees(db, conference_id) if a.checked_in_at is None)
    releaser = threading.Timer(0.4, holder.send, ("release",))
    releaser.start()
    started = time.monotonic()
    result = checkins.check_in(db, person.id)  # waits for the lock, then writes
    assert time.monotonic() - started >= 0.3
    assert not result.already
    releaser.join()
    holder.expect("released")


def test_a_lock_held_past_the_timeout_is_one_sentence_and_loses_nothing(desk_file, spawn, monkeypatch):
    path, conference_id = desk_file
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    db = open_database(path, create=False, desk="Bàn 2")
    before = present_count(db, conference_id)
    person = next(a for a in list_attendees(db, conference_id) if a.checked_in_at is None)
    holder = spawn("hold-lock", path, "IMMEDIATE")
    holder.expect("locked")
    with pytest.raises(DatabaseLocked) as raised:
        checkins.check_in(db, person.id)
    assert "Try again" in describe(raised.value)
    assert not db.conn.in_transaction
    holder.send("release")
    holder.expect("released")
    assert present_count(db, conference_id) == before
    assert not checkins.check_in(db, person.id).already  # the same desk simply tries again


def test_a_rollback_journal_file_locked_by_another_program_is_busy_not_damaged(tmp_path, spawn, monkeypatch):
    """A file in the old journal mode (copied from another tool) while that tool writes to it:
    even reading must wait, and a timeout is "busy", never "damaged"."""
    path = tmp_path / "journal.sqlite"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    holder = spawn("hold-lock", path, "EXCLUSIVE")
    holder.expect("locked")
    with pytest.raises(DatabaseLocked):
        open_database(path, create=False)
    holder.send("release")
    holder.expect("released")
    open_database(path, create=False).close()
