"""The store on a real PostgreSQL: copies between a file and a server, the refusal rules the file
has, clear sentences for a server that cannot be reached, and several desk processes at once."""

from __future__ import annotations

import functools
import json
import sys
from collections import Counter
from pathlib import Path

import psycopg
import pytest

TESTS = Path(__file__).resolve().parents[1]
for folder in ("cli", "robustness"):
    if str(TESTS / folder) not in sys.path:
        sys.path.insert(0, str(TESTS / folder))
from commands import hoinghi  # noqa: E402
from test_concurrency import _desk_lists  # noqa: E402

from desktop_app.domain.errors import DatabaseTooNew, NotADatabase  # noqa: E402
from desktop_app.store import open_database, pg_search  # noqa: E402
from desktop_app.store.copying import TABLES  # noqa: E402
from desktop_app.store.demo import create_demo  # noqa: E402
from desktop_app.store.engine import rows  # noqa: E402
from desktop_app.store.ranks import conference_range  # noqa: E402
from desktop_app.store.search import search_attendees  # noqa: E402


def _content(db) -> dict[str, list[dict]]:
    return {t: rows(db, f"SELECT * FROM {t} ORDER BY {'key' if t == 'settings' else 'id'}") for t in TABLES}


def test_a_file_copied_to_a_server_and_back_is_the_same_database(tmp_path, server_db):
    source_path = tmp_path / "truoc-ngay.sqlite"
    source = open_database(source_path, desk="Văn phòng")
    conference = create_demo(source)
    expected = _content(source)
    source.close()

    result = json.loads(hoinghi("copy", "--from", str(source_path), "--to", server_db, "--json").stdout)
    assert result["rows"]["attendees"] == len(expected["attendees"]) > 100
    server = open_database(server_db, desk="Bàn 1")
    assert _content(server) == expected   # ids, codes, check-ins, audit: all of it
    from desktop_app.store.checkins import check_in

    newcomer = search_attendees(server, conference.id, "dang thi hoa")[0]
    check_in(server, newcomer.id)   # the server goes on from the copy: new ids after the copied ones
    server.close()

    home = tmp_path / "mang-ve.sqlite"
    hoinghi("copy", "--from", server_db, "--to", str(home))
    back = open_database(home, create=False)
    content = _content(back)
    assert len(content["check_ins"]) == len(expected["check_ins"]) + 1
    assert content["attendees"] == expected["attendees"]
    assert [a.full_name for a in search_attendees(back, conference.id, "dang thi hoa")] == ["Đặng Thị Hoà"]
    back.close()

    refused = hoinghi("copy", "--from", str(source_path), "--to", server_db, check=False)
    assert refused.returncode == 2 and "already holds conferences" in refused.stderr
    hoinghi("copy", "--from", str(source_path), "--to", server_db, "--replace")
    again = open_database(server_db)
    assert _content(again) == expected
    again.close()


