"""Conferences: create, edit, list with their counts, duplicate, delete."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import datetime
from typing import Any

from desktop_app.domain.errors import NotFound, ValidationError
from desktop_app.domain.kinds import Numbering
from desktop_app.domain.models import Conference, ConferenceSummary
from desktop_app.domain.sections import default_sections, numbered_title
from desktop_app.domain.text import clean
from desktop_app.domain.validation import validate_conference_fields
from desktop_app.store import audit, backup, seats
from desktop_app.store.convert import kinds_out, time_in, time_out
from desktop_app.store.engine import Database, execute, insert_returning_id, one, rows, scalar, write_transaction

_TEXT_FIELDS = ("venue", "organizer", "parent_agency", "chair", "place_name", "doc_number", "invitation_subject",
                "signer_name")
_MULTILINE_FIELDS = ("notes", "invitation_body", "signer_title", "recipients")
_COLUMNS = ("title", "starts_at", "ends_at", *_TEXT_FIELDS, *_MULTILINE_FIELDS, "numbering")


def _conference(r: dict[str, Any]) -> Conference:
    return Conference(
        id=r["id"], title=r["title"], starts_at=time_in(r["starts_at"]), ends_at=time_in(r["ends_at"]),
        venue=r["venue"], organizer=r["organizer"], parent_agency=r["parent_agency"], chair=r["chair"],
        place_name=r["place_name"], notes=r["notes"], numbering=Numbering(r["numbering"]),
        doc_number=r["doc_number"], invitation_subject=r["invitation_subject"],
        invitation_body=r["invitation_body"], signer_title=r["signer_title"], signer_name=r["signer_name"],
        recipients=r["recipients"],
    )


def _params(c: Conference) -> dict[str, Any]:
    title = validate_conference_fields(c.title, c.starts_at, c.ends_at)
    values = {name: clean(getattr(c, name)) for name in _TEXT_FIELDS}
    for name, value in values.items():
        if len(value) > 500:
            raise ValidationError("too_long", field=name, limit=500, length=len(value))
    return {
        "title": title, "starts_at": time_out(c.starts_at), "ends_at": time_out(c.ends_at),
        **values, **{name: clean(getattr(c, name), multiline=True) for name in _MULTILINE_FIELDS},
        "numbering": str(Numbering(c.numbering)),
    }


def create_conference(
    db: Database,
    title: str,
    starts_at: datetime,
    *,
    ends_at: datetime | None = None,
    with_default_sections: bool = True,
    **details: Any,
) -> Conference:
    """A new conference; it gets the usual sections for its date unless told otherwise."""
    draft = Conference(id=0, title=title, starts_at=starts_at, ends_at=ends_at, **details)
    params = _params(draft)
    now = time_out(db.now())
    with write_transaction(db):
        conference_id = insert_returning_id(
            db,
            f"INSERT INTO conferences ({', '.join(_COLUMNS)}, created_at, updated_at) "
            f"VALUES ({', '.join(':' + c for c in _COLUMNS)}, :now, :now)",
            {**params, "now": now},
        )
        if with_default_sections:
            for position, template in enumerate(default_sections(starts_at.date()), start=1):
                execute(
                    db,
                    "INSERT INTO sections (conference_id, position, title, kinds) "
                    "VALUES (:c, :p, :t, :k)",
                    {"c": conference_id, "p": position, "t": numbered_title(position, template.title),
                     "k": kinds_out(template.kinds)},
                )
        audit.record(db, "add", "conference", conference_id, conference_id=conference_id,
                     title=params["title"])
    return get_conference(db, conference_id)


def update_conference(db: Database, conference: Conference) -> Conference:
    get_conference(db, conference.id)
    params = _params(conference)
    with write_transaction(db):
        execute(
            db,
            f"UPDATE conferences SET {', '.join(f'{c} = :{c}' for c in _COLUMNS)}, updated_at = :now "
            "WHERE id = :id",
            {**params, "now": time_out(db.now()), "id": conference.id},
        )
        audit.record(db, "update", "conference", conference.id, conference_id=conference.id,
                     title=params["title"])
    return get_conference(db, conference.id)


def get_conference(db: Database, conference_id: int) -> Conference:
    r = one(db, "SELECT * FROM conferences WHERE id = :id", {"id": conference_id})
    if r is None:
        raise NotFound(entity="conference", id=conference_id)
    return _conference(r)


def newest_conference_id(db: Database) -> int | None:
    """The conference list's first entry (newest first), without counting anyone."""
    return scalar(db, "SELECT id FROM conferences ORDER BY starts_at DESC, id DESC LIMIT 1")


