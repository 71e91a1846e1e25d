"""Session topics in their order, with how many attended each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.models import Topic
from desktop_app.ui.common import labels
from desktop_app.ui.models.record_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex


class TopicTableModel(RecordTableModel[Topic]):
    NUMBER, TITLE, PRESENTER, PRESENTER_UNIT, TIME, ROOM, ATTENDANCE = range(7)
    COLUMN_COUNT = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._attendance: dict[int, int] = {}
        self._invited = 0

    def set_topics(self, topics: list[Topic], attendance: dict[int, int], invited: int) -> None:
        self.beginResetModel()
        self._rows = list(topics)
        self._attendance = dict(attendance)
        self._invited = invited
        self.endResetModel()

    def topic_at(self, row: int) -> Topic | None:
        return self._record(row)

    def attendance_of(self, topic_id: int) -> int:
        return self._attendance.get(topic_id, 0)

    def row_of(self, topic_id: int) -> int | None:
        return next((i for i, t in enumerate(self._rows) if t.id == topic_id), None)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("Topic"), self.tr("Presenter"), self.tr("Presenter's unit"),
                self.tr("Time"), self.tr("Room"), self.tr("Attendance"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        topic = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(topic, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.ATTENDANCE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, t: Topic, column: int) -> str:
        if column == self.NUMBER:
            return str(t.position)
        if column == self.TITLE:
            return t.title
        if column == self.PRESENTER:
            return t.presenter
        if column == self.PRESENTER_UNIT:
            return t.presenter_unit
        if column == self.TIME:
            if t.starts_at is None:
                return ""
            end = f"–{labels.time_text(t.ends_at)}" if t.ends_at else ""
            return f"{labels.time_text(t.starts_at)}{end} {labels.date_text(t.starts_at)}"
        if column == self.ROOM:
            return t.room
        return labels.count_text(self._attendance.get(t.id, 0), self._invited)
