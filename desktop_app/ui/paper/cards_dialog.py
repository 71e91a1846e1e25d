"""Badges (with the attendee's QR code, eight to an A4 sheet with cut marks) and name cards (biển
tên: folded, one per A4 landscape sheet, or two per sheet), for everyone or one section: Qt's
print preview, a printer, or a PDF. Drawn by printing.cards.paint_cards, like the PDF files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.models import Attendee, Conference
from desktop_app.domain.sections import numbered_title
from desktop_app.domain.signin import Orientation, bare_title
from desktop_app.printing.cards import CardKind, CardOptions
from desktop_app.store.sections import list_sections
from desktop_app.ui.common.labels import number
from desktop_app.ui.common.preferences import Preferences
from desktop_app.ui.common.session import Session
from desktop_app.ui.common.workers import Job
from desktop_app.ui.paper.paper_dialog import PaperDialog

CardData = tuple[Conference, list[Attendee], CardKind]


class CardsDialog(PaperDialog):
    def __init__(self, parent: QWidget | None, session: Session, conference_id: int, prefs: Preferences) -> None:
        super().__init__(parent, session, conference_id, prefs)
        self.setObjectName("cards_dialog")
        self.kind_box = QGroupBox(self)
        self.kinds = {kind: QRadioButton(self.kind_box) for kind in CardKind}
        self.kind_group = QButtonGroup(self)
        kind_layout = QVBoxLayout(self.kind_box)
        for kind, radio in self.kinds.items():
            radio.setObjectName(f"card_{kind}")
            self.kind_group.addButton(radio)
            kind_layout.addWidget(radio)
        self.kinds[CardKind.BADGE].setChecked(True)
        self.section = QComboBox(self)
        self.section.setObjectName("section")
        self.sections = list_sections(session.db, conference_id) if session.db is not None else []
        self.section_label = QLabel(self)
        self.section_label.setBuddy(self.section)
        form = QFormLayout()
        form.addRow(self.section_label, self.section)
        self.body.addWidget(self.kind_box)
        self.body.addLayout(form)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Badges and name cards"))
        self.kind_box.setTitle(self.tr("What to print"))
        self.kinds[CardKind.BADGE].setText(self.tr("&Badges with a QR code of the attendee's code: 8 per A4 "
                                                   "sheet, with cut marks"))
        self.kinds[CardKind.FOLDED].setText(self.tr("&Name cards to fold into a tent: one per A4 landscape sheet"))
        self.kinds[CardKind.HALF].setText(self.tr("Name cards, &two per A4 landscape sheet, to cut in half"))
        self.section_label.setText(self.tr("&For:"))
        current = self.section.currentData()
        self.section.clear()
        self.section.addItem(self.tr("Everyone on the list"), None)
        for position, s in enumerate(sorted(self.sections, key=lambda s: (s.position, s.id)), start=1):
            self.section.addItem(numbered_title(position, bare_title(s.title)), position)
        self.section.setCurrentIndex(max(0, self.section.findData(current)))

    @property
    def kind(self) -> CardKind:
        return next(k for k, radio in self.kinds.items() if radio.isChecked())

    def card_options(self) -> CardOptions:
        return CardOptions(self.kind, self.section.currentData())

    # -- PaperDialog ----------------------------------------------------------------------------------

    def load_job(self) -> Job:
        conference_id, options = self.conference_id, self.card_options()

        def job(db: Any, _progress: Any) -> CardData:
            from desktop_app.domain.badges import with_roles
            from desktop_app.store.attendees import list_attendees
            from desktop_app.store.conferences import get_conference
            from desktop_app.store.lists import section_id_at
            from desktop_app.store.sections import list_sections

            section = options.section_position
            section_id = section_id_at(db, conference_id, section) if section is not None else None
            people = with_roles(list_attendees(db, conference_id, section_id=section_id),
                                list_sections(db, conference_id))
            return get_conference(db, conference_id), people, options.kind

        return job

    def orientation(self) -> Orientation:
        return Orientation.PORTRAIT if self.kind is CardKind.BADGE else Orientation.LANDSCAPE

    def document_title(self) -> str:
        return self.tr("Badges") if self.kind is CardKind.BADGE else self.tr("Name cards")

    def paint(self, printer: QPrinter, data: Any) -> int:
        from desktop_app.printing.cards import paint_cards

        conference, people, kind = data
        pages = paint_cards(conference, people, printer, kind)
        self.status.setText(self.tr("{people} people on {pages} pages.").format(people=number(len(people)),
                                                                                pages=pages))
        return pages

    def pdf_job(self, path: Path) -> Job:
        conference_id, options = self.conference_id, self.card_options()

        def job(db: Any, progress: Any) -> Any:
            from desktop_app.printing.export import export_cards_pdf

            return export_cards_pdf(db, conference_id, path, options, progress=lambda _s, d, t: progress.report(d, t),
                                    cancelled=lambda: progress.cancelled)

        return job

    def pdf_name(self) -> str:
        return f"{self.document_title()}.pdf"
