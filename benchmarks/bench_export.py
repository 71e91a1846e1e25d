"""Sign-in workbook export (`exchange.export.export_file`, kind "signin", .xlsx) for 10,000 and
100,000 attendees against a bare openpyxl write-only writer of the same cells, and the peak
memory of each in a fresh process. Target: ratio ≤ 1.5."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

from benchmarks.harness import PEAK_MEMORY_CODE, ROOT, Context, Row, Section, Stats

NAME = "export"
TITLE = "Sign-in workbook export"
ORDER = 50
SIZES = ((10_000, 5), (100_000, 2))          # attendees, rounds
QUICK_SIZES = ((1_000, 3), (10_000, 2))
TARGET_RATIO = 1.5

_HEIGHT = re.compile(rb'<row r="(\d+)"[^>]*?\bht="([\d.]+)"')
_MERGE = re.compile(rb'<mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"')
_COL = re.compile(rb"<col ([^>]*)/>")
_ATTRIBUTE = re.compile(rb'(\w+)="([^"]*)"')


# ---------------------------------------------------------------------------------------------
# The cells: read back from the program's own file (not timed)
# ---------------------------------------------------------------------------------------------


def cells_of(path: Path) -> dict[str, Any]:
    """What the exported sheet holds, cell by cell: each row's values with the font, border,
    alignment and number format of each cell, the row heights, the merged ranges, the column
    widths and the sheet's title. Read with openpyxl (read-only) and the sheet's XML."""
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    ws = wb.worksheets[0]
    styles: dict[tuple, int] = {}
    objects: list[tuple] = []
    rows: list[list[tuple[Any, int]]] = []
    for row in ws.iter_rows():
        out = []
        for cell in row:
            if not hasattr(cell, "font"):     # an EmptyCell: nothing written there
                out.append((None, -1))
                continue
            key = (cell.font, cell.border, cell.alignment, cell.number_format)
            if key not in styles:
                styles[key] = len(objects)
                objects.append(key)
            out.append((cell.value, styles[key]))
        while out and out[-1] == (None, -1):
            out.pop()
        rows.append(out)
    wb.close()
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
    heights = {int(r): float(h) for r, h in _HEIGHT.findall(sheet)}
    merges = [m.decode() for m in _MERGE.findall(sheet)]
    widths = {}
    for col in _COL.findall(sheet):
        attributes = dict(_ATTRIBUTE.findall(col))
        if b"width" in attributes:
            widths[int(attributes[b"min"])] = float(attributes[b"width"])
    return {"title": ws.title, "rows": rows, "styles": objects, "heights": heights, "merges": merges,
            "widths": widths}


def bare_writer(plan: dict[str, Any], path: Path, *, styled: bool = True, shared: bool = False) -> None:
    """The baseline: openpyxl's write-only workbook writing the same cells. Styled: each cell a
    WriteOnlyCell given the same font, border, alignment and number format (the style objects
    made once, as anyone writing many rows would), each row its height, the same merged ranges,
    column widths and A4 print settings. `shared`: each distinct style is given to one cell and
    its style record (openpyxl's private `_style`) shared by every other cell of that style,
    which spares openpyxl hashing four style objects per cell. Unstyled: the same values
    appended as plain rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.cell_range import CellRange
    from openpyxl.worksheet.properties import PageSetupProperties

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(plan["title"])
    if not styled:
        for row in plan["rows"]:
            ws.append([value for value, _ in row])
        wb.save(path)
        return
    for column, width in plan["widths"].items():
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.page_setup.paperSize = "9"   # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins.left, ws.page_margins.right = 30 / 25.4, 15 / 25.4
    ws.page_margins.top = ws.page_margins.bottom = 20 / 25.4
    ws.print_title_rows = "1:1"
    styles = plan["styles"]
    heights = plan["heights"]
    records: dict[int, Any] = {}
    for number, row in enumerate(plan["rows"], start=1):
        if number in heights:
            ws.row_dimensions[number].height = heights[number]
        cells = []
        for value, style in row:
            cell = WriteOnlyCell(ws, value)
            if shared and style in records:
                cell._style = records[style]
            elif style >= 0:
                font, border, alignment, number_format = styles[style]
                cell.font = font
                cell.border = border
                cell.alignment = alignment
                if number_format and number_format != "General":
                    cell.number_format = number_format
                if shared:
                    records[style] = cell._style
            cells.append(cell)
        ws.append(cells)
    for ref in plan["merges"]:
        ws.merged_cells.add(CellRange(ref))
    wb.save(path)


# ---------------------------------------------------------------------------------------------
# Fresh processes, for peak memory
# ---------------------------------------------------------------------------------------------

_CHILD = PEAK_MEMORY_CODE + """
import pickle, sys, time
sys.path.insert(0, {root!r})
what, source, target = sys.argv[1:4]
start = time.perf_counter()
if what == "ours":
    from desktop_app.exchange.export import ExportOptions, export_file
    from desktop_app.store import open_database
    db = open_database(source, create=False)
    export_file(db, 1, target, ExportOptions())
else:
    from benchmarks.bench_export import bare_writer
    with open(source, "rb") as f:
        plan = pickle.load(f)
    start = time.perf_counter()   # loading the cells is not the writer's work
    bare_writer(plan, __import__("pathlib").Path(target))
print("seconds", time.perf_counter() - start)
print("maxrss_kb", _peak_kb())
"""


def in_child(what: str, source: Path, target: Path) -> tuple[float, float]:
    """(seconds, peak MB) of one export in a fresh interpreter. The baseline's peak includes the
    cells it was given (loaded before it starts writing)."""
    code = _CHILD.replace("{root!r}", repr(str(ROOT)))
    done = subprocess.run([sys.executable, "-c", code, what, str(source), str(target)],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    values = dict(line.split() for line in done.stdout.splitlines() if line.split()[0] in ("seconds", "maxrss_kb"))
    return float(values["seconds"]), int(values["maxrss_kb"]) / 1024


def _baseline_memory(plan_file: Path) -> float:
    """Peak MB of a fresh interpreter that only loads the cells (to subtract from the baseline's)."""
    code = (PEAK_MEMORY_CODE + f"import pickle, sys; sys.path.insert(0, {str(ROOT)!r}); import openpyxl\n"
            f"plan = pickle.load(open({str(plan_file)!r}, 'rb'))\n"
            "print(_peak_kb())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return int(out.split()[-1]) / 1024


# ---------------------------------------------------------------------------------------------


def run(ctx: Context) -> Section:
    from desktop_app.exchange.export import ExportOptions, export_file
    from desktop_app.store import open_database

    sizes = QUICK_SIZES if ctx.quick else SIZES
    section = Section(
        title=TITLE,
        intro="`exchange.export.export_file(db, conference, path.xlsx, ExportOptions(kind=signin))` on the demo "
              "conference (`hoinghi demo --attendees N`), as the export dialog and `hoinghi export` run it: the "
              "people read in protocol order under their sections, the Decree 30 layout (header block, title, "
              "table with a header row repeated on every page, section rows, a height for every row from the "
              "width of its texts, the count, the date line and the signature blocks), A4 print settings, "
              "written through a temporary file that is synced and renamed. Wall time in this process, "
              "alternating with the baselines; then each once in a fresh process for its peak memory "
              "(the peak resident size of its own address space, `VmHWM`).",
        baseline="openpyxl's write-only workbook writing **the same cells**: the values, fonts, borders, "
                 "alignments and number formats of every cell of the program's own file (read back from it "
                 "beforehand, not timed), each cell a `WriteOnlyCell` given its style objects (made once and "
                 "shared), the same row heights, merged ranges, column widths and A4 print settings. The "
                 "baseline starts from ready cells; the program also reads the people from the database and "
                 "lays the sheet out. For transparency, two more: the same styled cells written the fastest "
                 "way openpyxl allows (each style's record made once and shared by its cells, through "
                 "openpyxl's private `_style`, as the program itself does), and the same values with no "
                 "style at all (“unstyled”).",
    )
    for attendees, rounds in sizes:
        source = ctx.demo_database(attendees)
        db = open_database(source, create=False)
        target = ctx.scratch / f"signin-{attendees}.xlsx"
        export_file(db, 1, target, ExportOptions())          # warm-up, and the cells for the baseline
        plan = cells_of(target)
        plan_file = ctx.scratch / f"signin-{attendees}.cells"
        plan_file.write_bytes(pickle.dumps(plan))
        styled_target, plain_target = ctx.scratch / "bare-styled.xlsx", ctx.scratch / "bare-plain.xlsx"
        ours, styled, shared, plain = [], [], [], []
        for _ in range(rounds):
            start = time.perf_counter()
            export_file(db, 1, target, ExportOptions())
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare_writer(plan, styled_target)
            styled.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare_writer(plan, styled_target, shared=True)
            shared.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare_writer(plan, plain_target, styled=False)
            plain.append(time.perf_counter() - start)
            ctx.log(f"{attendees:,}: ours {ours[-1]:.2f} s, bare styled {styled[-1]:.2f} s, style records shared "
                    f"{shared[-1]:.2f} s, unstyled {plain[-1]:.2f} s")
        db.close()
        _, our_peak = in_child("ours", source, ctx.scratch / "child-ours.xlsx")
        _, base_peak = in_child("bare", plan_file, ctx.scratch / "child-bare.xlsx")
        cells_peak = _baseline_memory(plan_file)
        o, b = Stats.of(ours), Stats.of(styled)
        section.rows += [
            Row(f"{attendees:,} attendees", o, b, unit="s", target="ratio ≤ 1.5",
                passed=o.p50 / b.p50 <= TARGET_RATIO),
            Row(f"{attendees:,} attendees, against styled cells sharing style records", o, Stats.of(shared),
                unit="s"),
            Row(f"{attendees:,} attendees, against unstyled values", o, Stats.of(plain), unit="s"),
            Row(f"{attendees:,} attendees, peak memory of the process", Stats.of(our_peak), Stats.of(base_peak),
                unit="MB", note=f"the baseline's process holds the {len(plan['rows']):,} rows of cells it is "
                                f"given ({cells_peak:.0f} MB with nothing written)"),
        ]
        section.notes.append(
            f"{attendees:,}: target {'met' if o.p50 / b.p50 <= TARGET_RATIO else 'missed'} ({o.p50 / b.p50:.2f}×). "
            f"Against the fastest styled writer {o.p50 / Stats.of(shared).p50:.2f}×, against unstyled values "
            f"{o.p50 / Stats.of(plain).p50:.2f}×: the program shares style records as that writer does; what it "
            "adds is reading the people, laying the sheet out and measuring each long text for its row's height, "
            "and a file synced to disk before it replaces the old one. The rest, in both, is openpyxl's work for "
            "each cell (a cell object, its style record looked up, its XML element written).")
        section.notes.append(f"{attendees:,}: {len(plan['rows']):,} sheet rows, {len(plan['merges'])} merged ranges, "
                             f"{len(plan['styles'])} distinct cell styles, file {target.stat().st_size / 1e6:.1f} MB")
    return section
