"""A person's or a desk's history from the audit log: when, at which desk, what, about whom."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.models import AuditEntry
from desktop_app.ui.common import labels
from desktop_app.ui.models.record_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
Entry = tuple[AuditEntry, str]   # the entry and the name of the person it is about


def action_label(entry: AuditEntry) -> str:
    """What happened, in words; a substitute's entry says whom they replace."""
    translate = QCoreApplication.translate
    if entry.entity == "attendee" and entry.action == "add" and entry.details.get("status") == "substitute":
        return translate("HistoryModel", "Added as a substitute")
    texts = {
        "add": translate("HistoryModel", "Added"),
        "update": translate("HistoryModel", "Edited"),
        "check_in": translate("HistoryModel", "Checked in"),
        "bulk_check_in": translate("HistoryModel", "Checked in (several at once)"),
        "undo_check_in": translate("HistoryModel", "Check-in undone"),
        "double_check_in": translate("HistoryModel", "Checked in again at a desk that was cut off: a double to review"),
        "undo_double": translate("HistoryModel", "Double reviewed and undone: the first check-in counts"),
        "delete": translate("HistoryModel", "Deleted"),
    }
    return texts.get(entry.action, entry.action)


class HistoryModel(RecordTableModel[Entry]):
    TIME, DESK, ACTION, PERSON = range(4)
    COLUMN_COUNT = 4

    def set_entries(self, entries: list[Entry]) -> None:
        self._reset_rows(entries)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Desk"), self.tr("What"), self.tr("Person"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self._record(index.row()) if index.isValid() else None
        if record is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry, person = record
        return (labels.datetime_text(entry.at), entry.desk, action_label(entry), person)[index.column()]
