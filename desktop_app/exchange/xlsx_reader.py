"""A lean .xlsx reader for invite lists: the cells' values and fonts, row by row, straight from
the sheet's XML (lxml, streamed), the shared strings and the style sheet's fonts and number
formats. Nothing else of the workbook is read.

It gives what openpyxl's read-only mode gives (`data_only=True`): a formula's last value, numbers
as int or float, dates by their number format, shared, inline and formula strings, booleans,
error values as their text; the value of a merged range in its first cell only. What it adds:
the `_xHHHH_` escapes Excel writes for characters XML cannot hold are decoded (a control
character in a name is then removed by cleaning, instead of "_x0007_" staying in the name), and
Strict OOXML files read like ordinary ones. It is about three times faster than openpyxl, which
builds an object per XML element of the style sheet and shared strings and a dict per cell
(tests/unit/test_xlsx_reader.py holds the two to the same values on generated and sample files).

Every failure of the zip or the XML is a FileProblem("file_corrupt")."""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from lxml import etree
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel, from_ISO8601

from desktop_app.domain.errors import FileProblem
from desktop_app.exchange import limits
from desktop_app.exchange.sources import CellFont

_MAIN_NAMESPACES = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                    "http://purl.oclc.org/ooxml/spreadsheetml/main")   # transitional, strict
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_REL_NAMESPACES = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                       "http://purl.oclc.org/ooxml/officeDocument/relationships")
_ROW_TAGS = tuple(f"{{{ns}}}row" for ns in _MAIN_NAMESPACES)
_SI_TAGS = tuple(f"{{{ns}}}si" for ns in _MAIN_NAMESPACES)
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]+\d+:[A-Z]+(\d+)"')
_REF = re.compile(r"([A-Za-z]{1,3})(\d*)")
# No huge_tree: libxml2's own caps stay (a text node of 10 MB, nesting 256 deep), so no single
# cell can take more than that before the reader cuts it to limits.MAX_CELL_CHARS.
_PARSER_OPTIONS = {"resolve_entities": False, "no_network": True, "load_dtd": False, "remove_comments": True,
                   "remove_pis": True}
_ROW_ELEMENTS = 200_000      # elements inside one row or string item (16,384 cells and their parts)

# What a broken file makes the zip or XML layers raise.
_BROKEN = (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError, ValueError, IndexError, TypeError,
           NotImplementedError, RuntimeError, etree.LxmlError, OverflowError)


def unescape(text: str) -> str:
    """Decode Excel's `_xHHHH_` escapes ("_x000D_" is a carriage return, "_x005F_" an underscore)."""
    if "_x" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


@dataclass(frozen=True, slots=True)
class XlsxSheet:
    name: str
    part: str            # path inside the zip


class _Tags:
    """The qualified tag names of one namespace."""

    def __init__(self, ns: str) -> None:
        self.row, self.c, self.v, self.is_, self.t, self.r, self.si = (
            f"{{{ns}}}{name}" for name in ("row", "c", "v", "is", "t", "r", "si"))


