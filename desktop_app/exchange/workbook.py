"""What every exported workbook shares: a streamed (write-only) workbook, A4 page set-up with the
Decree 30 margins, column widths in millimetres, and saving through a temporary file."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.domain.files import atomic_output
from desktop_app.domain.signin import MARGINS_MM, Orientation
from desktop_app.exchange.cells import FONT_NAME, forget_styles

_MM_PER_INCH = 25.4
_MAX_DIGIT_PX = 7        # Calibri 11, the workbook default font that Excel measures columns in


def new_workbook() -> Workbook:
    return Workbook(write_only=True)


def width_chars(mm: float) -> float:
    """An Excel column width (in characters of the default font) that is `mm` wide on paper."""
    px = mm / _MM_PER_INCH * 96
    return round(max(px - 5, 0) / _MAX_DIGIT_PX, 2)


def set_column_widths(ws: Any, widths_mm: list[float]) -> None:
    for i, mm in enumerate(widths_mm, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width_chars(mm)


def set_a4(ws: Any, orientation: Orientation, *, title_row: int | None = None,
           number_from_page_two: bool = True) -> None:
    """A4 in `orientation`, Decree 30 margins, fit to the page width, the row `title_row`
    repeated on every page and the page number centred at the top from page 2."""
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = str(orientation)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    inch = 1 / _MM_PER_INCH
    ws.page_margins.left = round(MARGINS_MM["left"] * inch, 4)
    ws.page_margins.right = round(MARGINS_MM["right"] * inch, 4)
    ws.page_margins.top = round(MARGINS_MM["top"] * inch, 4)
    ws.page_margins.bottom = round(MARGINS_MM["bottom"] * inch, 4)
    ws.page_margins.header = round(10 * inch, 4)
    ws.page_margins.footer = round(10 * inch, 4)
    ws.print_options.horizontalCentered = False
    if title_row is not None:
        ws.print_title_rows = f"{title_row}:{title_row}"
    page_number = f'&"{FONT_NAME},Regular"&12&P'
    if number_from_page_two:
        ws.HeaderFooter.differentFirst = True
        ws.HeaderFooter.oddHeader.center.text = page_number
        ws.HeaderFooter.evenHeader.center.text = page_number
    else:
        ws.HeaderFooter.oddHeader.center.text = page_number


def save(wb: Workbook, path: str | os.PathLike[str]) -> Path:
    """Write the workbook beside `path`, then rename it into place."""
    try:
        with atomic_output(path) as tmp:
            wb.save(tmp)
    finally:
        forget_styles(wb)
    return Path(path)


@contextlib.contextmanager
def building(wb: Workbook) -> Iterator[Workbook]:
    """Discard a streamed workbook's temporary files if writing it fails (a cancel, a crash)."""
    try:
        yield wb
    except BaseException:
        forget_styles(wb)
        for ws in wb.worksheets:
            with contextlib.suppress(Exception):
                if getattr(ws, "_rows", None) is not None:
                    ws._rows.close()
            writer = getattr(ws, "_writer", None)
            if writer is not None:
                with contextlib.suppress(Exception):
                    writer.xf.close()
                with contextlib.suppress(Exception):
                    writer.cleanup()
        raise
