"""The check-in desk: one large field for typed text and scanned codes, results as you type,
Enter to check in, a large confirmation, counters, and the latest check-ins at this desk.

The field's text is only ever changed by the clerk: Vietnamese input methods (UniKey, EVKey)
retype words with Backspace, and a program that rewrites the text under them corrupts it. The
program clears it only after a check-in and on Escape."""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)

from desktop_app.domain import codes
from desktop_app.domain.errors import HoinghiError, NotFound, ServerProblem
from desktop_app.domain.kinds import CheckInMethod
from desktop_app.domain.models import Attendee, AttendeeInput, CheckIn, CheckInResult, Conference, Double
from desktop_app.domain.scans import keystroke_readings
from desktop_app.messages import describe, link_status
from desktop_app.store import Database, checkins, doubles
from desktop_app.store.attendees import get_attendee
from desktop_app.store.conferences import get_conference
from desktop_app.store.desk_link import LinkState
from desktop_app.store.engine import waiting_at_most
from desktop_app.store.scans import find_scanned
from desktop_app.store.search import search_attendees
from desktop_app.store.topics import list_topics
from desktop_app.ui.attendees.unit_field import fill_unit_field
from desktop_app.ui.common.session import Session
from desktop_app.ui.common.tables import view_action
from desktop_app.ui.desk import desk_log, desk_undo
from desktop_app.ui.desk.desk_counts import DeskCounts
from desktop_app.ui.desk.desk_layout import DeskLayout
from desktop_app.ui.desk.desk_offline import DeskOffline
from desktop_app.ui.desk.desk_panels import Outcome
from desktop_app.ui.desk.desk_writes import DESK_WAIT_MS, DeskWrites
from desktop_app.ui.desk.doubles_dialog import DoublesDialog
from desktop_app.ui.desk.person_dialog import PersonDialog, namesakes_check

SEARCH_DELAY_MS = 120      # results follow typing within ~150 ms, without a query per keystroke
RESULT_LIMIT = 50
RECENT_LIMIT = 30
OFFLINE_STYLE = "QLabel { background: #fde68a; color: #7c2d12; font-weight: bold; padding: 4px; }"


