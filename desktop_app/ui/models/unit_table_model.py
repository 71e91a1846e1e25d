"""The unit catalog as a table: name, kind, official order, valid from and to, successor, aliases;
and a filter by any word of the name or an alias, accents ignored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from desktop_app.domain.models import Unit
from desktop_app.domain.text import fold, fold_words
from desktop_app.ui.common import labels
from desktop_app.ui.models.record_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
UNIT_ROLE = Qt.ItemDataRole.UserRole + 1


class UnitTableModel(RecordTableModel[Unit]):
    NAME, KIND, ORDER, VALID_FROM, VALID_TO, SUCCESSOR, ALIASES = range(7)
    COLUMN_COUNT = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._names: dict[int, str] = {}

    def set_units(self, units: list[Unit]) -> None:
        self._names = {u.id: u.name for u in units}
        self._reset_rows(units)

    def unit_at(self, row: int) -> Unit | None:
        return self._record(row)

    def row_of(self, unit_id: int) -> int:
        return next((i for i, u in enumerate(self._rows) if u.id == unit_id), -1)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Kind"), self.tr("Order"), self.tr("Valid from"), self.tr("Valid to"),
                self.tr("Successor"), self.tr("Also written as"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        unit = self._record(index.row()) if index.isValid() else None
        if unit is None:
            return None
        if role == UNIT_ROLE:
            return unit
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.ORDER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (
            unit.name, labels.kind_label(unit.kind), unit.official_order,
            f"{unit.valid_from:%d/%m/%Y}" if unit.valid_from else "",
            f"{unit.valid_to:%d/%m/%Y}" if unit.valid_to else "",
            self._names.get(unit.successor_id, "") if unit.successor_id else "",
            "; ".join(unit.aliases),
        )[index.column()]


class UnitFilterProxyModel(QSortFilterProxyModel):
    """Keeps the units where every typed word starts a word of the name or an alias."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._typed: list[str] = []

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._typed = fold_words(text)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._typed = fold_words(text)
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._typed:
            return True
        unit = self.sourceModel().index(source_row, 0, source_parent).data(UNIT_ROLE)
        words = fold(" ".join((unit.name, *unit.aliases))).split()
        return all(any(w.startswith(t) for w in words) for t in self._typed)
