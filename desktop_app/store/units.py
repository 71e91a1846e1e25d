"""The unit catalog: load shipped catalogs, list units, match a written unit name to one."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.domain.catalog import DEFAULT_CATALOGS, Catalog, shipped_catalog, unit_match_key
from desktop_app.domain.errors import NotFound, ValidationError
from desktop_app.domain.kinds import UnitKind
from desktop_app.domain.models import Unit
from desktop_app.domain.text import clean, fold
from desktop_app.store import audit
from desktop_app.store.convert import date_in, date_out
from desktop_app.store.engine import (
    Database,
    execute,
    insert_returning_id,
    one,
    rows,
    scalar,
    snippet,
    write_transaction,
)

_SELECT = """
SELECT u.*, (SELECT {aliases} FROM unit_aliases a
             WHERE a.unit_id = u.id AND a.alias <> u.name) AS alias_list
FROM units u
"""


def _select(db: Database) -> str:
    return _SELECT.format(aliases=snippet(db, "aliases_joined", expr="alias"))


def _unit(r: dict[str, Any]) -> Unit:
    aliases = tuple(r["alias_list"].split("\x1f")) if r.get("alias_list") else ()
    return Unit(
        id=r["id"], name=r["name"], kind=UnitKind(r["kind"]), official_order=r["official_order"],
        code=r["code"], group=r["group_name"], aliases=aliases, parent_id=r["parent_id"],
        valid_from=date_in(r["valid_from"]), valid_to=date_in(r["valid_to"]),
        successor_id=r["successor_id"], catalog=r["catalog"], note=r["note"],
    )


def catalog_loaded(db: Database, catalog: str) -> bool:
    return bool(scalar(db, "SELECT 1 FROM units WHERE catalog = :c LIMIT 1", {"c": catalog}))


def load_catalog(db: Database, catalog: Catalog) -> int:
    """Add a catalog's units (skipping those already there); returns how many were added."""
    added = 0
    with write_transaction(db):
        for entry in catalog.entries:
            exists = scalar(
                db, "SELECT id FROM units WHERE catalog = :c AND name_folded = :f",
                {"c": catalog.name, "f": fold(entry.name)},
            )
            if exists:
                continue
            unit_id = _insert(db, entry.name, entry.kind, entry.order, code=entry.code, group=entry.group,
                              valid_from=entry.valid_from, valid_to=entry.valid_to, catalog=catalog.name,
                              note=entry.note)
            _set_aliases(db, unit_id, entry.name, entry.aliases)
            added += 1
        for entry in catalog.entries:
            if entry.successor:
                execute(
                    db,
                    "UPDATE units SET successor_id = (SELECT id FROM units WHERE name_folded = :s "
                    "ORDER BY catalog = :c DESC LIMIT 1) WHERE catalog = :c AND name_folded = :f",
                    {"s": fold(entry.successor), "c": catalog.name, "f": fold(entry.name)},
                )
        if added:
            audit.record(db, "load_catalog", "unit", None, catalog=catalog.name, added=added)
    return added


def _insert(db: Database, name: str, kind: UnitKind, order: int, **extra: Any) -> int:
    new_id = insert_returning_id(
        db,
        "INSERT INTO units (name, name_folded, kind, official_order, code, group_name, valid_from, "
        "valid_to, catalog, note) VALUES (:name, :folded, :kind, :order, :code, :group, :valid_from, "
        ":valid_to, :catalog, :note)",
        {
            "name": name, "folded": fold(name), "kind": str(kind), "order": order,
            "code": extra.get("code"), "group": extra.get("group"),
            "valid_from": date_out(extra.get("valid_from")), "valid_to": date_out(extra.get("valid_to")),
            "catalog": extra.get("catalog"), "note": extra.get("note"),
        },
    )
    return new_id


def _set_aliases(db: Database, unit_id: int, name: str, aliases: tuple[str, ...]) -> None:
    execute(db, "DELETE FROM unit_aliases WHERE unit_id = :id", {"id": unit_id})
    for alias in (name, *aliases):
        execute(
            db,
            "INSERT INTO unit_aliases (unit_id, alias, match_key) VALUES (:id, :alias, :key) ON CONFLICT DO NOTHING",
            {"id": unit_id, "alias": alias, "key": unit_match_key(alias)},
        )


def add_unit(
    db: Database, name: str, kind: UnitKind, *, official_order: int = 1000,
    aliases: tuple[str, ...] = (), note: str | None = None, valid_from: date | None = None,
    valid_to: date | None = None, successor_id: int | None = None,
) -> Unit:
    """A unit added by a person (catalog "user")."""
    name = clean(name)
    if not name:
        raise ValidationError("required", field="name")
    _check_dates(valid_from, valid_to)
    with write_transaction(db):
        unit_id = _insert(db, name, kind, official_order, catalog="user", note=note,
                          valid_from=valid_from, valid_to=valid_to)
        _set_aliases(db, unit_id, name, tuple(clean(a) for a in aliases if clean(a)))
        _set_successor(db, unit_id, successor_id)
        audit.record(db, "add", "unit", unit_id, name=name, kind=str(kind))
    return get_unit(db, unit_id)


