"""Several desks on one database file: processes checking in at the same time, some of them the
same people. Nothing is lost, nobody is checked in twice, nobody sees "database is locked", and
every desk's counters agree at the end."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import sqlite_utils

from desktop_app.store import database, open_database
from desktop_app.store.attendees import list_attendees
from desktop_app.store.backup import list_backups
from desktop_app.store.demo import create_demo
from desktop_app.store.engine import rows, scalar

PEOPLE = 360


@pytest.fixture
def shared_file(tmp_path: Path) -> tuple[Path, int, list[int]]:
    """A conference of a few hundred people, nobody checked in yet."""
    path = tmp_path / "shared.sqlite"
    db = open_database(path, desk="setup")
    conference = create_demo(db, attendees=PEOPLE)
    db.conn.execute("DELETE FROM check_ins")
    ids = [a.id for a in list_attendees(db, conference.id)]
    db.close()
    return path, conference.id, ids


def _desk_lists(ids: list[int], desks: int, rng: random.Random) -> list[list[int]]:
    """Each desk gets its own share plus a third of everyone else's, in its own order: the same
    person arrives at two desks at once, as when a unit's people queue at both."""
    shares = [ids[i::desks] for i in range(desks)]
    lists = []
    for i in range(desks):
        others = [a for j, share in enumerate(shares) if j != i for a in share]
        mine = shares[i] + rng.sample(others, len(others) // 3)
        rng.shuffle(mine)
        lists.append(mine)
    return lists


@pytest.mark.parametrize("desks", [2, 4])
def test_desks_checking_in_at_once_lose_nothing_and_agree(shared_file, spawn, desks):
    path, conference_id, ids = shared_file
    rng = random.Random(desks)
    lists = _desk_lists(ids, desks, rng)
    # Each desk also runs the window's background jobs, and another program (`hoinghi stats`)
    # opens and closes the file meanwhile: the desks keep their locks (test_background_jobs.py).
    children = [spawn("desk", path, conference_id, f"Bàn {n + 1}", ",".join(map(str, mine)), "--jobs")
                for n, mine in enumerate(lists)]
    for child in children:
        child.send("go")
    for _ in range(2):
        subprocess.run([sys.executable, "-m", "desktop_app", "stats", "--db", str(path), "--conference",
                        str(conference_id)], check=True, capture_output=True, timeout=120)
    results = [json.loads(child.expect("done ").removeprefix("done ")) for child in children]
    for child in children:
        child.send("report")
    reports = [json.loads(child.expect("report ").removeprefix("report ")) for child in children]
    for child in children:
        lines = child.finish()
        assert child.proc.returncode == 0, (lines[-3:], child.stderr())
        assert not any(line.startswith("error") for line in lines)

    # The desks really worked at the same time (otherwise this test would prove little).
    assert max(r["began"] for r in results) < min(r["ended"] for r in results)
    wanted = {a for mine in lists for a in mine}
    walk_ins = [w for r in results for w in r["walk_ins"]]
    new = Counter(a for r in results for a in r["checked_in"])
    # Each person who arrived was checked in by exactly one desk; the others were told "already".
    assert set(new) == wanted | set(walk_ins)
    assert max(new.values()) == 1
    for mine, result in zip(lists, results, strict=True):
        assert sorted(result["checked_in"] + result["already"]) == sorted(mine + result["walk_ins"])

    db = open_database(path, create=False)
    live = rows(db, "SELECT attendee_id, desk FROM check_ins WHERE undone_at IS NULL AND topic_id IS NULL")
    assert sorted(r["attendee_id"] for r in live) == sorted(new)  # nothing lost, nothing twice
    per_desk = Counter(r["desk"] for r in live)
    assert per_desk == Counter({f"Bàn {n + 1}": len(r["checked_in"]) for n, r in enumerate(results)})
    assert scalar(db, "PRAGMA integrity_check") == "ok"
    assert len(walk_ins) == len(set(walk_ins))

    # Every desk, asked after all finished, shows the same counters as the file.
    expected = len(live)
    for report in reports:
        assert report["present"] == report["stats_present"] == report["summary_checked_in"] == expected
    assert len({report["invited"] for report in reports}) == 1


def _released_at_once(children) -> list[str]:
    for child in children:
        child.send("go")
    return [child.expect("done ") for child in children]


@pytest.mark.parametrize("attempt", range(3))
def test_four_desks_creating_the_same_new_file_at_once_all_succeed(tmp_path, spawn, attempt):
    path = tmp_path / f"new-{attempt}.sqlite"
    children = [spawn("open", path, f"Bàn {n}") for n in range(1, 5)]
    _released_at_once(children)
    for child in children:
        assert child.finish()[-1].startswith("done"), child.stderr()
        assert child.proc.returncode == 0
    db = open_database(path, create=False)
    assert scalar(db, "SELECT count(*) FROM conferences") == 4
    assert scalar(db, "SELECT count(*) FROM _sqlite_migrations") == len(database.KNOWN_MIGRATIONS)
    assert scalar(db, "PRAGMA integrity_check") == "ok"


def test_four_desks_opening_an_older_file_at_once_migrate_it_once(shared_file, spawn):
    path, _, _ = shared_file
    children = [spawn("open", path, f"Bàn {n}", "--migrate") for n in range(1, 5)]
    _released_at_once(children)
    for child in children:
        assert child.finish()[-1].startswith("done"), child.stderr()
    assert len(list_backups(path)) == 1  # one desk backed up and migrated; the others waited
    db = sqlite_utils.Database(path)
    assert "test_column" in db["conferences"].columns_dict
    assert [r["name"] for r in db["_sqlite_migrations"].rows][-1] == "9001_test_column"
    assert db["conferences"].count == 5
