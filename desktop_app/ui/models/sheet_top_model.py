"""The first rows of a sheet as the import wizard shows them: the header row stands out, the rows
above it (title block) are greyed, and each column is headed by its letter and the field it is
mapped to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.exchange.overview import SheetTop
from desktop_app.exchange.table import Field
from desktop_app.ui.common.exchange_labels import column_letter, field_label

Index = QModelIndex | QPersistentModelIndex
HEADER_BACKGROUND = QColor("#d7e8fb")


class SheetTopModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[tuple[int, dict[int, str]], ...] = ()
        self._width = 0
        self._header_row: int | None = None
        self._fields: dict[int, Field] = {}

    def set_top(self, top: SheetTop | None) -> None:
        self.beginResetModel()
        self._rows = top.rows if top else ()
        self._width = top.width if top else 0
        self.endResetModel()

    def set_mapping(self, header_row: int | None, columns: dict[Field, int]) -> None:
        self._header_row = header_row
        self._fields = {}
        for field, column in columns.items():
            self._fields.setdefault(column, field)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, max(self._width - 1, 0)))
        if self._width:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._width - 1)

    def row_number(self, row: int) -> int | None:
        """The spreadsheet's row number shown at `row`."""
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def position_of(self, number: int) -> int | None:
        return next((i for i, (n, _) in enumerate(self._rows) if n == number), None)

    def texts(self, number: int) -> dict[int, str]:
        return next((t for n, t in self._rows if n == number), {})

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._width

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            number = self.row_number(section)
            return None if number is None else str(number)
        if not 0 <= section < self._width:
            return None
        field = self._fields.get(section)
        letter = column_letter(section)
        return f"{letter} · {field_label(field)}" if field is not None else letter

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        number, texts = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return texts.get(index.column(), "")
        if self._header_row is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole and number == self._header_row:
            return QBrush(HEADER_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if number == self._header_row:
                return QBrush(QColor("black"))
            if number < self._header_row:
                return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.FontRole and number == self._header_row:
            font = QFont()
            font.setBold(True)
            return font
        return None
