"""Hostile and broken invite lists (issue 17): each is imported by `hoinghi import` in a child
process whose address space is capped (RLIMIT_AS) and whose time is limited. Every case ends in
exit 2 with one sentence naming the file, the database byte for byte as it was and no backup
taken; or in a correct import. Never a traceback, "internal error" or MemoryError. The files are
built here (tests/cli/hostile_files.py), small on disk. Each case id is a row of
docs/robustness.md ("Hostile and broken files")."""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import subprocess
import sys
import time
import zlib
from pathlib import Path

import commands
import pytest
from hostile_files import (
    HEADER,
    MAIN,
    MB,
    PEOPLE,
    SHEET_HEAD,
    Member,
    deflated,
    named,
    repeated,
    sheet_xml,
    workbook,
    write_zip,
)

ADDRESS_SPACE = 1536 * MB      # the child's cap: about what an office laptop spares
TIME_LIMIT = 60                # seconds for one import


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def import_capped(db: Path, path: Path) -> tuple[subprocess.CompletedProcess, float]:
    env = {**os.environ, "HOINGHI_DESK": "Bàn 1"}
    env.pop("HOINGHI_DB", None)
    env.pop("HOINGHI_DEBUG", None)
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "desktop_app", "import", "--db", str(db), "--conference", "1",
                             str(path)], capture_output=True, text=True, env=env, timeout=TIME_LIMIT,
                            preexec_fn=_cap, cwd=path.parent, check=False)
    return result, time.perf_counter() - started


@pytest.fixture(scope="module")
def template_db(user_folder_factory) -> Path:
    path = user_folder_factory("hostile") / "mau.sqlite"
    commands.hoinghi("conference", "add", "--db", str(path), "--title", "Hội nghị thử", "--start", "2022-09-14")
    return path


def _snapshot(folder: Path, db: Path) -> tuple[str, list[str]]:
    digest = hashlib.sha256(db.read_bytes()).hexdigest()   # no connection to it in this process
    return digest, sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))


# -- the files -------------------------------------------------------------------------------


def _csv(rows: list[str], *, encoding: str = "utf-8") -> bytes:
    return ("\r\n".join(rows) + "\r\n").encode(encoding)


def _people_csv(count: int) -> list[str]:
    return [",".join(HEADER)] + [f"{n},Nguyễn Văn {n},Chuyên viên,Sở Nội vụ" for n in range(1, count + 1)]


def styles_font_bomb(d: Path) -> Path:
    # 100 million <font/> (the case): 700 MB unpacked from about 1 MB.
    return workbook(d / "kieu_chu.xlsx", styles=repeated(f'<styleSheet xmlns="{MAIN}"><fonts>'.encode(), b"<font/>",
                                                          700 * MB, b"</fonts></styleSheet>"))


def styles_many_fonts(d: Path) -> Path:
    # Under every size limit (700 KB), but 100,000 fonts: more than Excel's 64,000 formats.
    return workbook(d / "phong_chu.xlsx", styles=deflated(f'<styleSheet xmlns="{MAIN}"><fonts>'.encode()
                                                           + b"<font/>" * 100_000 + b"</fonts></styleSheet>"))


def junk_after_rows_bomb(d: Path) -> Path:
    # 2 GB of unknown elements after the last row, from about 2 MB.
    return workbook(d / "rac.xlsx", sheet=repeated(SHEET_HEAD + b"</sheetData>", b"<x/>", 2048 * MB, b"</worksheet>"))


def junk_after_rows(d: Path) -> Path:
    # 2 MB of them (500,000), under the compression check: dropped as they end, then imported.
    junk = "<x/>" * 500_000
    return workbook(d / "rac_nho.xlsx", sheet=deflated(sheet_xml(after_rows=junk).encode()))


def many_sheets_one_part(d: Path) -> Path:
    return workbook(d / "ba_nghin_trang.xlsx", sheets=3000, shared_part=True)


def sheets_sharing_a_part(d: Path) -> Path:
    return workbook(d / "chung_trang.xlsx", sheets=5, shared_part=True)


def xls_far_cells(d: Path, row: int = 65535, column: int = 255, name: str = "o_xa.xls") -> Path:
    import xlwt

    # 60 sheets of one cell at (65535, 255) before the list: the header search goes through them.
    wb = xlwt.Workbook(encoding="utf-8")
    for i in range(60):
        wb.add_sheet(f"Trang {i}").write(row, column, "x")
    ws = wb.add_sheet("Danh sách")
    for r, row in enumerate([HEADER, *PEOPLE]):
        for c, value in enumerate(row):
            ws.write(r, c, value)
    path = d / name
    wb.save(str(path))
    return path


def xls_some_far_cells(d: Path) -> Path:
    # Within the limit (2,001 x 101 each): loaded one at a time, each released, then imported.
    return xls_far_cells(d, 2000, 100, "o_xa_vua.xls")


