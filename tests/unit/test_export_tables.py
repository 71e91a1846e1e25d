"""Attendance report, full list and CSV, read back: counts, chart, grouping, contacts only when
asked, string cells, BOM, formula guard."""

from __future__ import annotations

import csv
from datetime import datetime

import openpyxl
import pytest

from desktop_app.domain.errors import FileProblem
from desktop_app.domain.models import AttendeeInput
from desktop_app.exchange.csv_export import csv_value
from desktop_app.exchange.export import ExportKind, ExportOptions, export_file
from desktop_app.messages import describe
from desktop_app.store.attendees import add_attendee
from desktop_app.store.checkins import add_substitute_and_check_in, check_in
from desktop_app.store.topics import add_topic


@pytest.fixture
def day(catalog_db, conference, add_person):
    """Four invited: two come, one sends a substitute, one stays away; a topic with one check-in."""
    duc = add_person("Nguyễn Văn Đức", "Sở Tư pháp", "Giám đốc", phone="0912345678", email="duc@example.vn")
    hoa = add_person("Đặng Thị Hoà", "Sở Nội vụ", "Trưởng phòng")
    thang = add_person("Lương Đức Thắng", "UBND huyện Cao Lộc", "Phó Chủ tịch UBND huyện")
    add_person("=A Văn B", "Công ty ABC", "-Giám đốc")
    check_in(catalog_db, duc.id, desk="Bàn 1", at=datetime(2022, 9, 14, 7, 12))
    check_in(catalog_db, hoa.id, desk="Bàn 2", at=datetime(2022, 9, 14, 7, 20))
    add_substitute_and_check_in(catalog_db, thang.id, AttendeeInput(full_name="Vi Thị Thu Hà",
                                                                    position="Chánh Văn phòng"))
    topic = add_topic(catalog_db, conference.id, "Phát ngôn và cung cấp thông tin cho báo chí")
    check_in(catalog_db, duc.id, topic_id=topic.id, at=datetime(2022, 9, 14, 8, 5))
    return conference


def sheet_rows(ws) -> list[list]:
    return [[c for c in row if c is not None] for row in ws.iter_rows(values_only=True)]


def test_attendance_workbook(catalog_db, day, tmp_path):
    path = tmp_path / "diem_danh.xlsx"
    export_file(catalog_db, day.id, path, ExportOptions(ExportKind.ATTENDANCE))
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Tổng hợp", "Có mặt", "Vắng mặt", "Theo chuyên đề"]
    summary = sheet_rows(wb["Tổng hợp"])
    assert ["Số đại biểu được mời", 4] in summary and ["Có mặt", 3] in summary and ["Vắng mặt", 1] in summary
    assert any(r[:2] == [1, "I. LÃNH ĐẠO UBND TỈNH"] or r[1:2] == ["II. CÁC SỞ, BAN, NGÀNH"] for r in summary)
    total = next(r for r in summary if r and r[0] == "Tổng cộng")
    assert total[:4] == ["Tổng cộng", 4, 3, 1]
    charts = wb["Tổng hợp"]._charts
    assert len(charts) == 1 and charts[0].tagname == "barChart"
    present = sheet_rows(wb["Có mặt"])
    assert present[0] == ["DANH SÁCH ĐẠI BIỂU CÓ MẶT (3)"]
    people = [r for r in present if r and isinstance(r[0], int)]
    # In order of arrival (the substitute came first, at the test clock's 07:00).
    assert [r[1] for r in people] == ["Vi Thị Thu Hà", "Nguyễn Văn Đức", "Đặng Thị Hoà"]
    assert people[1][-2:] == [datetime(2022, 9, 14, 7, 12), "Bàn 1"]
    absent = sheet_rows(wb["Vắng mặt"])
    assert ["Công ty ABC"] in absent            # the unit's group row
    assert [r[1] for r in absent if r and isinstance(r[0], int)] == ["=A Văn B"]
    topics = sheet_rows(wb["Theo chuyên đề"])
    assert [1, "Phát ngôn và cung cấp thông tin cho báo chí", 1, 0.25] in topics
    duc = next(r for r in topics if "Nguyễn Văn Đức" in r)
    assert duc[-1] == datetime(2022, 9, 14, 8, 5)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f"
                if isinstance(c.value, str):
                    assert c.data_type == "s" and c.font.name == "Times New Roman"


