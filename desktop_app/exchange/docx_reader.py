"""An invite list sent back as a table in a Word document (.docx), read with python-docx into the
same rows a workbook gives: the document's tables, in order, read as one list, one row per table
row, one value per grid column, and each cell's font (name, bold) for legacy-encoding detection.

Text outside the tables is left out. A cell merged across columns (gridSpan) holds its text in
its first column, as a merged range does in a workbook, so a row merged across the table reads
as a section heading; a cell merged down (vMerge) gives its text to every row it spans: a unit
written once beside its three delegates belongs to all three. A table whose own header row
names the columns in another order is read in the first header's order, and its header row is
left out; a table with no header continues the one before."""

from __future__ import annotations

import zipfile
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

from lxml import etree

from desktop_app.domain.errors import FileProblem
from desktop_app.exchange import limits
from desktop_app.exchange.files import ZIP_DAMAGE, SourceKind
from desktop_app.exchange.sources import CellFont, RawRow
from desktop_app.exchange.table import HEADER_SEARCH_ROWS, TableLayout, find_header

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_LATER_HEADER_ROWS = 5          # a following table's own header sits in its first rows
MAX_DOCUMENT_XML = 64 * limits.MB   # a 20,000-row table is about 30 MB of XML


def _q(name: str) -> str:
    return f"{{{_W}}}{name}"


_TBL, _TR, _TC, _P, _R, _T, _TAB, _BR, _CR = (_q(n) for n in ("tbl", "tr", "tc", "p", "r", "t", "tab", "br", "cr"))
_SDT_CONTENT = _q("sdtContent")
_VAL = _q("val")


def _on(element: Any) -> bool:
    """Whether a toggle property (<w:b/>, <w:b w:val="0"/>) is on."""
    return element is not None and element.get(_VAL, "true").lower() not in ("0", "false", "off")


def _number(element: Any, default: int = 0) -> int:
    try:
        return max(int(element.get(_VAL)), 0) if element is not None else default
    except (TypeError, ValueError):
        return default


class _Styles:
    """The font name and boldness a run gets from its character and paragraph styles and the
    document defaults, where it says nothing itself."""

    def __init__(self, styles: Any) -> None:
        self._by_id: dict[str, Any] = {}
        self._default_paragraph: str | None = None
        self._defaults: tuple[str | None, bool | None] = (None, None)
        self._cache: dict[str | None, tuple[str | None, bool | None]] = {}
        if styles is None:
            return
        for style in styles.iter(_q("style")):
            style_id = style.get(_q("styleId"))
            if style_id:
                self._by_id[style_id] = style
                if style.get(_q("type")) == "paragraph" and style.get(_q("default"), "").lower() in ("1", "true", "on"):
                    self._default_paragraph = self._default_paragraph or style_id
        rpr = styles.find(f"{_q('docDefaults')}/{_q('rPrDefault')}/{_q('rPr')}")
        if rpr is not None:
            self._defaults = _run_properties(rpr)

    def of(self, style_id: str | None) -> tuple[str | None, bool | None]:
        """(font, bold) a style sets, following its basedOn chain (None: not set)."""
        if style_id not in self._cache:
            self._cache[style_id] = self._resolve(style_id)
        return self._cache[style_id]

    def _resolve(self, style_id: str | None) -> tuple[str | None, bool | None]:
        font: str | None = None
        bold: bool | None = None
        seen: set[str] = set()
        while style_id and style_id not in seen and (font is None or bold is None):
            seen.add(style_id)
            style = self._by_id.get(style_id)
            if style is None:
                break
            rpr = style.find(_q("rPr"))
            if rpr is not None:
                f, b = _run_properties(rpr)
                font, bold = font or f, bold if bold is not None else b
            based = style.find(_q("basedOn"))
            style_id = based.get(_VAL) if based is not None else None
        return font, bold

    def paragraph(self, p: Any) -> tuple[str | None, bool | None]:
        ppr = p.find(_q("pPr"))
        style = ppr.find(_q("pStyle")) if ppr is not None else None
        font, bold = self.of(style.get(_VAL) if style is not None else self._default_paragraph)
        return font or self._defaults[0], bold if bold is not None else self._defaults[1]


