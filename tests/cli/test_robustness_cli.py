"""Bad input, command-line part: numbers SQLite cannot hold, bytes that are not UTF-8, records of
another conference, dates that are not dates. Each case id is a row of docs/robustness.md.

Every case ends in exit 0 with a sensible answer or exit 2 with one sentence on stderr; never a
traceback, never exit 1 ("internal error")."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import commands
import pytest

CATALOGUE = Path(__file__).parents[2] / "docs" / "robustness.md"


def hoinghi(*args: str | bytes) -> subprocess.CompletedProcess:
    return commands.hoinghi(*args, check=False, text=False)


def one_sentence(result: subprocess.CompletedProcess) -> str:
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err and "internal error" not in err
    return err


@pytest.fixture(scope="module")
def demo_db(user_folder_factory) -> str:
    path = user_folder_factory("robust-cli") / "demo.sqlite"
    assert hoinghi("demo", str(path)).returncode == 0
    assert hoinghi("conference", "add", "--db", str(path), "--title", "Hội nghị khác",
                   "--start", "2023-01-05").returncode == 0
    return str(path)


USAGE = [
    ("cli-id-huge", ["search", "--conference", "99999999999999999999999", "ng"], "out of range"),
    ("cli-id-negative", ["search", "--conference", "-1", "ng"], "out of range"),
    ("cli-id-not-a-number", ["attendees", "--conference", "một"], "not a whole number"),
    ("cli-attendee-id-huge", ["checkin", "--conference", "1", "--attendee", str(2**64)], "out of range"),
    ("cli-limit-zero", ["search", "--conference", "1", "--limit", "0", "ng"], "out of range"),
    ("cli-limit-huge", ["search", "--conference", "1", "--limit", str(10**30), "ng"], "out of range"),
    ("cli-rank-huge", ["attendee", "add", "--conference", "1", "--name", "Lê Văn Tám", "--rank", "1e9"],
     "not a whole number"),
]


@pytest.mark.parametrize(("case", "args", "says"), USAGE, ids=[c[0] for c in USAGE])
def test_numbers_out_of_range_are_usage_errors(demo_db, case, args, says):
    err = one_sentence(hoinghi(*args, "--db", demo_db))
    assert says in err


@pytest.mark.parametrize(("case", "args", "says"), [
    ("cli-demo-attendees-negative", ["--attendees", "-5"], "out of range"),
    ("cli-demo-attendees-huge", ["--attendees", "50000000"], "out of range"),
], ids=["cli-demo-attendees-negative", "cli-demo-attendees-huge"])
def test_demo_size_out_of_range(tmp_path, case, args, says):
    err = one_sentence(hoinghi("demo", str(tmp_path / "d.sqlite"), *args))
    assert says in err and not (tmp_path / "d.sqlite").exists()


def test_bytes_that_are_not_utf8_in_arguments(demo_db):
    """case: cli-argv-not-utf8 — a terminal in another encoding sends bytes that are not UTF-8;
    they become U+FFFD (visible), never a crash."""
    found = hoinghi("search", "--db", demo_db, "--conference", "1", "--json", b"ng\xff")
    assert found.returncode == 0 and json.loads(found.stdout.decode("utf-8"))
    added = hoinghi("attendee", "add", "--db", demo_db, "--conference", "1", "--json",
                    "--name", b"L\xea V\xe3n T\xe1m", "--unit", b"S\xe9 T\xfa ph\xe1p")
    assert added.returncode == 0, added.stderr
    person = json.loads(added.stdout.decode("utf-8"))
    assert person["full_name"] == "L\ufffd V\ufffdn T\ufffdm"
    checked = hoinghi("checkin", "--db", demo_db, "--conference", "1", "--attendee", str(person["id"]),
                      "--desk", b"B\xe0n 3", "--json")
    assert json.loads(checked.stdout.decode("utf-8"))["check_in"]["desk"] == "B\ufffdn 3"
    unknown = one_sentence(hoinghi("checkin", "--db", demo_db, "--conference", "1", "--code", b"\xffAB"))
    assert "\ufffdAB" in unknown


def test_a_database_file_name_that_is_not_utf8(tmp_path):
    """case: cli-path-not-utf8 — the name is used as the same bytes everywhere, backups included."""
    path = os.fsencode(tmp_path) + b"/danh-s\xe1ch.sqlite"
    assert hoinghi("demo", path).returncode == 0
    assert hoinghi("stats", "--db", path, "--conference", "1").returncode == 0
    assert hoinghi("backup", "--db", path).returncode == 0
    listed = hoinghi("backup", "--db", path, "--list")
    assert listed.returncode == 0 and b"danh-s\xe1ch-backups" in listed.stdout


def test_records_of_another_conference_are_not_found(demo_db):
    """case: cli-topic-of-other-conference, cli-attendee-of-other-conference"""
    err = one_sentence(hoinghi("attendees", "--db", demo_db, "--conference", "2", "--topic", "1"))
    assert "session topic" in err
    err = one_sentence(hoinghi("checkin", "--db", demo_db, "--conference", "2", "--attendee", "3"))
    assert "attendee with number 3" in err
    people = json.loads(hoinghi("attendees", "--db", demo_db, "--conference", "1", "--json").stdout)
    assert next(p for p in people if p["id"] == 3)["checked_in_desk"] != "Bàn 1"


@pytest.mark.parametrize(("case", "start", "ok"), [
    ("cli-date-month-13", "2022-13-45", False), ("cli-date-hour-25", "2022-09-14T25:00", False),
    ("cli-date-empty", "", False), ("cli-date-words", "thứ Hai tuần sau", False),
    ("cli-date-vietnamese-order", "14/9/2022 7h30", True),
], ids=lambda v: v if isinstance(v, str) and v.startswith("cli") else "")
def test_conference_dates(demo_db, case, start, ok):
    result = hoinghi("conference", "add", "--db", demo_db, "--title", "Hội nghị thử", "--start", start)
    if ok:
        assert result.returncode == 0
    else:
        assert "is not a date" in one_sentence(result)


def test_unknown_conference_and_odd_search_text(demo_db):
    """case: cli-unknown-conference, cli-search-fts-syntax, cli-name-sql"""
    assert "no conference with number 999" in one_sentence(
        hoinghi("search", "--db", demo_db, "--conference", "999", "ng"))
    for text in ('"', "*", "NEAR(", "(", "'; DROP TABLE attendees;--"):
        result = hoinghi("search", "--db", demo_db, "--conference", "1", "--json", text)
        assert result.returncode == 0 and json.loads(result.stdout) == [], text
    added = hoinghi("attendee", "add", "--db", demo_db, "--conference", "1", "--json",
                    "--name", "Robert'); DROP TABLE attendees;--")
    assert json.loads(added.stdout)["full_name"] == "Robert'); DROP TABLE attendees;--"
    assert "Full name is required" in one_sentence(
        hoinghi("attendee", "add", "--db", demo_db, "--conference", "1", "--name", " \t "))


def test_database_paths_that_are_not_files(tmp_path):
    """case: cli-db-folder-missing, cli-db-is-folder, cli-db-empty-file"""
    err = one_sentence(hoinghi("demo", str(tmp_path / "no-such-folder" / "d.sqlite")))
    assert "no-such-folder" in err and "does not exist" in err
    assert "is a folder" in one_sentence(hoinghi("conference", "list", "--db", str(tmp_path)))
    (tmp_path / "empty.sqlite").touch()
    assert "is empty" in one_sentence(hoinghi("conference", "list", "--db", str(tmp_path / "empty.sqlite")))


def test_every_case_is_in_the_catalogue():
    text = CATALOGUE.read_text("utf-8")
    source = Path(__file__).read_text("utf-8")
    ids = set(re.findall(r'"(cli-[a-z0-9-]+)"', source)) | set(re.findall(r"(cli-[a-z0-9-]+)", " ".join(
        re.findall(r"case: ([a-z0-9, -]+)", source))))
    missing = sorted(i for i in ids if f"`{i}`" not in text)
    assert missing == []
