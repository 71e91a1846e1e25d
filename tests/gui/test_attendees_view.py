"""The attendee list: groups with counts, filters, add and edit with field messages, substitute,
check in and undo, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.kinds import AttendeeStatus
from desktop_app.domain.listing import PresenceFilter
from desktop_app.domain.models import AttendeeInput
from desktop_app.store import attendees, checkins
from desktop_app.store.search import search_attendees
from desktop_app.store.stats import conference_stats
from desktop_app.ui.attendees import attendees_view
from desktop_app.ui.attendees.attendee_dialog import AttendeeDialog
from desktop_app.ui.attendees.attendee_picker import AttendeePicker
from desktop_app.ui.models import attendee_columns as cols


@pytest.fixture
def view(qtbot, window):
    window.show_view("attendees")
    view = window.attendees
    qtbot.waitUntil(lambda: not view.loader.running and view.tree_model.rowCount() > 0, timeout=10_000)
    return view


def reload(qtbot, view) -> None:
    """Reload and wait for the rows, then for the marks for review that are looked for after them."""
    with qtbot.waitSignal(view.loader.succeeded, timeout=10_000):
        view.filters.flush() if view.filters._timer.isActive() else view.reload()
    qtbot.waitUntil(lambda: not view.loader.running, timeout=10_000)


def test_the_rows_are_shown_before_the_marks_for_review_are_looked_for(qtbot, view, db, demo):
    """At a million people the marks took 20 s: the rows must not wait for them."""
    attendees.add_attendee(db, demo.id, AttendeeInput(full_name="Hoàng Hữu Anh", unit_name="Sở Y tế"))
    attendees.add_attendee(db, demo.id, AttendeeInput(full_name="Hoàng Hữu Ánh", unit_name="Sở Y tế"))
    kinds = []
    view.loader.succeeded.connect(lambda result: kinds.append(result[1]))
    reload(qtbot, view)
    assert kinds == ["groups", "marks"]
    assert not view.rows_loading


def test_the_groups_are_shown_before_their_present_are_counted(qtbot, view, db, demo):
    """At a million people the check-ins take as long to count as the groups: the groups come
    first with "… / invited", then the same rows get their present; a reload (another desk's
    check-in) counts all at once."""
    model = view.tree_model
    seen = []

    def on_loaded(result) -> None:
        if result[1] == "groups":
            seen.append((result[2][0].present, model.index(0, cols.PRESENCE).data(), view.rows_loading))

    view.loader.succeeded.connect(on_loaded)
    view.filters.changed.emit()   # a new list: as when the conference or a filter changes
    qtbot.waitUntil(lambda: len(seen) == 2 and not view.loader.running, timeout=10_000)
    s = conference_stats(db, demo.id).sections[0]
    assert seen == [(None, f"… / {s.invited}", False), (s.present, f"{s.present} / {s.invited}", False)]
    assert view.tree.isExpanded(model.index(0, 0))
    seen.clear()
    reload(qtbot, view)
    assert seen == [(s.present, f"{s.present} / {s.invited}", False)]


def answer(monkeypatch, fill) -> list[AttendeeDialog]:
    seen: list[AttendeeDialog] = []

    def exec_(dialog: AttendeeDialog) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(AttendeeDialog, "exec", exec_)
    return seen


def select(qtbot, view, attendee_id: int) -> None:
    """Select someone in the one-list mode (the tree holds only opened units)."""
    view.filters.flat.setChecked(True)
    qtbot.waitUntil(lambda: not view.loader.running and view.table_model.rowCount() > 0, timeout=10_000)
    row = view.table_model.row_of(attendee_id)
    view.table.setCurrentIndex(view.table_model.index(row, 0))
    assert view.selected().id == attendee_id


def test_groups_by_section_and_unit_with_present_over_invited(view, db, demo):
    model = view.tree_model
    sections = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert sections[:2] == ["I. LÃNH ĐẠO UBND TỈNH", "II. CÁC SỞ, BAN, NGÀNH"]
    s = conference_stats(db, demo.id)
    assert model.index(0, cols.PRESENCE).data() == f"{s.sections[0].present} / {s.sections[0].invited}"
    assert view.tree.isExpanded(model.index(0, 0))
    assert f"present {s.present} / {s.invited}" in view.count_label.text()


def test_search_box_folds_accents_and_opens_the_matching_units(qtbot, view, db, demo):
    from keys import type_text

    type_text(view.filters.search, "cao loc")
    reload(qtbot, view)
    model = view.tree_model
    units = [model.index(u, 0, model.index(s, 0)).data() for s in range(model.rowCount())
             for u in range(model.rowCount(model.index(s, 0)))]
    assert units == ["UBND huyện Cao Lộc"]
    unit = model.index(0, 0, model.index(0, 0))
    assert view.tree.isExpanded(unit)
    people = {model.index(r, cols.NAME, unit).data() for r in range(model.rowCount(unit))}
    assert people == {a.full_name for a in search_attendees(db, demo.id, "cao loc")}
    assert view.filters.search.text() == "cao loc"


def test_one_list_in_name_order_with_the_present_only(qtbot, view, db, demo):
    view.filters.flat.setChecked(True)
    view.filters.presence.setCurrentIndex(view.filters.presence.findData(PresenceFilter.PRESENT))
    view.filters.order.setCurrentIndex(1)
    reload(qtbot, view)
    model = view.table_model
    present = [a for a in attendees.list_attendees(db, demo.id, order="name") if a.present]
    assert model.rowCount() == len(present)
    model.ensure_rows(0, model.rowCount())
    assert [model.index(r, cols.NAME).data() for r in range(model.rowCount())] == [a.full_name for a in present]


def test_add_with_an_invalid_phone_shows_the_field_message(view, db, demo, monkeypatch):
    def fill(d: AttendeeDialog) -> None:
        d.name.setText("Lò Văn Sáu")
        d.unit.setText("Sở Tư pháp")
        d.phone.setText("09xx 123")

    seen = answer(monkeypatch, fill)
    count = attendees.count_attendees(db, demo.id)
    view.add_action.trigger()
    assert seen[0].result() == 0
    assert "is not a phone number" in seen[0].messages.message("phone")
    assert seen[0].phone.hasFocus() or not seen[0].isVisible()
    assert attendees.count_attendees(db, demo.id) == count


def test_add_on_a_full_disk_says_so_and_keeps_the_form(view, db, db_path, demo, monkeypatch):
    """case: gui-full-disk-attendee-add — SQLITE_FULL under Save: the sentence naming the file, the
    form still open, nothing written; never the "fault in hoinghi" dialog."""
    from full_disk import BULKY_NOTE, integrity, leave_no_room
    from PySide6.QtWidgets import QMessageBox

    def fill(d: AttendeeDialog) -> None:
        d.name.setText("Lò Văn Sáu")
        d.note.setPlainText(BULKY_NOTE)

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    seen = answer(monkeypatch, fill)
    count = attendees.count_attendees(db, demo.id)
    leave_no_room(view.session.db)
    view.add_action.trigger()
    assert seen[0].result() == 0
    assert shown == [f"The disk holding “{db_path}” is full: nothing of this change was saved. "
                     "Free some space on that disk, then try again."]
    assert attendees.count_attendees(db, demo.id) == count and integrity(db_path) == "ok"


def test_every_wrong_field_is_shown_at_once(view, db, demo, monkeypatch):
    def fill(d: AttendeeDialog) -> None:
        d.name.setText("  ")
        d.phone.setText("09abc")
        d.email.setText("abc@")

    seen = answer(monkeypatch, fill)
    view.add_action.trigger()
    messages = seen[0].messages
    assert all(messages.message(f) for f in ("full_name", "phone", "email"))
    assert seen[0].name.hasFocus() or not seen[0].isVisible()   # the first problem has the cursor


def test_add_proposes_the_section_from_the_unit(view, db, demo, monkeypatch):
    def fill(d: AttendeeDialog) -> None:
        d.name.setText("Lò Văn Sáu")
        d.position.setText("Phó Giám đốc")
        d.unit.setText("so tu phap")          # typed without accents, matched through the catalog
        d.unit.editingFinished.emit()
        assert d.section.currentText() == "II. CÁC SỞ, BAN, NGÀNH"
        d.phone.setText("912 345 678")

    answer(monkeypatch, fill)
    view.add_action.trigger()
    (added,) = search_attendees(db, demo.id, "lo van sau")
    assert added.section_title == "II. CÁC SỞ, BAN, NGÀNH" and added.phone == "0912345678"
    assert added.unit_name == "Sở Tư pháp"  # the catalog's name, not the unaccented typing


def test_edit_with_an_invalid_email_then_a_good_one(qtbot, view, db, demo, monkeypatch):
    person = search_attendees(db, demo.id, "dang thi hoa")[0]
    select(qtbot, view, person.id)

    def bad(d: AttendeeDialog) -> None:
        assert d.name.text() == "Đặng Thị Hoà"
        d.email.setText("hoa@")

    seen = answer(monkeypatch, bad)
    view.edit_action.trigger()
    assert "is not an email address" in seen[0].messages.message("email")

    def good(d: AttendeeDialog) -> None:
        d.email.setText("hoa@langson.gov.vn")
        d.position.setText("Trưởng phòng")

    answer(monkeypatch, good)
    view.edit_action.trigger()
    stored = attendees.get_attendee(db, person.id)
    assert (stored.email, stored.position) == ("hoa@langson.gov.vn", "Trưởng phòng")


def test_an_automatic_protocol_rank_follows_a_promotion_a_typed_one_stays(qtbot, view, db, demo, monkeypatch):
    """Issue 11 item 4: a Phó Giám đốc edited to Giám đốc moves up with the Giám đốc."""
    from desktop_app.domain.protocol import suggest_protocol_rank

    deputy = attendees.add_attendee(db, demo.id, AttendeeInput(full_name="Lò Văn Thành", position="Phó Giám đốc",
                                                                unit_name="Sở Y tế"))
    typed = attendees.add_attendee(db, demo.id, AttendeeInput(full_name="Vi Văn Tám", position="Phó Giám đốc",
                                                               unit_name="Sở Y tế", protocol_rank=7))
    assert suggest_protocol_rank("Giám đốc") < suggest_protocol_rank("Phó Giám đốc") == deputy.protocol_rank

    def promote(d: AttendeeDialog) -> None:
        d.position.setText("Giám đốc")

    for person in (deputy, typed):
        select(qtbot, view, person.id)
        answer(monkeypatch, promote)
        view.edit_action.trigger()
    assert attendees.get_attendee(db, deputy.id).protocol_rank == suggest_protocol_rank("Giám đốc")
    assert attendees.get_attendee(db, typed.id).protocol_rank == 7


def test_mark_as_substitute_for_an_invited_person(qtbot, view, db, demo, monkeypatch):
    invited, other = [a for a in attendees.list_attendees(db, demo.id) if not a.present][:2]

    def pick(picker: AttendeePicker) -> int:
        picker.field.setText(invited.code)
        picker.search_now()
        picker.buttons.accepted.emit()
        return picker.result()

    monkeypatch.setattr(AttendeePicker, "exec", pick)
    select(qtbot, view, other.id)
    view.substitute_action.trigger()
    stored = attendees.get_attendee(db, other.id)
    assert stored.status is AttendeeStatus.SUBSTITUTE and stored.replaces_id == invited.id
    # Issue 11 item 1: the replaced person carries a marker in the list.
    qtbot.waitUntil(lambda: not view.loader.running)
    model = view.table_model
    qtbot.waitUntil(lambda: model.row_of(invited.id) is not None)
    assert model.index(model.row_of(invited.id), cols.STATUS).data() == "Replaced by a substitute"


def test_check_in_and_undo_from_the_list(qtbot, view, db, demo):
    status = view.window().statusBar()
    person = next(a for a in attendees.list_attendees(db, demo.id) if not a.present)
    select(qtbot, view, person.id)
    view.check_in_action.trigger()
    assert attendees.get_attendee(db, person.id).present
    assert view.table_model.attendee_at(view.table_model.row_of(person.id)).present
    qtbot.waitUntil(lambda: not view.loader.running)      # the list reloads after the change…
    assert status.currentMessage().startswith(f"Checked in: {person.full_name}")   # …and the line stays
    view.check_in_action.trigger()  # again: nothing new
    assert len(checkins.check_in_history(db, person.id)) == 1
    assert "already checked in" in status.currentMessage()
    view.undo_action.trigger()
    assert not attendees.get_attendee(db, person.id).present


def test_delete_after_confirmation(qtbot, view, db, demo, monkeypatch):
    person = search_attendees(db, demo.id, "hoang minh duc")[0]
    select(qtbot, view, person.id)
    row = view.table_model.row_of(person.id)
    below = view.table_model.attendee_at(row + 1)
    monkeypatch.setattr(attendees_view, "confirm", lambda *a, **kw: False)
    view.delete_action.trigger()
    assert search_attendees(db, demo.id, "hoang minh duc")
    monkeypatch.setattr(attendees_view, "confirm", lambda *a, **kw: True)
    view.delete_action.trigger()
    assert not search_attendees(db, demo.id, "hoang minh duc")
    qtbot.waitUntil(lambda: view.table_model.row_of(person.id) is None, timeout=10_000)
    assert view.selected().id == below.id     # the next one is selected: Del or Enter go on working


def test_deleting_in_the_tree_selects_the_next_one_of_the_unit(qtbot, view, db, demo, monkeypatch):
    model = view.tree_model
    unit = model.index(0, 0, model.index(1, 0))
    view.tree.expand(unit)
    qtbot.waitUntil(lambda: model.rowCount(unit) >= 2)
    first, second = model.attendee_at(model.index(0, 0, unit)), model.attendee_at(model.index(1, 0, unit))
    view.tree.setCurrentIndex(model.index(0, 0, unit))
    monkeypatch.setattr(attendees_view, "confirm", lambda *a, **kw: True)
    view.delete_action.trigger()
    qtbot.waitUntil(lambda: model.attendee_index(first.id).isValid() is False and not view.loader.running)
    assert view.selected() is not None and view.selected().id == second.id


def test_another_desks_check_in_updates_the_tree_in_place(qtbot, view, db, demo):
    model = view.tree_model
    section = model.index(1, 0)
    unit = next(model.index(u, 0, section) for u in range(model.rowCount(section))
                if model.index(u, cols.PRESENCE, section).data().startswith("0 /"))
    view.tree.expand(unit)
    person = model.attendee_at(model.index(0, 0, unit))
    view.tree.setCurrentIndex(model.index(0, 0, unit))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    checkins.check_in(db, person.id, desk="Bàn 2")
    view.session.poll()
    qtbot.waitUntil(lambda: model.index(0, cols.PRESENCE, unit).data() != "—", timeout=10_000)
    assert model.index(0, cols.PRESENCE, unit).data().endswith("Bàn 2")
    assert model.index(unit.row(), cols.PRESENCE, section).data().startswith("1 /")
    assert resets == [] and view.tree.isExpanded(unit) and view.selected().id == person.id


def test_editing_keys_in_the_search_box_stay_in_the_search_box(qtbot, view, db, demo, monkeypatch):
    from keys import type_text
    from PySide6.QtCore import Qt

    asked = []
    monkeypatch.setattr(attendees_view, "confirm", lambda *a, **kw: asked.append(a) or False)
    monkeypatch.setattr(AttendeeDialog, "exec", lambda d: asked.append(d) or 0)
    person = search_attendees(db, demo.id, "hoang minh duc")[0]
    select(qtbot, view, person.id)
    view.filters.search.setFocus()
    type_text(view.filters.search, "nguyen")
    view.filters.search.setCursorPosition(0)
    qtbot.keyClick(view.filters.search, Qt.Key.Key_Delete)
    qtbot.keyClick(view.filters.search, Qt.Key.Key_End)
    qtbot.keyClick(view.filters.search, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert asked == [] and view.filters.search.text() == ""
    type_text(view.filters.search, "duc")
    qtbot.keyClick(view.filters.search, Qt.Key.Key_Return)  # Enter: apply now and go to the list
    assert asked == [] and view.current_view().hasFocus()


def test_unit_suggestions_put_names_that_begin_with_the_typing_first(db, demo, qtbot):
    from desktop_app.store.units import list_units
    from desktop_app.ui.attendees.unit_field import UnitField

    field = UnitField()
    qtbot.addWidget(field)
    field.set_units(list_units(db, valid_on=demo.starts_at.date()))
    assert field.suggestions("so t")[:2] == ["Sở Tư pháp", "Sở Tài chính"]
    assert "Huyện Cao Lộc" in field.suggestions("cao loc")
    assert field.suggestions("ubnd cao loc") == ["Huyện Cao Lộc"]  # through the alias


def test_a_namesake_is_named_in_the_form_added_anyway_and_marked_for_review(qtbot, view, db, demo, monkeypatch):
    """Was: "Same name and unit" asked to refuse or add anyway (accents ignored). Now the form
    names the namesake as the person is typed, Save adds them, and the list marks both."""
    first = search_attendees(db, demo.id, "dang thi hoa")[0]
    notices = []

    def fill(d: AttendeeDialog) -> None:
        d.name.setText(first.full_name.upper())
        d.unit.setText(first.unit_name)
        d.position.setText("Chuyên viên")
        d.phone.setText("0900000001")
        notices.append((d.notice.isVisibleTo(d), d.notice.text()))

    answer(monkeypatch, fill)
    view.add_action.trigger()
    ((shown, text),) = notices
    assert shown and first.full_name in text
    added = [a for a in search_attendees(db, demo.id, "dang thi hoa") if a.phone == "0900000001"]
    assert len(added) == 1
    view.filters.flat.setChecked(True)
    qtbot.waitUntil(lambda: not view.loader.running and view.table_model.row_of(added[0].id) is not None,
                    timeout=10_000)
    model = view.table_model
    for attendee_id, other in ((added[0].id, first.id), (first.id, added[0].id)):
        index = model.index(model.row_of(attendee_id), cols.NAME)
        view.table_model.ensure_rows(index.row(), index.row())
        assert [n.attendee_id for n in index.data(cols.ReviewRole)] == [other]
        assert "Possible duplicate" in index.data(Qt.ItemDataRole.ToolTipRole)
        assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    untouched = model.index(model.row_of(search_attendees(db, demo.id, "luong duc thang")[0].id), cols.NAME)
    model.ensure_rows(untouched.row(), untouched.row())
    assert untouched.data(cols.ReviewRole) == () and untouched.data(Qt.ItemDataRole.DecorationRole) is None


def test_names_that_differ_by_accents_are_marked_as_similar_in_the_tree(qtbot, view, db, demo):
    anh = attendees.add_attendee(db, demo.id, AttendeeInput(full_name="Hoàng Hữu Anh", unit_name="Sở Y tế"))
    attendees.add_attendee(db, demo.id, AttendeeInput(full_name="Hoàng Hữu Ánh", unit_name="Sở Y tế"))
    reload(qtbot, view)
    view.tree.expandAll()
    index = view.tree_model.attendee_index(anh.id)
    assert index.isValid()
    assert "Similar name" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None


def test_esc_clears_the_search_and_expand_collapse_all(qtbot, view, db, demo):
    """Issue 11 item 9: Esc in the search box clears it; every unit opened or closed at once."""
    from keys import type_text

    model, tree = view.tree_model, view.tree
    units = [model.index(u, 0, model.index(s, 0)) for s in range(model.rowCount())
             for u in range(model.rowCount(model.index(s, 0)))]
    assert len(units) > 10
    view.filters.expand_all.click()
    assert all(tree.isExpanded(u) for u in units)
    view.filters.collapse_all.click()
    assert not any(tree.isExpanded(u) for u in units)
    assert tree.isExpanded(model.index(0, 0))      # the sections stay open: each unit's line shows
    view.filters.search.setFocus()
    type_text(view.filters.search, "cao loc")
    view.filters.flush()
    qtbot.keyClick(view.filters.search, Qt.Key.Key_Escape)
    assert view.filters.search.text() == ""
    view.filters.flat.setChecked(True)
    assert not view.filters.expand_all.isEnabled()


def test_a_person_just_added_is_not_hidden_by_the_search(qtbot, view, db, demo, monkeypatch):
    """Issue 11 item 9: the search clears, with a note, when it would hide the new person."""
    said: list[str] = []
    view.said.connect(said.append)
    view.filters.search.setText("cao loc")
    view.filters.flush()

    def fill(d: AttendeeDialog) -> None:
        d.name.setText("Lò Văn Sáu")
        d.unit.setText("Sở Y tế")

    answer(monkeypatch, fill)
    view.add_action.trigger()
    assert view.filters.search.text() == ""
    assert said[-1] == "Added Lò Văn Sáu. The search was cleared so that they show in the list."
    view.filters.search.setText("lo van")
    answer(monkeypatch, lambda d: d.name.setText("Lò Văn Bảy"))
    view.add_action.trigger()
    assert view.filters.search.text() == "lo van" and said[-1] == "Added Lò Văn Bảy."


def test_a_persons_history_from_the_list(qtbot, qtmodeltester, view, db, demo, monkeypatch):
    """Issue 11 item 8: added, checked in where and when, undone, replaced."""
    from desktop_app.ui.attendees.history_dialog import HistoryDialog
    from desktop_app.ui.models.history_model import HistoryModel

    person = next(a for a in attendees.list_attendees(db, demo.id) if not a.present and not a.replaced)
    checkins.check_in(db, person.id, desk="Bàn 2")
    checkins.undo_check_in(db, person.id, desk="Bàn 2")
    attendees.add_substitute(db, person.id, AttendeeInput(full_name="Vi Thị Lan"))
    shown: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda d: shown.append(d) or 0)
    select(qtbot, view, person.id)
    view.history_action.trigger()
    (dialog,) = shown
    assert dialog.windowTitle() == f"History of {person.full_name}"
    assert view.history_action in view.table.actions()             # also in the right-click menu
    assert view.table.contextMenuPolicy() is Qt.ContextMenuPolicy.ActionsContextMenu
    model = dialog.model
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert [r[HistoryModel.ACTION] for r in rows][-3:] == ["Checked in", "Check-in undone", "Added as a substitute"]
    assert rows[-3][HistoryModel.DESK] == "Bàn 2" and rows[-1][HistoryModel.PERSON] == "Vi Thị Lan"
