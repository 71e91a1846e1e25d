"""Rolling backups before risky changes, the backup list, and restoring a backup."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from desktop_app.domain.errors import FileProblem, NotFound
from desktop_app.messages import describe
from desktop_app.store import backup, database, open_database
from desktop_app.store.attendees import count_attendees, delete_attendees
from desktop_app.store.audit import list_entries
from desktop_app.store.conferences import create_conference, delete_conference, list_conferences
from desktop_app.store.engine import read_only_uri, scalar

SCHEMAS = Path(__file__).parents[1] / "data" / "schemas"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def conference_titles(path: Path) -> list[str]:
    conn = sqlite3.connect(read_only_uri(path), uri=True)  # quoted: the test folder has a "#"
    try:
        return sorted(r[0] for r in conn.execute("SELECT title FROM conferences"))
    finally:
        conn.close()


def test_rolling_backups_keep_the_newest_few_and_nothing_else_is_touched(db, db_path, conference):
    folder = backup.backups_dir(db_path)
    folder.mkdir()
    (folder / "notes.txt").write_text("giữ lại")
    (folder / "my-own-copy.sqlite").write_bytes(b"not ours")
    made = [backup.rolling_backup(db, db_path, reason=f"test-{n}", keep=3) for n in range(5)]
    kept = backup.list_backups(db_path)
    assert kept == made[:1:-1]  # the newest three, newest first
    assert (folder / "notes.txt").exists() and (folder / "my-own-copy.sqlite").exists()
    history = backup.backup_history(db_path)
    assert [b.reason for b in history] == ["test-4", "test-3", "test-2"]
    assert all(b.size == b.path.stat().st_size > 0 for b in history)
    assert conference_titles(kept[0]) == ["Hội nghị thử"]


_COPY_MID_WRITE = """
import sys
from datetime import datetime
from desktop_app.store import backup, open_database
from desktop_app.store.conferences import create_conference
from desktop_app.store.engine import write_transaction
db = open_database(sys.argv[1], create=False)
with write_transaction(db):
    create_conference(db, "Chưa ghi xong", datetime(2023, 1, 1))
    backup.backup_copy(db, sys.argv[2])
