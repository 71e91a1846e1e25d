"""Who attended one session topic: the people checked in for it, in protocol order, with the time
and desk of their check-in. Listed on a worker, shown a page at a time (any size)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.domain.listing import AttendeeFilter, PresenceFilter
from desktop_app.domain.models import Topic
from desktop_app.store.listing import attendee_ids, attendees_by_ids
from desktop_app.ui.attendees.attendee_lists import AttendeeListView
from desktop_app.ui.common.session import Session
from desktop_app.ui.common.workers import JobRunner, Task, error_text
from desktop_app.ui.models import attendee_columns as cols
from desktop_app.ui.models.attendee_table_model import AttendeeTableModel


class TopicAttendance(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.topic: Topic | None = None
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.model = AttendeeTableModel(self._fetch, self)
        self.table = AttendeeListView(self.model, self)
        self.table.setObjectName("topic_attendance")
        for column in (cols.STATUS, cols.CODE, cols.PHONE):
            self.table.setColumnHidden(column, True)
        self.loader = JobRunner(self)
        self.loader.succeeded.connect(self._on_loader_succeeded)
        self.loader.failed.connect(self._on_loader_failed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        self._show_caption()

    def _fetch(self, ids: list[int]) -> list:
        if self.session.db is None or self.topic is None:
            return []
        return attendees_by_ids(self.session.db, ids, topic_id=self.topic.id)

    def show_topic(self, topic: Topic | None, *, replace: bool = True) -> None:
        """List who attended `topic` (None: nobody chosen)."""
        changed = topic is None or self.topic is None or topic.id != self.topic.id
        self.topic = topic
        path, conference_id = self.session.path, self.session.conference_id
        if topic is None or path is None or conference_id is None:
            self.model.set_ids([])
            self._show_caption()
            return
        if changed:
            self.model.set_ids([])
        flt = AttendeeFilter(presence=PresenceFilter.PRESENT, topic_id=topic.id)
        self.loader.request(Task(path, lambda db, _p: (topic.id, attendee_ids(db, conference_id, filter=flt)),
                                 desk=self.session.desk), replace=replace)
        self._show_caption()

    def _on_loader_succeeded(self, result: tuple[int, list[int]]) -> None:
        topic_id, ids = result
        if self.topic is None or topic_id != self.topic.id:
            return
        if self.model.set_ids(ids, self.table.visible_rows()):
            self.table.load_visible()
        self._show_caption()

    def _on_loader_failed(self, error: object) -> None:
        self.caption.setText(error_text(error))

    def _show_caption(self) -> None:
        self.table.set_hint(self.tr("Nobody is checked in for this topic yet. To record attendance, choose the "
                                    "topic under “Attendance for” at the desk, or press Ctrl+Enter here.")
                            if self.topic is not None and not self.loader.running else "")
        if self.topic is None:
            self.caption.setText(self.tr("Choose a topic above to see who attended it."))
        elif self.loader.running and self.model.rowCount() == 0:
            self.caption.setText(self.tr("Loading…"))
        else:
            self.caption.setText(self.tr("Attended topic {number} ({title}): {count}").format(
                number=self.topic.position, title=self.topic.title, count=self.model.rowCount()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_caption()
        super().changeEvent(event)
