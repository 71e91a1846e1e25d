"""Paper: the sign-in sheet, blank sheets, name cards and badges as PDF, read back as text
(pdftotext) and as pixels (pdftoppm), and painted on a QPrinter like the window's print dialog."""

from __future__ import annotations

import math
import subprocess
from pathlib import Path

import pytest
import segno

from desktop_app.domain.signin import Orientation, SheetOptions
from desktop_app.printing.cards import BADGE_H, BADGE_QR, BADGE_QR_TOP, BADGE_W, CardKind, CardOptions, badge_origins
from desktop_app.printing.export import export_cards_pdf, export_signin_pdf
from desktop_app.store.attendees import list_attendees

pytestmark = pytest.mark.needs("pdftotext", "pdftoppm", "pdfinfo")


def pdf_pages_text(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1]


@pytest.fixture
def demo_db(qapp, db):
    from desktop_app.store.demo import create_demo

    return db, create_demo(db)


def test_signin_pdf_text_pages_and_header_rows(demo_db, tmp_path):
    db, conference = demo_db
    result = export_signin_pdf(db, conference.id, tmp_path / "ky_ten.pdf")
    pages = pdf_pages_text(result.path)
    assert len(pages) == result.pages >= 4
    first = pages[0]
    for text in ("UBND TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ", "Thời gian: 07 giờ 30 phút, ngày 14/9/2022",
                 "I. LÃNH ĐẠO UBND TỈNH", "Dương Xuân Huyên"):
        assert text in first
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if any(p.full_name in page for p in list_attendees(db, conference.id)):
            assert "Họ và tên" in page and "Ký tên" in page      # the header row on every page of the table
        if number > 1:
            assert lines[0] == str(number)                     # page number at the top from page 2
        else:
            assert lines[0] != "1"
    everything = "\n".join(pages)
    people = list_attendees(db, conference.id)
    assert all(p.full_name in everything for p in people)
    from desktop_app.store.stats import conference_stats

    seats = conference_stats(db, conference.id).invited    # issue 11: seats, not rows
    assert seats < len(people) and f"Danh sách có {seats} đại biểu./." in pages[-1]
    assert "NGƯỜI LẬP BIỂU" in pages[-1] and "XÁC NHẬN CỦA BAN TỔ CHỨC" in pages[-1]
    assert "Lạng Sơn, ngày 14 tháng 9 năm 2022" in pages[-1]
    fonts = subprocess.run(["pdffonts", str(result.path)], capture_output=True, text=True).stdout
    assert "Serif" in fonts or "Times" in fonts


def test_landscape_with_phones(demo_db, tmp_path):
    db, conference = demo_db
    result = export_signin_pdf(db, conference.id, tmp_path / "ngang.pdf",
                               SheetOptions(Orientation.LANDSCAPE, with_phone=True))
    info = subprocess.run(["pdfinfo", str(result.path)], capture_output=True, text=True).stdout
    assert "842 x 595" in info
    text = "\n".join(pdf_pages_text(result.path))
    assert "Số điện thoại" in text and "0308872624" in text


def test_blank_sheet_has_numbered_rows(qapp, db, conference, tmp_path):
    result = export_signin_pdf(db, conference.id, tmp_path / "trang.pdf", SheetOptions(blank_rows=40))
    text = "\n".join(pdf_pages_text(result.path))
    numbers = [int(line.split()[0]) for line in text.splitlines() if line.strip().split()[:1] and
               line.split()[0].isdigit() and len(line.split()) == 1]
    assert set(range(1, 41)) <= set(numbers) | {result.pages}
    assert result.rows == 40 and result.pages >= 2
    assert "Danh sách có ........ đại biểu./." in text


def test_rows_are_tall_enough_to_sign(qapp, db, conference, tmp_path):
    # 11 mm rows: on a portrait A4 page (257 mm of table at most) no more than 23 fit.
    result = export_signin_pdf(db, conference.id, tmp_path / "trang.pdf", SheetOptions(blank_rows=60))
    assert result.pages >= math.ceil(60 / 23)


