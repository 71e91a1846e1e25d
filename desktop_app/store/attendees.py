"""Attendees of a conference: add (one or many), edit, substitute, delete, list in order."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable
from dataclasses import asdict, replace
from typing import Any

from desktop_app.domain import codes
from desktop_app.domain.errors import Conflict, NotFound
from desktop_app.domain.kinds import AttendeeOrder, AttendeeStatus, UnitKind
from desktop_app.domain.models import Attendee, AttendeeInput
from desktop_app.domain.protocol import suggest_protocol_rank
from desktop_app.domain.sections import section_for_kind
from desktop_app.domain.text import clean, fold, name_sort_key
from desktop_app.domain.validation import validate_attendee
from desktop_app.store import audit, backup, ranks
from desktop_app.store import units as unit_store
from desktop_app.store.convert import time_in, time_out
from desktop_app.store.engine import (
    Database,
    execute,
    insert_returning_id,
    max_parameters,
    on_server,
    one,
    optimize_search_indexes,
    rows,
    scalar,
    write_transaction,
)
from desktop_app.store.sections import list_sections

# Every attendee query returns these columns; `:scope` is the topic id, or 0 for the conference.
SELECT = """
SELECT a.id, a.conference_id, a.full_name, a.code, a.salutation, a.position, a.unit_id, a.unit_name,
       u.kind AS unit_kind, u.official_order AS unit_order, a.section_id,
       coalesce(s.title, '') AS section_title, s.position AS section_position, a.phone, a.email,
       a.protocol_rank, a.status, a.replaces_id, a.note, a.badge_role,
       k.checked_in_at, k.desk AS checked_in_desk,
       CASE WHEN EXISTS (SELECT 1 FROM attendees sub WHERE sub.replaces_id = a.id) THEN 1 ELSE 0 END AS replaced
FROM attendees a
LEFT JOIN units u ON u.id = a.unit_id
LEFT JOIN sections s ON s.id = a.section_id
LEFT JOIN check_ins k ON k.attendee_id = a.id AND coalesce(k.topic_id, 0) = :scope
                     AND k.undone_at IS NULL
"""

ORDER_BY = {
    AttendeeOrder.PROTOCOL: (
        "coalesce(s.position, 1000000), a.protocol_rank, coalesce(u.official_order, 1000000), a.id"
    ),
    AttendeeOrder.NAME: "a.sort_key, a.id",
}


_UNIT_KINDS = {kind.value: kind for kind in UnitKind}
_STATUSES = {status.value: status for status in AttendeeStatus}
_new_attendee = object.__new__


def attendee_from_row(r: dict[str, Any]) -> Attendee:
    """The person a row of SELECT holds. Made without Attendee.__init__, which sets each of its
    23 frozen fields through object.__setattr__: 5 µs a person, a quarter of a millisecond of a
    desk search's 50 (and half a second of a 100,000-person list); every field is set here
    (tests/unit/test_attendees.py checks it)."""
    kind, status = r["unit_kind"], r["status"]
    person = _new_attendee(Attendee)
    person.__dict__.update(
        id=r["id"], conference_id=r["conference_id"], full_name=r["full_name"], code=r["code"],
        salutation=r["salutation"], position=r["position"], unit_id=r["unit_id"], unit_name=r["unit_name"],
        unit_kind=(_UNIT_KINDS.get(kind) or UnitKind(kind)) if kind else None, unit_order=r["unit_order"],
        section_id=r["section_id"], section_title=r["section_title"], section_position=r["section_position"],
        phone=r["phone"], email=r["email"], protocol_rank=r["protocol_rank"],
        status=_STATUSES.get(status) or AttendeeStatus(status), replaces_id=r["replaces_id"], note=r["note"],
        checked_in_at=time_in(r["checked_in_at"]), checked_in_desk=r["checked_in_desk"],
        replaced=bool(r.get("replaced")), badge_role=r.get("badge_role") or "",
    )
    return person


def derived_columns(data: AttendeeInput, code: str | None = None) -> dict[str, str]:
    """The stored search and sort columns, computed here so SQL can index them. `code` is the
    code the person gets when it is not (yet) in `data`."""
    code = code if code is not None else data.code or ""
    return {
        "name_folded": fold(data.full_name),
        "position_folded": fold(data.position),
        "unit_folded": fold(data.unit_name),
        # Codes are letters and digits (fold would only lower them); thousands are new in a bulk add.
        "code_folded": code.lower() if code.isascii() and code.isalnum() else fold(code),
        "sort_key": name_sort_key(data.full_name),
    }


def get_attendee(db: Database, attendee_id: int, *, topic_id: int | None = None) -> Attendee:
    r = one(db, SELECT + " WHERE a.id = :id", {"id": attendee_id, "scope": topic_id or 0})
    if r is None:
        raise NotFound(entity="attendee", id=attendee_id)
    return attendee_from_row(r)


def get_by_code(db: Database, conference_id: int, code: str, *, topic_id: int | None = None) -> Attendee | None:
    r = one(db, SELECT + " WHERE a.conference_id = :c AND a.code = :code",
            {"c": conference_id, "code": clean(code).upper(), "scope": topic_id or 0})
    return None if r is None else attendee_from_row(r)


def list_attendees(
    db: Database,
    conference_id: int,
    *,
    order: AttendeeOrder = AttendeeOrder.PROTOCOL,
    section_id: int | None = None,
    topic_id: int | None = None,
) -> list[Attendee]:
    """Everyone on a conference's list, with their check-in for the conference or a topic."""
    sql = SELECT + " WHERE a.conference_id = :c"
    params: dict[str, Any] = {"c": conference_id, "scope": topic_id or 0}
    if section_id is not None:
        sql += " AND a.section_id = :section"
        params["section"] = section_id
    sql += " ORDER BY " + ORDER_BY[AttendeeOrder(order)]
    return [attendee_from_row(r) for r in rows(db, sql, params)]


