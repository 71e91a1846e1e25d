"""What the print dialogs share: read the people on a worker, then show Qt's print preview, print
through Qt's print dialog, or save a PDF on a worker. The pages are drawn by the same printing/
functions as the PDF files, on A4 in the printout's orientation.

A subclass says what to read (`load_job`), how to draw it (`paint`), in which orientation, and
how to write its PDF (`pdf_job`)."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import HoinghiError
from desktop_app.domain.signin import Orientation
from desktop_app.messages import describe
from desktop_app.printing.pages import a4_layout
from desktop_app.ui.common.preferences import Preferences
from desktop_app.ui.common.session import Session
from desktop_app.ui.common.workers import Job, Task, TaskRun, run_with_progress

PREVIEW_SIZE = (1180, 700)     # fits a 1366 × 768 screen


def make_printer(orientation: Orientation, title: str) -> QPrinter:
    """A high-resolution printer on A4 in `orientation`, the way the printouts are laid out."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout(orientation))
    printer.setDocName(title)
    printer.setCreator("hoinghi")
    return printer


def printer_orientation(printer: QPrinter) -> Orientation:
    from PySide6.QtGui import QPageLayout

    landscape = printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    return Orientation.LANDSCAPE if landscape else Orientation.PORTRAIT


class PaperDialog(QDialog):
    """The Preview, Print and Save as PDF buttons over a subclass's choices (`self.body`)."""

    def __init__(self, parent: QWidget | None, session: Session, conference_id: int, prefs: Preferences) -> None:
        super().__init__(parent)
        self.session = session
        self.conference_id = conference_id
        self.prefs = prefs
        self.task_run: TaskRun | None = None
        self.pages = 0                       # pages drawn by the last preview or print
        self.body = QVBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("paper_status")
        self.status.setWordWrap(True)
        self.status.setOpenExternalLinks(True)
        self.written: Path | None = None
        self.buttons = QDialogButtonBox(self)
        self.preview_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        for button in (self.print_button, self.pdf_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.preview_button.setText(self.tr("Pre&view…"))
        self.print_button.setText(self.tr("&Print…"))
        self.pdf_button.setText(self.tr("Save as P&DF…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- for subclasses --------------------------------------------------------------------------------

    def load_job(self) -> Job:
        raise NotImplementedError

    def paint(self, printer: QPrinter, data: Any) -> int:
        raise NotImplementedError

    def orientation(self) -> Orientation:
        raise NotImplementedError

    def document_title(self) -> str:
        raise NotImplementedError

    def pdf_job(self, path: Path) -> Job:
        raise NotImplementedError

    def pdf_name(self) -> str:
        raise NotImplementedError

    # -- the three ways out ------------------------------------------------------------------------------

    def _with_data(self, then: Any) -> None:
        if self.session.path is None:
            return
        task = Task(self.session.path, self.load_job(), desk=self.session.desk)
        self.task_run = run_with_progress(self, task, title=self.windowTitle(), label=self.tr("Reading the list…"),
                                          on_done=then)

    def preview(self) -> None:
        self._with_data(self._show_preview)

    def _show_preview(self, data: Any) -> None:
        printer = make_printer(self.orientation(), self.document_title())
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setObjectName("print_preview")
        dialog.setWindowTitle(self.tr("Print preview — {title}").format(title=self.document_title()))
        dialog.resize(*PREVIEW_SIZE)
        dialog.paintRequested.connect(lambda device: self._paint(device, data))
        self.preview_dialog = dialog
        dialog.exec()

    def print_(self) -> None:
        self._with_data(self._print_with_dialog)

    def _print_with_dialog(self, data: Any) -> None:
        printer = make_printer(self.orientation(), self.document_title())
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("print_dialog")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self._paint(printer, data):
            self.status.setText(self.tr("Sent to the printer: {pages} pages.").format(pages=self.pages))

    def _paint(self, printer: QPrinter, data: Any) -> bool:
        try:
            self.pages = self.paint(printer, data)
        except HoinghiError as error:
            QMessageBox.warning(self, self.windowTitle(), describe(error))
            return False
        return True

    def save_pdf(self) -> None:
        from desktop_app.ui.common.data_folder import remembered_folder

        folder = remembered_folder(self.prefs.view_option("export/folder", ""), self.session.path)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), str(folder / self.pdf_name()),
                                              self.tr("PDF files (*.pdf)"))
        if not name or self.session.path is None:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        self.prefs.set_view_option("export/folder", str(path.parent))
        task = Task(self.session.path, self.pdf_job(path), desk=self.session.desk)
        self.task_run = run_with_progress(self, task, title=self.tr("Save as PDF"),
                                          label=self.tr("Writing {name}…").format(name=path.name),
                                          on_done=self._on_pdf_written)

    def _on_pdf_written(self, result: Any) -> None:
        self.written = Path(result.path)
        link = QUrl.fromLocalFile(str(self.written)).toString()
        self.status.setText(self.tr("Written: {path} ({pages} pages). <a href=\"{link}\">Open it</a>").format(
            path=escape(str(self.written)), pages=result.pages, link=escape(link)))
