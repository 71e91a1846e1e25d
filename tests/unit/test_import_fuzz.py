"""Random workbooks through the whole import (hypothesis): random cell types, header rows in random
places or none, merged ranges, NFD text, legacy TCVN3/VNI bytes with and without their fonts,
control characters (as Excel escapes them), huge cells, formulas with no value, blank rows,
section headings, totals and signature lines, several sheets.

Whatever comes in, `import_invite_list` either returns a report and the conference then holds
exactly the people it accepted (each with a clean name), or raises one of our typed errors
(FileProblem, shown as one sentence) and the conference holds nobody. Never another exception,
never a part of a file. case: fuzz-import-random-workbooks (docs/robustness.md)."""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
import zipfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl.styles import Font

from desktop_app.domain.errors import HoinghiError
from desktop_app.domain.legacy import encode_tcvn3, encode_vni
from desktop_app.exchange.import_report import ImportOptions
from desktop_app.exchange.importer import import_invite_list
from desktop_app.messages import describe
from desktop_app.store.attendees import count_attendees, list_attendees
from desktop_app.store.conferences import create_conference

_NAMES = ("Nguyễn Văn Đức", "Đặng Thị Hoà", "Lương Đức Thắng", "Hoàng Thị Thu Hà", "Nông Văn Ân", "Vi Thị Ánh",
          "Robert'); DROP TABLE attendees;--", "Lê Văn 😀 Tám")
_UNITS = ("Sở Tư pháp", "UBND huyện Cao Lộc", "Báo Lạng Sơn", "Công ty TNHH Xuân Hòa", "Sở Y tế")
_LABELS = ("STT", "Họ và tên", "Chức vụ", "Cơ quan, đơn vị", "Số điện thoại", "Ghi chú", "Email", "Ký tên",
           "Họ", "Tên", "Nhóm")
_CONTROL = {"CTRLA": "_x0007_", "CTRLB": "_x001B_", "CTRLC": "_x0000_"}   # patched into the sheet XML
_TEXT = st.one_of(
    st.sampled_from(_NAMES),
    st.sampled_from(_NAMES).map(lambda s: unicodedata.normalize("NFD", s)),
    st.sampled_from(_NAMES).map(encode_tcvn3),
    st.sampled_from(_NAMES).map(encode_vni),
    st.sampled_from(_UNITS),
    st.sampled_from(_NAMES).map(lambda s: s.replace(" ", " CTRLA ", 1) + "CTRLB"),
    st.sampled_from(("=SUM(A1:A3)", "=B2", "+84912345678", "@Sở", "0912 345 678; 0987654321", "x" * 5000,
                     "Nguyễn " * 800, "I. LÃNH ĐẠO TỈNH", "CÁC SỞ, BAN, NGÀNH", "Tổng cộng: 3", "Người lập biểu",
                     "Danh sách này có 3 đại biểu", "\u202eĐức", "đ/c Trần Văn B", "12. Hoàng Văn C", "CTRLC", "")),
    st.sampled_from(_LABELS),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),
)
_VALUE = st.one_of(
    st.none(), st.none(), _TEXT, _TEXT, st.integers(-10**15, 10**15), st.floats(allow_nan=False, width=32),
    st.booleans(), st.dates(dt.date(1900, 3, 1), dt.date(2100, 1, 1)),
)
_FONTS = (None, Font(name=".VnTime"), Font(name=".VnTimeH", bold=True), Font(name="VNI-Times"),
          Font(name="Times New Roman", bold=True))


_FOR_LABEL = {
    "Họ và tên": st.one_of(st.sampled_from(_NAMES), _TEXT),
    "Cơ quan, đơn vị": st.sampled_from(_UNITS),
    "Số điện thoại": st.one_of(st.integers(300_000_000, 999_999_999), st.sampled_from(("0912345678", "091 234 5678",
                                                                                      "+84 912 345 678", "không có"))),
    "STT": st.integers(1, 500),
}


