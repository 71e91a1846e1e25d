"""Sections of a conference: ordered headings ("II. CÁC SỞ, BAN, NGÀNH") mapped from unit kinds."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.errors import NotFound, ValidationError
from desktop_app.domain.kinds import UnitKind
from desktop_app.domain.models import Section
from desktop_app.domain.sections import section_for_kind
from desktop_app.domain.text import clean
from desktop_app.store import audit
from desktop_app.store.convert import kinds_in, kinds_out
from desktop_app.store.engine import (
    Database,
    execute,
    insert_returning_id,
    moved,
    one,
    renumber,
    rows,
    scalar,
    write_transaction,
)


def _section(r: dict[str, Any]) -> Section:
    return Section(id=r["id"], conference_id=r["conference_id"], position=r["position"],
                   title=r["title"], kinds=kinds_in(r["kinds"]))


def list_sections(db: Database, conference_id: int) -> list[Section]:
    return [_section(r) for r in rows(
        db, "SELECT * FROM sections WHERE conference_id = :c ORDER BY position, id", {"c": conference_id})]


def get_section(db: Database, section_id: int) -> Section:
    r = one(db, "SELECT * FROM sections WHERE id = :id", {"id": section_id})
    if r is None:
        raise NotFound(entity="section", id=section_id)
    return _section(r)


def add_section(db: Database, conference_id: int, title: str, kinds: tuple[UnitKind, ...] = ()) -> Section:
    title = clean(title)
    if not title:
        raise ValidationError("required", field="title")
    with write_transaction(db):
        position = (scalar(db, "SELECT max(position) FROM sections WHERE conference_id = :c",
                           {"c": conference_id}) or 0) + 1
        section_id = insert_returning_id(
            db, "INSERT INTO sections (conference_id, position, title, kinds) VALUES (:c, :p, :t, :k)",
            {"c": conference_id, "p": position, "t": title, "k": kinds_out(kinds)})
        audit.record(db, "add", "section", section_id, conference_id=conference_id, title=title)
    return get_section(db, section_id)


def update_section(db: Database, section_id: int, *, title: str, kinds: tuple[UnitKind, ...]) -> Section:
    section = get_section(db, section_id)
    title = clean(title)
    if not title:
        raise ValidationError("required", field="title")
    with write_transaction(db):
        execute(db, "UPDATE sections SET title = :t, kinds = :k WHERE id = :id",
                {"t": title, "k": kinds_out(kinds), "id": section_id})
        audit.record(db, "update", "section", section_id, conference_id=section.conference_id, title=title)
    return get_section(db, section_id)


def move_section(db: Database, section_id: int, new_position: int) -> None:
    """Move a section to `new_position` (1-based); the others close up around it."""
    item = get_section(db, section_id)
    ids = moved([x.id for x in list_sections(db, item.conference_id)], section_id, new_position)
    with write_transaction(db):
        renumber(db, "sections", ids)
        audit.record(db, "move", "section", section_id, conference_id=item.conference_id, position=new_position)


def delete_section(db: Database, section_id: int) -> None:
    """Remove a section; its attendees stay, without a section."""
    section = get_section(db, section_id)
    with write_transaction(db):
        execute(db, "DELETE FROM sections WHERE id = :id", {"id": section_id})
        audit.record(db, "delete", "section", section_id, conference_id=section.conference_id,
                     title=section.title)


def section_id_for_kind(db: Database, conference_id: int, kind: UnitKind | None) -> int | None:
    """The section that takes units of `kind` in this conference (the first that lists it)."""
    return section_for_kind(kind, [(s.id, s.kinds) for s in list_sections(db, conference_id)])