def _run_properties(rpr: Any) -> tuple[str | None, bool | None]:
    """(font, bold) set directly in a <w:rPr>. Legacy Vietnamese bytes lie above ASCII, where
    Word uses the hAnsi font; ascii is the fall-back."""
    fonts = rpr.find(_q("rFonts"))
    font = None
    if fonts is not None:
        font = fonts.get(_q("hAnsi")) or fonts.get(_q("ascii"))
    b = rpr.find(_q("b"))
    return font, (_on(b) if b is not None else None)


class _Cell:
    """A table cell's text and the font that carries most of it."""

    def __init__(self, tc: Any, styles: _Styles) -> None:
        lines: list[str] = []
        weights: dict[tuple[str | None, bool], int] = {}
        for p in tc.iter(_P):
            pfont, pbold = styles.paragraph(p)
            parts: list[str] = []
            for r in p.iter(_R):
                text = "".join(_run_text(r))
                if not text.strip():
                    parts.append(text)
                    continue
                parts.append(text)
                font, bold = pfont, pbold
                rpr = r.find(_q("rPr"))
                if rpr is not None:
                    style = rpr.find(_q("rStyle"))
                    sfont, sbold = styles.of(style.get(_VAL)) if style is not None else (None, None)
                    dfont, dbold = _run_properties(rpr)
                    font = dfont or sfont or pfont
                    bold = dbold if dbold is not None else sbold if sbold is not None else pbold
                key = (font, bool(bold))
                weights[key] = weights.get(key, 0) + len(text.strip())
            lines.append("".join(parts))
        text = "\n".join(lines).strip()
        self.text: str | None = limits.cut(text) if text else None
        self.font: CellFont | None = None
        if weights:
            (name, _), _ = max(weights.items(), key=lambda kv: kv[1])
            bold = all(b for (_, b) in weights)   # a heading is bold throughout
            self.font = CellFont(name, bold)


def _run_text(r: Any) -> Iterator[str]:
    for child in r:
        tag = child.tag
        if tag == _T:
            yield child.text or ""
        elif tag == _TAB:
            yield "\t"
        elif tag in (_BR, _CR):
            yield "\n"


def _row_cells(tr: Any) -> Iterator[tuple[int, int, str | None, Any]]:
    """(first grid column, span, vMerge, <w:tc>) of each cell of a row."""
    trpr = tr.find(_q("trPr"))
    column = _number(trpr.find(_q("gridBefore"))) if trpr is not None else 0
    for tc in _children(tr, _TC):
        tcpr = tc.find(_q("tcPr"))
        span, merge = 1, None
        if tcpr is not None:
            span = max(_number(tcpr.find(_q("gridSpan")), 1), 1)
            vmerge = tcpr.find(_q("vMerge"))
            if vmerge is not None:
                merge = vmerge.get(_VAL, "continue")
        yield column, span, merge, tc
        column += span


