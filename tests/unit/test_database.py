"""Opening database files: ours, older, newer, foreign, damaged, read-only."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from desktop_app.domain.errors import (
    DatabaseCorrupt,
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseTooNew,
    NotADatabase,
)
from desktop_app.store import database, open_database
from desktop_app.store.backup import list_backups
from desktop_app.store.engine import scalar


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_has_the_schema_and_settings(db):
    assert scalar(db, "PRAGMA foreign_keys") == 1
    assert scalar(db, "PRAGMA journal_mode") == "wal"
    assert scalar(db, "PRAGMA synchronous") == 2  # FULL: a reported check-in survives a power cut
    assert scalar(db, "PRAGMA busy_timeout") >= 5000
    assert scalar(db, "PRAGMA user_version") == database.SCHEMA_VERSION
    tables = set(db.table_names())
    assert {"units", "conferences", "sections", "topics", "attendees", "check_ins", "audit"} <= tables


def test_reopening_applies_nothing_and_keeps_data(db_path, conference):
    again = open_database(db_path)
    assert scalar(again, "SELECT count(*) FROM conferences") == 1
    assert list_backups(db_path) == []  # nothing to migrate, no backup


def _close_and_hash(db, path: Path) -> str:
    db.close()
    return digest(path)


def test_a_newer_schema_is_refused_and_left_byte_for_byte(db, db_path):
    db.conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                    "VALUES ('hoinghi', '0099_from_the_future', '2030-01-01')")
    before = _close_and_hash(db, db_path)
    with pytest.raises(DatabaseTooNew) as raised:
        open_database(db_path)
    assert raised.value.details["supported"] == database.SCHEMA_VERSION
    assert digest(db_path) == before


def test_a_text_file_renamed_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Danh sách đại biểu\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(NotADatabase):
        open_database(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotADatabase) as raised:
        open_database(path)
    assert raised.value.details["reason"] == "foreign"
    assert digest(path) == before


def test_a_truncated_database_is_reported_as_damaged(db, db_path, conference):
    from desktop_app.store.demo import create_demo

    create_demo(db)
    db.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2 + 100])
    with pytest.raises(DatabaseCorrupt):
        open_database(db_path)


def test_a_read_only_file_is_reported(db, db_path):
    db.close()
    db_path.chmod(0o444)
    try:
        with pytest.raises(DatabaseReadOnly):
            open_database(db_path)
    finally:
        db_path.chmod(0o644)


def test_a_missing_file_is_not_created_when_asked_not_to(tmp_path):
    with pytest.raises(DatabaseMissing):
        open_database(tmp_path / "nope.sqlite", create=False)
    assert not (tmp_path / "nope.sqlite").exists()


def test_an_older_schema_is_backed_up_then_migrated(db, db_path, conference, monkeypatch):
    db.close()
    newer = Migrations(database.MIGRATION_SET)
    for name in database.KNOWN_MIGRATIONS:
        newer(name=name)(lambda d: None)  # already applied; never runs

    @newer(name="0002_test_column")
    def add_column(d):
        d.conn.execute("ALTER TABLE conferences ADD COLUMN test_column TEXT")

    monkeypatch.setattr(database, "migrations", newer)
    monkeypatch.setattr(database, "KNOWN_MIGRATIONS", (*database.KNOWN_MIGRATIONS, "0002_test_column"))
    monkeypatch.setattr(database, "SCHEMA_VERSION", database.SCHEMA_VERSION + 1)
    migrated = open_database(db_path)
    assert "test_column" in migrated["conferences"].columns_dict
    backups = list_backups(db_path)
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT title FROM conferences").fetchone() == ("Hội nghị thử",)
    assert "test_column" not in [r[1] for r in old.execute("PRAGMA table_info(conferences)")]