class DeskView(QWidget):
    """The desk. Signals tell the window what happened (for tests and the status bar)."""

    checked_in = Signal(object)        # CheckInResult (already=True for "already checked in")
    check_in_undone = Signal(object, object)   # CheckIn, Attendee
    results_shown = Signal(int)
    counters_shown = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.topic_id: int | None = None
        self._stale = True
        self._waiting_shown = False
        self._last_added: Attendee | None = None   # the walk-in or substitute of the last F2/F3
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.writes = DeskWrites(session, self)
        self.writes.waiting_changed.connect(self._on_writes_waiting_changed)
        self.writes.failed.connect(self._on_writes_failed)
        self.offline = DeskOffline(session, self)   # on a server: the desk's own copy, and its link
        self.offline.state_changed.connect(self._on_offline_state_changed)
        self.counts = DeskCounts(session, self, path=lambda: self.offline.link and self.offline.link.copy_path)
        self.counts.counted.connect(self._on_counts_counted)
        self.counts.failed.connect(self._on_counts_failed)
        self.ui = DeskLayout(self)
        ui = self.ui
        self.title, self.topic_box, self.desk_label = ui.title, ui.topic_box, ui.desk_label
        self.field, self.message, self.results, self.table = ui.field, ui.message, ui.results, ui.table
        self.check_in_button, self.walk_in_button = ui.check_in_button, ui.walk_in_button
        self.substitute_button, self.undo_button = ui.substitute_button, ui.undo_button
        self.confirmation, self.counters, self.recent = ui.confirmation, ui.counters, ui.recent
        self.link_label = ui.link_label
        self._connect()
        self._build_actions()
        self.retranslate()
        session.conference_changed.connect(self._on_session_conference_changed)
        session.data_changed.connect(self._on_session_data_changed)
        session.desk_changed.connect(self._on_session_desk_changed)

    # -- building -------------------------------------------------------------------------------

    def _connect(self) -> None:
        self.topic_box.activated.connect(self._on_topic_box_activated)
        self.field.textEdited.connect(self._on_field_text_edited)
        self.field.installEventFilter(self)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.check_in_button.clicked.connect(self._on_check_in_button_clicked)
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.substitute_button.clicked.connect(self.add_substitute)
        self.undo_button.clicked.connect(self.undo_last)
        self.link_label.setTextFormat(Qt.TextFormat.RichText)   # the doubles notice links to their review
        self.link_label.linkActivated.connect(lambda _link: self.show_doubles())

    def _build_actions(self) -> None:
        def action(key: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object]) -> QAction:
            return view_action(self, key, slot)

        self.walk_in_action = action("F2", self.add_walk_in)
        self.substitute_action = action("F3", self.add_substitute)
        # In the field Ctrl+Z is caught by eventFilter (a line edit keeps it for itself).
        self.undo_action = action(QKeySequence.StandardKey.Undo, self.undo_last)
        self.history_action = action("Ctrl+H", lambda: desk_log.show_person_history(
            self, self.session, self.selected_attendee(), self._set_message))
        self.log_action = action("Ctrl+L", lambda: desk_log.show_day_log(self, self.session, self._set_message))

    def retranslate(self) -> None:
        self.ui.retranslate(self.session.desk)
        self._fill_topics()
        self._update_title()
        state = self.offline.state
        if state is not None:   # "Working alone…" said again in the new language
            self._on_offline_state_changed(state)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self.ui.apply_fonts()
        super().changeEvent(event)

    # -- keys -----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            return self._on_field_key(event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def _on_field_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_last()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.check_in_typed()
            return True
        if key == Qt.Key.Key_Escape:
            self.clear()
            return True
        moves = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}
        if key in moves:
            self._move_selection(moves[key])
            return True
        return False

    def _move_selection(self, step: int) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.search_now()
        rows = self.results.rowCount()
        if not rows:
            return
        current = self.table.currentIndex().row()
        row = max(0, min(rows - 1, (current if current >= 0 else 0) + step))
        self._select_row(row)

    def _select_row(self, row: int) -> None:
        index = self.results.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)

    # -- searching ------------------------------------------------------------------------------

    def _on_field_text_edited(self, _text: str) -> None:
        if self.confirmation.outcome is Outcome.PROBLEM:   # the clerk has moved on to the next person
            self.confirmation.show_ready()
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.search_now()

    def search_now(self) -> None:
        """Show the matches of the field's text, keeping the selected person if still listed."""
        self._timer.stop()
        db, conference_id = self._db(), self.session.conference_id
        text = self.field.text()
        if db is None or conference_id is None or not text.strip():
            self.results.set_results([])
            self._set_message("")
            self.results_shown.emit(0)
            return
        previous = self.selected_attendee()
        try:
            found = search_attendees(db, conference_id, text, limit=RESULT_LIMIT, topic_id=self.topic_id)
        except HoinghiError as error:
            self._set_message(describe(error))
            return
        self.results.set_results(found)
        row = self.results.row_of(previous.id) if previous is not None else None
        if found:
            self._select_row(row if row is not None else 0)
            self._set_message(self._changed_scan_message(text.strip(), found))
        else:
            self._set_message(self.tr("No one matches “{text}”. Check the spelling, try part of the unit, "
                                      "or add a walk-in (F2).").format(text=text.strip()))
        self.results_shown.emit(len(found))

    def _changed_scan_message(self, text: str, found: list[Attendee]) -> str:
        """What the desk says when the field holds a scan that an input method changed."""
        readings = set(keystroke_readings(text))
        people = [a for a in found if a.code in readings]
        if len(people) == 1:
            return self.tr("An input method (UniKey, EVKey) changed the scanned code to “{text}”; it was read "
                           "back as {code}. Press Enter to check in.").format(text=text, code=people[0].code)
        if people:
            return self.tr("An input method (UniKey, EVKey) changed the scanned code to “{text}”, and it reads "
                           "as the code of {count} people. Nobody is checked in on a guess: choose the person "
                           "by name.").format(text=text, count=len(people))
        return ""

    def _read_back_note(self, text: str, code: str) -> str:
        return self.tr("Checked in by the code {code}, read back from “{text}”: an input method (UniKey, "
                       "EVKey) changed what the scanner typed. Switching it to English (E) while scanning "
                       "avoids this.").format(code=code, text=text)

    def selected_attendee(self) -> Attendee | None:
        index = self.table.currentIndex()
        return self.results.attendee_at(index.row()) if index.isValid() else None

    def _set_message(self, text: str) -> None:
        self.message.setText(text)

    # -- checking in ----------------------------------------------------------------------------

    def check_in_typed(self) -> None:
        """Enter: an exact code checks that person in at once; otherwise the selected result."""
        db, conference_id = self._db(), self.session.conference_id
        if db is None or conference_id is None:
            return
        if self._timer.isActive():
            self.search_now()
        text = self.field.text().strip()
        if not text:
            return
        changed = keystroke_readings(text)   # a scan an input method changed: only a whole code counts
        if codes.looks_like_code(text) or changed:
            try:
                match = find_scanned(db, conference_id, text, topic_id=self.topic_id)
            except HoinghiError as error:   # also several people for one changed scan: no guess
                self._problem(describe(error))
                self.field.selectAll()
                return
            if match is not None:
                note = self._read_back_note(text, match.code) if match.rewritten else ""
                self.check_in(match.attendee.id, CheckInMethod.SCAN, note=note)
                return
        # A changed scan that names nobody is not a name to pick from the list ("TR77GƯ" lists
        # TR77GU by its prefix); capitals shortened by an undone key ("ASB") may still be a name.
        changed = changed if not text.isascii() else []
        selected = self.selected_attendee()
        if selected is not None and not changed:
            self.check_in(selected.id, CheckInMethod.SEARCH)
            return
        if changed:
            self._problem(self.tr("“{text}” looks like a scanned code that an input method (UniKey, EVKey) "
                                  "changed, but it reads as no one's code in this conference. Nobody was "
                                  "checked in: check the invitation, or search by name in small letters."
                                  ).format(text=text))
        elif codes.looks_like_code(text):
            self._problem(describe(NotFound(entity="code", code=text.upper())))
        else:
            self._problem(self.message.text() or self.tr("No one matches “{text}”.").format(text=text))
        self.field.selectAll()  # the next scan replaces what was typed

    def _on_check_in_button_clicked(self) -> None:
        self.check_in_typed()
        self.field.setFocus()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        attendee = self.results.attendee_at(index.row())
        if attendee is not None:
            self.check_in(attendee.id, CheckInMethod.SEARCH)
        self.field.setFocus()

    def check_in(self, attendee_id: int, method: CheckInMethod = CheckInMethod.SEARCH, *,
                 note: str = "") -> CheckInResult | None:
        """The result, or None when it failed or waits for another desk's write to end (then the
        check-in is made as soon as it can, and shown then). `note` is said under it."""
        if self.session.db is None:
            return None
        typed, done = self.field.text(), []
        topic_id, desk = self.topic_id, self.session.desk

        def finish(result: CheckInResult) -> None:
            done.append(result)
            self._show_result(result, typed)
            if note:
                self._set_message(note)

        if self.offline.link is not None:   # on a server: on this desk's copy, sent by the link
            try:
                finish(self.offline.check_in(attendee_id, topic_id=topic_id, method=method))
            except HoinghiError as error:
                self._problem(describe(error))
            return done[0] if done else None
        self.writes.run(lambda db: checkins.check_in(db, attendee_id, topic_id=topic_id, method=method, desk=desk),
                        finish)
        return done[0] if done else None

    def _on_writes_waiting_changed(self, waiting: int) -> None:
        if waiting:
            self._set_message(self.tr("Another desk is saving… Waiting here: {count}; each is saved as soon as "
                                      "it finishes.").format(count=waiting))
            self.field.selectAll()  # kept, and the next scan replaces it rather than joins it
        elif self._waiting_shown:
            self._set_message("")
        self._waiting_shown = bool(waiting)

    def _on_writes_failed(self, error: HoinghiError) -> None:
        self._problem(describe(error))

    def _show_result(self, result: CheckInResult, typed: str | None = None) -> None:
        """`typed`: the field's text when the action was asked for; a check-in that waited for
        another desk leaves whatever the clerk has typed since."""
        self._last_added = None
        c = result.check_in
        if result.already:
            self.confirmation.show_already(result.attendee, c.at, c.desk)
            QApplication.beep()
        else:
            self.confirmation.show_checked_in(result.attendee, c.at, c.desk, result.replaced_by, result.replaces)
        if typed is None or self.field.text() == typed:
            self.clear(keep_confirmation=True)
        self.checked_in.emit(result)
        if not result.already:
            self.session.changed()

    def _problem(self, text: str) -> None:
        self._set_message(text)
        self.confirmation.show_problem(text)

    def clear(self, *, keep_confirmation: bool = True) -> None:
        """Escape: an empty field with the cursor in it, ready for the next person."""
        self._timer.stop()
        self.field.clear()
        self.results.set_results([])
        self._set_message("")
        if not keep_confirmation:
            self.confirmation.show_ready()
        if self.isVisible():   # not from another view: a hidden field would take the focus away from it
            self.field.setFocus()

    def undo_last(self) -> None:
        """Ctrl+Z: the latest check-in made at this desk (for the chosen topic) no longer counts.
        Right after F2 or F3 the clerk may undo the whole action: the record goes too."""
        db, conference_id = self.session.db, self.session.conference_id
        if db is None or conference_id is None:
            return
        desk, topic_id, link = self.session.desk, self.topic_id, self.offline.link
        added, self._last_added = self._last_added, None
        if added is not None:
            choice = desk_undo.ask_undo_choice(self, added)
            if choice is desk_undo.UndoChoice.CANCEL:
                self._last_added = added
                self.field.setFocus()
                return
            if choice is desk_undo.UndoChoice.WHOLE and link is not None:   # on the copy; the link sends it
                self._on_copy(lambda: link.undo_added_person(added.id), self._show_removed)
                return
            if choice is desk_undo.UndoChoice.WHOLE:
                self.writes.run(lambda db: checkins.undo_added_person(db, added.id, desk=desk), self._show_removed)
                return
        if link is not None:
            def undo_on_copy() -> tuple[CheckIn, Attendee]:
                undone = link.undo_last_check_in(conference_id, topic_id=topic_id)
                return undone, get_attendee(link.local.db, undone.attendee_id, topic_id=topic_id)

            if not self._on_copy(undo_on_copy, self._show_undone) and added is not None:
                self._last_added = added   # not sent yet: the whole entry may still be undone
            return

        def write(db: Database) -> tuple[CheckIn, Attendee]:
            undone = checkins.undo_last_check_in(db, conference_id, desk=desk, topic_id=topic_id)
            return undone, get_attendee(db, undone.attendee_id, topic_id=topic_id)

        self.writes.run(write, self._show_undone)

    def _on_copy(self, write: Callable[[], object], done: Callable[[Any], None]) -> bool:
        """A write on the desk's copy (no network, no waiting); a refusal is said plainly."""
        try:
            result = write()
        except HoinghiError as error:
            self._problem(describe(error))
            return False
        done(result)
        return True

    def _show_removed(self, person: Attendee) -> None:
        if self.offline.link is not None:
            self.offline.link.wake()
        self.confirmation.show_problem(self.tr("Undone: {name} was taken off the list.").format(name=person.full_name))
        self._set_message("")
        self.search_now()
        self.session.changed()
        self.field.setFocus()

    def _show_undone(self, result: tuple[CheckIn, Attendee]) -> None:
        undone, attendee = result
        if self.offline.link is not None:   # undone on the server: the desk's copy hears of it now
            self.offline.link.wake()
        self.confirmation.show_undone(attendee, undone.at, undone.desk)
        self._set_message("")
        self.check_in_undone.emit(undone, attendee)
        self.session.changed()
        self.field.setFocus()

    def show_doubles(self) -> None:
        """The doubles to review (people checked in at two desks while one was cut off)."""
        db, conference_id, link, desk = self._db(), self.session.conference_id, self.offline.link, self.session.desk
        if db is None or conference_id is None:
            return
        if link is not None:   # on the copy, queued for the server: the review works cut off too
            def undo(double: Double) -> bool:
                return link.undo_double(double.second)
        else:
            def undo(double: Double) -> bool:
                return doubles.undo_double(db, double.second.id, desk=desk)
        dialog = DoublesDialog(self, db, conference_id, undo)
        dialog.double_undone.connect(self._on_doubles_dialog_double_undone)
        dialog.exec()
        self.field.setFocus()

    def _on_doubles_dialog_double_undone(self, _check_in_id: int) -> None:
        self.session.changed()
        if self.offline.link is not None:   # the desk's notice counts again
            self._on_offline_state_changed(self.offline.link.state)

    # -- walk-ins and substitutes -----------------------------------------------------------------

    @staticmethod
    def _soon(db: Database, write: Callable[[], CheckInResult]) -> CheckInResult:
        """A form's save: a busy file is said at once (DatabaseLocked), and the form, which keeps
        what was typed, tries again (forms.FormDialog)."""
        with waiting_at_most(db, DESK_WAIT_MS):
            return write()

    def _offer_units(self, dialog: PersonDialog) -> PersonDialog:
        """The form's unit field offers this conference's units, then the catalog's of its day
        (read where the desk reads: its copy on a server)."""
        db, conference = self._db(), self._conference()
        if db is not None and conference is not None:
            fill_unit_field(dialog.unit, db, conference)
        return dialog

    def add_walk_in(self) -> None:
        db, conference_id = self._db(), self.session.conference_id
        if db is None or conference_id is None:
            return
        if self.offline.link is not None:   # on a server: on this desk's copy, sent by the link
            def save(person: AttendeeInput) -> CheckInResult:
                return self.offline.add_walk_in(conference_id, person, topic_id=self.topic_id)
        else:
            def save(person: AttendeeInput) -> CheckInResult:
                return self._soon(db, lambda: checkins.add_walk_in(
                    db, conference_id, person, topic_id=self.topic_id, desk=self.session.desk))
        dialog = self._offer_units(PersonDialog(self, save, namesakes=namesakes_check(db, conference_id)))
        if dialog.exec() and dialog.result_value is not None:
            self._show_result(dialog.result_value)
            if not dialog.result_value.already:
                self._last_added = dialog.result_value.attendee   # Ctrl+Z may undo the whole action
        self.field.setFocus()

    def add_substitute(self) -> None:
        db, conference_id = self.session.db, self.session.conference_id
        if db is None or conference_id is None:
            return
        replaced = self.selected_attendee()
        if replaced is None:
            self._set_message(self.tr("First find the invited person who is being replaced and select them in "
                                      "the results, then press F3."))
            self.field.setFocus()
            return
        link = self.offline.link
        if link is not None:   # on a server: on this desk's copy, sent by the link like a walk-in
            def save(person: AttendeeInput) -> CheckInResult:
                return link.add_substitute(replaced.id, person, topic_id=self.topic_id)
        else:
            def save(person: AttendeeInput) -> CheckInResult:
                return self._soon(db, lambda: checkins.add_substitute_and_check_in(
                    db, replaced.id, person, topic_id=self.topic_id, desk=self.session.desk))
        dialog = self._offer_units(PersonDialog(self, save, replaced=replaced))
        if dialog.exec() and dialog.result_value is not None:
            self._show_result(dialog.result_value)
            if not dialog.result_value.already:
                self._last_added = dialog.result_value.attendee   # Ctrl+Z may undo the whole action
        self.field.setFocus()

    # -- topics, counters, refresh --------------------------------------------------------------

    def _fill_topics(self) -> None:
        db, conference_id = self._db(), self.session.conference_id
        items: list[tuple[str, int | None]] = [(self.tr("The whole conference"), None)]
        if db is not None and conference_id is not None:
            # No copy yet and the server away: the conference alone until it answers.
            with contextlib.suppress(ServerProblem):
                items += [(self.tr("Topic {number}: {title}").format(number=t.position, title=t.title), t.id)
                          for t in list_topics(db, conference_id)]
        current = [(self.topic_box.itemText(i), self.topic_box.itemData(i)) for i in range(self.topic_box.count())]
        if items == current and self.topic_box.currentData() == self.topic_id:
            return  # polled often: leave an open list alone
        self.topic_box.blockSignals(True)
        self.topic_box.clear()
        for text, topic_id in items:
            self.topic_box.addItem(text, topic_id)
        index = self.topic_box.findData(self.topic_id)
        if index < 0:
            self.topic_id = None
            index = 0
        self.topic_box.setCurrentIndex(index)
        self.topic_box.setToolTip(self.topic_box.currentText())
        self.topic_box.blockSignals(False)

    def set_topic(self, topic_id: int | None) -> None:
        """Record attendance for a topic (None: the conference itself)."""
        self.topic_id = topic_id
        self._fill_topics()
        self.refresh()

    def _on_topic_box_activated(self, index: int) -> None:
        self.set_topic(self.topic_box.itemData(index))
        self.field.setFocus()

    def _update_title(self) -> None:
        conference = self._conference()
        self.title.setText(conference.title if conference else self.tr("No conference is open. Choose one in "
                                                                      "Conferences (Ctrl+1)."))
        self.title.setToolTip(self.title.text())
        self.confirmation.set_other_day(self._other_day(conference))
        enabled = conference is not None
        for widget in (self.field, self.check_in_button, self.walk_in_button, self.substitute_button,
                       self.undo_button, self.topic_box):
            widget.setEnabled(enabled)

    def _db(self) -> Database | None:
        """Where the desk reads: its copy on a server (never waits on the network), else the file."""
        return self.offline.db or self.session.db

    def conference(self) -> Conference | None:
        """The current conference as the desk reads it (its copy on a server); None if none."""
        return self._conference()

    def _conference(self) -> Conference | None:
        db, conference_id = self._db(), self.session.conference_id
        if db is None or conference_id is None:
            return None
        try:
            return get_conference(db, conference_id)
        except (NotFound, ServerProblem):
            return None

    def _on_offline_state_changed(self, state: LinkState) -> None:
        """Said plainly above the field while the desk works alone, waits to send, or has doubles."""
        to_review = self.offline.doubles()
        text = html.escape(link_status(online=state.online, waiting=state.waiting, doubles=to_review,
                                       refused=state.refused, upgrading=state.upgrading))
        if to_review:   # the place to look at them, one click away
            text += ' <a href="doubles">' + html.escape(self.tr("Review…")) + "</a>"
        self.link_label.setText(text)
        self.link_label.setStyleSheet(OFFLINE_STYLE if not state.online or to_review else "")
        self.link_label.setVisible(not state.online or bool(state.waiting) or bool(to_review))
        self._stale = True   # the copy may have changed: counted again now, or when the desk is shown
        if self.isVisible():
            self._fill_topics()
            self.refresh()

    def _other_day(self, conference: Conference | None) -> tuple[datetime, datetime] | None:
        """(start, now) when the conference is on none of the days it runs: the desk says so."""
        db = self._db()
        if conference is None or db is None:
            return None
        now = db.now()
        last = (conference.ends_at or conference.starts_at).date()
        return None if conference.starts_at.date() <= now.date() <= last else (conference.starts_at, now)

    def refresh(self) -> None:
        """Counters, latest check-ins and the statuses of the listed results, from the database."""
        self._stale = False
        db, conference_id = self._db(), self.session.conference_id
        if db is None or conference_id is None:
            self.counts.cancel()
            self.counters.set_counts([])
            self.recent.set_check_ins([])
            return
        self.counts.request(self.topic_id)   # counted on a worker: tens of ms at 100,000 people
        try:
            recent = checkins.recent_check_ins(db, conference_id, desk=self.session.desk,
                                               topic_id=self.topic_id, limit=RECENT_LIMIT)
        except HoinghiError as error:  # a busy database: the next poll tries again
            self._set_message(describe(error))
            return
        self.recent.set_check_ins(recent)
        if self.field.text().strip() and not self._timer.isActive():
            self.search_now()

    def _on_counts_counted(self, sections: list, topic_id: int | None) -> None:
        if topic_id != self.topic_id:
            return
        self.counters.set_counts(sections, self.topic_box.currentText() if topic_id is not None else "")
        self.counters_shown.emit()

    def _on_counts_failed(self, error: object) -> None:
        if isinstance(error, HoinghiError):   # the next poll or action counts again
            self._set_message(describe(error))

    def _on_session_conference_changed(self) -> None:
        self.topic_id = None
        self.clear(keep_confirmation=False)
        self._fill_topics()
        self._update_title()
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _on_session_data_changed(self, _external: bool) -> None:
        self._stale = True
        if self.isVisible():
            self._fill_topics()
            self._update_title()
            self.refresh()

    def _on_session_desk_changed(self, _desk: str) -> None:
        self.retranslate()
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._fill_topics()
            self._update_title()
            self.refresh()
        self.field.setFocus()
