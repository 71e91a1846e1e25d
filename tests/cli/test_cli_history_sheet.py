"""`hoinghi export --sheet attendance --with-history`: the audit log as a sheet (issue 11 item 8)."""

from __future__ import annotations

import openpyxl
from commands import as_json, hoinghi


def test_export_with_history_adds_the_history_sheet(user_folder_factory):
    folder = user_folder_factory("cli-history-sheet")
    path = str(folder / "demo.sqlite")
    hoinghi("demo", path)
    out = folder / "diem_danh.xlsx"
    as_json("export", "--db", path, "--conference", "1", "--out", str(out), "--sheet", "attendance", "--with-history")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[-1] == "Lịch sử"
    entries = as_json("history", "--db", path, "--conference", "1")
    rows = [r for r in wb["Lịch sử"].iter_rows(values_only=True) if isinstance(r[0], int)]
    assert len(rows) == len(entries) > 0
