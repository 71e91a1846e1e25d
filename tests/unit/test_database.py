"""Opening database files: ours, older, newer, foreign, damaged, read-only."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from external_tools import require
from held_files import read_bytes_elsewhere
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
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]   # no -wal, -shm beside it


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


# ---------------------------------------------------------------------------------------------
# Databases from elsewhere: every released schema version, and files that are not what they seem.
# ---------------------------------------------------------------------------------------------

SCHEMAS = Path(__file__).parents[1] / "data" / "schemas"
FIXTURES = sorted(SCHEMAS.glob("v*.sqlite"), key=lambda p: int(p.stem[1:]))


def test_every_released_schema_version_has_a_fixture():
    """Adding a migration means releasing a schema version: run tests/data/schemas/make_fixture.py
    and commit its v<N>.sqlite so every later version is tested against files of this one."""
    assert [int(p.stem[1:]) for p in FIXTURES] == list(range(1, database.SCHEMA_VERSION + 1))


def _schema(path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        return sorted((t, n, " ".join((s or "").split())) for t, n, s in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        conn.close()


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_a_file_of_each_released_version_opens_with_nothing_lost(fixture, tmp_path):
    import json

    from desktop_app.store.search import search_attendees

    manifest = json.loads(fixture.with_suffix(".json").read_text("utf-8"))
    path = tmp_path / "from-elsewhere.sqlite"
    path.write_bytes(fixture.read_bytes())
    db = open_database(path, create=False)
    assert database.schema_version(db) == database.SCHEMA_VERSION
    assert scalar(db, "PRAGMA integrity_check") == "ok"
    for table, count in manifest["counts"].items():
        assert scalar(db, f"SELECT count(*) FROM {table}") == count, table
    assert scalar(db, "SELECT count(*) FROM check_ins WHERE undone_at IS NULL") == manifest["live_check_ins"]
    for person in manifest["people"]:
        assert scalar(db, "SELECT full_name FROM attendees WHERE code = :code", person) == person["full_name"]
    for text, names in manifest["search"].items():
        found = [a.full_name for a in search_attendees(db, manifest["conferences"][0], text)]
        assert set(names) <= set(found), text
    db.close()

    backups = list_backups(path)
    if manifest["schema_version"] < database.SCHEMA_VERSION:  # older: backed up, then migrated
        assert len(backups) == 1 and digest(backups[0]) != digest(path)
        old = sqlite3.connect(backups[0])
        assert old.execute("PRAGMA user_version").fetchone()[0] == manifest["schema_version"]
        old.close()
    else:
        assert backups == []
    # Migrating an old file gives exactly the schema a new file gets.
    fresh = tmp_path / "fresh.sqlite"
    open_database(fresh).close()
    assert _schema(path) == _schema(fresh)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_each_released_version_is_backed_up_then_migrated_by_a_newer_program(fixture, tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    path.write_bytes(fixture.read_bytes())
    before = digest(path)
    newer = Migrations(database.MIGRATION_SET)
    for name in database.KNOWN_MIGRATIONS:
        newer(name=name)(lambda d: None)

    @newer(name="9001_test_column")
    def add_column(d):
        d.conn.execute("ALTER TABLE attendees ADD COLUMN test_column TEXT")

    monkeypatch.setattr(database, "migrations", newer)
    monkeypatch.setattr(database, "KNOWN_MIGRATIONS", (*database.KNOWN_MIGRATIONS, "9001_test_column"))
    monkeypatch.setattr(database, "SCHEMA_VERSION", database.SCHEMA_VERSION + 1)
    migrated = open_database(path, create=False)
    assert "test_column" in migrated["attendees"].columns_dict
    migrated.close()
    (backup,) = list_backups(path)
    # The backup holds the file as it was: same tables, same rows, the old version number.
    assert _schema(backup) == _schema(fixture)
    old = sqlite3.connect(backup)
    assert old.execute("SELECT count(*) FROM attendees").fetchone()[0] > 100
    old.close()
    assert digest(path) != before


def test_a_newer_fixture_file_is_refused_and_left_byte_for_byte(tmp_path):
    """A file from a newer program, with its -wal beside it, as a desk that crashed leaves it."""
    path = tmp_path / "newer.sqlite"
    path.write_bytes(FIXTURES[-1].read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('hoinghi', '9999_from_the_future', '2030-01-01')")
    conn.commit()
    wal = path.with_name(path.name + "-wal")
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / path.name).write_bytes(path.read_bytes())
    (copy / wal.name).write_bytes(wal.read_bytes())
    conn.close()
    path = copy / path.name
    before = (digest(path), digest(copy / wal.name))
    with pytest.raises(DatabaseTooNew):
        open_database(path)
    assert (digest(path), digest(copy / wal.name)) == before
    assert list_backups(path) == []


def test_a_file_with_its_wal_beside_it_opens_with_the_wal_content(db, db_path, conference, add_person, tmp_path):
    """A desk was switched off: its last check-ins are only in the -wal file. Copied elsewhere
    together, the file opens with every one of them."""
    from desktop_app.store.checkins import check_in

    db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    people = [add_person(f"Nguyễn Văn {given}") for given in ("An", "Bình", "Cường")]
    for person in people:
        check_in(db, person.id)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for suffix in ("", "-wal"):
        (elsewhere / (db_path.name + suffix)).write_bytes(read_bytes_elsewhere(f"{db_path}{suffix}"))
    assert (elsewhere / (db_path.name + "-wal")).stat().st_size > 0
    copy = open_database(elsewhere / db_path.name, create=False)
    assert scalar(copy, "SELECT count(*) FROM check_ins WHERE undone_at IS NULL") == 3


@pytest.mark.parametrize("through_link", [False, True], ids=["the file", "a link to it"])
def test_a_checkpoint_interrupted_by_a_crash_is_finished_not_called_damage(db, db_path, conference, tmp_path,
                                                                           through_link):
    """⚑ Found by the import crash test: a commit that fills the write-ahead log past its limit
    copies it into the file (a checkpoint), first page first. Switched off in the middle, the
    file's header already names the new size while the file is still short, and the whole log is
    beside it. SQLite finishes the copy on the next open; the program used to refuse the file as
    damaged ("restore a backup")."""
    from desktop_app.domain.models import AttendeeInput
    from desktop_app.store.attendees import add_attendees

    db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    add_attendees(db, conference.id, [AttendeeInput(full_name=f"Nguyễn Văn Thử {n}", unit_name="Sở Y tế")
                                      for n in range(3000)])
    before = (read_bytes_elsewhere(db_path), read_bytes_elsewhere(f"{db_path}-wal"))
    db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")   # what the crashed commit had begun
    after = read_bytes_elsewhere(db_path)
    assert len(after) > len(before[0])
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    page_size = int(scalar(db, "PRAGMA page_size"))
    (crashed / db_path.name).write_bytes(after[:page_size] + before[0][page_size:])  # the first page only
    (crashed / f"{db_path.name}-wal").write_bytes(before[1])
    target = crashed / db_path.name
    if through_link:   # the log is beside the real file, not beside the link
        (tmp_path / "link.sqlite").symlink_to(target)
        target = tmp_path / "link.sqlite"
    copy = open_database(target, create=False)
    assert scalar(copy, "PRAGMA integrity_check") == "ok"
    assert scalar(copy, "SELECT count(*) FROM attendees") == 3000


_HOT_JOURNAL = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("PRAGMA cache_size = 1")          # spill to the file before the commit: the journal is hot
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE attendees SET note = hex(randomblob(200))")
os._exit(0)                                     # switched off before COMMIT
"""


