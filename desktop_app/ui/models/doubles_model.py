"""The doubles to review: who, of which unit, for the conference or which of its topics, checked in
first when and where, and again when and at which (cut-off) desk."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.models import Double
from desktop_app.ui.common import labels
from desktop_app.ui.models.record_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex


class DoublesModel(RecordTableModel[Double]):
    PERSON, UNIT, TOPIC, FIRST_AT, FIRST_DESK, SECOND_AT, SECOND_DESK = range(7)
    COLUMN_COUNT = 7

    def set_doubles(self, doubles: list[Double]) -> None:
        self._reset_rows(doubles)

    def double_at(self, row: int) -> Double | None:
        return self._record(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Person"), self.tr("Unit"), self.tr("Check-in for"), self.tr("Checked in (counts)"),
                self.tr("At desk"), self.tr("Checked in again"), self.tr("At desk (cut off)"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        d = self._record(index.row()) if index.isValid() else None
        if d is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        topic = d.topic or self.tr("The whole conference")
        return (d.attendee.full_name, d.attendee.unit_name, topic, labels.datetime_text(d.first.at), d.first.desk,
                labels.datetime_text(d.second.at), d.second.desk)[index.column()]