def test_a_server_written_by_a_newer_program_is_refused_untouched(server_db):
    open_database(server_db).close()
    with psycopg.connect(server_db, autocommit=True) as conn:
        conn.execute("INSERT INTO hoinghi_migrations (migration_set, name) VALUES ('hoinghi', '0099_future')")
        before = conn.execute("SELECT count(*) FROM units").fetchone()
    with pytest.raises(DatabaseTooNew):
        open_database(server_db)
    with psycopg.connect(server_db, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM units").fetchone() == before


def test_a_server_of_schema_version_6_gets_the_search_keys_and_searches_as_before(server_db):
    db = open_database(server_db, desk="Bàn 1")
    conference = create_demo(db, seed=2022)
    db.close()
    with psycopg.connect(server_db, autocommit=True) as conn:   # as a version 6 program left it
        conn.execute("DROP INDEX attendees_search_keys; DROP FUNCTION hoinghi_search_keys(text, text, text, text)")
        conn.execute("DELETE FROM hoinghi_migrations WHERE name = '0007_server_search_plan'")
    db = open_database(server_db, desk="Bàn 1")
    assert rows(db, "SELECT count(*) AS n FROM pg_indexes WHERE indexname = 'attendees_search_keys'") == [{"n": 1}]
    lo, hi = conference_range(conference.id)
    together = functools.partial(pg_search.together, db, in_name=True, lo=lo, hi=hi)
    assert together(["dang", "thi", "hoa"]) < together(["dang"])   # analysed
    assert [a.full_name for a in search_attendees(db, conference.id, "dang thi hoa")] == ["Đặng Thị Hoà"]
    db.close()


def test_a_server_of_schema_version_7_gets_the_search_functions_and_finds_the_same_people(server_db):
    db = open_database(server_db, desk="Bàn 1")
    conference = create_demo(db, seed=2022)
    texts = ("dang thi hoa", "nguyen v", "so tu phap", "duc", "cao loc", "xyz")
    before = {t: [a.id for a in search_attendees(db, conference.id, t)] for t in texts}
    db.close()
    with psycopg.connect(server_db, autocommit=True) as conn:   # as a version 7 program left it
        conn.execute("DROP FUNCTION hoinghi_desk_search; DROP FUNCTION hoinghi_tier")
        conn.execute("DELETE FROM hoinghi_migrations WHERE name = '0008_server_search_function'")
    db = open_database(server_db, desk="Bàn 1")
    assert rows(db, "SELECT count(*) AS n FROM pg_proc WHERE proname IN ('hoinghi_tier', 'hoinghi_desk_search')") \
        == [{"n": 2}]
    assert {t: [a.id for a in search_attendees(db, conference.id, t)] for t in texts} == before
    assert before["dang thi hoa"] and before["so tu phap"] and not before["xyz"]
    db.close()


def test_another_programs_database_is_refused(pg_cluster):
    name = pg_cluster.fresh()
    url = pg_cluster.url(name)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")
        conn.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(NotADatabase):
        open_database(url)
    pg_cluster.drop(name)


def test_a_wrong_password_and_a_server_that_is_not_there_are_one_sentence_each(server_db):
    wrong = server_db.replace("@", "x@", 1)
    result = hoinghi("stats", "--db", wrong, "--conference", "1", check=False)
    assert result.returncode == 2 and "refused the login" in result.stderr and "x@" not in result.stderr
    nowhere = "postgresql://hoinghi:secret@127.0.0.1:1/hoinghi"
    result = hoinghi("stats", "--db", nowhere, "--conference", "1", check=False)
    assert result.returncode == 2 and "No database server answers at 127.0.0.1:1" in result.stderr
    assert "secret" not in result.stderr


@pytest.mark.parametrize("desks", [4])
def test_desks_checking_in_at_once_on_a_server_lose_nothing_and_double_nothing(server_db, spawn, desks):
    """4 desk processes, a third of the people at two desks at once, walk-ins now and then."""
    import random

    db = open_database(server_db, desk="setup")
    conference = create_demo(db, attendees=240)
    rows(db, "DELETE FROM check_ins RETURNING id")
    ids = [r["id"] for r in rows(db, "SELECT id FROM attendees WHERE conference_id = :c", {"c": conference.id})]
    db.close()
    lists = _desk_lists(ids, desks, random.Random(desks))
    children = [spawn("desk", server_db, conference.id, f"Bàn {n + 1}", ",".join(map(str, mine)))
                for n, mine in enumerate(lists)]
    for child in children:
        child.send("go")
    results = [json.loads(child.expect("done ").removeprefix("done ")) for child in children]
    for child in children:
        child.send("report")
    reports = [json.loads(child.expect("report ").removeprefix("report ")) for child in children]
    for child in children:
        child.finish()
        assert child.proc.returncode == 0, child.stderr()
    assert max(r["began"] for r in results) < min(r["ended"] for r in results)   # they did overlap
    new = Counter(a for r in results for a in r["checked_in"])
    walk_ins = {w for r in results for w in r["walk_ins"]}
    assert set(new) == set(ids) | walk_ins and max(new.values()) == 1
    db = open_database(server_db)
    live = rows(db, "SELECT attendee_id FROM check_ins WHERE undone_at IS NULL AND topic_id IS NULL")
    assert sorted(r["attendee_id"] for r in live) == sorted(new)   # nothing lost, nothing twice
    db.close()
    assert len({json.dumps(r, sort_keys=True) for r in reports}) == 1   # every desk's counters agree


def test_an_import_into_a_server_database_takes_a_backup_copy_first(server_db, tmp_path, monkeypatch):
    """Before an import (hard to undo) the server's database is copied into a file, as a file's is."""
    from desktop_app.exchange.importer import import_invite_list
    from desktop_app.store.conferences import create_conference

    monkeypatch.setenv("HOINGHI_SERVER_BACKUPS", str(tmp_path / "backups"))
    db = open_database(server_db, desk="Bàn 1")
    from datetime import datetime

    conference = create_conference(db, "Hội nghị", datetime(2022, 9, 14, 7, 30))
    report = import_invite_list(db, conference.id, TESTS / "data" / "invite_list_sections.xlsx")
    assert report.imported > 0 and report.backup_path
    assert Path(report.backup_path).parent.parent == tmp_path / "backups"
    copy = open_database(report.backup_path, create=False)
    assert rows(copy, "SELECT title FROM conferences") == [{"title": "Hội nghị"}]
    assert rows(copy, "SELECT count(*) AS n FROM attendees") == [{"n": 0}]   # as it was before
    copy.close()
    db.close()


def test_a_servers_rolling_backups_keep_the_newest_like_a_files(server_db, tmp_path, monkeypatch):
    """The copies lie in one folder per server and database, and the oldest go as a file's do."""
    from desktop_app.store.backup import backup_history, rolling_backup, server_stand_in

    monkeypatch.setenv("HOINGHI_SERVER_BACKUPS", str(tmp_path / "backups"))
    db = open_database(server_db)
    made = [rolling_backup(db, reason=f"lan-{n}", keep=2) for n in range(3)]
    kept = [b.path for b in backup_history(server_stand_in(db))]
    assert kept == made[:0:-1] and not made[0].exists()
    db.close()
