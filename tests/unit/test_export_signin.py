"""The sign-in sheet workbook, read back cell by cell: Decree 30 layout, print set-up, fonts, and
every text a string cell."""

from __future__ import annotations

import re
from datetime import datetime

import openpyxl
import pytest

from desktop_app.domain.kinds import Numbering
from desktop_app.domain.models import AttendeeInput
from desktop_app.domain.signin import SheetOptions
from desktop_app.exchange.export import ExportKind, ExportOptions, export_file
from desktop_app.store.attendees import add_attendees
from desktop_app.store.conferences import create_conference, update_conference

PEOPLE = [
    ("Dương Xuân Huyên", "Phó Chủ tịch Thường trực UBND tỉnh", "UBND tỉnh Lạng Sơn", "0912345678"),
    ("Nguyễn Văn Đức", "Giám đốc", "Sở Tư pháp", ""),
    ("Đặng Thị Hoà", "Trưởng phòng", "Sở Nội vụ", "0987654321"),
    ("Lương Đức Thắng", "Phó Chủ tịch UBND huyện", "UBND huyện Cao Lộc", ""),
    ("=HYPERLINK(\"x\")", "+Chuyên viên", "@Công ty ABC", ""),
]


@pytest.fixture
def sheet_conference(catalog_db):
    c = create_conference(catalog_db, "Hội nghị tập huấn công tác báo chí năm 2022", datetime(2022, 9, 14, 7, 30),
                          venue="Hội trường UBND tỉnh", place_name="Lạng Sơn", organizer="Sở Thông tin và Truyền thông",
                          parent_agency="UBND tỉnh Lạng Sơn")
    add_attendees(catalog_db, c.id, [AttendeeInput(full_name=n, position=p, unit_name=u, phone=ph)
                                     for n, p, u, ph in PEOPLE])
    return c


def export(db, conference, tmp_path, name="ky_ten.xlsx", **sheet):
    path = tmp_path / name
    export_file(db, conference.id, path, ExportOptions(ExportKind.SIGNIN, SheetOptions(**sheet)))
    wb = openpyxl.load_workbook(path)
    return wb, wb.active


def texts(ws) -> list[list[str]]:
    return [[c.value for c in row if c.value is not None] for row in ws.iter_rows()]


def find_row(ws, text) -> int:
    for row in ws.iter_rows():
        for c in row:
            if c.value == text:
                return c.row
    raise AssertionError(text)


