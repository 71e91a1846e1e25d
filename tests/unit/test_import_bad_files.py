"""Files that are not usable invite lists: each gets one sentence that says what to do, and the
database is left exactly as it was (no people, no backup, no audit entry)."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from invite_files import HEADER, csv_file, standard_rows, xlsx

from desktop_app.domain.errors import FileProblem
from desktop_app.exchange.importer import import_invite_list
from desktop_app.messages import describe
from desktop_app.store.attendees import count_attendees
from desktop_app.store.audit import list_entries
from desktop_app.store.backup import list_backups


def _good(tmp: Path) -> Path:
    return xlsx(tmp / "good.xlsx", standard_rows())


def truncated_zip(tmp: Path) -> Path:
    data = _good(tmp).read_bytes()
    (tmp / "cut.xlsx").write_bytes(data[: len(data) // 2])
    return tmp / "cut.xlsx"


def png_renamed(tmp: Path) -> Path:
    (tmp / "anh.xlsx").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    return tmp / "anh.xlsx"


def empty_workbook(tmp: Path) -> Path:
    openpyxl.Workbook().save(tmp / "rong.xlsx")
    return tmp / "rong.xlsx"


def no_header(tmp: Path) -> Path:
    return xlsx(tmp / "khong_tieu_de.xlsx", [["Nguyễn Văn Đức", "Sở Tư pháp"], ["Đặng Thị Hoà", "Sở Nội vụ"]])


def only_headers(tmp: Path) -> Path:
    return xlsx(tmp / "chi_tieu_de.xlsx", [["DANH SÁCH ĐẠI BIỂU"], [], HEADER])


def merged_chaos(tmp: Path) -> Path:
    rows = [[f"Ô {r}-{c}" if (r + c) % 3 == 0 else None for c in range(12)] for r in range(40)]
    merges = [f"{chr(65 + c)}{r}:{chr(66 + c)}{r + 1}" for r in range(1, 39, 3) for c in range(0, 10, 3)]
    return xlsx(tmp / "hon_loan.xlsx", rows, merges=merges)


def formula_cells(tmp: Path) -> Path:
    # Names computed by formulas that were never calculated (no cached value): nobody to import.
    rows = [HEADER, [1, '=CONCATENATE("Nguyễn"," Văn A")', "Chuyên viên", "Sở Y tế"],
            [2, "=B2", "Chuyên viên", "Sở Y tế"]]
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(tmp / "cong_thuc.xlsx")
    return tmp / "cong_thuc.xlsx"


def huge_cells(tmp: Path) -> Path:
    return xlsx(tmp / "dai.xlsx", [HEADER, [1, "Nguyễn " * 1700, "x" * 10_000, "Sở Y tế"],
                                   [2, "A" * 10_000, "Chuyên viên", "Sở Y tế"]])


def nul_bytes_csv(tmp: Path) -> Path:
    (tmp / "rac.csv").write_bytes(b"Ho va ten,Don vi\r\n\x00\x01\x02\x00garbage\x00")
    return tmp / "rac.csv"


def encrypted(tmp: Path) -> Path:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    with open(_good(tmp), "rb") as f:
        OOXMLFile(f).encrypt("matkhau", out)
    (tmp / "mat_khau.xlsx").write_bytes(out.getvalue())
    return tmp / "mat_khau.xlsx"


def docx_renamed(tmp: Path) -> Path:
    with zipfile.ZipFile(tmp / "van_ban.xlsx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return tmp / "van_ban.xlsx"


def zero_bytes(tmp: Path) -> Path:
    (tmp / "khong.xlsx").write_bytes(b"")
    return tmp / "khong.xlsx"


def pdf_renamed(tmp: Path) -> Path:
    (tmp / "ds.xls").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    return tmp / "ds.xls"


def other_zip(tmp: Path) -> Path:
    with zipfile.ZipFile(tmp / "nen.xlsx", "w") as z:
        z.writestr("readme.txt", "hello")
    return tmp / "nen.xlsx"


def xlsx_without_workbook(tmp: Path) -> Path:
    with zipfile.ZipFile(tmp / "thieu.xlsx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    return tmp / "thieu.xlsx"


def broken_xls(tmp: Path) -> Path:
    # An OLE container that names a Workbook stream but holds garbage.
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 120 + "Workbook".encode("utf-16-le")
    (tmp / "hong.xls").write_bytes(head + b"\xff" * 3000)
    return tmp / "hong.xls"


def html_as_xls(tmp: Path) -> Path:
    (tmp / "web.xls").write_text("<html><body><table><tr><td>Họ và tên</td></tr></table></body></html>", "utf-8")
    return tmp / "web.xls"


def ods_file(tmp: Path) -> Path:
    with zipfile.ZipFile(tmp / "bang.ods", "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    return tmp / "bang.ods"


def missing(tmp: Path) -> Path:
    return tmp / "khong_co.xlsx"


def a_folder(tmp: Path) -> Path:
    (tmp / "thu_muc.xlsx").mkdir()
    return tmp / "thu_muc.xlsx"


def csv_title_only(tmp: Path) -> Path:
    return csv_file(tmp / "tieu_de.csv", ["DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ", "Ngày 14/9/2022"])


def corrupt_sheet_xml(tmp: Path) -> Path:
    good = _good(tmp)
    target = tmp / "xml_hong.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(target, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    return target


def xlsb_file(tmp: Path) -> Path:
    with zipfile.ZipFile(tmp / "nhi_phan.xlsb", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.bin", b"\x83\x01\x00")
    return tmp / "nhi_phan.xlsb"


def big_list_cut_off(tmp: Path) -> Path:
    """A 5,000-row list as Excel writes it, its sheet cut off at nine tenths: the reader streams,
    but nothing is written before the whole sheet was read, so the first 4,500 people are not
    imported either."""
    import sys

    sys.path.insert(0, str(Path(__file__).parents[2]))
    from benchmarks.workbooks import write_invite_list

    good = write_invite_list(tmp / "lon.xlsx", 5000)
    return _rewritten(good, tmp / "lon_cut.xlsx", "xl/worksheets/sheet1.xml", lambda d: d[: len(d) * 9 // 10])


def shared_strings_missing(tmp: Path) -> Path:
    """Cells that point into a shared string table the file does not have."""
    import sys

    sys.path.insert(0, str(Path(__file__).parents[2]))
    from benchmarks.workbooks import write_invite_list

    good = write_invite_list(tmp / "chuoi.xlsx", 20)
    target = tmp / "chuoi_thieu.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(target, "w") as dst:
        for item in src.infolist():
            if item.filename != "xl/sharedStrings.xml":
                dst.writestr(item, src.read(item.filename))
    return target


def _rewritten(source: Path, target: Path, part: str, change: Callable[[bytes], bytes]) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, change(data) if item.filename == part else data)
    return target


BAD_FILES: list[tuple[Callable[[Path], Path], str, str | None]] = [
    (truncated_zip, "file_corrupt", None),
    (png_renamed, "not_a_spreadsheet", "image"),
    (empty_workbook, "workbook_empty", None),
    (no_header, "no_header", None),
    (only_headers, "no_people", None),
    (merged_chaos, "no_header", None),
    (nul_bytes_csv, "not_a_spreadsheet", "unknown"),
    (encrypted, "file_encrypted", None),
    (docx_renamed, "file_corrupt", None),
    (zero_bytes, "file_empty", None),
    (pdf_renamed, "not_a_spreadsheet", "pdf"),
    (other_zip, "not_a_spreadsheet", "archive"),
    (xlsx_without_workbook, "file_corrupt", None),
    (broken_xls, "file_corrupt", None),
    (html_as_xls, "not_a_spreadsheet", "html"),
    (ods_file, "not_a_spreadsheet", "ods"),
    (missing, "file_missing", None),
    (a_folder, "file_unreadable", None),
    (csv_title_only, "no_header", None),
    (corrupt_sheet_xml, "file_corrupt", None),
    (xlsb_file, "not_a_spreadsheet", "xlsb"),
    (big_list_cut_off, "file_corrupt", None),
    (shared_strings_missing, "file_corrupt", None),
]


def _state(db, conference, db_path) -> tuple:
    return (count_attendees(db, conference.id), len(list_entries(db, limit=100_000)), list_backups(db_path))


@pytest.mark.parametrize(("make", "code", "kind"), BAD_FILES, ids=[m.__name__ for m, _, _ in BAD_FILES])
@pytest.mark.parametrize("dry_run", [False, True], ids=["import", "dry_run"])
def test_bad_file_gets_one_sentence_and_leaves_the_database(catalog_db, conference, db_path, tmp_path, make, code,
                                                            kind, dry_run):
    from desktop_app.exchange.import_report import ImportOptions

    path = make(tmp_path)
    before = _state(catalog_db, conference, db_path)
    with pytest.raises(FileProblem) as error:
        import_invite_list(catalog_db, conference.id, path, ImportOptions(dry_run=dry_run))
    assert error.value.code == code
    if kind:
        assert error.value.details["kind"] == kind
    sentence = describe(error.value)
    assert "\n" not in sentence and sentence.endswith(".") and error.value.code not in sentence
    assert path.name in sentence or "sheet" in sentence
    assert re.search(r"\b(Open|Import|Check|Choose|Add|Ask|Copy|Type|try)\b", sentence)
    assert _state(catalog_db, conference, db_path) == before


@pytest.mark.parametrize(("make", "reason"), [(formula_cells, "no_name"), (huge_cells, "too_long")])
def test_rows_nobody_can_import_are_reported_and_nothing_written(catalog_db, conference, db_path, tmp_path, make,
                                                                reason):
    """case: formula-cells, case: huge-cells."""
    before = _state(catalog_db, conference, db_path)
    report = import_invite_list(catalog_db, conference.id, make(tmp_path))
    assert report.imported == 0 and report.importable == 0
    assert {n.reason for n in report.skipped} == {reason}
    assert len(report.skipped) == 2
    assert _state(catalog_db, conference, db_path) == before


def test_formula_results_are_imported_as_their_values(catalog_db, conference, tmp_path):
    """case: formula-results."""
    # A sheet saved by Excel keeps each formula's last value: that value is what is imported.
    path = formula_cells(tmp_path)
    patched = tmp_path / "tinh_roi.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                text = re.sub(r'<c r="B2"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?',
                              r'<c r="B2" t="str"><f>\2</f><v>Nguyễn Văn A</v>', text)
                text = re.sub(r'<c r="B3"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?',
                              r'<c r="B3" t="str"><f>\2</f><v>Trần Văn B</v>', text)
                data = text.encode("utf-8")
            dst.writestr(item, data)
    report = import_invite_list(catalog_db, conference.id, patched)
    assert report.imported == 2
    assert count_attendees(catalog_db, conference.id) == 2


def test_a_missing_sheet_names_the_ones_there(catalog_db, conference, tmp_path):
    """case: missing-sheet."""
    from desktop_app.exchange.import_report import ImportOptions

    path = xlsx(tmp_path / "ds.xlsx", standard_rows(), extra_sheets=["Ghi chú"])
    with pytest.raises(FileProblem) as error:
        import_invite_list(catalog_db, conference.id, path, ImportOptions(sheet="Trang 3"))
    assert error.value.code == "sheet_missing"
    assert describe(error.value).endswith("“Danh sách”, “Ghi chú”.")


def test_control_characters_in_cells_are_removed(catalog_db, conference, tmp_path):
    """⚑ case: control-characters. Excel writes a control character it cannot put in XML as an
    escape (_x0007_): it is read as the character, then removed by cleaning. (This test patched a
    shared string table that openpyxl never writes, so it held nothing; the sheet's own XML is
    patched now. openpyxl kept the escape as text: "Sở Tư_x0007_ pháp".)"""
    from desktop_app.store.attendees import list_attendees

    rows = standard_rows([["Nguyễn Văn Đức", "Giám đốc", "Sở TưMARK1 phápMARK2", "0912345678"]])
    path = xlsx(tmp_path / "ctrl.xlsx", rows)
    patched = tmp_path / "ctrl2.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert b"MARK1" in data
                data = data.replace(b"MARK1", b"_x0007_").replace(b"MARK2", b"_x001F_")
            dst.writestr(item, data)
    import_invite_list(catalog_db, conference.id, patched)
    assert [a.unit_name for a in list_attendees(catalog_db, conference.id)] == ["Sở Tư pháp"]


def test_a_strict_open_xml_workbook_imports_like_any_other(catalog_db, conference, tmp_path):
    """⚑ case: strict-ooxml. Excel's "Strict Open XML Spreadsheet" format names the same parts in
    other namespaces. Was: openpyxl found no sheet in it ("… holds no data")."""
    path = xlsx(tmp_path / "ds.xlsx", standard_rows())
    strict = _rewritten(path, tmp_path / "strict.xlsx", "xl/workbook.xml", _to_strict)
    for part in ("xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels"):
        strict = _rewritten(strict, tmp_path / f"strict-{part.count('/')}{len(part)}.xlsx", part, _to_strict)
    report = import_invite_list(catalog_db, conference.id, strict)
    assert report.imported == 3


def _to_strict(data: bytes) -> bytes:
    return (data.replace(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                         b"http://purl.oclc.org/ooxml/spreadsheetml/main")
            .replace(b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                     b"http://purl.oclc.org/ooxml/officeDocument/relationships"))


def test_a_chart_sheet_first_and_hidden_sheets_are_passed_over(catalog_db, conference, tmp_path):
    """case: chart-sheet-first. A workbook that opens on a chart: the list on the next sheet is found."""
    wb = openpyxl.Workbook()
    wb.active.title = "Danh sách"
    for row in standard_rows():
        wb.active.append(row)
    wb.create_chartsheet("Biểu đồ", 0)
    hidden = wb.create_sheet("Ẩn", 1)
    hidden.sheet_state = "hidden"
    wb.save(tmp_path / "bieu_do.xlsx")
    report = import_invite_list(catalog_db, conference.id, tmp_path / "bieu_do.xlsx")
    assert report.sheet == "Danh sách" and report.imported == 3


def test_a_date_out_of_excel_range_is_text_not_a_warning_or_a_crash(catalog_db, conference, tmp_path):
    """case: date-out-of-range (found by the random-workbook test): a number in a date format that
    no date can be (9999999) reads as Excel shows it, "#VALUE!", without a warning."""
    wb = openpyxl.Workbook()
    for row in standard_rows():
        wb.active.append(row)
    cell = wb.active.cell(row=6, column=6, value=9_999_999)
    cell.number_format = "dd/mm/yyyy"
    wb.save(tmp_path / "ngay.xlsx")
    report = import_invite_list(catalog_db, conference.id, tmp_path / "ngay.xlsx")
    assert report.imported == 3


def test_every_case_is_in_the_catalogue():
    """docs/robustness.md lists every bad file of this module, of the reader's tests and of the
    random-workbook test, so the "Files to import" table stays true."""
    catalogue = (Path(__file__).parents[2] / "docs" / "robustness.md").read_text("utf-8")
    ids = {make.__name__.replace("_", "-") for make, _, _ in BAD_FILES}
    for module in ("test_import_bad_files.py", "test_xlsx_reader.py", "test_import_fuzz.py"):
        ids |= set(re.findall(r"case: ([a-z0-9-]+)", (Path(__file__).parent / module).read_text("utf-8")))
    missing = sorted(i for i in ids if f"`{i}`" not in catalogue)
    assert missing == []
