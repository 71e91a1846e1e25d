"""Attendee lists for views that must stay fast at 100,000 people.

A view asks for the ordered ids of who passes its filter (cheap integers), or for the groups of
a conference (sections, then units, with their counts), and then fetches the attendees it shows,
a page or one unit at a time. Invited, present and absent are store.seats' rule."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from desktop_app.domain.kinds import AttendeeOrder, UnitKind
from desktop_app.domain.listing import AttendeeFilter, PresenceFilter, SectionGroup, UnitGroup
from desktop_app.domain.models import Attendee, GroupStats
from desktop_app.domain.text import fold_words
from desktop_app.store import seats, tallies
from desktop_app.store.attendees import ORDER_BY, SELECT, attendee_from_row
from desktop_app.store.engine import Database, execute, rows, scalar, search_condition
from desktop_app.store.search import MAX_WORDS
from desktop_app.store.sections import list_sections

# The same joins as attendees.SELECT, so its ORDER BY expressions apply; `k` is the live check-in
# of the scope (the conference, or one topic).
_FROM = """
FROM attendees a
LEFT JOIN units u ON u.id = a.unit_id
LEFT JOIN sections s ON s.id = a.section_id
LEFT JOIN check_ins k ON k.attendee_id = a.id AND coalesce(k.topic_id, 0) = :scope
                     AND k.undone_at IS NULL