@pytest.mark.parametrize("contacts", [False, True])
def test_full_list_has_every_field_and_contacts_only_when_asked(catalog_db, day, tmp_path, contacts):
    path = tmp_path / "full.xlsx"
    export_file(catalog_db, day.id, path, ExportOptions(ExportKind.FULL, with_contacts=contacts))
    ws = openpyxl.load_workbook(path).active
    rows = sheet_rows(ws)
    header = next(r for r in rows if r and r[0] == "STT")
    assert {"Mã đại biểu", "Danh xưng", "Họ và tên", "Chức vụ", "Cơ quan, đơn vị", "Nhóm", "Trạng thái",
            "Đi thay cho", "Ghi chú", "Có mặt lúc", "Bàn điểm danh"} <= set(header)
    assert ("Số điện thoại" in header) is contacts and ("Email" in header) is contacts
    flat = {c for r in rows for c in r}
    assert ("0912345678" in flat) is contacts and ("duc@example.vn" in flat) is contacts
    substitute = next(r for r in rows if "Vi Thị Thu Hà" in r)
    assert "Đi thay" in substitute and "Lương Đức Thắng" in substitute
    header_row = next(c.row for c in ws["A"] if c.value == "STT")
    assert ws.print_title_rows == f"${header_row}:${header_row}" and ws.auto_filter.ref


@pytest.mark.parametrize("kind", list(ExportKind))
def test_csv_is_utf8_with_bom_and_never_a_formula(catalog_db, day, tmp_path, kind):
    path = tmp_path / f"{kind}.csv"
    export_file(catalog_db, day.id, path, ExportOptions(kind, with_contacts=True))
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows[0][:2] == ["STT", "Mã đại biểu"] if kind is ExportKind.FULL else rows[0][:2] == ["STT", "Họ và tên"]
    flat = [c for r in rows for c in r]
    assert "'=A Văn B" in flat and "=A Văn B" not in flat
    assert "Nguyễn Văn Đức" in flat


def test_csv_value_guards_and_cleans():
    assert csv_value("=SUM(A1)") == "'=SUM(A1)"
    assert csv_value("+84912345678") == "'+84912345678"
    assert csv_value("@x") == "'@x" and csv_value("-") == "'-"
    assert csv_value("Nguyễn\x00 Văn\x1f A") == "Nguyễn Văn A"
    assert csv_value(12) == "12" and csv_value(None) == ""
    assert csv_value(datetime(2022, 9, 14, 7, 5)) == "14/09/2022 07:05"


def test_control_characters_never_reach_a_workbook(catalog_db, conference, tmp_path):
    add_attendee(catalog_db, conference.id, AttendeeInput(full_name="Nguyễn Văn A", note="dòng 1\ndòng\x0b 2"))
    path = tmp_path / "full.xlsx"
    export_file(catalog_db, conference.id, path, ExportOptions(ExportKind.FULL))
    notes = [c.value for row in openpyxl.load_workbook(path).active.iter_rows() for c in row
             if isinstance(c.value, str) and c.value.startswith("dòng")]
    assert notes == ["dòng 1\ndòng 2"]


@pytest.mark.parametrize(("name", "code"), [("x.txt", "unsupported_format"), ("x.pdf", "unsupported_format"),
                                            ("missing/x.xlsx", "cannot_write")])
def test_unwritable_targets_get_one_sentence(catalog_db, conference, tmp_path, name, code):
    with pytest.raises(FileProblem) as error:
        export_file(catalog_db, conference.id, tmp_path / name, ExportOptions(ExportKind.FULL))
    assert error.value.code == code
    assert describe(error.value).endswith(".")


def test_attendance_report_is_a_document_to_sign_and_prints_whole(catalog_db, day, tmp_path):
    """Issue 12 item 6: a header block, the signers, the date line of the conference (not the day
    the file is written), a print area and a repeated header row on every sheet."""
    path = tmp_path / "diem_danh.xlsx"
    export_file(catalog_db, day.id, path, ExportOptions(ExportKind.ATTENDANCE))
    wb = openpyxl.load_workbook(path)
    summary = [v for row in sheet_rows(wb["Tổng hợp"]) for v in row]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in summary and "Độc lập - Tự do - Hạnh phúc" in summary
    assert summary.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") < summary.index("BÁO CÁO KẾT QUẢ ĐIỂM DANH ĐẠI BIỂU")
    assert ["NGƯỜI LẬP BIỂU", "XÁC NHẬN CỦA BAN TỔ CHỨC"] in sheet_rows(wb["Tổng hợp"])
    assert "(Ký, ghi rõ họ tên)" in summary
    date_lines = [v for v in summary if isinstance(v, str) and ", ngày " in v and " năm " in v]
    assert date_lines == ["Lạng Sơn, ngày 14 tháng 9 năm 2022"]      # the conference's day
    for ws in wb.worksheets:
        assert ws.print_area, ws.title
        assert ws.print_title_rows, ws.title


def test_the_report_date_is_the_conferences_whatever_day_it_is_written(catalog_db, day, tmp_path):
    from desktop_app.exchange.attendance_xlsx import AttendanceData, write_attendance_workbook
    from desktop_app.store.stats import conference_stats

    data = AttendanceData(day, conference_stats(catalog_db, day.id), [])
    write_attendance_workbook(data, tmp_path / "r.xlsx")
    values = [v for row in sheet_rows(openpyxl.load_workbook(tmp_path / "r.xlsx")["Tổng hợp"]) for v in row]
    assert "Lạng Sơn, ngày 14 tháng 9 năm 2022" in values
