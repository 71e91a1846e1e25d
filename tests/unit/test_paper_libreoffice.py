"""Workbooks printed as a spreadsheet program prints them: LibreOffice turns each into a PDF, read
back as text with its boxes. One small conference (the demo), every workbook at once: a few seconds."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from desktop_app.domain.signin import Orientation, SheetOptions
from desktop_app.exchange.export import ExportKind, ExportOptions, export_file
from desktop_app.store.attendees import list_attendees

pytestmark = [pytest.mark.needs("soffice", "pdftotext"), pytest.mark.slow]

_WORD = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>')


@pytest.fixture(scope="module")
def printed(tmp_path_factory, request):
    """The demo's workbooks, printed through LibreOffice: {name: pdf path}, and the demo's people."""
    from desktop_app.store import open_database
    from desktop_app.store.demo import create_demo

    folder = tmp_path_factory.mktemp("paper")
    db = open_database(folder / "demo.sqlite", desk="Bàn 1")
    try:
        conference = create_demo(db)
        outputs = {
            "signin": ExportOptions(ExportKind.SIGNIN, SheetOptions(with_phone=True)),
            "signin_counts": ExportOptions(ExportKind.SIGNIN, SheetOptions(section_counts=True)),
            "signin_landscape": ExportOptions(ExportKind.SIGNIN, SheetOptions(Orientation.LANDSCAPE,
                                                                             with_phone=True)),
            "attendance": ExportOptions(ExportKind.ATTENDANCE),
            "full": ExportOptions(ExportKind.FULL, with_contacts=True),
            # Row counts whose signature block stood alone on a last page before (issue 12 item 5).
            "blank_17": ExportOptions(ExportKind.SIGNIN, SheetOptions(blank_rows=17)),
            "blank_landscape_10": ExportOptions(ExportKind.SIGNIN, SheetOptions(Orientation.LANDSCAPE,
                                                                               blank_rows=10)),
        }
        for name, options in outputs.items():
            export_file(db, conference.id, folder / f"{name}.xlsx", options)
        people = list_attendees(db, conference.id)
    finally:
        db.close()
    profile = folder / "profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), *(str(folder / f"{n}.xlsx") for n in outputs)],
                   capture_output=True, timeout=300, check=True)
    return {n: folder / f"{n}.pdf" for n in outputs}, people


def text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def word_heights(pdf: Path) -> list[tuple[float, str]]:
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [(float(y1) - float(y0), w) for y0, y1, w in _WORD.findall(out)]


def test_no_hashes_in_any_printed_workbook(printed):
    pdfs, _ = printed
    for name, pdf in pdfs.items():
        assert "###" not in text(pdf), name          # check-in times used to print as ###


def test_phones_print_whole_on_one_line(printed):
    pdfs, people = printed
    for name in ("signin", "signin_landscape", "full"):
        shown = text(pdfs[name])
        assert all(p.phone in shown for p in people if p.phone), name


def test_the_full_list_prints_at_10_pt_or_more(printed):
    pdfs, people = printed
    # A word's box is about 1.15 times its font's size: 11.5 pt for 10 pt text.
    heights = [h for h, w in word_heights(pdfs["full"]) if w in {p.code for p in people}]
    assert heights and min(heights) >= 11.4


@pytest.mark.parametrize(("name", "last_row"), [("signin", None), ("signin_landscape", None), ("blank_17", 17),
                                                ("blank_landscape_10", 10)])
def test_the_signature_block_shares_its_page_with_the_last_rows(printed, name, last_row):
    outputs, people = printed
    pages = text(outputs[name]).split("\f")[:-1]
    last = [line.strip() for line in pages[-1].splitlines() if line.strip()]
    assert "NGƯỜI LẬP BIỂU" in pages[-1]
    # The last row's number: the highest STT printed (a replaced person's line carries none).
    numbers = [int(line.split()[0]) for page in pages for line in page.splitlines()
               if line.split() and line.split()[0].isdigit() and int(line.split()[0]) <= len(people) + 50]
    row = str(last_row or max(numbers))
    assert any(line == row or line.startswith(row + " ") for line in last), last


def test_a_section_going_on_over_a_page_repeats_its_heading_continued(printed):
    """Issue 12 item 7: under the repeated header row, every page goes on with a section heading,
    "(tiếp)" where the section began on an earlier page; the counts stand in the first headings."""
    pdfs, _ = printed
    pages = text(pdfs["signin_counts"]).split("\f")[:-1]
    assert "I. LÃNH ĐẠO UBND TỈNH (3 đại biểu)" in pages[0]
    continued = 0
    for page in pages[1:]:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        header = next((i for i, line in enumerate(lines) if line.startswith("STT")), None)
        if header is None or header + 1 >= len(lines) or "NGƯỜI LẬP BIỂU" in lines[header + 1]:
            continue
        first = lines[header + 1]
        assert re.match(r"^[IVX]+\. ", first), first
        continued += first.endswith("(tiếp)")
    assert continued >= 3


def test_the_absent_list_repeats_a_unit_going_on_over_a_page(printed):
    """The attendance workbook's "Vắng mặt" sheet, grouped by unit: every page of it goes on with
    a unit's heading under the repeated header row, "(tiếp)" where the unit began before."""
    pdfs, _ = printed
    pages = text(pdfs["attendance"]).split("\f")[:-1]
    first = next(i for i, page in enumerate(pages) if "DANH SÁCH ĐẠI BIỂU VẮNG MẶT" in page)
    last = next(i for i, page in enumerate(pages) if "ĐIỂM DANH THEO CHUYÊN ĐỀ" in page)
    assert last - first >= 3
    continued = 0
    for page in pages[first + 1:last]:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        header = next(i for i, line in enumerate(lines) if line.startswith("STT"))
        # The header row may wrap ("Cơ quan, đơn / vị"): the first table line is the one after it.
        below = [line for line in lines[header + 1:] if line not in ("vị", "danh")]
        assert not below[0][0].isdigit(), below[0]          # a unit's heading, not a person's row
        continued += below[0].endswith("(tiếp)")
    assert continued >= 1