def count_attendees(db: Database, conference_id: int) -> int:
    return int(scalar(db, "SELECT count(*) FROM attendees WHERE conference_id = :c", {"c": conference_id}))


class _Resolver:
    """Fills in what a person did not: catalog unit, section, protocol rank, a fresh code."""

    def __init__(self, db: Database, conference_id: int, rng: random.Random | None = None, *,
                 bulk: bool = False) -> None:
        if scalar(db, "SELECT 1 FROM conferences WHERE id = :c", {"c": conference_id}) is None:
            raise NotFound(entity="conference", id=conference_id)  # not a bare FOREIGN KEY error
        self.db = db
        self.conference_id = conference_id
        self.rng = rng
        self.sections = [(s.id, s.kinds) for s in list_sections(db, conference_id)]
        # A bulk add checks thousands of codes: read them all once. One person (a walk-in at the
        # desk, an edit) asks the index about one code instead: reading 100,000 codes took 150 ms.
        self.bulk = bulk
        self.codes: set[str] = set()  # codes in use (all of them when bulk)
        self.released: set[str] = set()  # codes free again (an edited person keeps their own)
        if bulk:
            self.codes = {r["code"] for r in rows(db, "SELECT code FROM attendees WHERE conference_id = :c",
                                                   {"c": conference_id})}
        self.kinds: dict[int, UnitKind] = {}
        self.matches: dict[str, int | None] = {}   # unit name -> catalog unit id (a bulk add repeats them)
        self.ranks: dict[str, int] = {}            # position -> suggested protocol rank

    def in_use(self, code: str) -> bool:
        if code in self.released:
            return False
        if code in self.codes or self.bulk:
            return code in self.codes
        return scalar(self.db, "SELECT 1 FROM attendees WHERE conference_id = :c AND code = :code",
                      {"c": self.conference_id, "code": code}) is not None

    def unit_kind(self, unit_id: int | None) -> UnitKind | None:
        if unit_id is None:
            return None
        if unit_id not in self.kinds:
            self.kinds[unit_id] = unit_store.get_unit(self.db, unit_id).kind
        return self.kinds[unit_id]

    def fresh_code(self) -> str:
        while True:
            code = codes.new_code(self.rng)
            if not self.in_use(code):
                self.codes.add(code)
                self.released.discard(code)
                return code

    def match(self, unit_name: str) -> int | None:
        if unit_name not in self.matches:
            found = unit_store.match_unit(self.db, unit_name)
            self.matches[unit_name] = found.id if found else None
        return self.matches[unit_name]

    def rank(self, position: str) -> int:
        if position not in self.ranks:
            self.ranks[position] = suggest_protocol_rank(position)
        return self.ranks[position]

    def resolve(self, data: AttendeeInput) -> AttendeeInput:
        data, unit_id, section_id, rank, code = self._resolved(data)
        return replace(data, unit_id=unit_id, section_id=section_id, protocol_rank=rank, code=code)

    def params(self, data: AttendeeInput, conference_id: int, now: str) -> dict[str, Any]:
        """The INSERT parameters of a new person (what resolve() then _insert_params() give,
        without the copy of the record in between: a bulk add makes thousands)."""
        data, unit_id, section_id, rank, code = self._resolved(data)
        values = dict(vars(data))
        values.update(unit_id=unit_id, section_id=section_id, protocol_rank=rank, code=code,
                      status=str(data.status), conference_id=conference_id, now=now)
        values.update(derived_columns(data, code))
        return values

    def _resolved(self, data: AttendeeInput) -> tuple[AttendeeInput, int | None, int | None, int, str]:
        data = validate_attendee(data)
        unit_id = data.unit_id
        if unit_id is None and data.unit_name:
            unit_id = self.match(data.unit_name)
        section_id = data.section_id
        if section_id is None:
            section_id = section_for_kind(self.unit_kind(unit_id), self.sections)
        rank = data.protocol_rank if data.protocol_rank is not None else self.rank(data.position)
        code = data.code
        if code:
            if self.in_use(code):
                raise Conflict("duplicate_code", code=code)
            self.codes.add(code)
            self.released.discard(code)
        else:
            code = self.fresh_code()
        return data, unit_id, section_id, rank, code


