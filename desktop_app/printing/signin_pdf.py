"""The sign-in sheet on paper (PDF, a printer, Qt's print preview): the same model and the same
Decree 30 layout as the workbook. Page numbers are centred in the top margin from page 2, the
table's header row starts every page, and rows are at least 11 mm tall to leave room to sign.

    paint_signin_sheet(sheet, printer)        # the window: print, or draw the preview's pages
    write_signin_pdf(sheet, "ky_ten.pdf")     # a file
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QPen

from desktop_app.domain.progress import Monitor
from desktop_app.domain.signin import (
    MARGINS_MM,
    PAGE_SIZE_MM,
    Column,
    SheetRow,
    SignInSheet,
    counted_title,
)
from desktop_app.printing.fonts import font
from desktop_app.printing.pages import Paper, paint, pdf_file, prepare

_PAD = 1.5                    # mm inside a cell
_LINE_MM = 0.25               # table rules
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
WORD_JOINER = "\u2060"


def _drawn(row: SheetRow, key: Column) -> str:
    """A cell's text as drawn: a note's "đ/c" is one word, with no line break after its slash."""
    text = row.text(key)
    return text.replace("/", "/" + WORD_JOINER) if key is Column.NOTE else text


_CENTER = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_TOP = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
_LEFT_TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_CENTER_TOP = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
ROOM_TO_SIGN_MM = 25          # under the signers' titles
_KEEP_ROWS = 2                # rows moved over so the signature block never stands alone


def write_signin_pdf(sheet: SignInSheet, path: str | os.PathLike[str], monitor: Monitor | None = None) -> int:
    """Write the sheet as a PDF; returns the number of pages."""
    with pdf_file(path, sheet.orientation, sheet.title) as writer:
        return paint_signin_sheet(sheet, writer, monitor)


def paint_signin_sheet(sheet: SignInSheet, device: QPagedPaintDevice, monitor: Monitor | None = None) -> int:
    """Draw the sheet on any paged device (QPdfWriter, QPrinter); returns the number of pages."""
    prepare(device, sheet.orientation)
    pages: list[int] = []

    def body(paper: Paper) -> None:
        painter = _SheetPainter(paper, sheet, monitor or Monitor())
        painter.break_before = _keeping_signers_with_rows(paper, sheet)
        pages.append(painter.run())

    paint(device, body)
    return pages[0]


def _keeping_signers_with_rows(paper: Paper, sheet: SignInSheet) -> int | None:
    """The row to start a new page at so that the count, date and signature blocks share the
    last page with the last rows (None: they already do). Laid out without drawing."""
    def dry_run(break_before: int | None) -> _SheetPainter:
        painter = _SheetPainter(paper, sheet, Monitor(), dry=True)
        painter.break_before = break_before
        painter.run()
        return painter

    if dry_run(None).signers_with_rows or not sheet.rows:
        return None
    n = len(sheet.rows)
    for keep in range(min(_KEEP_ROWS, n - 1), 0, -1):
        if dry_run(n - keep).signers_with_rows:
            return n - keep
    return None


class _SheetPainter:
    def __init__(self, paper: Paper, sheet: SignInSheet, monitor: Monitor, *, dry: bool = False) -> None:
        self.p = paper
        self.dry = dry                          # lay out only: measure, draw nothing
        self.break_before: int | None = None    # a row (index) that starts a new page
        self.signers_with_rows = True           # after run(): the footer shares the last rows' page
        self._row_page = 0
        self.continuing: str = ""               # the section whose rows are being drawn
        self.sheet = sheet
        self.monitor = monitor
        self.width_mm, self.height_mm = PAGE_SIZE_MM[sheet.orientation]
        self.left = MARGINS_MM["left"]
        self.right = self.width_mm - MARGINS_MM["right"]
        self.top = MARGINS_MM["top"]
        self.bottom = self.height_mm - MARGINS_MM["bottom"]
        self.columns = sheet.columns
        self.xs = [self.left]
        for c in self.columns:
            self.xs.append(self.xs[-1] + c.width_mm)
        self.page = 1
        self.y = self.top
        self.size = sheet.table_font_pt
        self.table_font = font(self.size)
        self._number_fonts: dict[tuple[int, float], QFont] = {}
        self.bold_font = font(self.size, bold=True)

    # -- drawing helpers ---------------------------------------------------------------------

    def text_height(self, text: str, f: QFont, width_mm: float) -> float:
        """Height in mm of `text` wrapped into `width_mm`."""
        painter = self.p.painter
        painter.setFont(f)
        bounds = self.p.text_bounds(self.p.rect(0, 0, width_mm, 1000), _LEFT_TOP, text or " ")
        return self.p.mm(bounds.height())

    def draw_text(self, text: str, f: QFont, x: float, y: float, w: float, h: float, flags: int) -> None:
        if self.dry:
            return
        painter = self.p.painter
        painter.setFont(f)
        self.p.draw_text(self.p.rect(x, y, w, h), flags, text)

    def line(self, x1: float, y1: float, x2: float, y2: float, width_mm: float = _LINE_MM) -> None:
        if self.dry:
            return
        pen = QPen(Qt.GlobalColor.black)
        pen.setWidthF(self.p.px(width_mm))
        self.p.painter.setPen(pen)
        self.p.painter.drawLine(self.p.point(x1, y1), self.p.point(x2, y2))

    def centred_line(self, text: str, f: QFont, x: float, w: float) -> float:
        """Draw `text` centred in [x, x + w] at the cursor; returns its height."""
        h = self.text_height(text, f, w)
        self.draw_text(text, f, x, self.y, w, h, _CENTER_TOP)
        return h

    def new_page(self, *, table_header: bool = True) -> None:
        if not self.dry:
            self.p.device.newPage()
        self.page += 1
        self.y = self.top
        # The page number, centred in the top margin (Decree 30), from page 2 on.
        self.draw_text(str(self.page), font(13), self.left, 8, self.right - self.left, 8, _CENTER)
        if table_header:
            self.header_row()
            if self.continuing:   # a section that goes on: its heading again, marked as continued
                self.section_row(f"{self.continuing} (tiếp)", 0)

    # -- parts -----------------------------------------------------------------------------------

    def run(self) -> int:
        if self.sheet.header_block:
            self.header_block()
        full = self.right - self.left
        self.y += self.centred_line(self.sheet.title, font(14, bold=True), self.left, full) + 1
        self.y += self.centred_line(self.sheet.conference_name, font(13, bold=True), self.left, full) + 0.5
        self.y += self.centred_line(self.sheet.time_place, font(13, italic=True), self.left, full) + 5
        for line in self.sheet.summary:
            h = self.text_height(line, font(13), full)
            self.draw_text(line, font(13), self.left, self.y, full, h, _LEFT_TOP)
            self.y += h + 1
        self.y += 3 if self.sheet.summary else 0
        self.header_row()
        rows = self.sheet.rows
        self.monitor.stage("writing", len(rows))
        done = 0
        for section in self.sheet.sections:
            first_height = self.row_height(section.rows[0]) if section.rows else 0
            self.continuing = ""
            if section.title:
                if self.break_before == done and section.rows:   # the heading goes with its rows
                    self.new_page()
                heading = counted_title(section) if self.sheet.section_counts else section.title
                self.section_row(heading, first_height)
            self.continuing = section.title
            for row in section.rows:
                if self.break_before == done and self._row_page == self.page and self.y > self.top + 0.1:
                    self.new_page()
                self.person_row(row)
                self._row_page = self.page
                done += 1
                if not self.dry:
                    self.monitor.step(done)
        self.monitor.finish()
        self.continuing = ""
        self.footer()
        return self.page

    def header_block(self) -> None:
        split_x = self.xs[self.sheet.header_split]
        left_w, right_w = split_x - self.left, self.right - split_x
        y0 = self.y
        left = list(self.sheet.header_left)
        fonts = [font(13), font(13, bold=True)] if len(left) == 2 else [font(13, bold=True)]
        for text, f in zip(left, fonts, strict=False):
            self.y += self.centred_line(text, f, self.left, left_w)
        if left:
            # A short rule under the organizing agency: a third of its width.
            self.p.painter.setFont(fonts[-1])
            text_w = min(self.p.mm(self.p.painter.fontMetrics().horizontalAdvance(left[-1])), left_w)
            cx = self.left + left_w / 2
            self.line(cx - text_w / 6, self.y + 1, cx + text_w / 6, self.y + 1, 0.3)
        left_end = self.y + 2
        self.y = y0
        right = list(self.sheet.header_right)
        if right:
            self.y += self.centred_line(right[0], font(12, bold=True), split_x, right_w)
        if len(right) > 1:
            motto_font = font(13, bold=True)
            self.y += self.centred_line(right[1], motto_font, split_x, right_w)
            self.p.painter.setFont(motto_font)
            motto_w = self.p.mm(self.p.painter.fontMetrics().horizontalAdvance(right[1]))
            cx = split_x + right_w / 2
            self.line(cx - motto_w / 2, self.y + 0.5, cx + motto_w / 2, self.y + 0.5, 0.3)
        self.y = max(left_end, self.y + 2) + 6

    def header_row(self) -> None:
        # Headings are centred in the whole cell: "STT" is wider than a 10 mm column less padding.
        h = max(self.text_height(c.title, self.bold_font, c.width_mm - 1) for c in self.columns) + 2 * _PAD
        h = max(h, 9)
        for i, c in enumerate(self.columns):
            self.draw_text(c.title, self.bold_font, self.xs[i] + 0.5, self.y, c.width_mm - 1, h, _CENTER)
        self.grid(self.y, h)
        self.y += h

    def grid(self, y: float, h: float, *, full_row: bool = False) -> None:
        self.line(self.left, y, self.right, y)
        self.line(self.left, y + h, self.right, y + h)
        xs = (self.xs[0], self.xs[-1]) if full_row else self.xs
        for x in xs:
            self.line(x, y, x, y + h)

    def section_row(self, title: str, next_row_height: float) -> None:
        width = self.right - self.left - 2 * _PAD
        h = max(self.text_height(title, self.bold_font, width) + 2 * _PAD, 8)
        if self.y + h + next_row_height > self.bottom:   # never a heading alone at a page's foot
            self.new_page()
        self.draw_text(title, self.bold_font, self.left + _PAD, self.y, width, h, _LEFT)
        self.grid(self.y, h, full_row=True)
        self.y += h

    def number_font(self, text: str, width_mm: float) -> QFont:
        """The table's font, or a smaller one for a number too wide for its column."""
        key = (len(text), width_mm)
        if key not in self._number_fonts:
            size, f = self.size, self.table_font
            painter = self.p.painter
            while size > 6:
                painter.setFont(f)
                if self.p.mm(painter.fontMetrics().horizontalAdvance("8" * len(text))) <= width_mm:
                    break
                size -= 0.5
                f = font(size)
            self._number_fonts[key] = f
        return self._number_fonts[key]

    def row_height(self, row: SheetRow) -> float:
        h = self.sheet.row_height_mm
        for c in self.columns:
            text = _drawn(row, c.key)
            if text and c.key not in (Column.NUMBER, Column.SIGNATURE):
                h = max(h, self.text_height(text, self.table_font, c.width_mm - 2 * _PAD) + 2 * _PAD)
        return h

    def person_row(self, row: SheetRow) -> None:
        h = self.row_height(row)
        if self.y + h > self.bottom:
            self.new_page()
        for i, c in enumerate(self.columns):
            text = _drawn(row, c.key)
            if not text:
                continue
            x, w = self.xs[i] + _PAD, c.width_mm - 2 * _PAD
            if c.key is Column.SIGNATURE:
                # "Ký so le": odd rows sign on the left, even rows on the right.
                flags = _RIGHT_TOP if row.sign_right else _LEFT_TOP
                self.draw_text(text, font(9), x, self.y + 0.8, w, h - 1.6, flags)
            elif c.key is Column.NUMBER:   # on one line in the whole narrow cell, smaller from 1,000 on
                self.draw_text(text, self.number_font(text, c.width_mm - 1), self.xs[i] + 0.5, self.y,
                               c.width_mm - 1, h, _CENTER)
            else:
                self.draw_text(text, self.table_font, x, self.y, w, h, _CENTER if c.centered else _LEFT)
        self.grid(self.y, h)
        self.y += h

    def footer_height(self) -> float:
        """The count line, the date line, the signers, the hint and the room to sign under them."""
        half = (self.right - self.left) / 2
        signers = max((self.text_height(s, font(13, bold=True), half) for s in self.sheet.signers[:2]), default=0)
        return (3 + 8 + self.text_height(self.sheet.date_line, font(13, italic=True), half) + 1 + signers
                + self.text_height(self.sheet.signature_hint, font(13, italic=True), half) + ROOM_TO_SIGN_MM)

    def footer(self) -> None:
        if self.y + self.footer_height() > self.bottom:
            self.new_page(table_header=False)
        self.signers_with_rows = self.page == self._row_page or not self.sheet.rows
        self.y += 3
        full = self.right - self.left
        self.draw_text(self.sheet.count_line, font(13), self.left, self.y, full, 7, _LEFT)
        self.y += 8
        half = full / 2
        right_x = self.left + half
        self.y += self.centred_line(self.sheet.date_line, font(13, italic=True), right_x, half) + 1
        signer_font, hint_font = font(13, bold=True), font(13, italic=True)
        y0 = self.y
        heights = []
        for i, signer in enumerate(self.sheet.signers[:2]):
            self.y = y0
            x = self.left if i == 0 else right_x
            self.y += self.centred_line(signer, signer_font, x, half)
            self.y += self.centred_line(self.sheet.signature_hint, hint_font, x, half)
            heights.append(self.y)
        self.y = max(heights) + ROOM_TO_SIGN_MM

