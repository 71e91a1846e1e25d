"""The conferences of the open database: create, edit, duplicate, delete, and open one to make it
the current conference everywhere."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import HoinghiError, ServerProblem
from desktop_app.domain.models import Conference, ConferenceSummary
from desktop_app.domain.validation import validate_conference_fields
from desktop_app.messages import describe, long_write_warning
from desktop_app.store import backup
from desktop_app.store.conferences import (
    create_conference,
    delete_conference,
    duplicate_conference,
    list_conferences,
    update_conference,
)
from desktop_app.store.sections import list_sections
from desktop_app.store.topics import list_topics
from desktop_app.ui.common.empty_state import EmptyState
from desktop_app.ui.common.forms import confirm, show_error
from desktop_app.ui.common.session import Session
from desktop_app.ui.common.tables import action_bar, record_table, view_action
from desktop_app.ui.common.workers import Task, TaskRun, run_with_progress
from desktop_app.ui.conferences.conference_details import ConferenceDetails
from desktop_app.ui.conferences.conference_dialog import ConferenceDialog, DuplicateDialog
from desktop_app.ui.conferences.sections_dialog import SectionsDialog
from desktop_app.ui.models.conference_table_model import ConferenceTableModel


class ConferencesView(QWidget):
    """`conference_opened` fires when the clerk opens one (Enter or double-click)."""

    conference_opened = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ConferenceTableModel(self)
        self.table = record_table(QTableView(self), self.model, "conference_table", stretch=ConferenceTableModel.TITLE,
                                  widths=((1, 210), (2, 220), (3, 200), (4, 90), (5, 110)))
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.details = ConferenceDetails(self)
        self.content = QSplitter(Qt.Orientation.Vertical, self)
        self.content.addWidget(self.table)
        self.content.addWidget(self.details)
        self.content.setStretchFactor(0, 2)
        self.content.setStretchFactor(1, 3)
        self.content.setSizes([220, 380])
        self.empty_state = EmptyState(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.content)
        self._build_actions()
        self.buttons = action_bar(self, (self.open_action, self.new_action, self.edit_action, self.sections_action,
                                         self.duplicate_action, self.delete_action))
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.stack, 1)
        self._database_actions: Sequence[QAction] = ()
        self._stale = True
        self._run: TaskRun | None = None
        self.retranslate()
        self.table.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)
        session.database_changed.connect(self._on_session_database_changed)
        session.conference_changed.connect(self._on_session_conference_changed)
        session.data_changed.connect(self._on_session_data_changed)
        self.update_actions()

    def _build_actions(self) -> None:
        def action(key: QKeySequence | QKeySequence.StandardKey | Qt.Key | str | None, slot: Callable[[], object],
                   *, view_only: bool = False) -> QAction:
            return view_action(self, key, slot, local=view_only)   # Enter and Delete mean these only here

        self.open_action = action(Qt.Key.Key_Return, self.open_selected, view_only=True)
        self.new_action = action(QKeySequence.StandardKey.New, self.new_conference)
        self.edit_action = action("Ctrl+E", self.edit_conference)
        self.sections_action = action(None, self.edit_sections)
        self.duplicate_action = action("Ctrl+D", self.duplicate)
        self.delete_action = action(QKeySequence.StandardKey.Delete, self.delete, view_only=True)

    def set_database_actions(self, actions: Sequence[QAction]) -> None:
        """The window's New/Open database actions, offered when no database is open."""
        self._database_actions = actions
        self._update_empty_state()

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("&Open"))
        self.open_action.setToolTip(self.tr("Make the selected conference the current one (Enter)"))
        self.new_action.setText(self.tr("&New conference…"))
        self.edit_action.setText(self.tr("&Edit…"))
        self.sections_action.setText(self.tr("&Sections…"))
        self.sections_action.setToolTip(self.tr("The headings of the lists and the kinds of unit each takes"))
        self.duplicate_action.setText(self.tr("Dup&licate…"))
        self.delete_action.setText(self.tr("&Delete…"))
        self._update_empty_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        super().changeEvent(event)

    def _update_empty_state(self) -> None:
        if self.session.db is None:
            self.empty_state.set_text(self.tr("No database is open"),
                                      self.tr("Create a new database, open an existing one, or try the demo."))
            self.empty_state.set_actions(self._database_actions)
            self.stack.setCurrentWidget(self.empty_state)
        elif self.model.rowCount() == 0:
            self.empty_state.set_text(self.tr("No conferences yet"),
                                      self.tr("Create the first one: title, date and venue are enough to start."))
            self.empty_state.set_actions([self.new_action])
            self.stack.setCurrentWidget(self.empty_state)
        else:
            self.stack.setCurrentWidget(self.content)

    def update_actions(self) -> None:
        has_db = self.session.db is not None and not self.session.offline   # offline: they need the server
        target = self.target_id() is not None
        self.new_action.setEnabled(has_db)
        for act in (self.open_action, self.edit_action, self.sections_action, self.duplicate_action,
                    self.delete_action):
            act.setEnabled(has_db and target)

    # -- data -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        db = self.session.db
        try:
            self.model.set_conferences(list_conferences(db) if db is not None else [])
        except ServerProblem as error:   # the server went away: said here, and the window's bar
            self.model.set_conferences([])
            self.empty_state.set_text(self.tr("The server cannot be reached"), describe(error))
            self.empty_state.set_actions([])
            self.stack.setCurrentWidget(self.empty_state)
            return
        self.model.set_current(self.session.conference_id)
        self._update_empty_state()
        if not self.table.currentIndex().isValid() and self.session.conference_id is not None:
            self.select(self.session.conference_id)
        self.update_actions()
        self._show_details()

    def select(self, conference_id: int) -> None:
        row = self.model.row_of(conference_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def target_id(self) -> int | None:
        """The selected conference when this view is on screen, else the current one."""
        index = self.table.currentIndex()
        if self.isVisible() and index.isValid():
            return self.model.conference_at(index.row()).conference.id
        return self.session.conference_id

    def _on_session_database_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()
        else:  # counting every conference's attendees can wait until this view is shown
            self.model.set_conferences([])
            self._update_empty_state()
            self.update_actions()

    def _on_session_conference_changed(self) -> None:
        self.model.set_current(self.session.conference_id)
        if self.session.conference_id is not None and not self.table.currentIndex().isValid():
            self.select(self.session.conference_id)
        self.update_actions()

    def _on_session_data_changed(self, _external: bool) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _on_selection_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.update_actions()
        self._show_details()

    def _show_details(self) -> None:
        db, index = self.session.db, self.table.currentIndex()
        if db is None or not index.isValid():
            self.details.show_conference(None, [], [])
            return
        c = self.model.conference_at(index.row()).conference
        self.details.show_conference(c, list_sections(db, c.id), list_topics(db, c.id))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self.update_actions()

    # -- actions --------------------------------------------------------------------------------

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self.open_selected()

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            conference_id = self.model.conference_at(index.row()).conference.id
            self.session.set_conference(conference_id)
            self.conference_opened.emit(conference_id)

    def new_conference(self) -> None:
        db = self.session.db
        if db is None:
            return
        dialog = ConferenceDialog(self, lambda c: create_conference(
            db, c.title, c.starts_at, ends_at=c.ends_at, venue=c.venue, organizer=c.organizer,
            parent_agency=c.parent_agency, chair=c.chair, place_name=c.place_name, notes=c.notes,
            numbering=c.numbering))
        if dialog.exec() and dialog.result_value is not None:
            created: Conference = dialog.result_value
            self.session.changed()
            self.refresh()
            self.select(created.id)
            self.session.set_conference(created.id)

    def edit_conference(self) -> None:
        db, target = self.session.db, self.target_id()
        if db is None or target is None:
            return
        try:
            from desktop_app.store.conferences import get_conference

            conference = get_conference(db, target)
        except HoinghiError as error:
            show_error(self, error)
            self.refresh()
            return
        dialog = ConferenceDialog(self, lambda c: update_conference(db, c), conference)
        if dialog.exec():
            self.session.changed()
            self.refresh()

    def edit_sections(self) -> None:
        db, target = self.session.db, self.target_id()
        if db is None or target is None:
            return
        dialog = SectionsDialog(self, db, target)
        dialog.exec()
        if dialog.changed:
            self.session.changed()
            self.refresh()

    def _target_summary(self) -> ConferenceSummary | None:
        """The listed conference the next action is for (target_id()), with its counts; None
        without a database file or server, or when it is not in the list."""
        target = self.target_id()
        if self.session.db is None or self.session.path is None or target is None:
            return None
        row = self.model.row_of(target)
        return None if row is None else self.model.conference_at(row)

    def duplicate(self) -> None:
        summary, path = self._target_summary(), self.session.path
        if summary is None or path is None:
            return
        source = summary.conference

        def check(title: str, starts: datetime, ends: datetime | None) -> None:
            validate_conference_fields(title, starts, ends)

        dialog = DuplicateDialog(self, source, check)
        if not dialog.exec() or dialog.result_value is None:
            return
        title, starts, ends, with_attendees = dialog.result_value
        task = Task(path, lambda db, _progress: duplicate_conference(
            db, source.id, title=title, starts_at=starts, ends_at=ends, with_attendees=with_attendees),
            desk=self.session.desk)
        self._run = run_with_progress(self, task, title=self.tr("Duplicate conference"),
                                      label=self.tr("Copying “{title}”…").format(title=source.title),
                                      on_done=self._on_duplicated)

    def _on_duplicated(self, copy: Conference) -> None:
        self.session.changed()
        self.refresh()
        self.select(copy.id)

    def delete(self) -> None:
        summary, path = self._target_summary(), self.session.path
        if summary is None or path is None:
            return
        text = self.tr("Delete “{title}” with its {invited} attendees and {present} check-ins?\n\n"
                       "A backup copy of the whole database is taken first, in the folder “{folder}”."
                       ).format(title=summary.conference.title, invited=summary.invited,
                                present=summary.checked_in, folder=backup.backups_dir(path).name)
        text += "\n\n" + long_write_warning()
        if not confirm(self, self.tr("Delete conference"), text, yes=self.tr("&Delete")):
            return
        conference_id = summary.conference.id

        def job(db, progress) -> int:
            delete_conference(db, conference_id)  # takes the backup copy first
            return conference_id

        task = Task(path, job, desk=self.session.desk)
        self._run = run_with_progress(self, task, title=self.tr("Delete conference"),
                                      label=self.tr("Taking a backup copy, then deleting…"),
                                      on_done=self._on_deleted)

    def _on_deleted(self, conference_id: int) -> None:
        if self.session.conference_id == conference_id:
            self.session.set_conference(None)
        self.session.changed()
        self.refresh()
