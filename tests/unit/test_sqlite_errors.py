"""SQLite's errors classified by their result code, each a typed error naming the file, with a
sentence that says what happened and what to do; a full disk rolls the change back and loses
nothing. Rows of docs/robustness.md, "SQLite's errors"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from full_disk import BULKY_NOTE, BULKY_POSITION, integrity, leave_no_room

from desktop_app.domain.errors import (
    DatabaseCannotOpen,
    DatabaseCorrupt,
    DatabaseFull,
    DatabaseIOError,
    DatabaseLocked,
    DatabaseReadOnly,
    NotADatabase,
)
from desktop_app.domain.models import AttendeeInput
from desktop_app.messages import describe
from desktop_app.store import attendees, checkins, engine
from desktop_app.store.engine import execute, translate_error, write_transaction


def sqlite_error(code: int, name: str, message: str) -> sqlite3.OperationalError:
    """An error as SQLite's C library reports it (for codes a test cannot provoke for real)."""
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = name
    return exc


CODES = [
    (sqlite3.SQLITE_BUSY, "SQLITE_BUSY", "database is locked", DatabaseLocked, "Try again"),
    (sqlite3.SQLITE_LOCKED, "SQLITE_LOCKED", "database table is locked", DatabaseLocked, "Try again"),
    (sqlite3.SQLITE_READONLY, "SQLITE_READONLY", "attempt to write a readonly database", DatabaseReadOnly,
     "read-only"),
    (1032, "SQLITE_READONLY_DBMOVED", "attempt to write a readonly database", DatabaseReadOnly, "read-only"),
    (sqlite3.SQLITE_PERM, "SQLITE_PERM", "access permission denied", DatabaseReadOnly, "read-only"),
    (sqlite3.SQLITE_FULL, "SQLITE_FULL", "database or disk is full", DatabaseFull, "is full"),
    (sqlite3.SQLITE_IOERR, "SQLITE_IOERR", "disk I/O error", DatabaseIOError, "the disk reported an error"),
    (778, "SQLITE_IOERR_WRITE", "disk I/O error", DatabaseIOError, "SQLITE_IOERR_WRITE"),
    (1034, "SQLITE_IOERR_FSYNC", "disk I/O error", DatabaseIOError, "still connected"),
    (522, "SQLITE_IOERR_SHORT_READ", "disk I/O error", DatabaseIOError, "could not be read or written"),
    (sqlite3.SQLITE_CORRUPT, "SQLITE_CORRUPT", "database disk image is malformed", DatabaseCorrupt, "damaged"),
    (sqlite3.SQLITE_NOTADB, "SQLITE_NOTADB", "file is not a database", NotADatabase, "not an SQLite file"),
    (sqlite3.SQLITE_CANTOPEN, "SQLITE_CANTOPEN", "unable to open database file", DatabaseCannotOpen,
     "could not be opened"),
]


@pytest.mark.parametrize(("code", "name", "message", "kind", "says"), CODES, ids=[c[1] for c in CODES])
def test_each_code_is_a_typed_error_naming_the_file(code, name, message, kind, says):
    """case: sqlite-error-codes — by the code, never by the words: the same words under another
    code would be classified as that code says."""
    error = translate_error(sqlite_error(code, name, message), Path("/data/hội nghị.sqlite"))
    assert type(error) is kind
    assert error.details["path"] == "/data/hội nghị.sqlite" and error.details["sqlite_error"] == name
    text = describe(error)
    assert "“/data/hội nghị.sqlite”" in text and says in text
    if kind in (DatabaseFull, DatabaseIOError):
        assert "damaged" not in text and "backup" not in text


@pytest.mark.parametrize("exc", [
    sqlite_error(sqlite3.SQLITE_CONSTRAINT, "SQLITE_CONSTRAINT", "database is locked"),  # words lie
    sqlite_error(sqlite3.SQLITE_ERROR, "SQLITE_ERROR", "disk I/O error"),
    sqlite_error(3082, "SQLITE_IOERR_NOMEM", "out of memory"),
    sqlite3.ProgrammingError("Cannot operate on a closed database."),   # no code: from Python itself
], ids=["constraint", "error", "ioerr-nomem", "no-code"])
def test_anything_else_stays_a_bug(exc):
    assert translate_error(exc, "x.sqlite") is exc


