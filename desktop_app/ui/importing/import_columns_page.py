"""The import wizard's column mapping: the header row (found, or pointed at) and, for each field
of an attendee, the column of the file that fills it; pre-filled from the header's labels, every
choice editable, with the top of the sheet below showing what goes where."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from desktop_app.domain.errors import FileProblem, HoinghiError
from desktop_app.exchange.table import Field, match_label, names_a_person
from desktop_app.messages import describe
from desktop_app.ui.common.exchange_labels import MAPPED_FIELDS, column_letter, encoding_label, field_label
from desktop_app.ui.common.forms import ERROR_STYLE
from desktop_app.ui.common.job_runner import FileTask, JobPage
from desktop_app.ui.common.workers import error_text
from desktop_app.ui.models.sheet_top_model import SheetTopModel

if TYPE_CHECKING:
    from pathlib import Path

    from desktop_app.ui.importing.import_wizard import ImportWizard

TOP_ROWS = 60
COMBOS_PER_ROW = 3
NOT_MAPPED = -1


def _read_sheet(path: Path, sheet: str) -> tuple[Any, Any]:
    """The job: the top of the sheet, and the table found on it (None without a header)."""
    from desktop_app.exchange.import_report import ImportOptions
    from desktop_app.exchange.overview import sheet_top
    from desktop_app.exchange.reading import preview_table

    top = sheet_top(path, sheet, rows=TOP_ROWS)
    try:
        found = preview_table(path, ImportOptions(sheet=sheet))
    except FileProblem as problem:
        if problem.code != "no_header":
            raise
        found = None
    return top, found


def mapping_from_labels(texts: dict[int, str]) -> dict[Field, int]:
    """The fields a row's texts name as column headings (the first column naming each)."""
    columns: dict[Field, int] = {}
    for column in sorted(texts):
        field = match_label(texts[column])
        if field is not None and field is not Field.SIGNATURE and field not in columns:
            columns[field] = column
    return columns


