"""The lean .xlsx reader (exchange/xlsx_reader.py) against openpyxl's own parser, which the import
used before: the same values and fonts, row by row, on the sample lists, on the benchmark's
Excel-style list, and on random messy workbooks (hypothesis); and what it does that openpyxl
does not (Excel's _xHHHH_ escapes, Strict OOXML). The one difference allowed: text holding an
escape such as "_x0041_" reads as Excel shows it ("A"), where openpyxl keeps the escape."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.styles import Font

from desktop_app.domain.errors import FileProblem
from desktop_app.domain.legacy import encode_tcvn3, encode_vni
from desktop_app.exchange.sources import CellFont, XlsxSource
from desktop_app.exchange.xlsx_reader import unescape

DATA = Path(__file__).parents[1] / "data"


def openpyxl_rows(path: Path, sheet: str) -> list[tuple[int, list[Any], list[CellFont | None]]]:
    """What the import read before: openpyxl's streaming parser (read-only, data_only), each
    cell's font from the workbook's style tables."""
    import warnings

    from openpyxl.worksheet._reader import WorkSheetParser

    with warnings.catch_warnings():   # "marked as a date but outside the limits": read as "#VALUE!"
        warnings.simplefilter("ignore")
        return _openpyxl_rows(path, sheet, WorkSheetParser)


def _openpyxl_rows(path: Path, sheet: str, parser_class: Any) -> list[tuple[int, list[Any], list[CellFont | None]]]:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    ws = wb[sheet]
    out = []

    def font(style_id: int) -> CellFont | None:
        try:
            f = wb._fonts[wb._cell_styles[style_id].fontId]
        except (IndexError, AttributeError):
            return None
        return CellFont(f.name, bool(f.b))

    with ws._get_source() as src:
        parser = parser_class(src, ws._shared_strings, data_only=True, epoch=wb.epoch,
                                 date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
        for number, cells in parser.parse():
            if not cells:
                continue
            width = max(c["column"] for c in cells)
            values: list[Any] = [None] * width
            fonts: list[CellFont | None] = [None] * width
            for c in cells:
                values[c["column"] - 1] = c["value"]
                fonts[c["column"] - 1] = font(c["style_id"]) if c["value"] is not None else None
            out.append((number, values, fonts))
    wb.close()
    return out


def ours(path: Path, sheet: str) -> list[tuple[int, list[Any], list[CellFont | None]]]:
    source = XlsxSource(path)
    try:
        return [(r.number, r.values, r.fonts) for r in source.rows(sheet)]
    finally:
        source.close()


def assert_same(path: Path) -> None:
    source = XlsxSource(path)
    sheets = source.sheet_names()
    source.close()
    wb = openpyxl.load_workbook(path, read_only=True)
    assert sheets == [ws.title for ws in wb.worksheets]
    wb.close()
    for sheet in sheets:
        expected = [(n, [unescape(v) if isinstance(v, str) else v for v in values], fonts)
                    for n, values, fonts in openpyxl_rows(path, sheet)]
        assert ours(path, sheet) == expected, sheet


@pytest.mark.parametrize("sample", sorted(p.name for p in DATA.glob("*.xlsx")))
def test_the_samples_read_as_openpyxl_reads_them(sample):
    assert_same(DATA / sample)


def test_an_excel_style_list_reads_as_openpyxl_reads_it(tmp_path):
    import sys

    sys.path.insert(0, str(Path(__file__).parents[2]))
    from benchmarks.workbooks import write_invite_list

    path = write_invite_list(tmp_path / "ds.xlsx", 300)
    assert_same(path)
    header = next(row for row in ours(path, "Danh sách") if row[0] == 7)
    assert header[1] == ["STT", "Họ và tên", "Chức vụ", "Cơ quan, đơn vị", "Số điện thoại", "Ghi chú"]
    assert header[2][1] == CellFont("Times New Roman", True)


# ---------------------------------------------------------------------------------------------
# Random messy workbooks
# ---------------------------------------------------------------------------------------------

_NAMES = ("Nguyễn Văn Đức", "Đặng Thị Hoà", "Lương Đức Thắng", "Hoàng Thị Thu Hà", "Nông Văn Ân")
_TEXT = st.one_of(
    st.sampled_from(_NAMES),
    st.sampled_from(_NAMES).map(lambda s: unicodedata.normalize("NFD", s)),
    st.sampled_from(_NAMES).map(encode_tcvn3),
    st.sampled_from(_NAMES).map(encode_vni),
    st.sampled_from(("Họ và tên", "STT", "Đơn vị", "Chức vụ", "=SUM(A1:A3)", "'0912345678", "  ", "a & b <c>",
                     " leading", "x" * 3000, "I. LÃNH ĐẠO TỈNH", "_x0041_")),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30),
)
_VALUE = st.one_of(
    st.none(), _TEXT, st.integers(-10**12, 10**12), st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(), st.dates(dt.date(1900, 3, 1), dt.date(2100, 1, 1)),
    st.datetimes(dt.datetime(1900, 3, 1), dt.datetime(2100, 1, 1)).map(lambda d: d.replace(microsecond=0)),
)
_FONTS = (None, Font(name=".VnTime"), Font(name=".VnTimeH", bold=True), Font(name="VNI-Times"),
          Font(name="Times New Roman", bold=True), Font(name="Arial"))


@st.composite
def workbooks(draw) -> dict:
    sheets = draw(st.lists(st.text(st.characters(whitelist_categories=("L", "N", "Zs")), min_size=1, max_size=12)
                           .map(str.strip).filter(bool), min_size=1, max_size=3, unique_by=str.casefold))
    content = []
    for _ in sheets:
        rows = draw(st.lists(st.lists(st.tuples(_VALUE, st.sampled_from(range(len(_FONTS))),
                                                st.sampled_from(("General", "0", "dd/mm/yyyy", "@", "[h]:mm"))),
                                      max_size=7), max_size=25))
        merges = draw(st.lists(st.tuples(st.integers(1, 25), st.integers(1, 7), st.integers(0, 2),
                                         st.integers(0, 2)), max_size=3))
        content.append((rows, merges))
    return {"sheets": sheets, "content": content}


def write(path: Path, book: dict) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, (rows, merges) in zip(book["sheets"], book["content"], strict=True):
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, (value, font, number_format) in enumerate(row, start=1):
                if value is None:
                    continue
                cell = ws.cell(r, c, value)
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"
                if _FONTS[font] is not None:
                    cell.font = _FONTS[font]
                cell.number_format = number_format
        done: list[tuple[int, int, int, int]] = []
        for row, column, down, right in merges:
            box = (row, column, row + down, column + right)
            if (down or right) and not any(not (box[2] < b[0] or b[2] < box[0] or box[3] < b[1] or b[3] < box[1])
                                           for b in done):
                ws.merge_cells(start_row=box[0], start_column=box[1], end_row=box[2], end_column=box[3])
                done.append(box)
    wb.save(path)
    return path


@settings(max_examples=int(os.environ.get("HOINGHI_FUZZ_EXAMPLES", "60")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(book=workbooks())
def test_random_workbooks_read_as_openpyxl_reads_them(tmp_path_factory, book):
    """case: fuzz-xlsx-reader-vs-openpyxl."""
    path = write(tmp_path_factory.mktemp("wb") / "random.xlsx", book)
    assert_same(path)


# ---------------------------------------------------------------------------------------------
# What openpyxl does not do
# ---------------------------------------------------------------------------------------------


def _patched(source: Path, target: Path, part: str, change) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, change(data.decode("utf-8")).encode("utf-8") if item.filename == part else data)
    return target


def test_excel_escapes_of_characters_xml_cannot_hold_are_decoded(tmp_path):
    """case: excel-escapes. Excel writes a control character in a cell as _x0007_ and a literal
    "_x0041_" as _x005F_x0041_; the text read is the text typed."""
    assert unescape("Sở Tư_x0007_ pháp_x001F_") == "Sở Tư\x07 pháp\x1f"
    assert unescape("_x005F_x0041_") == "_x0041_"
    assert unescape("dòng 1_x000D__x000A_dòng 2") == "dòng 1\r\ndòng 2"
    wb = openpyxl.Workbook()
    wb.active.append(["Họ và tên", "Đơn vị"])
    wb.active.append(["Nguyễn Văn MARK1", "Sở Tư pháp"])
    wb.save(tmp_path / "a.xlsx")
    path = _patched(tmp_path / "a.xlsx", tmp_path / "b.xlsx", "xl/worksheets/sheet1.xml",
                    lambda x: x.replace("MARK1", "Đức_x0007_"))
    assert ours(path, "Sheet")[1][1][0] == "Nguyễn Văn Đức\x07"


def test_strict_ooxml_reads_like_transitional(tmp_path):
    """case: strict-ooxml. Excel's "Strict Open XML Spreadsheet" uses other namespaces for the same
    elements."""
    wb = openpyxl.Workbook()
    wb.active.append(["Họ và tên", "Đơn vị"])
    wb.active.append(["Nguyễn Văn Đức", 912345678])
    wb.save(tmp_path / "t.xlsx")
    strict = tmp_path / "strict.xlsx"
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    def to_strict(text: str) -> str:
        text = text.replace(main, "http://purl.oclc.org/ooxml/spreadsheetml/main")
        return text.replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                            "http://purl.oclc.org/ooxml/officeDocument/relationships")

    with zipfile.ZipFile(tmp_path / "t.xlsx") as src, zipfile.ZipFile(strict, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/") and item.filename.endswith(".xml"):
                data = to_strict(data.decode()).encode()
            dst.writestr(item, data)
    assert ours(strict, "Sheet") == [(1, ["Họ và tên", "Đơn vị"], [CellFont("Calibri", False)] * 2),
                                     (2, ["Nguyễn Văn Đức", 912345678], [CellFont("Calibri", False)] * 2)]


@pytest.mark.parametrize("damage", ["cut sheet", "bad shared string index", "not xml", "bad cell reference"])
def test_damaged_parts_are_file_corrupt(tmp_path, damage):
    """case: damaged-xml-parts."""
    wb = openpyxl.Workbook()
    for n in range(50):
        wb.active.append([n, f"Người {n}", "Sở Y tế"])
    wb.save(tmp_path / "ok.xlsx")
    part = "xl/worksheets/sheet1.xml"
    change = {
        "cut sheet": lambda x: x[: len(x) // 2],
        "bad shared string index": lambda x: re.sub(r'<c r="B8"[^>]*>.*?</c>', '<c r="B8" t="s"><v>99</v></c>', x),
        "not xml": lambda x: "<<<" + x,
        "bad cell reference": lambda x: re.sub(r'r="B9"', 'r="9B"', x),
    }[damage]
    path = _patched(tmp_path / "ok.xlsx", tmp_path / "bad.xlsx", part, change)
    with pytest.raises(FileProblem) as raised:
        ours(path, "Sheet")
    assert raised.value.code == "file_corrupt"
