"""Small invite lists made on the fly for the import tests: the layouts units really send back."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Font

HEADER = ["STT", "Họ và tên", "Chức vụ", "Cơ quan, đơn vị", "Số điện thoại", "Ghi chú"]
PEOPLE = [
    ["Nguyễn Văn Đức", "Giám đốc", "Sở Tư pháp", "0912345678"],
    ["Đặng Thị Hoà", "Trưởng phòng", "Sở Nội vụ", "0987654321"],
    ["Lương Đức Thắng", "Phó Chủ tịch UBND huyện", "UBND huyện Cao Lộc", "0355555555"],
]


def xlsx(path: Path, rows: Sequence[Sequence[Any]], *, fonts: dict[tuple[int, int], Font] | None = None,
         merges: Sequence[str] = (), sheet: str = "Danh sách", extra_sheets: Sequence[str] = ()) -> Path:
    """A workbook with `rows` (None for an empty cell) on one sheet; fonts by (row, column), 1-based."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for name in extra_sheets:
        wb.create_sheet(name)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                cell = ws.cell(r, c, value)
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"
    for (r, c), font in (fonts or {}).items():
        ws.cell(r, c).font = font
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def xls(path: Path, rows: Sequence[Sequence[Any]], *, font_name: str | None = None,
        bold_rows: Sequence[int] = ()) -> Path:
    """An old binary .xls (xlwt), optionally in one font; `bold_rows` are 1-based."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    for r, row in enumerate(rows):
        bold = "on" if r + 1 in bold_rows else "off"
        style = xlwt.easyxf(f"font: name {font_name or 'Times New Roman'}, bold {bold}")
        for c, value in enumerate(row):
            if value is not None:
                sheet.write(r, c, value, style)
    book.save(str(path))
    return path


def csv_file(path: Path, lines: Sequence[str], *, encoding: str = "utf-8-sig", newline: str = "\r\n") -> Path:
    path.write_bytes(newline.join(lines).encode(encoding) + newline.encode(encoding))
    return path


def standard_rows(people: Sequence[Sequence[Any]] = PEOPLE, *, title: bool = True) -> list[list[Any]]:
    """A Decree 30-style list: a title block, a blank row, the header, then numbered people."""
    rows: list[list[Any]] = []
    if title:
        rows += [["UBND TỈNH LẠNG SƠN", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                 ["DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ"], []]
    rows.append(list(HEADER))
    rows += [[i, *p] for i, p in enumerate(people, start=1)]
    return rows
