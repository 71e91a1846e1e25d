"""The sign-in sheet (danh sách ký tên) of Decree 30/2020/NĐ-CP as data: what is printed, in
which order, in which columns of which width. The workbook (exchange/) and the PDF (printing/)
both draw this one model, so paper and spreadsheet never disagree.

The texts here are the document's own Vietnamese wording, not interface text."""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.domain.dates import vn_date_line, vn_short_date, vn_time
from desktop_app.domain.kinds import AttendeeOrder, Numbering
from desktop_app.domain.models import Attendee, Conference, Section
from desktop_app.domain.sections import numbered_title

TITLE = "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ"
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SIGNATURE_HINT = "(Ký, ghi rõ họ tên)"
SIGNERS = ("NGƯỜI LẬP BIỂU", "XÁC NHẬN CỦA BAN TỔ CHỨC")
OTHERS_TITLE = "ĐẠI BIỂU KHÁC"


class Orientation(enum.StrEnum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


class Column(enum.StrEnum):
    NUMBER = "number"
    NAME = "full_name"
    POSITION = "position"
    UNIT = "unit_name"
    PHONE = "phone"
    SIGNATURE = "signature"
    NOTE = "note"


@dataclass(frozen=True)
class ColumnSpec:
    key: Column
    title: str
    width_mm: float
    centered: bool = False


# Decree 30 widths (mm). The printable width is 165 mm in portrait (210 − 30 − 15) and 252 mm in
# landscape (297 − 30 − 15); the variants the decree does not give (portrait with phones,
# landscape without) share the same totals.
_TITLES = {
    Column.NUMBER: "STT", Column.NAME: "Họ và tên", Column.POSITION: "Chức vụ",
    Column.UNIT: "Cơ quan, đơn vị", Column.PHONE: "Số điện thoại", Column.SIGNATURE: "Ký tên",
    Column.NOTE: "Ghi chú",
}
_WIDTHS: dict[tuple[Orientation, bool], tuple[tuple[Column, float], ...]] = {
    (Orientation.PORTRAIT, False): ((Column.NUMBER, 10), (Column.NAME, 45), (Column.POSITION, 35),
                                    (Column.UNIT, 40), (Column.SIGNATURE, 25), (Column.NOTE, 10)),
    (Orientation.PORTRAIT, True): ((Column.NUMBER, 10), (Column.NAME, 38), (Column.POSITION, 29),
                                   (Column.UNIT, 34), (Column.PHONE, 24), (Column.SIGNATURE, 20),
                                   (Column.NOTE, 10)),
    (Orientation.LANDSCAPE, True): ((Column.NUMBER, 10), (Column.NAME, 50), (Column.POSITION, 45),
                                    (Column.UNIT, 55), (Column.PHONE, 30), (Column.SIGNATURE, 40),
                                    (Column.NOTE, 22)),
    (Orientation.LANDSCAPE, False): ((Column.NUMBER, 10), (Column.NAME, 55), (Column.POSITION, 55),
                                     (Column.UNIT, 65), (Column.SIGNATURE, 45), (Column.NOTE, 22)),
}

# Page geometry (mm): A4 and the Decree 30 margins.
PAGE_SIZE_MM = {Orientation.PORTRAIT: (210.0, 297.0), Orientation.LANDSCAPE: (297.0, 210.0)}
MARGINS_MM = {"left": 30.0, "right": 15.0, "top": 20.0, "bottom": 20.0}
ROW_HEIGHT_MM = 11.0      # 10–12 mm: room for a signature
TABLE_FONT_PT = 12.0      # 12–13 pt


def columns_for(orientation: Orientation, with_phone: bool) -> tuple[ColumnSpec, ...]:
    return tuple(
        ColumnSpec(key, _TITLES[key], width, centered=key in (Column.NUMBER, Column.PHONE))
        for key, width in _WIDTHS[(Orientation(orientation), bool(with_phone))]
    )


@dataclass(frozen=True)
class SheetOptions:
    """How to print a sign-in sheet. Defaults follow Decree 30 and the conference's settings."""

    orientation: Orientation = Orientation.PORTRAIT
    with_phone: bool = False
    header_block: bool = True
    section_position: int | None = None     # only this section (its number: 2 for "II.")
    numbering: Numbering | None = None      # None: the conference's own setting
    order: AttendeeOrder = AttendeeOrder.PROTOCOL
    blank_rows: int = 0                     # > 0: a blank sheet of that many numbered rows
    staggered: bool = False                 # "ký so le": odd rows sign left, even rows right
    title: str = TITLE


@dataclass(frozen=True)
class SheetRow:
    number: int | None
    full_name: str = ""
    position: str = ""
    unit_name: str = ""
    phone: str = ""
    note: str = ""
    sign_right: bool | None = None          # staggered sheets: which side of the cell to sign

    def text(self, column: Column) -> str:
        if column is Column.NUMBER:
            return "" if self.number is None else str(self.number)
        if column is Column.SIGNATURE:
            if self.sign_right is None or self.number is None:
                return ""
            return f"{self.number}."
        return getattr(self, column.value, "")


@dataclass(frozen=True)
class SheetSection:
    title: str                               # "" for a list without sections
    rows: tuple[SheetRow, ...]


@dataclass(frozen=True)
class SignInSheet:
    """Everything printed on a sign-in sheet, in order."""

    orientation: Orientation
    columns: tuple[ColumnSpec, ...]
    title: str
    conference_name: str
    time_place: str
    sections: tuple[SheetSection, ...]
    count: int
    count_line: str
    date_line: str
    header_left: tuple[str, ...] = ()        # parent agency (plain), organizer (bold)
    header_right: tuple[str, ...] = ()       # nation, motto
    signers: tuple[str, ...] = SIGNERS
    signature_hint: str = SIGNATURE_HINT
    staggered: bool = False
    blank: bool = False

    @property
    def header_block(self) -> bool:
        return bool(self.header_left or self.header_right)

    @property
    def rows(self) -> list[SheetRow]:
        return [r for s in self.sections for r in s.rows]


_NUMERAL_PREFIX = re.compile(r"^\s*[IVXLC]{1,7}\s*[.)]\s*", re.IGNORECASE)


def bare_title(title: str) -> str:
    """A section title without its Roman numeral: "II. CÁC SỞ" → "CÁC SỞ"."""
    return _NUMERAL_PREFIX.sub("", title).strip()


def time_place_line(conference: Conference) -> str:
    start = conference.starts_at
    line = f"Thời gian: {vn_time(start)}, ngày {vn_short_date(start.date())}"
    if conference.venue:
        line += f"; Địa điểm: {conference.venue}"
    return line


def build_sheet(conference: Conference, sections: Sequence[Section], attendees: Sequence[Attendee],
                options: SheetOptions | None = None) -> SignInSheet:
    """The sheet for these attendees (already in the wanted order) under these sections."""
    options = options or SheetOptions()
    numbering = Numbering(options.numbering or conference.numbering)
    if options.blank_rows > 0:
        groups: list[tuple[str, list[Attendee | None]]] = [("", [None] * options.blank_rows)]
    else:
        groups = _group(sections, attendees, options.section_position)
    out: list[SheetSection] = []
    number = 0
    for title, people in groups:
        if numbering is Numbering.PER_SECTION:
            number = 0
        rows = []
        for person in people:
            number += 1
            side = None if not options.staggered else number % 2 == 0
            if person is None:
                rows.append(SheetRow(number, sign_right=side))
            else:
                rows.append(SheetRow(number, person.full_name, person.position, person.unit_name,
                                     person.phone if options.with_phone else "", sign_right=side))
        out.append(SheetSection(title, tuple(rows)))
    count = sum(len(s.rows) for s in out)
    blank = options.blank_rows > 0
    header_left = tuple(t for t in (conference.parent_agency.upper(), conference.organizer.upper()) if t)
    return SignInSheet(
        orientation=Orientation(options.orientation),
        columns=columns_for(options.orientation, options.with_phone),
        title=options.title,
        conference_name=conference.title,
        time_place=time_place_line(conference),
        sections=tuple(out),
        count=count,
        count_line=("Danh sách có ........ đại biểu./." if blank else f"Danh sách có {count} đại biểu./."),
        date_line=vn_date_line(conference.place_name, conference.starts_at.date()),
        header_left=header_left if options.header_block else (),
        header_right=(NATION, MOTTO) if options.header_block else (),
        staggered=options.staggered,
        blank=blank,
    )


def _group(sections: Sequence[Section], attendees: Sequence[Attendee],
           only: int | None) -> list[tuple[str, list[Attendee | None]]]:
    by_section: dict[int | None, list[Attendee | None]] = {}
    for a in attendees:
        by_section.setdefault(a.section_id, []).append(a)
    ordered = sorted(sections, key=lambda s: (s.position, s.id))
    groups: list[tuple[str, list[Attendee | None]]] = []
    for index, s in enumerate(ordered, start=1):
        if only is not None and index != only:
            continue
        people = by_section.pop(s.id, [])
        if people:
            groups.append((numbered_title(index, bare_title(s.title)), people))
    leftovers = [a for key in list(by_section) for a in by_section.pop(key)]
    if leftovers and only is None:
        title = numbered_title(len(ordered) + 1, OTHERS_TITLE) if ordered else ""
        groups.append((title, leftovers))
    return groups