"""


def test_a_backup_taken_inside_a_write_is_the_state_before_it_and_does_not_hang(db, db_path, conference):
    """In a child process: before the fix, the backup API looped forever on SQLITE_LOCKED."""
    target = db_path.with_name("copy.sqlite")
    subprocess.run([sys.executable, "-c", _COPY_MID_WRITE, str(db_path), str(target)], check=True, timeout=60)
    assert conference_titles(target) == ["Hội nghị thử"]
    assert sorted(s.conference.title for s in list_conferences(db)) == ["Chưa ghi xong", "Hội nghị thử"]


def test_deleting_a_conference_backs_up_first_and_restore_brings_it_back(db, db_path, conference):
    delete_conference(db, conference.id)
    assert list_conferences(db) == []
    (copy,) = backup.backup_history(db_path)
    assert copy.reason == "before-delete-conference"
    db.close()
    restored = database.restore_database(db_path, copy.path, desk="Bàn 1")
    assert [s.conference.title for s in list_conferences(restored.db)] == ["Hội nghị thử"]
    assert conference_titles(restored.previous_state) == []  # the state before the restore is kept
    assert list_entries(restored.db, limit=1)[0].action == "restore"


def test_deleting_many_attendees_is_backed_up_and_all_or_nothing(catalog_db, db_path, conference, add_person):
    people = [add_person(f"Lê Văn {given}", "Sở Tư pháp") for given in ("An", "Bình", "Cường", "Dũng")]
    delete_attendees(catalog_db, [people[0].id])
    assert backup.list_backups(db_path) == []  # one person: no copy of the whole file
    with pytest.raises(NotFound):
        delete_attendees(catalog_db, [people[1].id, 999_999])
    assert count_attendees(catalog_db, conference.id) == 3 and backup.list_backups(db_path) == []
    assert delete_attendees(catalog_db, [p.id for p in people[1:]]) == 3
    assert count_attendees(catalog_db, conference.id) == 0
    (copy,) = backup.backup_history(db_path)
    assert copy.reason == "before-delete-attendees"
    conn = sqlite3.connect(copy.path)
    assert conn.execute("SELECT count(*) FROM attendees").fetchone()[0] == 3
    conn.close()


def test_when_no_safety_copy_can_be_written_nothing_is_deleted(db, db_path, conference):
    backup.backups_dir(db_path).write_text("a file where the backups folder should be")
    with pytest.raises(FileProblem) as raised:
        delete_conference(db, conference.id)
    assert raised.value.code == "backup_failed"
    assert "nothing was changed" in describe(raised.value)
    assert len(list_conferences(db)) == 1


def test_another_desk_sees_the_restored_content(db, db_path, conference):
    copy = backup.rolling_backup(db, reason="manual")
    create_conference(db, "Thêm sau khi sao lưu", datetime(2023, 5, 1))
    other_desk = open_database(db_path, create=False, desk="Bàn 2")
    assert len(list_conferences(other_desk)) == 2
    database.restore_database(db_path, copy).db.close()
    assert [s.conference.title for s in list_conferences(other_desk)] == ["Hội nghị thử"]
    assert [s.conference.title for s in list_conferences(db)] == ["Hội nghị thử"]


def test_restoring_an_older_backup_migrates_it(db, db_path, conference, monkeypatch):
    old = db_path.with_name("v1-copy.sqlite")
    old.write_bytes((SCHEMAS / "v1.sqlite").read_bytes())
    newer = Migrations(database.MIGRATION_SET)
    for name in database.KNOWN_MIGRATIONS:
        newer(name=name)(lambda d: None)
    newer(name="9001_test_column")(lambda d: d.conn.execute("ALTER TABLE topics ADD COLUMN test_column TEXT"))
    monkeypatch.setattr(database, "migrations", newer)
    monkeypatch.setattr(database, "KNOWN_MIGRATIONS", (*database.KNOWN_MIGRATIONS, "9001_test_column"))
    monkeypatch.setattr(database, "SCHEMA_VERSION", database.SCHEMA_VERSION + 1)
    db.close()
    restored = database.restore_database(db_path, old)
    assert restored.source_version == 1
    assert "test_column" in restored.db["topics"].columns_dict
    assert scalar(restored.db, "SELECT count(*) FROM attendees") > 100
    reasons = [b.reason for b in backup.backup_history(db_path)]
    assert "before-restore" in reasons


def _unusable_backups(tmp_path: Path) -> dict[str, Path]:
    files = {}
    files["text"] = tmp_path / "text.sqlite"
    files["text"].write_text("Danh sách\n")
    files["empty"] = tmp_path / "empty.sqlite"
    files["empty"].touch()
    files["folder"] = tmp_path / "folder.sqlite"
    files["folder"].mkdir()
    files["missing"] = tmp_path / "missing.sqlite"
    files["truncated"] = tmp_path / "truncated.sqlite"
    files["truncated"].write_bytes((SCHEMAS / "v1.sqlite").read_bytes()[:50_000])
    files["foreign"] = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(files["foreign"])
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    files["newer"] = tmp_path / "newer.sqlite"
    files["newer"].write_bytes((SCHEMAS / "v1.sqlite").read_bytes())
    conn = sqlite3.connect(files["newer"])
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('hoinghi', '9999_future', '2030-01-01')")
    conn.commit()
    conn.close()
    files["bare sqlite"] = tmp_path / "bare.sqlite"
    sqlite3.connect(files["bare sqlite"]).execute("PRAGMA user_version = 1").close()
    return files


@pytest.mark.parametrize("kind", ["text", "empty", "folder", "missing", "truncated", "foreign", "newer",
                                  "bare sqlite"])
def test_an_unusable_backup_is_refused_before_anything_changes(db, db_path, conference, tmp_path, kind):
    source = _unusable_backups(tmp_path)[kind]
    db.close()
    before = digest(db_path)
    with pytest.raises(FileProblem) as raised:
        database.restore_database(db_path, source)
    assert raised.value.code == "backup_unusable"
    assert describe(raised.value).startswith(f"“{source}” cannot be restored")
    assert digest(db_path) == before
    assert backup.list_backups(db_path) == []


def test_restoring_a_database_onto_itself_is_refused(db, db_path, conference, tmp_path):
    (tmp_path / "link.sqlite").symlink_to(db_path)
    for spelling in (db_path, tmp_path / "link.sqlite"):
        with pytest.raises(FileProblem) as raised:
            database.restore_database(db_path, spelling)
        assert raised.value.code == "restore_onto_itself"


def test_a_backup_copy_goes_into_a_folder_and_never_onto_the_database(db, db_path, conference, tmp_path):
    folder = tmp_path / "copies"
    folder.mkdir()
    copy = backup.backup_copy(db, folder)
    assert copy.parent == folder and copy.name.startswith("hoinghi-") and copy.name.endswith("-manual.sqlite")
    assert conference_titles(copy) == ["Hội nghị thử"]
    for target in (db_path, tmp_path / "." / "hoinghi.sqlite", f"{db_path}-wal", f"{db_path}-shm"):
        with pytest.raises(FileProblem) as raised:
            backup.backup_copy(db, target)
        assert raised.value.code == "backup_onto_itself"
    with pytest.raises(FileProblem) as raised:
        backup.backup_copy(db, tmp_path / "missing" / "b.sqlite")
    assert raised.value.details == {"path": str(tmp_path / "missing" / "b.sqlite"), "reason": "folder_missing",
                                    "folder": str(tmp_path / "missing")}
    assert list_conferences(db)[0].conference.title == "Hội nghị thử"


def test_a_damaged_database_is_set_aside_untouched_and_replaced(db, db_path, conference, tmp_path):
    good = backup.rolling_backup(db, reason="manual")
    db.close()
    damaged = db_path.read_bytes()[:8192] + b"\x00" * 4096
    db_path.write_bytes(damaged)
    restored = database.restore_database(db_path, good)
    assert restored.previous_state.read_bytes() == damaged
    assert restored.previous_state.suffix == ".replaced"
    assert [s.conference.title for s in list_conferences(restored.db)] == ["Hội nghị thử"]
    assert restored.previous_state not in backup.list_backups(db_path)  # never offered, never pruned


def test_restoring_where_there_is_no_database_yet_creates_it(db, db_path, conference, tmp_path):
    copy = backup.rolling_backup(db, reason="manual")
    target = tmp_path / "elsewhere" / "new.sqlite"
    target.parent.mkdir()
    restored = database.restore_database(target, copy)
    assert restored.previous_state is None
    assert scalar(restored.db, "PRAGMA integrity_check") == "ok"
    assert [s.conference.title for s in list_conferences(restored.db)] == ["Hội nghị thử"]


def test_the_files_of_a_database_opened_through_a_link_are_known(db, db_path, tmp_path):
    link = tmp_path / "elsewhere" / "link.sqlite"
    link.parent.mkdir()
    link.symlink_to(db_path)
    for suffix in ("", "-wal", "-shm"):
        assert backup.is_database_file(link, f"{db_path}{suffix}")
    assert not backup.is_database_file(link, tmp_path / "other.sqlite")
