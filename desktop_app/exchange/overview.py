"""What the import wizard shows before anything is imported: each sheet with its size and where
its list starts, the top rows of a sheet as text (to choose the header row and the columns), and
sample cells read in every text encoding (to choose between Unicode, TCVN3 and VNI).

    sheets = sheet_summaries("ds.xlsx")                 # [SheetSummary("Danh sách", 214, 7, …)]
    top = sheet_top("ds.xlsx", "Danh sách")             # rows 1..40, decoded and cleaned
    check = encoding_samples("ds.xlsx", "Danh sách", header_row=7)

Like the import, these raise FileProblem for a file that is not a usable spreadsheet."""

from __future__ import annotations

import os
from dataclasses import dataclass
from itertools import islice

from desktop_app.domain.progress import CancelCheck, Monitor
from desktop_app.domain.text import clean
from desktop_app.exchange.decoding import CellDecoder, EncodingChoice, guess_columns
from desktop_app.exchange.reading import first_rows
from desktop_app.exchange.sources import CellFont, RawRow, open_source
from desktop_app.exchange.table import HEADER_SEARCH_ROWS, Field, find_header, view_row

_SAMPLE_ROWS = 500           # rows below the header that decide a column's encoding (as the import)
_SAMPLE_FIELDS = (Field.NAME, Field.FAMILY, Field.GIVEN, Field.POSITION, Field.UNIT, Field.NOTE)


@dataclass(frozen=True)
class SheetSummary:
    """A sheet of the file: its name, how many rows it says it has (0: not known without reading
    all of it) and the header row of a list found in its first rows (None: no list found)."""

    name: str
    rows: int
    header_row: int | None
    fields: tuple[str, ...] = ()         # the fields that header names, in column order


@dataclass(frozen=True)
class SheetTop:
    """The first rows of a sheet as text, for choosing the header row and the columns."""

    sheet: str
    rows: tuple[tuple[int, dict[int, str]], ...]    # (row number, column -> clean text)
    width: int                                      # columns with something in them, counted from A


@dataclass(frozen=True)
class EncodingSample:
    """One cell as written in the file and as each encoding choice reads it."""

    row: int
    column: int
    original: str
    readings: dict[EncodingChoice, str]


@dataclass(frozen=True)
class EncodingCheck:
    detected: str                          # what automatic detection finds: unicode, tcvn3, vni, mixed
    samples: tuple[EncodingSample, ...]


def sheet_summaries(path: str | os.PathLike[str], *, cancelled: CancelCheck | None = None) -> list[SheetSummary]:
    """Every sheet of the file with its size and the header row of its list, if it has one.
    `cancelled` is asked at every row and sheet: Cancel stops a slow file (raises Cancelled)."""
    monitor = Monitor(None, cancelled)
    source = open_source(path)
    try:
        out = []
        for name in source.sheet_names():
            monitor.check()
            rows = source.rows(name)
            try:
                head = first_rows(rows, HEADER_SEARCH_ROWS, monitor)
            finally:
                rows.close()
            layout = find_header(head)
            fields = tuple(str(f) for f, _ in sorted(layout.columns.items(), key=lambda x: x[1])) if layout else ()
            size = source.size_hint(name) or (head[-1].number if len(head) < HEADER_SEARCH_ROWS and head else 0)
            out.append(SheetSummary(name, size, layout.header_row if layout else None, fields))
        return out
    finally:
        source.close()


def sheet_top(path: str | os.PathLike[str], sheet: str, *, rows: int = 40,
              encoding: EncodingChoice | str = EncodingChoice.AUTO) -> SheetTop:
    """The first `rows` rows of `sheet` (blank rows left out), read as the import would read
    them: legacy text converted by `encoding`, every text cleaned."""
    source = open_source(path)
    try:
        stream = source.rows(sheet)
        try:
            head = list(islice(stream, rows))
        finally:
            stream.close()
    finally:
        source.close()
    decoder = _decoder(head, EncodingChoice(encoding))
    texts = tuple((r.number, view_row(r, decoder).texts) for r in head)
    texts = tuple((n, t) for n, t in texts if t)
    width = max((max(t) + 1 for _, t in texts), default=0)
    return SheetTop(sheet, texts, width)


def encoding_samples(path: str | os.PathLike[str], sheet: str, *, header_row: int,
                     columns: dict[Field, int] | None = None, limit: int = 8) -> EncodingCheck:
    """Cells below the header that are not plain ASCII, each read as written, automatically, and
    as TCVN3 and VNI; cells that automatic detection converts come first, the name column's
    first of all. `detected` is what automatic detection makes of the whole sample."""
    source = open_source(path)
    try:
        stream = source.rows(sheet)
        try:
            below = [r for r in islice(stream, header_row + _SAMPLE_ROWS) if r.number > header_row]
        finally:
            stream.close()
    finally:
        source.close()
    auto = _decoder(below, EncodingChoice.AUTO)
    forced = {choice: CellDecoder(choice) for choice in (EncodingChoice.TCVN3, EncodingChoice.VNI)}
    preferred = [columns[f] for f in _SAMPLE_FIELDS if columns and f in columns]
    found: list[tuple[tuple[int, int, int, int], EncodingSample]] = []
    seen: set[str] = set()
    per_column: dict[tuple[bool, int], int] = {}
    for row in below:
        for column, value in enumerate(row.values):
            if not isinstance(value, str) or value.isascii() or value in seen or not value.strip():
                continue
            seen.add(value)
            font = row.font(column)
            readings = {EncodingChoice.AUTO: clean(auto.decode(value, font, column)),
                        EncodingChoice.UNICODE: clean(value)}
            for choice, decoder in forced.items():
                readings[choice] = clean(decoder.decode(value, font, column))
            converted = readings[EncodingChoice.AUTO] != readings[EncodingChoice.UNICODE]
            rank = preferred.index(column) if column in preferred else len(preferred)
            nth = per_column[(converted, column)] = per_column.get((converted, column), -1) + 1
            # Converted cells first, then a cell of each column in turn (names first), so the
            # samples show names, positions and units alike.
            key = (0 if converted else 1, nth, rank, len(found))
            found.append((key, EncodingSample(row.number, column, value, readings)))
    found.sort(key=lambda x: x[0])
    return EncodingCheck(auto.summary(), tuple(s for _, s in found[:limit]))


def _decoder(rows: list[RawRow], choice: EncodingChoice) -> CellDecoder:
    if choice is not EncodingChoice.AUTO:
        return CellDecoder(choice)
    samples: dict[int, list[tuple[str, CellFont | None]]] = {}
    for row in rows:
        for column, value in enumerate(row.values):
            if isinstance(value, str) and value.strip():
                samples.setdefault(column, []).append((value, row.font(column)))
    return CellDecoder(choice, guess_columns(samples))
