"""One definition of a seat (store/seats.py), checked with hypothesis: random conferences are built
through the store (people in several sections and none, substitutes, substitutes of substitutes,
walk-ins, check-ins at the desk and for topics, undone check-ins, deletions), then every consumer
of the rule (statistics, grouped list and its presence filters, conference list, desk counters)
must agree with a plain Python count over the raw rows. case: seats-one-definition
(docs/robustness.md)."""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.errors import NothingToUndo
from desktop_app.domain.kinds import AttendeeStatus
from desktop_app.domain.listing import AttendeeFilter, PresenceFilter
from desktop_app.domain.models import AttendeeInput
from desktop_app.store import attendees, checkins, conferences, listing, open_database, sections, stats, topics

_UNITS = ("Sở Y tế", "Báo Lạng Sơn", "UBND huyện Cao Lộc", "Hợp tác xã Tân Thành", "")
_NAMES = ("Nông Văn Dũng", "Lê Thị Hà", "Vi Thị Lan", "Hoàng Văn Nam", "Mã Văn Tư", "Lò Thị Bảy")

_ops = st.lists(st.one_of(
    st.tuples(st.just("person"), st.integers(0, 1), st.sampled_from(_UNITS),
              st.sampled_from([AttendeeStatus.INVITED, AttendeeStatus.REGISTERED]), st.integers(-1, 5)),
    st.tuples(st.just("walk_in"), st.integers(0, 1), st.sampled_from(_UNITS), st.integers(0, 2)),
    st.tuples(st.just("substitute"), st.integers(0, 10_000), st.booleans()),
    st.tuples(st.just("check_in"), st.integers(0, 10_000), st.integers(0, 2)),
    st.tuples(st.just("undo"), st.integers(0, 10_000), st.integers(0, 2)),
    st.tuples(st.just("delete"), st.integers(0, 10_000)),
), max_size=30)


@dataclass
class _World:
    """The conferences an example builds: their ids, topics and sections."""

    conference_ids: list[int] = field(default_factory=list)
    topics: dict[int, list[int]] = field(default_factory=dict)
    sections: dict[int, list[int]] = field(default_factory=dict)


def _build(db, ops) -> _World:
    world = _World()
    for n in range(2):
        c = conferences.create_conference(db, f"Hội nghị {n}", datetime(2022, 9, 14 + n, 7, 30))
        world.conference_ids.append(c.id)
        world.topics[c.id] = [topics.add_topic(db, c.id, f"Chuyên đề {t}").id for t in range(2)]
        world.sections[c.id] = [s.id for s in sections.list_sections(db, c.id)]
    for n, op in enumerate(ops):
        _apply(db, world, n, op)
    return world


def _apply(db, world: _World, n: int, op: tuple) -> None:
    name = _NAMES[n % len(_NAMES)]
    kind = op[0]
    if kind in ("person", "walk_in"):
        c = world.conference_ids[op[1]]
        if kind == "person":
            choice = op[4]   # -1: none; 0..: a section; beyond: by the unit's kind
            section = world.sections[c][choice] if 0 <= choice < len(world.sections[c]) else None
            data = AttendeeInput(full_name=name, unit_name=op[2], status=op[3], section_id=section)
            attendees.add_attendee(db, c, data)
        else:
            topic = None if op[3] == 0 else world.topics[c][op[3] - 1]
            checkins.add_walk_in(db, c, AttendeeInput(full_name=name, unit_name=op[2]), topic_id=topic)
        return
    people = [r[0] for r in db.conn.execute("SELECT id FROM attendees ORDER BY id")]
    if not people:
        return
    target = people[op[1] % len(people)]
    if kind == "substitute":
        add = checkins.add_substitute_and_check_in if op[2] else attendees.add_substitute
        add(db, target, AttendeeInput(full_name=name))
    elif kind == "delete":
        attendees.delete_attendee(db, target)
    else:
        c = attendees.get_attendee(db, target).conference_id
        topic = None if op[2] == 0 else world.topics[c][op[2] - 1]
        if kind == "check_in":
            checkins.check_in(db, target, topic_id=topic)
        else:
            with contextlib.suppress(NothingToUndo):   # nothing live to undo: a no-op at the desk too
                checkins.undo_check_in(db, target, topic_id=topic)


@dataclass(frozen=True)
class _Person:
    id: int
    conference_id: int
    section_id: int | None
    unit_key: str
    status: str


class _Oracle:
    """The rule of store/seats.py counted in plain Python from the raw rows."""

    def __init__(self, db) -> None:
        raw = db.conn.execute("SELECT id, conference_id, section_id, unit_id, unit_folded, status, replaces_id "
                              "FROM attendees").fetchall()
        self.people = [_Person(r[0], r[1], r[2], f"unit:{r[3]}" if r[3] is not None else f"name:{r[4]}", r[5])
                       for r in raw]
        replaced = {r[6] for r in raw if r[6] is not None}
        self.live: dict[int, set[int]] = {}   # scope (0: the conference, else a topic id) -> attendee ids
        for attendee_id, topic_id in db.conn.execute(
                "SELECT attendee_id, topic_id FROM check_ins WHERE undone_at IS NULL"):
            self.live.setdefault(topic_id or 0, set()).add(attendee_id)
        came = set().union(*self.live.values())
        self.seats = [p for p in self.people if p.id not in replaced or p.id in came]

    def seats_of(self, conference_id: int) -> list[_Person]:
        return [p for p in self.seats if p.conference_id == conference_id]

    def present(self, scope: int) -> set[int]:
        return self.live.get(scope, set())

    def count(self, conference_id: int, key, scope: int = 0) -> dict:
        """{key(person): (invited, present)} over the conference's seats."""
        invited = Counter(key(p) for p in self.seats_of(conference_id))
        present = Counter(key(p) for p in self.seats_of(conference_id) if p.id in self.present(scope))
        return {k: (invited[k], present[k]) for k in invited}


