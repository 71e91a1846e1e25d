"""The sign-in sheet as a Word document: read back with python-docx (the layout model's columns,
rows, sections, page set-up), and printed through LibreOffice (every name, whole, and the
signature block with the last rows)."""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from desktop_app.domain.errors import FileProblem
from desktop_app.domain.signin import MARGINS_MM, Orientation, SheetOptions
from desktop_app.exchange.export import ExportKind, ExportOptions, export_file
from desktop_app.store.attendees import list_attendees
from desktop_app.store.lists import signin_sheet


def _export(db, conference_id: int, path: Path, **options) -> Path:
    export_file(db, conference_id, path, ExportOptions(ExportKind.SIGNIN, SheetOptions(**options)))
    return path


def _list_tables(document) -> list:
    return [t for t in document.tables if t.rows[0].cells[0].text == "STT"]


def _list_table(document):
    return next(t for t in document.tables if t.rows[0].cells[0].text == "STT")


def _texts(row) -> list[str]:
    seen, out = set(), []
    for cell in row.cells:          # a merged cell is listed once per grid column it spans
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            out.append(cell.text)
    return out


def test_the_word_sheet_holds_the_models_rows_columns_and_sections(db, demo, tmp_path):
    sheet = signin_sheet(db, demo.id, SheetOptions(with_phone=True))
    document = docx.Document(str(_export(db, demo.id, tmp_path / "ky.docx", with_phone=True)))
    table = _list_table(document)
    assert _texts(table.rows[0]) == [c.title for c in sheet.columns]
    assert "Số điện thoại" in _texts(table.rows[0])
    header = table.rows[0]._tr.trPr
    assert header.find(qn("w:tblHeader")) is not None       # repeated on every page
    widths = [round(c.width.mm, 1) for c in table.columns]
    assert widths == pytest.approx([c.width_mm for c in sheet.columns], abs=0.1)
    body = [_texts(r) for t in _list_tables(document) for r in t.rows[1:]]
    headings = [t[0] for t in body if len(t) == 1]
    assert headings == [s.title for s in sheet.sections if s.title]
    people = [t for t in body if len(t) > 1]
    assert [(t[0], t[1], t[4]) for t in people] == [(str(r.number or ""), r.full_name, r.phone) for r in sheet.rows]
    assert len(people) == len(list_attendees(db, demo.id))
    paragraphs = [p.text for p in document.paragraphs]
    assert sheet.title in paragraphs and sheet.count_line in paragraphs
    signers = document.tables[-1]
    assert "NGƯỜI LẬP BIỂU" in signers.cell(0, 0).text and sheet.date_line in signers.cell(0, 1).text


def test_the_header_block_is_a_borderless_table_of_two_columns(db, demo, tmp_path):
    document = docx.Document(str(_export(db, demo.id, tmp_path / "ky.docx")))
    block = document.tables[0]
    assert len(block.columns) == 2 and block._tbl.tblPr.find(qn("w:tblBorders")) is None
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in block.cell(0, 1).text
    assert "Độc lập - Tự do - Hạnh phúc" in block.cell(0, 1).text
    none = docx.Document(str(_export(db, demo.id, tmp_path / "bare.docx", header_block=False)))
    assert none.tables[0].rows[0].cells[0].text == "STT"


@pytest.mark.parametrize("orientation", list(Orientation))
def test_a4_with_the_decree_30_margins_and_times_new_roman(db, demo, tmp_path, orientation):
    document = docx.Document(str(_export(db, demo.id, tmp_path / "ky.docx", orientation=orientation)))
    section = document.sections[0]
    size = (section.page_width.mm, section.page_height.mm)
    assert size == pytest.approx((210, 297) if orientation is Orientation.PORTRAIT else (297, 210), abs=0.2)
    assert (section.left_margin.mm, section.right_margin.mm, section.top_margin.mm) == pytest.approx(
        (MARGINS_MM["left"], MARGINS_MM["right"], MARGINS_MM["top"]), abs=0.1)
    assert section.different_first_page_header_footer            # the page number from page 2 on
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{k}")) for k in ("ascii", "hAnsi", "cs", "eastAsia")} == {"Times New Roman"}
    table = _list_table(document)
    assert sum(c.width.mm for c in table.columns) == pytest.approx(
        section.page_width.mm - MARGINS_MM["left"] - MARGINS_MM["right"], abs=0.5)


