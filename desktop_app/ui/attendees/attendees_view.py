"""The attendees of the current conference, grouped by section and unit (present / invited on each
group) or as one list; filters by unit kind, attendance and folded search text; add, edit, mark as
substitute, check in or undo, delete.

Fast at 100,000 people: the groups (or the ordered ids) are counted on a worker, people are then
fetched only for the units opened or the rows on screen."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop_app.domain.errors import HoinghiError
from desktop_app.domain.kinds import AttendeeStatus, CheckInMethod, UnitKind
from desktop_app.domain.listing import AttendeeFilter, PresenceFilter, SectionGroup
from desktop_app.domain.models import Attendee, AttendeeInput
from desktop_app.domain.text import fold
from desktop_app.messages import describe
from desktop_app.store import attendees as attendee_store
from desktop_app.store import audit, checkins
from desktop_app.store.identities import review_marks
from desktop_app.store.listing import attendee_groups, attendee_ids, attendees_by_ids, unit_members
from desktop_app.store.search import matches_search, search_attendees
from desktop_app.store.sections import list_sections
from desktop_app.ui.attendees.attendee_dialog import AttendeeDialog
from desktop_app.ui.attendees.attendee_filters import AttendeeFilterBar
from desktop_app.ui.attendees.attendee_lists import AttendeeListView, AttendeeTreeView
from desktop_app.ui.attendees.attendee_picker import AttendeePicker
from desktop_app.ui.attendees.history_dialog import HistoryDialog
from desktop_app.ui.attendees.unit_field import fill_unit_field
from desktop_app.ui.common import labels
from desktop_app.ui.common.empty_state import EmptyState
from desktop_app.ui.common.forms import confirm, show_error
from desktop_app.ui.common.preferences import Preferences
from desktop_app.ui.common.session import Session
from desktop_app.ui.common.tables import action_bar
from desktop_app.ui.common.workers import JobRunner, Task, error_text
from desktop_app.ui.desk.person_dialog import namesakes_check
from desktop_app.ui.models.attendee_table_model import AttendeeTableModel
from desktop_app.ui.models.attendee_tree_model import AttendeeTreeModel, unit_path

# Below this many matches a filtered tree opens every unit, so the matches are in sight.
EXPAND_ALL_BELOW = 300


def input_of(a: Attendee, **changes: object) -> AttendeeInput:
    """An attendee's current details as input for update_attendee."""
    data = AttendeeInput(full_name=a.full_name, salutation=a.salutation, position=a.position, unit_name=a.unit_name,
                         unit_id=a.unit_id, section_id=a.section_id, phone=a.phone, email=a.email,
                         protocol_rank=a.protocol_rank, status=a.status, replaces_id=a.replaces_id, note=a.note,
                         code=a.code)
    return replace(data, **changes)  # type: ignore[arg-type]