def csv_sparse_2gb(d: Path) -> Path:
    path = d / "hai_gb.csv"
    with open(path, "wb") as f:
        f.write(_csv(_people_csv(3)) + b"a," * 8192)
        f.truncate(2048 * MB)   # sparse: nothing more on disk
    return path


def csv_one_wide_line(d: Path) -> Path:
    path = d / "mot_dong.csv"
    path.write_bytes(",".join(HEADER).encode() + b"," + b"a," * 1_500_000)
    return path


def mimetype_bomb(d: Path) -> Path:
    return write_zip(d / "mimetype.xlsx", [named("mimetype", repeated(b"", b"\0", 2048 * MB, b""))])


def huge_cell_bomb(d: Path) -> Path:
    cell = b'<row r="5"><c r="B5" t="inlineStr"><is><t>'
    return workbook(d / "o_lon.xlsx", sheet=repeated(SHEET_HEAD + cell, b"A", 200 * MB,
                                                     b"</t></is></c></row></sheetData></worksheet>"))


def huge_cell(d: Path) -> Path:
    # A 7 MB name (3.5 million letters; under the compression check): cut while reading, that row skipped as too long.
    extra = '<row r="5"><c r="B5" t="inlineStr"><is><t>' + "Â" * (7 * MB // 2) + "</t></is></c></row>"
    return workbook(d / "o_bay_mb.xlsx", sheet=deflated(sheet_xml(after_rows="").replace(
        "</sheetData>", extra + "</sheetData>").encode()))


def shared_strings_bomb(d: Path) -> Path:
    # 30 million shared strings.
    return workbook(d / "chuoi.xlsx", strings=repeated(f'<sst xmlns="{MAIN}">'.encode(), b"<si><t>a</t></si>",
                                                       30_000_000 * 17, b"</sst>"))


def many_parts(d: Path) -> Path:
    # 60,000 empty members (the most a zip without zip64 extensions lists).
    empty = deflated(b"")
    return workbook(d / "nhieu_phan.xlsx", extra=tuple(Member(f"x/{i}", empty.data, empty.crc, 0)
                                                       for i in range(60_000)))


def _mimetype_zip(d: Path, name: str, member: Member) -> Path:
    return write_zip(d / name, [named("mimetype", member), named("content.xml", deflated(b"<a/>"))])


def mimetype_encrypted(d: Path) -> Path:
    m = deflated(b"application/vnd.oasis.opendocument.spreadsheet")
    m.flags = 1
    return _mimetype_zip(d, "ma_hoa.xlsx", m)


def mimetype_corrupt_deflate(d: Path) -> Path:
    return _mimetype_zip(d, "hong.xlsx", Member("", b"\xff" * 40, 0, 100))


def mimetype_unknown_method(d: Path) -> Path:
    m = deflated(b"application/vnd.oasis.opendocument.spreadsheet")
    m.method = 99
    return _mimetype_zip(d, "la.xlsx", m)


def csv_stray_quote(d: Path) -> Path:
    rows = _people_csv(200)
    rows[5] = rows[5].replace("Nguyễn", '"Nguyễn', 1)
    path = d / "ngoac_kep.csv"
    path.write_bytes(_csv(rows))
    return path


def doctype_entities(d: Path) -> Path:
    xml = sheet_xml().replace("Nguyễn Văn Đức", "Lê &x; Văn &s;").replace(
        "<worksheet", '<!DOCTYPE worksheet [<!ENTITY x "Thị"><!ENTITY s "Sáu">]><worksheet', 1)
    return workbook(d / "thuc_the.xlsx", sheet=deflated(xml.encode()))


def duplicate_member(d: Path) -> Path:
    other = sheet_xml().replace("Nguyễn Văn Đức", "Kẻ Mạo Danh")
    return workbook(d / "trung_ten.xlsx", extra=(named("xl/worksheets/sheet1.xml", deflated(other.encode())),))


def negative_string_index(d: Path) -> Path:
    xml = sheet_xml(extra_cell='<c r="E2" t="s"><v>-1</v></c>')
    strings = deflated(f'<sst xmlns="{MAIN}"><si><t>Ghi chú</t></si></sst>'.encode())
    return workbook(d / "chi_so_am.xlsx", sheet=deflated(xml.encode()), strings=strings)


def row_zero(d: Path) -> Path:
    return workbook(d / "dong_khong.xlsx", sheet=deflated(sheet_xml(first_row=-1).encode()))


def csv_nul_after_8k(d: Path) -> Path:
    rows = _people_csv(300)
    rows[250] = rows[250].replace("Văn", "Văn\0Nul")
    path = d / "nul.csv"
    path.write_bytes(_csv(rows))
    return path


def csv_one_cp1258_line(d: Path) -> Path:
    data = _csv(_people_csv(50))
    path = d / "mot_dong_1258.csv"
    path.write_bytes(data + "51,Lê Văn Tám,Chuyên viên,Cơ quan\r\n".encode("cp1258"))
    return path


def _page(name: str, data: bytes) -> object:
    def build(d: Path) -> Path:
        (d / name).write_bytes(data)
        return d / name
    build.__name__ = name
    return build


TABLE = "<table><tr><td>Họ và tên</td></tr><tr><td>Nguyễn Văn Đức</td></tr></table>"
HTML_AFTER_COMMENT = _page("trang_chu_thich.xls", ("<!-- saved from portal -->\n<html>" + TABLE).encode())
HTML_BOM_BLANK = _page("trang_bom.xls", ("\ufeff\r\n\r\n   <HTML>" + TABLE).encode())
HTML_UTF16 = _page("trang_utf16.xls", ("\ufeff<html>" + TABLE).encode("utf-16-le"))
MHTML = _page("trang_mht.xls", b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"x\"\r\n\r\n--x\r\n")

WEB_PAGE = "is a web page saved under a spreadsheet name"
TOO_LARGE = "is larger than any invite list"
DAMAGED = "is damaged and cannot be read"

# (case, builder, what stderr says; None: imported, with this many people)
CASES = [
    ("styles-font-bomb", styles_font_bomb, TOO_LARGE),
    ("styles-many-fonts", styles_many_fonts, "more than 64000 cell styles"),
    ("junk-after-rows-bomb", junk_after_rows_bomb, TOO_LARGE),
    ("junk-after-rows", junk_after_rows, 3),
    ("many-sheets-one-part", many_sheets_one_part, "more than 1000 sheets"),
    ("sheets-sharing-a-part", sheets_sharing_a_part, DAMAGED),
    ("xls-far-cells", xls_far_cells, "a sheet spans more than 4000000 cells"),
    ("xls-some-far-cells", xls_some_far_cells, 3),
    ("csv-sparse-2gb", csv_sparse_2gb, "it is over 64 MB"),
    ("csv-one-wide-line", csv_one_wide_line, "more than 16384 columns"),
    ("mimetype-bomb", mimetype_bomb, TOO_LARGE),
    ("huge-cell-bomb", huge_cell_bomb, TOO_LARGE),
    ("huge-cell", huge_cell, 3),
    ("shared-strings-bomb", shared_strings_bomb, TOO_LARGE),
    ("many-parts", many_parts, "it holds more than 10000 parts"),
    ("mimetype-encrypted", mimetype_encrypted, DAMAGED),
    ("mimetype-corrupt-deflate", mimetype_corrupt_deflate, DAMAGED),
    ("mimetype-unknown-method", mimetype_unknown_method, DAMAGED),
    ("csv-stray-quote", csv_stray_quote, "is damaged from line 6 on: a stray quotation mark"),
    ("doctype-entities", doctype_entities, DAMAGED),
    ("duplicate-member", duplicate_member, DAMAGED),
    ("negative-string-index", negative_string_index, DAMAGED),
    ("row-zero", row_zero, DAMAGED),
    ("csv-nul-after-8k", csv_nul_after_8k, DAMAGED),
    ("csv-one-cp1258-line", csv_one_cp1258_line, "Line 52 of"),
    ("html-after-comment", HTML_AFTER_COMMENT, WEB_PAGE),
    ("html-bom-blank-lines", HTML_BOM_BLANK, WEB_PAGE),
    ("html-utf16", HTML_UTF16, WEB_PAGE),
    ("mhtml", MHTML, WEB_PAGE),
]


@pytest.mark.parametrize(("case", "build", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_hostile_file_is_one_sentence_or_a_correct_import(tmp_path, template_db, case, build, expected):
    folder = tmp_path / "db"
    folder.mkdir()
    db = folder / "hoinghi.sqlite"
    shutil.copyfile(template_db, db)
    files = tmp_path / "files"
    files.mkdir()
    path = build(files)
    assert path.stat().st_blocks * 512 < 16 * MB, "hostile files stay small on disk"
    before = _snapshot(folder, db)
    result, seconds = import_capped(db, path)
    print(f"{case}: exit {result.returncode} in {seconds:.1f} s")
    for bad in ("Traceback", "internal error", "MemoryError"):
        assert bad not in result.stderr, result.stderr
    if isinstance(expected, int):
        assert result.returncode == 0, result.stderr
        assert f"Imported {expected} people" in result.stdout, result.stdout
        return
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stderr.count("\n") == 1 and path.name in result.stderr, result.stderr
    assert expected in result.stderr, result.stderr
    assert _snapshot(folder, db) == before   # byte for byte, and no backup beside it


def test_every_case_is_in_the_catalogue():
    text = (Path(__file__).parents[2] / "docs" / "robustness.md").read_text(encoding="utf-8")
    section = text.split("### Hostile and broken files (issue 17)", 1)[1]
    assert [case for case, _, _ in CASES if f"`{case}`" not in section] == []


def test_the_deflate_bomb_builder_makes_what_it_says():
    member = repeated(b"<a>", b"xy", 3 * MB, b"</a>")
    data = zlib.decompress(member.data, -15)
    assert len(data) == member.size and zlib.crc32(data) == member.crc
    assert data.startswith(b"<a>xyxy") and data.endswith(b"xy</a>")