class ColumnsPage(JobPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._loaded_sheet: tuple[Path | None, str] | None = None
        self._updating = False
        self.error = ""
        self.header_label = QLabel(self)
        self.header_spin = QSpinBox(self)
        self.header_spin.setObjectName("header_row")
        self.header_spin.setRange(0, TOP_ROWS)   # 0: the list has no heading row at all
        self.header_spin.valueChanged.connect(self._on_header_spin_value_changed)
        self.header_label.setBuddy(self.header_spin)
        self.use_row_button = QPushButton(self)
        self.use_row_button.clicked.connect(self.use_selected_row)
        self.header_hint = QLabel(self)
        self.combos: dict[Field, QComboBox] = {}
        self.combo_labels: dict[Field, QLabel] = {}
        grid = QGridLayout()
        for n, field in enumerate(MAPPED_FIELDS):
            combo = QComboBox(self)
            combo.setObjectName(f"column_{field}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
            combo.currentIndexChanged.connect(lambda _i, f=field: self._on_combo_changed(f))
            label = QLabel(self)
            label.setBuddy(combo)
            self.combos[field], self.combo_labels[field] = combo, label
            r, c = divmod(n, COMBOS_PER_ROW)
            grid.addWidget(label, r, 2 * c, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, r, 2 * c + 1)
        for c in range(COMBOS_PER_ROW):
            grid.setColumnStretch(2 * c + 1, 1)
        self.model = SheetTopModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("sheet_top")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setDefaultSectionSize(170)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.doubleClicked.connect(lambda _index: self.use_selected_row())
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.encoding_text = QLabel(self)
        self.encoding_button = QPushButton(self)
        self.encoding_button.clicked.connect(self._on_encoding_button_clicked)
        header_row = QHBoxLayout()
        for widget in (self.header_label, self.header_spin, self.use_row_button):
            header_row.addWidget(widget)
        header_row.addWidget(self.header_hint, 1)
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(self.encoding_text, 1)
        encoding_row.addWidget(self.encoding_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header_row)
        layout.addLayout(grid)
        layout.addWidget(self.busy)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(encoding_row)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Which column holds what"))
        self.setSubTitle(self.tr("Found from the column headings of the list; correct anything that is wrong. "
                                 "Columns set to “not imported” are left out."))
        self.header_label.setText(self.tr("&Headings on row:"))
        self.header_spin.setSpecialValueText(self.tr("none"))
        self.use_row_button.setText(self.tr("&Use the selected row"))
        self.header_hint.setText(self.tr("highlighted in blue below; rows above it are the title block"))
        for field, label in self.combo_labels.items():
            label.setText(field_label(field) + ":")
        self.encoding_button.setText(self.tr("Text &encoding…"))
        self._fill_combos()
        self._show_state()

    # -- loading the sheet ---------------------------------------------------------------------------

    def initializePage(self) -> None:
        state = self.owner.state
        key = (state.path, state.sheet)
        if self._loaded_sheet == key and state.top is not None:
            self._show_state()
            return
        self._loaded_sheet = None
        self.model.set_top(None)
        self.error = ""
        self.busy.show()
        path, sheet = state.path, state.sheet
        assert path is not None
        self.runner.start(FileTask(lambda _db, _p: _read_sheet(path, sheet)))
        self._show_state()

    def _on_runner_succeeded(self, result: object) -> None:
        top, found = result  # type: ignore[misc]
        state = self.owner.state
        self.busy.hide()
        state.top = top
        state.found = found if found is not None else state.found
        if found is not None:
            state.header_row, state.columns = found.layout.header_row, dict(found.layout.columns)
            state.detected = found.encoding
        else:
            state.header_row = state.header_row or (top.rows[0][0] if top.rows else 1)
            state.columns = state.columns or mapping_from_labels(dict(top.rows).get(state.header_row, {}))
            state.detected = "unicode"
        self._loaded_sheet = (state.path, state.sheet)
        self.model.set_top(top)
        last = top.rows[-1][0] if top.rows else 1
        self._updating = True
        self.header_spin.setRange(0, max(last, 1))
        self.header_spin.setValue(state.header_row or 0)
        self._updating = False
        self._fill_combos()
        self._show_state()

    def _on_runner_failed(self, error: object) -> None:
        self.busy.hide()
        self.error = describe(error) if isinstance(error, HoinghiError) else error_text(error)
        self._show_state()

    # -- the person's choices ----------------------------------------------------------------------

    def use_selected_row(self) -> None:
        index = self.view.currentIndex()
        number = self.model.row_number(index.row()) if index.isValid() else None
        if number is not None:
            self.header_spin.setValue(number)

    def _on_header_spin_value_changed(self, value: int) -> None:
        if self._updating:
            return
        state = self.owner.state
        state.header_row = value
        found = mapping_from_labels(self.model.texts(value))
        if names_a_person(found):
            state.columns = found
        self._fill_combos()
        self._show_state()

    def _on_combo_changed(self, field: Field) -> None:
        if self._updating:
            return
        column = self.combos[field].currentData()
        columns = self.owner.state.columns
        if column is None or column == NOT_MAPPED:
            columns.pop(field, None)
        else:
            columns[field] = int(column)
        self._show_state()

    def _fill_combos(self) -> None:
        state = self.owner.state
        top = state.top
        headings = self.model.texts(state.header_row) if top and state.header_row else {}
        below = [t for n, t in (top.rows if top else ()) if n > (state.header_row or 0)]
        self._updating = True
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("— not imported —"), NOT_MAPPED)
            for column in range(top.width if top else 0):
                text = headings.get(column) or next((t[column] for t in below if t.get(column)), "")
                combo.addItem(f"{column_letter(column)} · {text}" if text else column_letter(column), column)
            combo.setCurrentIndex(max(0, combo.findData(state.columns.get(field, NOT_MAPPED))))
        self._updating = False

    def _on_encoding_button_clicked(self) -> None:
        self.owner.state.encoding_asked = True
        if self.isComplete():
            self.owner.next()

    # -- state ---------------------------------------------------------------------------------------

    def _show_state(self) -> None:
        state = self.owner.state
        self.model.set_mapping(state.header_row, state.columns)
        if self.runner.running:
            self.message.setText("")
            self.encoding_text.setText(self.tr("Reading the sheet “{sheet}”…").format(sheet=state.sheet))
        elif self.error:
            self.message.setText(self.error)
        elif state.top is not None and not names_a_person(state.columns):
            self.message.setText(self.tr("Choose the column that holds the full names (or the columns of the "
                                         "family and the given names)."))
        else:
            self.message.setText("")
        if not self.runner.running:
            if state.detected == "unicode":
                self.encoding_text.setText(self.tr("The text is in Unicode: nothing to convert."))
            else:
                self.encoding_text.setText(self.tr("Some text is in the old {encoding} encoding: it will be "
                                                   "converted to Unicode (next page).").format(
                    encoding=encoding_label(state.detected)))
        self.encoding_button.setEnabled(state.top is not None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        state = self.owner.state
        return (not self.runner.running and state.top is not None and state.header_row is not None
                and names_a_person(state.columns))

    def nextId(self) -> int:
        state = self.owner.state
        if state.encoding_asked or state.detected != "unicode":
            return self.owner.ENCODING
        return self.owner.PREVIEW
