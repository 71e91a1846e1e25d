"""The latest check-ins at this desk, newest first: time, name, unit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.models import Attendee, CheckIn
from desktop_app.ui.common import labels
from desktop_app.ui.models.record_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex


class RecentCheckInModel(RecordTableModel[tuple[CheckIn, Attendee]]):
    TIME, NAME, UNIT = range(3)
    COLUMN_COUNT = 3

    def set_check_ins(self, rows: list[tuple[CheckIn, Attendee]]) -> None:
        """Newest first by the time of the check-in (ties: the later record first)."""
        rows = sorted(rows, key=lambda pair: (pair[0].at, pair[0].id), reverse=True)
        if [(c.id, a) for c, a in rows] == [(c.id, a) for c, a in self._rows]:
            return  # polled every second: do not disturb the view when nothing changed
        self._reset_rows(rows)

    def check_in_at(self, row: int) -> tuple[CheckIn, Attendee] | None:
        return self._record(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Full name"), self.tr("Unit"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        check_in, attendee = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (labels.time_text(check_in.at), attendee.full_name, attendee.unit_name)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{attendee.full_name}\n{attendee.position}\n{attendee.unit_name}".strip()
        return None