def test_the_same_painting_works_on_a_printer(demo_db, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.printing.signin_pdf import paint_signin_sheet
    from desktop_app.store.lists import signin_sheet

    db, conference = demo_db
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    pages = paint_signin_sheet(signin_sheet(db, conference.id), printer)
    assert pages == len(pdf_pages_text(tmp_path / "printer.pdf"))
    assert "Dương Xuân Huyên" in pdf_pages_text(tmp_path / "printer.pdf")[0]


def test_badges_eight_per_page_with_names_and_codes(demo_db, tmp_path):
    db, conference = demo_db
    result = export_cards_pdf(db, conference.id, tmp_path / "the.pdf")
    people = list_attendees(db, conference.id)
    assert result.pages == math.ceil(len(people) / 8)
    pages = pdf_pages_text(result.path)
    assert all(p.code in pages[i // 8] for i, p in enumerate(people))
    assert "Dương Xuân Huyên" in pages[0]


def test_badges_carry_a_role_line_and_names_of_14_pt_or_more(demo_db, tmp_path):
    """Issue 12 item 7: the role from the attendee, else from the section (the press: PHÓNG VIÊN);
    names at 18 pt, a very long one no smaller than 14 pt."""
    import re

    from desktop_app.domain.models import AttendeeInput
    from desktop_app.store.attendees import add_attendee, update_attendee

    db, conference = demo_db
    people = list_attendees(db, conference.id)
    first = people[0]
    update_attendee(db, first.id, AttendeeInput(full_name=first.full_name, position=first.position,
                                                unit_name=first.unit_name, badge_role="ban tổ chức"))
    add_attendee(db, conference.id, AttendeeInput(full_name="Nguyễn Thị Thu Phương Thảo Nguyên",
                                                  unit_name="Sở Y tế"))
    result = export_cards_pdf(db, conference.id, tmp_path / "the.pdf")
    pages = pdf_pages_text(result.path)
    assert "BAN TỔ CHỨC" in pages[0]
    press = [p for p in people if p.unit_kind and p.unit_kind.value == "press"]
    everything = "\n".join(pages)
    assert press and everything.count("PHÓNG VIÊN") == len(press)
    assert everything.count("ĐẠI BIỂU") == len(people) + 1 - len(press) - 1
    html = subprocess.run(["pdftotext", "-bbox", str(result.path), "-"], capture_output=True, text=True).stdout
    words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)<', html)
    elsewhere = {w for p in people for w in f"{p.position} {p.unit_name} {p.code} {p.salutation}".split()}
    names = ({w for p in people for w in p.full_name.split()} | {"Nguyên", "Phương"}) - elsewhere
    heights = [float(y1) - float(y0) for y0, y1, w in words if w in names]
    # A word's box is about 1.107 times its font's size here: 14 pt is 15.5 pt tall, 18 pt 19.9.
    assert heights and min(heights) >= 15.4 and max(heights) >= 19.8


def test_badge_qr_code_holds_the_attendee_code(demo_db, tmp_path):
    from PySide6.QtGui import QImage

    db, conference = demo_db
    result = export_cards_pdf(db, conference.id, tmp_path / "the.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "300", "-f", "1", "-l", "1", str(result.path),
                    str(tmp_path / "page")], check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    first = list_attendees(db, conference.id)[0]
    matrix = segno.make(first.code, error="m", micro=False).matrix
    x, y = badge_origins()[0]
    qr_size, border = BADGE_QR, 2
    module = qr_size / (len(matrix) + 2 * border)
    qx, qy = x + BADGE_W - 4 - qr_size, y + BADGE_QR_TOP
    px = 300 / 25.4
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            cx = (qx + (c + border + 0.5) * module) * px
            cy = (qy + (r + border + 0.5) * module) * px
            assert (image.pixelColor(int(cx), int(cy)).lightness() < 128) == bool(dark), (r, c)
    assert y + BADGE_H < 297


@pytest.mark.parametrize(("kind", "per_page"), [(CardKind.FOLDED, 1), (CardKind.HALF, 2)])
def test_name_cards(demo_db, tmp_path, kind, per_page):
    db, conference = demo_db
    result = export_cards_pdf(db, conference.id, tmp_path / "bien_ten.pdf", CardOptions(kind, section_position=1))
    people = list_attendees(db, conference.id, section_id=None)
    section_people = [p for p in people if p.section_position == 1]
    assert result.rows == len(section_people) and result.pages == math.ceil(len(section_people) / per_page)
    first_page = pdf_pages_text(result.path)[0]
    assert "Dương Xuân Huyên" in first_page and "Đồng chí" in first_page
    info = subprocess.run(["pdfinfo", str(result.path)], capture_output=True, text=True).stdout
    assert "842 x 595" in info


def test_a_name_without_spaces_wraps_inside_its_cell(qapp, db, conference, tmp_path):
    """Broken inside the word, not cut off at the cell's edge; still all there for pdftotext."""
    from desktop_app.domain.models import AttendeeInput
    from desktop_app.store.attendees import add_attendee

    name = "Ngườiviếtliềnkhôngcódấucáchrấtdàiđểthửxemcóbịtràndòng"
    add_attendee(db, conference.id, AttendeeInput(full_name=name, unit_name="Sở Tư pháp"))
    path = tmp_path / "ky_ten.pdf"
    export_signin_pdf(db, conference.id, path)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert not any(name in line for line in text.splitlines())     # wrapped…
    assert name in "".join(text.split())                            # …and nothing lost


def test_numbers_from_1000_on_stay_on_one_line(qapp, db, conference, tmp_path):
    path = tmp_path / "trang.pdf"
    export_signin_pdf(db, conference.id, path, SheetOptions(blank_rows=1005))
    text = subprocess.run(["pdftotext", "-f", "44", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout.split()
    assert {"999", "1000", "1005"} <= set(text)   # not "100" over "5"


@pytest.mark.parametrize("orientation, rows", [(Orientation.PORTRAIT, 13), (Orientation.PORTRAIT, 16),
                                               (Orientation.PORTRAIT, 37), (Orientation.LANDSCAPE, 10),
                                               (Orientation.LANDSCAPE, 22)])
def test_the_signature_block_shares_its_page_with_the_last_rows(qapp, db, conference, tmp_path, orientation, rows):
    """Issue 12 item 5: before, these sheets ended on a page with the count and the signers alone."""
    result = export_signin_pdf(db, conference.id, tmp_path / "trang.pdf", SheetOptions(orientation, blank_rows=rows))
    last = [line.strip() for line in pdf_pages_text(result.path)[-1].splitlines() if line.strip()]
    assert str(rows) in last[1:] and str(rows - 1) in last[1:]      # the last two rows moved over
    assert "NGƯỜI LẬP BIỂU" in " ".join(last) and "Họ và tên" in " ".join(last)


def test_a_blank_sheet_keeps_a_wide_name_column(qapp, db, conference):
    from desktop_app.domain.signin import Column, build_sheet

    sheet = build_sheet(conference, [], [], SheetOptions(blank_rows=5))
    widths = {c.key: c.width_mm for c in sheet.columns}
    assert widths[Column.NAME] >= 40 and widths[Column.POSITION] >= 30


def test_a_section_going_on_to_the_next_page_repeats_its_heading(demo_db, tmp_path):
    """Issue 12 item 7: the heading again under the header row, marked "(tiếp)"."""
    db, conference = demo_db
    result = export_signin_pdf(db, conference.id, tmp_path / "ky_ten.pdf")
    pages = pdf_pages_text(result.path)
    continued = [i for i, page in enumerate(pages) if "II. CÁC SỞ, BAN, NGÀNH (tiếp)" in page]
    assert continued and 0 not in continued
    for i in continued:
        lines = [line.strip() for line in pages[i].splitlines() if line.strip()]
        assert lines[2] == "II. CÁC SỞ, BAN, NGÀNH (tiếp)"       # page number, header row, the heading
    assert all("(tiếp)" not in line for line in pages[0].splitlines())


def test_the_blank_sheet_is_titled_for_walk_ins(qapp, db, conference, tmp_path):
    result = export_signin_pdf(db, conference.id, tmp_path / "trang.pdf", SheetOptions(blank_rows=5))
    text = pdf_pages_text(result.path)[0]
    assert "DANH SÁCH ĐẠI BIỂU BỔ SUNG" in text and "DỰ HỘI NGHỊ" not in text


def test_signin_pdf_names_whom_a_substitute_replaces(demo_db, tmp_path):
    """Issue 11 item 1: the PDF's Ghi chú says "Đi thay đ/c …"; the count line counts seats."""
    from desktop_app.domain.models import AttendeeInput
    from desktop_app.store.attendees import add_substitute

    db, conference = demo_db
    people = list_attendees(db, conference.id)
    replaced = next(p for p in people if not p.present and not p.replaces_id)
    add_substitute(db, replaced.id, AttendeeInput(full_name="Hoàng Văn Nam"))
    text = "\n".join(pdf_pages_text(export_signin_pdf(db, conference.id, tmp_path / "thay.pdf").path))
    assert "Đi thay" in text and "đ/c" in text and "Cử" in text
    from desktop_app.store.stats import conference_stats

    seats = conference_stats(db, conference.id).invited
    assert f"Danh sách có {seats} đại biểu./." in text
