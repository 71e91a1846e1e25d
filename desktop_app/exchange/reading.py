"""Reading an invite list into candidate people: find the sheet and its header row, decide the
encoding of each cell, and sort every row below the header into people, section headings and
the rest. No database here: the same reading serves the wizard's preview and the import."""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path

from desktop_app.domain.errors import FileProblem
from desktop_app.domain.progress import CancelCheck, Monitor
from desktop_app.domain.text import clean, fold
from desktop_app.exchange import limits
from desktop_app.exchange.decoding import CellDecoder, EncodingChoice, guess_columns
from desktop_app.exchange.files import SourceKind
from desktop_app.exchange.import_report import ImportOptions, RowNote
from desktop_app.exchange.sources import CellFont, RawRow, Source, open_source
from desktop_app.exchange.table import (
    HEADER_SEARCH_ROWS,
    Field,
    Heading,
    RowKind,
    RowView,
    TableLayout,
    classify,
    find_header,
    match_label,
    names_a_person,
    view_row,
)

_SAMPLE_ROWS = 500           # rows after the header that decide each column's encoding
_PERSON_FIELDS = (Field.NAME, Field.SALUTATION, Field.POSITION, Field.UNIT, Field.PHONE, Field.EMAIL,
                  Field.NOTE, Field.SECTION)
_DECLARED = re.compile(r"\bco (\d+) (dai bieu|nguoi)")


@dataclass
class Candidate:
    """A row that names a person, as read (decoded and cleaned, not yet checked)."""

    row: int
    values: dict[Field, str]
    originals: dict[Field, str]          # text before legacy conversion, where it changed
    heading: Heading | None              # the section heading above it


@dataclass
class ParsedList:
    path: str
    kind: str
    sheet: str
    sheets: list[str]
    layout: TableLayout
    encoding: str = "unicode"
    converted_cells: int = 0
    conversion_examples: list[tuple[str, str]] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    skipped: list[RowNote] = field(default_factory=list)
    ended_at_row: int | None = None
    declared_count: int | None = None
    legacy_suspected: str = ""   # Unicode was asked for, but the text reads as this legacy encoding


@dataclass
class TablePreview:
    """What the wizard's sheet and column-mapping pages show: the sheets, the header row and
    columns found, and the first rows as they will be read (decoded and cleaned)."""

    kind: str
    sheets: list[str]
    sheet: str
    layout: TableLayout
    labels: dict[int, str]                      # every header cell, column -> text
    rows: list[tuple[int, dict[int, str]]]      # (row number, column -> text)
    encoding: str


def preview_table(path: str | Path, options: ImportOptions | None = None, *, rows: int = 20,
                  cancelled: CancelCheck | None = None) -> TablePreview:
    """The first `rows` rows below the header, for choosing a sheet and mapping columns. Raises
    FileProblem like an import would, and Cancelled when `cancelled` says so (asked at every row)."""
    options = options or ImportOptions()
    monitor = Monitor(None, cancelled)
    source = open_source(path)
    try:
        sheets = source.sheet_names()
        sheet, layout, stream = _locate_table(source, sheets, options, monitor)
        try:
            head = first_rows(stream, max(rows, _SAMPLE_ROWS), monitor)
        finally:
            stream.close()
        choice = EncodingChoice(options.encoding)
        guesses = guess_columns(_column_samples(head)) if choice is EncodingChoice.AUTO else {}
        decoder = CellDecoder(choice, guesses)
        views = [view_row(r, decoder) for r in head[:rows]]
        labels = dict(layout.labels)
        return TablePreview(str(source.kind), sheets, sheet, layout, labels,
                            [(v.raw.number, v.texts) for v in views if v.texts], decoder.summary())
    finally:
        source.close()


def read_list(path: str | Path, options: ImportOptions | None = None, monitor: Monitor | None = None) -> ParsedList:
    """Read a file's invite list. Raises FileProblem for a file that is not a usable list."""
    options = options or ImportOptions()
    monitor = monitor or Monitor()
    source = open_source(path)
    try:
        with limits.memory_guard(path):
            return _read(source, options, monitor)
    finally:
        source.close()


def _read(source: Source, options: ImportOptions, monitor: Monitor) -> ParsedList:
    sheets = source.sheet_names()
    sheet, layout, rows = _locate_table(source, sheets, options, monitor)
    try:
        return _read_rows(source, sheet, sheets, layout, rows, options, monitor)
    finally:
        rows.close()


def _read_rows(source: Source, sheet: str, sheets: list[str], layout: TableLayout,
               rows: Generator[RawRow, None, None], options: ImportOptions, monitor: Monitor) -> ParsedList:
    monitor.stage("reading", source.size_hint(sheet))
    parsed = ParsedList(str(source.path), str(source.kind), sheet, sheets, layout)
    choice = EncodingChoice(options.encoding)
    sample: list[RawRow] = []
    if choice in (EncodingChoice.AUTO, EncodingChoice.UNICODE):
        sample = list(islice(rows, _SAMPLE_ROWS))
    if choice is EncodingChoice.UNICODE:
        parsed.legacy_suspected = _legacy_in(sample)
    decoder = CellDecoder(choice, guess_columns(_column_samples(sample))
                          if choice is EncodingChoice.AUTO else {})
    heading: Heading | None = None
    for count, raw in enumerate(chain(sample, rows), start=1):
        if count > limits.MAX_ROWS:
            raise limits.too_large(source.path, "rows", maximum=limits.MAX_ROWS)
        monitor.step(raw.number)
        view = view_row(raw, decoder)
        kind, found = classify(view, layout)
        if kind is RowKind.BLANK:
            continue
        if kind is RowKind.END:
            parsed.ended_at_row = raw.number
            break
        if kind is RowKind.HEADING:
            assert found is not None
            heading = found
            parsed.headings.append(found)
            continue
        if kind in (RowKind.PERSON, RowKind.NO_NAME):
            parsed.candidates.append(_candidate(view, layout, heading, parsed))
            continue
        text = " ".join(view.texts.values())
        if kind is RowKind.TOTAL:
            m = _DECLARED.search(fold(text))
            if m:
                parsed.declared_count = int(m.group(1))
        parsed.skipped.append(RowNote(raw.number, kind.value, text=text[:80]))
    monitor.finish()
    parsed.encoding = decoder.summary()
    parsed.converted_cells = sum(decoder.used.values())
    return parsed


