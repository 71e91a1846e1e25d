"""The import's limits (exchange/limits.py) with small numbers, in process: each is one sentence
naming the file, and what stays within them still imports. The hostile files themselves, at full
size and under a memory cap, are in tests/cli/test_hostile_files.py."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from invite_files import HEADER, csv_file, standard_rows, xlsx

from desktop_app.domain.errors import FileProblem
from desktop_app.exchange import limits, xlsx_reader
from desktop_app.exchange.importer import import_invite_list
from desktop_app.exchange.reading import read_list
from desktop_app.messages import describe
from desktop_app.store.attendees import count_attendees


def _refused(path: Path, code: str = "file_too_large") -> str:
    with pytest.raises(FileProblem) as raised:
        read_list(path)
    assert raised.value.code == code, raised.value
    text = describe(raised.value)
    assert str(path) in text and "\n" not in text
    return text


def test_rows_past_the_limit_are_refused_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 5)
    path = xlsx(tmp_path / "dai.xlsx", [HEADER, *[[n, f"Nguyễn Văn {n}", "", "Sở Y tế"] for n in range(10)]])
    assert "a sheet has more than 5 rows" in _refused(path)


def _with_shared_strings(path: Path, count: int) -> Path:
    """The workbook with a shared-strings part of `count` texts (openpyxl writes none)."""
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["xl/sharedStrings.xml"] = (f'<sst xmlns="{ns}">' + "<si><t>a</t></si>" * count + "</sst>").encode()
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", f'<Relationship Type="{rel}" Target="sharedStrings.xml" Id="rS"/>'.encode()
        + b"</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def test_shared_strings_past_the_limit_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_SHARED_STRINGS", 3)
    path = _with_shared_strings(xlsx(tmp_path / "chuoi.xlsx", standard_rows()), 4)
    assert "more than 3 different texts" in _refused(path)


def test_elements_outside_rows_past_the_limit_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ELEMENTS", 2)   # a workbook openpyxl writes has a few
    assert "millions of entries that are not cells" in _refused(xlsx(tmp_path / "rac.xlsx", standard_rows()))


def test_a_memory_error_while_reading_is_the_size_sentence(tmp_path, monkeypatch):
    def no_memory(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(xlsx_reader, "_text_of", no_memory)
    text = _refused(xlsx(tmp_path / "bo_nho.xlsx", standard_rows()))
    assert "reading it needs more memory than this computer has" in text


def test_a_long_cell_is_cut_before_decoding_and_reported_too_long(catalog_db, conference, tmp_path):
    rows = [*standard_rows(), [9, "Lê " * 20_000, "Chuyên viên", "Sở Y tế"]]
    report = import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "dai.xlsx", rows))
    long_row = next(n for n in report.skipped if n.row == len(rows))
    assert long_row.reason == "too_long" and long_row.detail["length"] == limits.MAX_CELL_CHARS + 1
    assert report.imported == count_attendees(catalog_db, conference.id) > 0


def test_a_quoted_cell_with_line_breaks_is_not_taken_for_a_stray_quote(tmp_path):
    lines = [",".join(HEADER), '1,Nguyễn Văn Đức,"Giám đốc,\nSở Tư pháp",Sở Tư pháp', "2,Đặng Thị Hoà,,Sở Nội vụ"]
    path = csv_file(tmp_path / "xuong_dong.csv", lines)
    parsed = read_list(path)
    assert parsed.candidates[0].values["position"] == "Giám đốc, Sở Tư pháp"
    assert len(parsed.candidates) == 2


def test_an_8bit_file_without_utf8_still_reads_as_the_vietnamese_code_page(tmp_path):
    path = tmp_path / "cp1258.csv"
    path.write_bytes("Ho va ten,Cơ quan\r\nLê Văn Tám,Cơ quan A\r\n".encode("cp1258"))
    parsed = read_list(path)
    assert parsed.candidates[0].values["full_name"] == "Lê Văn Tám"


def test_a_long_xls_cell_is_cut_while_reading(tmp_path):
    import xlwt

    from desktop_app.exchange.sources import open_source

    wb = xlwt.Workbook(encoding="utf-8")
    wb.add_sheet("Danh sách").write(0, 0, "Lê " * 5_000)
    wb.save(str(tmp_path / "dai.xls"))
    source = open_source(tmp_path / "dai.xls")
    try:
        first = next(source.rows("Danh sách"))
    finally:
        source.close()
    assert len(first.values[0]) == limits.MAX_CELL_CHARS + 1
