"""Attendance of groups (sections, units, topics): invited, present, absent and a share drawn as
a bar by BarDelegate. Used by the statistics and by the desk's counters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.models import GroupStats
from desktop_app.domain.text import text_sort_key
from desktop_app.ui.common import labels
from desktop_app.ui.models.record_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex

# The share (0.0–1.0) of a row, for the bar delegate.
ShareRole = Qt.ItemDataRole.UserRole + 1
# What a sorting proxy compares: numbers as numbers, titles in Vietnamese order.
SortRole = Qt.ItemDataRole.UserRole + 2


class GroupStatsModel(RecordTableModel[GroupStats]):
    TITLE, PRESENT_OF_INVITED, INVITED, PRESENT, ABSENT, SHARE = range(6)
    COLUMN_COUNT = 6

    def __init__(self, parent: Any = None, *, title_of: Callable[[str], str] = labels.section_title,
                 header: Callable[[], str] | None = None) -> None:
        """`title_of` words a group's title on screen (an empty one as "No section", "No unit");
        `header` names the title column ("Section", "Unit")."""
        super().__init__(parent)
        self._title_of = title_of
        self._header = header

    def set_groups(self, rows: list[GroupStats] | tuple[GroupStats, ...]) -> None:
        rows = list(rows)
        if rows == self._rows:
            return
        if [g.key for g in rows] == [g.key for g in self._rows]:
            self._rows = rows  # same groups, new numbers: keep the view's selection and scroll
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.SHARE))
            return
        self._reset_rows(rows)

    def group_at(self, row: int) -> GroupStats | None:
        return self._record(row)

    def headers(self) -> tuple[str, ...]:
        title = self._header() if self._header else self.tr("Group")
        return (title, self.tr("Present / invited"), self.tr("Invited"), self.tr("Present"), self.tr("Absent"),
                self.tr("Share present"))

    def header_role(self, section: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and section != self.TITLE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        g = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(g, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return self._display(g, column)
        if role == ShareRole:   # None while not counted: the delegate then shows the text ("…")
            return None if g.present is None else g.present / g.invited if g.invited else 0.0
        if role == SortRole:
            return self._sort_value(g, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.TITLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _sort_value(self, g: GroupStats, column: int) -> str | int | float:
        if column == self.TITLE:
            return text_sort_key(g.title)
        if column in (self.PRESENT_OF_INVITED, self.SHARE):
            return g.present / g.invited if g.invited and g.present is not None else -1.0
        shown = self._display(g, column)
        return shown if isinstance(shown, int) else -1

    def _display(self, g: GroupStats, column: int) -> str | int:
        if column == self.TITLE:
            return self._title_of(g.title)
        if column == self.PRESENT_OF_INVITED:
            return labels.count_text(g.present, g.invited)
        if column == self.INVITED:
            return g.invited
        if column == self.PRESENT:
            return g.present if g.present is not None else "…"
        if column == self.ABSENT:
            return g.absent if g.absent is not None else "…"
        return labels.percent_text(g.present, g.invited)
