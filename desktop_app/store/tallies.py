"""A conference's seats counted by section and unit from indexes, for the grouped attendee list
and the statistics at a million people.

Asking store.seats' rule of every attendee row (two lookups each, joined to units, sections and
check-ins) took 16 s for the groups and 22 s for the statistics of a conference of 1,000,000.
Here the same figures come from three aggregates, none of which reads an attendee's row:
- the people of each (section, unit, written unit) from the attendees_groups index (index only);
- those who gave their seat up (store.seats.gave_up: reached from the few substitutes);
- the live check-ins of the scope (check_ins_scope index), each joined to its attendee.
Seats = people - gave up; present = check-ins (a checked-in person always holds a seat)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop_app.domain.kinds import UnitKind
from desktop_app.store import seats
from desktop_app.store.engine import Database, rows

# The group of one attendee row `a`: its section, catalog unit and folded written unit.
_GROUP = "a.section_id, a.unit_id, a.unit_folded"


@dataclass
class Tally:
    """Counts of one (section, unit as written) group; `title` is its smallest written unit name."""

    section_id: int | None
    unit_id: int | None
    unit_folded: str
    title: str
    people: int = 0
    walk_ins: int = 0
    substitutes: int = 0
    gave_up: int = 0
    gave_up_walk_ins: int = 0
    gave_up_substitutes: int = 0
    present: int = 0

    @property
    def unit_key(self) -> str:
        return f"unit:{self.unit_id}" if self.unit_id is not None else f"name:{self.unit_folded}"

    @property
    def seats(self) -> int:
        return self.people - self.gave_up


@dataclass
class UnitTally:
    """A tally merged by unit key (a catalog unit written several ways is one unit)."""

    section_id: int | None
    key: str
    title: str
    folded: str
    kind: UnitKind | None
    order: int
    seats: int = 0
    present: int = 0
    walk_ins: int = 0
    substitutes: int = 0
    parts: list[Tally] = field(default_factory=list)


def tallies(db: Database, conference_id: int, *, topic_id: int | None = None, present: bool = True) -> list[Tally]:
    """Every (section, unit, written unit) group of the conference with its counts; `present`
    counts live check-ins for `topic_id` (None: the conference itself). Without `present` the
    check-ins are not counted (each Tally's `present` stays 0): the costliest of the three
    aggregates at a million people (one look-up of an attendee row per check-in), which a view
    can ask for after it has shown the groups."""
    params = {"c": conference_id, "scope": topic_id or 0}
    found: dict[tuple, Tally] = {}
    for r in rows(db, "SELECT a.section_id, a.unit_id, a.unit_folded, min(a.unit_name) AS title, count(*) AS n, "
                      "sum(CASE WHEN a.status = 'walk_in' THEN 1 ELSE 0 END) AS walk_ins, "
                      "sum(CASE WHEN a.status = 'substitute' THEN 1 ELSE 0 END) AS substitutes "
                      f"FROM attendees a WHERE a.conference_id = :c GROUP BY {_GROUP}", params):
        found[(r["section_id"], r["unit_id"], r["unit_folded"])] = Tally(
            r["section_id"], r["unit_id"], r["unit_folded"], r["title"] or "", people=r["n"],
            walk_ins=r["walk_ins"], substitutes=r["substitutes"])
    for r in rows(db, "SELECT a.section_id, a.unit_id, a.unit_folded, count(*) AS n, "
                      "sum(CASE WHEN a.status = 'walk_in' THEN 1 ELSE 0 END) AS walk_ins, "
                      "sum(CASE WHEN a.status = 'substitute' THEN 1 ELSE 0 END) AS substitutes "
                      f"FROM attendees a WHERE a.id IN (SELECT id FROM ({seats.gave_up(':c')})) "
                      f"GROUP BY {_GROUP}", params):
        t = found[(r["section_id"], r["unit_id"], r["unit_folded"])]
        t.gave_up, t.gave_up_walk_ins, t.gave_up_substitutes = r["n"], r["walk_ins"], r["substitutes"]
    if not present:
        return list(found.values())
    for r in rows(db, "SELECT a.section_id, a.unit_id, a.unit_folded, count(*) AS n "
                      "FROM check_ins k JOIN attendees a ON a.id = k.attendee_id "
                      "WHERE k.conference_id = :c AND coalesce(k.topic_id, 0) = :scope AND k.undone_at IS NULL "
                      f"GROUP BY {_GROUP}", params):
        found[(r["section_id"], r["unit_id"], r["unit_folded"])].present = r["n"]
    return list(found.values())


def by_unit(db: Database, parts: Iterable[Tally], *, per_section: bool) -> list[UnitTally]:
    """Tallies merged by unit key (within each section when `per_section`), in the lists' order:
    official unit order, then the folded name, then the key."""
    catalog = {r["id"]: (r["kind"], r["official_order"])
               for r in rows(db, "SELECT id, kind, official_order FROM units")}
    merged: dict[tuple, UnitTally] = {}
    for t in parts:
        at = (t.section_id if per_section else None, t.unit_key)
        u = merged.get(at)
        if u is None:
            kind, order = catalog.get(t.unit_id, (None, 1_000_000)) if t.unit_id is not None else (None, 1_000_000)
            u = merged[at] = UnitTally(at[0], t.unit_key, t.title, t.unit_folded,
                                       UnitKind(kind) if kind else None, order)
        u.title, u.folded = min(u.title, t.title), min(u.folded, t.unit_folded)
        u.seats += t.seats
        u.present += t.present
        u.walk_ins += t.walk_ins - t.gave_up_walk_ins
        u.substitutes += t.substitutes - t.gave_up_substitutes
        u.parts.append(t)
    return sorted(merged.values(), key=lambda u: (u.order, u.folded, u.key))
