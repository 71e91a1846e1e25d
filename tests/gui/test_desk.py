"""The check-in desk driven as a clerk drives it: typing, scanning, Enter, Escape, Ctrl+Z, walk-ins,
substitutes, and another desk's check-ins showing up."""

from __future__ import annotations

import pytest
from keys import type_text
from PySide6.QtCore import Qt

from desktop_app.domain.kinds import AttendeeStatus, CheckInMethod
from desktop_app.domain.text import fold
from desktop_app.store import attendees, checkins, topics
from desktop_app.store.engine import rows
from desktop_app.ui.desk.desk_panels import Outcome
from desktop_app.ui.desk.person_dialog import PersonDialog


@pytest.fixture
def desk(window):
    window.show_view("desk")
    return window.desk


def type_into(qtbot, desk, text: str) -> None:
    """Type as a person does and wait for the results to follow."""
    with qtbot.waitSignal(desk.results_shown, timeout=2000):
        type_text(desk.field, text)


def counted(qtbot, desk):
    """The desk's counters once the count asked for last (on a worker) is shown."""
    qtbot.waitUntil(lambda: not desk.counts.loader.running, timeout=5000)
    return desk.counters


def names(desk) -> list[str]:
    return [desk.results.attendee_at(r).full_name for r in range(desk.results.rowCount())]


def live_check_ins(db, attendee_id: int) -> int:
    return sum(c.undone_at is None for c in checkins.check_in_history(db, attendee_id))


def absent_person(db, conference_id):
    return next(a for a in attendees.list_attendees(db, conference_id) if not a.present
                and a.status is AttendeeStatus.INVITED)


def test_typing_duc_lists_every_duc(qtbot, desk, db, demo):
    type_into(qtbot, desk, "duc")
    every_duc = {a.full_name for a in attendees.list_attendees(db, demo.id) if "duc" in fold(a.full_name).split()}
    assert len(every_duc) >= 3
    assert every_duc <= set(names(desk))
    assert desk.table.currentIndex().row() == 0  # Enter would take the first, highlighted


def test_the_field_keeps_exactly_what_was_typed(qtbot, desk, db, demo):
    """An input method retypes with Backspace; results and other desks' news never touch the text."""
    type_into(qtbot, desk, "dang")
    for _ in range(4):
        qtbot.keyClick(desk.field, Qt.Key.Key_Backspace)
    type_into(qtbot, desk, "Đặng thị h")
    assert desk.field.text() == "Đặng thị h"
    assert desk.field.cursorPosition() == len("Đặng thị h")
    checkins.check_in(db, absent_person(db, demo.id).id, desk="Bàn 2")  # another desk writes
    with qtbot.waitSignal(desk.results_shown, timeout=3000):
        desk.session.poll()
    assert desk.field.text() == "Đặng thị h"
    assert names(desk)[0] == "Đặng Thị Hoà"


def test_enter_checks_in_once_and_moves_the_counter(qtbot, desk, db, demo):
    person = absent_person(db, demo.id)
    before = counted(qtbot, desk).present
    type_into(qtbot, desk, person.full_name)
    with qtbot.waitSignal(desk.checked_in) as signal:
        qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert signal.args[0].attendee.id == person.id and not signal.args[0].already
    assert counted(qtbot, desk).present == before + 1
    assert live_check_ins(db, person.id) == 1
    assert desk.confirmation.outcome is Outcome.CHECKED_IN
    assert desk.confirmation.name.text() == person.full_name
    assert person.unit_name in desk.confirmation.details.text()
    assert desk.field.text() == "" and desk.field.hasFocus()
    recorded = checkins.check_in_history(db, person.id)[0]
    assert recorded.desk == desk.session.desk and recorded.method is CheckInMethod.SEARCH


