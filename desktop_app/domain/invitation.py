"""The invitation (giấy mời) of Decree 30/2020/NĐ-CP as data: what one page says, for one invited
person or for a unit invited without names. The PDF (printing/) and the Word copy (exchange/) both
use it, so paper and Word never disagree.

Who gets one: everyone on the list who holds an invitation's seat, i.e. the invited, the
registered and the substitutes ("người đi thay", who need the code to check in); not a walk-in
(they came unannounced) and not a person a substitute replaces who has not come (the unit sent
someone else in their place: seats.py's rule, via `gave_up`).

The texts here are the document's own Vietnamese wording, not interface text."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.dates import vn_date_line, vn_short_date, vn_time
from desktop_app.domain.kinds import AttendeeStatus
from desktop_app.domain.models import Attendee, Conference, Topic
from desktop_app.domain.signin import MOTTO, NATION
from desktop_app.domain.text import fold

TITLE = "GIẤY MỜI"
SIGNED = "(đã ký)"
CLOSING = "Trân trọng kính mời./."
_WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


@dataclass(frozen=True)
class InvitedUnit:
    """A unit invited without names: the invitation asks it to send `seats` people."""

    id: int
    conference_id: int
    unit_name: str
    seats: int = 1
    section_id: int | None = None
    unit_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Invitation:
    """One page: the addressee's lines and the conference's; `code` is None for a unit's."""

    header_left: tuple[str, ...]       # parent agency (plain), organizer (bold)
    header_right: tuple[str, ...]      # nation, motto
    number_line: str                   # "Số: 123/GM-STTTT"
    date_line: str                     # "Lạng Sơn, ngày 10 tháng 9 năm 2022"
    subject: str
    addressee: str                     # "Kính gửi: Ông Nguyễn Văn A, Giám đốc, Sở Nội vụ"
    body: tuple[str, ...]              # paragraphs: purpose, time, place, topics, the closing line
    recipients: tuple[str, ...]        # "Nơi nhận:" lines
    signer_title: tuple[str, ...]
    signer_name: str
    signed: bool = False               # "(đã ký)" in the signing space
    code: str | None = None
    unit_name: str = ""                # for one file per unit
    file_stem: str = ""                # for one file per person
    title: str = TITLE
    values: Mapping[str, str] = field(default_factory=dict)   # the Word template's placeholders


@dataclass(frozen=True)
class InvitationOptions:
    section_position: int | None = None    # only this section (its number: 2 for "II.")
    issued_on: date | None = None          # the date line; None: today, never after the conference
    signed: bool = False                   # print "(đã ký)" in the signing space
    with_units: bool = True                # units invited without names get a page too


def invited(people: Sequence[Attendee], gave_up: Collection[int] = ()) -> list[Attendee]:
    """Those who get an invitation (see the module's docstring), in the given order."""
    return [a for a in people if a.status is not AttendeeStatus.WALK_IN and a.id not in gave_up]


def issue_date(conference: Conference, today: date, wanted: date | None = None) -> date:
    """The invitation's date: as asked, else today, but never after the conference starts."""
    return wanted or min(today, conference.starts_at.date())


def time_line(conference: Conference) -> str:
    """ "Thời gian: 07 giờ 30 phút, thứ Tư, ngày 14/9/2022" (and its end when it has one)."""
    start = conference.starts_at
    line = f"Thời gian: {vn_time(start)}, {_WEEKDAYS[start.weekday()]}, ngày {vn_short_date(start.date())}"
    end = conference.ends_at
    if end is not None and end.date() != start.date():
        line += f" đến ngày {vn_short_date(end.date())}"
    elif end is not None and end > start:
        line += f" (đến {vn_time(end)})"
    return line


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _topic_line(t: Topic) -> str:
    who = ", ".join(x for x in (t.presenter, t.presenter_unit) if x)
    return f"- {t.title}" + (f" ({who})" if who else "")


def conference_body(conference: Conference, topics: Sequence[Topic]) -> tuple[str, ...]:
    """The purpose, time, place and topics: the same for every invitation of the conference."""
    body = list(_lines(conference.invitation_body))
    body.append(time_line(conference))
    if conference.venue:
        body.append(f"Địa điểm: {conference.venue}")
    if topics:
        body.append("Nội dung:")
        body += [_topic_line(t) for t in topics]
    return tuple(body)


def addressee_line(person: Attendee) -> str:
    name = " ".join(x for x in (person.salutation, person.full_name) if x)
    return "Kính gửi: " + ", ".join(x for x in (name, person.position, person.unit_name) if x)