WHERE a.conference_id = :c
"""

_UNIT_KEY = "CASE WHEN a.unit_id IS NOT NULL THEN 'unit:' || a.unit_id ELSE 'name:' || a.unit_folded END"
_SEAT = seats.holds_seat("a")

_PRESENCE = {
    PresenceFilter.ALL: "",
    PresenceFilter.PRESENT: "k.id IS NOT NULL",
    PresenceFilter.ABSENT: f"k.id IS NULL AND {_SEAT}",
    PresenceFilter.WALK_IN: "a.status = 'walk_in'",
    PresenceFilter.SUBSTITUTE: "a.status = 'substitute'",
}

PAGE_LIMIT = 2000


def _predicate(db: Database, conference_id: int, flt: AttendeeFilter | None) -> tuple[str, dict[str, Any]]:
    """The SQL condition for `flt` (over the aliases of _FROM) and its parameters."""
    flt = flt or AttendeeFilter()
    clauses: list[str] = []
    params: dict[str, Any] = {"c": conference_id, "scope": flt.topic_id or 0}
    words = fold_words(flt.text)[:MAX_WORDS]
    if words:
        condition, extra = search_condition(db, conference_id, words)
        clauses.append(condition)
        params.update(extra)
    if flt.kinds:
        names = []
        for i, kind in enumerate(flt.kinds):
            names.append(f":kind{i}")
            params[f"kind{i}"] = str(UnitKind(kind))
        clauses.append(f"coalesce(u.kind, 'other') IN ({', '.join(names)})")
    presence = _PRESENCE[PresenceFilter(flt.presence)]
    if presence:
        clauses.append(presence)
    return " AND ".join(f"({c})" for c in clauses) or "1 = 1", params


def attendee_ids(
    db: Database, conference_id: int, *, order: AttendeeOrder = AttendeeOrder.PROTOCOL,
    filter: AttendeeFilter | None = None,
) -> list[int]:
    """The ids of everyone who passes `filter`, in `order`."""
    where, params = _predicate(db, conference_id, filter)
    sql = f"SELECT a.id {_FROM} AND {where} ORDER BY {ORDER_BY[AttendeeOrder(order)]}"
    return [row[0] for row in execute(db, sql, params).fetchall()]


def attendees_by_ids(db: Database, ids: Sequence[int], *, topic_id: int | None = None) -> list[Attendee]:
    """The attendees with these ids, in the order given; ids no longer there are left out."""
    found: dict[int, Attendee] = {}
    for start in range(0, len(ids), PAGE_LIMIT):
        chunk = list(ids[start:start + PAGE_LIMIT])
        params: dict[str, Any] = {f"i{n}": attendee_id for n, attendee_id in enumerate(chunk)}
        params["scope"] = topic_id or 0
        placeholders = ", ".join(f":i{n}" for n in range(len(chunk)))
        for r in rows(db, SELECT + f" WHERE a.id IN ({placeholders})", params):
            found[r["id"]] = attendee_from_row(r)
    return [found[i] for i in ids if i in found]


def unit_members(
    db: Database, conference_id: int, *, section_id: int | None, unit_key: str,
    order: AttendeeOrder = AttendeeOrder.PROTOCOL, filter: AttendeeFilter | None = None,
    offset: int = 0, limit: int = 500,
) -> list[Attendee]:
    """The people of one unit inside one section (a group of attendee_groups), a slice at a time."""
    where, params = _predicate(db, conference_id, filter)
    kind, _, value = unit_key.partition(":")
    if kind == "unit":
        unit_clause = "a.unit_id = :unit_id"
        params["unit_id"] = int(value)
    else:
        unit_clause = "a.unit_id IS NULL AND a.unit_folded = :unit_folded"
        params["unit_folded"] = value
    params.update(section=section_id, limit=limit, offset=offset)
    sql = (SELECT + " WHERE a.conference_id = :c AND a.section_id IS NOT DISTINCT FROM :section AND " + unit_clause +
           f" AND {where} ORDER BY {ORDER_BY[AttendeeOrder(order)]} LIMIT :limit OFFSET :offset")
    return [attendee_from_row(r) for r in rows(db, sql, params)]


def attendee_groups(
    db: Database, conference_id: int, *, filter: AttendeeFilter | None = None, present: bool = True,
) -> list[SectionGroup]:
    """Sections in order, each with its units in official order and their counts. Without an
    active filter every section of the conference is listed, empty ones too; with one, only the
    groups where somebody passes it. `present=False` leaves the check-ins uncounted (every
    group's `present` is None) when there is no active filter: the groups of a million people
    in half the time, so a view can show them first and ask for the full counts next."""
    active = filter is not None and filter.active
    if not active:
        return _all_groups(db, conference_id, topic_id=filter.topic_id if filter is not None else None,
                           present=present)
    where, params = _predicate(db, conference_id, filter)
    found = rows(
        db,
        f"""
        SELECT g.section_id, g.unit_key, min(g.unit_name) AS unit_title, min(g.unit_kind) AS unit_kind,
               min(g.unit_order) AS unit_order, count(*) FILTER (WHERE g.seat) AS invited,
               count(*) FILTER (WHERE g.seat AND g.present) AS present, count(*) FILTER (WHERE g.matched) AS matched
        FROM (
            SELECT a.section_id, {_UNIT_KEY} AS unit_key, a.unit_name, a.unit_folded, u.kind AS unit_kind,
                   coalesce(u.official_order, 1000000) AS unit_order,
                   k.id IS NOT NULL AS present, {_SEAT} AS seat,
                   ({where}) AS matched
            {_FROM}
        ) g
        GROUP BY g.section_id, g.unit_key
        ORDER BY min(g.unit_order), min(g.unit_folded), g.unit_key
        """,
        params,
    )
    units: dict[int | None, list[UnitGroup]] = {}
    for r in found:
        if active and not r["matched"]:
            continue
        units.setdefault(r["section_id"], []).append(UnitGroup(
            key=r["unit_key"], title=r["unit_title"] or "",
            kind=UnitKind(r["unit_kind"]) if r["unit_kind"] else None,
            invited=r["invited"], present=r["present"], matched=r["matched"]))
    titles: list[tuple[int | None, str]] = [(s.id, s.title) for s in list_sections(db, conference_id)]
    if None in units:
        titles.append((None, ""))
    return [_section_group(section_id, title, units.get(section_id, []))
            for section_id, title in titles if section_id in units or not active]


def _all_groups(db: Database, conference_id: int, *, topic_id: int | None, present: bool) -> list[SectionGroup]:
    """attendee_groups without a filter, from index counts (store.tallies): every group, its seats,
    present (unless not `present`: None) and people."""
    units: dict[int | None, list[UnitGroup]] = {}
    parts = tallies.tallies(db, conference_id, topic_id=topic_id, present=present)
    for u in tallies.by_unit(db, parts, per_section=True):
        units.setdefault(u.section_id, []).append(UnitGroup(
            key=u.key, title=u.title, kind=u.kind, invited=u.seats, present=u.present if present else None,
            matched=sum(t.people for t in u.parts)))
    titles: list[tuple[int | None, str]] = [(s.id, s.title) for s in list_sections(db, conference_id)]
    if None in units:
        titles.append((None, ""))
    return [_section_group(section_id, title, units.get(section_id, []), counted=present)
            for section_id, title in titles]


def _section_group(section_id: int | None, title: str, units: Iterable[UnitGroup], *,
                   counted: bool = True) -> SectionGroup:
    units = tuple(units)
    return SectionGroup(section_id=section_id, title=title, invited=sum(u.invited for u in units),
                        present=sum(u.present or 0 for u in units) if counted else None,
                        matched=sum(u.matched for u in units), units=units)


def section_counts(db: Database, conference_id: int, *, topic_id: int | None = None) -> list[GroupStats]:
    """Present and invited (seats) per section, in section order, for the desk's counters. With
    `topic_id`, present means checked in for that topic; the seats are the conference's, as in
    the statistics and the topics view. People without a section come last.

    Polled by every desk, so it is built from index-only counts (a few ms at 100,000 people):
    seats = people - those who gave their seat up (store.seats.gave_up)."""
    params = {"c": conference_id, "scope": topic_id or 0}
    sections = list_sections(db, conference_id)
    people = {r["id"]: r["n"] for r in rows(
        db, "SELECT s.id, (SELECT count(*) FROM attendees a WHERE a.section_id = s.id) AS n "
            "FROM sections s WHERE s.conference_id = :c", params)}
    total = scalar(db, "SELECT count(*) FROM attendees WHERE conference_id = :c", params) or 0
    people[None] = total - sum(people.values())
    present = {r["section_id"]: r["n"] for r in rows(
        db, "SELECT a.section_id, count(*) AS n FROM check_ins k JOIN attendees a ON a.id = k.attendee_id "
            "WHERE k.conference_id = :c AND coalesce(k.topic_id, 0) = :scope AND k.undone_at IS NULL "
            "GROUP BY a.section_id", params)}
    gave_up = {r["section_id"]: r["n"] for r in rows(
        db, f"SELECT section_id, count(*) AS n FROM ({seats.gave_up(':c')}) GROUP BY section_id", params)}
    titles: list[tuple[int | None, str]] = [(s.id, s.title) for s in sections]
    if people[None]:
        titles.append((None, ""))
    return [GroupStats(key=f"section:{section_id or 0}", title=title,
                       invited=people.get(section_id, 0) - gave_up.get(section_id, 0),
                       present=present.get(section_id, 0))
            for section_id, title in titles]


def topic_attendance(db: Database, conference_id: int) -> dict[int, int]:
    """How many are checked in for each topic of a conference (topics nobody attended are absent)."""
    # One pass over the check_ins_scope index in its own order (its coalesce(topic_id, 0));
    # a count per topic let SQLite pick another index and read every check-in: 1.4 s at 700,000.
    return {r["scope"]: r["n"] for r in rows(
        db,
        "SELECT coalesce(topic_id, 0) AS scope, count(*) AS n FROM check_ins WHERE conference_id = :c "
        "AND undone_at IS NULL GROUP BY coalesce(topic_id, 0)",
        {"c": conference_id},
    ) if r["scope"]}
