"""Invitations in Word: the shipped template and an office's own, read back with python-docx
(placeholders replaced, one page break between copies, pictures), a template whose placeholders
Word split across runs, placeholders in tables and headers, unknown placeholders named."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from desktop_app.domain.errors import FileProblem
from desktop_app.domain.invitation import PLACEHOLDERS
from desktop_app.domain.invitation_files import Split
from desktop_app.exchange.invitation_docx import default_template
from desktop_app.exchange.invitations import export_invitations_docx
from desktop_app.store.invitations import invitation_pages
from tests.unit.invitation_helpers import invitation_conference

TODAY = date(2022, 9, 8)


@pytest.fixture
def invitations(db):
    return db, invitation_conference(db)


def all_text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                parts += [p.text for p in cell.paragraphs]
    return "\n".join(parts)


def page_breaks(doc) -> int:
    return sum(1 for br in doc.element.body.iter(qn("w:br")) if br.get(qn("w:type")) == "page")


def pictures(doc) -> int:
    return sum(1 for _ in doc.element.body.iter(qn("pic:pic")))


def test_the_shipped_template_uses_only_known_placeholders_and_is_a_decree_30_page():
    doc = Document(str(default_template()))
    text = all_text(doc)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "GIẤY MỜI" in text
    import re

    used = set(re.findall(r"\{\{(\w+)\}\}", text))
    assert used <= set(PLACEHOLDERS) and {"kinh_gui", "qr", "ma", "so_ky_hieu", "noi_dung"} <= used


def test_the_default_template_filled_once_per_invitation(invitations, tmp_path):
    db, data = invitations
    result = export_invitations_docx(db, data["conference"].id, tmp_path / "giay_moi.docx", today=TODAY)
    assert (result.pages, result.people) == (4, 3)
    doc = Document(str(result.path))
    text = all_text(doc)
    assert "{{" not in text and "}}" not in text
    assert page_breaks(doc) == 3
    assert pictures(doc) == 3                     # a QR code per person, none on the unit's page
    for line in ("Số: 123/GM-STTTT", "Lạng Sơn, ngày 08 tháng 9 năm 2022",
                 "Kính gửi: Ông Nguyễn Văn Ánh, Giám đốc, Sở Nội vụ", "Thời gian: 07 giờ 30 phút, thứ Tư, "
                 "ngày 14/9/2022", "Kính gửi: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hoàng Thị Tố Loan"):
        assert line in text, line
    for person in ("invited", "long", "substitute"):
        assert data["people"][person].code in text
    assert data["people"]["replaced"].full_name not in text and data["people"]["walk_in"].full_name not in text


def _split_template(path: Path) -> Path:
    """An office template as Word saves one after editing: placeholders cut into several runs with
    different formatting, in a paragraph, in a table and in the page header."""
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "{{hoi_nghi}}"
    p = doc.add_paragraph()
    for text, bold in (("Kính gửi: {{danh", True), ("_xung}} {{ho", False), ("_", True), ("ten}}, ", False),
                       ("{", False), ("{chuc_vu}}", True)):
        p.add_run(text).bold = bold
    table = doc.add_table(rows=1, cols=2)
    cell = table.rows[0].cells[0].paragraphs[0]
    for text in ("Đơn vị: {", "{don_", "vi}}"):
        cell.add_run(text)
    qr = table.rows[0].cells[1].paragraphs[0]
    qr.add_run("{{q")
    qr.add_run("r}} mã {{ma}}")
    doc.add_paragraph("Số: {{so_ky_hieu}} – {{ thoi_gian }} – {{dia_diem}}")
    doc.save(str(path))
    return path


def test_placeholders_split_across_runs_are_replaced_keeping_the_first_runs_format(invitations, tmp_path):
    db, data = invitations
    template = _split_template(tmp_path / "mau.docx")
    result = export_invitations_docx(db, data["conference"].id, tmp_path / "out.docx", template=template,
                                     today=TODAY)
    assert result.pages == result.people == 3     # a template that names people: no page for the unit
    doc = Document(str(result.path))
    text = all_text(doc)
    assert "{" not in text and "}" not in text
    first = next(p for p in doc.paragraphs if p.text.startswith("Kính gửi:"))
    people = {p.code: p for p in invitation_pages(db, data["conference"].id, today=TODAY) if p.code}
    assert first.text in {f"Kính gửi: {p.values['danh_xung']} {p.values['ho_ten']}, {p.values['chuc_vu']}"
                          for p in people.values()}
    assert first.runs[0].bold                     # "{{danh" began in a bold run: the value keeps it
    assert "Số: 123/GM-STTTT – 07 giờ 30 phút, thứ Tư, ngày 14/9/2022 – Hội trường A" in text
    assert "Đơn vị: Sở Nội vụ" in text
    assert pictures(doc) == 3 and page_breaks(doc) == 2
    assert doc.sections[0].header.paragraphs[0].text == "Hội nghị tập huấn Luật Báo chí"


@pytest.mark.parametrize("unknown", ["{{chuc_danh}}", "{{ho ten}}", "{{HoTen2}}"])
def test_an_unknown_placeholder_is_named_and_nothing_is_written(invitations, tmp_path, unknown):
    db, data = invitations
    doc = Document()
    doc.add_paragraph(f"Kính gửi: {{{{ho_ten}}}} – {unknown}")
    doc.save(str(tmp_path / "mau.docx"))
    with pytest.raises(FileProblem) as caught:
        export_invitations_docx(db, data["conference"].id, tmp_path / "out.docx", template=tmp_path / "mau.docx",
                                today=TODAY)
    assert caught.value.code == "unknown_placeholder"
    assert caught.value.details["placeholder"] == unknown       # as written in the template
    from desktop_app.messages import describe

    assert unknown in describe(caught.value)
    assert not (tmp_path / "out.docx").exists()


def test_a_persons_placeholder_in_the_header_is_refused(invitations, tmp_path):
    db, data = invitations
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "{{ho_ten}}"
    doc.add_paragraph("{{kinh_gui}}")
    doc.save(str(tmp_path / "mau.docx"))
    with pytest.raises(FileProblem) as caught:
        export_invitations_docx(db, data["conference"].id, tmp_path / "out.docx", template=tmp_path / "mau.docx",
                                today=TODAY)
    assert caught.value.code == "person_placeholder_in_header"


def test_a_file_that_is_not_a_word_document(invitations, tmp_path):
    db, data = invitations
    (tmp_path / "mau.docx").write_text("not a document")
    with pytest.raises(FileProblem) as caught:
        export_invitations_docx(db, data["conference"].id, tmp_path / "out.docx", template=tmp_path / "mau.docx",
                                today=TODAY)
    assert caught.value.code == "not_a_word_document"


def test_one_word_file_per_person_in_a_zip(invitations, tmp_path):
    db, data = invitations
    result = export_invitations_docx(db, data["conference"].id, tmp_path / "gm.zip", split=Split.PERSON,
                                     today=TODAY)
    archive = zipfile.ZipFile(result.path)
    names = archive.namelist()
    assert len(names) == result.files == 4 and all(n.endswith(".docx") for n in names)
    archive.extract(names[0], tmp_path)
    doc = Document(str(tmp_path / names[0]))
    assert page_breaks(doc) == 0 and pictures(doc) == 1
