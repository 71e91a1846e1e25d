"""Printing the sign-in sheet, or a blank one for walk-ins: the sheet's choices, then Qt's print
preview (switching its orientation lays the sheet out again for that paper), a printer, or a
PDF. Drawn by printing.signin_pdf.paint_signin_sheet, like the PDF files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop_app.domain.models import Attendee, Conference, Section
from desktop_app.domain.signin import Orientation, SheetOptions, Substitutions, build_sheet
from desktop_app.store.sections import list_sections
from desktop_app.ui.common.preferences import Preferences
from desktop_app.ui.common.session import Session
from desktop_app.ui.common.workers import Job
from desktop_app.ui.paper.paper_dialog import PaperDialog, printer_orientation
from desktop_app.ui.paper.sheet_options_box import SheetOptionsBox

SheetData = tuple[Conference, list[Section], list[Attendee], SheetOptions, Substitutions]


def sheet_data_job(conference_id: int, options: SheetOptions) -> Job:
    """Read what the sheet prints (on a worker): the conference, its sections, its people."""
    def job(db: Any, _progress: Any) -> SheetData:
        from desktop_app.store.attendees import list_attendees
        from desktop_app.store.conferences import get_conference
        from desktop_app.store.lists import section_id_at, substitutions

        people: list[Attendee] = []
        if options.blank_rows <= 0:
            section = options.section_position
            section_id = section_id_at(db, conference_id, section) if section is not None else None
            people = list_attendees(db, conference_id, order=options.order, section_id=section_id)
        return (get_conference(db, conference_id), list_sections(db, conference_id), people, options,
                substitutions(db, conference_id))

    return job


class PrintDialog(PaperDialog):
    def __init__(self, parent: QWidget | None, session: Session, conference_id: int, prefs: Preferences,
                 *, blank: bool = False) -> None:
        super().__init__(parent, session, conference_id, prefs)
        self.setObjectName("print_dialog_signin")
        conference = session.conference()
        sections = list_sections(session.db, conference_id) if session.db is not None else []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.box = QGroupBox(self)
        self.sheet = SheetOptionsBox(self.box, conference, sections, blank=blank)
        QVBoxLayout(self.box).addWidget(self.sheet)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.box)
        self.setMinimumWidth(620)
        self.sheet.blank.toggled.connect(lambda _on: self.retranslate())
        self.retranslate()
        if blank:
            self.sheet.blank_rows.setFocus()   # the one thing to decide for a blank sheet

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Print a blank sign-in sheet") if self.sheet.blank.isChecked()
                            else self.tr("Print the sign-in sheet"))
        self.box.setTitle(self.tr("The sheet"))
        self.intro.setText(self.tr("A4, Decree 30/2020 layout: header row on every page, rows tall enough to "
                                   "sign, page numbers from page 2. The preview shows it exactly as it prints."))

    def options(self) -> SheetOptions:
        return self.sheet.options()

    # -- PaperDialog ----------------------------------------------------------------------------------

    def load_job(self) -> Job:
        return sheet_data_job(self.conference_id, self.options())

    def orientation(self) -> Orientation:
        return self.sheet.orientation

    def document_title(self) -> str:
        return self.tr("Blank sign-in sheet") if self.sheet.blank.isChecked() else self.tr("Sign-in sheet")

    def paint(self, printer: QPrinter, data: Any) -> int:
        from desktop_app.printing.signin_pdf import paint_signin_sheet

        conference, sections, people, options, subs = data
        # The preview's Portrait/Landscape buttons change the printer: lay the sheet out for it.
        options = replace(options, orientation=printer_orientation(printer))
        sheet = build_sheet(conference, sections, people, options, subs)
        pages = paint_signin_sheet(sheet, printer)
        rows = len(sheet.rows)
        text = self.tr("%Ln rows on one page.", "", rows) if pages == 1 else self.tr("%Ln rows on {pages} pages.", "",
                                                                                      rows)
        self.status.setText(text.format(pages=pages))
        return pages

    def pdf_job(self, path: Path) -> Job:
        options = self.options()
        conference_id = self.conference_id

        def job(db: Any, progress: Any) -> Any:
            from desktop_app.printing.export import export_signin_pdf

            return export_signin_pdf(db, conference_id, path, options, progress=lambda _s, d, t: progress.report(d, t),
                                     cancelled=lambda: progress.cancelled)

        return job

    def pdf_name(self) -> str:
        return f"{self.document_title()}.pdf"
