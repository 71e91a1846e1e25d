"""A badge's role line (ĐẠI BIỂU, KHÁCH MỜI, BAN TỔ CHỨC, PHÓNG VIÊN): the attendee's own, or the
default of their section: a section of the press (every kind it takes is the press) gives
PHÓNG VIÊN, any other section ĐẠI BIỂU; a person in no section goes by their unit's kind.
The texts are the document's own Vietnamese wording, not interface text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from desktop_app.domain.kinds import UnitKind
from desktop_app.domain.models import Attendee, Section

DELEGATE, GUEST, ORGANIZERS, PRESS = "ĐẠI BIỂU", "KHÁCH MỜI", "BAN TỔ CHỨC", "PHÓNG VIÊN"
BADGE_ROLES = (DELEGATE, GUEST, ORGANIZERS, PRESS)


def default_role(kinds: Iterable[UnitKind], unit_kind: UnitKind | None = None) -> str:
    """The role a section with these unit kinds gives (no kinds: the unit's own kind decides)."""
    kinds = tuple(kinds)
    if kinds:
        return PRESS if all(k is UnitKind.PRESS for k in kinds) else DELEGATE
    return PRESS if unit_kind is UnitKind.PRESS else DELEGATE


def badge_role(person: Attendee, sections: Iterable[Section]) -> str:
    """The role line printed on `person`'s badge."""
    if person.badge_role:
        return person.badge_role
    section = next((s for s in sections if s.id == person.section_id), None)
    return default_role(section.kinds if section else (), person.unit_kind)


def with_roles(people: Iterable[Attendee], sections: Iterable[Section]) -> list[Attendee]:
    """`people` with each one's role line filled in (their own, or their section's default)."""
    sections = list(sections)
    return [replace(p, badge_role=badge_role(p, sections)) for p in people]