def _section_key(p: _Person) -> str:
    return f"section:{p.section_id or 0}"


def _check_statistics(db, oracle: _Oracle, c: int, topic_ids: list[int]) -> None:
    s = stats.conference_stats(db, c)
    seats = oracle.seats_of(c)
    assert (s.invited, s.present) == (len(seats), sum(p.id in oracle.present(0) for p in seats))
    assert s.walk_ins == sum(p.status == "walk_in" for p in seats)
    assert s.substitutes == sum(p.status == "substitute" for p in seats)
    assert {g.key: (g.invited, g.present) for g in s.sections} == oracle.count(c, _section_key)
    assert {g.key: (g.invited, g.present) for g in s.units} == oracle.count(c, lambda p: p.unit_key)
    assert {g.key: (g.invited, g.present) for g in s.topics} == {
        f"topic:{t}": (len(seats), len(oracle.present(t) & {p.id for p in seats})) for t in topic_ids}


def _check_listing(db, oracle: _Oracle, c: int, scope: int) -> None:
    topic = scope or None
    groups = listing.attendee_groups(db, c, filter=AttendeeFilter(topic_id=topic))
    found = {(g.section_id, u.key): (u.invited, u.present) for g in groups for u in g.units}
    expected = oracle.count(c, lambda p: (p.section_id, p.unit_key), scope)
    people = {(p.section_id, p.unit_key) for p in oracle.people if p.conference_id == c}
    assert found == {k: expected.get(k, (0, 0)) for k in people}   # a group whose seats all went counts 0
    for presence, want in (
        (PresenceFilter.PRESENT, {p.id for p in oracle.people if p.conference_id == c} & oracle.present(scope)),
        (PresenceFilter.ABSENT, {p.id for p in oracle.seats_of(c)} - oracle.present(scope)),
    ):
        ids = listing.attendee_ids(db, c, filter=AttendeeFilter(presence=presence, topic_id=topic))
        assert sorted(ids) == sorted(want), presence


def _check_desk(db, oracle: _Oracle, c: int, scope: int, section_ids: list[int]) -> None:
    counts = listing.section_counts(db, c, topic_id=scope or None)
    expected = oracle.count(c, _section_key, scope)
    keys = [f"section:{s}" for s in section_ids]
    if any(p.section_id is None for p in oracle.people if p.conference_id == c):
        keys.append("section:0")
    assert [(g.key, g.invited, g.present) for g in counts] == [(k, *expected.get(k, (0, 0))) for k in keys]


@settings(max_examples=int(os.environ.get("HOINGHI_SEAT_EXAMPLES", "40")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(ops=_ops)
def test_every_count_of_seats_agrees_with_a_plain_count(user_folder_factory, ops):
    """Two conferences in a fresh database per example: one's people must never count in the other."""
    db = open_database(user_folder_factory("seats") / "hoinghi.sqlite", desk="Bàn 1")
    try:
        world = _build(db, ops)
        oracle = _Oracle(db)
        summaries = {s.conference.id: (s.invited, s.checked_in) for s in conferences.list_conferences(db)}
        assert summaries == {c: (len(oracle.seats_of(c)), sum(p.conference_id == c and p.id in oracle.present(0)
                                                               for p in oracle.people))
                             for c in world.conference_ids}
        for c in world.conference_ids:
            _check_statistics(db, oracle, c, world.topics[c])
            for scope in (0, *world.topics[c]):
                _check_listing(db, oracle, c, scope)
                _check_desk(db, oracle, c, scope, world.sections[c])
                assert all(g.present <= g.invited for g in listing.section_counts(db, c, topic_id=scope or None))
    finally:
        db.close()


def test_a_chain_of_substitutes_is_one_seat_until_someone_in_it_comes(catalog_db, conference, add_person):
    invited = add_person("Nông Văn Dũng", "Sở Y tế", "Giám đốc")
    first = attendees.add_substitute(catalog_db, invited.id, AttendeeInput(full_name="Vi Thị Lan"))
    attendees.add_substitute(catalog_db, first.id, AttendeeInput(full_name="Vi Văn Lâm"))
    assert (stats.conference_stats(catalog_db, conference.id).invited,
            conferences.list_conferences(catalog_db)[0].invited) == (1, 1)
    checkins.check_in(catalog_db, first.id)   # the first substitute came after all
    s = stats.conference_stats(catalog_db, conference.id)
    assert (s.invited, s.present) == (2, 1)
