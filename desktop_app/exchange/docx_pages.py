"""Where the pages of a sign-in sheet written as a Word document break, estimated from measured
text (domain/text_metrics.py) the way the workbook's page breaks are: enough to tell whether the
count, date and signature blocks would stand alone on a last page. Word keeps the last rows with
them (keep with next); LibreOffice does not, so the writer starts a page before those rows
itself when this says it must."""

from __future__ import annotations

from desktop_app.domain.signin import MARGINS_MM, PAGE_SIZE_MM, ROW_HEIGHT_MM, TABLE_FONT_PT, Column, SignInSheet
from desktop_app.domain.text_metrics import line_count

PT_PER_MM = 72 / 25.4
LINE = 1.15                  # line height / font size, Times New Roman at single spacing
CELL_PAD_MM = 1.5            # left and right inside a cell
CELL_TOP_MM = 0.5            # above and below inside a cell of the list
ROOM_TO_SIGN_PT = 60         # under the signers' titles (about 21 mm)
SLACK_MM = 8.0               # what the estimate may miss on the last page: break early rather than late


def _lines(text: str, width_mm: float, size: float, *, bold: bool = False) -> int:
    return line_count(text, max(width_mm - 2 * CELL_PAD_MM, 1) * PT_PER_MM, size, bold=bold) if text else 1


class _Estimate:
    def __init__(self, sheet: SignInSheet) -> None:
        self.sheet = sheet
        self.widths = [c.width_mm for c in sheet.columns]
        self.full = sum(self.widths)
        page_h = PAGE_SIZE_MM[sheet.orientation][1]
        self.usable = (page_h - MARGINS_MM["top"] - MARGINS_MM["bottom"]) * PT_PER_MM
        self.header_row = max(_lines(c.title, c.width_mm, TABLE_FONT_PT, bold=True) for c in sheet.columns) \
            * TABLE_FONT_PT * LINE + 2 * CELL_TOP_MM * PT_PER_MM

    def top(self) -> float:
        """The height above the table's header row on page 1."""
        sheet, h = self.sheet, 0.0
        if sheet.header_block:
            split = sheet.header_split
            left = sum(_lines(t, sum(self.widths[:split]), 13, bold=True) for t in sheet.header_left)
            right = sum(_lines(t, sum(self.widths[split:]), 13, bold=True) for t in sheet.header_right)
            h += max(left, right) * 13 * LINE + 6 + 13 * LINE + 6
        for text, size, after in ((sheet.title, 14, 2), (sheet.conference_name, 13, 1), (sheet.time_place, 13, 10)):
            h += _lines(text, self.full, size, bold=True) * size * LINE + after
        return h

    def row(self, index: int) -> float:
        r = self.sheet.rows[index]
        lines = max((_lines(r.text(c.key), c.width_mm, TABLE_FONT_PT) for c in self.sheet.columns
                     if c.key not in (Column.NUMBER, Column.SIGNATURE)), default=1)
        return max(ROW_HEIGHT_MM * PT_PER_MM, lines * TABLE_FONT_PT * LINE + 2 * CELL_TOP_MM * PT_PER_MM)

    def heading(self, title: str) -> float:
        return _lines(title, self.full, TABLE_FONT_PT, bold=True) * TABLE_FONT_PT * LINE + 6 \
            + 2 * CELL_TOP_MM * PT_PER_MM

    def footer(self) -> float:
        sheet, half = self.sheet, self.full / 2
        signer = max((_lines(s, half, 13, bold=True) for s in sheet.signers[:2]), default=1)
        return (13 * LINE + 13 * LINE + 4 + _lines(sheet.date_line, half, 13) * 13 * LINE + 3
                + signer * 13 * LINE + 13 * LINE + ROOM_TO_SIGN_PT)

    def last_page_used(self, forced: int | None) -> float:
        """The height used on the last page after the last row, with a page started at `forced`."""
        y = self.top() + self.header_row
        index = 0
        for section in self.sheet.sections:
            first = self.row(index) if section.rows else 0.0
            if section.title:
                h = self.heading(section.title)
                if index == forced or y + h + first > self.usable:   # a heading goes with its first row
                    y = self.header_row
                y += h
                if index == forced:
                    forced = None
            for _ in section.rows:
                h = self.row(index)
                if index == forced or y + h > self.usable:
                    y = self.header_row
                y += h
                index += 1
        return y


def break_before(sheet: SignInSheet, keep: int = 2) -> int | None:
    """The row (an index into sheet.rows) to start a page at so that the signature block shares
    the last page with the last `keep` rows; None when it already does."""
    rows = len(sheet.rows)
    if rows < 2:
        return None
    estimate = _Estimate(sheet)
    footer = estimate.footer()
    if estimate.last_page_used(None) + footer + SLACK_MM * PT_PER_MM <= estimate.usable:
        return None
    return rows - min(keep, rows - 1)
