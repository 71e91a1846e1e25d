"""Invitations in Word as a word processor prints them: LibreOffice turns the filled .docx into a
PDF; each copy is one page that reads right and whose QR picture scans to the person's code."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from desktop_app.exchange.invitations import export_invitations_docx
from desktop_app.store.invitations import invitation_pages
from tests.unit.invitation_helpers import invitation_conference, pdf_text_pages, qr_codes_per_page

pytestmark = [pytest.mark.needs("soffice", "pdftotext", "pdftoppm"), pytest.mark.slow]
TODAY = date(2022, 9, 8)


def test_the_word_invitations_print_one_page_each_and_their_qr_codes_scan(qapp, db, tmp_path):
    data = invitation_conference(db)
    result = export_invitations_docx(db, data["conference"].id, tmp_path / "giay_moi.docx", today=TODAY)
    profile = tmp_path / "profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(result.path)], capture_output=True, timeout=300, check=True)
    pdf = tmp_path / "giay_moi.pdf"
    pages = [" ".join(p.split()) for p in pdf_text_pages(pdf)]
    assert len(pages) == result.pages == 4
    for page in pages:
        assert page.count("GIẤY MỜI") == 1 and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in page
        assert "Độc lập - Tự do - Hạnh phúc" in page and "Hoàng Thị Tố Loan" in page
    assert "Kính gửi: Ông Nguyễn Văn Ánh, Giám đốc, Sở Nội vụ" in " ".join(pages)
    expected = [[p.code] if p.code else [] for p in invitation_pages(db, data["conference"].id, today=TODAY)]
    assert qr_codes_per_page(pdf, tmp_path / "png") == expected
