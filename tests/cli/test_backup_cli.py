"""`hoinghi backup` (a copy, an automatic one, the list) and `hoinghi restore` as a subprocess."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from commands import as_json, hoinghi

from desktop_app.store.migrations import SCHEMA_VERSION


@pytest.fixture
def demo_db(tmp_path) -> Path:
    path = tmp_path / "demo.sqlite"
    hoinghi("demo", str(path))
    return path


def test_backup_list_is_empty_then_shows_each_automatic_copy(demo_db):
    db = str(demo_db)
    assert as_json("backup", "--db", db, "--list") == []
    assert "No automatic backups yet" in hoinghi("backup", "--db", db, "--list").stdout
    made = as_json("backup", "--db", db)["path"]
    assert Path(made).parent.name == "demo-backups"
    (entry,) = as_json("backup", "--db", db, "--list")
    assert entry["path"] == made and entry["reason"] == "manual" and entry["size"] > 0
    assert entry["taken_at"][:4].isdigit()


def test_restore_puts_back_the_backup_and_keeps_the_state_before(demo_db):
    db = str(demo_db)
    copy = as_json("backup", "--db", db)["path"]
    first = as_json("attendees", "--db", db, "--conference", "1")[3]
    assert first["checked_in_at"] is None
    assert as_json("checkin", "--db", db, "--conference", "1", "--attendee", str(first["id"]))["status"] == "checked_in"
    out = as_json("restore", "--db", db, "--from", copy)
    assert out["restored_from"] == copy and out["schema_version"] == out["backup_schema_version"] == SCHEMA_VERSION
    people = as_json("attendees", "--db", db, "--conference", "1")
    assert next(p for p in people if p["id"] == first["id"])["checked_in_at"] is None
    # The check-in made after the backup is in the copy taken just before the restore.
    before_restore = out["previous_state"]
    restored_again = as_json("restore", "--db", db, "--from", before_restore)
    assert restored_again["previous_state"]
    people = as_json("attendees", "--db", db, "--conference", "1")
    assert next(p for p in people if p["id"] == first["id"])["checked_in_at"] is not None
    reasons = [b["reason"] for b in as_json("backup", "--db", db, "--list")]
    assert reasons == ["before-restore", "before-restore", "manual"]


@pytest.mark.parametrize("content", [b"", b"Danh sach dai bieu\n", b"SQLite format 3\x00" + bytes(200)])
def test_restore_from_something_unusable_exits_2_and_changes_nothing(demo_db, tmp_path, content):
    db = str(demo_db)
    source = tmp_path / "backup.sqlite"
    source.write_bytes(content)
    before = hashlib.sha256(demo_db.read_bytes()).hexdigest()
    result = hoinghi("restore", "--db", db, "--from", str(source), check=False)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "cannot be restored" in result.stderr
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(demo_db.read_bytes()).hexdigest() == before
    assert not (tmp_path / "demo-backups").exists()


def test_restore_repairs_a_damaged_database(demo_db, tmp_path):
    db = str(demo_db)
    copy = as_json("backup", "--db", db, "--out", str(tmp_path / "good.sqlite"))["path"]
    demo_db.write_bytes(demo_db.read_bytes()[:20_000])
    broken = hoinghi("stats", "--db", db, "--conference", "1", check=False)
    assert broken.returncode == 2 and "hoinghi restore" in broken.stderr
    out = as_json("restore", "--db", db, "--from", copy)
    assert out["previous_state"].endswith(".replaced")
    assert as_json("stats", "--db", db, "--conference", "1")["invited"] > 100


def test_backup_and_restore_without_a_database_say_so(tmp_path):
    for args in (("backup", "--list"), ("restore", "--from", str(tmp_path / "x.sqlite"))):
        result = hoinghi(*args, check=False)
        assert result.returncode == 2 and "--db" in result.stderr


@pytest.mark.parametrize("slash", ["", "/"])
def test_backup_into_an_existing_folder_gets_the_usual_name(demo_db, tmp_path, slash):
    folder = tmp_path / "copies"
    folder.mkdir()
    written = hoinghi("backup", "--db", str(demo_db), "--out", f"{folder}{slash}").stdout
    (copy,) = folder.iterdir()
    assert re.fullmatch(r"demo-\d{8}-\d{6}-\d{6}-manual\.sqlite", copy.name)
    assert str(copy.name) in written and str(folder) in written
    assert as_json("conference", "list", "--db", str(copy))[0]["id"] == 1


def test_backup_into_a_missing_folder_says_so(demo_db, tmp_path):
    result = hoinghi("backup", "--db", str(demo_db), "--out", str(tmp_path / "no" / "dir" / "b.sqlite"), check=False)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert f"The folder “{tmp_path / 'no' / 'dir'}” does not exist" in result.stderr


def test_backup_onto_the_database_itself_is_refused(demo_db, tmp_path):
    before = hashlib.sha256(demo_db.read_bytes()).hexdigest()
    (tmp_path / "sub").mkdir()
    (tmp_path / "link.sqlite").symlink_to(demo_db)
    for spelling in (demo_db, tmp_path / "sub" / ".." / "demo.sqlite", tmp_path / "link.sqlite",
                     tmp_path / "demo.sqlite-wal"):
        result = hoinghi("backup", "--db", str(demo_db), "--out", str(spelling), check=False)
        assert result.returncode == 2 and "is the database being copied" in result.stderr, spelling
    assert hashlib.sha256(demo_db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite", "link.sqlite", "sub"]
