"""The sign-in sheet (danh sách ký tên) of Decree 30/2020/NĐ-CP as data: what is printed, in
which order, in which columns of which width. The workbook (exchange/) and the PDF (printing/)
both draw this one model, so paper and spreadsheet never disagree.

The texts here are the document's own Vietnamese wording, not interface text."""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop_app.domain.dates import vn_date_line, vn_short_date, vn_time
from desktop_app.domain.kinds import AttendeeOrder, Numbering
from desktop_app.domain.models import Attendee, Conference, Section
from desktop_app.domain.sections import numbered_title
from desktop_app.domain.table_layout import fit_preferred, two_lines_mm
from desktop_app.domain.text_metrics import longest_word_mm, width_mm

TITLE = "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ"
BLANK_TITLE = "DANH SÁCH ĐẠI BIỂU BỔ SUNG"      # the blank sheet, for walk-ins
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SIGNATURE_HINT = "(Ký, ghi rõ họ tên)"
SIGNERS = ("NGƯỜI LẬP BIỂU", "XÁC NHẬN CỦA BAN TỔ CHỨC")
OTHERS_TITLE = "ĐẠI BIỂU KHÁC"
STANDS_IN_FOR = "Đi thay đ/c {name}"      # a substitute's note
SENT_SOMEONE = "Cử người đi thay"          # a replaced person who did not come: no seat, no number


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
    CODE = "code"                  # the attendance report and the full list (reports.py)
    ATTENDANCE = "attendance"
    ARRIVED = "arrived"


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


CELL_PADDING_MM = 1.5        # inside a cell, each side, on paper and in workbooks alike
_SLACK_MM = 1.5              # what a renderer's rounding may take: a phone that just fits still fits
MIN_SIGNATURE_MM = 25.0      # room to sign, whatever else the row holds
# Columns whose text must stay on one line: sized to their widest text. The others wrap and share
# what is left where it saves the most lines (table_layout.py).
_ONE_LINE = (Column.NUMBER, Column.PHONE)
_NAME_SHARE = 0.42          # names on one line where they take no more than this share of the room