def list_conferences(db: Database) -> list[ConferenceSummary]:
    """Every conference, newest first, with invited and checked-in counts.

    Invited: the seats (store.seats): the people of the conference less those who gave their seat
    up, found from the few substitutes rather than by asking about every attendee, in one count
    for all conferences (one per conference read every substitute of the file each time: 1.5 s
    at 500 conferences): the window asks at every start. Checked in: counted in the
    check_ins_scope index alone (its expression `coalesce(topic_id, 0)`, not `topic_id IS NULL`,
    which read every check-in's row)."""
    result = rows(
        db,
        f"""
        SELECT c.*,
          (SELECT count(*) FROM attendees a WHERE a.conference_id = c.id) - coalesce(g.n, 0) AS invited,
          (SELECT count(*) FROM check_ins k WHERE k.conference_id = c.id
             AND coalesce(k.topic_id, 0) = 0 AND k.undone_at IS NULL) AS checked_in
        FROM conferences c
        LEFT JOIN (SELECT conference_id, count(*) AS n FROM ({seats.gave_up(None)}) x GROUP BY conference_id) g
          ON g.conference_id = c.id
        ORDER BY c.starts_at DESC, c.id DESC
        """,
    )
    return [ConferenceSummary(_conference(r), r["invited"], r["checked_in"]) for r in result]


def delete_conference(db: Database, conference_id: int) -> None:
    """Remove a conference with its sections, topics, attendees and check-ins, after a rolling
    backup of the whole file (restorable with `hoinghi restore`); the audit log keeps a record."""
    conference = get_conference(db, conference_id)
    backup.backup_before(db, "delete-conference")
    with write_transaction(db):
        execute(db, "DELETE FROM conferences WHERE id = :id", {"id": conference_id})
        audit.record(db, "delete", "conference", conference_id, conference_id=conference_id,
                     title=conference.title)


def duplicate_conference(
    db: Database,
    conference_id: int,
    *,
    title: str,
    starts_at: datetime,
    ends_at: datetime | None = None,
    with_attendees: bool = False,
) -> Conference:
    """A copy with the same sections and topics (topic times moved by the same offset) and,
    optionally, the same people as invited, nobody checked in, new codes."""
    from desktop_app.store import attendees as attendee_store

    source = get_conference(db, conference_id)
    shift = starts_at - source.starts_at
    copy = replace(source, title=title, starts_at=starts_at, ends_at=ends_at)
    with write_transaction(db):
        details = {f.name: getattr(copy, f.name) for f in fields(copy)
                   if f.name not in ("id", "title", "starts_at", "ends_at")}
        new = create_conference(db, title, starts_at, ends_at=ends_at, with_default_sections=False,
                                **details)
        section_map: dict[int, int] = {}
        for r in rows(db, "SELECT * FROM sections WHERE conference_id = :c ORDER BY position",
                      {"c": conference_id}):
            section_map[r["id"]] = insert_returning_id(
                db, "INSERT INTO sections (conference_id, position, title, kinds) VALUES (:c, :p, :t, :k)",
                {"c": new.id, "p": r["position"], "t": r["title"], "k": r["kinds"]})
        for r in rows(db, "SELECT * FROM topics WHERE conference_id = :c ORDER BY position",
                      {"c": conference_id}):
            execute(db, "INSERT INTO topics (conference_id, position, title, presenter, presenter_unit, "
                        "starts_at, ends_at, room) VALUES (:c, :p, :t, :pr, :pu, :s, :e, :room)",
                    {"c": new.id, "p": r["position"], "t": r["title"], "pr": r["presenter"],
                     "pu": r["presenter_unit"], "room": r["room"],
                     "s": time_out(_shift(time_in(r["starts_at"]), shift)),
                     "e": time_out(_shift(time_in(r["ends_at"]), shift))})
        if with_attendees:
            attendee_store.copy_attendees(db, conference_id, new.id, section_map)
        audit.record(db, "duplicate", "conference", new.id, conference_id=new.id, source=conference_id)
    return get_conference(db, new.id)


def _shift(value: datetime | None, by: Any) -> datetime | None:
    return None if value is None else value + by
