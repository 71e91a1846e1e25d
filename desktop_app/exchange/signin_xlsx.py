"""The sign-in sheet as an Excel workbook, laid out as Decree 30/2020/NĐ-CP wants it printed:
header block, title, conference, time and place, the table with section rows and a header row
repeated on every page, the count, the date line and the two signature blocks."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.pagebreak import Break

from desktop_app.domain.progress import Monitor
from desktop_app.domain.signin import (
    MARGINS_MM,
    PAGE_SIZE_MM,
    ROW_HEIGHT_MM,
    TABLE_FONT_PT,
    Column,
    SheetRow,
    SignInSheet,
    counted_title,
)
from desktop_app.domain.text_metrics import line_count, text_width
from desktop_app.exchange.cells import CellStyle, style, text_cell, value_cell
from desktop_app.exchange.workbook import building, new_workbook, save, set_a4, set_column_widths

SHEET_TITLE = "Danh sách ký tên"
_PT_PER_MM = 72 / 25.4
_CELL_PADDING_PT = 6          # what a spreadsheet keeps free inside a cell, both sides together
_LINE_FACTOR = 1.25           # line height / font size for Times New Roman in Excel and LibreOffice
_DEFAULT_ROW_PT = 15.0        # a row with no height of its own
_PAGE_SLACK_MM = 5.0          # what a spreadsheet program's own rounding may take from a page
_KEEP_ROWS = 2                # rows that go over with the signature block
_FOOTER_PT = 10 + 20 + 22 + 20 + 20 + 4 * 18   # the footer's rows: count, date, signers, hint, room to sign


@dataclass(frozen=True)
class _Plan:
    breaks: dict[int, str]        # item index → the section heading it continues ("" for none)
    used: float                   # height used on the last page (pt)


class _Styles:
    def __init__(self) -> None:
        t = TABLE_FONT_PT
        self.agency = style(12, horizontal="center")
        self.agency_bold = style(12, bold=True, horizontal="center")
        self.nation = style(12, bold=True, horizontal="center", wrap=False)
        self.motto = style(13, bold=True, horizontal="center", wrap=False, underline=True)
        self.rule = style(10, horizontal="center", vertical="top", wrap=False)
        self.title = style(14, bold=True, horizontal="center")
        self.conference = style(13, bold=True, horizontal="center")
        self.time_place = style(13, italic=True, horizontal="center")
        self.head = style(t, bold=True, horizontal="center", border=True)
        self.text = style(t, border=True)
        self.center = style(t, horizontal="center", border=True)
        self.number = style(t, horizontal="center", border=True, shrink=True)   # 1,000 and on: not "####"
        self.section = style(t, bold=True, border=True)
        self.sign_left = style(t, horizontal="left", vertical="top", border=True)
        self.sign_right = style(t, horizontal="right", vertical="top", border=True)
        self.count = style(13, wrap=False)
        self.date = style(13, italic=True, horizontal="center")
        self.signer = style(13, bold=True, horizontal="center")
        self.hint = style(13, italic=True, horizontal="center")


def write_signin_workbook(sheet: SignInSheet, path: str | os.PathLike[str], monitor: Monitor | None = None) -> Path:
    """Write `sheet` to an .xlsx file at `path` (through a temporary file)."""
    wb = new_workbook()
    with building(wb):
        _SheetWriter(wb.create_sheet(SHEET_TITLE), sheet, monitor or Monitor()).write()
        return save(wb, path)


class _SheetWriter:
    def __init__(self, ws: Any, sheet: SignInSheet, monitor: Monitor) -> None:
        self.ws = ws
        self.sheet = sheet
        self.monitor = monitor
        self.s = _Styles()
        self.n = len(sheet.columns)
        self.widths_pt = [c.width_mm * _PT_PER_MM - _CELL_PADDING_PT for c in sheet.columns]
        # The left header block (agency) over the first columns, the right one (nation) over the rest.
        self.split = sheet.header_split
        self.row = 0
        self.heights: dict[int, float] = {}
        self.title_row = 0
        self.breaks: list[int] = []            # sheet rows that start pages 2, 3, …

    # -- rows ------------------------------------------------------------------------------------

    def _append(self, cells: list[Any], height_pt: float | None = None) -> int:
        self.row += 1
        self.heights[self.row] = _DEFAULT_ROW_PT if height_pt is None else round(height_pt, 1)
        if height_pt is not None:
            self.ws.row_dimensions[self.row].height = round(height_pt, 1)
        self.ws.append(cells)
        return self.row

    def _merge(self, first: int, last: int) -> None:
        if last > first:
            self.ws.merged_cells.add(CellRange(min_row=self.row, min_col=first, max_row=self.row, max_col=last))

    def _blocks(self, left: str, left_style: CellStyle, right: str, right_style: CellStyle,
                height_pt: float | None = None, *, border_cells: bool = False) -> None:
        """One row with a text centred over the left block and one over the right block."""
        cells = [text_cell(self.ws, left, left_style)]
        cells += [text_cell(self.ws, None, left_style if border_cells else None) for _ in range(self.split - 1)]
        cells += [text_cell(self.ws, right, right_style)]
        cells += [text_cell(self.ws, None) for _ in range(self.n - self.split - 1)]
        self._append(cells, height_pt)
        self._merge(1, self.split)
        self._merge(self.split + 1, self.n)

    def _wide(self, text: str, cell_style: CellStyle, size: float, *, bold: bool = False) -> None:
        """A row with one text across the whole width."""
        total = sum(self.widths_pt) + _CELL_PADDING_PT * (self.n - 1)
        lines = line_count(text, total, size, bold=bold)
        cells = [text_cell(self.ws, text, cell_style)] + [text_cell(self.ws, None) for _ in range(self.n - 1)]
        self._append(cells, lines * size * _LINE_FACTOR + 4)
        self._merge(1, self.n)

    def _block_width(self, left: bool) -> float:
        widths = self.widths_pt[: self.split] if left else self.widths_pt[self.split:]
        return sum(widths) + _CELL_PADDING_PT * (len(widths) - 1)

    # -- parts -------------------------------------------------------------------------------

    def write(self) -> None:
        # Column widths, frozen panes and the page set-up go at the top of a streamed sheet:
        # they are set before the first row.
        header_row = self._header_block_rows() + 5
        set_column_widths(self.ws, [c.width_mm for c in self.sheet.columns])
        self.ws.freeze_panes = f"A{header_row + 1}"
        set_a4(self.ws, self.sheet.orientation, title_row=header_row)
        if self.sheet.header_block:
            self._header_block()
        self._wide(self.sheet.title, self.s.title, 14, bold=True)
        self._wide(self.sheet.conference_name, self.s.conference, 13, bold=True)
        self._wide(self.sheet.time_place, self.s.time_place, 13)
        self._append([], 8)
        written = self._table_header()
        assert written == header_row, (written, header_row)
        self.title_row = written
        self._table()
        self._footer()
        self._page_breaks()

    def _header_block_rows(self) -> int:
        if not self.sheet.header_block:
            return 0
        return max(len(self.sheet.header_left), len(self.sheet.header_right), 2) + bool(self.sheet.header_left) + 1

    def _header_block(self) -> None:
        s, sheet = self.s, self.sheet
        left = list(sheet.header_left)
        right = list(sheet.header_right)
        width_left, width_right = self._block_width(True), self._block_width(False)
        # Parent agency plain, organizing agency bold; a lone agency is bold.
        styles = [s.agency, s.agency_bold] if len(left) == 2 else [s.agency_bold]
        for i in range(max(len(left), len(right), 2)):
            ltext = left[i] if i < len(left) else ""
            rtext = right[i] if i < len(right) else ""
            lstyle = styles[i] if i < len(styles) else s.agency
            rstyle = s.nation if i == 0 else s.motto
            lines = max(line_count(ltext, width_left, 12, bold=True), line_count(rtext, width_right, 13, bold=True))
            self._blocks(ltext, lstyle, rtext, rstyle, lines * 13 * _LINE_FACTOR + 2)
        if left:
            # The short rule under the organizing agency: a third of its width.
            rule_width = text_width(left[-1], 12, bold=True) / 3
            underscores = "_" * max(6, int(rule_width / text_width("_", 10)))
            self._blocks(underscores, s.rule, "", s.rule, 12)
        self._append([], 8)

    def _table_header(self) -> int:
        cells = [text_cell(self.ws, c.title, self.s.head) for c in self.sheet.columns]
        lines = max(line_count(c.title, w, TABLE_FONT_PT, bold=True)
                    for c, w in zip(self.sheet.columns, self.widths_pt, strict=True))
        return self._append(cells, max(lines * TABLE_FONT_PT * _LINE_FACTOR + 6, 24))

    def _table(self) -> None:
        """The sections and their rows, laid out into pages first (from the rows' measured heights
        at 100 %: fit to width only ever shrinks, so a spreadsheet program never needs a break of its
        own between ours): a section that goes on over a page break repeats its heading "(tiếp)",
        and the last rows go over with the count, date and signature blocks when those would not
        fit under them."""
        min_height = ROW_HEIGHT_MM * _PT_PER_MM
        items: list[tuple[str, Any, float]] = []    # ("section", title, height) / ("person", row, height)
        for section in self.sheet.sections:
            if section.title:
                title = counted_title(section) if self.sheet.section_counts else section.title
                items.append(("section", (title, section.title), self._section_height(title)))
            for r in section.rows:
                items.append(("person", r, self._person_cells(r, min_height)[1]))
        plan = self._plan(items)
        self.monitor.stage("writing", len(self.sheet.rows))
        done = 0
        for index, (kind, value, _height) in enumerate(items):
            if index in plan.breaks:
                self.breaks.append(self.row + 1)
                if plan.breaks[index]:
                    self._section_row(f"{plan.breaks[index]} (tiếp)")
            if kind == "section":
                self._section_row(value[0])
            else:
                self._person_row(value, min_height)
                done += 1
                self.monitor.step(done)
        self.monitor.finish()

    def _plan(self, items: list[tuple[str, Any, float]]) -> _Plan:
        page_mm = PAGE_SIZE_MM[self.sheet.orientation][1] - MARGINS_MM["top"] - MARGINS_MM["bottom"]
        usable = (page_mm - _PAGE_SLACK_MM) * _PT_PER_MM
        plan = self._pages(items, usable, forced=None)
        people = [i for i, item in enumerate(items) if item[0] == "person"]
        if plan.used + _FOOTER_PT > usable and len(people) >= 2:
            first_moved = people[-min(_KEEP_ROWS, len(people) - 1)]
            if items[first_moved - 1][0] == "section":       # a section's heading goes with its rows
                first_moved -= 1
            plan = self._pages(items, usable, forced=first_moved)
        return plan

    def _pages(self, items: list[tuple[str, Any, float]], usable: float, forced: int | None) -> _Plan:
        """Where pages 2, 3, … start among `items`, each with the heading it continues ("" for
        none), and the height used on the last page."""
        y = sum(self.heights.values())
        header = self.heights[self.title_row]
        breaks: dict[int, str] = {}
        current = ""
        for index, (kind, value, h) in enumerate(items):
            if kind == "section":
                current = value[1]
            following = items[index + 1][2] if kind == "section" and index + 1 < len(items) else 0.0
            need = h + following      # never a heading alone at a page's foot
            if index == forced or y + need > usable:
                continued = current if kind == "person" else ""
                breaks[index] = continued
                y = header + (self._section_height(f"{continued} (tiếp)") if continued else 0.0)
            y += h
        return _Plan(breaks, y)

    def _section_height(self, title: str) -> float:
        lines = line_count(title, sum(self.widths_pt), TABLE_FONT_PT, bold=True)
        return round(max(lines * TABLE_FONT_PT * _LINE_FACTOR + 8, 22), 1)

    def _section_row(self, title: str) -> None:
        cells = [text_cell(self.ws, title, self.s.section)]
        cells += [text_cell(self.ws, None, self.s.section) for _ in range(self.n - 1)]
        self._append(cells, self._section_height(title))
        self._merge(1, self.n)

    def _person_cells(self, r: SheetRow, min_height: float) -> tuple[list[Any], float]:
        s = self.s
        cells = []
        lines = 1
        for column, width in zip(self.sheet.columns, self.widths_pt, strict=True):
            key = column.key
            if key is Column.NUMBER:
                cells.append(value_cell(self.ws, r.number, s.number))
                continue
            text = r.text(key)
            if key is Column.SIGNATURE:
                cells.append(text_cell(self.ws, text or None, s.sign_right if r.sign_right else s.sign_left))
                continue
            cells.append(text_cell(self.ws, text or None, s.center if column.centered else s.text))
            if text and len(text) * 6.5 > width:   # no 12 pt letter averages 6.5 pt: short texts fit
                lines = max(lines, line_count(text, width, TABLE_FONT_PT))
        return cells, round(max(min_height, lines * TABLE_FONT_PT * _LINE_FACTOR + 6), 1)

    def _person_row(self, r: SheetRow, min_height: float) -> None:
        cells, height = self._person_cells(r, min_height)
        self._append(cells, height)

    def _footer(self) -> None:
        s, sheet = self.s, self.sheet
        self._append([], 10)
        cells = [text_cell(self.ws, sheet.count_line, s.count)]
        self._append(cells, 20)
        self._blocks("", s.date, sheet.date_line, s.date, 22)
        self._blocks(sheet.signers[0], s.signer, sheet.signers[1], s.signer, 20)
        self._blocks(sheet.signature_hint, s.hint, sheet.signature_hint, s.hint, 20)
        for _ in range(4):   # room to sign
            self._append([], 18)

    def _page_breaks(self) -> None:
        for row in self.breaks:
            self.ws.row_breaks.append(Break(id=row - 1))