def file_stem(text: str) -> str:
    """A file name anyone's mail program and any zip tool keep: folded to ASCII, words joined by "-"."""
    words = re.findall(r"[a-z0-9]+", fold(text).lower())
    return "-".join(words)[:60] or "giay-moi"


@dataclass(frozen=True)
class _Common:
    conference: Conference
    body: tuple[str, ...]
    issued_on: date
    signed: bool


PERSON_PLACEHOLDERS = ("ho_ten", "danh_xung", "chuc_vu", "don_vi", "ma", "qr", "kinh_gui")
CONFERENCE_PLACEHOLDERS = ("hoi_nghi", "thoi_gian", "dia_diem", "so_ky_hieu", "ngay_thang", "trich_yeu",
                           "noi_dung", "noi_nhan", "chuc_danh_ky", "nguoi_ky", "da_ky", "co_quan",
                           "co_quan_chu_quan")
PLACEHOLDERS = PERSON_PLACEHOLDERS + CONFERENCE_PLACEHOLDERS


def _page(c: _Common, addressee: str, closing: str, person: Attendee | None, **kw: object) -> Invitation:
    conference = c.conference
    header_left = tuple(t for t in (conference.parent_agency.upper(), conference.organizer.upper()) if t)
    recipients = _lines(conference.recipients) or ("- Như trên;", "- Lưu: VT.")
    page = Invitation(
        header_left=header_left, header_right=(NATION, MOTTO),
        number_line=f"Số: {conference.doc_number}" if conference.doc_number else "Số:        /GM-",
        date_line=vn_date_line(conference.place_name, c.issued_on),
        subject=conference.invitation_subject or conference.title,
        addressee=addressee, body=(*c.body, closing),
        recipients=("Nơi nhận:", *recipients),
        signer_title=_lines(conference.signer_title), signer_name=conference.signer_name, signed=c.signed,
        **kw,  # type: ignore[arg-type]
    )
    values = {
        "ho_ten": person.full_name if person else "", "danh_xung": person.salutation if person else "",
        "chuc_vu": person.position if person else "", "don_vi": page.unit_name, "ma": page.code or "",
        "qr": page.code or "", "kinh_gui": addressee,
        "hoi_nghi": conference.title, "thoi_gian": time_line(conference).removeprefix("Thời gian: "),
        "dia_diem": conference.venue, "so_ky_hieu": conference.doc_number, "ngay_thang": page.date_line,
        "trich_yeu": page.subject, "noi_dung": "\n".join(page.body), "noi_nhan": "\n".join(recipients),
        "chuc_danh_ky": "\n".join(page.signer_title), "nguoi_ky": page.signer_name,
        "da_ky": SIGNED if c.signed else "", "co_quan": conference.organizer.upper(),
        "co_quan_chu_quan": conference.parent_agency.upper(),
    }
    return dataclasses.replace(page, values=values)


def build_invitations(conference: Conference, topics: Sequence[Topic], people: Sequence[Attendee],
                      units: Sequence[InvitedUnit], *, today: date,
                      options: InvitationOptions | None = None) -> list[Invitation]:
    """A page per invited person (already chosen by `invited` and ordered), then one per unit
    invited without names."""
    options = options or InvitationOptions()
    common = _Common(conference, conference_body(conference, topics),
                     issue_date(conference, today, options.issued_on), options.signed)
    pages = []
    for number, person in enumerate(people, start=1):
        pages.append(_page(common, addressee_line(person), CLOSING, person, code=person.code,
                           unit_name=person.unit_name,
                           file_stem=f"{number:03d}-{file_stem(person.full_name)}-{person.code}"))
    for unit in units if options.with_units else ():
        seats = f"{unit.seats:02d}" if unit.seats < 10 else str(unit.seats)
        closing = f"Trân trọng kính mời đại diện lãnh đạo {unit.unit_name} ({seats} người) tham dự./."
        pages.append(_page(common, f"Kính gửi: {unit.unit_name}", closing, None, unit_name=unit.unit_name,
                           file_stem=f"don-vi-{file_stem(unit.unit_name)}"))
    return pages


def by_unit(pages: Sequence[Invitation]) -> list[tuple[str, list[Invitation]]]:
    """The pages grouped by unit, in the order units first appear; people without a unit together."""
    groups: dict[str, list[Invitation]] = {}
    for page in pages:
        groups.setdefault(page.unit_name, []).append(page)
    return list(groups.items())
