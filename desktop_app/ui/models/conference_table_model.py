"""The conferences table: title, dates, venue, organizer, invited, checked in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop_app.domain.models import ConferenceSummary
from desktop_app.ui.common import labels
from desktop_app.ui.models.record_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex


class ConferenceTableModel(RecordTableModel[ConferenceSummary]):
    """Conferences, newest first; the current one is shown in bold."""

    TITLE, DATES, VENUE, ORGANIZER, INVITED, CHECKED_IN = range(6)
    COLUMN_COUNT = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._current: int | None = None

    def set_conferences(self, rows: list[ConferenceSummary]) -> None:
        rows = list(rows)
        if [r.conference.id for r in rows] == [r.conference.id for r in self._rows]:
            self._rows = rows  # counts moved: keep the selection
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.CHECKED_IN))
            return
        self._reset_rows(rows)

    def set_current(self, conference_id: int | None) -> None:
        self._current = conference_id
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.CHECKED_IN),
                                  [Qt.ItemDataRole.FontRole])

    def conference_at(self, row: int) -> ConferenceSummary:
        return self._rows[row]

    def row_of(self, conference_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.conference.id == conference_id), None)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Title"), self.tr("Dates"), self.tr("Venue"), self.tr("Organizer"),
                self.tr("Invited"), self.tr("Checked in"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(s, col)
        if role == Qt.ItemDataRole.FontRole and s.conference.id == self._current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.INVITED, self.CHECKED_IN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, s: ConferenceSummary, col: int) -> Any:
        c = s.conference
        if col == self.TITLE:
            return c.title
        if col == self.DATES:
            return labels.span_text(c.starts_at, c.ends_at)
        if col == self.VENUE:
            return c.venue
        if col == self.ORGANIZER:
            return c.organizer
        if col == self.INVITED:
            return s.invited
        return s.checked_in
