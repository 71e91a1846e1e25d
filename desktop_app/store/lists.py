"""Queries for spreadsheets and paper: the sign-in sheet of a conference as the model that the
workbook and the PDF both draw."""

from __future__ import annotations

from datetime import datetime

from desktop_app.domain.errors import NotFound
from desktop_app.domain.models import Attendee
from desktop_app.domain.signin import SheetOptions, SignInSheet, Substitutions, build_sheet
from desktop_app.store import seats
from desktop_app.store.attendees import list_attendees
from desktop_app.store.conferences import get_conference
from desktop_app.store.convert import time_in
from desktop_app.store.engine import Database, rows
from desktop_app.store.sections import list_sections


def signin_sheet(db: Database, conference_id: int, options: SheetOptions | None = None) -> SignInSheet:
    """The conference's sign-in sheet (or a blank one) in the options' order and layout."""
    options = options or SheetOptions()
    conference = get_conference(db, conference_id)
    sections = list_sections(db, conference_id)
    people: list[Attendee] = []
    if options.blank_rows <= 0:
        section_id = None
        if options.section_position is not None:
            section_id = section_id_at(db, conference_id, options.section_position)
        people = list_attendees(db, conference_id, order=options.order, section_id=section_id)
    return build_sheet(conference, sections, people, options, substitutions(db, conference_id))


def substitutions(db: Database, conference_id: int) -> Substitutions:
    """Who stands in for whom in a conference, and who gave their seat up (seats.py's rule)."""
    found = rows(db, f"SELECT s.id AS substitute_id, r.id AS replaced_id, r.full_name AS replaced_name, "
                     f"CASE WHEN {seats.came('r')} THEN 1 ELSE 0 END AS came "
                     f"FROM attendees s JOIN attendees r ON r.id = s.replaces_id "
                     f"WHERE s.conference_id = :c", {"c": conference_id})
    return Substitutions(
        replaced_names={r["substitute_id"]: r["replaced_name"] for r in found},
        gave_up=frozenset(r["replaced_id"] for r in found if not r["came"]),
    )


def section_id_at(db: Database, conference_id: int, position: int) -> int:
    """The id of the conference's section printed with number `position` (2 for "II.")."""
    ordered = sorted(list_sections(db, conference_id), key=lambda s: (s.position, s.id))
    if not 1 <= position <= len(ordered):
        raise NotFound(entity="section", id=position)
    return ordered[position - 1].id


def topic_check_ins(db: Database, conference_id: int) -> dict[int, dict[int, datetime]]:
    """For each session topic of a conference, who checked in to it and when (live check-ins)."""
    out: dict[int, dict[int, datetime]] = {}
    for r in rows(db, "SELECT k.topic_id, k.attendee_id, k.checked_in_at FROM check_ins k "
                      "WHERE k.conference_id = :c AND k.topic_id IS NOT NULL AND k.undone_at IS NULL",
                  {"c": conference_id}):
        at = time_in(r["checked_in_at"])
        if at is not None:
            out.setdefault(r["topic_id"], {})[r["attendee_id"]] = at
    return out
