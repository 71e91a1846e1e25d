"""CSV files for other programs: UTF-8 with a BOM (without it Excel shows "Nguyá»…n"), CRLF line
ends, no cell that a spreadsheet would run as a formula, commas between fields or semicolons (Excel
on Windows with Vietnamese regional settings, where the comma is the decimal mark, splits at ";").
A spreadsheet that opens a CSV drops a phone's leading zero (0308872624 shows as 308872624): the
file keeps it, and the workbook is the export for people."""

from __future__ import annotations

import csv
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.files import atomic_output
from desktop_app.domain.progress import Monitor
from desktop_app.exchange.cells import safe_text
from desktop_app.exchange.records import Table, time_text

# Excel evaluates a CSV field that starts with one of these; OWASP's advice is a leading
# apostrophe, which the import removes again.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return time_text(value)
    text = safe_text(value)
    if isinstance(value, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


SEPARATORS = {"comma": ",", "semicolon": ";"}


def write_csv(table: Table, path: str | os.PathLike[str], monitor: Monitor | None = None, *,
              separator: str = ",") -> Path:
    monitor = monitor or Monitor()
    monitor.stage("writing", len(table.items))
    with atomic_output(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=separator, lineterminator="\r\n")
        writer.writerow(table.headers)
        for i, row in enumerate(table.rows(), start=1):
            writer.writerow([csv_value(v) for v in row])
            monitor.step(i)
    monitor.finish()
    return Path(path)
