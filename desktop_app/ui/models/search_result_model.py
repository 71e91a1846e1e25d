"""The desk's results: at most a few dozen attendees, best first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.models import Attendee
from desktop_app.ui.models import attendee_columns as cols
from desktop_app.ui.models.record_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex

# The roles the columns serve (attendee_columns.data), as plain numbers: a view asks data() for a
# dozen roles per cell at every paint and every header resize, and the desk repaints on each
# search, so the others are answered before any other work.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_SERVED = frozenset({_DISPLAY, Qt.ItemDataRole.ToolTipRole.value, Qt.ItemDataRole.ForegroundRole.value})


class SearchResultModel(RecordTableModel[Attendee]):
    """Name, position, unit, check-in and status of each match."""

    COLUMNS = (cols.NAME, cols.POSITION, cols.UNIT, cols.PRESENCE, cols.STATUS)
    COLUMN_COUNT = len(COLUMNS)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._texts: list[tuple[str, ...]] = []   # each row's displayed texts, made once

    def set_results(self, rows: list[Attendee]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [self._row_texts(a) for a in self._rows]
        self.endResetModel()

    def _row_texts(self, a: Attendee) -> tuple[str, ...]:
        return tuple(cols.display(a, column) for column in self.COLUMNS)

    def attendee_at(self, row: int) -> Attendee | None:
        return self._record(row)

    def row_of(self, attendee_id: int) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a.id == attendee_id), None)

    def replace_attendee(self, attendee: Attendee) -> None:
        """Show a fresh copy of someone listed (after a check-in), without a reset."""
        row = self.row_of(attendee.id)
        if row is not None:
            self._rows[row] = attendee
            self._texts[row] = self._row_texts(attendee)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def headers(self) -> tuple[str, ...]:
        return tuple(cols.header(column) for column in self.COLUMNS)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _SERVED:
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):   # also an invalid index (row -1)
            return None
        if role == _DISPLAY:
            return self._texts[row][index.column()]
        return cols.data(self._rows[row], self.COLUMNS[index.column()], role)
