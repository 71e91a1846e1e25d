"""Reading the rows of a spreadsheet, whatever it is: .xlsx (openpyxl, read-only, streamed),
old .xls (xlrd, with cell fonts for legacy-encoding detection) or CSV (UTF-8 with or without
BOM, UTF-16, or an 8-bit legacy file; the delimiter is sniffed); the tables of a Word document
(.docx) read as one sheet by exchange.docx_reader.

Every reader yields `RawRow`s: the row number as the spreadsheet shows it, the cell values, and
each cell's font (name, bold) where the format has fonts."""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import os
import struct
from collections.abc import Generator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any, Protocol

from desktop_app.domain.errors import FileProblem
from desktop_app.domain.legacy import Encoding, detect_encoding
from desktop_app.exchange import limits
from desktop_app.exchange.files import SourceKind, sniff


@dataclass(frozen=True, slots=True)
class CellFont:
    name: str | None
    bold: bool


@dataclass(slots=True)
class RawRow:
    number: int                              # 1-based, as the spreadsheet shows it
    values: list[Any]
    fonts: list[CellFont | None] | None = None  # None for formats without fonts (CSV)

    def font(self, column: int) -> CellFont | None:
        if self.fonts is None or column >= len(self.fonts):
            return None
        return self.fonts[column]


class Source(Protocol):
    kind: SourceKind
    path: Path

    def sheet_names(self) -> list[str]: ...

    def size_hint(self, sheet: str) -> int:
        """Rows the sheet says it has (0 if unknown); for progress only."""
        ...

    def rows(self, sheet: str) -> Generator[RawRow, None, None]: ...

    def close(self) -> None: ...


def open_source(path: str | os.PathLike[str]) -> Source:
    """Open a spreadsheet for reading; raises FileProblem for anything that is not one."""
    p = Path(path)
    with limits.memory_guard(p):
        kind = sniff(p)
        if kind is SourceKind.XLSX:
            return XlsxSource(p)
        if kind is SourceKind.XLS:
            return XlsSource(p)
        if kind is SourceKind.DOCX:
            from desktop_app.exchange.docx_reader import DocxSource

            return DocxSource(p)
        return CsvSource(p)


def cell_text(value: Any) -> str:
    """A cell's value as text: whole numbers without ".0", dates as dd/mm/yyyy."""
    if value is None or isinstance(value, bool):
        return "" if value is None else str(value)
    if isinstance(value, str):
        return value
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M") if (value.hour or value.minute) else value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


# ----------------------------------------------------------------------------------------------
# .xlsx
# ----------------------------------------------------------------------------------------------


class XlsxSource:
    """An .xlsx (or .xlsm) workbook, read by exchange.xlsx_reader: streamed, values and fonts only."""

    kind = SourceKind.XLSX

    def __init__(self, path: Path) -> None:
        from desktop_app.exchange.xlsx_reader import XlsxBook

        self.path = path
        self._book = XlsxBook(path)

    def sheet_names(self) -> list[str]:
        return [s.name for s in self._book.sheets]

    def _sheet(self, sheet: str) -> Any:
        found = self._book.sheet(sheet)
        if found is None:
            raise FileProblem("sheet_missing", path=str(self.path), sheet=sheet, sheets=self.sheet_names())
        return found

    def size_hint(self, sheet: str) -> int:
        return self._book.size_hint(self._sheet(sheet))

    def rows(self, sheet: str) -> Generator[RawRow, None, None]:
        with limits.memory_guard(self.path):
            for number, values, fonts in self._book.rows(self._sheet(sheet)):
                yield RawRow(number, values, fonts)

    def close(self) -> None:
        self._book.close()


# ----------------------------------------------------------------------------------------------
# .xls
# ----------------------------------------------------------------------------------------------