MERGE_INDEX_AFTER = 1000  # rows added at once after which the search index is merged (store.engine)
ROWS_PER_INSERT = 500     # rows per multi-row INSERT in a bulk add (see _insert_many)
BULK_INDEX_AFTER = 200    # rows added at once from which the search index is filled apart (_insert_many)
_INSERT_TRIGGER = "attendees_search_ai"  # migrations.py: indexes each new row for search

_COLUMNS = ("conference_id", "full_name", "salutation", "position", "unit_id", "unit_name", "section_id", "phone",
            "email", "protocol_rank", "code", "status", "replaces_id", "note", "badge_role", "name_folded",
            "position_folded", "unit_folded", "code_folded", "sort_key", "search_rowid")
_INSERT = (f"INSERT INTO attendees ({', '.join(_COLUMNS)}, created_at, updated_at) "
           f"VALUES ({', '.join(':' + c for c in _COLUMNS)}, :now, :now)")


def _insert_params(conference_id: int, data: AttendeeInput, now: str) -> dict[str, Any]:
    values = dict(vars(data))
    values["status"] = str(data.status)
    return {**values, **derived_columns(data), "conference_id": conference_id, "now": now}


def add_attendee(db: Database, conference_id: int, data: AttendeeInput) -> Attendee:
    """Add one person. Someone of the same (or a similar) name in the same unit is not refused:
    namesakes in one unit are normal. The caller warns (store.identities.namesakes) and the
    attendee list marks both for review (store.identities.review_marks)."""
    resolver = _Resolver(db, conference_id)
    with write_transaction(db):
        data = resolver.resolve(data)
        params = _insert_params(conference_id, data, time_out(db.now()))
        params["search_rowid"] = ranks.place_one(db, conference_id, params["sort_key"])
        attendee_id = insert_returning_id(db, _INSERT, params)
        audit.record(db, "add", "attendee", attendee_id, conference_id=conference_id,
                     full_name=data.full_name, status=str(data.status))
    return get_attendee(db, attendee_id)


def add_attendees(
    db: Database, conference_id: int, people: Iterable[AttendeeInput], *, rng: random.Random | None = None,
    action: str = "import", progress: Callable[[int], None] | None = None, merge_index: bool = True,
) -> list[int]:
    """Add many people in one transaction (all or nothing); returns their ids in order.
    The caller has already removed duplicates it does not want. `merge_index=False` leaves the
    search index unmerged, for a caller adding many lists that merges it once at its end.

    `progress(done)` is called now and then with the number of people written so far (0 while
    they are still being checked); an exception it raises (Cancel) rolls everything back."""
    report = progress or (lambda _done: None)
    resolver = _Resolver(db, conference_id, rng, bulk=True)
    now = time_out(db.now())
    with write_transaction(db):
        batch = []
        for n, data in enumerate(people, start=1):
            batch.append(resolver.params(data, conference_id, now))
            if n % 1000 == 0:
                report(0)
        for params, rank in zip(batch, ranks.place_many(db, conference_id, [p["sort_key"] for p in batch]),
                                strict=True):
            params["search_rowid"] = rank
        ids = _insert_many(db, batch, now, report)
        if merge_index and len(ids) >= MERGE_INDEX_AFTER:
            optimize_search_indexes(db)  # thousands of rows leave the index in dozens of segments
        audit.record(db, action, "attendee", None, conference_id=conference_id, count=len(ids))
        report(len(ids))
    return ids


