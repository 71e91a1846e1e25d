"""Build giay_moi.docx, the invitation template shipped with hoinghi (Decree 30/2020/NĐ-CP layout):
    python resources/templates/make_invitation_template.py
An office can open the result in Word, change wording and layout, keep the {{placeholders}} it
needs (README lists them) and use its copy with `hoinghi invitations --template`."""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

FONT = "Times New Roman"
CENTER, LEFT, JUSTIFY = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.JUSTIFY


def _para(container, text: str, *, size: float = 13, bold: bool = False, italic: bool = False,
          align=CENTER, before: float = 0, after: float = 0):
    p = container.add_paragraph()
    p.alignment = align
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.line_spacing = 1.0
    if text:
        run = p.add_run(text)
        run.font.size, run.font.bold, run.font.italic = Pt(size), bold, italic
    return p


def _rule(container, indent_mm: float) -> None:
    """A short line under a heading: an empty paragraph's bottom border, narrowed by indents."""
    p = _para(container, "", size=4)
    p.paragraph_format.left_indent = p.paragraph_format.right_indent = Mm(indent_mm)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    p._p.get_or_add_pPr().append(borders)
    run = p.add_run()
    run.font.size = Pt(2)


def _two_columns(doc, widths_mm: tuple[float, float]):
    """A borderless table of two cells without inner margins, a little wider than the text area so
    that the national motto's line and the agency's name each stay on one line."""
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), "0")
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    table._tbl.tblPr.append(margins)
    for column, cell, width in zip(table.columns, table.rows[0].cells, widths_mm, strict=True):
        column.width = cell.width = Mm(width)   # the grid (LibreOffice) and the cell (Word)
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)   # filled below
    return table.rows[0].cells


def build(out: Path) -> None:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(13)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)

    left, right = _two_columns(doc, (77, 92))
    _para(left, "{{co_quan_chu_quan}}", size=12)
    _para(left, "{{co_quan}}", size=12, bold=True)
    _rule(left, 24)
    _para(left, "Số: {{so_ky_hieu}}", before=4)
    _para(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12, bold=True)
    _para(right, "Độc lập - Tự do - Hạnh phúc", bold=True)
    _rule(right, 16)
    _para(right, "{{ngay_thang}}", italic=True, before=4)

    _para(doc, "GIẤY MỜI", size=14, bold=True, before=18)
    _para(doc, "{{trich_yeu}}", bold=True, after=12)
    _para(doc, "{{kinh_gui}}", after=12)
    body = _para(doc, "{{noi_dung}}", align=JUSTIFY, after=12)
    body.paragraph_format.line_spacing = 1.15

    left, right = _two_columns(doc, (80, 85))
    _para(left, "Nơi nhận:", size=12, bold=True, italic=True, align=LEFT)
    _para(left, "{{noi_nhan}}", size=11, align=LEFT)
    _para(left, "{{qr}}", align=LEFT, before=8)
    _para(left, "{{ma}}", size=12, bold=True, align=LEFT).paragraph_format.left_indent = Mm(6)
    _para(right, "{{chuc_danh_ky}}", bold=True)
    _para(right, "{{da_ky}}", italic=True, before=6)
    _para(right, "", after=48)
    _para(right, "{{nguoi_ky}}", bold=True)
    doc.core_properties.title = "Giấy mời"
    doc.core_properties.author = "hoinghi"
    doc.save(str(out))


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("giay_moi.docx"))
