"""What the import wizard shows before importing: sheets with sizes and header rows, the top of a
sheet as text, and cells read in each encoding for the before/after choice."""

from __future__ import annotations

from pathlib import Path

import pytest
from invite_files import PEOPLE, csv_file, standard_rows, xlsx
from openpyxl.styles import Font

from desktop_app.domain.errors import FileProblem
from desktop_app.domain.legacy import encode_vni
from desktop_app.exchange.decoding import EncodingChoice
from desktop_app.exchange.overview import encoding_samples, sheet_summaries, sheet_top
from desktop_app.exchange.table import Field

DATA = Path(__file__).parents[1] / "data"


def test_sheets_are_listed_with_their_size_and_the_header_row(tmp_path):
    path = xlsx(tmp_path / "two.xlsx", standard_rows(), sheet="Danh sách", extra_sheets=["Ghi chú"])
    first, second = sheet_summaries(path)
    assert (first.name, first.header_row, first.rows) == ("Danh sách", 4, 7)
    assert first.fields == ("number", "full_name", "position", "unit_name", "phone", "note")
    assert (second.name, second.header_row, second.fields) == ("Ghi chú", None, ())


def test_the_top_of_a_sheet_reads_legacy_text_as_unicode():
    top = sheet_top(DATA / "invite_list_tcvn3.xlsx", "Danh sách", rows=12)
    by_row = dict(top.rows)
    assert by_row[7][1] == "HỌ VÀ TÊN"
    assert by_row[9][1] == "Đỗ Ngọc Trường"
    assert top.width == 6
    assert 3 not in by_row  # blank rows are left out


def test_the_top_of_a_sheet_as_written_when_asked():
    top = sheet_top(DATA / "invite_list_tcvn3.xlsx", "Danh sách", rows=12, encoding=EncodingChoice.UNICODE)
    assert dict(top.rows)[9][1] == "§ç Ngäc Tr\xadêng"


def test_encoding_samples_show_each_reading_converted_cells_first():
    check = encoding_samples(DATA / "invite_list_tcvn3.xlsx", "Danh sách", header_row=7,
                             columns={Field.NAME: 1, Field.UNIT: 3})
    assert check.detected == "tcvn3"
    first = check.samples[0]
    assert first.column == 1 and first.row == 9
    assert first.readings[EncodingChoice.AUTO] == first.readings[EncodingChoice.TCVN3] == "Đỗ Ngọc Trường"
    assert first.readings[EncodingChoice.UNICODE] == first.original == "§ç Ngäc Tr\xadêng"  # as written
    assert len(check.samples) == 8


def test_encoding_samples_of_a_vni_csv(tmp_path):
    lines = ["Ho va ten,Don vi"] + [f"{encode_vni(p[0])},{encode_vni(p[2])}" for p in PEOPLE]
    path = csv_file(tmp_path / "vni.csv", lines, encoding="latin-1")
    check = encoding_samples(path, "CSV", header_row=1, columns={Field.NAME: 0})
    assert check.detected == "vni"
    assert check.samples[0].readings[EncodingChoice.VNI] == "Nguyễn Văn Đức"
    assert check.samples[0].readings[EncodingChoice.AUTO] == "Nguyễn Văn Đức"


def test_unicode_lists_have_nothing_to_convert(tmp_path):
    path = xlsx(tmp_path / "u.xlsx", standard_rows(), fonts={(5, 2): Font(name="Times New Roman")})
    check = encoding_samples(path, "Danh sách", header_row=4)
    assert check.detected == "unicode"
    assert all(s.readings[EncodingChoice.AUTO] == s.readings[EncodingChoice.UNICODE] for s in check.samples)


def test_a_file_that_is_not_a_spreadsheet_is_refused(tmp_path):
    bogus = tmp_path / "photo.xlsx"
    bogus.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    with pytest.raises(FileProblem) as caught:
        sheet_summaries(bogus)
    assert caught.value.code == "not_a_spreadsheet"