def _insert_many(db: Database, batch: list[dict[str, Any]], now: str,
                 report: Callable[[int], None] = lambda _done: None) -> list[int]:
    """Insert rows in file order (their ids follow it: protocol order breaks ties by id) and
    index them for search; their ids in order.

    The search index is filled apart, in search-rowid order, not by the insert trigger row by
    row: FTS5 writes its pending index data to disk as a new segment whenever a rowid comes
    lower than the one before (people arrive in file order, their search rowids follow name
    order) and at every statement savepoint (each row's INSERT with its trigger), so row by row
    it wrote a tiny segment for almost every person and merged them over and over: 0.1 ms a
    row. Filled in rowid order after the rows are in, it takes about 0.015 ms a row (20,000
    rows with their index: 2.3 s → 0.65 s; benchmarks/bench_import.py). The trigger is dropped
    for the moment and put back, as it was, inside the same transaction: a rollback or a crash
    restores it with everything else, and other connections never see the schema without it."""
    if len(batch) < BULK_INDEX_AFTER or on_server(db):   # a server's words table keeps up by trigger
        return _insert_rows(db, batch, now, report)
    trigger = scalar(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n",
                     {"n": _INSERT_TRIGGER})
    if trigger is None:   # pragma: no cover - every schema since v1 has it
        return _insert_rows(db, batch, now, report)
    execute(db, f"DROP TRIGGER {_INSERT_TRIGGER}")
    ids = _insert_rows(db, batch, now, report)
    if max(ids) - min(ids) + 1 == len(ids):   # new rows take the ids after the last one: a range
        which = "a.id BETWEEN :first AND :last"
        params: dict[str, Any] = {"first": min(ids), "last": max(ids)}
    else:   # pragma: no cover - only when the largest id in use is 2^63 - 1 and SQLite picks ids at random
        which = "a.id IN (SELECT value FROM json_each(:ids))"
        params = {"ids": json.dumps(ids)}
    execute(db, "INSERT INTO attendees_fts(rowid, name_folded, position_folded, unit_folded, code_folded) "
                "SELECT a.search_rowid, a.name_folded, a.position_folded, a.unit_folded, a.code_folded "
                f"FROM attendees a WHERE {which} ORDER BY a.search_rowid", params)
    execute(db, "INSERT INTO attendee_names_fts(rowid, name_folded) "
                f"SELECT a.search_rowid, a.name_folded FROM attendees a WHERE {which} ORDER BY a.search_rowid",
            params)
    execute(db, trigger)
    return ids


