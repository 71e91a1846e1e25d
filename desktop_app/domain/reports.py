"""The attendance report and the full list on paper, as the same model as the sign-in sheet
(signin.py), so they print with its layout: the Decree 30 header block, the title, a table whose
header row starts every page and whose sections repeat their heading "(tiếp)", the date line and
the two signer blocks.

    report = attendance_sheet(conference, sections, people, stats)          # portrait, 12 pt
    full = full_list_sheet(conference, sections, people, with_contacts=True)  # landscape, 11 pt

The texts here are the document's own Vietnamese wording, not interface text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.domain.dates import vn_date_line
from desktop_app.domain.models import Attendee, Conference, ConferenceStats, Section
from desktop_app.domain.signin import (
    CELL_PADDING_MM,
    MOTTO,
    NATION,
    Column,
    ColumnSpec,
    Orientation,
    SheetSection,
    SignInSheet,
    by_section,
    time_place_line,
)
from desktop_app.domain.table_layout import fit_preferred, two_lines_mm
from desktop_app.domain.text_metrics import longest_word_mm, width_mm

REPORT_TITLE = "BÁO CÁO KẾT QUẢ ĐIỂM DANH ĐẠI BIỂU"
FULL_TITLE = "DANH SÁCH ĐẠI BIỂU"
PRESENT, ABSENT, REPLACED = "Có mặt", "Vắng", "Có người đi thay"
FULL_FONT_PT = 11.0          # the full list: landscape, more columns; never below 10 pt
REPORT_ROW_MM = 7.0          # nobody signs these: rows as tall as their text
_SLACK_MM = 1.5
_PAD = 2 * CELL_PADDING_MM + _SLACK_MM
_PAGE_WIDTH = {Orientation.PORTRAIT: 165.0, Orientation.LANDSCAPE: 252.0}

_TITLES = {
    Column.NUMBER: "STT", Column.CODE: "Mã đại biểu", Column.NAME: "Họ và tên", Column.POSITION: "Chức vụ",
    Column.UNIT: "Cơ quan, đơn vị", Column.PHONE: "Số điện thoại", Column.ATTENDANCE: "Điểm danh",
    Column.ARRIVED: "Giờ đến", Column.NOTE: "Ghi chú",
}
# Columns on one line, sized to their widest text; the others wrap and share the rest (weights).
_ONE_LINE = (Column.NUMBER, Column.CODE, Column.PHONE, Column.ARRIVED)
_WEIGHTS = {Column.NAME: 45.0, Column.POSITION: 45.0, Column.UNIT: 55.0, Column.ATTENDANCE: 20.0, Column.NOTE: 30.0}


@dataclass(frozen=True)
class ReportRow:
    """One person's row: its number and the text of each column."""

    number: int | None
    cells: tuple[tuple[Column, str], ...]
    sign_right: bool | None = None

    def text(self, column: Column) -> str:
        if column is Column.NUMBER:
            return "" if self.number is None else str(self.number)
        return dict(self.cells).get(column, "")

    @property
    def full_name(self) -> str:
        return self.text(Column.NAME)

    @property
    def note(self) -> str:
        return self.text(Column.NOTE)


def arrival_text(moment: datetime | None, day: date) -> str:
    """"07:45" on the conference's day, "07:45 15/9" on another."""
    if moment is None:
        return ""
    return moment.strftime("%H:%M") if moment.date() == day else f"{moment:%H:%M} {moment.day}/{moment.month}"


def attendance_sheet(conference: Conference, sections: Sequence[Section], people: Sequence[Attendee],
                     stats: ConferenceStats, *, made_on: date | None = None, header_block: bool = True,
                     counts: bool = False) -> SignInSheet:
    """Who came and who did not, by section, with the counts above the table."""
    day = conference.starts_at.date()
    replaced = {a.replaces_id for a in people if a.replaces_id}

    def state(a: Attendee) -> str:
        if a.present:
            return PRESENT
        return REPLACED if a.id in replaced else ABSENT

    def cells(a: Attendee) -> tuple[tuple[Column, str], ...]:
        return ((Column.NAME, a.full_name), (Column.POSITION, a.position), (Column.UNIT, a.unit_name),
                (Column.ATTENDANCE, state(a)), (Column.ARRIVED, arrival_text(a.checked_in_at, day)))

    keys = (Column.NUMBER, Column.NAME, Column.POSITION, Column.UNIT, Column.ATTENDANCE, Column.ARRIVED)
    rate = f"{stats.present / stats.invited * 100:.1f}".replace(".", ",") if stats.invited else "0"
    summary = (f"Số đại biểu được mời: {stats.invited}; có mặt: {stats.present} ({rate}%); "
               f"vắng mặt: {stats.absent}.",
               f"Đăng ký tại chỗ: {stats.walk_ins}; đi thay: {stats.substitutes}.")
    return _sheet(conference, sections, people, cells, keys, Orientation.PORTRAIT, REPORT_TITLE, 12.0,
                  summary=summary, made_on=made_on, header_block=header_block, counts=counts)


