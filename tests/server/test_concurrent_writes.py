"""Desks writing at once on one server: every step that a file keeps right only because SQLite
lets one writer in at a time is hammered from several connections (issue 13 item 3): one live
check-in per person, undo, the search-order gaps, max(position) + 1 of sections and topics, and
the check that a code is not taken twice."""

from __future__ import annotations

import contextlib
import threading
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest

from desktop_app.domain.errors import Conflict, NothingToUndo
from desktop_app.domain.kinds import AttendeeOrder
from desktop_app.domain.models import AttendeeInput
from desktop_app.store import checkins, open_database, sections, topics
from desktop_app.store.attendees import add_attendee, list_attendees
from desktop_app.store.conferences import create_conference
from desktop_app.store.engine import rows
from desktop_app.store.search import search_attendees

DESKS = 4


@pytest.fixture
def conference_id(server_db) -> int:
    db = open_database(server_db, desk="setup")
    conference = create_conference(db, "Hội nghị", datetime(2022, 9, 14, 7, 30))
    db.close()
    return conference.id


def at_once(url: str, work: Callable[[Any, int], list]) -> list[list]:
    """`work(db, desk_number)` on DESKS connections of their own, in threads started together;
    what each returned. An exception in any of them fails the test."""
    barrier = threading.Barrier(DESKS)
    results: list[list] = [[] for _ in range(DESKS)]
    errors: list[BaseException] = []

    def run(n: int) -> None:
        db = open_database(url, desk=f"Bàn {n + 1}")
        try:
            barrier.wait(timeout=60)
            results[n] = work(db, n)
        except BaseException as exc:
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(DESKS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    if errors:
        raise errors[0]
    return results


def _people(url: str, conference_id: int, n: int) -> list[int]:
    db = open_database(url, desk="setup")
    ids = [add_attendee(db, conference_id, AttendeeInput(full_name=f"Nguyễn Văn Khách {i:03}")).id for i in range(n)]
    db.close()
    return ids


def test_every_desk_checking_in_the_same_people_at_once_makes_one_check_in_each(server_db, conference_id):
    ids = _people(server_db, conference_id, 60)

    def work(db, n: int) -> list:
        order = ids if n % 2 else ids[::-1]
        return [(a, checkins.check_in(db, a)) for a in order]

    told = [pair for desk in at_once(server_db, work) for pair in desk]
    fresh = Counter(a for a, r in told if not r.already)
    assert sorted(fresh) == sorted(ids) and set(fresh.values()) == {1}
    made = {a: r.check_in.id for a, r in told if not r.already}
    assert all(r.check_in.id == made[a] for a, r in told)   # "already" names the one that was made
    db = open_database(server_db)
    live = rows(db, "SELECT attendee_id, id FROM check_ins WHERE undone_at IS NULL")
    audited = rows(db, "SELECT entity_id FROM audit WHERE action = 'check_in'")
    db.close()
    assert {r["attendee_id"]: r["id"] for r in live} == made and len(live) == len(ids)
    assert sorted(r["entity_id"] for r in audited) == sorted(ids)   # one audit entry per check-in made


def test_desks_sending_the_same_queued_check_ins_at_once_record_each_once(server_db, conference_id):
    """One desk's queue sent by several connections at once (a desk that gave up on a silent
    link sends again on a new one while the first send is still being written; its copy opened
    on a second laptop): every client id is recorded once, a double only for someone checked in
    online meanwhile, and every sender is told of the one check-in made."""
    ids = _people(server_db, conference_id, 60)
    online = ids[:5]
    db = open_database(server_db, desk="setup")
    for a in online:
        checkins.check_in(db, a, desk="Bàn 8")
    db.close()
    queue = [(a, f"q-{a}") for a in ids]

    def work(db, n: int) -> list:
        order = queue if n % 2 else queue[::-1]
        return [(cid, checkins.check_in(db, a, desk="Bàn 9", client_id=cid, keep_double=True)) for a, cid in order]

    told = [pair for desk in at_once(server_db, work) for pair in desk]
    made = Counter(cid for cid, r in told if not r.recorded_before)
    assert set(made) == {cid for _, cid in queue} and set(made.values()) == {1}
    first = {cid: r.check_in.id for cid, r in told if not r.recorded_before}
    assert all(r.check_in.id == first[cid] for cid, r in told)   # the others are told of that one
    assert {cid for cid, r in told if r.double} == {f"q-{a}" for a in online}
    db = open_database(server_db)
    recorded = Counter(r["client_id"] for r in rows(db, "SELECT client_id FROM check_ins WHERE desk = 'Bàn 9'"))
    audited = Counter(r["action"] for r in rows(db, "SELECT action FROM audit WHERE desk = 'Bàn 9'"))
    live = rows(db, "SELECT count(*) AS n FROM check_ins WHERE undone_at IS NULL")
    db.close()
    assert recorded == Counter(first.keys()) and audited == {"check_in": len(ids) - len(online), "double_check_in": 5}
    assert live == [{"n": len(ids)}]


def test_desks_undoing_the_same_check_in_at_once_undo_it_once(server_db, conference_id):
    ids = _people(server_db, conference_id, 30)
    db = open_database(server_db, desk="setup")
    for a in ids:
        checkins.check_in(db, a)
    db.close()

    def work(db, n: int) -> list:
        undone = []
        for a in ids:
            with contextlib.suppress(NothingToUndo):
                undone.append(checkins.undo_check_in(db, a).id)
        return undone

    undone = [i for desk in at_once(server_db, work) for i in desk]
    assert len(undone) == len(set(undone)) == len(ids)
    db = open_database(server_db)
    assert rows(db, "SELECT count(*) AS n FROM audit WHERE action = 'undo_check_in'") == [{"n": len(ids)}]
    db.close()


def test_people_added_at_once_keep_the_search_order_without_a_gap_taken_twice(server_db, conference_id):
    """All desks add namesakes and near names into one gap of the name order (ranks.py)."""
    def work(db, n: int) -> list:
        return [add_attendee(db, conference_id, AttendeeInput(
            full_name=f"Lê Thị {'Hoa' if i % 2 else 'Hoà'}", unit_name=f"Bàn {n} số {i}")).id for i in range(25)]

    added = [i for desk in at_once(server_db, work) for i in desk]
    db = open_database(server_db)
    people = rows(db, "SELECT id, sort_key, search_rowid FROM attendees ORDER BY search_rowid")
    by_name = [p.id for p in list_attendees(db, conference_id, order=AttendeeOrder.NAME)]
    found = search_attendees(db, conference_id, "le thi hoa", limit=1000)
    db.close()
    assert len(people) == len(added) == DESKS * 25
    assert [p["id"] for p in people] == [p["id"] for p in sorted(people, key=lambda p: (p["sort_key"], p["id"]))]
    assert [p["id"] for p in people] == by_name
    assert sorted(a.id for a in found) == sorted(added)


def test_sections_and_topics_added_at_once_get_every_position_once(server_db, conference_id):
    def work(db, n: int) -> list:
        out = []
        for i in range(10):
            out.append(sections.add_section(db, conference_id, f"Khối {n}.{i}").position)
            out.append(-topics.add_topic(db, conference_id, f"Chuyên đề {n}.{i}").position)
        return out

    db = open_database(server_db)
    first = len(sections.list_sections(db, conference_id)) + 1   # a new conference has its usual sections
    positions = [p for desk in at_once(server_db, work) for p in desk]
    assert sorted(p for p in positions if p > 0) == list(range(first, first + DESKS * 10))
    assert sorted(-p for p in positions if p < 0) == list(range(1, DESKS * 10 + 1))
    assert [s.position for s in sections.list_sections(db, conference_id)] == list(range(1, first + DESKS * 10))
    db.close()


def test_one_code_given_at_once_by_every_desk_is_taken_once_and_refused_plainly_else(server_db, conference_id):
    def work(db, n: int) -> list:
        out = []
        for i in range(15):
            try:
                add_attendee(db, conference_id, AttendeeInput(full_name=f"Khách {n} {i}", code=f"MA{i:03}"))
                out.append(f"MA{i:03}")
            except Conflict as exc:
                assert exc.code == "duplicate_code"
        # walk-ins get fresh codes, chosen under the write lock: never the same twice
        out += [checkins.add_walk_in(db, conference_id, AttendeeInput(full_name=f"Vãng lai {n} {i}")).attendee.code
                for i in range(10)]
        return out

    taken = [c for desk in at_once(server_db, work) for c in desk]
    assert len(taken) == len(set(taken)) == 15 + DESKS * 10