def test_a_commit_cut_short_in_rollback_journal_mode_is_rolled_back_not_called_damaged(tmp_path):
    """A desk on a file system without WAL (the program then falls back to a rollback journal)
    switched off mid-commit leaves a hot journal; SQLite undoes it on the next read-write open."""
    import sys
    from datetime import datetime

    from desktop_app.domain.models import AttendeeInput
    from desktop_app.store.attendees import add_attendees
    from desktop_app.store.conferences import create_conference

    path = tmp_path / "rollback.sqlite"
    db = open_database(path)
    conference = create_conference(db, "Hội nghị", datetime(2022, 9, 14, 7, 30))
    add_attendees(db, conference.id, [AttendeeInput(full_name=f"Lê Văn {n}") for n in range(2000)])
    db.conn.execute("PRAGMA journal_mode = DELETE")
    db.close()
    subprocess.run([sys.executable, "-c", _HOT_JOURNAL, str(path)], check=True)
    assert Path(f"{path}-journal").stat().st_size > 0
    again = open_database(path, create=False)
    assert scalar(again, "PRAGMA integrity_check") == "ok"
    assert scalar(again, "SELECT count(*) FROM attendees WHERE note != ''") == 0   # the half-made change undone


@pytest.mark.parametrize("content", [
    pytest.param(b"PK\x03\x04" + bytes(400), id="an Excel workbook renamed"),
    pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(200), id="a picture"),
    pytest.param(bytes(range(256)) * 8, id="random bytes"),
    pytest.param("Họ và tên;Đơn vị\nNguyễn Văn Đức;Sở Tư pháp\n".encode("utf-16"), id="UTF-16 text"),
    pytest.param(b"SQLite format 3\x00" + b"\xff" * 84, id="a header and nothing else"),
])
def test_files_that_are_not_databases_are_refused_untouched(tmp_path, content):
    from desktop_app.domain.errors import DatabaseError
    from desktop_app.messages import describe

    path = tmp_path / "danh-sach.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseError) as raised:
        open_database(path, create=False)
    assert isinstance(raised.value, NotADatabase | DatabaseCorrupt)
    assert str(path) in describe(raised.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


@pytest.mark.parametrize("cut", ["half", "one page short", "header only"])
def test_truncated_databases_are_damaged_and_untouched(tmp_path, cut):
    from desktop_app.messages import describe

    path = tmp_path / "cut.sqlite"
    data = FIXTURES[-1].read_bytes()
    size = {"half": len(data) // 2 + 100, "one page short": len(data) - 4096, "header only": 100}[cut]
    path.write_bytes(data[:size])
    with pytest.raises(DatabaseCorrupt) as raised:
        open_database(path, create=False)
    assert "restore" in describe(raised.value).lower()
    assert path.read_bytes() == data[:size]


def test_an_empty_file_is_refused_when_opening_and_used_when_creating(tmp_path):
    from desktop_app.messages import describe

    path = tmp_path / "empty.sqlite"
    path.touch()
    with pytest.raises(DatabaseMissing) as raised:
        open_database(path, create=False)
    assert raised.value.code == "database_empty"
    assert "empty" in describe(raised.value) and str(path) in describe(raised.value)
    assert path.stat().st_size == 0
    # Asked to create a database there (a new file, the demo), an empty file is simply used:
    # it held nothing to lose.
    db = open_database(path, create=True)
    assert database.schema_version(db) == database.SCHEMA_VERSION


def test_a_folder_is_refused_with_its_own_message(tmp_path):
    from desktop_app.messages import describe

    folder = tmp_path / "hoinghi.sqlite"
    folder.mkdir()
    with pytest.raises(NotADatabase) as raised:
        open_database(folder)
    assert describe(raised.value).startswith(f"“{folder}” is a folder")
    assert list(folder.iterdir()) == []


def test_a_read_only_file_is_left_untouched_with_a_clear_message(db, db_path, conference):
    from desktop_app.messages import describe

    db.close()
    before = digest(db_path)
    db_path.chmod(0o444)
    try:
        with pytest.raises(DatabaseReadOnly) as raised:
            open_database(db_path, create=False)
        assert "read-only" in describe(raised.value) and str(db_path) in describe(raised.value)
    finally:
        db_path.chmod(0o644)
    assert digest(db_path) == before


@contextlib.contextmanager
def read_only_folder(folder: Path):
    """No new files in `folder`, even for root (who ignores the mode bits): chattr +i then."""
    folder.chmod(0o555)
    immutable = False
    try:
        if os.access(folder, os.W_OK):
            try:
                immutable = subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
            except OSError:   # no chattr on this machine: CI installs it (e2fsprogs), so there it fails
                require("chattr")
            if not immutable:   # chattr is there, but this file system or container refuses +i
                pytest.skip("this machine cannot make a folder read-only for root (no chattr +i)")
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


@pytest.mark.parametrize("with_log", [False, True], ids=["checkpointed", "with its write-ahead log"])
def test_a_sound_file_in_a_read_only_folder_is_read_only_not_damaged(db, tmp_path, with_log):
    from datetime import datetime

    from desktop_app.messages import describe
    from desktop_app.store.conferences import create_conference

    create_conference(db, "Hội nghị", datetime(2022, 9, 14, 7, 30))
    folder = tmp_path / "usb"
    folder.mkdir()
    copy = folder / "hoinghi.sqlite"
    copy.write_bytes(read_bytes_elsewhere(db.path))
    if with_log:   # the last changes still in the log (no -shm: it is rebuilt from the log)
        (folder / "hoinghi.sqlite-wal").write_bytes(read_bytes_elsewhere(f"{db.path}-wal"))
    else:
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        copy.write_bytes(read_bytes_elsewhere(db.path))
    files = sorted(p.name for p in folder.iterdir())
    with read_only_folder(folder), pytest.raises(DatabaseReadOnly) as raised:
        open_database(copy, create=False)
    assert "read-only" in describe(raised.value) and "damaged" not in describe(raised.value)
    assert sorted(p.name for p in folder.iterdir()) == files


def test_a_new_database_has_the_shipped_catalogs_so_units_match_at_once(tmp_path):
    from desktop_app.store.units import match_unit

    db = open_database(tmp_path / "new.sqlite")
    assert match_unit(db, "UBND huyện Cao Lộc").name == "Huyện Cao Lộc"
    assert match_unit(db, "Xã Thất Khê").kind == "commune"


def test_a_link_to_an_open_database_is_read_with_its_log(db, db_path, tmp_path):
    """Read through a link, the file's -wal (beside the file, not the link) still counts."""
    link = tmp_path / "elsewhere" / "link.sqlite"
    link.parent.mkdir()
    link.symlink_to(db_path)
    assert Path(f"{db_path}-wal").stat().st_size > 0      # the schema is still in the log
    assert database.inspect(link) == database.inspect(db_path) != ()


def test_the_process_knows_which_database_files_it_holds(tmp_path):
    """handles.py: a file is held from the first open to the last close (or collection), and a
    held file, its -wal and -shm are never opened with plain file I/O by the store."""
    import gc

    from desktop_app.store import handles

    path = tmp_path / "desk.sqlite"
    first = open_database(path)
    second = open_database(path)   # a background job's own connection
    assert str(path.resolve()) in handles.held_files()
    assert handles.is_held(path) and handles.is_held(f"{path}-wal") and handles.is_held(f"{path}-shm")
    with handles.plain_read(path) as allowed:
        assert not allowed
    second.close()
    second.close()   # closing twice releases once
    assert handles.is_held(path)
    del first
    gc.collect()
    assert str(path.resolve()) not in handles.held_files()
    with handles.plain_read(path) as allowed:
        assert allowed


def test_a_hard_link_to_a_held_file_is_held_too(tmp_path):
    from desktop_app.store import handles

    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    os.link(path, tmp_path / "other-name.sqlite")
    assert handles.is_held(tmp_path / "other-name.sqlite")
    db.close()
    assert not handles.is_held(tmp_path / "other-name.sqlite")
