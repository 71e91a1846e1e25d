"""`hoinghi invitations`, `hoinghi invited-units` and the invitation's fields of `hoinghi conference`."""

from __future__ import annotations

import subprocess
import zipfile

import commands
import pytest


def hoinghi(*args: str) -> subprocess.CompletedProcess:
    return commands.hoinghi(*args, check=False)


@pytest.fixture(scope="module")
def db(user_folder_factory) -> str:
    path = str(user_folder_factory("cli_invitations") / "gm.sqlite")
    commands.hoinghi("conference", "add", "--db", path, "--title", "Hội nghị sơ kết", "--start", "2022-12-20T08:00",
                     "--place", "Lạng Sơn", "--organizer", "Sở Nội vụ", "--doc-number", "45/GM-SNV",
                     "--signer-title", "KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC", "--signer-name", "Lê Văn Thành")
    for name in ("Nguyễn Thị Hà", "Hoàng Văn Đức"):
        commands.hoinghi("attendee", "add", "--db", path, "--conference", "1", "--name", name, "--unit", "Sở Y tế",
                         "--salutation", "Bà" if "Thị" in name else "Ông")
    return path


def test_conference_fields_set_on_add_and_changed_by_edit(db):
    out = commands.as_json("conference", "edit", "--db", db, "--conference", "1", "--recipients",
                           "- Như trên;\\n- Lưu: VT.", "--invitation-subject", "Về việc dự Hội nghị sơ kết")
    assert out["doc_number"] == "45/GM-SNV" and out["signer_title"] == "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"
    assert out["recipients"] == "- Như trên;\n- Lưu: VT." and out["invitation_subject"] == "Về việc dự Hội nghị sơ kết"


def test_invited_units_add_edit_list_remove(db):
    units = commands.as_json("invited-units", "--db", db, "--conference", "1", "--add", "Sở Xây dựng", "--seats", "2")
    assert [(u["unit"], u["seats"]) for u in units] == [("Sở Xây dựng", 2)]
    units = commands.as_json("invited-units", "--db", db, "--conference", "1", "--edit", str(units[0]["id"]),
                             "--seats", "3")
    assert units[0]["seats"] == 3
    again = hoinghi("invited-units", "--db", db, "--conference", "1", "--add", "Sở Xây dựng")
    assert again.returncode == 2 and "Sở Xây dựng" in again.stderr and "Traceback" not in again.stderr
    elsewhere = hoinghi("invited-units", "--db", db, "--conference", "2", "--remove", str(units[0]["id"]))
    assert elsewhere.returncode == 2
    extra = commands.as_json("invited-units", "--db", db, "--conference", "1", "--add", "Sở Công Thương")
    assert commands.as_json("invited-units", "--db", db, "--conference", "1", "--remove", str(extra[-1]["id"])) \
        == units


def test_invitations_as_pdf_docx_and_a_zip_per_person(db, tmp_path):
    pdf = commands.as_json("invitations", "--db", db, "--conference", "1", "--out", str(tmp_path / "gm.pdf"))
    assert (pdf["people"], pdf["format"], pdf["files"]) == (2, "pdf", 1)
    assert pdf["pages"] == 2 + pdf["units"]
    text = subprocess.run(["pdftotext", str(tmp_path / "gm.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Số: 45/GM-SNV" in text and "Kính gửi: Bà Nguyễn Thị Hà, Sở Y tế" in text
    word = commands.as_json("invitations", "--db", db, "--conference", "1", "--out", str(tmp_path / "gm.docx"),
                            "--signed", "--date", "2022-12-10")
    assert word["format"] == "docx" and (tmp_path / "gm.docx").stat().st_size > 0
    zipped = commands.hoinghi("invitations", "--db", db, "--conference", "1", "--out", str(tmp_path / "gm.zip"),
                              "--per", "person", "--no-units")
    assert "invitations for 2 people in 2 files" in zipped.stdout
    assert len(zipfile.ZipFile(tmp_path / "gm.zip").namelist()) == 2


@pytest.mark.parametrize(("args", "words"), [
    (["--out", "gm.txt"], ".pdf or .docx"),
    (["--out", "gm.pdf", "--template", "mau.docx"], ".docx"),
    (["--out", "gm.docx", "--template", "mau.docx"], "is not a Word document"),
    (["--out", "gm.pdf", "--section", "9"], "section"),
    (["--out", "gm.pdf", "--per", "person"], ".zip"),
])
def test_refusals_are_one_sentence(db, tmp_path, args, words):
    (tmp_path / "mau.docx").write_text("not Word")
    args = [a if not a.endswith((".txt", ".pdf", ".docx")) else str(tmp_path / a) for a in args]
    result = hoinghi("invitations", "--db", db, "--conference", "1", *args)
    assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "gm.pdf").exists()
