"""How wide a text is in Times New Roman, to give spreadsheet rows the height their wrapped text
needs (Excel and LibreOffice do not grow a row whose height is set).

The advance widths (per 1000 units of the em) are those of Times New Roman, read from Liberation
Serif, its metric-compatible twin. A Vietnamese letter is as wide as its base letter: tone marks
sit above or below it."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_CHARS = (" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"
          "ăâđêôơưĂÂĐÊÔƠƯ–…“”‘’")
_REGULAR = (
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722,
    611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444,
    500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722,
    500, 500, 444, 480, 200, 480, 541, 444, 444, 500, 444, 500, 529, 542, 722, 722, 722, 611, 722, 722, 776, 500,
    1000, 444, 444, 333, 333,
)
_BOLD = (
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778,
    667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500,
    556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722,
    500, 500, 444, 394, 220, 394, 520, 500, 500, 556, 444, 500, 554, 600, 722, 722, 722, 667, 778, 778, 796, 500,
    1000, 500, 500, 333, 333,
)
_WIDTHS = (dict(zip(_CHARS, _REGULAR, strict=True)), dict(zip(_CHARS, _BOLD, strict=True)))
_DEFAULT = 556   # a letter we have no width for: a wide-ish guess errs towards taller rows


@lru_cache(maxsize=4096)
def _char_width(ch: str, bold: bool) -> int:
    table = _WIDTHS[bold]
    if ch in table:
        return table[ch]
    base = unicodedata.normalize("NFD", ch)[0]
    return table.get(base, _DEFAULT)


def text_width(text: str, size_pt: float, *, bold: bool = False) -> float:
    """Width of `text` in points at `size_pt`."""
    return sum(_char_width(ch, bold) for ch in text) * size_pt / 1000.0


@lru_cache(maxsize=16384)   # a sheet repeats its units and positions thousands of times
def line_count(text: str, width_pt: float, size_pt: float, *, bold: bool = False) -> int:
    """Lines `text` takes when wrapped at word boundaries into `width_pt` (a word longer than the
    line is broken, as spreadsheets do)."""
    if not text:
        return 1
    space = text_width(" ", size_pt, bold=bold)
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split(" "):
            w = text_width(word, size_pt, bold=bold)
            if used and used + space + w <= width_pt:
                used += space + w
                continue
            if used:
                lines += 1
            while w > width_pt:   # a very long word breaks where the cell ends
                lines += 1
                w -= width_pt
            used = w
    return lines


PT_PER_MM = 72 / 25.4


def width_mm(text: str, size_pt: float, *, bold: bool = False) -> float:
    """Width of `text` in millimetres at `size_pt`."""
    return text_width(text, size_pt, bold=bold) / PT_PER_MM


def longest_word_mm(text: str, size_pt: float, *, bold: bool = False) -> float:
    """Width of the widest word of `text` (what a wrapped cell cannot get narrower than)."""
    return max((width_mm(word, size_pt, bold=bold) for word in text.split()), default=0.0)
