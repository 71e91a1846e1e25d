"""The import wizard's first pages: the file (browse, type or drop it; read on a worker, a bad
file gets one sentence here) and, for a workbook of several sheets, the sheet."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop_app.domain.errors import FileProblem, HoinghiError
from desktop_app.exchange.decoding import EncodingChoice
from desktop_app.messages import describe
from desktop_app.ui.common.exchange_labels import field_label
from desktop_app.ui.common.forms import ERROR_STYLE
from desktop_app.ui.common.job_runner import FileTask, JobPage
from desktop_app.ui.common.labels import number
from desktop_app.ui.common.workers import Progress, error_text
from desktop_app.ui.models.sheet_top_model import SheetTopModel

if TYPE_CHECKING:
    from desktop_app.ui.importing.import_wizard import ImportWizard

WARNING_STYLE = "color: #8a4b00;"
DROP_STYLE = "QLabel#drop_zone { border: 2px dashed palette(mid); border-radius: 8px; padding: 16px; }"


def kind_label(path: Path, kind: str | None) -> str:
    from PySide6.QtCore import QCoreApplication

    kind = kind or path.suffix.lower().lstrip(".")
    if kind == "xls":
        return QCoreApplication.translate("FilePage", "Excel 97–2003 workbook")
    if kind == "csv":
        return QCoreApplication.translate("FilePage", "CSV file")
    if kind == "docx":
        return QCoreApplication.translate("FilePage", "Word document")
    return QCoreApplication.translate("FilePage", "Excel workbook")


def _read_file(path: Path, progress: Progress) -> tuple[Any, Any, FileProblem | None]:
    """The job: the sheets, and the table found automatically (a missing header is not fatal:
    the person may point at the header row and the columns themselves). The same reader and
    limits as the import; Cancel (or another file) stops it between rows."""
    from desktop_app.exchange.overview import sheet_summaries
    from desktop_app.exchange.reading import preview_table

    summaries = sheet_summaries(path, cancelled=lambda: progress.cancelled)
    try:
        return summaries, preview_table(path, cancelled=lambda: progress.cancelled), None
    except FileProblem as problem:
        if problem.code != "no_header":
            raise
        return summaries, None, problem


class FilePage(JobPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.error = ""
        self.warning = ""
        self.target = QLabel(self)
        self.target.setWordWrap(True)
        self.path_label = QLabel(self)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("import_path")
        self.path_edit.setAcceptDrops(False)   # a dropped file goes to the wizard, not into the text
        self.path_edit.returnPressed.connect(self._on_path_edit_return_pressed)
        self.path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self.browse)
        self.drop_zone = QLabel(self)
        self.drop_zone.setObjectName("drop_zone")
        self.drop_zone.setStyleSheet(DROP_STYLE)
        self.drop_zone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_zone.setWordWrap(True)
        self.drop_zone.setMinimumHeight(140)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel(self)
        self.status.setObjectName("file_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.path_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.target)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.drop_zone, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the invite list"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx, .xls), a CSV file or a table in a Word document "
                                 "(.docx), as the units sent it back. Title blocks, section headings and old "
                                 "TCVN3 or VNI text are fine."))
        self.target.setText(self.tr("The people will be added to the conference <b>{title}</b>.").format(
            title=_html(self.owner.conference_title)))
        self.path_label.setText(self.tr("&File:"))
        self.path_edit.setPlaceholderText(self.tr("Path of the file, or press Browse"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.drop_zone.setText(self.tr("Or drag the file here from a folder or an e-mail"))
        self._show_status()

    # -- choosing ----------------------------------------------------------------------------------

    def browse(self) -> None:
        from desktop_app.ui.common.data_folder import remembered_folder

        remembered = self.owner.prefs.view_option("import/folder", "") if self.owner.prefs else ""
        start = str(remembered_folder(remembered, self.owner.session.path))
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the invite list"), start, self.tr(
            "Invite lists (*.xlsx *.xls *.csv *.docx);;All files (*)"))
        if name:
            self.load(Path(name))

    def _on_path_edit_return_pressed(self) -> None:
        text = self.path_edit.text().strip().strip('"')
        if text:
            self.load(Path(text).expanduser())

    def load(self, path: Path) -> None:
        """Read `path` on a worker; the page says what it found, or why the file cannot be used."""
        state = self.owner.state
        state.path, state.summaries, state.found, state.top = path, [], None, None
        state.sheet, state.header_row, state.columns = "", None, {}
        state.encoding, state.detected = EncodingChoice.AUTO, "unicode"
        state.section_choices = {}
        state.encoding_asked, state.preview = False, None
        self.error, self.warning = "", ""
        self.path_edit.setText(str(path))
        if self.owner.prefs is not None:
            self.owner.prefs.set_view_option("import/folder", str(path.parent))
        self.busy.show()
        self.runner.start(FileTask(lambda _db, progress: _read_file(path, progress)))
        self._show_status()
        self.completeChanged.emit()

    def _on_runner_succeeded(self, result: object) -> None:
        summaries, found, problem = result  # type: ignore[misc]
        state = self.owner.state
        state.summaries, state.found = summaries, found
        if found is not None:
            state.sheet = found.sheet
        else:
            with_rows = [s for s in summaries if s.rows]
            state.sheet = (with_rows or summaries)[0].name if summaries else ""
        self.warning = describe(problem) if problem is not None else ""
        self.busy.hide()
        self._show_status()
        self.completeChanged.emit()

    def _on_runner_failed(self, error: object) -> None:
        self.error = describe(error) if isinstance(error, HoinghiError) else error_text(error)
        self.owner.state.path = None
        self.busy.hide()
        self._show_status()
        self.completeChanged.emit()

    def _show_status(self) -> None:
        state = self.owner.state
        if self.runner.running:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Reading {name}…").format(name=_html(state.path.name if state.path else "")))
        elif self.error:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(_html(self.error))
        elif self.warning:
            self.status.setStyleSheet(WARNING_STYLE)
            self.status.setText(_html(self.warning) + "<br>" + self.tr(
                "You can also go on and show which row holds the column headings and which column holds "
                "the names."))
        elif state.path is not None and state.summaries:
            self.status.setStyleSheet("")
            self.status.setText(self._found_text())
        else:
            self.status.clear()

    def _found_text(self) -> str:
        state = self.owner.state
        assert state.path is not None
        found = state.found
        if found is not None and found.kind == "docx":
            fields = ", ".join(field_label(f) for f in found.layout.columns)
            return self.tr("<b>{name}</b>: {kind}. The list is in its tables, with column headings on row {row}, "
                           "counting the rows of all its tables ({fields}).").format(
                name=_html(state.path.name), kind=kind_label(state.path, found.kind), row=found.layout.header_row,
                fields=_html(fields))
        sheets = len(state.summaries)
        sheets_text = self.tr("one sheet") if sheets == 1 else self.tr("{count} sheets").format(count=sheets)
        text = self.tr("<b>{name}</b>: {kind}, {sheets}.").format(
            name=_html(state.path.name), kind=kind_label(state.path, found.kind if found else None), sheets=sheets_text)
        if found is not None:
            fields = ", ".join(field_label(f) for f in found.layout.columns)
            text += " " + self.tr("The list is on the sheet “{sheet}”, with column headings on row {row} "
                                  "({fields}).").format(sheet=_html(found.sheet), row=found.layout.header_row,
                                                        fields=_html(fields))
        return text

    def isComplete(self) -> bool:
        state = self.owner.state
        return not self.runner.running and not self.error and state.path is not None and bool(state.summaries)

    def nextId(self) -> int:
        return self.owner.SHEET if len(self.owner.state.summaries) > 1 else self.owner.COLUMNS


class SheetPage(JobPage):
    """Which sheet holds the list: each with its size and whether a list was found on it, and the
    top of the selected one."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.sheets = QTreeWidget(self)
        self.sheets.setObjectName("sheet_list")
        self.sheets.setRootIsDecorated(False)
        self.sheets.setColumnCount(3)
        self.sheets.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.sheets.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.sheets.currentItemChanged.connect(self._on_sheets_current_item_changed)
        self.model = SheetTopModel(self)
        self.top_view = QTableView(self)
        self.top_view.setModel(self.model)
        self.top_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.top_view.setFrameShape(QFrame.Shape.StyledPanel)
        self.top_view.horizontalHeader().setDefaultSectionSize(160)
        self.top_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.top_label = QLabel(self)
        self.top_label.setBuddy(self.top_view)
        self.sheets_label = QLabel(self)
        self.sheets_label.setBuddy(self.sheets)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        upper = QFrame(splitter)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.sheets_label)
        upper_layout.addWidget(self.sheets)
        lower = QFrame(splitter)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.top_label)
        lower_layout.addWidget(self.top_view)
        splitter.setSizes([140, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the sheet"))
        self.setSubTitle(self.tr("This workbook has several sheets. Choose the one that holds the list."))
        self.sheets.setHeaderLabels([self.tr("Sheet"), self.tr("Rows"), self.tr("List")])
        self.sheets_label.setText(self.tr("&Sheets:"))
        self.top_label.setText(self.tr("The &top of the selected sheet:"))
        self._fill()

    def initializePage(self) -> None:
        self._fill()

    def _fill(self) -> None:
        state = self.owner.state
        self.sheets.blockSignals(True)
        self.sheets.clear()
        current = None
        for s in state.summaries:
            rows = number(s.rows) if s.rows else "—"
            found = (self.tr("headings on row {row}").format(row=s.header_row) if s.header_row
                     else self.tr("no list headings found"))
            item = QTreeWidgetItem([s.name, rows, found])
            item.setData(0, Qt.ItemDataRole.UserRole, s.name)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.sheets.addTopLevelItem(item)
            if s.name == state.sheet:
                current = item
        self.sheets.blockSignals(False)
        if current is not None:
            self.sheets.setCurrentItem(current)
        elif self.sheets.topLevelItemCount():
            self.sheets.setCurrentItem(self.sheets.topLevelItem(0))

    def _on_sheets_current_item_changed(self, item: QTreeWidgetItem | None, _previous: Any) -> None:
        state = self.owner.state
        if item is None or state.path is None:
            return
        name = str(item.data(0, Qt.ItemDataRole.UserRole))
        if name != state.sheet:
            state.sheet, state.top, state.header_row, state.columns = name, None, None, {}
            state.section_choices = {}
        path = state.path
        from desktop_app.exchange.overview import sheet_top

        self.model.set_top(None)
        self.runner.start(FileTask(lambda _db, _p: sheet_top(path, name, rows=30)))

    def _on_runner_succeeded(self, top: object) -> None:
        self.model.set_top(top)  # type: ignore[arg-type]
        summary = next((s for s in self.owner.state.summaries if s.name == self.owner.state.sheet), None)
        self.model.set_mapping(summary.header_row if summary else None, {})

    def _on_runner_failed(self, error: object) -> None:
        self.model.set_top(None)
        self.top_label.setText(describe(error) if isinstance(error, HoinghiError) else error_text(error))

    def isComplete(self) -> bool:
        return bool(self.owner.state.sheet)

    def nextId(self) -> int:
        return self.owner.COLUMNS


def _html(text: str) -> str:
    from html import escape

    return escape(text, quote=False)