@st.composite
def invite_lists(draw) -> dict:
    """Mostly lists a unit might send (a header naming the name column, people under it), often
    damaged; sometimes anything at all."""
    width = draw(st.integers(1, 7))
    header: list[str] | None = None
    if draw(st.integers(0, 9)) < 8:
        labels = list(draw(st.permutations(_LABELS)))[:width]
        if "Họ và tên" not in labels and draw(st.booleans()):
            labels[draw(st.integers(0, len(labels) - 1))] = "Họ và tên"
        header = labels
    rows = []
    for _ in range(draw(st.integers(0, 30))):
        row = []
        for column in range(draw(st.integers(0, width))):
            label = header[column] if header is not None and column < len(header) else None
            fitting = _FOR_LABEL.get(label) if label else None
            value = draw(fitting if fitting is not None and draw(st.integers(0, 9)) < 7 else _VALUE)
            row.append((value, draw(st.sampled_from(range(len(_FONTS))))))
        rows.append(row)
    at = draw(st.integers(0, min(5, len(rows))))
    if header is not None:
        rows.insert(at, [(label, 0) for label in header])
    merges = draw(st.lists(st.tuples(st.integers(1, 30), st.integers(1, 7), st.integers(0, 2), st.integers(0, 3)),
                           max_size=3))
    return {"rows": rows, "merges": merges, "extra_sheet": draw(st.booleans())}


def write(path: Path, book: dict) -> Path:
    wb = openpyxl.Workbook()
    if book["extra_sheet"]:
        wb.active.title = "Hướng dẫn"
        wb.active["A1"] = "Điền danh sách vào trang sau"
        ws = wb.create_sheet("Danh sách")
    else:
        ws = wb.active
    for r, row in enumerate(book["rows"], start=1):
        for c, (value, font) in enumerate(row, start=1):
            if value is None:
                continue
            cell = ws.cell(r, c, value)   # "=…" stays a formula: openpyxl writes it with no value
            if _FONTS[font] is not None:
                cell.font = _FONTS[font]
    taken: list[tuple[int, int, int, int]] = []
    for row, column, down, right in book["merges"]:
        box = (row, column, row + down, column + right)
        if (down or right) and all(box[2] < b[0] or b[2] < box[0] or box[3] < b[1] or b[3] < box[1] for b in taken):
            ws.merge_cells(start_row=box[0], start_column=box[1], end_row=box[2], end_column=box[3])
            taken.append(box)
    plain = path.with_name("plain-" + path.name)
    wb.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                for mark, escape in _CONTROL.items():
                    data = data.replace(mark.encode(), escape.encode())
            dst.writestr(item, data)
    return path


@settings(max_examples=int(os.environ.get("HOINGHI_FUZZ_EXAMPLES", "70")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(book=invite_lists(), dry_run=st.booleans())
def test_any_workbook_is_imported_whole_or_refused_with_a_sentence(catalog_db, tmp_path_factory, book, dry_run):
    path = write(tmp_path_factory.mktemp("fuzz") / "danh_sach.xlsx", book)
    conference = create_conference(catalog_db, "Hội nghị thử", dt.datetime(2022, 9, 14, 7, 30))
    try:
        report = import_invite_list(catalog_db, conference.id, path, ImportOptions(dry_run=dry_run))
    except HoinghiError as error:
        event(f"refused: {error.code}")
        sentence = describe(error)
        assert sentence and "\n" not in sentence and "Traceback" not in sentence
        assert count_attendees(catalog_db, conference.id) == 0
        return
    stored = list_attendees(catalog_db, conference.id)
    event("imported some" if report.importable else "imported nobody")
    if dry_run:
        assert stored == [] and report.imported == 0
        return
    assert report.imported == report.importable == len(report.attendee_ids) == len(stored)
    assert sorted(a.id for a in stored) == sorted(report.attendee_ids)
    for a in stored:
        assert a.full_name and a.full_name == unicodedata.normalize("NFC", a.full_name)
        assert not any(unicodedata.category(ch) == "Cc" for ch in a.full_name + a.position + a.unit_name)
        assert "_x00" not in a.full_name