def full_list_sheet(conference: Conference, sections: Sequence[Section], people: Sequence[Attendee], *,
                    with_contacts: bool = False, header_block: bool = True, counts: bool = False) -> SignInSheet:
    """Everyone with their code, position, unit, phone (if asked), arrival and note, by section."""
    day = conference.starts_at.date()

    def cells(a: Attendee) -> tuple[tuple[Column, str], ...]:
        return ((Column.CODE, a.code), (Column.NAME, a.full_name), (Column.POSITION, a.position),
                (Column.UNIT, a.unit_name), (Column.PHONE, a.phone if with_contacts else ""),
                (Column.ARRIVED, arrival_text(a.checked_in_at, day)), (Column.NOTE, a.note))

    keys = (Column.NUMBER, Column.CODE, Column.NAME, Column.POSITION, Column.UNIT)
    keys += (Column.PHONE,) if with_contacts else ()
    keys += (Column.ARRIVED, Column.NOTE)
    return _sheet(conference, sections, people, cells, keys, Orientation.LANDSCAPE, FULL_TITLE, FULL_FONT_PT,
                  header_block=header_block, counts=counts)


Cells = Callable[[Attendee], tuple[tuple[Column, str], ...]]


def _sheet(conference: Conference, sections: Sequence[Section], people: Sequence[Attendee], cells: Cells,
           keys: Sequence[Column], orientation: Orientation, title: str, size_pt: float, *,
           summary: tuple[str, ...] = (), made_on: date | None = None, header_block: bool,
           counts: bool) -> SignInSheet:
    out: list[SheetSection] = []
    number = 0
    for heading, group in by_section(sections, people, None):
        rows = []
        for person in group:
            number += 1
            rows.append(ReportRow(number, cells(person)))
        out.append(SheetSection(heading, tuple(rows)))
    all_rows = [r for s in out for r in s.rows]
    header_left = tuple(t for t in (conference.parent_agency.upper(), conference.organizer.upper()) if t)
    return SignInSheet(
        orientation=orientation,
        columns=report_columns(keys, all_rows, orientation, size_pt),
        title=title,
        conference_name=conference.title,
        time_place=time_place_line(conference),
        sections=tuple(out),
        count=len(all_rows),
        count_line=f"Danh sách có {len(all_rows)} đại biểu./.",
        date_line=vn_date_line(conference.place_name, made_on or conference.starts_at.date()),
        header_left=header_left if header_block else (),
        header_right=(NATION, MOTTO) if header_block else (),
        table_font_pt=size_pt,
        row_height_mm=REPORT_ROW_MM,
        summary=summary,
        section_counts=counts,
    )


def report_columns(keys: Sequence[Column], rows: Sequence[ReportRow], orientation: Orientation,
                   size_pt: float) -> tuple[ColumnSpec, ...]:
    """Columns sized from measured text: one-line columns to their widest text (and heading), the
    wrapping ones sharing the rest where it saves the most lines, each heading on one line if it can."""
    total = _PAGE_WIDTH[orientation]
    fixed: dict[Column, float] = {}
    for key in keys:
        if key in _ONE_LINE:
            texts = [r.text(key) for r in rows] + ["8" * len(str(len(rows)))]
            heading = (0.0 if key is Column.NUMBER else width_mm(_TITLES[key], size_pt, bold=True))
            fixed[key] = max([10.0 if key is Column.NUMBER else 0.0, heading + _PAD]
                             + [width_mm(t, size_pt) + _PAD for t in texts])
    flexible = [k for k in keys if k not in fixed]
    room = total - sum(fixed.values())
    words = {k: max([longest_word_mm(r.text(k), size_pt) for r in rows], default=0.0) + _PAD for k in flexible}
    if Column.NAME in words and rows:
        words[Column.NAME] = max(words[Column.NAME], max(two_lines_mm(r.full_name, size_pt) for r in rows) + _PAD)
    if Column.ATTENDANCE in words:   # "Có mặt" whole; only the rare "Có người đi thay" wraps
        words[Column.ATTENDANCE] = max(words[Column.ATTENDANCE], width_mm(PRESENT, size_pt) + _PAD)
    minimums = [{k: max(w, heading(k) + _PAD) for k, w in words.items()} for heading in (
        lambda k: width_mm(_TITLES[k], size_pt, bold=True),
        lambda k: longest_word_mm(_TITLES[k], size_pt, bold=True))]
    texts = [[r.text(k) for k in flexible] for r in rows]
    widths = {**fixed, **fit_preferred(minimums, texts, room, size_pt=size_pt, inside_mm=_PAD,
                                       weights={k: _WEIGHTS[k] for k in flexible})}
    rounded = {k: round(w, 1) for k, w in widths.items()}
    rounded[Column.UNIT] = round(total - sum(w for k, w in rounded.items() if k is not Column.UNIT), 1)
    return tuple(ColumnSpec(k, _TITLES[k], rounded[k], centered=k in _ONE_LINE or k is Column.ATTENDANCE)
                 for k in keys)
