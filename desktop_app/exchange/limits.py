"""How large an invite list can be. Lists arrive by e-mail from other offices, so a file is
checked against these before it is parsed: a small file must not take gigabytes or minutes.

The numbers leave wide room above the largest real list (a national congress: about 1,600
people; a list of tens of thousands still fits) and follow Excel's own caps where it has them.
A file over one of them is refused whole with one sentence (`FileProblem("file_too_large")`,
its `limit` naming which) and nothing is written."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app.domain.errors import FileProblem

MB = 1024 * 1024

# .xlsx: a zip. Sizes are the ones the zip declares; Python's zipfile never unpacks more than
# that (a member that tries fails its CRC check: damaged).
MAX_UNPACKED_TOTAL = 512 * MB       # all members together
MAX_UNPACKED_PART = 256 * MB        # one member (a worksheet, the shared strings)
MAX_WHOLE_PART = 16 * MB            # members parsed whole: workbook, relationships, styles
MAX_RATIO = 200                     # unpacked / packed, for members over RATIO_FROM
RATIO_FROM = 8 * MB
MAX_PARTS = 10_000                  # members in the zip
MAX_SHEETS = 1_000
MAX_STYLES = 64_000                 # Excel's cap on cell formats; fonts and number formats alike
MAX_SHARED_STRINGS = 1_000_000
MAX_ELEMENTS = 2_000_000            # XML elements in a worksheet that are not cells or rows
# Any spreadsheet
MAX_CELL_CHARS = 4_000              # longer cells are cut while reading (no field takes that many)
MAX_ROWS = 200_000                  # rows read from one sheet
MAX_CELLS = 4_000_000               # rows x columns an old .xls sheet declares, checked before it loads
MAX_COLUMNS = 16_384                # Excel's column cap
# Files read by other libraries, by their size on disk
MAX_CSV_BYTES = 64 * MB
MAX_XLS_BYTES = 128 * MB


def too_large(path: str | Path, limit: str, **details: object) -> FileProblem:
    return FileProblem("file_too_large", path=str(path), limit=limit, **details)


def cut(text: str) -> str:
    """A cell's text cut to MAX_CELL_CHARS + 1 characters: still "too long" for any field, and
    no longer than that for the legacy decoding and cleaning that follow."""
    return text if len(text) <= MAX_CELL_CHARS else text[:MAX_CELL_CHARS + 1]


def check_zip_directory(path: str | Path) -> None:
    """Refuse a zip that lists more than MAX_PARTS members, from its end record, before zipfile
    reads the whole central directory into objects (a million entries would take gigabytes).
    A record that cannot be read is left for zipfile to call damaged."""
    try:
        with open(path, "rb") as f:
            end = zipfile._EndRecData(f)   # type: ignore[attr-defined]  # stable since Python 2
    except (OSError, ValueError, struct.error):
        return
    if end and (end[zipfile._ECD_ENTRIES_TOTAL] > MAX_PARTS  # type: ignore[attr-defined]
                or end[zipfile._ECD_SIZE] > MAX_PARTS * 1024):  # type: ignore[attr-defined]
        raise too_large(path, "parts", maximum=MAX_PARTS)


def check_zip(path: str | Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a zip whose members would unpack too large (by their declared sizes), that packs
    a member more tightly than any spreadsheet does, or that names a member twice."""
    if len(infos) > MAX_PARTS:
        raise too_large(path, "parts", count=len(infos), maximum=MAX_PARTS)
    total = 0
    seen: set[str] = set()
    for info in infos:
        if info.filename in seen:   # another program may read the other copy: not a genuine workbook
            raise FileProblem("file_corrupt", path=str(path), detail=f"two members named {info.filename!r}")
        seen.add(info.filename)
        total += info.file_size
        if info.file_size > MAX_UNPACKED_PART or total > MAX_UNPACKED_TOTAL:
            raise too_large(path, "unpacked", maximum=MAX_UNPACKED_TOTAL // MB)
        if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise too_large(path, "ratio", ratio=info.file_size // max(info.compress_size, 1))


@contextmanager
def memory_guard(path: str | Path) -> Iterator[None]:
    """A MemoryError while reading a file is the file's size, said in one sentence."""
    try:
        yield
    except MemoryError:
        raise too_large(path, "memory") from None
