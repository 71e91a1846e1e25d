"""What a list of attendees is asked for (filters) and what its groups hold (sections, units),
for views that must stay fast at 100,000 people: they ask for ids and counts, then pages."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop_app.domain.kinds import UnitKind


class PresenceFilter(enum.StrEnum):
    """Which people a list shows by their attendance and status."""

    ALL = "all"
    PRESENT = "present"
    ABSENT = "absent"            # not checked in and not replaced by a substitute
    WALK_IN = "walk_in"
    SUBSTITUTE = "substitute"


@dataclass(frozen=True)
class AttendeeFilter:
    """Filters of an attendee list. `kinds` empty means every kind; an attendee whose unit is not
    in the catalog counts as kind OTHER. `topic_id` chooses whose attendance "present" means."""

    text: str = ""
    kinds: tuple[UnitKind, ...] = ()
    presence: PresenceFilter = PresenceFilter.ALL
    topic_id: int | None = None

    @property
    def active(self) -> bool:
        return bool(self.text.strip() or self.kinds or self.presence is not PresenceFilter.ALL)


@dataclass(frozen=True)
class UnitGroup:
    """One unit inside one section of a conference. `invited` and `present` count seats (the rule
    of store/seats.py: a person replaced by a substitute is not a seat unless they came anyway);
    `matched` counts the people of the group that the filter lets through. `present` is None
    while it is not counted yet (a million people's groups are shown before their check-ins are
    counted: store.listing.attendee_groups(present=False))."""

    key: str                     # "unit:<id>" for a catalog unit, "name:<folded name>" otherwise
    title: str
    kind: UnitKind | None
    invited: int
    present: int | None
    matched: int


@dataclass(frozen=True)
class SectionGroup:
    section_id: int | None       # None: people without a section
    title: str
    invited: int
    present: int | None          # None: not counted yet, as in UnitGroup
    matched: int
    units: tuple[UnitGroup, ...] = ()