def test_decree_30_layout_from_top_to_bottom(catalog_db, sheet_conference, tmp_path):
    _, ws = export(catalog_db, sheet_conference, tmp_path)
    rows = [r for r in texts(ws) if r]
    assert rows[0] == ["UBND TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert rows[1] == ["SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Độc lập - Tự do - Hạnh phúc"]
    assert rows[3] == ["DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ"]
    assert rows[4] == ["Hội nghị tập huấn công tác báo chí năm 2022"]
    assert rows[5] == ["Thời gian: 07 giờ 30 phút, ngày 14/9/2022; Địa điểm: Hội trường UBND tỉnh"]
    assert rows[6] == ["STT", "Họ và tên", "Chức vụ", "Cơ quan, đơn vị", "Ký tên", "Ghi chú"]
    assert rows[7] == ["I. LÃNH ĐẠO UBND TỈNH"]
    assert rows[8] == [1, "Dương Xuân Huyên", "Phó Chủ tịch Thường trực UBND tỉnh", "UBND tỉnh Lạng Sơn"]
    assert ["Danh sách có 5 đại biểu./."] in rows
    assert ["Lạng Sơn, ngày 14 tháng 9 năm 2022"] in rows
    assert ["NGƯỜI LẬP BIỂU", "XÁC NHẬN CỦA BAN TỔ CHỨC"] in rows
    assert ["(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)"] in rows
    # Sections with Roman numerals, people numbered straight through.
    sections = [r[0] for r in rows if len(r) == 1 and re.match(r"^[IVX]+\. ", str(r[0]))]
    assert sections == ["I. LÃNH ĐẠO UBND TỈNH", "II. CÁC SỞ, BAN, NGÀNH", "III. UBND CÁC HUYỆN, THÀNH PHỐ",
                        "VI. ĐẠI BIỂU KHÁC"]   # "@Công ty ABC" is not in the catalog
    numbers = [r[0] for r in rows if r and isinstance(r[0], int)]
    assert numbers == [1, 2, 3, 4, 5]


def test_fonts_styles_and_merges(catalog_db, sheet_conference, tmp_path):
    _, ws = export(catalog_db, sheet_conference, tmp_path)
    fonts = {c.font.name for row in ws.iter_rows() for c in row if c.value is not None}
    assert fonts == {"Times New Roman"}
    title = ws.cell(find_row(ws, "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ"), 1)
    assert title.font.b and title.font.sz == 14
    assert ws.cell(find_row(ws, "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"), 1).font.b
    assert not ws.cell(find_row(ws, "UBND TỈNH LẠNG SƠN"), 1).font.b
    assert ws.cell(find_row(ws, "Độc lập - Tự do - Hạnh phúc"), 3).font.u == "single"
    assert ws.cell(find_row(ws, "Thời gian: 07 giờ 30 phút, ngày 14/9/2022; Địa điểm: Hội trường UBND tỉnh"), 1).font.i
    header = find_row(ws, "STT")
    assert all(ws.cell(header, c).font.b and ws.cell(header, c).border.bottom.style == "thin" for c in range(1, 7))
    person = find_row(ws, "Nguyễn Văn Đức")
    assert all(ws.cell(person, c).border.left.style == "thin" for c in range(1, 7))
    assert ws.cell(person, 1).alignment.shrink_to_fit   # 1,000 and on in the narrow STT column, not "####"
    assert 10 * 72 / 25.4 <= ws.row_dimensions[person].height <= 13 * 72 / 25.4 + 1
    section = find_row(ws, "I. LÃNH ĐẠO UBND TỈNH")
    assert f"A{section}:F{section}" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.cell(section, 1).font.b


def test_print_setup_a4_margins_titles_fit_to_width(catalog_db, sheet_conference, tmp_path):
    _, ws = export(catalog_db, sheet_conference, tmp_path)
    header = find_row(ws, "STT")
    assert int(ws.page_setup.paperSize) == 9   # A4
    assert ws.page_setup.orientation == "portrait"
    assert ws.print_title_rows == f"${header}:${header}"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    mm = {k: round(getattr(ws.page_margins, k) * 25.4) for k in ("left", "right", "top", "bottom")}
    assert mm == {"left": 30, "right": 15, "top": 20, "bottom": 20}
    assert ws.HeaderFooter.differentFirst and "&P" in ws.oddHeader.center.text
    assert ws.freeze_panes == f"A{header + 1}"


@pytest.mark.parametrize(("orientation", "with_phone", "total"), [
    ("portrait", False, 165), ("portrait", True, 165), ("landscape", True, 252), ("landscape", False, 252),
])
def test_column_widths_come_from_measured_text(catalog_db, sheet_conference, tmp_path, orientation, with_phone,
                                               total):
    """Decree 30's printable width, shared from measured text: a phone whole on one line, room to
    sign (>= 25 mm), the "Ghi chú" heading on one line (the fixed Decree widths broke all three)."""
    from openpyxl.utils import get_column_letter

    from desktop_app.domain.text_metrics import width_mm

    _, ws = export(catalog_db, sheet_conference, tmp_path, orientation=orientation, with_phone=with_phone)
    header = find_row(ws, "STT")
    titles = [c.value for c in ws[header]]
    got = [ws.column_dimensions[get_column_letter(i)].width for i in range(1, len(titles) + 1)]
    # Excel widths are characters of the default font (7 px each, plus 5 px of padding at 96 dpi).
    mm = dict(zip(titles, [(w * 7 + 5) / 96 * 25.4 for w in got], strict=True))
    assert sum(mm.values()) == pytest.approx(total, abs=1)
    assert mm["Ký tên"] >= 24.95   # 25 mm, less the rounding of Excel widths to 0.01 character
    assert mm["Ghi chú"] >= width_mm("Ghi chú", 12, bold=True) + 3
    if with_phone:
        assert mm["Số điện thoại"] >= max(width_mm(ph, 12) for *_, ph in PEOPLE) + 3
    assert mm["Họ và tên"] >= max(width_mm(n, 12) for n, *_ in PEOPLE) + 3 or orientation == "portrait"
    assert ws.page_setup.orientation == orientation


def test_phones_only_when_asked_and_always_text(catalog_db, sheet_conference, tmp_path):
    _, ws = export(catalog_db, sheet_conference, tmp_path)
    assert not any(c.value == "0912345678" for row in ws.iter_rows() for c in row)
    _, ws = export(catalog_db, sheet_conference, tmp_path, "phone.xlsx", with_phone=True, orientation="landscape")
    header = find_row(ws, "STT")
    assert [ws.cell(header, c).value for c in range(1, 8)] == [
        "STT", "Họ và tên", "Chức vụ", "Cơ quan, đơn vị", "Số điện thoại", "Ký tên", "Ghi chú"]
    cell = ws.cell(find_row(ws, "Dương Xuân Huyên"), 5)
    assert cell.value == "0912345678" and cell.data_type == "s"


def test_every_text_is_a_string_cell_never_a_formula(catalog_db, sheet_conference, tmp_path):
    _, ws = export(catalog_db, sheet_conference, tmp_path)
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str):
                assert c.data_type == "s", c.coordinate
            assert c.data_type != "f"
    row = find_row(ws, '=HYPERLINK("x")')
    assert [ws.cell(row, c).value for c in (2, 3, 4)] == ['=HYPERLINK("x")', "+Chuyên viên", "@Công ty ABC"]


