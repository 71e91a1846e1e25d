"""Invite lists sent back as tables in Word documents: read like workbooks, with the same
importer and report (the samples themselves run in test_import_samples.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from desktop_app.domain.errors import FileProblem
from desktop_app.domain.legacy import encode_vni
from desktop_app.exchange.import_report import ImportOptions
from desktop_app.exchange.importer import import_invite_list
from desktop_app.exchange.reading import read_list
from desktop_app.messages import describe
from desktop_app.store.attendees import list_attendees

DATA = Path(__file__).parents[1] / "data"
HEADER = ["STT", "Họ và tên", "Chức vụ", "Đơn vị"]


def _table(document, rows, *, font: str | None = None):
    table = document.add_table(rows=0, cols=max(len(r) for r in rows))
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 1:
            cells = [cells[0].merge(cells[-1])]
        for cell, text in zip(cells, row, strict=False):
            if text:
                run = cell.paragraphs[0].add_run(text)
                if font:
                    run.font.name = font
    return table


def test_a_later_table_with_its_own_header_in_another_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("DANH SÁCH ĐẠI BIỂU")
    _table(document, [HEADER, ["1", "Nguyễn Văn Đức", "Giám đốc", "Sở Tư pháp"]])
    document.add_paragraph("Họ và tên: the sentence between the tables is no one")
    _table(document, [["Đơn vị", "Họ và tên", "Chức vụ"], ["II. CÁC HUYỆN"],
                      ["UBND huyện Cao Lộc", "Lương Đức Thắng", "Chủ tịch"]])
    document.save(tmp_path / "ds.docx")
    parsed = read_list(tmp_path / "ds.docx")
    got = [tuple(c.values[f] for f in ("full_name", "position", "unit_name")) for c in parsed.candidates]
    assert got == [("Nguyễn Văn Đức", "Giám đốc", "Sở Tư pháp"),
                                        ("Lương Đức Thắng", "Chủ tịch", "UBND huyện Cao Lộc")]
    assert [h.text for h in parsed.headings] == ["II. CÁC HUYỆN"]
    assert parsed.candidates[1].heading is parsed.headings[0]
    assert parsed.kind == "docx"


def test_vni_runs_are_converted_by_their_font(catalog_db, conference, tmp_path):
    document = docx.Document()
    _table(document, [HEADER])
    _table(document, [["1", encode_vni("Đặng Thị Hoà"), encode_vni("Trưởng phòng"), encode_vni("Sở Nội vụ")]],
           font="VNI-Times")
    document.save(tmp_path / "vni.docx")
    report = import_invite_list(catalog_db, conference.id, tmp_path / "vni.docx")
    assert report.encoding == "vni"
    assert [(a.full_name, a.position, a.unit_name) for a in list_attendees(catalog_db, conference.id)] == [
        ("Đặng Thị Hoà", "Trưởng phòng", "Sở Nội vụ")]


def test_a_unit_merged_down_belongs_to_every_row_it_spans():
    parsed = read_list(DATA / "invite_list_sections_word.docx")
    units = [c.values.get("unit_name") for c in parsed.candidates]
    assert units[:8] == ["Ủy ban nhân dân tỉnh Lạng Sơn"] * 8
    assert None not in units


def test_a_dry_run_writes_nothing(catalog_db, conference):
    report = import_invite_list(catalog_db, conference.id, DATA / "invite_list_sections_word.docx",
                                ImportOptions(dry_run=True))
    assert report.importable == 36 and list_attendees(catalog_db, conference.id) == []


def _no_table(tmp: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Kính gửi: Sở Thông tin và Truyền thông. Danh sách gửi kèm theo.")
    document.save(tmp / "cong_van.docx")
    return tmp / "cong_van.docx"


def _cut_off(tmp: Path) -> Path:
    data = (DATA / "invite_list_sections_word.docx").read_bytes()
    (tmp / "cut.docx").write_bytes(data[: len(data) // 2])
    return tmp / "cut.docx"


def _broken_xml(tmp: Path) -> Path:
    with zipfile.ZipFile(DATA / "invite_list_sections_word.docx") as src, \
            zipfile.ZipFile(tmp / "hong.docx", "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, data[:200] if item.filename == "word/document.xml" else data)
    return tmp / "hong.docx"


def _old_doc(tmp: Path) -> Path:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "WordDocument".encode("utf-16-le") + b"\0" * 512
    (tmp / "cu.doc").write_bytes(ole)
    return tmp / "cu.doc"


@pytest.mark.parametrize(("make", "code", "words"), [
    (_no_table, "docx_no_table", "without a table"),
    (_cut_off, "file_corrupt", "damaged"),
    (_broken_xml, "file_corrupt", "damaged"),
    (_old_doc, "not_a_spreadsheet", "save it as a Word document (.docx)"),
])
def test_a_bad_word_file_gets_one_sentence_and_nothing_is_written(catalog_db, conference, tmp_path, make, code,
                                                                  words):
    path = make(tmp_path)
    with pytest.raises(FileProblem) as error:
        import_invite_list(catalog_db, conference.id, path)
    assert error.value.code == code
    sentence = describe(error.value)
    assert words in sentence and path.name in sentence and "\n" not in sentence
    assert list_attendees(catalog_db, conference.id) == []
