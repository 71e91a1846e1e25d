"""Printouts of a conference as PDF files, read from the store: the sign-in sheet (or a blank
one), the attendance report, the full list, name cards and badges. The window's print dialog
calls the `paint_*` functions on its QPrinter instead; the command line and the export dialog call these.

    export_signin_pdf(db, conference_id, "ky_ten.pdf", SheetOptions(blank_rows=30))
    export_report_pdf(db, conference_id, "diem_danh.pdf", "attendance", SheetOptions())
    export_cards_pdf(db, conference_id, "the.pdf", CardOptions(CardKind.BADGE))
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.badges import with_roles
from desktop_app.domain.progress import CancelCheck, Monitor, ProgressCallback
from desktop_app.domain.reports import attendance_sheet, full_list_sheet
from desktop_app.domain.signin import SheetOptions
from desktop_app.printing.cards import CardOptions, write_cards_pdf
from desktop_app.printing.signin_pdf import write_signin_pdf
from desktop_app.store.attendees import list_attendees
from desktop_app.store.conferences import get_conference
from desktop_app.store.engine import Database
from desktop_app.store.lists import section_id_at, signin_sheet
from desktop_app.store.sections import list_sections
from desktop_app.store.stats import conference_stats


@dataclass(frozen=True)
class PdfResult:
    path: Path
    pages: int
    rows: int                 # people (or blank rows) printed


def export_signin_pdf(db: Database, conference_id: int, path: str | os.PathLike[str],
                      options: SheetOptions | None = None, *, progress: ProgressCallback | None = None,
                      cancelled: CancelCheck | None = None) -> PdfResult:
    monitor = Monitor(progress, cancelled)
    monitor.stage("reading")
    sheet = signin_sheet(db, conference_id, options or SheetOptions())
    pages = write_signin_pdf(sheet, path, monitor)
    return PdfResult(Path(path), pages, len(sheet.rows))


def export_report_pdf(db: Database, conference_id: int, path: str | os.PathLike[str], kind: str,
                      options: SheetOptions | None = None, *, with_contacts: bool = False,
                      progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None) -> PdfResult:
    """The attendance report (`kind` "attendance": everyone, by section, present or not, with the
    counts) or the full list ("full": landscape, codes, phones if asked, arrival, notes)."""
    options = options or SheetOptions()
    monitor = Monitor(progress, cancelled)
    monitor.stage("reading")
    conference = get_conference(db, conference_id)
    sections = list_sections(db, conference_id)
    if kind == "attendance":
        people = list_attendees(db, conference_id)
        sheet = attendance_sheet(conference, sections, people, conference_stats(db, conference_id),
                                 header_block=options.header_block, counts=options.section_counts)
    else:
        section = options.section_position
        section_id = section_id_at(db, conference_id, section) if section is not None else None
        people = list_attendees(db, conference_id, order=options.order, section_id=section_id)
        sheet = full_list_sheet(conference, sections, people, with_contacts=with_contacts,
                                header_block=options.header_block, counts=options.section_counts)
    pages = write_signin_pdf(sheet, path, monitor)
    return PdfResult(Path(path), pages, len(sheet.rows))


def export_cards_pdf(db: Database, conference_id: int, path: str | os.PathLike[str],
                     options: CardOptions | None = None, *, progress: ProgressCallback | None = None,
                     cancelled: CancelCheck | None = None) -> PdfResult:
    options = options or CardOptions()
    monitor = Monitor(progress, cancelled)
    monitor.stage("reading")
    conference = get_conference(db, conference_id)
    section = options.section_position
    section_id = section_id_at(db, conference_id, section) if section is not None else None
    people = with_roles(list_attendees(db, conference_id, section_id=section_id), list_sections(db, conference_id))
    pages = write_cards_pdf(conference, people, path, options.kind, monitor)
    return PdfResult(Path(path), pages, len(people))