def test_per_section_numbering_and_one_section(catalog_db, sheet_conference, tmp_path):
    _, ws = export(catalog_db, sheet_conference, tmp_path, numbering=Numbering.PER_SECTION)
    assert [r[0] for r in texts(ws) if r and isinstance(r[0], int)] == [1, 1, 2, 1, 1]
    update_conference(catalog_db, sheet_conference.__class__(**{**sheet_conference.__dict__,
                                                                "numbering": Numbering.PER_SECTION}))
    _, ws = export(catalog_db, sheet_conference, tmp_path, "conf.xlsx")
    assert [r[0] for r in texts(ws) if r and isinstance(r[0], int)] == [1, 1, 2, 1, 1]
    _, ws = export(catalog_db, sheet_conference, tmp_path, "ii.xlsx", section_position=2)
    rows = texts(ws)
    assert ["II. CÁC SỞ, BAN, NGÀNH"] in rows and ["I. LÃNH ĐẠO UBND TỈNH"] not in rows
    assert ["Danh sách có 2 đại biểu./."] in rows


def test_no_header_block_and_staggered_signatures(catalog_db, sheet_conference, tmp_path):
    _, ws = export(catalog_db, sheet_conference, tmp_path, header_block=False, staggered=True)
    rows = texts(ws)
    assert rows[0] == ["DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ"]
    first, second = find_row(ws, "Dương Xuân Huyên"), find_row(ws, "Nguyễn Văn Đức")
    assert (ws.cell(first, 5).value, ws.cell(first, 5).alignment.horizontal) == ("1.", "left")
    assert (ws.cell(second, 5).value, ws.cell(second, 5).alignment.horizontal) == ("2.", "right")


def test_blank_sheet_has_numbered_empty_rows(catalog_db, sheet_conference, tmp_path):
    _, ws = export(catalog_db, sheet_conference, tmp_path, blank_rows=12)
    header = find_row(ws, "STT")
    numbers = [ws.cell(header + i, 1).value for i in range(1, 13)]
    assert numbers == list(range(1, 13))
    assert all(ws.cell(header + i, c).value is None for i in range(1, 13) for c in range(2, 7))
    assert ["Danh sách có ........ đại biểu./."] in texts(ws)


def test_long_positions_get_taller_rows(catalog_db, sheet_conference, tmp_path):
    _, ws = export(catalog_db, sheet_conference, tmp_path)
    short = ws.row_dimensions[find_row(ws, "Nguyễn Văn Đức")].height
    assert ws.row_dimensions[find_row(ws, "Dương Xuân Huyên")].height > short


def test_a_failed_export_leaves_the_old_file(catalog_db, sheet_conference, tmp_path, monkeypatch):
    import desktop_app.exchange.signin_xlsx as signin_xlsx

    path = tmp_path / "ky_ten.xlsx"
    path.write_bytes(b"the good old file")

    def boom(*args, **kwargs):
        raise RuntimeError("crash while writing")

    monkeypatch.setattr(signin_xlsx._SheetWriter, "_footer", boom)
    with pytest.raises(RuntimeError):
        export_file(catalog_db, sheet_conference.id, path)
    assert path.read_bytes() == b"the good old file"
    assert [p.name for p in tmp_path.iterdir() if "ky_ten" in p.name] == ["ky_ten.xlsx"]   # no partial file


def _substitute(db, conference):
    from desktop_app.store.attendees import add_substitute, list_attendees

    loan = next(a for a in list_attendees(db, conference.id) if a.full_name == "Đặng Thị Hoà")
    return add_substitute(db, loan.id, AttendeeInput(full_name="Hoàng Văn Nam", position="Phó Trưởng phòng"))


def test_a_substitute_stands_in_on_the_sheet_and_the_count_counts_seats(catalog_db, sheet_conference, tmp_path):
    """Issue 11 item 1: "Đi thay đ/c …" in Ghi chú, the replaced person marked, one seat counted."""
    _substitute(catalog_db, sheet_conference)
    _, ws = export(catalog_db, sheet_conference, tmp_path)
    nam = find_row(ws, "Hoàng Văn Nam")
    assert "Đi thay đ/c Đặng Thị Hoà" in [c.value for c in ws[nam]]
    hoa = find_row(ws, "Đặng Thị Hoà")
    assert "Cử người đi thay" in [c.value for c in ws[hoa]]
    assert ws.cell(hoa, 1).value in (None, "")                 # no number: no seat
    assert any("Danh sách có 5 đại biểu./." in row for row in texts(ws))
    _, ws = export(catalog_db, sheet_conference, tmp_path, name="left_off.xlsx", leave_off_replaced=True)
    everything = [v for row in texts(ws) for v in row]
    assert "Đặng Thị Hoà" not in everything and "Hoàng Văn Nam" in everything
    assert "Danh sách có 5 đại biểu./." in everything


def test_a_replaced_person_who_came_anyway_keeps_a_seat(catalog_db, sheet_conference, tmp_path):
    from desktop_app.store import checkins
    from desktop_app.store.attendees import list_attendees

    _substitute(catalog_db, sheet_conference)
    hoa = next(a for a in list_attendees(catalog_db, sheet_conference.id) if a.full_name == "Đặng Thị Hoà")
    checkins.check_in(catalog_db, hoa.id)
    _, ws = export(catalog_db, sheet_conference, tmp_path)
    assert "Cử người đi thay" not in [v for row in texts(ws) for v in row]
    assert any("Danh sách có 6 đại biểu./." in row for row in texts(ws))
