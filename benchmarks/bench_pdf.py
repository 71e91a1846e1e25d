"""The sign-in sheet as a PDF for 1,000 attendees (`printing.export.export_signin_pdf`): seconds
and pages. No target in the issue; the baseline shows what painting the same number of pages of
text costs in Qt at the least."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from benchmarks.harness import Context, Row, Section, Stats

NAME = "pdf"
TITLE = "Sign-in sheet PDF"
ORDER = 60
ATTENDEES = 1_000
ROUNDS = 5
QUICK_ROUNDS = 2


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def bare_pdf(path: Path, texts: list[list[str]], pages: int) -> None:
    """The baseline: QPdfWriter on A4, the same texts drawn in Times New Roman 12 pt, row after row
    in a plain grid, `pages` pages; no layout, no wrapping, no page header."""
    from PySide6.QtCore import QMarginsF, QRectF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(30, 20, 15, 20), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    painter = QPainter(writer)
    painter.setFont(QFont("Times New Roman", 12))
    per_page = -(-len(texts) // pages)
    row_height = 11 / 25.4 * 300
    widths = [10, 45, 35, 40, 25, 10]
    for n, row in enumerate(texts):
        if n and n % per_page == 0:
            writer.newPage()
        y = (n % per_page) * row_height
        x = 0.0
        for text, mm in zip(row, widths, strict=False):
            w = mm / 25.4 * 300
            painter.drawRect(QRectF(x, y, w, row_height))
            painter.drawText(QRectF(x + 10, y, w - 20, row_height), 0x0081, text)   # left, vcenter
            x += w
    painter.end()


def run(ctx: Context) -> Section:
    from desktop_app.printing.export import export_signin_pdf
    from desktop_app.printing.fonts import ensure_application
    from desktop_app.store import open_database
    from desktop_app.store.attendees import list_attendees

    rounds = QUICK_ROUNDS if ctx.quick else ROUNDS
    section = Section(
        title=TITLE,
        intro=f"`printing.export.export_signin_pdf(db, conference, path.pdf)` for the demo conference with "
              f"{ATTENDEES:,} attendees (`hoinghi demo --attendees {ATTENDEES}`): the Decree 30 sign-in sheet "
              "on A4 portrait, header block, sections, texts wrapped into their columns, rows tall enough to "
              "sign in, the table header repeated and the page number on every page after the first, written "
              f"through a temporary file that is synced and renamed. {rounds} rounds in this process (the Qt "
              "application and fonts already loaded), alternating with the baseline; pages counted with "
              "`pdfinfo`.",
        baseline="QPdfWriter drawing the same people's texts (number, name, position, unit) in the same font and "
                 "size into a plain grid of boxes on the same number of A4 pages, with no layout, wrapping or "
                 "headers: what drawing that much text costs in Qt at the least.",
    )
    ensure_application()
    db = open_database(ctx.demo_database(ATTENDEES), create=False)
    target = ctx.scratch / "signin.pdf"
    result = export_signin_pdf(db, 1, target)    # warm-up: fonts, glyph caches
    pages = pdf_pages(target)
    texts = [[str(n), a.full_name, a.position, a.unit_name, "", ""]
             for n, a in enumerate(list_attendees(db, 1), start=1)]
    ours, base = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        export_signin_pdf(db, 1, target)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        bare_pdf(ctx.scratch / "bare.pdf", texts, pages)
        base.append(time.perf_counter() - start)
        ctx.log(f"pdf {ours[-1]:.2f} s, bare {base[-1]:.2f} s")
    db.close()
    section.rows += [
        Row(f"{ATTENDEES:,} attendees", Stats.of(ours), Stats.of(base), unit="s"),
        Row("pages", Stats.of(pages), Stats.of(pdf_pages(ctx.scratch / "bare.pdf")), unit=""),
    ]
    section.notes.append(f"{result.rows:,} rows on {pages} pages, file {target.stat().st_size / 1e6:.1f} MB; "
                         f"{sum(ours) / len(ours) / pages * 1000:.0f} ms a page")
    return section
