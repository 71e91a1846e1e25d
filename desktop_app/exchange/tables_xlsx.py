"""A plain table on a streamed worksheet: a title, a bold header row repeated on every printed
page, thin borders, text as string cells, times as real date-time cells, optional group rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.pagebreak import Break

from desktop_app.domain.progress import Monitor
from desktop_app.domain.signin import MARGINS_MM, PAGE_SIZE_MM, Orientation
from desktop_app.domain.text_metrics import PT_PER_MM, line_count, longest_word_mm, width_mm
from desktop_app.exchange.cells import CellStyle, style, text_cell, value_cell
from desktop_app.exchange.records import Table
from desktop_app.exchange.workbook import set_a4, set_column_widths

TIME_FORMAT = "dd/mm/yyyy hh:mm"
_TIME_SAMPLE = "00/00/0000 00:00"   # every digit is as wide as any other in Times New Roman
_DEFAULT_ROW_PT = 15.0               # a row with no height of its own
_GROUP_PT = 20.0                     # a group's heading row
_PAGE_SLACK_MM = 5.0                 # what a spreadsheet program's own rounding may take from a page
_MARGIN_MM = 4.5                     # a spreadsheet's padding inside the cell, and rounding, with room to spare


class _TableStyles:
    title = style(14, bold=True, horizontal="center", wrap=False)
    subtitle = style(12, italic=True, horizontal="center")
    head = style(12, bold=True, horizontal="center", border=True)
    text = style(12, border=True)
    center = style(12, horizontal="center", border=True)
    number = style(12, horizontal="center", border=True)
    time = style(12, horizontal="center", border=True, number_format=TIME_FORMAT)
    group = style(12, bold=True, border=True)


STYLES = _TableStyles()


class _HeaderStyles:
    agency = style(13, horizontal="center")
    organizer = style(13, bold=True, horizontal="center")
    nation = style(12, bold=True, horizontal="center", wrap=False)
    motto = style(13, bold=True, horizontal="center", wrap=False, underline=True)
    date = style(13, italic=True, horizontal="center", wrap=False)
    signer = style(13, bold=True, horizontal="center", wrap=False)
    hint = style(13, italic=True, horizontal="center", wrap=False)


_HEADER = _HeaderStyles()


class TableSheet:
    """Writes titles, then a table, on a write-only worksheet; rows are appended in order."""

    def __init__(self, ws: Any, widths_mm: list[float], orientation: Orientation = Orientation.LANDSCAPE,
                 *, header_row: int | None = None) -> None:
        self.ws = ws
        self.n = len(widths_mm)
        self.widths_pt = [w * 72 / 25.4 - 6 for w in widths_mm]
        self.width_pt = sum(widths_mm) * 72 / 25.4 - 6
        self.row = 0
        self.heights: list[float] = []       # of the rows written, in points
        self.header_height = 0.0
        # The page's height for rows at 100 %; fit to width shrinks a wide table, which gives it more.
        width_mm, height_mm = PAGE_SIZE_MM[orientation]
        printable = width_mm - MARGINS_MM["left"] - MARGINS_MM["right"]
        scale = min(1.0, printable / sum(widths_mm))
        self.page_pt = (height_mm - MARGINS_MM["top"] - MARGINS_MM["bottom"] - _PAGE_SLACK_MM) * PT_PER_MM / scale
        set_column_widths(ws, widths_mm)
        if header_row is not None:
            ws.freeze_panes = f"A{header_row + 1}"
        set_a4(ws, orientation, title_row=header_row)

    def append(self, cells: list[Any], height: float | None = None) -> int:
        self.row += 1
        if height is not None:
            self.ws.row_dimensions[self.row].height = height
        self.heights.append(_DEFAULT_ROW_PT if height is None else height)
        self.ws.append(cells)
        return self.row

    def merged(self, text: str, cell_style: CellStyle, height: float | None = None, *, span: int | None = None,
               fill_style: CellStyle | None = None) -> int:
        """A row with `text` across the first `span` columns (all by default)."""
        span = span or self.n
        cells = [text_cell(self.ws, text, cell_style)]
        cells += [text_cell(self.ws, None, fill_style) for _ in range(span - 1)]
        row = self.append(cells, height)
        if span > 1:
            self.ws.merged_cells.add(CellRange(min_row=row, min_col=1, max_row=row, max_col=span))
        return row

    def titles(self, title: str, *subtitles: str, span: int | None = None) -> None:
        """Title lines across the first `span` columns (all by default: the printed ones)."""
        span = span or self.n
        width_pt = sum(self.widths_pt[:span]) + 6 * (span - 1)
        self.merged(title, STYLES.title, 22, span=span)
        for line in subtitles:
            if line:
                self.merged(line, STYLES.subtitle, 15 * line_count(line, width_pt, 12) + 3, span=span)
        self.append([])

    def blocks(self, split: int, left: str, left_style: CellStyle | None, right: str,
               right_style: CellStyle | None, height: float | None = None) -> int:
        """One row with a text over the first `split` columns and one over the rest (the Decree 30
        header block, the signers)."""
        cells = [text_cell(self.ws, left, left_style)] + [text_cell(self.ws, None) for _ in range(split - 1)]
        cells += [text_cell(self.ws, right, right_style)]
        cells += [text_cell(self.ws, None) for _ in range(self.n - split - 1)]
        row = self.append(cells, height)
        for first, last in ((1, split), (split + 1, self.n)):
            if last > first:
                self.ws.merged_cells.add(CellRange(min_row=row, min_col=first, max_row=row, max_col=last))
        return row

    def header_block(self, split: int, agencies: tuple[str, ...], nation: tuple[str, ...]) -> None:
        """Decree 30's header block: the agencies on the left (the organizer bold), the nation and
        the motto on the right."""
        width = sum(self.widths_pt[:split]) + 6 * (split - 1)
        agency_styles = [_HEADER.agency, _HEADER.organizer] if len(agencies) == 2 else [_HEADER.organizer]
        for i in range(max(len(agencies), len(nation))):
            left = agencies[i] if i < len(agencies) else ""
            right = nation[i] if i < len(nation) else ""
            lines = line_count(left, width, 13, bold=True) if left else 1
            self.blocks(split, left, agency_styles[min(i, len(agency_styles) - 1)], right,
                        _HEADER.nation if i == 0 else _HEADER.motto, round(lines * 16.5 + 2, 1))
        self.append([])

    def signers(self, split: int, date_line: str, signers: tuple[str, ...], hint: str) -> None:
        """The date line on the right, the two signer blocks, their hint and room to sign."""
        self.append([])
        self.blocks(split, "", None, date_line, _HEADER.date, 20)
        self.blocks(split, signers[0], _HEADER.signer, signers[1], _HEADER.signer, 20)
        self.blocks(split, hint, _HEADER.hint, hint, _HEADER.hint, 20)
        for _ in range(4):   # room to sign
            self.append([text_cell(self.ws, None)], 18)

    def set_print_area(self, first_row: int = 1) -> None:
        """Print exactly the rows and columns written."""
        self.ws.print_area = f"A{first_row}:{get_column_letter(self.n)}{max(self.row, first_row)}"

    def header(self, headers: Iterable[str]) -> int:
        self.header_height = 32
        return self.append([text_cell(self.ws, h, STYLES.head) for h in headers], 32)

    def body(self, table: Table, monitor: Monitor, *,
             group: Callable[[Any], str] | None = None) -> None:
        """The table's rows; with `group`, a bold row before each run of items of one group, and
        again, "(tiếp)", at the top of a page the group goes on to (the pages laid out here from the
        rows' heights, with breaks of our own)."""
        kinds = [c.kind for c in table.columns]
        cell_styles = [{"number": STYLES.number, "center": STYLES.center, "time": STYLES.time}.get(k, STYLES.text)
                       for k in kinds]
        monitor.stage("writing", len(table.items))
        current: str | None = None
        y = sum(self.heights)
        for i, (item, values) in enumerate(zip(table.items, table.rows(), strict=True), start=1):
            h = self.height(values)
            if group is not None:
                key = group(item)
                if key != current:
                    current = key
                    if y + _GROUP_PT + h > self.page_pt:     # a group's heading goes with its first row
                        y = self._page_break()
                    self.merged(key, STYLES.group, _GROUP_PT, fill_style=STYLES.group)
                    y += _GROUP_PT
                elif y + h > self.page_pt:
                    y = self._page_break()
                    self.merged(f"{key} (tiếp)", STYLES.group, _GROUP_PT, fill_style=STYLES.group)
                    y += _GROUP_PT
            y += h
            self.append([value_cell(self.ws, v, s) if v not in ("", None) else value_cell(self.ws, None, s)
                         for v, s in zip(values, cell_styles, strict=True)], h)
            monitor.step(i)
        monitor.finish()

    def _page_break(self) -> float:
        """A page starts at the next row; returns the height its repeated header row takes."""
        self.ws.row_breaks.append(Break(id=self.row))
        return self.header_height

    def height(self, values: list[Any]) -> float:
        """A row height that shows every wrapped line (spreadsheets do not grow a row on opening)."""
        lines = 1
        for value, width in zip(values, self.widths_pt, strict=False):
            # Most cells are short: 6.5 pt is wider than any average 12 pt letter.
            if isinstance(value, str) and len(value) * 6.5 > width:
                lines = max(lines, line_count(value, width, 12))
        return round(lines * 15.5 + 3, 1)

    def autofilter(self, header_row: int, last_row: int) -> None:
        self.ws.auto_filter.ref = f"A{header_row}:{get_column_letter(self.n)}{max(last_row, header_row)}"


def fitted_widths(table: Table, size_pt: float = 12) -> list[float]:
    """Column widths (mm) from the measured width of each column's widest text in its font, with a
    margin: numbers, times and codes (one line) get their widest text, never "###"; wrapped text gets
    its widest text up to the column's usual width, and never less than its longest word."""
    rows = list(table.rows())
    widths = []
    for i, column in enumerate(table.columns):
        texts = [_shown(row[i]) for row in rows]
        # A heading on one line where the column's usual width holds it ("Ghi chú"), else its words whole.
        whole = width_mm(column.title, size_pt, bold=True)
        heading = whole if whole <= column.width_mm - _MARGIN_MM else longest_word_mm(column.title, size_pt, bold=True)
        if column.kind == "text":
            widest = max([width_mm(t, size_pt) for t in texts], default=0.0)
            words = max([longest_word_mm(t, size_pt) for t in texts], default=0.0)
            widths.append(round(max(min(widest, column.width_mm - _MARGIN_MM), words, heading) + _MARGIN_MM, 1))
        else:
            widest = max([width_mm(t, size_pt) for t in texts], default=0.0)
            widths.append(round(max(widest, heading) + _MARGIN_MM, 1))
    return widths


def time_column_mm(size_pt: float = 12) -> float:
    """A column wide enough for a check-in time ("dd/mm/yyyy hh:mm") on one line."""
    return round(width_mm(_TIME_SAMPLE, size_pt) + _MARGIN_MM, 1)


def _shown(value: Any) -> str:
    """The text a spreadsheet shows for a cell's value."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return _TIME_SAMPLE
    return str(value)


def write_table(ws: Any, table: Table, monitor: Monitor, *, title: str, subtitles: tuple[str, ...] = (),
                orientation: Orientation = Orientation.LANDSCAPE, group: Callable[[Any], str] | None = None,
                filter_rows: bool = True, print_columns: int | None = None) -> None:
    """A whole sheet: titles, header, rows; only the first `print_columns` columns printed, if given."""
    header_row = 2 + sum(1 for s in subtitles if s) + 1
    sheet = TableSheet(ws, fitted_widths(table), orientation, header_row=header_row)
    sheet.titles(title, *subtitles, span=print_columns)
    written = sheet.header(table.headers)
    assert written == header_row, (written, header_row)
    sheet.body(table, monitor, group=group)
    if filter_rows and group is None:
        sheet.autofilter(header_row, sheet.row)
    if print_columns is not None:
        ws.print_area = f"A1:{get_column_letter(print_columns)}{max(sheet.row, header_row)}"
    else:
        sheet.set_print_area()