def test_the_same_person_again_is_a_warning_not_a_second_check_in(qtbot, desk, db, demo):
    person = absent_person(db, demo.id)
    first = checkins.check_in(db, person.id, desk="Bàn 2")
    desk.session.poll()
    count = counted(qtbot, desk).present
    type_into(qtbot, desk, person.code)
    with qtbot.waitSignal(desk.checked_in) as signal:
        qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert signal.args[0].already
    assert desk.confirmation.outcome is Outcome.ALREADY
    assert f"{first.check_in.at:%H:%M}" in desk.confirmation.when.text()
    assert "Bàn 2" in desk.confirmation.when.text()
    assert live_check_ins(db, person.id) == 1 and len(checkins.check_in_history(db, person.id)) == 1
    assert counted(qtbot, desk).present == count


def test_a_scanned_code_checks_in_at_once(qtbot, desk, db, demo):
    person = absent_person(db, demo.id)
    type_text(desk.field, person.code)  # a scanner types fast, then Enter, before any result shows
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert live_check_ins(db, person.id) == 1
    assert checkins.check_in_history(db, person.id)[0].method is CheckInMethod.SCAN
    assert desk.confirmation.name.text() == person.full_name


def test_an_unknown_code_says_so_and_keeps_the_text_for_the_next_scan(qtbot, desk):
    type_text(desk.field, "ZZZZZZ")
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert desk.confirmation.outcome is Outcome.PROBLEM
    assert "ZZZZZZ" in desk.message.text()
    assert desk.field.text() == "ZZZZZZ" and desk.field.selectedText() == "ZZZZZZ"
    type_into(qtbot, desk, "duc")   # the next person: the old problem goes
    assert desk.confirmation.outcome is Outcome.READY


def test_up_and_down_choose_and_enter_takes_the_chosen(qtbot, desk, db):
    type_into(qtbot, desk, "duc")
    qtbot.keyClick(desk.field, Qt.Key.Key_Down)
    qtbot.keyClick(desk.field, Qt.Key.Key_Down)
    qtbot.keyClick(desk.field, Qt.Key.Key_Up)
    chosen = desk.results.attendee_at(1)
    assert desk.selected_attendee() == chosen
    with qtbot.waitSignal(desk.checked_in) as signal:
        qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert signal.args[0].attendee.id == chosen.id


def test_escape_clears_and_keeps_the_cursor_in_the_field(qtbot, desk):
    type_into(qtbot, desk, "huyen")
    assert desk.results.rowCount()
    qtbot.keyClick(desk.field, Qt.Key.Key_Escape)
    assert desk.field.text() == "" and desk.results.rowCount() == 0 and desk.field.hasFocus()


