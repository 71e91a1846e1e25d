"""The command line as a subprocess: exit codes, JSON, one-line errors."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest
from commands import as_json, hoinghi


@pytest.fixture(scope="module")
def demo_db(user_folder_factory) -> str:
    path = user_folder_factory("cli") / "demo.sqlite"
    out = json.loads(hoinghi("demo", str(path), "--json").stdout)
    assert out["id"] == 1 and out["attendees"] > 100
    return str(path)


def test_search_finds_what_the_clerk_types(demo_db):
    def first_names(text):
        return [p["full_name"] for p in as_json("search", "--db", demo_db, "--conference", "1", text)]

    assert {"Nguyễn Văn Đức", "Hoàng Minh Đức"} <= set(first_names("duc"))
    assert first_names("dang thi hoa")[0] == "Đặng Thị Hoà"
    assert first_names("huyen")[0] == "Dương Xuân Huyên"
    cao_loc = as_json("search", "--db", demo_db, "--conference", "1", "cao loc")
    assert cao_loc and all("Cao Lộc" in p["unit"] for p in cao_loc)


def test_search_takes_a_code_only_in_full(demo_db):
    """Issue 11 item 3: part of a code found its owner, first."""
    chair = as_json("search", "--db", demo_db, "--conference", "1", "duong xuan huyen")[0]
    whole = as_json("search", "--db", demo_db, "--conference", "1", chair["code"].lower())
    assert whole[0]["id"] == chair["id"]
    part = as_json("search", "--db", demo_db, "--conference", "1", chair["code"][:4].lower())
    assert chair["id"] not in [p["id"] for p in part]


def test_attendee_records_have_the_documented_fields(demo_db):
    people = as_json("attendees", "--db", demo_db, "--conference", "1")
    assert {"id", "full_name", "salutation", "position", "unit", "section", "phone", "email", "code", "status",
            "checked_in_at"} <= set(people[0])
    assert people[0]["full_name"] == "Dương Xuân Huyên" and people[0]["checked_in_at"] == "2022-09-14T07:25:00"


def test_attendees_by_name_are_in_vietnamese_order(demo_db):
    from PySide6.QtCore import QCollator, QLocale

    from desktop_app.domain.text import split_name

    people = as_json("attendees", "--db", demo_db, "--conference", "1", "--order", "name")
    collator = QCollator(QLocale("vi_VN"))
    for a, b in pairwise(people):
        (ga, ra), (gb, rb) = split_name(a["full_name"]), split_name(b["full_name"])
        assert collator.compare(ga, gb) < 0 or (collator.compare(ga, gb) == 0 and collator.compare(ra, rb) <= 0)


def test_demo_builds_many_conferences_on_request(tmp_path):
    db = str(tmp_path / "years.sqlite")
    out = json.loads(hoinghi("demo", db, "--conferences", "3", "--attendees", "40", "--json").stdout)
    assert (out["conferences"], out["attendees"]) == (3, 120)
    listed = as_json("conference", "list", "--db", db)
    assert len(listed) == 3 and listed[0]["title"].startswith("Hội nghị tập huấn, bồi dưỡng")


def test_checking_in_twice_reports_the_first_time(tmp_path):
    db = str(tmp_path / "x.sqlite")
    hoinghi("demo", db)
    absent = next(p for p in as_json("attendees", "--db", db, "--conference", "1") if not p["checked_in_at"])
    first = as_json("checkin", "--db", db, "--conference", "1", "--code", absent["code"].lower(), "--desk", "Bàn 2")
    assert first["status"] == "checked_in"
    second = hoinghi("checkin", "--db", db, "--conference", "1", "--attendee", str(absent["id"]))
    when = first["check_in"]["at"][11:16]
    assert f"already checked in at {when} at desk Bàn 2" in second.stdout
    undone = hoinghi("checkin", "--db", db, "--conference", "1", "--undo", "--last", "--desk", "Bàn 2").stdout
    assert undone == f"Undid the check-in of {absent['full_name']} ({when}, desk Bàn 2).\n"
    as_json("checkin", "--db", db, "--conference", "1", "--attendee", str(absent["id"]))
    undone = as_json("checkin", "--db", db, "--conference", "1", "--undo", "--attendee", str(absent["id"]))
    assert undone["status"] == "undone" and undone["attendee"]["id"] == absent["id"]
    stats = as_json("stats", "--db", db, "--conference", "1")
    assert stats["checked_in"] + stats["absent"] == stats["invited"]


def test_conference_add_and_list(tmp_path):
    db = str(tmp_path / "new.sqlite")
    added = as_json("conference", "add", "--db", db, "--title", "Hội nghị sơ kết", "--start", "2026-03-02T08:00",
                    "--venue", "Hội trường B")
    listed = as_json("conference", "list", "--db", db)
    assert listed[0]["id"] == added["id"] and listed[0]["title"] == "Hội nghị sơ kết"
    person = as_json("attendee", "add", "--db", db, "--conference", str(added["id"]), "--name", "Lê  Văn Tám",
                     "--unit", "UBND xã Đình Lập", "--phone", "912345678")
    assert person["full_name"] == "Lê Văn Tám" and person["phone"] == "0912345678"
    assert person["badge_role"] == ""
    edited = as_json("attendee", "edit", "--db", db, "--conference", str(added["id"]), "--attendee",
                     str(person["id"]), "--role", "phóng viên", "--position", "Phóng viên")
    assert edited["badge_role"] == "PHÓNG VIÊN" and edited["position"] == "Phóng viên"
    assert edited["phone"] == "0912345678" and edited["code"] == person["code"]   # the rest stays


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["conference", "add", "--title", "", "--start", "2026-01-01"], "Title is required"),
        (["conference", "add", "--title", "X", "--start", "2026-01-02", "--end", "2026-01-01"], "end is before"),
        (["conference", "add", "--title", "X", "--start", "2026-13-40"], "is not a date"),
        (["checkin", "--conference", "1", "--code", "ZZZZZZ"], "No attendee has the code ZZZZZZ"),
        (["checkin", "--conference", "99", "--attendee", "1"], "no conference with number 99"),
        (["search", "--conference", "1"], "required"),
        (["checkin", "--conference", "1", "--last"], "--last goes with --undo"),
    ],
)
def test_user_errors_exit_2_with_one_line(demo_db, args, says):
    result = hoinghi(*args, "--db", demo_db, check=False)
    assert result.returncode == 2
    assert says in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_text_file_renamed_sqlite_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "list.sqlite"
    path.write_text("STT,Họ và tên\n1,Nguyễn Văn A\n", encoding="utf-8")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = hoinghi("conference", "list", "--db", str(path), check=False)
    assert result.returncode == 2 and "not a hoinghi database" in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_no_database_given(tmp_path):
    result = hoinghi("conference", "list", check=False)
    assert result.returncode == 2
    assert result.stderr == "No database was given. Pass --db PATH, or set HOINGHI_DB to the database file.\n"


def test_backup_writes_a_usable_copy(demo_db, tmp_path):
    out = tmp_path / "copy.sqlite"
    hoinghi("backup", "--db", demo_db, "--out", str(out))
    assert as_json("conference", "list", "--db", str(out))[0]["id"] == 1


def test_copy_says_what_it_copied_in_plain_english(demo_db, tmp_path):
    out = tmp_path / "mang-ve.sqlite"
    said = hoinghi("copy", "--from", demo_db, "--to", str(out)).stdout
    assert said.startswith("Copied 1 conference, ") and " attendees and " in said
    assert as_json("conference", "list", "--db", str(out))[0]["id"] == 1


def test_stats_count_one_walk_in_and_one_substitute_in_the_singular(demo_db):
    record = as_json("stats", "--db", demo_db, "--conference", "1")
    assert (record["walk_ins"], record["substitutes"]) == (1, 1)   # the demo's
    said = hoinghi("stats", "--db", demo_db, "--conference", "1").stdout.splitlines()[0]
    assert said == f"Checked in {record['checked_in']} of {record['invited']} (1 walk-in, 1 substitute)"


def test_console_script_is_installed():
    script = Path(sys.executable).with_name("hoinghi")
    assert script.exists()
    assert subprocess.run([str(script), "--version"], capture_output=True, text=True, check=False).stdout.startswith(
        "hoinghi ")


def test_a_database_file_as_the_only_argument_opens_the_window():
    from desktop_app.cli import opened_with_a_file

    assert opened_with_a_file(["D:\\Hội nghị\\demo.sqlite"]) == ["gui", "--db", "D:\\Hội nghị\\demo.sqlite"]
    assert opened_with_a_file(["hoi-nghi.DB"]) == ["gui", "--db", "hoi-nghi.DB"]
    assert opened_with_a_file(["stats", "--db", "x.sqlite"]) == ["stats", "--db", "x.sqlite"]
    assert opened_with_a_file(["danh_sach.xlsx"]) == ["danh_sach.xlsx"]  # still an unknown command


def test_a_substitute_names_whom_they_replace_and_a_late_invitee_is_noted(tmp_path):
    db = str(tmp_path / "x.sqlite")
    hoinghi("demo", db)
    refused = hoinghi("attendee", "add", "--db", db, "--conference", "1", "--name", "Lê Thị Phụ", "--status",
                      "substitute", check=False)
    assert refused.returncode == 2 and "--replaces" in refused.stderr
    invited = next(p for p in as_json("attendees", "--db", db, "--conference", "1")
                   if not p["checked_in_at"] and p["status"] == "invited")
    sub = as_json("attendee", "add", "--db", db, "--conference", "1", "--name", "Lê Thị Phụ",
                  "--replaces", str(invited["id"]))
    assert sub["status"] == "substitute" and sub["unit"] == invited["unit"]
    as_json("checkin", "--db", db, "--conference", "1", "--attendee", str(sub["id"]))
    both = as_json("checkin", "--db", db, "--conference", "1", "--attendee", str(invited["id"]))
    assert both["status"] == "checked_in" and both["replaced_by"]["id"] == sub["id"]
    hoinghi("checkin", "--db", db, "--conference", "1", "--undo", "--attendee", str(invited["id"]))
    text = hoinghi("checkin", "--db", db, "--conference", "1", "--attendee", str(invited["id"])).stdout
    assert "Lê Thị Phụ came in their place" in text


def test_attendee_add_names_a_namesake_in_the_unit_and_adds_all_the_same(tmp_path):
    """Was: exit 2, "… is already on the list" for the same name without accents."""
    db = str(tmp_path / "names.sqlite")
    conference = as_json("conference", "add", "--db", db, "--title", "Hội nghị", "--start", "2026-03-02T08:00")
    base = ("attendee", "add", "--db", db, "--conference", str(conference["id"]), "--unit", "UBND huyện Cao Lộc")
    first = as_json(*base, "--name", "Nguyễn Văn An", "--phone", "0912345678", "--position", "Chuyên viên")
    assert first["namesakes"] == []
    second = hoinghi(*base, "--name", "Nguyễn Văn An", "--phone", "0987654321", "--position", "Phó Chủ tịch",
                     "--json")
    record = json.loads(second.stdout)
    assert record["id"] != first["id"]
    assert record["namesakes"] == [{"id": first["id"], "full_name": "Nguyễn Văn An",
                                    "likeness": "possible_duplicate", "differs": ["phone", "position"]}]
    assert "Nguyễn Văn An" in second.stderr and str(first["id"]) in second.stderr
    third = hoinghi(*base, "--name", "Nguyễn Văn Ân")
    assert third.stdout.startswith("Added Nguyễn Văn Ân") and "Nguyễn Văn An" in third.stderr
    listed = as_json("attendees", "--db", db, "--conference", str(conference["id"]))
    assert len(listed) == 3


def test_checkin_code_reads_back_a_scan_unikey_changed(user_folder_factory):
    """Issue 15: `hoinghi checkin --code TR77GƯ` (TR77GW through Telex) checks in TR77GW."""
    import sqlite3

    path = user_folder_factory("cli-scan") / "demo.sqlite"
    hoinghi("demo", str(path), "--json")
    conn = sqlite3.connect(path)
    person_id = conn.execute("SELECT id FROM attendees WHERE conference_id = 1 ORDER BY id DESC LIMIT 1").fetchone()[0]
    conn.execute("UPDATE attendees SET code = 'TR77GW', code_folded = 'tr77gw' WHERE id = ?", (person_id,))
    conn.commit()
    conn.close()
    found = as_json("search", "--db", str(path), "--conference", "1", "TR77GƯ")
    assert found[0]["id"] == person_id
    out = as_json("checkin", "--db", str(path), "--conference", "1", "--code", "TR77GƯ")
    assert out["attendee"]["id"] == person_id and out["read_as_code"] == "TR77GW"


def test_history_prints_the_audit_log_of_a_person_or_a_desk(user_folder_factory):
    """Issue 11 item 8: `hoinghi history`, as text and as JSON entries with time, desk, action, person."""
    path = str(user_folder_factory("cli-history") / "demo.sqlite")
    hoinghi("demo", path, "--json")
    person = next(p for p in as_json("attendees", "--db", path, "--conference", "1") if not p["checked_in_at"])
    as_json("checkin", "--db", path, "--conference", "1", "--attendee", str(person["id"]), "--desk", "Bàn 7")
    entries = as_json("history", "--db", path, "--conference", "1", "--attendee", str(person["id"]))
    assert {"time", "desk", "action", "person"} <= set(entries[0])
    assert entries[-1]["action"] == "check_in"
    assert entries[-1]["desk"] == "Bàn 7" and entries[-1]["person"] == person["full_name"]
    desk = as_json("history", "--db", path, "--conference", "1", "--desk", "Bàn 7")
    assert [e["person"] for e in desk] == [person["full_name"]]
    text = hoinghi("history", "--db", path, "--conference", "1", "--desk", "Bàn 7").stdout
    assert "check_in" in text and person["full_name"] in text and "Bàn 7" in text
