"""`hoinghi import`, `hoinghi export` and `hoinghi badges` as a script would run them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import commands
import openpyxl
import pytest

DATA = Path(__file__).parents[1] / "data"


def hoinghi(*args: str) -> subprocess.CompletedProcess:
    return commands.hoinghi(*args, check=False)


def ok(*args: str) -> subprocess.CompletedProcess:
    return commands.hoinghi(*args)


@pytest.fixture(scope="module")
def demo_db(user_folder_factory) -> str:
    path = user_folder_factory("cli_exchange") / "demo.sqlite"
    ok("demo", str(path))
    ok("conference", "add", "--db", str(path), "--title", "Hội nghị sơ kết", "--start", "2022-12-20T08:00",
       "--place", "Lạng Sơn")
    return str(path)


def test_import_prints_the_report_as_json(demo_db):
    report = json.loads(ok("import", "--db", demo_db, "--conference", "2", str(DATA / "invite_list_tcvn3.xlsx"),
                           "--json").stdout)
    assert {"imported", "skipped", "changed", "unmatched_units", "encoding"} <= set(report)
    assert report["imported"] == 20 and report["encoding"] == "tcvn3"
    assert report["skipped"] == [] and report["backup"]
    again = json.loads(ok("import", "--db", demo_db, "--conference", "2", str(DATA / "invite_list_tcvn3.xlsx"),
                          "--dry-run", "--json").stdout)
    assert again["imported"] == 0 and again["dry_run"]
    assert again["skipped"][0] == {"row": 9, "reason": "already_in_conference", "text": "Đỗ Ngọc Trường",
                                   "attendee_id": again["skipped"][0]["attendee_id"],
                                   "message": "already on the conference's list"}


def test_import_text_report_and_encoding_option(demo_db, tmp_path):
    out = ok("import", "--db", demo_db, "--conference", "2", str(DATA / "invite_list_utf8_bom.csv"),
             "--dry-run", "--encoding", "unicode").stdout
    assert out.startswith("Dry run: 15 people would be imported") and "Warning" not in out
    legacy = ok("import", "--db", demo_db, "--conference", "2", str(DATA / "invite_list_tcvn3.xlsx"),
                "--dry-run", "--encoding", "unicode").stdout
    assert "the text looks like TCVN3 but was read as Unicode" in legacy


def test_import_errors_are_one_sentence_and_exit_2(demo_db, tmp_path):
    picture = tmp_path / "danh_sach.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    result = hoinghi("import", "--db", demo_db, "--conference", "2", str(picture))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "picture" in result.stderr and "Traceback" not in result.stderr
    result = hoinghi("import", "--db", demo_db, "--conference", "99", str(DATA / "invite_list_utf8_bom.csv"))
    assert result.returncode == 2 and "no conference with number 99" in result.stderr


@pytest.mark.parametrize(("args", "suffix"), [
    ((), "xlsx"), (("--orientation", "landscape", "--with-phone"), "xlsx"), (("--sheet", "attendance"), "xlsx"),
    (("--sheet", "full", "--with-contacts"), "xlsx"), (("--sheet", "full"), "csv"), ((), "pdf"),
    (("--blank", "25"), "pdf"), (("--blank", "25"), "xlsx"), (("--section", "2", "--staggered"), "pdf"),
    (("--sheet", "attendance", "--section-counts"), "pdf"), (("--sheet", "full", "--with-contacts"), "pdf"),
])
def test_export_formats_follow_the_extension(demo_db, tmp_path, args, suffix):
    out = tmp_path / f"out.{suffix}"
    data = json.loads(ok("export", "--db", demo_db, "--conference", "1", "--out", str(out), *args, "--json").stdout)
    assert data["format"] == suffix and out.stat().st_size > 1000
    if "--blank" in args:
        assert data["rows"] == 25
    if suffix == "xlsx":
        openpyxl.load_workbook(out).close()
    if suffix == "pdf":
        assert out.read_bytes().startswith(b"%PDF") and data["pages"] >= 1


def test_export_refusals(demo_db, tmp_path):
    result = hoinghi("export", "--db", demo_db, "--conference", "1", "--out", str(tmp_path / "x.odt"))
    assert result.returncode == 2 and ".odt" in result.stderr
    result = hoinghi("export", "--db", demo_db, "--conference", "1", "--out", str(tmp_path / "x.docx"),
                     "--sheet", "full")
    assert result.returncode == 2 and "Word document" in result.stderr and not (tmp_path / "x.docx").exists()
    result = hoinghi("export", "--db", demo_db, "--conference", "1", "--out", str(tmp_path / "no" / "x.xlsx"))
    assert result.returncode == 2 and f"The folder “{tmp_path / 'no'}” does not exist" in result.stderr
    result = hoinghi("export", "--db", demo_db, "--conference", "1", "--out", str(tmp_path / "x.xlsx"),
                     "--section", "9")
    assert result.returncode == 2 and "section" in result.stderr


@pytest.mark.parametrize(("args", "says"), [
    (("--out", "{tmp}/no-extension"), "has no extension, so it does not say which kind of file to write. Choose a name "
                                      "ending in .xlsx, .csv, .pdf or .docx."),
    (("--out", "{tmp}/folder.pdf"), "cannot be written: it is a folder."),
    (("--out", "{tmp}/b.pdf", "--blank", "0"), "Number of blank rows must be from 1 to 5"),
    (("--out", "{tmp}/b.pdf", "--blank", "100000"), "Number of blank rows must be from 1 to 5"),
], ids=["no-extension", "folder", "blank-0", "blank-huge"])
def test_export_refusals_are_plain_sentences(demo_db, tmp_path, args, says):
    (tmp_path / "folder.pdf").mkdir()
    result = hoinghi("export", "--db", demo_db, "--conference", "1", *(a.format(tmp=tmp_path) for a in args))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and says in result.stderr
    assert not [leak for leak in ("(directory)", "“.”", "folder_missing", "blank is") if leak in result.stderr]


def test_a_page_is_one_page_and_badges_are_pdf_only(demo_db, tmp_path):
    one = ok("export", "--db", demo_db, "--conference", "1", "--out", str(tmp_path / "b.pdf"), "--blank", "1")
    assert one.stdout.endswith("(1 row, 1 page).\n")
    for name in ("x.xlsx", "x"):
        result = hoinghi("badges", "--db", demo_db, "--conference", "1", "--out", str(tmp_path / name))
        assert result.returncode == 2 and "Choose a name ending in .pdf." in result.stderr
        assert ".xlsx," not in result.stderr and ".csv" not in result.stderr
    result = hoinghi("import", "--db", demo_db, "--conference", "1", str(tmp_path))
    assert result.returncode == 2 and "is a folder, not a file" in result.stderr


@pytest.mark.needs("pdftotext")
@pytest.mark.parametrize("args", [(), ("--cards",), ("--cards", "--two-per-page")])
def test_badges_and_name_cards(demo_db, tmp_path, args):
    out = tmp_path / "the.pdf"
    data = json.loads(ok("badges", "--db", demo_db, "--conference", "1", "--out", str(out), *args, "--json").stdout)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Dương Xuân Huyên" in text
    per_page = {(): 8, ("--cards",): 1, ("--cards", "--two-per-page"): 2}[args]
    assert data["pages"] == -(-data["people"] // per_page)


def test_import_lists_possible_duplicates_and_similar_names_with_their_rows(demo_db, tmp_path):
    path = tmp_path / "namesakes.csv"
    path.write_text("STT,Họ và tên,Chức vụ,Cơ quan,Số điện thoại\n"
                    "1,Nguyễn Văn An,Chuyên viên,UBND huyện Cao Lộc,0912345678\n"
                    "2,Nguyễn Văn An,Phó Chủ tịch,UBND huyện Cao Lộc,0987654321\n"
                    "3,Nguyễn Văn Ân,Chuyên viên,UBND huyện Cao Lộc,\n", encoding="utf-8-sig")
    out = ok("import", "--db", demo_db, "--conference", "2", str(path), "--dry-run").stdout
    assert "Dry run: 3 people would be imported" in out
    duplicates = out[out.index("Possible duplicates"):]
    assert "row 3: Nguyễn Văn An — possibly the same person as Nguyễn Văn An (row 2)" in duplicates
    similar = out[out.index("Similar names"):]
    assert "row 4: Nguyễn Văn Ân — a similar name in the same unit: Nguyễn Văn An (row 2)" in similar
    report = json.loads(ok("import", "--db", demo_db, "--conference", "2", str(path), "--dry-run", "--json").stdout)
    assert [n["row"] for n in report["possible_duplicates"]] == [3]
    assert [n["row"] for n in report["similar_names"]] == [4, 4]


def test_a_semicolon_csv_for_vietnamese_excel_keeps_zeros_and_runs_no_formula(demo_db, tmp_path):
    out = tmp_path / "list.csv"
    ok("export", "--db", demo_db, "--conference", "1", "--sheet", "full", "--with-contacts",
       "--csv-separator", "semicolon", "--out", str(out))
    text = out.read_text(encoding="utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("STT;Mã đại biểu;Họ và tên;") and "," not in header.replace("Cơ quan, đơn vị", "")
    assert ";0308872624;" in text
