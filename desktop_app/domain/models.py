"""The records the program works with, as frozen dataclasses. The store returns these, never rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from desktop_app.domain.kinds import AttendeeStatus, CheckInMethod, Numbering, UnitKind


@dataclass(frozen=True)
class Unit:
    """An organisation in the catalog. Units are data: users edit them, reforms retire them."""

    id: int
    name: str
    kind: UnitKind
    official_order: int = 0
    code: str | None = None
    group: str | None = None
    aliases: tuple[str, ...] = ()
    parent_id: int | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    successor_id: int | None = None
    catalog: str | None = None
    note: str | None = None

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@dataclass(frozen=True)
class Conference:
    id: int
    title: str
    starts_at: datetime
    ends_at: datetime | None = None
    venue: str = ""
    organizer: str = ""          # the organizing agency, e.g. "VĂN PHÒNG UBND TỈNH"
    parent_agency: str = ""      # its parent, e.g. "UBND TỈNH LẠNG SƠN"
    chair: str = ""
    place_name: str = ""         # for the date line: "Lạng Sơn, ngày 14 tháng 9 năm 2022"
    notes: str = ""
    numbering: Numbering = Numbering.CONTINUOUS
    # The invitation (giấy mời) of the conference:
    doc_number: str = ""         # number and symbol without "Số: ", e.g. "123/GM-STTTT"
    invitation_subject: str = ""  # what the invitation is about, under GIẤY MỜI ("" = the title)
    invitation_body: str = ""    # purpose and programme, several lines
    signer_title: str = ""       # e.g. "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", several lines
    signer_name: str = ""
    recipients: str = ""         # the "Nơi nhận" lines


@dataclass(frozen=True)
class ConferenceSummary:
    """A conference with its two headline counts, for lists."""

    conference: Conference
    invited: int
    checked_in: int


@dataclass(frozen=True)
class Section:
    id: int
    conference_id: int
    position: int
    title: str
    kinds: tuple[UnitKind, ...] = ()


@dataclass(frozen=True)
class Topic:
    """A session topic (chuyên đề) of a conference."""

    id: int
    conference_id: int
    position: int
    title: str
    presenter: str = ""
    presenter_unit: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    room: str = ""


@dataclass(frozen=True)
class Attendee:
    """A person on a conference's list. `unit_name` and `position` are as written at the time,
    so an old sheet still prints a unit that has since been merged away."""

    id: int
    conference_id: int
    full_name: str
    code: str
    salutation: str = ""
    position: str = ""
    unit_id: int | None = None
    unit_name: str = ""
    unit_kind: UnitKind | None = None
    unit_order: int | None = None
    section_id: int | None = None
    section_title: str = ""
    section_position: int | None = None
    phone: str = ""
    email: str = ""
    protocol_rank: int = 100
    status: AttendeeStatus = AttendeeStatus.INVITED
    replaces_id: int | None = None
    note: str = ""
    checked_in_at: datetime | None = None
    checked_in_desk: str | None = None
    replaced: bool = False          # a substitute stands in for this person (store/seats.py)
    badge_role: str = ""            # the badge's role line; "" for the section's default (domain/badges.py)

    @property
    def present(self) -> bool:
        return self.checked_in_at is not None


@dataclass(frozen=True)
class AttendeeInput:
    """What a person (or an import row) supplies to add or change an attendee."""

    full_name: str
    salutation: str = ""
    position: str = ""
    unit_name: str = ""
    unit_id: int | None = None
    section_id: int | None = None
    phone: str = ""
    email: str = ""
    protocol_rank: int | None = None
    status: AttendeeStatus = AttendeeStatus.INVITED
    replaces_id: int | None = None
    note: str = ""
    code: str | None = None
    badge_role: str = ""            # "" for the section's default


@dataclass(frozen=True)
class CheckIn:
    id: int
    attendee_id: int
    conference_id: int
    topic_id: int | None
    at: datetime
    desk: str
    method: CheckInMethod
    undone_at: datetime | None = None
    undone_desk: str | None = None
    client_id: str | None = None      # given by the desk that made it: sent twice, recorded once
    double_of: int | None = None      # a double: made at a cut-off desk for someone already in


@dataclass(frozen=True)
class CheckInResult:
    """The outcome of a check-in. When `already` is true nothing was written and `check_in` is
    the earlier one ("already checked in at 07:42 at desk 2"). `replaced_by` is a substitute
    registered for this invited person, the one checked in first if any (both came: the desk
    says so; registered only: the desk warns); `replaces` is whom a substitute stands in for."""

    attendee: Attendee
    check_in: CheckIn
    already: bool = False
    replaced_by: Attendee | None = None
    replaces: Attendee | None = None
    # Sent again with a client id already recorded: nothing new was written, `check_in` is that one.
    recorded_before: bool = False
    # Kept as a double (`check_in` is the new, undone row; its double_of the live one), to review.
    double: bool = False


@dataclass(frozen=True)
class Double:
    """A person checked in at two desks while one was cut off: `second` (kept undone, its
    double_of `first`) and `first`, the check-in that counts; `topic` the title of the topic
    both were for ("" for the conference itself)."""

    attendee: Attendee
    first: CheckIn
    second: CheckIn
    topic: str = ""


@dataclass(frozen=True)
class GroupStats:
    """Attendance of one group (a section, a unit, a topic). `present` is None while the
    check-ins are not counted yet (store.stats.conference_stats(present=False)); so is `absent`."""

    key: str
    title: str
    invited: int
    present: int | None
    kind: UnitKind | None = None

    @property
    def absent(self) -> int | None:
        return None if self.present is None else max(self.invited - self.present, 0)

    @property
    def percent(self) -> float:
        return 100.0 * self.present / self.invited if self.invited and self.present is not None else 0.0


@dataclass(frozen=True)
class ConferenceStats:
    """Counts for a conference. `invited` counts each seat once (store/seats.py): a person
    replaced by a substitute is not counted beside the substitute unless they came anyway."""

    invited: int
    present: int | None          # None: not counted yet, as in GroupStats
    walk_ins: int
    substitutes: int
    sections: tuple[GroupStats, ...] = ()
    units: tuple[GroupStats, ...] = ()
    topics: tuple[GroupStats, ...] = ()

    @property
    def absent(self) -> int | None:
        return None if self.present is None else max(self.invited - self.present, 0)

    @property
    def counted(self) -> bool:
        """Whether the present are counted (see GroupStats)."""
        return self.present is not None

    @property
    def units_absent(self) -> tuple[GroupStats, ...]:
        return tuple(u for u in self.units if u.present == 0 and u.invited > 0)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    desk: str
    action: str
    entity: str
    entity_id: int | None
    conference_id: int | None
    details: dict = field(default_factory=dict)


@dataclass(frozen=True)
class BackupCopy:
    """One automatic backup of a database file: where it is, when and why it was taken."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