def test_real_errors_from_sqlite(tmp_path, db, db_path):
    """Provoked for real where a test can: CANTOPEN, NOTADB, READONLY, LOCKED, BUSY."""
    with pytest.raises(sqlite3.Error) as cantopen:
        sqlite3.connect(tmp_path / "no such folder" / "x.sqlite").execute("SELECT 1")
    assert isinstance(translate_error(cantopen.value, "x"), DatabaseCannotOpen)

    not_sqlite = tmp_path / "notes.sqlite"
    not_sqlite.write_bytes(b"meeting notes " * 100)
    with pytest.raises(sqlite3.Error) as notadb:
        sqlite3.connect(not_sqlite).execute("SELECT * FROM sqlite_master")
    assert isinstance(translate_error(notadb.value, not_sqlite), NotADatabase)

    reader = engine.Database(sqlite3.connect(engine.read_only_uri(db_path), uri=True, isolation_level=None))
    reader.path = str(db_path)
    with pytest.raises(DatabaseReadOnly) as read_only, write_transaction(reader):
        execute(reader, "INSERT INTO audit (at, desk, action, entity) VALUES ('x', 'x', 'x', 'x')")
    assert read_only.value.details["path"] == str(db_path)
    reader.close()

    execute(db, "CREATE TABLE scratch (x)")
    execute(db, "INSERT INTO scratch VALUES (1), (2)")
    cursor = db.conn.execute("SELECT x FROM scratch")
    cursor.fetchone()   # a statement still reading the table: it cannot be dropped
    with pytest.raises(DatabaseLocked):
        execute(db, "DROP TABLE scratch")
    cursor.close()

    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    db.conn.execute("PRAGMA busy_timeout = 0")
    with pytest.raises(DatabaseLocked) as busy, write_transaction(db):
        pass
    assert busy.value.details["sqlite_error"] == "SQLITE_BUSY"
    other.rollback()
    other.close()


def test_a_full_disk_under_an_insert_is_typed_rolled_back_and_loses_nothing(db, db_path, demo):
    """case: full-disk-insert — the INSERT inside the transaction hits SQLITE_FULL."""
    before = attendees.count_attendees(db, demo.id)
    leave_no_room(db)
    with pytest.raises(DatabaseFull) as raised:
        attendees.add_attendee(db, demo.id, AttendeeInput(full_name="Lê Văn Tám", note=BULKY_NOTE))
    assert raised.value.details["path"] == str(db_path)
    assert not db.conn.in_transaction
    assert "The disk holding “" + str(db_path) + "” is full" in describe(raised.value)
    assert attendees.count_attendees(db, demo.id) == before
    assert integrity(db_path) == "ok"


def test_a_full_disk_under_a_walk_in_rolls_back_both_steps(db, db_path, demo):
    """case: full-disk-walk-in — added and checked in in one step: neither is kept."""
    before = attendees.count_attendees(db, demo.id)
    leave_no_room(db)
    with pytest.raises(DatabaseFull):
        checkins.add_walk_in(db, demo.id, AttendeeInput(full_name="Lăng Văn Tám", position=BULKY_POSITION))
    assert not db.conn.in_transaction
    assert attendees.count_attendees(db, demo.id) == before
    db.conn.execute("PRAGMA max_page_count = 1000000")   # space again: the same desk simply tries again
    result = checkins.add_walk_in(db, demo.id, AttendeeInput(full_name="Lăng Văn Tám", position=BULKY_POSITION))
    assert result.attendee.present and attendees.count_attendees(db, demo.id) == before + 1
    assert integrity(db_path) == "ok"


def test_an_unclassified_error_inside_a_transaction_is_rolled_back_and_raised_as_it_was(db, conference):
    with pytest.raises(sqlite3.OperationalError, match="no such table"), write_transaction(db):
        execute(db, "INSERT INTO audit (at, desk, action, entity) VALUES ('x', 'x', 'x', 'x')")
        db.conn.execute("SELECT * FROM no_such_table")
    assert not db.conn.in_transaction
    assert engine.scalar(db, "SELECT count(*) FROM audit WHERE action = 'x'") == 0
