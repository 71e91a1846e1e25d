"""Invitations (giấy mời) from the window: for everyone or one section, all in one file or a .zip of
one file per person or per unit, as PDF or filled into a Word template, with the first page
previewed beside the choices. Drawn by printing.invitation_pdf, like the PDF files; read and
written on workers."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.invitation import InvitationOptions
from desktop_app.domain.invitation_files import Split
from desktop_app.domain.sections import numbered_title
from desktop_app.domain.signin import Orientation, bare_title
from desktop_app.messages import describe
from desktop_app.store.sections import list_sections
from desktop_app.ui.common.preferences import Preferences
from desktop_app.ui.common.session import Session
from desktop_app.ui.common.workers import Job, JobRunner, Task, run_with_progress
from desktop_app.ui.paper.paper_dialog import PaperDialog, make_printer


def pages_job(conference_id: int, options: InvitationOptions) -> Job:
    def job(db: Any, _progress: Any) -> list:
        from desktop_app.store.invitations import invitation_pages

        return invitation_pages(db, conference_id, options, today=date.today())

    return job


class InvitationsDialog(PaperDialog):
    def __init__(self, parent: QWidget | None, session: Session, conference_id: int, prefs: Preferences) -> None:
        super().__init__(parent, session, conference_id, prefs)
        self.setObjectName("invitations_dialog")
        self.data: list = []
        self.sections = list_sections(session.db, conference_id) if session.db is not None else []
        self.section, self.split, self.kind = QComboBox(self), QComboBox(self), QComboBox(self)
        for name, combo in (("section", self.section), ("split", self.split), ("kind", self.kind)):
            combo.setObjectName(name)
        self.template = QLineEdit(self)
        self.template.setObjectName("template")
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.signed = QCheckBox(self)
        self.with_units = QCheckBox(self)
        self.with_units.setChecked(True)
        self.labels = [QLabel(self) for _ in range(4)]
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.browse)
        form = QFormLayout()
        for label, field in zip(self.labels, (self.section, self.split, self.kind, template_row), strict=True):
            form.addRow(label, field)
        form.addRow(self.signed)
        form.addRow(self.with_units)
        self.units_button = QPushButton(self)
        self.units_button.setObjectName("units_button")
        self.units_button.clicked.connect(self._on_units_clicked)
        form.addRow(self.units_button)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        choices = QVBoxLayout()
        choices.addLayout(form)
        choices.addWidget(self.hint)
        choices.addStretch(1)
        # The widget does not own its printer: kept here, or Python frees it under the widget.
        self.preview_printer = make_printer(Orientation.PORTRAIT, "Giấy mời")
        self.preview_widget = QPrintPreviewWidget(self.preview_printer, self)
        self.preview_widget.setObjectName("invitation_preview")
        self.preview_widget.setMinimumSize(320, 440)
        self.preview_widget.paintRequested.connect(self._paint_first_page)
        row = QHBoxLayout()
        row.addLayout(choices, 1)
        row.addWidget(self.preview_widget, 1)
        self.body.addLayout(row)
        self.loader = JobRunner(self)
        self.loader.succeeded.connect(self._on_loader_succeeded)
        self.loader.failed.connect(lambda error: self.status.setText(describe(error)))
        self.retranslate()
        self.section.currentIndexChanged.connect(lambda _i: self.reload())
        for combo in (self.split, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self._on_choice_changed())
        for box in (self.signed, self.with_units):
            box.toggled.connect(lambda _on: self.reload())
        self._on_choice_changed()
        self.resize(940, 640)        # fits 1024 × 768
        self.reload()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Invitations"))
        self.pdf_button.setText(self.tr("&Save…"))
        for label, text in zip(self.labels, (self.tr("&For:"), self.tr("&Files:"), self.tr("F&ormat:"),
                                             self.tr("Word &template:")), strict=True):
            label.setText(text)
        self.labels[0].setBuddy(self.section)
        self.labels[1].setBuddy(self.split)
        self.labels[2].setBuddy(self.kind)
        self.labels[3].setBuddy(self.template)
        self.browse.setText(self.tr("&Browse…"))
        self.template.setPlaceholderText(self.tr("the shipped Decree 30 template"))
        self.signed.setText(self.tr("Print “(đã ký)” in the signing space"))
        self.units_button.setText(self.tr("U&nits invited without names…"))
        self.with_units.setText(self.tr("Units invited without names get an invitation too"))
        self.hint.setText(self.tr("One A4 page each, Decree 30 layout, with the person's QR code and code: the "
                                  "desk scans it to check them in. The preview shows the first page."))
        _refill(self.section, [(self.tr("Everyone invited"), None)] + [
            (numbered_title(p, bare_title(s.title)), p)
            for p, s in enumerate(sorted(self.sections, key=lambda s: (s.position, s.id)), start=1)])
        _refill(self.split, [(self.tr("All in one file"), Split.NONE),
                             (self.tr("One file per person, in a .zip"), Split.PERSON),
                             (self.tr("One file per unit, in a .zip"), Split.UNIT)])
        _refill(self.kind, [(self.tr("PDF"), "pdf"), (self.tr("Word (.docx)"), "docx")])

    def options(self) -> InvitationOptions:
        return InvitationOptions(section_position=self.section.currentData(), signed=self.signed.isChecked(),
                                 with_units=self.with_units.isChecked())

    def _on_choice_changed(self) -> None:
        word = self.kind.currentData() == "docx"
        self.template.setEnabled(word)
        self.browse.setEnabled(word)
        self.print_button.setEnabled(not word)

    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Word template"), self.template.text(),
                                              self.tr("Word documents (*.docx)"))
        if name:
            self.template.setText(name)

    def _on_units_clicked(self) -> None:
        from desktop_app.ui.paper.invited_units_dialog import InvitedUnitsDialog

        if self.session.db is None:
            return
        dialog = InvitedUnitsDialog(self, self.session.db, self.conference_id)
        dialog.finished.connect(lambda _result: self.reload())
        dialog.open()

    # -- the preview ---------------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.session.path is not None:
            self.loader.request(Task(self.session.path, self.load_job(), desk=self.session.desk))

    def _on_loader_succeeded(self, pages: list) -> None:
        self.data = pages
        people = sum(1 for p in pages if p.code)
        self.status.setText(self.tr("Pages: {pages} (for people: {people}; for units invited without names: {units}).")
                            .format(people=people, units=len(pages) - people, pages=len(pages)))
        self.preview_widget.updatePreview()
        self.preview_widget.fitInView()

    def _paint_first_page(self, printer: QPrinter) -> None:
        from desktop_app.printing.invitation_pdf import paint_invitations

        if self.data:
            paint_invitations(self.data[:1], printer)

    # -- PaperDialog ----------------------------------------------------------------------------------

    def load_job(self) -> Job:
        return pages_job(self.conference_id, self.options())

    def orientation(self) -> Orientation:
        return Orientation.PORTRAIT

    def document_title(self) -> str:
        return self.tr("Invitations")

    def paint(self, printer: QPrinter, data: Any) -> int:
        from desktop_app.printing.invitation_pdf import paint_invitations

        return paint_invitations(data, printer)

    def pdf_name(self) -> str:
        return "giay_moi"

    def save_pdf(self) -> None:
        """Save as the choices say: a .pdf, a .docx, or a .zip of either."""
        from desktop_app.ui.common.data_folder import remembered_folder

        split, kind = Split(self.split.currentData()), self.kind.currentData()
        suffix = ".zip" if split is not Split.NONE else f".{kind}"
        folder = remembered_folder(self.prefs.view_option("export/folder", ""), self.session.path)
        kinds = {".pdf": self.tr("PDF files (*.pdf)"), ".docx": self.tr("Word documents (*.docx)"),
                 ".zip": self.tr("Zip archives (*.zip)")}
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the invitations"),
                                              str(folder / (self.pdf_name() + suffix)), kinds[suffix])
        if not name or self.session.path is None:
            return
        path = Path(name) if name.lower().endswith(suffix) else Path(name + suffix)
        self.prefs.set_view_option("export/folder", str(path.parent))
        task = Task(self.session.path, self.save_job(path, split, kind), desk=self.session.desk)
        self.task_run = run_with_progress(self, task, title=self.tr("Save the invitations"),
                                          label=self.tr("Writing {name}…").format(name=path.name),
                                          on_done=self._on_pdf_written)

    def save_job(self, path: Path, split: Split, kind: str) -> Job:
        conference_id, options = self.conference_id, self.options()
        template = self.template.text().strip() or None

        def job(db: Any, progress: Any) -> Any:
            report = {"progress": lambda _s, d, t: progress.report(d, t), "cancelled": lambda: progress.cancelled}
            if kind == "pdf":
                from desktop_app.printing.invitations import export_invitations_pdf

                return export_invitations_pdf(db, conference_id, path, options, split=split, today=date.today(),
                                              **report)
            from desktop_app.exchange.invitations import export_invitations_docx

            return export_invitations_docx(db, conference_id, path, options, split=split, template=template,
                                           today=date.today(), **report)

        return job


def _refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
    """New words for a combo's items, keeping the one chosen."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