def _children(element: Any, tag: str) -> Iterator[Any]:
    """The `tag` children of an element, also those inside content controls (<w:sdt>)."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag == _q("sdt"):
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _children(content, tag)


class DocxSource:
    """A Word document's tables as one sheet of rows."""

    kind = SourceKind.DOCX
    SHEET = "Word"

    def __init__(self, path: Path) -> None:
        import docx
        from docx.opc.exceptions import PackageNotFoundError

        self.path = path
        _check_size(path)
        try:
            document = docx.Document(str(path))
            body = document.element.body
            styles_part = document.styles.element
        except (PackageNotFoundError, etree.LxmlError, AttributeError, *ZIP_DAMAGE) as exc:
            # python-docx follows a damaged package as far as it goes; each of these is damage
            raise FileProblem("file_corrupt", path=str(path), detail=f"{type(exc).__name__}: {exc}") from exc
        self._styles = _Styles(styles_part)
        self._tables = list(_children(body, _TBL))
        if not self._tables:
            raise FileProblem("docx_no_table", path=str(path))

    def sheet_names(self) -> list[str]:
        return [self.SHEET]

    def size_hint(self, sheet: str) -> int:
        return sum(len(list(_children(t, _TR))) for t in self._tables)

    def rows(self, sheet: str) -> Generator[RawRow, None, None]:
        if sheet != self.SHEET:
            raise FileProblem("sheet_missing", path=str(self.path), sheet=sheet, sheets=[self.SHEET])
        number = 0
        header: TableLayout | None = None
        with limits.memory_guard(self.path):
            for table in self._tables:
                rows: list[tuple[RawRow, bool]] = []
                for row in self._table_rows(table, number):
                    rows.append(row)
                    if number + len(rows) > limits.MAX_ROWS:
                        raise limits.too_large(self.path, "rows", maximum=limits.MAX_ROWS)
                number += len(rows)
                if header is None:
                    header = find_header([r for r, _ in rows[:HEADER_SEARCH_ROWS]])
                    yield from (r for r, _ in rows)
                else:
                    yield from _in_order_of(header, rows)

    def _table_rows(self, table: Any, before: int) -> Iterator[tuple[RawRow, bool]]:
        """Each row of a table, and whether it is one cell merged across the table."""
        above: dict[int, tuple[str | None, CellFont | None]] = {}   # vMerge: the cell a merge started with
        for index, tr in enumerate(_children(table, _TR), start=1):
            values: list[Any] = []
            fonts: list[CellFont | None] = []
            spans = []
            for column, span, merge, tc in _row_cells(tr):
                if column + span > limits.MAX_COLUMNS:
                    raise limits.too_large(self.path, "columns", maximum=limits.MAX_COLUMNS)
                if merge == "continue" and column in above:
                    text, font = above[column]
                else:
                    cell = _Cell(tc, self._styles)
                    text, font = cell.text, cell.font
                    if merge == "restart":
                        above[column] = (text, font)
                    else:
                        above.pop(column, None)
                gap = column - len(values)
                values += [None] * gap
                fonts += [None] * gap
                values += [text] + [None] * (span - 1)
                fonts += [font if text is not None else None] + [None] * (span - 1)
                spans.append(span)
            yield RawRow(before + index, values, fonts), len(spans) == 1 and spans[0] > 1

    def close(self) -> None:
        self._tables = []


def _check_size(path: Path) -> None:
    """python-docx parses the document whole: refuse one whose text would not fit in memory
    (sniffing has already checked the zip itself)."""
    try:
        with zipfile.ZipFile(path) as z:
            size = sum(i.file_size for i in z.infolist() if i.filename.startswith("word/") and
                       i.filename.endswith(".xml"))
    except ZIP_DAMAGE as exc:
        raise FileProblem("file_corrupt", path=str(path), detail=f"{type(exc).__name__}: {exc}") from exc
    if size > MAX_DOCUMENT_XML:
        raise limits.too_large(path, "unpacked", maximum=MAX_DOCUMENT_XML // limits.MB)


def _in_order_of(header: TableLayout, rows: list[tuple[RawRow, bool]]) -> Iterator[RawRow]:
    """A following table's rows: its own header row left out, its columns put where the first
    header has the same fields; a row merged across the table (a section heading) as it is."""
    own = find_header([r for r, _ in rows[:_LATER_HEADER_ROWS]])
    if own is None:
        yield from (r for r, _ in rows)
        return
    moves = {own.columns[f]: c for f, c in header.columns.items() if f in own.columns}
    for row, across in rows:
        if row.number == own.header_row:
            continue
        if own.columns == header.columns or across:
            yield row
            continue
        values: list[Any] = [None] * header.width
        fonts: list[CellFont | None] = [None] * header.width
        for old, new in moves.items():
            if old < len(row.values):
                values[new] = row.values[old]
                fonts[new] = row.font(old)
        yield RawRow(row.number, values, fonts)
