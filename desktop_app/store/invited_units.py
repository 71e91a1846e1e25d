"""Units invited without names ("mời đại diện lãnh đạo … (02 người)"): list, add, change, remove."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.errors import Conflict, NotFound, ValidationError
from desktop_app.domain.invitation import InvitedUnit
from desktop_app.domain.text import clean
from desktop_app.store import audit
from desktop_app.store.engine import Database, execute, insert_returning_id, one, rows, scalar, write_transaction

MAX_SEATS = 999


def _unit(r: dict[str, Any]) -> InvitedUnit:
    return InvitedUnit(id=r["id"], conference_id=r["conference_id"], unit_name=r["unit_name"], seats=r["seats"],
                       section_id=r["section_id"], unit_id=r["unit_id"], note=r["note"])


def list_invited_units(db: Database, conference_id: int, *, section_id: int | None = None) -> list[InvitedUnit]:
    """In the order they were added; only one section's with `section_id`."""
    sql = "SELECT * FROM invited_units WHERE conference_id = :c"
    params: dict[str, Any] = {"c": conference_id}
    if section_id is not None:
        sql += " AND section_id = :s"
        params["s"] = section_id
    return [_unit(r) for r in rows(db, sql + " ORDER BY id", params)]


def get_invited_unit(db: Database, invited_id: int) -> InvitedUnit:
    r = one(db, "SELECT * FROM invited_units WHERE id = :id", {"id": invited_id})
    if r is None:
        raise NotFound(entity="invited_unit", id=invited_id)
    return _unit(r)


def _checked(unit_name: str, seats: int) -> str:
    name = clean(unit_name)
    if not name:
        raise ValidationError("required", field="unit_name")
    if not 1 <= seats <= MAX_SEATS:
        raise ValidationError("out_of_range", field="seats", value=seats, low=1, high=MAX_SEATS)
    return name


def _taken(db: Database, conference_id: int, name: str, other_than: int = 0) -> bool:
    return bool(scalar(db, "SELECT count(*) FROM invited_units WHERE conference_id = :c AND unit_name = :n "
                           "AND id <> :id", {"c": conference_id, "n": name, "id": other_than}))


def add_invited_unit(db: Database, conference_id: int, unit_name: str, *, seats: int = 1,
                     section_id: int | None = None, unit_id: int | None = None, note: str = "") -> InvitedUnit:
    name = _checked(unit_name, seats)
    with write_transaction(db):
        if scalar(db, "SELECT count(*) FROM conferences WHERE id = :c", {"c": conference_id}) == 0:
            raise NotFound(entity="conference", id=conference_id)
        if _taken(db, conference_id, name):
            raise Conflict("invited_unit_exists", unit_name=name)
        new_id = insert_returning_id(
            db, "INSERT INTO invited_units (conference_id, section_id, unit_id, unit_name, seats, note) "
                "VALUES (:c, :s, :u, :n, :seats, :note)",
            {"c": conference_id, "s": section_id, "u": unit_id, "n": name, "seats": seats, "note": clean(note)})
        audit.record(db, "add", "invited_unit", new_id, conference_id=conference_id, unit_name=name)
    return get_invited_unit(db, new_id)


def update_invited_unit(db: Database, invited_id: int, *, unit_name: str, seats: int,
                        section_id: int | None = None, note: str = "") -> InvitedUnit:
    old = get_invited_unit(db, invited_id)
    name = _checked(unit_name, seats)
    with write_transaction(db):
        if _taken(db, old.conference_id, name, invited_id):
            raise Conflict("invited_unit_exists", unit_name=name)
        execute(db, "UPDATE invited_units SET unit_name = :n, seats = :seats, section_id = :s, note = :note "
                    "WHERE id = :id",
                {"n": name, "seats": seats, "s": section_id, "note": clean(note), "id": invited_id})
        audit.record(db, "update", "invited_unit", invited_id, conference_id=old.conference_id, unit_name=name)
    return get_invited_unit(db, invited_id)


def remove_invited_unit(db: Database, invited_id: int) -> None:
    old = get_invited_unit(db, invited_id)
    with write_transaction(db):
        execute(db, "DELETE FROM invited_units WHERE id = :id", {"id": invited_id})
        audit.record(db, "delete", "invited_unit", invited_id, conference_id=old.conference_id,
                     unit_name=old.unit_name)
