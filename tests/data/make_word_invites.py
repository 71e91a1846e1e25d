"""Write the Word invite lists the import tests read: the workbook samples beside this file
(invite_list_sections.xlsx, invite_list_tcvn3.xlsx) sent back as tables in Word documents, the
way units do it, with python-docx:

- the Decree 30 header block as a borderless two-column table above the list (not the list);
- the title and the conference as paragraphs (text outside the tables);
- the list split in two tables, the header row in the first only, a paragraph between them;
- section rows merged across the table (gridSpan), a unit written once beside the people of
  that unit (cells merged down, vMerge);
- in the TCVN3 copy every run in the font of the workbook's cell (".VnTime", ".VnTimeH").

Each document lists the same people as its workbook, so its .expected.json is a copy of the
workbook's. Run it after changing a sample, then commit the .docx and .expected.json files:

    .venv/bin/python tests/data/make_word_invites.py
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
HEADER_ROW = 7          # of the workbook samples


def _cells(path: Path) -> list[list[tuple[Any, str | None, bool] | None]]:
    """The workbook's rows: (value, font name, bold) per cell, None where empty."""
    ws = openpyxl.load_workbook(path).active
    return [[(c.value, c.font.name, bool(c.font.b)) if c.value is not None else None for c in row]
            for row in ws.iter_rows()]


def _write(cell: Any, value: tuple[Any, str | None, bool] | None, *, legacy: bool) -> None:
    if value is None:
        return
    text, font, bold = value
    run = cell.paragraphs[0].add_run(str(text))
    run.bold = bold
    if legacy and font and font.startswith(".Vn"):
        run.font.name = font


def _borderless(table: Any) -> None:
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    if borders is not None:
        table._tbl.tblPr.remove(borders)
    table.style = None


def _list_table(document: Any, rows: list[list[Any]], *, legacy: bool) -> None:
    table = document.add_table(rows=len(rows), cols=6)
    table.style = "Table Grid"
    unit_start: tuple[int, str] | None = None   # the row where the unit now merged down began
    for r, row in enumerate(rows):
        cells = table.rows[r].cells
        if len([v for v in row if v is not None]) == 1 and row[0] is not None and not isinstance(row[0][0], int):
            merged = cells[0].merge(cells[5])           # a section row: one cell across the table
            _write(merged, row[0], legacy=legacy)
            unit_start = None
            continue
        unit = row[3][0] if row[3] is not None else None
        for c, value in enumerate(row[:6]):
            if c == 3 and unit_start is not None and unit == unit_start[1]:
                continue                                  # written once, in the merged cell above
            _write(cells[c], value, legacy=legacy)
        if unit_start is not None and unit == unit_start[1]:
            table.cell(unit_start[0], 3).merge(cells[3])
        else:
            unit_start = (r, unit) if unit else None


def word_list(sample: Path, target: Path, *, legacy: bool) -> Path:
    rows = [row + [None] * (6 - len(row)) for row in _cells(sample)]
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    block = document.add_table(rows=2, cols=2)
    _borderless(block)
    for r in range(2):
        _write(block.cell(r, 0), rows[r][0], legacy=False)
        _write(block.cell(r, 1), rows[r][3], legacy=False)
    for r in (3, 4):
        p = document.add_paragraph(str(rows[r][0][0]))
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    body = [row for row in rows[HEADER_ROW - 1:] if any(v is not None for v in row)]
    sections = [i for i, row in enumerate(body) if i and row[0] is not None and not isinstance(row[0][0], int)
                and all(v is None for v in row[1:])]
    split = sections[len(sections) // 2]
    _list_table(document, body[:split], legacy=legacy)
    document.add_paragraph("(Danh sách tiếp theo ở trang sau)")
    _list_table(document, body[split:], legacy=legacy)
    document.add_paragraph("Lạng Sơn, ngày 10 tháng 9 năm 2022")
    document.add_paragraph("NGƯỜI LẬP BIỂU")
    document.core_properties.author = "hoinghi tests"
    document.save(str(target))
    return target


def main() -> None:
    for name, legacy in (("invite_list_sections", False), ("invite_list_tcvn3", True)):
        target = HERE / f"{name}_word.docx"
        word_list(HERE / f"{name}.xlsx", target, legacy=legacy)
        shutil.copyfile(HERE / f"{name}.expected.json", HERE / f"{name}_word.expected.json")
        print(target)


if __name__ == "__main__":
    main()
