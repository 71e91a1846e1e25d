"""Export dialog: the sign-in sheet (Decree 30 layout), the attendance report or the full list, as
an Excel workbook, a CSV file or a PDF; written on a worker with progress and
Cancel, into the folder used last; the file or its folder can be opened afterwards."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import Cancelled, HoinghiError
from desktop_app.exchange.export import ExportFormat, ExportKind, ExportOptions
from desktop_app.messages import describe
from desktop_app.store.sections import list_sections
from desktop_app.ui.common.forms import ERROR_STYLE
from desktop_app.ui.common.preferences import Preferences
from desktop_app.ui.common.session import Session
from desktop_app.ui.common.workers import JobRunner, Task, error_text
from desktop_app.ui.importing.import_preview_page import show_progress
from desktop_app.ui.paper.sheet_options_box import SheetOptionsBox

FORMATS = (ExportFormat.XLSX, ExportFormat.CSV, ExportFormat.PDF, ExportFormat.DOCX)
SIGNIN_ONLY = (ExportFormat.DOCX,)


def export_job(conference_id: int, path: Path, fmt: ExportFormat, options: ExportOptions, reporter: Any) -> Any:
    def job(db: Any, progress: Any) -> tuple[Path, int]:
        cancelled = lambda: progress.cancelled  # noqa: E731
        if fmt is ExportFormat.PDF:
            from desktop_app.printing.export import export_report_pdf, export_signin_pdf

            if options.kind is ExportKind.SIGNIN:
                pdf = export_signin_pdf(db, conference_id, path, options.sheet, progress=reporter,
                                        cancelled=cancelled)
            else:
                pdf = export_report_pdf(db, conference_id, path, str(options.kind), options.sheet,
                                        with_contacts=options.with_contacts, progress=reporter, cancelled=cancelled)
            return pdf.path, pdf.rows
        from desktop_app.exchange.export import export_file

        result = export_file(db, conference_id, path, options, progress=reporter, cancelled=cancelled)
        return result.path, result.rows

    return job


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None, session: Session, conference_id: int, prefs: Preferences) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.session = session
        self.conference_id = conference_id
        self.prefs = prefs
        self.written: Path | None = None
        self.runner = JobRunner(self)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.failed.connect(self._on_runner_failed)
        conference = session.conference()
        sections = list_sections(session.db, conference_id) if session.db is not None else []
        self.kind_box = QGroupBox(self)
        self.kinds = {kind: QRadioButton(self.kind_box) for kind in ExportKind}
        self.kind_group = QButtonGroup(self)
        kind_layout = QVBoxLayout(self.kind_box)
        for kind, radio in self.kinds.items():
            radio.setObjectName(f"kind_{kind}")
            self.kind_group.addButton(radio)
            kind_layout.addWidget(radio)
        self.kinds[ExportKind.SIGNIN].setChecked(True)
        self.format = QComboBox(self)
        self.format.setObjectName("format")
        self.format.currentIndexChanged.connect(self._on_choice_changed)
        self.sheet_box = QGroupBox(self)
        self.sheet = SheetOptionsBox(self.sheet_box, conference, sections)
        self.sheet.blank.toggled.connect(self._on_choice_changed)
        self.sheet.changed.connect(self._update)
        QVBoxLayout(self.sheet_box).addWidget(self.sheet)
        self.contacts = QCheckBox(self.kind_box)
        self.contacts.setObjectName("with_contacts")
        contacts_row = QHBoxLayout()
        contacts_row.addSpacing(24)     # under "Full list", which it belongs to
        contacts_row.addWidget(self.contacts, 1)
        kind_layout.addLayout(contacts_row)
        self.history = QCheckBox(self.kind_box)
        self.history.setObjectName("with_history")
        history_row = QHBoxLayout()
        history_row.addSpacing(24)      # under "Attendance report", which it belongs to
        history_row.addWidget(self.history, 1)
        kind_layout.insertLayout(kind_layout.indexOf(self.kinds[ExportKind.ATTENDANCE]) + 1, history_row)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("export_path")
        self.path_edit.textChanged.connect(lambda _text: self._update())
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_file)
        self.semicolons = QCheckBox(self)
        self.semicolons.setObjectName("csv_semicolons")
        self.csv_note = QLabel(self)
        self.csv_note.setObjectName("csv_note")
        self.csv_note.setWordWrap(True)
        self.open_after = QCheckBox(self)
        self.open_after.setChecked(prefs.view_option("export/open_after", "1") == "1")
        self.progress_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        self.open_file_button = QPushButton(self)
        self.open_file_button.clicked.connect(lambda: self._open(self.written))
        self.open_folder_button = QPushButton(self)
        self.open_folder_button.clicked.connect(lambda: self._open(self.written.parent if self.written else None))
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()
        for radio in self.kinds.values():
            radio.toggled.connect(self._on_choice_changed)
        self.retranslate()
        self._suggest_path()
        self._update()

    def _build_layout(self) -> None:
        form = QFormLayout()
        self.format_label, self.file_label = QLabel(self), QLabel(self)
        self.format_label.setBuddy(self.format)
        self.file_label.setBuddy(self.path_edit)
        form.addRow(self.format_label, self.format)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        form.addRow(self.file_label, file_row)
        form.addRow("", self.semicolons)
        form.addRow("", self.csv_note)
        form.addRow("", self.open_after)
        left = QVBoxLayout()
        left.addWidget(self.kind_box)
        left.addLayout(form)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self.sheet_box, 1)
        done = QHBoxLayout()
        done.addWidget(self.status, 1)
        done.addWidget(self.open_file_button)
        done.addWidget(self.open_folder_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addLayout(done)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.kind_box.setTitle(self.tr("What to export"))
        self.kinds[ExportKind.SIGNIN].setText(self.tr("&Sign-in sheet, in the Decree 30 layout"))
        self.kinds[ExportKind.ATTENDANCE].setText(self.tr("&Attendance report: who came, per section, unit and "
                                                          "topic"))
        self.kinds[ExportKind.FULL].setText(self.tr("&Full list of attendees, every field"))
        self.format_label.setText(self.tr("F&ormat:"))
        self.file_label.setText(self.tr("F&ile:"))
        self.choose_button.setText(self.tr("&Choose…"))
        self.open_after.setText(self.tr("Open the file when it is written"))
        self.semicolons.setText(self.tr("&Semicolons between fields (Excel with Vietnamese regional settings)"))
        self.csv_note.setText(self.tr("CSV is for other programs. A spreadsheet program that opens it drops the "
                                      "leading zero of phone numbers (0308872624 shows as 308872624); the file "
                                      "keeps it. For people, export the Excel workbook."))
        self.contacts.setText(self.tr("with phone numbers and e-mail addresses (personal data)"))
        self.history.setText(self.tr("with the history: who was added, edited, checked in where and when"))
        self.open_file_button.setText(self.tr("Open the &file"))
        self.open_folder_button.setText(self.tr("Open the fol&der"))
        self.export_button.setText(self.tr("&Export"))
        current = self.format.currentData()
        self.format.blockSignals(True)
        self.format.clear()
        for fmt, text in ((ExportFormat.XLSX, self.tr("Excel workbook (.xlsx)")),
                          (ExportFormat.CSV, self.tr("CSV for other programs, UTF-8 (.csv)")),
                          (ExportFormat.PDF, self.tr("PDF, ready to print (.pdf)")),
                          (ExportFormat.DOCX, self.tr("Word document, to edit before printing (.docx)"))):
            self.format.addItem(text, str(fmt))
        self.format.setCurrentIndex(max(0, self.format.findData(current)))
        self.format.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._update()      # the options box's title follows the kind
        super().changeEvent(event)

    # -- choices ---------------------------------------------------------------------------------------

    @property
    def kind(self) -> ExportKind:
        return next(k for k, radio in self.kinds.items() if radio.isChecked())

    @property
    def file_format(self) -> ExportFormat:
        return ExportFormat(self.format.currentData() or ExportFormat.XLSX)

    def options(self) -> ExportOptions:
        return ExportOptions(kind=self.kind, sheet=self.sheet.options(), with_contacts=self.contacts.isChecked(),
                             with_history=self.history.isChecked(),
                             csv_separator=";" if self.semicolons.isChecked() else ",")

    def _on_choice_changed(self, *_args: object) -> None:
        for fmt in SIGNIN_ONLY:   # Word: the sign-in sheet only
            item = self.format.model().item(FORMATS.index(fmt))  # type: ignore[attr-defined]
            item.setEnabled(self.kind is ExportKind.SIGNIN)
        if self.kind is not ExportKind.SIGNIN and self.file_format in SIGNIN_ONLY:
            self.format.setCurrentIndex(0)
        self._suggest_path()
        self._update()

    def _update(self) -> None:
        running = self.runner.running
        signin = self.kind is ExportKind.SIGNIN
        pdf = self.file_format is ExportFormat.PDF
        csv = self.file_format is ExportFormat.CSV
        self.semicolons.setVisible(csv)
        self.csv_note.setVisible(csv)
        self.semicolons.setEnabled(not running)
        self.sheet_box.setEnabled(not running and (signin or self.kind is ExportKind.FULL or pdf))
        self.sheet_box.setTitle(self.tr("The sign-in sheet") if signin else self.tr("On paper"))
        for widget in (self.sheet.portrait, self.sheet.landscape, self.sheet.staggered,
                       self.sheet.numbering, self.sheet.blank, self.sheet.with_phone, self.sheet.leave_off_replaced):
            widget.setEnabled(signin)
        # The reports as PDF have the header block and the sections of the sign-in sheet.
        self.sheet.header_block.setEnabled(signin or pdf)
        self.sheet.section_counts.setEnabled(signin or pdf)
        self.sheet.order.setEnabled(self.kind is not ExportKind.ATTENDANCE)
        self.sheet.blank_rows.setEnabled(signin and self.sheet.blank.isChecked())
        self.sheet.section.setEnabled(self.kind is not ExportKind.ATTENDANCE
                                      and not (signin and self.sheet.blank.isChecked()))
        self.contacts.setEnabled(self.kind is ExportKind.FULL and not running)
        self.history.setEnabled(self.kind is ExportKind.ATTENDANCE and self.file_format is ExportFormat.XLSX
                                and not running)
        for widget in (self.kind_box, self.format, self.path_edit, self.choose_button):
            widget.setEnabled(not running)
        self.export_button.setEnabled(not running and bool(self.path_edit.text().strip()))
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        self.progress.setVisible(running)
        self.progress_label.setVisible(running)
        for button in (self.open_file_button, self.open_folder_button):
            button.setVisible(self.written is not None and not running)

    def _folder(self) -> Path:
        from desktop_app.ui.common.data_folder import remembered_folder

        return remembered_folder(self.prefs.view_option("export/folder", ""), self.session.path)

    def _suggest_path(self) -> None:
        current = self.path_edit.text().strip()
        folder = Path(current).parent if current else self._folder()
        names = {ExportKind.SIGNIN: self.tr("sign-in sheet"), ExportKind.ATTENDANCE: self.tr("attendance"),
                 ExportKind.FULL: self.tr("attendee list")}
        if self.kind is ExportKind.SIGNIN and self.sheet.blank.isChecked():
            names[ExportKind.SIGNIN] = self.tr("blank sign-in sheet")
        conference = self.session.conference()
        day = f" {conference.starts_at:%Y-%m-%d}" if conference else ""
        self.path_edit.setText(str(folder / f"{names[self.kind]}{day}.{self.file_format}"))

    def choose_file(self) -> None:
        fmt = self.file_format
        filters = {ExportFormat.XLSX: self.tr("Excel workbooks (*.xlsx)"),
                   ExportFormat.CSV: self.tr("CSV files (*.csv)"), ExportFormat.PDF: self.tr("PDF files (*.pdf)"),
                   ExportFormat.DOCX: self.tr("Word documents (*.docx)")}
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path_edit.text(), filters[fmt])
        if name:
            path = Path(name)
            self.path_edit.setText(str(path if path.suffix.lower() == f".{fmt}" else path.with_suffix(f".{fmt}")))
            self._update()

    # -- writing ---------------------------------------------------------------------------------------

    def export(self) -> None:
        if self.runner.running or self.session.path is None:
            return
        path = Path(self.path_edit.text().strip()).expanduser()
        fmt = self.file_format
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
            self.path_edit.setText(str(path))
        self.written = None
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Writing {name}…").format(name=escape(path.name)))
        self.prefs.set_view_option("export/folder", str(path.parent))
        self.prefs.set_view_option("export/open_after", "1" if self.open_after.isChecked() else "0")
        self.progress.setRange(0, 0)
        job = export_job(self.conference_id, path, fmt, self.options(), self.runner.reporter())
        self.runner.start(Task(self.session.path, job, desk=self.session.desk))
        self._update()

    def _on_runner_progressed(self, stage: str, done: int, total: int) -> None:
        show_progress(self.progress, self.progress_label, stage, done, total)

    def _on_runner_succeeded(self, result: object) -> None:
        path, rows = result  # type: ignore[misc]
        self.written = Path(path)
        self.status.setText(self.tr("Written: {path} (%Ln rows).", "", rows).format(path=escape(str(path))))
        self._update()
        if self.open_after.isChecked():
            self._open(self.written)

    def _on_runner_failed(self, error: object) -> None:
        if isinstance(error, Cancelled):
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Cancelled: no file was written."))
        else:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(escape(describe(error) if isinstance(error, HoinghiError) else error_text(error)))
        self._update()

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def reject(self) -> None:
        """Close; while writing, Cancel stops it first (no half-written file is left)."""
        if self.runner.running:
            self.runner.cancel()
            return
        super().reject()
