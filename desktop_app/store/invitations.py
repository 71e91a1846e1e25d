"""The invitations of a conference as the pages that the PDF and the Word copy both draw."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.invitation import Invitation, InvitationOptions, build_invitations, invited
from desktop_app.store.attendees import list_attendees
from desktop_app.store.conferences import get_conference
from desktop_app.store.engine import Database
from desktop_app.store.invited_units import list_invited_units
from desktop_app.store.lists import section_id_at, substitutions
from desktop_app.store.topics import list_topics


def invitation_pages(db: Database, conference_id: int, options: InvitationOptions | None = None, *,
                     today: date) -> list[Invitation]:
    """A page per invited person (protocol order), then one per unit invited without names."""
    options = options or InvitationOptions()
    conference = get_conference(db, conference_id)
    section_id = None
    if options.section_position is not None:
        section_id = section_id_at(db, conference_id, options.section_position)
    people = invited(list_attendees(db, conference_id, section_id=section_id),
                     substitutions(db, conference_id).gave_up)
    units = list_invited_units(db, conference_id, section_id=section_id)
    return build_invitations(conference, list_topics(db, conference_id), people, units, today=today,
                             options=options)
