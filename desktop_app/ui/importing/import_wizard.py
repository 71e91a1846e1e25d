"""The import wizard: choose the file → its sheet → which column holds what → (legacy text) how to
read it → a dry run with every problem shown → the import itself, on a worker with a progress
bar and Cancel (nothing is written when cancelled) → the report.

    wizard = ImportWizard(window, window.session, conference_id, path=None, prefs=window.prefs)
    wizard.imported.connect(...)   # the ImportReport, after people were written
    wizard.open()
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget, QWizard

from desktop_app.exchange.decoding import EncodingChoice
from desktop_app.exchange.import_report import ImportOptions, ImportReport, SectionChoice
from desktop_app.exchange.overview import SheetSummary, SheetTop
from desktop_app.exchange.reading import TablePreview
from desktop_app.exchange.table import Field
from desktop_app.ui.common.preferences import Preferences
from desktop_app.ui.common.session import Session

IMPORTABLE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv", ".txt", ".docx")


@dataclass
class ImportState:
    """What the person chose so far, and what the file told us."""

    path: Path | None = None
    summaries: list[SheetSummary] = field(default_factory=list)
    found: TablePreview | None = None          # the table found automatically (None: no header found)
    sheet: str = ""
    top: SheetTop | None = None                # the top rows of the chosen sheet
    header_row: int | None = None
    columns: dict[Field, int] = field(default_factory=dict)
    detected: str = "unicode"                  # the encoding automatic detection finds in the sheet
    encoding: EncodingChoice = EncodingChoice.AUTO
    encoding_asked: bool = False               # the person asked to choose the encoding
    section_choices: dict[int, SectionChoice] = field(default_factory=dict)   # heading row -> chosen
    preview: ImportReport | None = None        # the dry run
    result: ImportReport | None = None         # the import

    def detected_layout(self) -> tuple[int, dict[Field, int]] | None:
        if self.found is None or self.found.sheet != self.sheet:
            return None
        return self.found.layout.header_row, dict(self.found.layout.columns)

    def options(self, *, dry_run: bool) -> ImportOptions:
        """The import's options. A mapping left as found is passed as "find it", so the import
        reads the header exactly as its detection does (labels in legacy fonts included)."""
        as_found = self.detected_layout() == (self.header_row, self.columns)
        return ImportOptions(sheet=self.sheet or None, encoding=self.encoding, header_row=self.header_row,
                             columns=None if as_found else dict(self.columns), dry_run=dry_run,
                             keep_rows=dry_run, section_choices=dict(self.section_choices))


def is_importable(path: Path) -> bool:
    return path.suffix.lower() in IMPORTABLE_SUFFIXES


class ImportWizard(QWizard):
    FILE, SHEET, COLUMNS, ENCODING, PREVIEW, RESULT = range(6)

    imported = Signal(object)            # ImportReport: people were written

    def __init__(self, parent: QWidget | None, session: Session, conference_id: int,
                 path: Path | None = None, prefs: Preferences | None = None) -> None:
        super().__init__(parent)
        from desktop_app.ui.importing.import_columns_page import ColumnsPage
        from desktop_app.ui.importing.import_encoding_page import EncodingPage
        from desktop_app.ui.importing.import_file_pages import FilePage, SheetPage
        from desktop_app.ui.importing.import_preview_page import PreviewPage
        from desktop_app.ui.importing.import_result_page import ResultPage

        self.setObjectName("import_wizard")
        self.session = session
        self.prefs = prefs
        self.conference_id = conference_id
        conference = session.conference()
        self.conference_title = conference.title if conference is not None else ""
        self.state = ImportState()
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.columns_page = ColumnsPage(self)
        self.encoding_page = EncodingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in ((self.FILE, self.file_page), (self.SHEET, self.sheet_page),
                              (self.COLUMNS, self.columns_page), (self.ENCODING, self.encoding_page),
                              (self.PREVIEW, self.preview_page), (self.RESULT, self.result_page)):
            self.setPage(page_id, page)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setAcceptDrops(True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(1060, 700)   # fits a 1366 × 768 screen with the taskbar
        self.retranslate()
        if path is not None:
            self.file_page.load(Path(path))

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import an invite list"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        for page in (self.file_page, self.sheet_page, self.columns_page, self.encoding_page,
                     self.preview_page, self.result_page):
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- files dropped on the wizard ---------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.currentId() in (self.FILE, -1) and dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event)
        if path is not None and self.currentId() in (self.FILE, -1):
            event.acceptProposedAction()
            self.file_page.load(path)

    # -- closing -----------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel stops a running import first (it rolls back); the wizard closes only once
        nothing is running any more, so no half-done work is left behind."""
        if self.result_page.running:
            self.result_page.stop()
            return
        for page in (self.file_page, self.columns_page, self.encoding_page, self.preview_page):
            page.runner.abandon()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result_page.running:
            self.result_page.stop()
            event.ignore()
            return
        super().closeEvent(event)

    def import_done(self, report: ImportReport) -> None:
        self.state.result = report
        self.session.changed()
        self.imported.emit(report)


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local spreadsheet file being dragged, if that is what it is."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1:
        return None
    path = Path(urls[0].toLocalFile())
    return path if is_importable(path) else None
