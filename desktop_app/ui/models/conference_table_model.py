"""The conferences table: title, dates, venue, organizer, invited, checked in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.models import ConferenceSummary

Index = QModelIndex | QPersistentModelIndex


class ConferenceTableModel(QAbstractTableModel):
    TITLE, DATES, VENUE, ORGANIZER, INVITED, CHECKED_IN = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ConferenceSummary] = []

    def set_conferences(self, rows: list[ConferenceSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def conference_at(self, row: int) -> ConferenceSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Title"), self.tr("Dates"), self.tr("Venue"), self.tr("Organizer"),
                self.tr("Invited"), self.tr("Checked in"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        s = self._rows[index.row()]
        c = s.conference
        col = index.column()
        if col == self.TITLE:
            return c.title
        if col == self.DATES:
            start = c.starts_at.strftime("%d/%m/%Y %H:%M")
            return start if c.ends_at is None else f"{start} – {c.ends_at:%H:%M}" if (
                c.ends_at.date() == c.starts_at.date()) else f"{start} – {c.ends_at:%d/%m/%Y}"
        if col == self.VENUE:
            return c.venue
        if col == self.ORGANIZER:
            return c.organizer
        if col == self.INVITED:
            return s.invited
        return s.checked_in
