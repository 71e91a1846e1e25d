"""The import wizard's last page: the import itself on a worker, with a progress bar and Cancel
(which rolls everything back: nothing is half-imported), then the report, which can be copied
or saved."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWizard,
)

from desktop_app.domain.errors import Cancelled, HoinghiError
from desktop_app.exchange.import_report import ImportReport
from desktop_app.messages import describe
from desktop_app.ui.common.exchange_labels import stage_label
from desktop_app.ui.common.forms import ERROR_STYLE
from desktop_app.ui.common.job_runner import JobPage
from desktop_app.ui.common.workers import Task, error_text
from desktop_app.ui.importing.import_preview_page import import_job, show_progress
from desktop_app.ui.importing.import_report_text import report_html, report_text

if TYPE_CHECKING:
    from desktop_app.ui.importing.import_wizard import ImportWizard


class ResultPage(JobPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.report: ImportReport | None = None
        self.outcome = ""            # "", "done", "cancelled", "failed"
        self.failure = ""
        self.status = QLabel(self)
        self.status.setObjectName("import_status")
        self.status.setWordWrap(True)
        self.progress_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("import_progress")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("import_report")
        self.browser.setOpenLinks(False)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_report)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_report)
        self.again_button = QPushButton(self)
        self.again_button.clicked.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self._show()

    @property
    def running(self) -> bool:
        return self.runner.running

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("&Copy the report"))
        self.save_button.setText(self.tr("&Save the report…"))
        self.again_button.setText(self.tr("Import &again"))
        self._show()

    # -- the import ------------------------------------------------------------------------------------

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        state = self.owner.state
        assert state.path is not None
        self.report, self.outcome = None, ""
        self.progress.setRange(0, 0)
        self.progress_label.setText(stage_label("reading"))
        job = import_job(self.owner.conference_id, state.path, state.options(dry_run=False), self.runner.reporter())
        self.runner.start(Task(self.owner.session.path or Path(), job, desk=self.owner.session.desk))
        self._show()

    def stop(self) -> None:
        """Cancel: the import stops and rolls back; the page says so when it has."""
        if self.runner.running:
            self.runner.cancel()
            self.status.setText(self.tr("Stopping… nothing of this list will be written."))

    def _on_runner_progressed(self, stage: str, done: int, total: int) -> None:
        show_progress(self.progress, self.progress_label, stage, done, total)

    def _on_runner_succeeded(self, result: object) -> None:
        report, _entries = result  # type: ignore[misc]
        self.report, self.outcome = report, "done"
        self.owner.import_done(report)
        self._show()

    def _on_runner_failed(self, error: object) -> None:
        if isinstance(error, Cancelled):
            self.outcome, self.failure = "cancelled", ""
        else:
            self.outcome = "failed"
            self.failure = describe(error) if isinstance(error, HoinghiError) else error_text(error)
        self._show()

    # -- showing ---------------------------------------------------------------------------------------

    def _show(self) -> None:
        running = self.runner.running
        for widget in (self.progress, self.progress_label):
            widget.setVisible(running)
        self.browser.setVisible(self.outcome == "done")
        for button in (self.copy_button, self.save_button):
            button.setVisible(self.outcome == "done")
        self.again_button.setVisible(self.outcome in ("cancelled", "failed"))
        self.status.setStyleSheet(ERROR_STYLE if self.outcome == "failed" else "")
        title = self.owner.conference_title
        if running:
            self.setTitle(self.tr("Importing"))
            self.setSubTitle(self.tr("Adding the people to “{title}”. Cancel stops the import and leaves the list "
                                     "as it was.").format(title=title))
            self.status.setText(self.tr("Importing {file}…").format(file=escape(self._file_name())))
        elif self.outcome == "done" and self.report is not None:
            self.setTitle(self.tr("Import finished"))
            self.setSubTitle(self.tr("The report below lists every row that was skipped or changed, and why."))
            self.status.setText("")
            self.browser.setHtml(report_html(self.report, title))
        elif self.outcome == "cancelled":
            self.setTitle(self.tr("Import cancelled"))
            self.setSubTitle(self.tr("The import was stopped before it finished."))
            self.status.setText(self.tr("Nothing was written: the conference's list is exactly as it was before."))
        elif self.outcome == "failed":
            self.setTitle(self.tr("Import not done"))
            self.setSubTitle(self.tr("Nothing was written: the conference's list is exactly as it was before."))
            self.status.setText(escape(self.failure))
        self.owner.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, not running and self.outcome != "")
        self.completeChanged.emit()

    def _file_name(self) -> str:
        path = self.owner.state.path
        return path.name if path else ""

    def isComplete(self) -> bool:
        return not self.runner.running and self.outcome != ""

    # -- the report --------------------------------------------------------------------------------------

    def text(self) -> str:
        return report_text(self.report, self.owner.conference_title) if self.report else ""

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.status.setText(self.tr("The report was copied: paste it into an e-mail or a document."))

    def save_report(self) -> None:
        path = self.owner.state.path
        suggested = str(path.with_name(self.tr("{name} - import report.txt").format(name=path.stem))) if path else ""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), suggested,
                                              self.tr("Text files (*.txt);;All files (*)"))
        if not name:
            return
        target = Path(name)
        try:
            target.write_text(self.text(), encoding="utf-8-sig")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save the report"), self.tr(
                "The report could not be saved to {path} ({reason}). Choose another folder.").format(
                path=target, reason=exc.strerror or exc))
            return
        self.status.setText(self.tr("The report was saved to {path}.").format(path=escape(str(target))))
