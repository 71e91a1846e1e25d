"""Issue 12 item 6: the attendance report and the full list as PDF, in the sign-in sheet's layout
(header block, title, header row on every page, sections continued "(tiếp)", date and signers),
read back with pdftotext; text heights read from pdftotext -bbox."""

from __future__ import annotations

import re
import subprocess

import pytest

from desktop_app.domain.signin import SheetOptions
from desktop_app.printing.export import export_report_pdf
from desktop_app.store.attendees import list_attendees
from tests.unit.test_printing import pdf_pages_text

pytestmark = pytest.mark.needs("pdftotext", "pdfinfo")


@pytest.fixture
def demo_db(qapp, db):
    from desktop_app.store.demo import create_demo

    return db, create_demo(db)


def smallest_text_pt(path) -> float:
    """The height of the smallest word printed (pdftotext's boxes are the font's size)."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    boxes = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)<', html)
    return min(float(y1) - float(y0) for y0, y1, _ in boxes)


@pytest.mark.parametrize(("kind", "heading", "landscape"), [
    ("attendance", "Giờ đến", False), ("full", "Mã đại biểu", True)])
def test_reports_print_in_the_sign_in_layout(demo_db, tmp_path, kind, heading, landscape):
    db, conference = demo_db
    result = export_report_pdf(db, conference.id, tmp_path / f"{kind}.pdf", kind,
                               SheetOptions(section_counts=True), with_contacts=True)
    pages = pdf_pages_text(result.path)
    assert len(pages) == result.pages >= 2
    first = pages[0]
    for text in ("UBND TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Thời gian: 07 giờ 30 phút",
                 "I. LÃNH ĐẠO UBND TỈNH (3 đại biểu)"):
        assert text in first
    assert ("BÁO CÁO KẾT QUẢ ĐIỂM DANH ĐẠI BIỂU" if kind == "attendance" else "DANH SÁCH ĐẠI BIỂU") in first
    for page in pages:
        assert "Họ và tên" in page and heading in page        # the header row on every page
    assert any("(tiếp)" in page for page in pages[1:])
    last = pages[-1]
    assert "NGƯỜI LẬP BIỂU" in last and "XÁC NHẬN CỦA BAN TỔ CHỨC" in last
    assert "Lạng Sơn, ngày 14 tháng 9 năm 2022" in last      # the conference's date, not today's
    everything = "\n".join(pages)
    assert all(p.code in everything for p in list_attendees(db, conference.id)) or kind == "attendance"
    size = subprocess.run(["pdfinfo", str(result.path)], capture_output=True, text=True).stdout
    assert ("842 x 595" in size) == landscape
    assert smallest_text_pt(result.path) >= 9
