"""Invitations (giấy mời) as PDF: who gets one, what each page says (pdftotext), that every QR
code scans to its person's code (pdftoppm + zxing-cpp), long text wrapped inside the page, and the
files per person or per unit in a .zip or a folder."""

from __future__ import annotations

import subprocess
import zipfile
from datetime import date

import pytest

from desktop_app.domain.errors import FileProblem, NotFound
from desktop_app.domain.invitation import InvitationOptions
from desktop_app.domain.invitation_files import Split
from desktop_app.printing.invitations import export_invitations_pdf
from desktop_app.store.invitations import invitation_pages
from tests.unit.invitation_helpers import LONG_UNIT, invitation_conference, pdf_text_pages, qr_codes_per_page

pytestmark = pytest.mark.needs("pdftotext", "pdftoppm")
TODAY = date(2022, 9, 8)


@pytest.fixture
def invitations(qapp, db):
    return db, invitation_conference(db)


def test_the_invited_and_substitutes_get_one_the_replaced_and_walk_ins_do_not(invitations):
    db, data = invitations
    people = data["people"]
    pages = invitation_pages(db, data["conference"].id, today=TODAY)
    codes = [p.code for p in pages]
    assert sorted(codes[:-1]) == sorted([people["invited"].code, people["long"].code, people["substitute"].code])
    assert codes[-1] is None       # the unit invited without names: its page comes last, with no code
    assert pages[-1].addressee == "Kính gửi: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
    assert "(02 người)" in pages[-1].body[-1]
    assert len(invitation_pages(db, data["conference"].id, InvitationOptions(with_units=False), today=TODAY)) == 3


def test_each_page_reads_as_the_decree_30_invitation(invitations, tmp_path):
    db, data = invitations
    result = export_invitations_pdf(db, data["conference"].id, tmp_path / "giay_moi.pdf", today=TODAY)
    assert (result.pages, result.people, result.files) == (4, 3, 1)
    pages = pdf_text_pages(result.path)
    assert len(pages) == 4
    first = " ".join(pages[0].split())
    for text in ("UBND TỈNH LẠNG SƠN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Số: 123/GM-STTTT", "Lạng Sơn, ngày 08 tháng 9 năm 2022",
                 "GIẤY MỜI", "Về việc dự Hội nghị tập huấn Luật Báo chí",
                 "Kính gửi: Ông Nguyễn Văn Ánh, Giám đốc, Sở Nội vụ",
                 "Thời gian: 07 giờ 30 phút, thứ Tư, ngày 14/9/2022", "Địa điểm: Hội trường A",
                 "- Quyền tự do báo chí của công dân (Nguyễn Văn Bình)", "Trân trọng kính mời./.",
                 "Nơi nhận:", "- Như trên;", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Thị Tố Loan",
                 data["people"]["invited"].code):
        assert text in first, text
    everything = " ".join(" ".join(pages).split())
    assert "Kính gửi: Bà Phạm Thị Ngọc Ước, Phó Giám đốc, Sở Tư pháp" in everything
    unit = " ".join(pages[3].split())
    assert "Trân trọng kính mời đại diện lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (02 người) tham dự./." in unit


def test_every_qr_code_scans_to_its_persons_code(invitations, tmp_path):
    db, data = invitations
    result = export_invitations_pdf(db, data["conference"].id, tmp_path / "giay_moi.pdf", today=TODAY)
    expected = [[p.code] for p in invitation_pages(db, data["conference"].id, today=TODAY) if p.code] + [[]]
    assert len(expected) == 4
    assert qr_codes_per_page(result.path, tmp_path / "png") == expected


def test_a_long_unit_name_wraps_inside_the_page(invitations, tmp_path):
    db, data = invitations
    result = export_invitations_pdf(db, data["conference"].id, tmp_path / "giay_moi.pdf", today=TODAY)
    pages = [" ".join(p.split()) for p in pdf_text_pages(result.path)]
    number = next(i for i, p in enumerate(pages, start=1) if "Đặng Thị Hường" in p)
    assert LONG_UNIT.split(",")[0] in pages[number - 1]       # every word is printed ...
    bbox = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), "-bbox", str(result.path), "-"],
                          capture_output=True, text=True, check=True).stdout
    import re

    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox)]
    assert right_edges and max(right_edges) <= 595.3 - 15 / 25.4 * 72 + 1   # ... inside the right margin


def test_one_section_only(invitations, tmp_path):
    db, data = invitations
    from desktop_app.domain.models import AttendeeInput
    from desktop_app.store.attendees import add_attendee
    from desktop_app.store.sections import list_sections

    conference_id = data["conference"].id
    second = sorted(list_sections(db, conference_id), key=lambda s: s.position)[1]
    guest = add_attendee(db, conference_id, AttendeeInput(full_name="Vi Thị Thắm", unit_name="Sở Tài chính",
                                                          section_id=second.id))
    result = export_invitations_pdf(db, conference_id, tmp_path / "ii.pdf", InvitationOptions(section_position=2),
                                    today=TODAY)
    from desktop_app.store.attendees import list_attendees

    in_second = {a.code for a in list_attendees(db, conference_id, section_id=second.id)
                 if a.full_name != "Trần Văn Hưng"}     # replaced: no invitation
    assert guest.code in in_second and len(in_second) < 5
    assert result.pages == result.people == len(in_second)
    assert {c for page in qr_codes_per_page(result.path, tmp_path / "png") for c in page} == in_second
    with pytest.raises(NotFound) as caught:
        export_invitations_pdf(db, conference_id, tmp_path / "iii.pdf", InvitationOptions(section_position=3),
                               today=TODAY)
    assert caught.value.code == "no_invitations"
    assert not (tmp_path / "iii.pdf").exists()


def test_a_file_per_person_in_a_zip(invitations, tmp_path):
    db, data = invitations
    result = export_invitations_pdf(db, data["conference"].id, tmp_path / "giay_moi.zip", split=Split.PERSON,
                                    today=TODAY)
    names = zipfile.ZipFile(result.path).namelist()
    assert result.files == len(names) == 4
    assert names[0] == f"001-nguyen-van-anh-{data['people']['invited'].code}.pdf"
    assert names[-1] == "don-vi-uy-ban-mat-tran-to-quoc-viet-nam-tinh.pdf"


def test_a_file_per_unit_in_a_new_folder_and_never_into_an_existing_one(invitations, tmp_path):
    db, data = invitations
    out = tmp_path / "giay_moi"
    result = export_invitations_pdf(db, data["conference"].id, out, split=Split.UNIT, today=TODAY)
    files = sorted(p.name for p in out.iterdir())
    assert result.files == len(files) == 4     # Sở Nội vụ, the long unit, Sở Tư pháp, the invited unit
    assert files[0] == "1-so-noi-vu.pdf"
    with pytest.raises(FileProblem) as caught:
        export_invitations_pdf(db, data["conference"].id, out, split=Split.UNIT, today=TODAY)
    assert caught.value.code == "folder_exists"
    assert sorted(p.name for p in out.iterdir()) == files