class XlsSource:
    """An old .xls workbook (xlrd). Sheets are loaded one at a time, when read, and released
    after; rows are "ragged" (as long as their last cell), so a lone cell at (65535, 255) costs
    one short row, not a 65,536 x 256 grid."""

    kind = SourceKind.XLS

    def __init__(self, path: Path) -> None:
        import xlrd

        self.path = path
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise FileProblem("file_unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
        if size > limits.MAX_XLS_BYTES:
            raise limits.too_large(path, "size", maximum=limits.MAX_XLS_BYTES // limits.MB)
        self._xlrd = xlrd
        self._formatting = True
        try:
            self._book = self._open(formatting_info=True)
        except FileProblem:
            raise
        except Exception:
            # Some writers produce formatting records xlrd cannot follow; the values still read.
            self._formatting = False
            self._book = self._open(formatting_info=False)

    def _open(self, *, formatting_info: bool) -> Any:
        try:
            return self._xlrd.open_workbook(str(self.path), formatting_info=formatting_info, on_demand=True,
                                            ragged_rows=True, logfile=io.StringIO())
        except self._xlrd.XLRDError as exc:
            if "encrypt" in str(exc).lower():
                raise FileProblem("file_encrypted", path=str(self.path)) from exc
            if formatting_info:
                raise
            raise FileProblem("file_corrupt", path=str(self.path), detail=str(exc)) from exc
        except Exception as exc:
            if formatting_info:
                raise
            raise FileProblem("file_corrupt", path=str(self.path), detail=f"{type(exc).__name__}: {exc}") from exc

    def sheet_names(self) -> list[str]:
        names = list(self._book.sheet_names())
        if len(names) > limits.MAX_SHEETS:
            raise limits.too_large(self.path, "sheets", maximum=limits.MAX_SHEETS)
        return names

    def _sheet(self, sheet: str) -> Any:
        names = self.sheet_names()
        if sheet not in names:
            raise FileProblem("sheet_missing", path=str(self.path), sheet=sheet, sheets=names)
        rows, columns = self._dimensions(names.index(sheet))
        if rows * columns > limits.MAX_CELLS:   # before xlrd builds the sheet
            raise limits.too_large(self.path, "cells", maximum=limits.MAX_CELLS)
        try:
            return self._book.sheet_by_name(sheet)
        except Exception as exc:
            raise FileProblem("file_corrupt", path=str(self.path), detail=f"{type(exc).__name__}: {exc}") from exc

    def _dimensions(self, index: int) -> tuple[int, int]:
        """(rows, columns) a sheet's DIMENSIONS record declares, read from the sheet's first
        records without loading it ((0, 0) when there is none)."""
        book = self._book
        try:
            pos = book._sh_abs_posn[index]
            mem = book.mem
            for _ in range(64):   # DIMENSIONS comes early, after the index and a few settings
                code, length = struct.unpack_from("<HH", mem, pos)
                if code == 0x0200:
                    if length >= 14:   # BIFF8: 32-bit rows
                        _, rows, _, columns = struct.unpack_from("<IIHH", mem, pos + 4)
                    else:
                        _, rows, _, columns = struct.unpack_from("<HHHH", mem, pos + 4)
                    return rows, columns
                if code == 0x000A:     # EOF of the sheet
                    break
                pos += 4 + length
        except (AttributeError, IndexError, struct.error, TypeError):
            pass
        return 0, 0

    def size_hint(self, sheet: str) -> int:
        try:
            return int(self._sheet(sheet).nrows)
        finally:
            self._release(sheet)

    def _release(self, sheet: str) -> None:
        with contextlib.suppress(Exception):
            self._book.unload_sheet(sheet)

    def rows(self, sheet: str) -> Generator[RawRow, None, None]:
        try:
            with limits.memory_guard(self.path):
                yield from self._rows(sheet)
        finally:
            self._release(sheet)

    def _rows(self, sheet: str) -> Generator[RawRow, None, None]:
        xlrd = self._xlrd
        sh = self._sheet(sheet)
        book = self._book
        font_cache: dict[int, CellFont | None] = {}

        def font_of(xf_index: int) -> CellFont | None:
            if xf_index not in font_cache:
                try:
                    f = book.font_list[book.xf_list[xf_index].font_index]
                    font_cache[xf_index] = CellFont(f.name, bool(f.bold))
                except (IndexError, AttributeError):
                    font_cache[xf_index] = None
            return font_cache[xf_index]

        for r in range(sh.nrows):
            values: list[Any] = []
            fonts: list[CellFont | None] | None = [] if self._formatting else None
            for c in range(min(sh.row_len(r), limits.MAX_COLUMNS)):
                cell = sh.cell(r, c)
                value: Any = cell.value
                if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                    value = None
                elif cell.ctype == xlrd.XL_CELL_DATE:
                    with contextlib.suppress(ValueError, OverflowError, xlrd.xldate.XLDateError):
                        value = xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
                elif cell.ctype == xlrd.XL_CELL_NUMBER and float(value).is_integer():
                    value = int(value)
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    value = bool(value)
                elif isinstance(value, str):
                    value = limits.cut(value)
                values.append(value)
                if fonts is not None:
                    fonts.append(font_of(cell.xf_index) if value is not None else None)
            yield RawRow(r + 1, values, fonts)

    def close(self) -> None:
        self._book.release_resources()


# ----------------------------------------------------------------------------------------------
# CSV
# ----------------------------------------------------------------------------------------------

_DELIMITERS = ",;\t|"


class CsvSource:
    """A CSV file, checked whole before it is read (its size, its encoding line by line, no NUL
    byte), then read as a stream: never the whole text in memory."""

    kind = SourceKind.CSV
    SHEET = "CSV"

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            size = path.stat().st_size
            if size > limits.MAX_CSV_BYTES:
                raise limits.too_large(path, "size", maximum=limits.MAX_CSV_BYTES // limits.MB)
            with open(path, "rb") as f:
                self.text_encoding, self._lines = scan_text(path, f)
            with self._text() as text:
                head = text.read(1024 * 1024)
        except OSError as exc:
            raise FileProblem("file_unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
        if not head.strip():
            raise FileProblem("file_empty", path=str(path))
        self.delimiter = sniff_delimiter(head)

    def _text(self) -> io.TextIOWrapper:
        return io.TextIOWrapper(open(self.path, "rb"), encoding=self.text_encoding,
                                errors="replace", newline="")

    def sheet_names(self) -> list[str]:
        return [self.SHEET]

    def size_hint(self, sheet: str) -> int:
        return self._lines

    def rows(self, sheet: str) -> Generator[RawRow, None, None]:
        if sheet != self.SHEET:
            raise FileProblem("sheet_missing", path=str(self.path), sheet=sheet, sheets=[self.SHEET])
        try:
            with limits.memory_guard(self.path), self._text() as text:
                reader = csv.reader(text, delimiter=self.delimiter)
                for number, values in enumerate(reader, start=1):
                    if len(values) > limits.MAX_COLUMNS:
                        raise limits.too_large(self.path, "columns", maximum=limits.MAX_COLUMNS)
                    for value in values:
                        self._check_field(value, reader.line_num)
                    yield RawRow(number, [limits.cut(_unguard(v)) if v != "" else None for v in values])
        except csv.Error as exc:
            raise FileProblem("file_corrupt", path=str(self.path), detail=str(exc)) from exc
        except OSError as exc:
            raise FileProblem("file_unreadable", path=str(self.path), reason=exc.strerror or str(exc)) from exc

    def _check_field(self, value: str, line: int) -> None:
        if "\x00" in value:
            raise FileProblem("file_corrupt", path=str(self.path), detail=f"a NUL character on line {line}")
        if "\n" in value or "\r" in value:
            # A stray quotation mark opens a field that swallows the rows after it: lines inside
            # one cell that are split like rows are that damage, not a cell with line breaks.
            swallowed = [part for part in value.splitlines()[1:] if part.count(self.delimiter) >= 2]
            if swallowed or len(value) > limits.MAX_CELL_CHARS:
                inside = value.rstrip("\r\n")
                raise FileProblem("csv_stray_quote", path=str(self.path),
                                  line=line - (inside.count("\n") or inside.count("\r")))

    def close(self) -> None:
        pass


def _unguard(value: str) -> str:
    """Undo the apostrophe that CSV writers (ours too) put before a value Excel would run as a
    formula: "'=SUM" was the text "=SUM"."""
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@":
        return value[1:]
    return value


def scan_text(path: Path, f: IO[bytes]) -> tuple[str, int]:
    """(encoding, lines) of a CSV file, read line by line: a BOM decides; else UTF-8 when every
    line is; else, for a file with no UTF-8 letter at all, an 8-bit file: Latin-1 when its
    characters are legacy Vietnamese (TCVN3/VNI bytes, converted later column by column),
    otherwise Windows-1258, the Vietnamese code page. A UTF-8 file with some lines that are not
    (a line pasted from another file) is refused, naming the first: guessing would garble the
    rest. A NUL byte outside UTF-16 text is damage."""
    head = f.read(4)
    f.seek(0)
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom):
            if name == "utf-16":
                return name, 0
            break
    lines = 0
    utf8_lines = 0
    bad_lines: list[int] = []
    sample: list[str] = []
    for lines, line in enumerate(f, start=1):
        if b"\x00" in line:
            raise FileProblem("file_corrupt", path=str(path), detail=f"a NUL byte on line {lines}")
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_lines += 1
        except UnicodeDecodeError:
            bad_lines.append(lines)
            if len(sample) < 2000:
                sample.append(line.decode("latin-1"))
    if head.startswith(codecs.BOM_UTF8) or not bad_lines:
        if bad_lines:
            raise FileProblem("csv_not_utf8", path=str(path), line=bad_lines[0], count=len(bad_lines))
        return ("utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"), lines
    if utf8_lines:
        raise FileProblem("csv_not_utf8", path=str(path), line=bad_lines[0], count=len(bad_lines))
    if detect_encoding(sample) is not Encoding.UNICODE:
        return "latin-1", lines
    return "cp1258", lines


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same, largest number of fields."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        if not counts:
            continue
        common = max(set(counts), key=counts.count)
        score = (counts.count(common) if common > 1 else 0, common)
        if score > best_score:
            best, best_score = delimiter, score
    return best
