"""Safe cells for exported workbooks: every text is a string cell (a name starting with "=" never
becomes a formula), characters Excel rejects are removed, and styles are built once."""

from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.styles.cell_style import StyleArray

FONT_NAME = "Times New Roman"

# XML 1.0 forbids C0 controls (but tab, LF, CR); Excel also refuses the C1 range, lone
# surrogates and the non-characters U+FFFE/U+FFFF.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def safe_text(value: Any) -> str:
    """`value` as text that any spreadsheet program accepts."""
    if value is None:
        return ""
    return _ILLEGAL.sub("", str(value))


@dataclass(frozen=True)
class CellStyle:
    """A font, alignment and border to give a cell; build once, use for thousands of cells."""

    font: Font
    alignment: Alignment
    border: Border | None = None
    number_format: str | None = None


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def style(size: float = 12, *, bold: bool = False, italic: bool = False, underline: bool = False,
          horizontal: str = "left", vertical: str = "center", wrap: bool = True, border: bool = False,
          number_format: str | None = None, shrink: bool = False) -> CellStyle:
    """`shrink`: one line, made smaller when it does not fit (Excel's "shrink to fit"; no wrapping)."""
    return CellStyle(
        Font(name=FONT_NAME, size=size, bold=bold, italic=italic, underline="single" if underline else None),
        Alignment(horizontal=horizontal, vertical=vertical, wrap_text=wrap and not shrink,
                  shrink_to_fit=shrink or None),
        BOX if border else None,
        number_format,
    )


def text_cell(ws: Any, value: Any, cell_style: CellStyle | None = None) -> WriteOnlyCell:
    """A string cell (never a formula) for a write-only sheet."""
    cell = WriteOnlyCell(ws, safe_text(value) if value is not None else None)
    if value is not None:
        cell.data_type = "s"
    if cell_style is not None:
        apply(cell, cell_style)
    return cell


def value_cell(ws: Any, value: Any, cell_style: CellStyle | None = None) -> WriteOnlyCell:
    """A number, date or empty cell; text goes through `text_cell`."""
    if isinstance(value, str):
        return text_cell(ws, value, cell_style)
    cell = WriteOnlyCell(ws, value)
    if cell_style is not None:
        apply(cell, cell_style)
    return cell


# Giving a cell a font, alignment and border makes openpyxl hash each object to find it in the
# workbook's style tables, which costs more than writing the cell. The resulting style indices
# are the same for every cell of a style, so they are worked out once per workbook and copied.
# Keyed by identities (hashing a Font is what is slow); the entry keeps the style object alive so
# its id cannot be reused while the workbook is being written.
_STYLE_ARRAYS: dict[tuple[int, int], tuple[CellStyle, StyleArray]] = {}


def apply(cell: Any, cell_style: CellStyle) -> None:
    key = (id(cell.parent.parent), id(cell_style))
    entry = _STYLE_ARRAYS.get(key)
    if entry is None:
        _assign(cell, cell_style)
        _STYLE_ARRAYS[key] = (cell_style, copy(cell._style))
        return
    cell._style = entry[1]   # shared, not copied: nothing changes a cell's style after this


def forget_styles(wb: Any) -> None:
    """Drop the cached style indices of a saved (or abandoned) workbook."""
    for key in [k for k in _STYLE_ARRAYS if k[0] == id(wb)]:
        del _STYLE_ARRAYS[key]


def _assign(cell: Any, cell_style: CellStyle) -> None:
    cell.font = cell_style.font
    cell.alignment = cell_style.alignment
    if cell_style.border is not None:
        cell.border = cell_style.border
    if cell_style.number_format is not None:
        cell.number_format = cell_style.number_format