def _insert_rows(db: Database, batch: list[dict[str, Any]], now: str, report: Callable[[int], None]) -> list[int]:
    """Multi-row INSERTs of up to ROWS_PER_INSERT rows; the new ids in the order of `batch`."""
    columns = (*_COLUMNS, "created_at", "updated_at")
    row_sql = "(" + ", ".join("?" * len(columns)) + ")"
    per_insert = max(1, min(ROWS_PER_INSERT, max_parameters(db) // len(columns)))
    by_rank: dict[int, int] = {}   # search rowids are unique: they say which id each row got
    for start in range(0, len(batch), per_insert):
        part = batch[start:start + per_insert]
        sql = (f"INSERT INTO attendees ({', '.join(columns)}) VALUES {', '.join([row_sql] * len(part))} "
               "RETURNING search_rowid, id")
        values = [v for p in part for v in (*(p[c] for c in _COLUMNS), now, now)]
        by_rank.update(execute(db, sql, values).fetchall())
        report(len(by_rank))
    return [by_rank[p["search_rowid"]] for p in batch]


def update_attendee(db: Database, attendee_id: int, data: AttendeeInput) -> Attendee:
    """Replace an attendee's details. The code stays unless a new one is given."""
    current = get_attendee(db, attendee_id)
    resolver = _Resolver(db, current.conference_id)
    resolver.released.add(current.code)
    data = resolver.resolve(replace(data, code=data.code or current.code))
    values = _insert_params(current.conference_id, data, time_out(db.now()))
    values["id"] = attendee_id
    with write_transaction(db):
        values["search_rowid"] = ranks.place_one(db, current.conference_id, values["sort_key"], attendee_id)
        execute(
            db,
            "UPDATE attendees SET full_name = :full_name, salutation = :salutation, position = :position, "
            "unit_id = :unit_id, unit_name = :unit_name, section_id = :section_id, phone = :phone, "
            "email = :email, protocol_rank = :protocol_rank, code = :code, status = :status, "
            "replaces_id = :replaces_id, note = :note, badge_role = :badge_role, name_folded = :name_folded, "
            "position_folded = :position_folded, unit_folded = :unit_folded, code_folded = :code_folded, "
            "sort_key = :sort_key, search_rowid = :search_rowid, updated_at = :now WHERE id = :id",
            values,
        )
        changed = {k: v for k, v in asdict(data).items()
                   if k in asdict(current) and asdict(current)[k] != v}
        audit.record(db, "update", "attendee", attendee_id, conference_id=current.conference_id,
                     **{k: str(v) for k, v in changed.items()})
    return get_attendee(db, attendee_id)


def add_substitute(db: Database, replaced_id: int, data: AttendeeInput) -> Attendee:
    """Someone the unit sent in place of an invited person: same unit and section by default."""
    replaced = get_attendee(db, replaced_id)
    data = replace(
        data,
        status=AttendeeStatus.SUBSTITUTE,
        replaces_id=replaced_id,
        unit_name=data.unit_name or replaced.unit_name,
        unit_id=data.unit_id if data.unit_name else replaced.unit_id,
        section_id=data.section_id if data.section_id is not None else replaced.section_id,
        protocol_rank=data.protocol_rank if data.protocol_rank is not None else replaced.protocol_rank,
    )
    return add_attendee(db, replaced.conference_id, data)


def delete_attendee(db: Database, attendee_id: int) -> None:
    """Remove a person and their check-ins; the audit log keeps who it was."""
    current = get_attendee(db, attendee_id)
    with write_transaction(db):
        execute(db, "DELETE FROM attendees WHERE id = :id", {"id": attendee_id})
        audit.record(db, "delete", "attendee", attendee_id, conference_id=current.conference_id,
                     full_name=current.full_name, unit=current.unit_name, code=current.code)


def copy_attendees(db: Database, source_id: int, target_id: int, section_map: dict[int, int]) -> int:
    """Copy everyone except those replaced by a substitute (the substitute is copied in their
    place, even when they came anyway) as invited, with new codes and nobody checked in."""
    source = list_attendees(db, source_id)
    replaced = {a.replaces_id for a in source if a.replaces_id}
    people = [
        AttendeeInput(
            full_name=a.full_name, salutation=a.salutation, position=a.position, unit_name=a.unit_name,
            unit_id=a.unit_id, section_id=section_map.get(a.section_id) if a.section_id else None,
            phone=a.phone, email=a.email, protocol_rank=a.protocol_rank, note=a.note, badge_role=a.badge_role,
        )
        for a in source
        if a.id not in replaced
    ]
    return len(add_attendees(db, target_id, people, action="copy"))


def delete_attendees(db: Database, attendee_ids: Iterable[int]) -> int:
    """Remove several people at once (all or nothing), after a rolling backup of the file when
    there is more than one; returns how many were removed. Unknown ids are a NotFound."""
    ids = list(dict.fromkeys(attendee_ids))
    people = [get_attendee(db, attendee_id) for attendee_id in ids]
    if len(people) > 1:
        backup.backup_before(db, "delete-attendees")
    with write_transaction(db):
        for person in people:
            execute(db, "DELETE FROM attendees WHERE id = :id", {"id": person.id})
            audit.record(db, "delete", "attendee", person.id, conference_id=person.conference_id,
                         full_name=person.full_name, unit=person.unit_name, code=person.code)
    return len(people)
