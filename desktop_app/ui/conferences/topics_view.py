"""Session topics of the current conference: an ordered list to add to, edit, reorder and delete,
with the attendance of each; one key takes the desk to record attendance for a topic."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import HoinghiError
from desktop_app.domain.models import Topic
from desktop_app.store import topics as topic_store
from desktop_app.store.listing import section_counts, topic_attendance
from desktop_app.ui.common import labels
from desktop_app.ui.common.empty_state import EmptyState
from desktop_app.ui.common.forms import confirm, show_error
from desktop_app.ui.common.session import Session
from desktop_app.ui.common.tables import action_bar, record_table, view_action
from desktop_app.ui.conferences.topic_attendance import TopicAttendance
from desktop_app.ui.conferences.topic_dialog import TopicDialog
from desktop_app.ui.models.topic_table_model import TopicTableModel


class TopicsView(QWidget):
    """`desk_requested(topic_id)` asks the window to open the desk for that topic."""

    desk_requested = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = TopicTableModel(self)
        self.table = record_table(QTableView(self), self.model, "topic_table", wrap=True, stretch=TopicTableModel.TITLE,
                                  widths=((0, 50), (2, 170), (3, 230), (4, 170), (5, 120), (6, 110)))
        # Wrapped cells (long unit names) get a little air above and below, as in the attendee lists.
        self.table.setStyleSheet("QTableView::item { padding: 3px 4px; }")
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.empty_state = EmptyState(self)
        self.attendance = TopicAttendance(session, self)
        self.content = QSplitter(Qt.Orientation.Vertical, self)
        self.content.addWidget(self.table)
        self.content.addWidget(self.attendance)
        self.content.setStretchFactor(0, 1)
        self.content.setStretchFactor(1, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.content)
        self._build_actions()
        buttons = action_bar(self, (self.add_action, self.edit_action, self.up_action, self.down_action,
                                    self.delete_action, self.desk_action))
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        self._stale = True
        self.retranslate()
        self.table.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)
        session.conference_changed.connect(self._on_session_changed)
        session.database_changed.connect(self._on_session_changed)
        session.data_changed.connect(self._on_session_changed)
        self._update_actions()

    def _build_actions(self) -> None:
        def action(key: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object]) -> QAction:
            return view_action(self, key, slot)

        self.add_action = action("Ins", self.add_topic)
        self.edit_action = action("Return", self.edit_topic)
        self.up_action = action("Ctrl+Up", lambda: self.move(-1))
        self.down_action = action("Ctrl+Down", lambda: self.move(1))
        self.delete_action = action(QKeySequence.StandardKey.Delete, self.delete_topic)
        self.desk_action = action("Ctrl+Return", self.open_desk)

    def retranslate(self) -> None:
        self.add_action.setText(self.tr("&Add topic…  (Ins)"))
        self.edit_action.setText(self.tr("&Edit…  (Enter)"))
        self.up_action.setText(self.tr("Move &up  (Ctrl+↑)"))
        self.down_action.setText(self.tr("Move do&wn  (Ctrl+↓)"))
        self.delete_action.setText(self.tr("&Delete…  (Del)"))
        self.desk_action.setText(self.tr("Check in for this topic  (Ctrl+Enter)"))
        self._update_empty_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        super().changeEvent(event)

    def _update_empty_state(self) -> None:
        if self.session.conference_id is None:
            self.empty_state.set_text(self.tr("No conference is open"),
                                      self.tr("Open a conference in Conferences (Ctrl+1) to see its topics."))
            self.empty_state.set_actions([])
            self.stack.setCurrentWidget(self.empty_state)
        elif self.model.rowCount() == 0:
            self.empty_state.set_text(self.tr("No session topics yet"), self.tr(
                "Add the topics (chuyên đề) of the conference; the desk can then record attendance for each."))
            self.empty_state.set_actions([self.add_action])
            self.stack.setCurrentWidget(self.empty_state)
        else:
            self.stack.setCurrentWidget(self.content)

    def _update_actions(self) -> None:
        has_conference = self.session.conference_id is not None
        selected = self.selected() is not None
        self.add_action.setEnabled(has_conference)
        for act in (self.edit_action, self.up_action, self.down_action, self.delete_action, self.desk_action):
            act.setEnabled(has_conference and selected)

    # -- data -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        db, conference_id = self.session.db, self.session.conference_id
        selected = self.selected()
        if db is None or conference_id is None:
            self.model.set_topics([], {}, 0)
        else:
            invited = sum(g.invited for g in section_counts(db, conference_id))
            self.model.set_topics(topic_store.list_topics(db, conference_id), topic_attendance(db, conference_id),
                                  invited)
        self._update_empty_state()
        if selected is not None and self.model.row_of(selected.id) is not None:
            self.select(selected.id)
        elif self.model.rowCount():
            self.select(self.model.topic_at(0).id)  # so the attendance below is never an empty pane
        else:
            self.attendance.show_topic(None)
        self._update_actions()

    def select(self, topic_id: int) -> None:
        row = self.model.row_of(topic_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)

    def selected(self) -> Topic | None:
        index = self.table.currentIndex()
        return self.model.topic_at(index.row()) if index.isValid() else None

    def _on_session_changed(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()
        else:
            self._update_actions()

    def _on_selection_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        self.attendance.show_topic(self.selected())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- actions --------------------------------------------------------------------------------

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self.edit_topic()

    def add_topic(self) -> None:
        db, conference = self.session.db, self.session.conference()
        if db is None or conference is None:
            return
        blank = Topic(id=0, conference_id=conference.id, position=0, title="")
        dialog = TopicDialog(self, lambda t: topic_store.add_topic(
            db, conference.id, t.title, presenter=t.presenter, presenter_unit=t.presenter_unit,
            starts_at=t.starts_at, ends_at=t.ends_at, room=t.room), blank, conference.starts_at,
            topic_store.list_topics(db, conference.id))
        if dialog.exec() and dialog.result_value is not None:
            self._changed(dialog.result_value.id)

    def edit_topic(self) -> None:
        db, conference, topic = self.session.db, self.session.conference(), self.selected()
        if db is None or conference is None or topic is None:
            return
        dialog = TopicDialog(self, lambda t: topic_store.update_topic(db, t), topic, conference.starts_at,
                             topic_store.list_topics(db, conference.id))
        if dialog.exec():
            self._changed(topic.id)

    def move(self, step: int) -> None:
        db, topic = self.session.db, self.selected()
        if db is None or topic is None:
            return
        try:
            topic_store.move_topic(db, topic.id, max(1, topic.position + step))
        except HoinghiError as error:
            show_error(self, error)
        self._changed(topic.id)

    def delete_topic(self) -> None:
        db, topic = self.session.db, self.selected()
        if db is None or topic is None:
            return
        present = self.model.attendance_of(topic.id)
        question = (self.tr("Delete the topic “{title}” and the {count} check-ins recorded for it?") if present else
                    self.tr("Delete the topic “{title}”? Nobody has been checked in for it."))
        if not confirm(self, self.tr("Delete topic"), question.format(title=topic.title, count=labels.number(present)),
                       yes=self.tr("&Delete")):
            return
        row = self.model.row_of(topic.id)
        try:
            topic_store.delete_topic(db, topic.id)
        except HoinghiError as error:
            show_error(self, error)
            row = None
        self._changed(None)
        if row is not None and self.model.rowCount():   # the next one: Del or Enter go on working
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def open_desk(self) -> None:
        topic = self.selected()
        if topic is not None:
            self.desk_requested.emit(topic.id)

    def _changed(self, select: int | None) -> None:
        self.session.changed()
        self.refresh()
        if select is not None:
            self.select(select)
        self.table.setFocus()