class XlsxBook:
    """An open .xlsx: its worksheets in order, and each one's rows as (row number, values, fonts).

    `fonts[i]` is the font of the cell `values[i]` (None where the cell is empty)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self._zip = zipfile.ZipFile(self.path)
        except _BROKEN as exc:
            raise self._corrupt(exc) from exc
        try:
            infos = self._zip.infolist()
            limits.check_zip(self.path, infos)
            self._names = {i.filename for i in infos}
            self._sizes = {i.filename: i.file_size for i in infos}
            self._read_workbook()
            self._read_styles()
        except FileProblem:
            self._zip.close()
            raise
        except _BROKEN as exc:
            self._zip.close()
            raise self._corrupt(exc) from exc
        self._strings: list[str] | None = None

    def _corrupt(self, exc: BaseException) -> FileProblem:
        return FileProblem("file_corrupt", path=str(self.path), detail=f"{type(exc).__name__}: {exc}")

    # -- the package ---------------------------------------------------------------------------

    def _open(self, part: str) -> IO[bytes]:
        return self._zip.open(part)

    def _tree(self, part: str) -> Any:
        """A small part parsed whole (the workbook, relationships, the style sheet)."""
        if self._sizes.get(part, 0) > limits.MAX_WHOLE_PART:
            raise limits.too_large(self.path, "unpacked", maximum=limits.MAX_UNPACKED_TOTAL // limits.MB)
        with self._open(part) as f:
            tree = etree.parse(f, etree.XMLParser(**_PARSER_OPTIONS))
        self._refuse_doctype(tree)
        return tree.getroot()

    def _refuse_doctype(self, tree: Any) -> None:
        # Excel never writes a DOCTYPE; its entities would cut names short ("Lê &x; Văn").
        if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
            raise FileProblem("file_corrupt", path=str(self.path), detail="a DOCTYPE: not written by Excel")

    def _finished(self, part: str, wanted: tuple[str, ...], inner: frozenset[str]) -> Iterator[Any]:
        """The `wanted` elements of a part, streamed, each as it ends. Every other finished
        element outside them is dropped as it ends (a sheet may hold anything after its rows),
        and there may be at most limits.MAX_ELEMENTS of those and _ROW_ELEMENTS inside one
        wanted element. `inner` are the tags whose elements are read as parts of a wanted one."""
        dropped = 0
        inside = 0
        first = True
        with self._open(part) as f:
            for _, element in etree.iterparse(f, events=("end",), **_PARSER_OPTIONS):
                if first:
                    self._refuse_doctype(element.getroottree())
                    first = False
                tag = element.tag
                if tag in wanted:
                    inside = 0
                    yield element
                else:
                    parent = element.getparent()
                    if parent is None:
                        continue
                    if tag in inner or parent.tag in inner or parent.tag in wanted:
                        inside += 1
                        if inside > _ROW_ELEMENTS:
                            raise limits.too_large(self.path, "elements")
                        continue
                    dropped += 1
                    if dropped > limits.MAX_ELEMENTS:
                        raise limits.too_large(self.path, "elements")
                element.clear()
                while element.getprevious() is not None:
                    del element.getparent()[0]

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """id -> (type, target part) of a part's relationships."""
        folder, name = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", name + ".rels")
        if rels not in self._names:
            return {}
        out: dict[str, tuple[str, str]] = {}
        for rel in self._tree(rels).iter(f"{{{_REL_NS}}}Relationship"):
            target = rel.get("Target", "")
            if rel.get("TargetMode") == "External" or not target:
                continue
            if target.startswith("/"):
                target = target.lstrip("/")
            else:
                target = posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id", "")] = (rel.get("Type", ""), target)
        return out

    def _read_workbook(self) -> None:
        part = "xl/workbook.xml"
        for rel_type, target in self._relationships("").values():
            if rel_type.endswith("/officeDocument") and target in self._names:
                part = target
        root = self._tree(part)
        ns = etree.QName(root).namespace or ""
        if ns not in _MAIN_NAMESPACES:
            raise FileProblem("file_corrupt", path=str(self.path), detail=f"unknown workbook namespace {ns!r}")
        self._ns = ns
        pr = root.find(f"{{{ns}}}workbookPr")
        self.epoch = (CALENDAR_MAC_1904 if pr is not None and pr.get("date1904", "0").lower() in ("1", "true")
                      else CALENDAR_WINDOWS_1900)
        rels = self._relationships(part)
        self._strings_part = self._styles_part = None
        for rel_type, target in rels.values():
            if rel_type.endswith("/sharedStrings") and target in self._names:
                self._strings_part = target
            elif rel_type.endswith("/styles") and target in self._names:
                self._styles_part = target
        self.sheets: list[XlsxSheet] = []
        for sheet in root.iter(f"{{{ns}}}sheet"):
            rel_id = next((sheet.get(f"{{{r}}}id") for r in _DOC_REL_NAMESPACES if sheet.get(f"{{{r}}}id")), None)
            rel_type, target = rels.get(rel_id or "", ("", ""))
            # Worksheets only (as openpyxl's `worksheets`): chart and dialog sheets hold no cells,
            # and a sheet whose part is missing is left out rather than failing the whole file.
            if rel_type.endswith("/worksheet") and target in self._names:
                self.sheets.append(XlsxSheet(sheet.get("name", ""), target))
            if len(self.sheets) > limits.MAX_SHEETS:
                raise limits.too_large(self.path, "sheets", maximum=limits.MAX_SHEETS)
        if len({s.part for s in self.sheets}) < len(self.sheets):   # Excel gives each sheet its own part
            raise FileProblem("file_corrupt", path=str(self.path), detail="two sheets share one part")

    def _read_styles(self) -> None:
        self._style_fonts: list[CellFont | None] = []
        self.date_styles: set[int] = set()
        self.timedelta_styles: set[int] = set()
        if self._styles_part is None:
            return
        root = self._tree(self._styles_part)
        ns = etree.QName(root).namespace or ""

        def q(name: str) -> str:
            return f"{{{ns}}}{name}"

        custom = {}
        formats = root.find(q("numFmts"))
        if formats is not None:
            for fmt in formats.iter(q("numFmt")):
                try:
                    custom[int(fmt.get("numFmtId", ""))] = fmt.get("formatCode", "")
                except ValueError:
                    continue
        fonts: list[CellFont] = []
        fonts_element = root.find(q("fonts"))
        if fonts_element is not None:
            for font in fonts_element.iter(q("font")):
                name = font.find(q("name"))
                bold = font.find(q("b"))
                fonts.append(CellFont(name.get("val") if name is not None else None,
                                      bold is not None and bold.get("val", "1").lower() not in ("0", "false")))
        xfs = root.find(q("cellXfs"))
        if max(len(custom), len(fonts), len(xfs) if xfs is not None else 0) > limits.MAX_STYLES:
            raise limits.too_large(self.path, "styles", maximum=limits.MAX_STYLES)
        for index, xf in enumerate(xfs.iter(q("xf")) if xfs is not None else ()):
            try:
                font_id = int(xf.get("fontId", "0"))
                self._style_fonts.append(fonts[font_id] if 0 <= font_id < len(fonts) else None)
            except ValueError:
                self._style_fonts.append(None)
            try:
                fmt_id = int(xf.get("numFmtId", "0"))
            except ValueError:
                continue
            code = custom.get(fmt_id) if fmt_id in custom else BUILTIN_FORMATS.get(fmt_id)
            if is_date_format(code):
                self.date_styles.add(index)
            if is_timedelta_format(code):
                self.timedelta_styles.add(index)

    def font(self, style: int) -> CellFont | None:
        return self._style_fonts[style] if 0 <= style < len(self._style_fonts) else None

    def _shared_strings(self) -> list[str]:
        if self._strings is None:
            self._strings = [] if self._strings_part is None else self._read_strings(self._strings_part)
        return self._strings

    def _read_strings(self, part: str) -> list[str]:
        strings: list[str] = []
        tags: _Tags | None = None
        for element in self._finished(part, _SI_TAGS, _INNER):
            if tags is None:
                tags = _Tags(etree.QName(element).namespace or "")
            if len(strings) >= limits.MAX_SHARED_STRINGS:
                raise limits.too_large(self.path, "strings", maximum=limits.MAX_SHARED_STRINGS)
            strings.append(unescape(limits.cut(_text_of(element, tags))))
        return strings

    # -- a sheet -------------------------------------------------------------------------------

    def sheet(self, name: str) -> XlsxSheet | None:
        return next((s for s in self.sheets if s.name == name), None)

    def size_hint(self, sheet: XlsxSheet) -> int:
        """The last row the sheet's <dimension> names (0 if it has none near the top)."""
        try:
            with self._open(sheet.part) as f:
                head = f.read(4096)
        except _BROKEN:
            return 0
        m = _DIMENSION.search(head)
        return int(m.group(1)) if m else 0

    def rows(self, sheet: XlsxSheet) -> Iterator[tuple[int, list[Any], list[CellFont | None]]]:
        """(row number, values, fonts) of every row that has cells, in the order of the file."""
        try:
            yield from self._rows(sheet)
        except FileProblem:
            raise
        except _BROKEN as exc:
            raise self._corrupt(exc) from exc

    def _rows(self, sheet: XlsxSheet) -> Iterator[tuple[int, list[Any], list[CellFont | None]]]:
        strings = self._shared_strings()
        styles: dict[str | None, tuple[CellFont | None, bool, bool]] = {}   # "s" -> font, date?, duration?
        epoch = self.epoch
        columns: dict[str, int] = {}
        row_number = 0
        tags: _Tags | None = None
        for row in self._finished(sheet.part, _ROW_TAGS, _INNER):
            if tags is None:
                tags = _Tags(etree.QName(row).namespace or "")
                C, V, IS = tags.c, tags.v, tags.is_
            r = row.get("r")
            row_number = _row_number(r) if r else row_number + 1
            if not 1 <= row_number <= _EXCEL_ROWS:   # a row 0 or -3 would vanish from the report
                raise ValueError(f"row number {row_number}")
            values: list[Any] = []
            cell_fonts: list[CellFont | None] = []
            column = 0
            cells = 0
            for c in row:
                if c.tag != C:
                    continue
                cells += 1
                ref = c.get("r")
                if ref:
                    letters = ref.rstrip("0123456789")
                    index = columns.get(letters)
                    column = index if index is not None else columns.setdefault(letters, _column_index(ref))
                else:
                    column += 1
                if column > limits.MAX_COLUMNS:
                    raise limits.too_large(self.path, "columns", maximum=limits.MAX_COLUMNS)
                kind = c.get("t")
                value: Any = None
                if kind == "inlineStr":
                    inline = c.find(IS)
                    if inline is not None:
                        value = unescape(limits.cut(_text_of(inline, tags)))
                elif len(c):
                    first = c[0]
                    text = first.text if first.tag == V else c.findtext(V)   # <f> comes before <v>
                    if text:
                        if kind is None or kind == "n":
                            value = _number(text)
                            s = c.get("s")
                            style = styles.get(s) or styles.setdefault(s, self._style(s))
                            if style[1]:
                                try:
                                    value = from_excel(value, epoch, timedelta=style[2])
                                except (OverflowError, ValueError):
                                    value = "#VALUE!"   # what openpyxl gives (with a warning)
                        elif kind == "s":
                            index = int(text)
                            if index < 0:     # Python would give the last string
                                raise IndexError(f"shared string {index}")
                            value = strings[index]
                        elif kind == "str":
                            value = unescape(limits.cut(text))
                        elif kind == "b":
                            value = bool(int(text))
                        elif kind == "d":
                            value = from_ISO8601(text)
                        else:            # "e": an error value, as text ("#N/A")
                            value = limits.cut(text)
                if column > len(values):
                    if column > len(values) + 1:
                        gap = column - 1 - len(values)
                        values += [None] * gap
                        cell_fonts += [None] * gap
                    values.append(value)
                    cell_fonts.append(None)
                else:                     # a cell out of order: the later one wins (as in openpyxl)
                    values[column - 1] = value
                    cell_fonts[column - 1] = None
                if value is not None:
                    s = c.get("s")
                    style = styles.get(s) or styles.setdefault(s, self._style(s))
                    cell_fonts[column - 1] = style[0]
            if cells:
                yield row_number, values, cell_fonts

    def _style(self, s: str | None) -> tuple[CellFont | None, bool, bool]:
        """A cell style's font, and whether its number format shows a date or a duration."""
        index = int(s) if s else 0
        font = self._style_fonts[index] if 0 <= index < len(self._style_fonts) else None
        return font, index in self.date_styles, index in self.timedelta_styles

    def close(self) -> None:
        self._zip.close()