def _candidate(view: RowView, layout: TableLayout, heading: Heading | None, parsed: ParsedList) -> Candidate:
    values: dict[Field, str] = {}
    originals: dict[Field, str] = {}
    if Field.NAME not in layout.columns:   # family and given names in columns of their own
        values[Field.NAME] = layout.name(view.texts)
    for fld in _PERSON_FIELDS:
        column = layout.columns.get(fld)
        if column is None:
            continue
        text = view.texts.get(column, "")
        if text:
            values[fld] = text
        if column in view.originals:
            originals[fld] = view.originals[column]
            if fld is Field.NAME and len(parsed.conversion_examples) < 5:
                parsed.conversion_examples.append((view.originals[column], text))
    return Candidate(view.raw.number, values, originals, heading)


def _legacy_in(sample: list[RawRow]) -> str:
    """The legacy encoding an automatic reading would find in these rows ("" if none)."""
    auto = CellDecoder(EncodingChoice.AUTO, guess_columns(_column_samples(sample)))
    for raw in sample:
        view_row(raw, auto)
    found = auto.summary()
    return "" if found == "unicode" else found


def _column_samples(rows: list[RawRow]) -> dict[int, list[tuple[str, CellFont | None]]]:
    samples: dict[int, list[tuple[str, CellFont | None]]] = {}
    for row in rows:
        for column, value in enumerate(row.values):
            if isinstance(value, str) and value.strip():
                samples.setdefault(column, []).append((value, row.font(column)))
    return samples


# ----------------------------------------------------------------------------------------------
# Which sheet, which header row
# ----------------------------------------------------------------------------------------------


def _locate_table(source: Source, sheets: list[str], options: ImportOptions,
                  monitor: Monitor) -> tuple[str, TableLayout, Generator[RawRow, None, None]]:
    if not sheets:
        raise FileProblem("workbook_empty", path=str(source.path))
    if options.sheet is not None:
        wanted = _sheet_named(options.sheet, sheets)
        if wanted is None:
            raise FileProblem("sheet_missing", path=str(source.path), sheet=options.sheet, sheets=sheets)
        candidates = [wanted]
    else:
        candidates = sheets
    first_with_content: str | None = None
    search = max(HEADER_SEARCH_ROWS, options.header_row or 0)
    for name in candidates:
        monitor.check()
        rows = source.rows(name)
        try:
            head = first_rows(rows, search, monitor)
        except BaseException:
            rows.close()
            raise
        if first_with_content is None and any(any(v is not None and str(v).strip() for v in r.values)
                                              for r in head):
            first_with_content = name
        layout = _layout(head, options)
        if layout is not None:
            return name, layout, _rest(head, layout.header_row, rows)
        rows.close()   # the sheet's XML stream is released now, not whenever the collector runs
    if first_with_content is None:
        code = "sheet_empty" if options.sheet is not None else "workbook_empty"
        raise FileProblem(code, path=str(source.path), sheet=candidates[0])
    raise FileProblem("no_header", path=str(source.path), rows=HEADER_SEARCH_ROWS,
                      sheet=first_with_content if source.kind not in (SourceKind.CSV, SourceKind.DOCX) else "")


def first_rows(rows: Iterator[RawRow], count: int, monitor: Monitor) -> list[RawRow]:
    """The first `count` rows, asking for Cancel at each."""
    head = []
    for row in islice(rows, count):
        monitor.check()
        head.append(row)
    return head


def _rest(head: list[RawRow], header_row: int, rows: Generator[RawRow, None, None]) -> Generator[RawRow, None, None]:
    """The rows below the header; closing this closes the sheet's stream."""
    try:
        yield from (r for r in head if r.number > header_row)
        yield from rows
    finally:
        rows.close()


def _sheet_named(name: str, sheets: list[str]) -> str | None:
    if name in sheets:
        return name
    folded = {fold(s): s for s in sheets}
    return folded.get(fold(name))


def _layout(head: list[RawRow], options: ImportOptions) -> TableLayout | None:
    if options.header_row is not None:
        head = [r for r in head if r.number == options.header_row]
    found = find_header(head, limit=len(head))
    if options.columns is None:
        return found
    columns = {Field(f): int(c) for f, c in options.columns.items()}
    if not names_a_person(columns):
        return None
    header_row = options.header_row or (found.header_row if found else 0)
    labels: dict[int, str] = {}
    for r in head:
        if r.number == header_row:
            labels = {c: clean(v) for c, v in enumerate(r.values) if isinstance(v, str) and match_label(v)}
    return TableLayout(header_row, columns, labels)
