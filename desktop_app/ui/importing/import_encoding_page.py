"""The import wizard's encoding page, shown when the list holds old TCVN3 (ABC) or VNI text (or
when asked for): sample cells as written in the file beside how the chosen encoding reads them,
and the choice: automatic, Unicode as written, TCVN3 or VNI."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHeaderView,
    QLabel,
    QProgressBar,
    QRadioButton,
    QTableView,
    QVBoxLayout,
)

from desktop_app.domain.errors import HoinghiError
from desktop_app.exchange.decoding import EncodingChoice
from desktop_app.exchange.overview import EncodingCheck, EncodingSample
from desktop_app.messages import describe
from desktop_app.ui.common.exchange_labels import column_letter, encoding_label
from desktop_app.ui.common.forms import ERROR_STYLE
from desktop_app.ui.common.job_runner import FileTask, JobPage
from desktop_app.ui.common.workers import error_text

if TYPE_CHECKING:
    from desktop_app.ui.importing.import_wizard import ImportWizard

Index = QModelIndex | QPersistentModelIndex
CHOICES = (EncodingChoice.AUTO, EncodingChoice.UNICODE, EncodingChoice.TCVN3, EncodingChoice.VNI)
CONVERTED = QColor("#e3f4e1")


class EncodingSampleModel(QAbstractTableModel):
    """Row, column, the cell as written, the cell as the chosen encoding reads it."""

    ROW, COLUMN, WRITTEN, READ = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._samples: tuple[EncodingSample, ...] = ()
        self._choice = EncodingChoice.AUTO

    def set_samples(self, samples: tuple[EncodingSample, ...]) -> None:
        self.beginResetModel()
        self._samples = tuple(samples)
        self.endResetModel()

    def set_choice(self, choice: EncodingChoice) -> None:
        self._choice = choice
        if self._samples:
            self.dataChanged.emit(self.index(0, self.READ), self.index(len(self._samples) - 1, self.READ))

    def reading(self, row: int) -> str:
        return self._samples[row].readings[self._choice]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._samples)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 4:
            return None
        return (self.tr("Row"), self.tr("Column"), self.tr("As written in the file"),
                self.tr("As it will be imported"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._samples):
            return None
        s = self._samples[index.row()]
        column = index.column()
        read = s.readings[self._choice]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (str(s.row), column_letter(s.column), s.original, read)[column]
        if role == Qt.ItemDataRole.BackgroundRole and column == self.READ and read != s.original:
            return QBrush(CONVERTED)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.READ and read != s.original:
            return QBrush(QColor("black"))
        return None


class EncodingPage(JobPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._loaded: tuple[Any, ...] | None = None
        self._pending: tuple[Any, ...] | None = None
        self.check: EncodingCheck | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.radios: dict[EncodingChoice, QRadioButton] = {}
        for n, choice in enumerate(CHOICES):
            radio = QRadioButton(self)
            radio.setObjectName(f"encoding_{choice}")
            self.group.addButton(radio, n)
            self.radios[choice] = radio
        self.group.idToggled.connect(self._on_group_id_toggled)
        self.model = EncodingSampleModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("encoding_samples")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(EncodingSampleModel.ROW, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EncodingSampleModel.COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EncodingSampleModel.WRITTEN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EncodingSampleModel.READ, QHeaderView.ResizeMode.Stretch)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for choice in CHOICES:
            layout.addWidget(self.radios[choice])
        layout.addWidget(self.busy)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Old Vietnamese text"))
        self.setSubTitle(self.tr("Part of this list is typed in an old encoding (TCVN3 or VNI) that shows as "
                                 "odd characters today. Compare the samples and choose how to read them."))
        detected = self.check.detected if self.check else self.owner.state.detected
        self.intro.setText(self.tr("Found in the file: <b>{encoding}</b>.").format(encoding=encoding_label(detected)))
        self.radios[EncodingChoice.AUTO].setText(self.tr(
            "&Automatic (recommended): each column by its font and its characters"))
        self.radios[EncodingChoice.UNICODE].setText(self.tr("&Unicode: keep the text exactly as written"))
        self.radios[EncodingChoice.TCVN3].setText(self.tr("&TCVN3 (ABC): fonts such as .VnTime, .VnArial"))
        self.radios[EncodingChoice.VNI].setText(self.tr("&VNI: fonts such as VNI-Times, VNI-Helve"))
        self._show_message()

    def initializePage(self) -> None:
        state = self.owner.state
        self.radios[state.encoding].setChecked(True)
        self.model.set_choice(state.encoding)
        key = (state.path, state.sheet, state.header_row, tuple(sorted(state.columns.items())))
        if key == self._loaded:
            return
        self.check = None
        self.model.set_samples(())
        self.busy.show()
        path, sheet, header_row, columns = state.path, state.sheet, state.header_row or 1, dict(state.columns)
        assert path is not None
        from desktop_app.exchange.overview import encoding_samples

        self._pending = key
        self.runner.start(FileTask(lambda _db, _p: encoding_samples(path, sheet, header_row=header_row,
                                                                    columns=columns, limit=12)))
        self._show_message()
        self.completeChanged.emit()

    def _on_runner_succeeded(self, check: object) -> None:
        self.busy.hide()
        self.check = check  # type: ignore[assignment]
        self._loaded = self._pending
        self.model.set_samples(self.check.samples if self.check else ())
        self.retranslate()
        self.completeChanged.emit()

    def _on_runner_failed(self, error: object) -> None:
        self.busy.hide()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(describe(error) if isinstance(error, HoinghiError) else error_text(error))
        self.completeChanged.emit()

    def _on_group_id_toggled(self, button_id: int, checked: bool) -> None:
        if not checked:
            return
        choice = CHOICES[button_id]
        self.owner.state.encoding = choice
        self.model.set_choice(choice)
        self._show_message()

    def _show_message(self) -> None:
        self.message.setStyleSheet("")
        if self.runner.running:
            self.message.setText(self.tr("Reading samples…"))
        elif self.check is not None and not self.check.samples:
            self.message.setText(self.tr("The list has no accented text to compare."))
        else:
            self.message.setText(self.tr("Cells shaded green are converted. If names look wrong on the right, "
                                         "try another choice."))

    def isComplete(self) -> bool:
        return not self.runner.running

    def nextId(self) -> int:
        return self.owner.PREVIEW
