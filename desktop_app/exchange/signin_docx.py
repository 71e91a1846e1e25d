"""The sign-in sheet as a Word document (.docx), for offices that edit it before printing: the
same model and Decree 30 layout as the PDF and the workbook (domain/signin.py), written with
python-docx. A4 with the Decree 30 margins, Times New Roman; the header block as a borderless
two-column table; the table's header row repeated on every page (w:tblHeader), rows that do not
split across pages and are at least 11 mm tall; the count, date and signature blocks kept with
the last rows (keep with next); page numbers centred at the top from page 2."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from desktop_app.domain.files import atomic_output
from desktop_app.domain.progress import Monitor
from desktop_app.domain.signin import (
    CELL_PADDING_MM,
    MARGINS_MM,
    PAGE_SIZE_MM,
    ROW_HEIGHT_MM,
    TABLE_FONT_PT,
    Column,
    Orientation,
    SheetRow,
    SignInSheet,
)
from desktop_app.domain.text_metrics import width_mm
from desktop_app.exchange.cells import FONT_NAME
from desktop_app.exchange.docx_pages import CELL_TOP_MM, ROOM_TO_SIGN_PT, break_before

_KEEP_ROWS = 2                 # rows that go over with the signature block, as on paper
_NARROW_PAD_MM = CELL_TOP_MM   # inside the headings and the numbers, as on paper
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_CENTER, _LEFT, _RIGHT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT


def write_signin_docx(sheet: SignInSheet, path: str | os.PathLike[str], monitor: Monitor | None = None) -> Path:
    """Write `sheet` to a .docx file at `path` (through a temporary file)."""
    document = _DocxWriter(sheet, monitor or Monitor()).build()
    with atomic_output(path) as tmp:
        document.save(str(tmp))
    return Path(path)


def _text(text: str) -> str:
    return _NOT_IN_XML.sub("", text)


# Word refuses properties out of the schema's order ("unreadable content"): a new one goes before
# the first of those that must follow it.
_ORDER = {
    "w:tblPr": ("w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
                "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd",
                "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"),
    "w:tcPr": ("w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd", "w:noWrap",
               "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"),
    "w:pPr": ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
              "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
              "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
              "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
              "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
              "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"),
    "w:tcMar": ("w:top", "w:start", "w:left", "w:bottom", "w:end", "w:right"),
    "w:tblCellMar": ("w:top", "w:start", "w:left", "w:bottom", "w:end", "w:right"),
    "w:tblBorders": ("w:top", "w:start", "w:left", "w:bottom", "w:end", "w:right", "w:insideH", "w:insideV"),
    "w:pBdr": ("w:top", "w:left", "w:bottom", "w:right", "w:between", "w:bar"),
}
_ORDER_BY_TAG = {qn(parent): tuple(qn(t) for t in tags) for parent, tags in _ORDER.items()}


def _set(element: Any, tag: str, **attributes: str) -> Any:
    """The child `tag` of an element (made if missing, in the schema's order), with these w:
    attributes."""
    child = element.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        order = _ORDER_BY_TAG.get(element.tag, ())
        later = set(order[order.index(qn(tag)) + 1:]) if qn(tag) in order else set()
        successor = next((c for c in element if c.tag in later), None)
        if successor is not None:
            successor.addprevious(child)
        else:
            element.append(child)
    for name, value in attributes.items():
        child.set(qn(f"w:{name}"), value)
    return child


def _fonts(rpr: Any) -> None:
    """Times New Roman for every script, so Word never falls back to another font for a letter."""
    _set(rpr, "w:rFonts", ascii=FONT_NAME, hAnsi=FONT_NAME, cs=FONT_NAME, eastAsia=FONT_NAME)


class _DocxWriter:
    def __init__(self, sheet: SignInSheet, monitor: Monitor) -> None:
        self.sheet = sheet
        self.monitor = monitor
        self.doc = Document()
        self.widths = [c.width_mm for c in sheet.columns]

    def build(self) -> Any:
        self._page()
        if self.sheet.header_block:
            self._header_block()
        self._paragraph(self.sheet.title, 14, bold=True, align=_CENTER, after=2)
        self._paragraph(self.sheet.conference_name, 13, bold=True, align=_CENTER, after=1)
        self._paragraph(self.sheet.time_place, 13, italic=True, align=_CENTER, after=10)
        self._table()
        self._footer()
        return self.doc

    # -- the page ---------------------------------------------------------------------------

    def _page(self) -> None:
        normal = self.doc.styles["Normal"]
        normal.font.name = FONT_NAME
        normal.font.size = Pt(13)
        _fonts(normal.element.get_or_add_rPr())
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.line_spacing = 1.0
        section = self.doc.sections[0]
        width, height = PAGE_SIZE_MM[self.sheet.orientation]
        section.orientation = (WD_ORIENT.LANDSCAPE if self.sheet.orientation is Orientation.LANDSCAPE
                               else WD_ORIENT.PORTRAIT)
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
        section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
        section.header_distance = section.footer_distance = Mm(10)
        # The page number, centred in the top margin, from page 2 on (Decree 30).
        section.different_first_page_header_footer = True
        p = section.header.paragraphs[0]
        p.alignment = _CENTER
        self._page_field(p)

    def _page_field(self, paragraph: Any) -> None:
        run = paragraph.add_run()
        run.font.size = Pt(13)
        begin, instr, end = OxmlElement("w:fldChar"), OxmlElement("w:instrText"), OxmlElement("w:fldChar")
        begin.set(qn("w:fldCharType"), "begin")
        instr.set(qn("xml:space"), "preserve")
        instr.text = " PAGE "
        end.set(qn("w:fldCharType"), "end")
        for element in (begin, instr, end):
            run._r.append(element)

    def _paragraph(self, text: str, size: float, *, bold: bool = False, italic: bool = False, align: Any = None,
                   after: float = 0, into: Any = None) -> Any:
        p = into.add_paragraph() if into is not None else self.doc.add_paragraph()
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(after)
        _add_run(p, text, size, bold=bold, italic=italic)
        return p

    # -- the header block -------------------------------------------------------------------

    def _header_block(self) -> None:
        split = self.sheet.header_split
        left_w, right_w = sum(self.widths[:split]), sum(self.widths[split:])
        table = self._fixed_table(2, [left_w, right_w], borders=False)
        left, right = table.rows[0].cells
        agencies = list(self.sheet.header_left)
        bolds = [False, True] if len(agencies) == 2 else [True]
        for i, (text, bold) in enumerate(zip(agencies, bolds, strict=False)):
            self._cell_paragraph(left, i, text, 13, bold=bold)
        if agencies:
            rule = width_mm(agencies[-1], 13, bold=True) / 3
            self._rule(left, left_w, rule)
        nation = list(self.sheet.header_right)
        for i, (text, size) in enumerate(zip(nation, (12, 13), strict=False)):
            self._cell_paragraph(right, i, text, size, bold=True)
        if len(nation) > 1:
            self._rule(right, right_w, width_mm(nation[1], 13, bold=True))
        self._paragraph("", 8, after=6)

    def _cell_paragraph(self, cell: Any, index: int, text: str, size: float, *, bold: bool = False,
                        italic: bool = False, align: Any = _CENTER) -> Any:
        p = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        p.alignment = align
        _add_run(p, text, size, bold=bold, italic=italic)
        return p

    def _rule(self, cell: Any, cell_mm: float, rule_mm: float) -> None:
        """A short centred rule under a block: an empty paragraph's bottom border, indented."""
        p = cell.add_paragraph()
        indent = max((cell_mm - 2 * CELL_PADDING_MM - rule_mm) / 2, 0)
        p.paragraph_format.left_indent = p.paragraph_format.right_indent = Mm(indent)
        p.paragraph_format.line_spacing = Pt(3)
        border = _set(p._p.get_or_add_pPr(), "w:pBdr")
        _set(border, "w:bottom", val="single", sz="6", space="1", color="000000")

    # -- the table --------------------------------------------------------------------------

    def _fixed_table(self, columns: int, widths_mm: list[float], *, borders: bool) -> Any:
        table = self.doc.add_table(rows=1, cols=columns)
        table.autofit = False
        tblpr = table._tbl.tblPr
        _set(tblpr, "w:tblLayout", type="fixed")
        _set(tblpr, "w:tblW", w=str(round(sum(widths_mm) / 25.4 * 1440)), type="dxa")
        _set(tblpr, "w:tblInd", w="0", type="dxa")
        margins = _set(tblpr, "w:tblCellMar")
        for side in ("left", "right"):
            _set(margins, f"w:{side}", w=str(round(CELL_PADDING_MM / 25.4 * 1440)), type="dxa")
        if borders:   # the list: a little room above and below text that fills its cell
            for side in ("top", "bottom"):
                _set(margins, f"w:{side}", w=str(round(CELL_TOP_MM / 25.4 * 1440)), type="dxa")
            edges = _set(tblpr, "w:tblBorders")
            for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
                _set(edges, f"w:{edge}", val="single", sz="4", space="0", color="000000")
        for column, mm in zip(table.columns, widths_mm, strict=True):
            column.width = Mm(mm)
        for row in table.rows:
            for cell, mm in zip(row.cells, widths_mm, strict=True):
                cell.width = Mm(mm)
        return table

    def _table(self) -> None:
        sheet = self.sheet
        table = self._list_table()
        rows = sheet.rows
        self.monitor.stage("writing", len(rows))
        done = 0
        keep_from = len(rows) - min(_KEEP_ROWS, max(len(rows) - 1, 0))
        new_page = break_before(sheet, _KEEP_ROWS)
        for section in sheet.sections:
            first = done
            if section.title:
                if new_page == first and section.rows:   # the heading goes over with its rows
                    table = self._list_table(new_page=True)
                self._section_row(table, section.title)
            for row in section.rows:
                if new_page == done and not (section.title and done == first):
                    table = self._list_table(new_page=True)
                self._person_row(table, row, keep=done >= keep_from)
                done += 1
                self.monitor.step(done)
        self.monitor.finish()

    def _list_table(self, *, new_page: bool = False) -> Any:
        """The list's table and its header row, repeated on every page. The last rows go in a
        table of their own on a new page when the signature block would stand alone otherwise:
        Word keeps rows with the next paragraph (keep with next), LibreOffice does not."""
        if new_page:   # a paragraph of its own: a page break inside a table is ignored
            gap = self.doc.add_paragraph()
            gap.paragraph_format.page_break_before = True
            gap.paragraph_format.line_spacing = Pt(1)
        table = self._fixed_table(len(self.sheet.columns), self.widths, borders=True)
        head = table.rows[0]
        _set(_trpr(head), "w:tblHeader")
        _set(_trpr(head), "w:cantSplit")
        for cell, column in zip(head.cells, self.sheet.columns, strict=True):
            self._cell_paragraph(cell, 0, column.title, TABLE_FONT_PT, bold=True)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            _narrow_margins(cell)   # headings centred in the whole cell ("STT" in 10 mm), as on paper
        return table

    def _section_row(self, table: Any, title: str) -> None:
        row = table.add_row()
        _set(_trpr(row), "w:cantSplit")
        cell = row.cells[0].merge(row.cells[-1])
        p = self._cell_paragraph(cell, 0, title, TABLE_FONT_PT, bold=True, align=_LEFT)
        p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(3)
        p.paragraph_format.keep_with_next = True     # never a heading alone at a page's foot
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    def _person_row(self, table: Any, r: SheetRow, *, keep: bool) -> None:
        row = table.add_row()
        row.height = Mm(ROW_HEIGHT_MM)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        _set(_trpr(row), "w:cantSplit")
        for cell, column in zip(row.cells, self.sheet.columns, strict=True):
            text = r.text(column.key)
            if column.key is Column.SIGNATURE:
                p = self._cell_paragraph(cell, 0, text, 9, align=_RIGHT if r.sign_right else _LEFT)
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
            else:
                p = self._cell_paragraph(cell, 0, text, TABLE_FONT_PT, align=_CENTER if column.centered else _LEFT)
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                if column.key is Column.NUMBER:
                    _narrow_margins(cell)
            # The last rows stay with the count and the signature blocks under them.
            p.paragraph_format.keep_with_next = keep or None

    # -- the end ----------------------------------------------------------------------------

    def _footer(self) -> None:
        sheet = self.sheet
        self._paragraph("", 8, after=0).paragraph_format.keep_with_next = True
        count = self._paragraph(sheet.count_line, 13, after=4)
        count.paragraph_format.keep_with_next = True
        half = sum(self.widths) / 2
        table = self._fixed_table(2, [half, half], borders=False)
        row = table.rows[0]
        _set(_trpr(row), "w:cantSplit")
        left, right = row.cells
        # The date line over the right signer; an empty line beside it keeps the signers level.
        for cell, text in ((left, ""), (right, sheet.date_line)):
            self._cell_paragraph(cell, 0, text, 13, italic=True).paragraph_format.space_after = Pt(3)
        for cell, signer in zip((left, right), sheet.signers[:2], strict=False):
            self._cell_paragraph(cell, 1, signer, 13, bold=True)
            hint = self._cell_paragraph(cell, 2, sheet.signature_hint, 13, italic=True)
            hint.paragraph_format.space_after = Pt(ROOM_TO_SIGN_PT)
        for cell in (left, right):
            for p in cell.paragraphs:
                p.paragraph_format.keep_with_next = True
                p.paragraph_format.keep_together = True


def _narrow_margins(cell: Any) -> None:
    margins = _set(cell._tc.get_or_add_tcPr(), "w:tcMar")
    for side in ("left", "right"):
        _set(margins, f"w:{side}", w=str(round(_NARROW_PAD_MM / 25.4 * 1440)), type="dxa")


def _trpr(row: Any) -> Any:
    return row._tr.get_or_add_trPr()


def _add_run(p: Any, text: str, size: float, *, bold: bool, italic: bool) -> None:
    """The text (if any) as one run of `size` points; bold and italic only when asked."""
    if text:
        run = p.add_run(_text(text))
        run.font.size = Pt(size)
        run.bold = bold or None
        run.italic = italic or None
