"""Who on a conference's list may be the same person as whom (domain.identity says what "same"
means): the namesakes of someone about to be added, everyone already there for an import, and the
entries the attendee list marks for review. Every query goes through the (conference_id,
name_folded, …) index: only entries whose names fold alike are ever compared."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Any

from desktop_app.domain.identity import Identity, Likeness, Namesake, compare, contradictions, identity_of
from desktop_app.domain.models import Attendee, AttendeeInput
from desktop_app.domain.text import fold
from desktop_app.store import units as unit_store
from desktop_app.store.engine import Database, rows

_SELECT = ("SELECT id, full_name, position, unit_id, unit_name, phone, email, name_folded, unit_folded FROM attendees "
           "WHERE conference_id = :c")


def _identity(r: dict[str, Any]) -> Identity:
    return identity_of(r["full_name"], r["unit_id"], r["unit_name"], phone=r["phone"], email=r["email"],
                       position=r["position"])


def input_identity(db: Database, data: AttendeeInput | Attendee) -> Identity:
    """The identity of a person about to be written, their unit matched to the catalog as the store
    will match it."""
    unit_id = data.unit_id
    if unit_id is None and data.unit_name:
        found = unit_store.match_unit(db, data.unit_name)
        unit_id = found.id if found else None
    return identity_of(data.full_name, unit_id, data.unit_name, phone=data.phone, email=data.email,
                       position=data.position)


def namesakes(db: Database, conference_id: int, data: AttendeeInput | Attendee, *,
              exclude_id: int | None = None) -> list[Namesake]:
    """Everyone on the list who is, or may be, the person `data` describes (same or similar name in
    the same unit), the most alike first. Nobody is refused: the caller warns."""
    me = input_identity(db, data)
    found = []
    for r in rows(db, _SELECT + " AND name_folded = :n", {"c": conference_id, "n": fold(data.full_name)}):
        if r["id"] == exclude_id:
            continue
        other = _identity(r)
        likeness = compare(me, other)
        if likeness is not None:
            found.append(_namesake(r, likeness, contradictions(me, other)))
    order = list(Likeness)
    return sorted(found, key=lambda n: (order.index(n.likeness), n.attendee_id))


def _namesake(r: dict[str, Any], likeness: Likeness, differs: tuple[str, ...]) -> Namesake:
    return Namesake(attendee_id=r["id"], full_name=r["full_name"], position=r["position"],
                    unit_name=r["unit_name"], phone=r["phone"], likeness=likeness, differs=differs)


def conference_identities(db: Database, conference_id: int) -> dict[str, list[tuple[int, str, Identity]]]:
    """Everyone on a conference's list as (id, full name, identity), by folded name: an import
    compares each row with those whose names fold alike."""
    out: dict[str, list[tuple[int, str, Identity]]] = defaultdict(list)
    for r in rows(db, _SELECT + " ORDER BY id", {"c": conference_id}):
        out[r["name_folded"]].append((r["id"], r["full_name"], _identity(r)))
    return out


def review_marks(db: Database, conference_id: int) -> dict[int, tuple[Namesake, ...]]:
    """The entries someone should look at, each with the others it may be: possible duplicates
    (same name and unit, whether or not something differs) and similar names (names that differ
    only by accents). Only entries sharing a folded name and a written unit are read, found by an
    index-only GROUP BY (0.3 s at 100,000 attendees, 12,000 of them namesakes). One catalog unit
    written two ways ("Sở TT&TT", "Sở Thông tin và Truyền thông") under one name is not found
    here: the import and the forms, which compare one person, do find it."""
    candidates = rows(
        db, _SELECT + " AND (name_folded, unit_folded) IN (SELECT name_folded, unit_folded FROM attendees "
                      "WHERE conference_id = :c GROUP BY name_folded, unit_folded HAVING count(*) > 1) "
                      "ORDER BY name_folded, unit_folded, id", {"c": conference_id})
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in candidates:
        groups[(r["name_folded"], r["unit_folded"])].append(r)
    marks: dict[int, list[Namesake]] = defaultdict(list)
    identities = {r["id"]: _identity(r) for r in candidates}
    for group in groups.values():
        for a, b in combinations(group, 2):
            ia, ib = identities[a["id"]], identities[b["id"]]
            likeness = compare(ia, ib)
            if likeness is None:
                continue
            if likeness is Likeness.SAME_PERSON:   # both already written: someone decides which to keep
                likeness = Likeness.POSSIBLE_DUPLICATE
            differs = contradictions(ia, ib)
            marks[a["id"]].append(_namesake(b, likeness, differs))
            marks[b["id"]].append(_namesake(a, likeness, differs))
    return {attendee_id: tuple(found) for attendee_id, found in marks.items()}