def columns_for(orientation: Orientation, with_phone: bool,
                rows: Sequence[SheetRow] = ()) -> tuple[ColumnSpec, ...]:
    """The table's columns, sized from measured text: numbers and phones (of `rows`) whole on one
    line, every heading word whole, the signature column at least 25 mm, the note's heading on one
    line; the name, position and unit share the rest of the printable width."""
    decree = _WIDTHS[(Orientation(orientation), bool(with_phone))]
    noted = any(r.note for r in rows)
    total = sum(w for _, w in decree)
    fixed: dict[Column, float] = {}
    for key, width in decree:
        heading = _TITLES[key]
        need = longest_word_mm(heading, TABLE_FONT_PT, bold=True)
        if key is Column.NOTE:
            need = width_mm(heading, TABLE_FONT_PT, bold=True)
        if key is Column.NUMBER:
            need = 0.0   # "STT" is centred in the whole narrow cell, as Decree 30's 10 mm column has it
        if key in _ONE_LINE:
            # A blank sheet's phone column leaves room for a 10-digit number written by hand.
            texts = [t for t in (r.text(key) for r in rows) if t] or (["8" * 10] if key is Column.PHONE else [])
            need = max([need] + [width_mm(t, TABLE_FONT_PT) for t in texts])
        if key is Column.NOTE and noted:   # every word of a note whole ("đ/c", "Nguyễn")
            need = max([need] + [longest_word_mm(r.note, TABLE_FONT_PT) for r in rows if r.note])
        if key is Column.SIGNATURE:
            fixed[key] = max(width, MIN_SIGNATURE_MM)
        elif key in _ONE_LINE or key is Column.NOTE:
            fixed[key] = max(width if key is Column.NUMBER else 0, need + 2 * CELL_PADDING_MM + _SLACK_MM)
    flexible = {k: w for k, w in decree if k not in fixed}
    room = total - sum(fixed.values())
    pad = 2 * CELL_PADDING_MM + _SLACK_MM
    if not any(r.text(Column.NAME) for r in rows):
        # A blank sheet is written by hand: Decree 30's proportions, each heading on one line.
        share = sum(flexible.values())
        proportional = {k: room * w / share for k, w in flexible.items()}
        heading = {k: width_mm(_TITLES[k], TABLE_FONT_PT, bold=True) + pad for k in flexible}
        short = {k: heading[k] - w for k, w in proportional.items() if w < heading[k]}
        spare = {k: w - heading[k] for k, w in proportional.items() if k not in short}
        if short and sum(spare.values()) >= sum(short.values()):   # taken from the others' spare room
            take = sum(short.values()) / sum(spare.values())
            proportional = {k: heading[k] if k in short else w - spare[k] * take for k, w in proportional.items()}
        widths = {**fixed, **proportional}
    else:
        # Every word whole, a name on two lines at most, each heading on one line unless that makes
        # the rows a tenth taller; the rest of the room where it saves the most lines.
        words = {k: max([longest_word_mm(r.text(k), TABLE_FONT_PT) for r in rows]) + pad for k in flexible}
        one_line = max(width_mm(r.full_name, TABLE_FONT_PT) for r in rows) + pad
        two_lines = max(two_lines_mm(r.full_name, TABLE_FONT_PT) for r in rows) + pad
        words[Column.NAME] = max(words[Column.NAME], one_line if one_line <= room * _NAME_SHARE else two_lines)
        minimums = [{k: max(w, heading(k) + pad) for k, w in words.items()} for heading in (
            lambda k: width_mm(_TITLES[k], TABLE_FONT_PT, bold=True),
            lambda k: longest_word_mm(_TITLES[k], TABLE_FONT_PT, bold=True))]
        texts = [[r.text(k) for k in flexible] for r in rows]
        widths = {**fixed, **fit_preferred(minimums, texts, room, size_pt=TABLE_FONT_PT, inside_mm=pad,
                                           weights=flexible)}
    rounded = {k: round(w, 1) for k, w in widths.items()}
    rounded[Column.UNIT] = round(total - sum(w for k, w in rounded.items() if k is not Column.UNIT), 1)
    return tuple(
        ColumnSpec(key, _TITLES[key], rounded[key], centered=key in (Column.NUMBER, Column.PHONE))
        for key, _ in decree
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
    leave_off_replaced: bool = False        # people whose substitute sits in their seat: marked, or left off
    section_counts: bool = False            # each section's heading with its count: "(12 đại biểu)"


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
    table_font_pt: float = TABLE_FONT_PT
    row_height_mm: float = ROW_HEIGHT_MM     # the least: room to sign on a sign-in sheet
    summary: tuple[str, ...] = ()            # lines between the titles and the table (the report's counts)
    section_counts: bool = False             # each section's heading with its count: "(12 đại biểu)"

    @property
    def header_block(self) -> bool:
        return bool(self.header_left or self.header_right)

    @property
    def header_split(self) -> int:
        """How many table columns the left header block (the agencies) spans; the nation block takes
        the rest. Chosen from measured text (the agencies at 13 pt): the nation and
        motto lines whole (12 and 13 pt), the parent agency whole, the organizer whole too where room allows."""
        widths = [c.width_mm for c in self.columns]
        pad = 2 * CELL_PADDING_MM + _SLACK_MM
        right = max([width_mm(t, size, bold=True) + pad for t, size in zip(self.header_right, (12, 13), strict=False)],
                    default=0.0)
        lines = [width_mm(t, 13, bold=i > 0 or len(self.header_left) == 1) + pad
                 for i, t in enumerate(self.header_left)]
        splits = range(1, len(widths))
        for need in (max(lines, default=0.0), lines[0] if lines else 0.0):
            for k in splits:
                if sum(widths[:k]) >= need and sum(widths[k:]) >= right:
                    return k
        return 3 if self.orientation is Orientation.LANDSCAPE else 2

    @property
    def rows(self) -> list[SheetRow]:
        return [r for s in self.sections for r in s.rows]


_NUMERAL_PREFIX = re.compile(r"^\s*[IVXLC]{1,7}\s*[.)]\s*", re.IGNORECASE)


def counted_title(section: SheetSection) -> str:
    """A section's heading with its count of people (numbered rows): "I. LÃNH ĐẠO TỈNH (5 đại biểu)"."""
    n = sum(1 for r in section.rows if r.number is not None)
    return f"{section.title} ({n} đại biểu)" if section.title else section.title


def bare_title(title: str) -> str:
    """A section title without its Roman numeral: "II. CÁC SỞ" → "CÁC SỞ"."""
    return _NUMERAL_PREFIX.sub("", title).strip()


def time_place_line(conference: Conference) -> str:
    start = conference.starts_at
    line = f"Thời gian: {vn_time(start)}, ngày {vn_short_date(start.date())}"
    if conference.venue:
        line += f"; Địa điểm: {conference.venue}"
    return line


@dataclass(frozen=True)
class Substitutions:
    """Who stands in for whom: each substitute's replaced person by name, and the replaced people
    who gave their seat up (did not come: store/seats.py)."""

    replaced_names: Mapping[int, str] = dataclasses.field(default_factory=dict)   # substitute id → name
    gave_up: frozenset[int] = frozenset()


def build_sheet(conference: Conference, sections: Sequence[Section], attendees: Sequence[Attendee],
                options: SheetOptions | None = None, substitutions: Substitutions | None = None) -> SignInSheet:
    """The sheet for these attendees (already in the wanted order) under these sections. A
    substitute's note names whom they replace; a replaced person who did not come holds no seat:
    marked without a number, or left off; the count line counts seats."""
    options = options or SheetOptions()
    subs = substitutions or Substitutions()
    if options.leave_off_replaced:
        attendees = [a for a in attendees if a.id not in subs.gave_up]
    numbering = Numbering(options.numbering or conference.numbering)
    if options.blank_rows > 0:
        groups: list[tuple[str, list[Attendee | None]]] = [("", [None] * options.blank_rows)]
    else:
        groups = by_section(sections, attendees, options.section_position)
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
            elif person.id in subs.gave_up:
                number -= 1
                rows.append(SheetRow(None, person.full_name, person.position, person.unit_name,
                                     person.phone if options.with_phone else "", SENT_SOMEONE))
            else:
                note = STANDS_IN_FOR.format(name=subs.replaced_names[person.id]) \
                    if person.id in subs.replaced_names else ""
                rows.append(SheetRow(number, person.full_name, person.position, person.unit_name,
                                     person.phone if options.with_phone else "", note, sign_right=side))
        out.append(SheetSection(title, tuple(rows)))
    count = sum(1 for s in out for r in s.rows if r.number is not None)
    blank = options.blank_rows > 0
    header_left = tuple(t for t in (conference.parent_agency.upper(), conference.organizer.upper()) if t)
    return SignInSheet(
        orientation=Orientation(options.orientation),
        columns=columns_for(options.orientation, options.with_phone, [r for sec in out for r in sec.rows]),
        title=BLANK_TITLE if options.blank_rows > 0 and options.title == TITLE else options.title,
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
        section_counts=options.section_counts,
    )


def by_section(sections: Sequence[Section], attendees: Sequence[Attendee],
               only: int | None) -> list[tuple[str, list[Attendee | None]]]:
    """The people under their numbered section titles, in the sections' order (only section number
    `only`, if given); those in no section last, under ĐẠI BIỂU KHÁC (untitled without sections)."""
    found: dict[int | None, list[Attendee | None]] = {}
    for a in attendees:
        found.setdefault(a.section_id, []).append(a)
    ordered = sorted(sections, key=lambda s: (s.position, s.id))
    groups: list[tuple[str, list[Attendee | None]]] = []
    for index, s in enumerate(ordered, start=1):
        if only is not None and index != only:
            continue
        people = found.pop(s.id, [])
        if people:
            groups.append((numbered_title(index, bare_title(s.title)), people))
    leftovers = [a for key in list(found) for a in found.pop(key)]
    if leftovers and only is None:
        title = numbered_title(len(ordered) + 1, OTHERS_TITLE) if ordered else ""
        groups.append((title, leftovers))
    return groups
