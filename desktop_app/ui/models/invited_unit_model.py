"""Units invited without names, with how many people each is asked to send and its section."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.invitation import InvitedUnit
from desktop_app.ui.models.record_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex


class InvitedUnitModel(RecordTableModel[InvitedUnit]):
    UNIT, SEATS, SECTION = range(3)
    COLUMN_COUNT = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sections: dict[int, str] = {}

    def set_units(self, units: list[InvitedUnit], section_titles: dict[int, str]) -> None:
        self._sections = dict(section_titles)
        self._reset_rows(units)

    def unit_at(self, row: int) -> InvitedUnit | None:
        return self._record(row)

    def headers(self) -> tuple[str, ...]:
        return self.tr("Unit"), self.tr("People"), self.tr("Section")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        unit, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.UNIT:
                return unit.unit_name
            if column == self.SEATS:
                return str(unit.seats)
            return self._sections.get(unit.section_id or 0, "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SEATS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