class AttendeesView(QWidget):
    """`said(text)`: what an action did ("Checked in: …"), for the window's status line (the
    count line under the filters is rewritten by the reload that follows every change)."""

    said = Signal(str)

    def __init__(self, session: Session, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prefs = prefs
        self.loader = JobRunner(self)
        self.loader.succeeded.connect(self._on_loader_succeeded)
        self.loader.failed.connect(self._on_loader_failed)
        self.loader.running_changed.connect(self._on_loader_running_changed)
        self.filters = AttendeeFilterBar(self)
        self.filters.set_state(grouped=prefs.view_option("attendees/mode", "grouped") == "grouped",
                               order=prefs.view_option("attendees/order", "protocol"))
        self.filters.changed.connect(self._on_filters_changed)
        self.tree_model = AttendeeTreeModel(self._fetch_members, self)
        self.table_model = AttendeeTableModel(self._fetch_ids, self)
        self.tree = AttendeeTreeView(self.tree_model, self)
        self.filters.expand_all.clicked.connect(self.tree.expandAll)
        self.filters.collapse_all.clicked.connect(self._collapse_units)
        self.table = AttendeeListView(self.table_model, self)
        for view in (self.tree, self.table):
            view.doubleClicked.connect(self._on_view_double_clicked)
        self.empty_state = EmptyState(self)
        self.stack = QStackedWidget(self)
        for widget in (self.empty_state, self.tree, self.table):
            self.stack.addWidget(widget)
        self.count_label = QLabel(self)
        self._build_actions()
        buttons = action_bar(self, self.actions_in_bar)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        self._groups: list[SectionGroup] = []
        self._added: Attendee | None = None   # just added: selected once the list is loaded
        self._stale = True
        self._marking = False   # the loader's running job looks for the marks for review
        self._counting = False  # … counts the present of the groups shown
        self.retranslate()
        session.conference_changed.connect(self._on_session_conference_changed)
        session.database_changed.connect(self._on_session_conference_changed)
        session.data_changed.connect(self._on_session_data_changed)

    def _build_actions(self) -> None:
        def action(key: QKeySequence | str | None, slot, *, on_list: bool = False) -> QAction:
            act = QAction(self)
            if key is not None:
                act.setShortcut(QKeySequence(key))
            act.triggered.connect(lambda _checked=False: slot())
            if on_list:  # Enter, Del, Ctrl+Backspace mean something else in the search box
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.tree.addAction(act)
                self.table.addAction(act)
            else:
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(act)
            return act

        self.add_action = action("Ins", self.add_attendee)
        self.edit_action = action("Return", self.edit_attendee, on_list=True)
        self.substitute_action = action("Ctrl+R", self.mark_substitute, on_list=True)
        self.check_in_action = action("Ctrl+Return", self.check_in, on_list=True)
        self.undo_action = action("Ctrl+Backspace", self.undo_check_in, on_list=True)
        self.delete_action = action(QKeySequence.StandardKey.Delete, self.delete_attendee, on_list=True)
        self.history_action = action("Ctrl+H", self.show_history, on_list=True)
        self.find_action = action(QKeySequence.StandardKey.Find, self._focus_search)
        self.filters.search.returnPressed.connect(self._on_search_return_pressed)
        self.actions_in_bar = (self.add_action, self.edit_action, self.substitute_action, self.check_in_action,
                               self.undo_action, self.delete_action)
        # Every action on a person, History too, is also in the list's right-click menu: the bar
        # must stay within 1024 pixels.
        for view in (self.tree, self.table):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def retranslate(self) -> None:
        self.add_action.setText(self.tr("&Add…  (Ins)"))
        self.edit_action.setText(self.tr("&Edit…  (Enter)"))
        self.substitute_action.setText(self.tr("Su&bstitute for…  (Ctrl+R)"))
        self.check_in_action.setText(self.tr("&Check in  (Ctrl+Enter)"))
        self.undo_action.setText(self.tr("&Undo check-in  (Ctrl+Backspace)"))
        self.delete_action.setText(self.tr("&Delete…  (Del)"))
        self.history_action.setText(self.tr("&History…  (Ctrl+H)"))
        self.empty_state.set_text(self.tr("No conference is open"),
                                  self.tr("Open a conference in Conferences (Ctrl+1) to see its attendees."))
        for model in (self.tree_model, self.table_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- fetching (GUI thread, small) -------------------------------------------------------------

    def _fetch_ids(self, ids: list[int]) -> list[Attendee]:
        return attendees_by_ids(self.session.db, ids) if self.session.db is not None else []

    def _fetch_members(self, section_id: int | None, unit_key: str, offset: int, limit: int) -> list[Attendee]:
        if self.session.db is None or self.session.conference_id is None:
            return []
        return unit_members(self.session.db, self.session.conference_id, section_id=section_id, unit_key=unit_key,
                            order=self.filters.order_value(), filter=self.filters.filter(), offset=offset, limit=limit)

    # -- loading (worker) -----------------------------------------------------------------------

    def reload(self, *, replace: bool = True) -> None:
        self._stale = False
        path, conference_id = self.session.path, self.session.conference_id
        if path is None or conference_id is None:
            self.stack.setCurrentWidget(self.empty_state)
            self.tree_model.set_groups([])
            self.tree_model.set_marks({})
            self.table_model.set_marks({})
            self.table_model.set_ids([])
            self._groups = []
            self._show_count()
            return
        flt, order, grouped = self.filters.filter(), self.filters.order_value(), self.filters.is_grouped()
        self.stack.setCurrentWidget(self.tree if grouped else self.table)

        # A first load shows the groups before their present are counted (_count_present); a
        # reload of groups on screen (another desk's check-in) counts all at once, no "…" flashes.
        present = bool(self._groups)

        def job(db, _progress):
            if grouped:
                return conference_id, "groups", attendee_groups(db, conference_id, filter=flt, present=present)
            return conference_id, "ids", attendee_ids(db, conference_id, order=order, filter=flt)

        # The marks for review are looked for after the rows are shown (20 s at 1,000,000
        # people with many namesakes): a reload never waits for them.
        self.loader.request(Task(path, job, desk=self.session.desk),
                            replace=replace or self._marking or self._counting)
        self._marking = self._counting = False

    def _count_present(self, path, conference_id: int) -> None:
        """The groups again with their present counted: at a million people the check-ins take as
        long as the groups themselves, so the groups are shown first with "… / invited"."""
        flt = self.filters.filter()

        def job(db, _progress):
            return conference_id, "groups", attendee_groups(db, conference_id, filter=flt)

        self._counting = True
        self.loader.request(Task(path, job, desk=self.session.desk), replace=False)

    def _find_marks(self, path, conference_id: int) -> None:
        def job(db, _progress):
            return conference_id, "marks", review_marks(db, conference_id)

        self._marking = True
        self.loader.request(Task(path, job, desk=self.session.desk), replace=False)

    @property
    def rows_loading(self) -> bool:
        """Whether the rows shown are still being counted (their present and the marks for
        review may follow)."""
        return self.loader.running and not self._marking and not self._counting

    def _on_loader_succeeded(self, result: tuple) -> None:
        conference_id, kind, value = result
        if kind == "marks":
            self._marking = False
            if conference_id == self.session.conference_id:
                self.tree_model.set_marks(value)
                self.table_model.set_marks(value)
            return
        if conference_id != self.session.conference_id:
            return
        counting, self._counting = self._counting, False
        if (kind == "groups") != self.filters.is_grouped():
            return  # the mode changed meanwhile; its own load follows
        if kind == "groups":
            self._apply_groups(value)
        else:
            self._apply_ids(value)
        self._reveal_added()
        if self.session.path is not None and not self.loader.running:
            if kind == "groups" and not counting and any(g.present is None for g in value):
                self._count_present(self.session.path, conference_id)
            else:
                self._find_marks(self.session.path, conference_id)
        self._show_count()

    def _apply_groups(self, groups: list[SectionGroup]) -> None:
        selected, current = self.selected(), self.tree.currentIndex()
        spot = (self.tree_model.unit_path_at(current.parent()), current.row()) if selected is not None else None
        self._replace_groups(groups)
        if spot is not None and spot[0] and self.selected() is None:   # deleted: the next one in their unit
            unit = self.tree_model.unit_index(spot[0])
            if unit.isValid():
                self.tree.expand(unit)
                if self.tree_model.canFetchMore(unit):   # a reset unit holds nobody until asked
                    self.tree_model.fetchMore(unit)
                people = self.tree_model.rowCount(unit)
                self._select_index(self.tree, self.tree_model.index(min(spot[1], people - 1), 0, unit)
                                   if people else unit)

    def _replace_groups(self, groups: list[SectionGroup]) -> None:
        if self._groups and self.tree_model.update_groups(groups):
            self._groups = groups  # the same groups with new numbers: updated in place
            return
        selected = self.selected()
        expanded = self.tree.expanded_units()
        scroll = self.tree.verticalScrollBar().value()
        first_load = not self._groups
        self._groups = groups
        self.tree_model.set_groups(groups)
        for row in range(self.tree_model.rowCount()):
            self.tree.expand(self.tree_model.index(row, 0))
        matched = sum(g.matched for g in groups)
        if self.filters.filter().active and matched <= EXPAND_ALL_BELOW:
            self.tree.expandAll()
        else:
            for path in expanded:
                index = self.tree_model.unit_index(path)
                if index.isValid():
                    self.tree.expand(index)
        if selected is not None:
            self._select_index(self.tree, self.tree_model.attendee_index(selected.id))
        if not first_load:
            self.tree.verticalScrollBar().setValue(scroll)

    def _apply_ids(self, ids: list[int]) -> None:
        selected, old_row = self.selected(), self.table.currentIndex().row()
        reset = self.table_model.set_ids(ids, self.table.visible_rows())
        if reset:
            self.table.load_visible()
            row = self.table_model.row_of(selected.id) if selected is not None else None
            if row is None and selected is not None and old_row >= 0 and ids:
                row = min(old_row, len(ids) - 1)   # deleted: the next one down, so Del or Enter go on working
            if row is not None:
                self._select_index(self.table, self.table_model.index(row, 0))

    def _reveal_added(self) -> None:
        """The person just added is selected in the list (their unit opened) once it is loaded."""
        person, self._added = self._added, None
        if person is None:
            return
        if not self.filters.is_grouped():
            row = self.table_model.row_of(person.id)
            if row is not None:
                self._select_index(self.table, self.table_model.index(row, 0))
            return
        key = f"unit:{person.unit_id}" if person.unit_id is not None else f"name:{fold(person.unit_name)}"
        unit = self.tree_model.unit_index(unit_path(person.section_id, key))
        if unit.isValid():
            self.tree.expand(unit)
            if self.tree_model.canFetchMore(unit):
                self.tree_model.fetchMore(unit)
            self._select_index(self.tree, self.tree_model.attendee_index(person.id))

    def _select_index(self, view: AttendeeTreeView | AttendeeListView, index: QModelIndex) -> None:
        if index.isValid():
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            view.scrollTo(index)

    def _on_loader_failed(self, error: object) -> None:
        self._marking = self._counting = False
        self.count_label.setText(error_text(error))

    def _on_loader_running_changed(self, _busy: bool) -> None:
        self._show_count()

    def _show_count(self) -> None:
        if self.rows_loading:
            self.count_label.setText(self.tr("Loading…"))
        elif self.session.conference_id is None:
            self.count_label.setText("")
        elif self.filters.is_grouped():
            shown = sum(g.matched for g in self._groups)
            invited = sum(g.invited for g in self._groups)
            counted = all(g.present is not None for g in self._groups)
            present = labels.number(sum(g.present or 0 for g in self._groups)) if counted else "…"
            self.count_label.setText(self.tr("{shown} shown · present {present} / {invited}").format(
                shown=labels.number(shown), present=present, invited=labels.number(invited))
                if not self.filters.filter().active else self.tr("{shown} match").format(shown=labels.number(shown)))
        else:
            self.count_label.setText(self.tr("{shown} shown").format(shown=labels.number(self.table_model.rowCount())))

    def _on_filters_changed(self) -> None:
        self.prefs.set_view_option("attendees/mode", "grouped" if self.filters.is_grouped() else "list")
        self.prefs.set_view_option("attendees/order", str(self.filters.order_value()))
        self._groups = []
        self.reload()

    def _on_session_conference_changed(self) -> None:
        self._groups = []
        self._stale = True
        if self.isVisible():
            self.reload()

    def _on_session_data_changed(self, _external: bool) -> None:
        self._stale = True
        if self.isVisible():
            self.reload(replace=False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.load_visible()

    def _collapse_units(self) -> None:
        """Every unit closed; the sections stay open, so each unit's line still shows."""
        self.tree.collapseAll()
        for row in range(self.tree_model.rowCount()):
            self.tree.expand(self.tree_model.index(row, 0))

    def _on_search_return_pressed(self) -> None:
        """Enter in the search box: search now and go to the list, where ↑ ↓ and Enter work."""
        self.filters.flush()
        view = self.current_view()
        view.setFocus()
        if not view.currentIndex().isValid() and view.model().rowCount():
            view.setCurrentIndex(view.model().index(0, 0))

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # -- the selected person --------------------------------------------------------------------

    def current_view(self) -> AttendeeTreeView | AttendeeListView:
        return self.tree if self.filters.is_grouped() else self.table

    def selected(self) -> Attendee | None:
        if self.filters.is_grouped():
            return self.tree_model.attendee_at(self.tree.currentIndex())
        index = self.table.currentIndex()
        return self.table_model.attendee_at(index.row()) if index.isValid() else None

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if self.filters.is_grouped() and self.tree_model.attendee_at(index) is None:
            return  # a group row: the tree opens or closes it
        self.edit_attendee()

    def _after_write(self, attendee_id: int | None, message: str = "") -> None:
        db = self.session.db
        if attendee_id is not None and db is not None:
            try:
                fresh = attendee_store.get_attendee(db, attendee_id)
            except HoinghiError:
                fresh = None
            if fresh is not None:
                self.tree_model.replace_attendee(fresh)
                self.table_model.replace_attendee(fresh)
        if message:
            self.said.emit(message)
        self.session.changed()

    # -- actions --------------------------------------------------------------------------------

    def _dialog(self, attendee: Attendee | None, save) -> AttendeeDialog | None:
        db, conference = self.session.db, self.session.conference()
        if db is None or conference is None:
            return None
        dialog = AttendeeDialog(
            self, save, sections=list_sections(db, conference.id), units=(), attendee=attendee,
            pick_replaced=lambda: self._pick_replaced(attendee.id if attendee else None),
            describe_replaced=self._describe_attendee,
            namesakes=namesakes_check(db, conference.id, attendee.id if attendee else None))
        fill_unit_field(dialog.unit, db, conference)
        return dialog

    def _describe_attendee(self, attendee_id: int) -> str:
        try:
            a = attendee_store.get_attendee(self.session.db, attendee_id)  # type: ignore[arg-type]
        except HoinghiError:
            return "?"
        return ", ".join(x for x in (a.full_name, a.position, a.unit_name) if x)

    def _pick_replaced(self, exclude: int | None) -> Attendee | None:
        db, conference_id = self.session.db, self.session.conference_id
        if db is None or conference_id is None:
            return None
        picker = AttendeePicker(self, lambda text: search_attendees(db, conference_id, text), exclude=exclude)
        return picker.chosen if picker.exec() else None

    def add_attendee(self) -> None:
        db, conference_id = self.session.db, self.session.conference_id
        if db is None or conference_id is None:
            return

        dialog = self._dialog(None, lambda person: attendee_store.add_attendee(db, conference_id, person))
        if dialog is not None and dialog.exec() and dialog.result_value is not None:
            added = dialog.result_value
            message = self.tr("Added {name}.").format(name=added.full_name)
            text = self.filters.search.text()
            if text.strip() and not matches_search(added, text):   # else the search would hide them
                self.filters.search.clear()
                message = self.tr("Added {name}. The search was cleared so that they show in the list.").format(
                    name=added.full_name)
            self._added = added
            if self.filters.show_everyone_unless(lambda f: _passes(added, f)):
                message = self.tr("Added {name}. The filters were reset so that they show in the list.").format(
                    name=added.full_name)
            self._after_write(None, message)

    def edit_attendee(self) -> None:
        db, attendee = self.session.db, self.selected()
        if db is None or attendee is None:
            return
        dialog = self._dialog(attendee, lambda person: attendee_store.update_attendee(db, attendee.id, person))
        if dialog is not None and dialog.exec():
            self._after_write(attendee.id)

    def show_history(self) -> None:
        """The selected person's history: added, edited, checked in where and when, undone, replaced."""
        db, conference_id, person = self.session.db, self.session.conference_id, self.selected()
        if db is None or conference_id is None or person is None:
            return
        try:
            entries = audit.history(db, conference_id, attendee_id=person.id)
        except HoinghiError as error:
            self.said.emit(describe(error))
            return
        dialog = HistoryDialog(self, self.tr("History of {name}").format(name=person.full_name), entries)
        dialog.exec()

    def mark_substitute(self) -> None:
        db, attendee = self.session.db, self.selected()
        if db is None or attendee is None:
            return
        replaced = self._pick_replaced(attendee.id)
        if replaced is None:
            return
        try:
            attendee_store.update_attendee(db, attendee.id, input_of(
                attendee, status=AttendeeStatus.SUBSTITUTE, replaces_id=replaced.id))
        except HoinghiError as error:
            show_error(self, error)
            return
        self._after_write(attendee.id, self.tr("{name} is recorded as substitute for {replaced}.").format(
            name=attendee.full_name, replaced=replaced.full_name))

    def check_in(self) -> None:
        db, attendee = self.session.db, self.selected()
        if db is None or attendee is None:
            return
        try:
            result = checkins.check_in(db, attendee.id, method=CheckInMethod.MANUAL, desk=self.session.desk)
        except HoinghiError as error:
            show_error(self, error)
            return
        c = result.check_in
        if result.already:
            self.said.emit(self.tr("{name} was already checked in at {time} at desk {desk}.").format(
                name=attendee.full_name, time=labels.time_text(c.at), desk=c.desk))
            return
        self._after_write(attendee.id, self.tr("Checked in: {name}, {time}.").format(
            name=attendee.full_name, time=labels.time_text(c.at)))

    def undo_check_in(self) -> None:
        db, attendee = self.session.db, self.selected()
        if db is None or attendee is None:
            return
        try:
            checkins.undo_check_in(db, attendee.id, desk=self.session.desk)
        except HoinghiError as error:
            show_error(self, error)
            return
        self._after_write(attendee.id, self.tr("The check-in of {name} was undone.").format(name=attendee.full_name))

    def delete_attendee(self) -> None:
        db, attendee = self.session.db, self.selected()
        if db is None or attendee is None:
            return
        if not confirm(self, self.tr("Delete attendee"), self.tr(
                "Delete {name} ({unit}) from the list, with their check-ins?").format(
                name=attendee.full_name, unit=attendee.unit_name or "—"), yes=self.tr("&Delete")):
            return
        try:
            attendee_store.delete_attendee(db, attendee.id)
        except HoinghiError as error:
            show_error(self, error)
            return
        self._after_write(None, self.tr("Deleted {name}.").format(name=attendee.full_name))


def _passes(person: Attendee, flt: AttendeeFilter) -> bool:
    """Whether the kind and attendance filters keep `person` (the search is matched apart)."""
    if flt.kinds and (person.unit_kind or UnitKind.OTHER) not in flt.kinds:
        return False
    return {
        PresenceFilter.ALL: True,
        PresenceFilter.PRESENT: person.present,
        PresenceFilter.ABSENT: not person.present and not person.replaced,
        PresenceFilter.WALK_IN: person.status is AttendeeStatus.WALK_IN,
        PresenceFilter.SUBSTITUTE: person.status is AttendeeStatus.SUBSTITUTE,
    }[flt.presence]
