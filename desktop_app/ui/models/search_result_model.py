"""The desk's results: at most a few dozen attendees, best first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.models import Attendee
from desktop_app.ui.models import attendee_columns as cols

Index = QModelIndex | QPersistentModelIndex


class SearchResultModel(QAbstractTableModel):
    """Name, position, unit, check-in and status of each match."""

    COLUMNS = (cols.NAME, cols.POSITION, cols.UNIT, cols.PRESENCE, cols.STATUS)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Attendee] = []

    def set_results(self, rows: list[Attendee]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def attendee_at(self, row: int) -> Attendee | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, attendee_id: int) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a.id == attendee_id), None)

    def replace_attendee(self, attendee: Attendee) -> None:
        """Show a fresh copy of someone listed (after a check-in), without a reset."""
        row = self.row_of(attendee.id)
        if row is not None:
            self._rows[row] = attendee
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return cols.header(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return cols.data(self._rows[index.row()], self.COLUMNS[index.column()], role)