_EXCEL_ROWS = 1_048_576
_INNER = frozenset(f"{{{ns}}}{name}" for ns in _MAIN_NAMESPACES
                   for name in ("row", "c", "v", "f", "is", "t", "r", "si", "rPh", "rPr", "phoneticPr"))


def _text_of(element: Any, tags: _Tags) -> str:
    """The plain text of a string item (<si> or <is>): its <t>, then the <t> of each rich-text
    run <r>; phonetic runs (<rPh>) are not part of the text."""
    first = element[0] if len(element) else None
    if first is not None and len(element) == 1 and first.tag == tags.t:
        return first.text or ""
    parts = []
    for child in element:
        if child.tag == tags.t:
            parts.append(child.text or "")
        elif child.tag == tags.r:
            for t in child:
                if t.tag == tags.t:
                    parts.append(t.text or "")
    return "".join(parts)


def _number(text: str) -> int | float:
    if "." in text or "E" in text or "e" in text:
        return float(text)
    try:
        return int(text)
    except ValueError:
        return float(text)   # "inf", "nan" and the like: what float() makes of them, or a ValueError


def _row_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        value = float(text)
        if not value.is_integer():
            raise
        return int(value)


def _column_index(ref: str) -> int:
    m = _REF.match(ref)
    if not m:
        raise ValueError(f"not a cell reference: {ref!r}")
    index = 0
    for ch in m.group(1).upper():
        index = index * 26 + ord(ch) - 64
    return index
