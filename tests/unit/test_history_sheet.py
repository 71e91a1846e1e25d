"""The attendance workbook with the history as its last sheet, only when asked (issue 11 item 8)."""

from __future__ import annotations

from datetime import datetime

import openpyxl

from desktop_app.domain.models import AttendeeInput
from desktop_app.exchange.export import ExportKind, ExportOptions, export_file
from desktop_app.store.checkins import add_substitute_and_check_in, check_in, undo_last_check_in


def test_the_history_is_a_sheet_of_the_attendance_workbook_when_asked(catalog_db, conference, add_person, tmp_path):
    duc = add_person("Nguyễn Văn Đức", "Sở Tư pháp", "Giám đốc")
    thang = add_person("Lương Đức Thắng", "UBND huyện Cao Lộc", "Phó Chủ tịch UBND huyện")
    check_in(catalog_db, duc.id, desk="Bàn 2", at=datetime(2022, 9, 14, 7, 12))
    undo_last_check_in(catalog_db, conference.id, desk="Bàn 2")
    add_substitute_and_check_in(catalog_db, thang.id, AttendeeInput(full_name="Vi Thị Thu Hà", position="Chánh VP"))
    plain = tmp_path / "plain.xlsx"
    export_file(catalog_db, conference.id, plain, ExportOptions(ExportKind.ATTENDANCE))
    assert "Lịch sử" not in openpyxl.load_workbook(plain).sheetnames
    path = tmp_path / "with_history.xlsx"
    export_file(catalog_db, conference.id, path, ExportOptions(ExportKind.ATTENDANCE, with_history=True))
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[-1] == "Lịch sử"
    rows = [[c for c in r if c is not None] for r in wb["Lịch sử"].iter_rows(values_only=True)]
    body = [r for r in rows if r and isinstance(r[0], int)]
    assert rows[0][0].startswith("LỊCH SỬ THAY ĐỔI VÀ ĐIỂM DANH")
    what = [(r[-2], r[-1]) for r in body]
    assert ("Thêm vào danh sách", "Nguyễn Văn Đức") in what
    assert ("Điểm danh", "Nguyễn Văn Đức") in what and ("Hủy điểm danh", "Nguyễn Văn Đức") in what
    assert ("Thêm người đi thay", "Vi Thị Thu Hà") in what
    checked = next(r for r in body if r[-2] == "Điểm danh" and r[-1] == "Nguyễn Văn Đức")
    assert checked[2] == "Bàn 2" and isinstance(checked[1], datetime)