def test_the_last_rows_keep_with_the_signature_block(db, demo, tmp_path):
    document = docx.Document(str(_export(db, demo.id, tmp_path / "ky.docx")))
    rows = [r for t in _list_tables(document) for r in t.rows]
    people = [r for r in rows if len(_texts(r)) > 1 and _texts(r)[0] != "STT"]  # headings keep with their rows
    kept = [all(p.paragraph_format.keep_with_next for c in r.cells for p in c.paragraphs) for r in people]
    assert kept[-2:] == [True, True] and not any(kept[:-2])
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in rows)


def test_a_blank_sheet_and_only_the_signin_sheet_as_word(db, demo, tmp_path):
    document = docx.Document(str(_export(db, demo.id, tmp_path / "blank.docx", blank_rows=12, staggered=True)))
    rows = [r for t in _list_tables(document) for r in t.rows[1:]]
    assert [_texts(r)[0] for r in rows] == [str(n) for n in range(1, 13)]
    assert _texts(rows[1])[-2] == "2."                        # "ký so le": the row's number where to sign
    with pytest.raises(FileProblem) as error:
        export_file(db, demo.id, tmp_path / "x.docx", ExportOptions(ExportKind.ATTENDANCE))
    assert error.value.code == "unsupported_format" and not (tmp_path / "x.docx").exists()


def test_the_last_rows_go_over_with_the_signature_block_when_it_would_stand_alone(db, demo, tmp_path):
    # Blank sheets of growing length: the first whose signature block would not fit under its last
    # row on the first page (where that is follows the columns' measured layout).
    for blank_rows in range(10, 40):
        document = docx.Document(str(_export(db, demo.id, tmp_path / f"blank{blank_rows}.docx", blank_rows=blank_rows)))
        tables = _list_tables(document)
        if len(tables) > 1:
            break
    else:
        pytest.fail("no blank sheet of up to 40 rows went over a page")
    assert [len(t.rows) - 1 for t in tables] == [blank_rows - 2, 2]   # a page of its own for the last two rows
    gap = tables[1]._tbl.getprevious()
    assert gap.tag == qn("w:p") and gap.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is not None
    assert tables[1].rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


@pytest.mark.needs("soffice", "pdftotext")
@pytest.mark.slow
def test_libreoffice_prints_every_name_and_keeps_the_signers_with_the_last_rows(db, demo, tmp_path):
    people = list_attendees(db, demo.id)
    outputs = {"portrait": {"with_phone": True}, "landscape": {"orientation": Orientation.LANDSCAPE},
               "blank": {"blank_rows": 17}}
    for name, options in outputs.items():
        _export(db, demo.id, tmp_path / f"{name}.docx", **options)
    profile = tmp_path / "profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), *(str(tmp_path / f"{n}.docx") for n in outputs)],
                   capture_output=True, timeout=300, check=True)
    for name, options in outputs.items():
        printed = subprocess.run(["pdftotext", "-layout", str(tmp_path / f"{name}.pdf"), "-"], capture_output=True,
                                 text=True, check=True).stdout
        pages = printed.split("\f")[:-1]
        sheet = signin_sheet(db, demo.id, SheetOptions(**options))
        firsts = {line.split()[0] for line in printed.splitlines() if line.split()}
        assert {str(r.number) for r in sheet.rows if r.number} <= firsts, name     # no row lost
        if name != "blank":
            # A name that wraps in its cell prints on two lines: count the names' words.
            wanted = Counter(w for p in people for w in p.full_name.split())
            assert wanted - Counter(printed.split()) == Counter(), name        # diacritics and all
        if options.get("with_phone"):
            assert all(p.phone in printed for p in people if p.phone)
        assert len(pages) >= 2 and "STT" in pages[1], name                      # the header row repeated
        last = pages[-1]
        assert "NGƯỜI LẬP BIỂU" in last and "XÁC NHẬN CỦA BAN TỔ CHỨC" in last
        numbers = [int(line.split()[0]) for line in last.splitlines()
                   if line.split() and line.split()[0].isdigit() and int(line.split()[0]) <= len(people)]
        assert numbers and max(numbers) == sheet.rows[-1].number, name          # not alone on its page


def test_properties_are_written_in_the_schemas_order(db, demo, tmp_path):
    """Word reports "unreadable content" for table, cell and paragraph properties out of order."""
    import zipfile

    from lxml import etree

    from desktop_app.exchange.signin_docx import _ORDER_BY_TAG

    for name, options in (("ky.docx", {"with_phone": True}), ("blank.docx", {"blank_rows": 17})):
        root = etree.fromstring(zipfile.ZipFile(_export(db, demo.id, tmp_path / name, **options)).read(
            "word/document.xml"))
        for parent, order in _ORDER_BY_TAG.items():
            for element in root.iter(parent):
                places = [order.index(c.tag) for c in element if c.tag in order]
                assert places == sorted(places), (name, etree.QName(parent).localname)