def test_ctrl_z_undoes_the_last_check_in_of_this_desk(qtbot, desk, db, demo):
    person = absent_person(db, demo.id)
    before = counted(qtbot, desk).present
    type_into(qtbot, desk, person.code)
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert counted(qtbot, desk).present == before + 1
    with qtbot.waitSignal(desk.check_in_undone):
        qtbot.keyClick(desk.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert live_check_ins(db, person.id) == 0
    assert counted(qtbot, desk).present == before
    assert desk.confirmation.outcome is Outcome.UNDONE and desk.confirmation.name.text() == person.full_name
    assert person.full_name in desk.window().statusBar().currentMessage()
    qtbot.keyClick(desk.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing of ours is left
    assert desk.confirmation.outcome is Outcome.PROBLEM
    assert counted(qtbot, desk).present == before


def fill_and_save(monkeypatch, name: str, position: str = "", unit: str = "") -> list[PersonDialog]:
    """Stand in for the clerk at the walk-in/substitute form: type, then press Save."""
    seen: list[PersonDialog] = []

    def exec_(dialog: PersonDialog) -> int:
        seen.append(dialog)
        dialog.name.setText(name)
        dialog.position.setText(position)
        if unit:
            dialog.unit.setText(unit)
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", exec_)
    return seen


def test_a_walk_in_is_added_and_checked_in_in_one_step(qtbot, desk, db, demo, monkeypatch):
    fill_and_save(monkeypatch, "Lăng Văn Tám", "Phóng viên", "Báo Lạng Sơn")
    before = counted(qtbot, desk).present
    qtbot.keyClick(desk.field, Qt.Key.Key_F2)
    (walk_in,) = [a for a in attendees.list_attendees(db, demo.id) if a.full_name == "Lăng Văn Tám"]
    assert walk_in.status is AttendeeStatus.WALK_IN and walk_in.present
    assert walk_in.unit_name == "Báo Lạng Sơn" and walk_in.section_title == "IV. CÁC CƠ QUAN BÁO CHÍ"
    assert desk.confirmation.outcome is Outcome.CHECKED_IN and desk.confirmation.name.text() == "Lăng Văn Tám"
    assert counted(qtbot, desk).present == before + 1 and counted(qtbot, desk).invited > 0


def test_a_walk_in_without_a_name_is_refused_at_the_field(qtbot, desk, db, demo, monkeypatch):
    seen = fill_and_save(monkeypatch, "   ", "Phóng viên")
    count = attendees.count_attendees(db, demo.id)
    desk.walk_in_button.click()
    assert seen[0].result() == 0  # still open for the clerk to fix
    assert "Full name is required" in seen[0].messages.message("full_name")
    assert attendees.count_attendees(db, demo.id) == count


def test_a_substitute_replaces_the_selected_invited_person(qtbot, desk, db, demo, monkeypatch):
    invited = absent_person(db, demo.id)
    fill_and_save(monkeypatch, "Nông Thị Mai", "Chuyên viên")
    type_into(qtbot, desk, invited.code)
    qtbot.keyClick(desk.field, Qt.Key.Key_F3)
    (sub,) = [a for a in attendees.list_attendees(db, demo.id) if a.full_name == "Nông Thị Mai"]
    assert sub.replaces_id == invited.id and sub.status is AttendeeStatus.SUBSTITUTE and sub.present
    assert sub.unit_name == invited.unit_name
    assert f"stands in for {invited.full_name}" in desk.confirmation.details.text()   # issue 11 item 1


def test_checking_in_someone_a_substitute_stands_in_for_warns(qtbot, desk, db, demo):
    """Issue 11 item 1: the substitute is registered (not here yet); the invited person comes."""
    from desktop_app.domain.models import AttendeeInput

    invited = absent_person(db, demo.id)
    attendees.add_substitute(db, invited.id, AttendeeInput(full_name="Nông Thị Mai"))
    type_into(qtbot, desk, invited.code)
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert desk.confirmation.outcome is Outcome.CHECKED_IN
    assert "Nông Thị Mai is already registered as their substitute" in desk.confirmation.details.text()


def test_the_invited_person_arriving_after_their_substitute_is_told_so(qtbot, desk, db, demo):
    from desktop_app.domain.models import AttendeeInput
    from desktop_app.store.checkins import add_substitute_and_check_in

    invited = absent_person(db, demo.id)
    add_substitute_and_check_in(db, invited.id, AttendeeInput(full_name="Nông Thị Mai"))
    type_into(qtbot, desk, invited.code)
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert desk.confirmation.outcome is Outcome.CHECKED_IN
    assert "Nông Thị Mai" in desk.confirmation.details.text()


def test_the_substitute_form_says_when_the_invited_person_is_already_here(qtbot, desk, db, demo, monkeypatch):
    here = next(a for a in attendees.list_attendees(db, demo.id) if a.present and a.status is AttendeeStatus.INVITED)
    seen = fill_and_save(monkeypatch, "Nông Thị Mai")
    type_into(qtbot, desk, here.code.lower())   # found, not yet taken: select them and press F3
    desk.table.selectRow(desk.results.row_of(here.id))
    qtbot.keyClick(desk.field, Qt.Key.Key_F3)
    assert f"{here.full_name} is already checked in ({here.checked_in_at:%H:%M}" in seen[0].replaced_label.text()


def test_substitute_asks_to_choose_the_invited_person_first(qtbot, desk, monkeypatch):
    seen = fill_and_save(monkeypatch, "Nông Thị Mai")
    qtbot.keyClick(desk.field, Qt.Key.Key_F3)
    assert not seen and "select them" in desk.message.text()


def test_another_desk_sharing_the_file_shows_up_within_the_poll(qtbot, make_window, db_path, db, demo):
    window = make_window(db_path, view="desk", poll_ms=100)
    desk = window.desk
    before = counted(qtbot, desk).present
    person = absent_person(db, demo.id)
    checkins.check_in(db, person.id, desk="Bàn 2")  # the other desk, its own connection
    qtbot.waitUntil(lambda: desk.counters.present == before + 1, timeout=3000)


def test_two_windows_catch_up_with_each_other(qtbot, make_window, db_path, db, demo):
    first = make_window(db_path, view="desk", poll_ms=100)
    second = make_window(db_path, view="desk", poll_ms=100)
    before = counted(qtbot, second.desk).present
    type_into(qtbot, first.desk, absent_person(db, demo.id).code)
    qtbot.keyClick(first.desk.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: second.desk.counters.present == before + 1, timeout=3000)


def test_attendance_for_a_topic_is_recorded_for_that_topic(qtbot, desk, db, demo):
    topic = topics.list_topics(db, demo.id)[2]  # an afternoon topic: nobody yet in the demo
    desk.set_topic(topic.id)
    assert counted(qtbot, desk).present == 0
    person = absent_person(db, demo.id)
    type_into(qtbot, desk, person.code)
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert rows(db, "SELECT topic_id FROM check_ins WHERE attendee_id = :a", {"a": person.id}) == [
        {"topic_id": topic.id}]
    assert counted(qtbot, desk).present == 1
    assert not attendees.get_attendee(db, person.id).present  # the conference itself is another matter


def test_the_desk_name_from_settings_is_recorded(qtbot, desk, db, demo):
    desk.session.set_desk("Bàn 3")
    person = absent_person(db, demo.id)
    type_into(qtbot, desk, person.code)
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert checkins.check_in_history(db, person.id)[0].desk == "Bàn 3"
    assert desk.recent.check_in_at(0)[1].id == person.id
    assert "Bàn 3" in desk.desk_label.text()


def test_an_input_method_commit_reaches_the_search_untouched(qtbot, desk):
    """ibus/fcitx hand over composed text in an input-method event, not key presses."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    desk.field.setFocus()
    with qtbot.waitSignal(desk.results_shown, timeout=2000):
        for piece in ("Đặng", " Thị", " Hoà"):
            preedit = QInputMethodEvent(piece[-1], [])  # composing: shown, not yet text
            QApplication.sendEvent(desk.field, preedit)
            commit = QInputMethodEvent()
            commit.setCommitString(piece)
            QApplication.sendEvent(desk.field, commit)
    assert desk.field.text() == "Đặng Thị Hoà"
    assert names(desk)[0] == "Đặng Thị Hoà"


def test_a_walk_in_on_a_full_disk_says_so_and_keeps_the_form(qtbot, desk, db, db_path, demo, monkeypatch):
    """case: gui-full-disk-walk-in — SQLITE_FULL while a walk-in is saved: the sentence in a
    message box, the form still open with what was typed, nothing half-written; never the
    "fault in hoinghi" dialog."""
    from full_disk import BULKY_POSITION, integrity, leave_no_room
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.common.error_dialog import UnexpectedErrorDialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(UnexpectedErrorDialog, "exec", lambda dialog: pytest.fail("the fault dialog was shown"))
    seen = fill_and_save(monkeypatch, "Lăng Văn Tám", BULKY_POSITION, "Báo Lạng Sơn")
    before = (attendees.count_attendees(db, demo.id), desk.counters.present)
    leave_no_room(desk.session.db)
    qtbot.keyClick(desk.field, Qt.Key.Key_F2)
    assert shown == [f"The disk holding “{db_path}” is full: nothing of this change was saved. "
                     "Free some space on that disk, then try again."]
    assert seen[0].result() == 0 and seen[0].name.text() == "Lăng Văn Tám"   # to save again once there is room
    assert (attendees.count_attendees(db, demo.id), desk.counters.present) == before
    assert not desk.session.db.conn.in_transaction and integrity(db_path) == "ok"


def test_a_walk_in_with_the_name_of_someone_in_their_unit_is_warned_and_added(qtbot, desk, db, demo, monkeypatch):
    invited = absent_person(db, demo.id)
    seen = fill_and_save(monkeypatch, invited.full_name, "Chuyên viên", invited.unit_name)
    qtbot.keyClick(desk.field, Qt.Key.Key_F2)
    (dialog,) = seen
    assert dialog.notice.isVisibleTo(dialog) and invited.full_name in dialog.notice.text()
    same_name = [a for a in attendees.list_attendees(db, demo.id) if a.full_name == invited.full_name]
    assert len(same_name) == 2 and any(a.status is AttendeeStatus.WALK_IN and a.present for a in same_name)


def _give_old_code(db, person, code: str):
    """As an older version made it: six symbols of the old alphabet on the invitation."""
    db.conn.execute("UPDATE attendees SET code = ?, code_folded = ? WHERE id = ?", (code, code.lower(), person.id))
    db.conn.commit()


def test_a_scan_unikey_changed_is_read_back_and_checks_in_exactly(qtbot, desk, db, demo):
    """Issue 15: TR77GW through Telex arrives as TR77GƯ; the desk says so and checks in TR77GW."""
    from input_methods import type_through

    person = absent_person(db, demo.id)
    _give_old_code(db, person, "TR77GW")
    arrived = type_through("TR77GW", "telex")
    assert arrived == "TR77GƯ"
    type_into(qtbot, desk, arrived)
    assert names(desk)[0] == person.full_name
    assert "TR77GW" in desk.message.text() and arrived in desk.message.text()
    with qtbot.waitSignal(desk.checked_in) as signal:
        qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert signal.args[0].attendee.id == person.id
    assert live_check_ins(db, person.id) == 1
    assert checkins.check_in_history(db, person.id)[0].method is CheckInMethod.SCAN
    assert "TR77GW" in desk.message.text() and desk.field.text() == ""


def test_a_changed_scan_of_nobodys_code_checks_in_no_one_listed(qtbot, desk, db, demo):
    """TR77GƯ folds to TR77GU: that person is listed by prefix, but is not who was scanned."""
    listed = absent_person(db, demo.id)
    _give_old_code(db, listed, "TR77GU")
    type_into(qtbot, desk, "TR77GƯ")
    assert names(desk)[:1] == [listed.full_name]
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert live_check_ins(db, listed.id) == 0
    assert desk.confirmation.outcome is Outcome.PROBLEM
    assert "TR77GƯ" in desk.message.text()


def test_a_changed_scan_that_reads_as_two_people_checks_in_nobody(qtbot, desk, db, demo):
    first, second = [a for a in attendees.list_attendees(db, demo.id) if not a.present][:2]
    _give_old_code(db, first, "XAAB2K")
    _give_old_code(db, second, "XAB2KA")
    type_into(qtbot, desk, "XÂB2K")
    assert {first.full_name, second.full_name} <= set(names(desk))
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert live_check_ins(db, first.id) == live_check_ins(db, second.id) == 0
    assert desk.confirmation.outcome is Outcome.PROBLEM
    assert "XAAB2K" in desk.message.text() and "XAB2KA" in desk.message.text()


def test_a_name_typed_with_accents_checks_in_the_name_not_a_code(qtbot, desk, db, demo):
    person = next(a for a in attendees.list_attendees(db, demo.id) if not a.present and a.full_name == "Đặng Thị Hoà")
    _give_old_code(db, absent_person(db, demo.id), "DDAWJN")   # a code whose Telex reading is not this name
    type_into(qtbot, desk, "Đặng Thị Hoà")
    with qtbot.waitSignal(desk.checked_in) as signal:
        qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert signal.args[0].attendee.id == person.id
    assert checkins.check_in_history(db, person.id)[0].method is CheckInMethod.SEARCH


@pytest.mark.parametrize("kind", ["walk_in", "substitute"])
def test_ctrl_z_after_f2_or_f3_undoes_the_whole_action(qtbot, desk, db, demo, monkeypatch, kind):
    """Issue 11 item 2: the new record and the replacement go, not only the check-in."""
    from desktop_app.ui.desk import desk_undo

    asked: list[str] = []
    monkeypatch.setattr(desk_undo, "ask_undo_choice",
                        lambda parent, person: asked.append(person.full_name) or desk_undo.UndoChoice.WHOLE)
    count = attendees.count_attendees(db, demo.id)
    fill_and_save(monkeypatch, "Nông Thị Mai", "Chuyên viên", "Sở Y tế")
    if kind == "substitute":
        invited = absent_person(db, demo.id)
        type_into(qtbot, desk, invited.code)
        qtbot.keyClick(desk.field, Qt.Key.Key_F3)
    else:
        qtbot.keyClick(desk.field, Qt.Key.Key_F2)
    assert attendees.count_attendees(db, demo.id) == count + 1
    qtbot.keyClick(desk.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: attendees.count_attendees(db, demo.id) == count)
    assert asked == ["Nông Thị Mai"]
    assert not [a for a in attendees.list_attendees(db, demo.id) if a.full_name == "Nông Thị Mai"]
    if kind == "substitute":
        assert not attendees.get_attendee(db, invited.id).replaced
    assert "Nông Thị Mai" in desk.confirmation.details.text()


def test_ctrl_z_after_f2_may_undo_only_the_check_in(qtbot, desk, db, demo, monkeypatch):
    from desktop_app.ui.desk import desk_undo

    monkeypatch.setattr(desk_undo, "ask_undo_choice", lambda parent, person: desk_undo.UndoChoice.CHECK_IN)
    fill_and_save(monkeypatch, "Nông Thị Mai", "Chuyên viên", "Sở Y tế")
    qtbot.keyClick(desk.field, Qt.Key.Key_F2)
    qtbot.keyClick(desk.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    (mai,) = [a for a in attendees.list_attendees(db, demo.id) if a.full_name == "Nông Thị Mai"]
    qtbot.waitUntil(lambda: not attendees.get_attendee(db, mai.id).present)
    assert desk.confirmation.outcome is Outcome.UNDONE


def test_the_undo_question_defaults_to_the_whole_action(qtbot, desk, db, demo):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app.ui.desk import desk_undo

    person = next(a for a in attendees.list_attendees(db, demo.id) if a.status is AttendeeStatus.SUBSTITUTE)
    texts: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.defaultButton().click()

    QTimer.singleShot(0, press_enter)
    assert desk_undo.ask_undo_choice(desk, person) is desk_undo.UndoChoice.WHOLE
    assert person.full_name in texts[0] and "substitute" in texts[0]


def test_the_desk_says_plainly_when_the_conference_is_not_today(qtbot, window, db, demo, clock):
    """Issue 11 item 7: before the first check-in, and the clerk may go on."""
    from datetime import datetime

    window.show_view("desk")
    desk = window.desk
    assert "not today" not in desk.confirmation.details.text()   # the demo day
    clock.now = datetime(2026, 12, 3, 7, 0)
    window.session.conference_changed.emit()
    assert desk.confirmation.outcome is Outcome.READY
    assert "This conference is on 14/09/2022, not today (03/12/2026)" in desk.confirmation.details.text()
    person = absent_person(db, demo.id)
    type_into(qtbot, desk, person.code)
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.confirmation.outcome is Outcome.CHECKED_IN)
    assert attendees.get_attendee(db, person.id).present