def update_unit(
    db: Database, unit_id: int, *, name: str, kind: UnitKind, official_order: int,
    aliases: tuple[str, ...] = (), valid_to: date | None = None, valid_from: date | None = None,
    successor_id: int | None = None,
) -> Unit:
    """Edit a unit. Attendees keep the unit name as it was written when they were registered."""
    name = clean(name)
    if not name:
        raise ValidationError("required", field="name")
    _check_dates(valid_from, valid_to)
    get_unit(db, unit_id)
    with write_transaction(db):
        execute(
            db,
            "UPDATE units SET name = :name, name_folded = :folded, kind = :kind, "
            "official_order = :order, valid_from = :valid_from, valid_to = :valid_to WHERE id = :id",
            {"name": name, "folded": fold(name), "kind": str(kind), "order": official_order,
             "valid_from": date_out(valid_from), "valid_to": date_out(valid_to), "id": unit_id},
        )
        _set_aliases(db, unit_id, name, tuple(clean(a) for a in aliases if clean(a)))
        _set_successor(db, unit_id, successor_id)
        audit.record(db, "update", "unit", unit_id, name=name)
    return get_unit(db, unit_id)


def _check_dates(valid_from: date | None, valid_to: date | None) -> None:
    if valid_from is not None and valid_to is not None and valid_to < valid_from:
        raise ValidationError("end_before_start", field="valid_to")


def _set_successor(db: Database, unit_id: int, successor_id: int | None) -> None:
    """The unit that took over after a merger; a unit is not its own successor."""
    if successor_id == unit_id:
        raise ValidationError("own_successor", field="successor_id")
    if successor_id is not None:
        get_unit(db, successor_id)
    execute(db, "UPDATE units SET successor_id = :s WHERE id = :id", {"s": successor_id, "id": unit_id})


def conference_unit_names(db: Database, conference_id: int) -> list[str]:
    """The unit names written in a conference, the most used first: what a form offers first."""
    return [r["unit_name"] for r in rows(
        db, "SELECT unit_name, count(*) AS n FROM attendees WHERE conference_id = :c AND unit_name <> '' "
            "GROUP BY unit_name ORDER BY count(*) DESC, unit_name", {"c": conference_id})]


def get_unit(db: Database, unit_id: int) -> Unit:
    r = one(db, _select(db) + " WHERE u.id = :id", {"id": unit_id})
    if r is None:
        raise NotFound(entity="unit", id=unit_id)
    return _unit(r)


def list_units(
    db: Database, *, kind: UnitKind | None = None, valid_on: date | None = None
) -> list[Unit]:
    """Units in official order; `valid_on` keeps those that existed on that day."""
    sql = _select(db) + " WHERE (:kind IS NULL OR u.kind = :kind)"
    params: dict[str, Any] = {"kind": str(kind) if kind else None, "day": date_out(valid_on)}
    if valid_on is not None:
        sql += (" AND (u.valid_from IS NULL OR u.valid_from <= :day)"
                " AND (u.valid_to IS NULL OR u.valid_to >= :day)")
    sql += " ORDER BY u.official_order, u.name_folded"
    return [_unit(r) for r in rows(db, sql, params)]


def match_unit(db: Database, written: str, *, on: date | None = None) -> Unit | None:
    """The catalog unit a written name refers to (by name or alias, accents and case ignored).
    When several match, one valid on `on` wins, then the lowest official order."""
    key = unit_match_key(written)
    if not key:
        return None
    candidates = rows(
        db,
        _select(db) + " JOIN unit_aliases al ON al.unit_id = u.id WHERE al.match_key = :key "
        "GROUP BY u.id ORDER BY u.official_order",
        {"key": key},
    )
    if not candidates:
        return None
    units = [_unit(r) for r in candidates]
    if on is not None:
        valid = [u for u in units if u.valid_on(on)]
        if valid:
            return valid[0]
    return units[0]


def match_keys(db: Database) -> dict[str, int]:
    """Every alias key and its unit id, for bulk matching during an import."""
    return {
        r["match_key"]: r["unit_id"]
        for r in rows(db, "SELECT match_key, min(unit_id) AS unit_id FROM unit_aliases GROUP BY match_key")
    }


def ensure_default_catalogs(db: Database) -> None:
    """Load the shipped catalogs (Lạng Sơn 2022 and the 2025 communes) if not loaded yet."""
    for name in DEFAULT_CATALOGS:
        if not catalog_loaded(db, name):
            load_catalog(db, shipped_catalog(name))
