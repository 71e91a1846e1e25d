"""Another desk is writing (it holds the file's write lock): this desk never freezes waiting for
it, says so, keeps what was typed or scanned, and saves it as soon as the file is free."""

from __future__ import annotations

import pytest
from keys import type_text
from PySide6.QtCore import Qt

from desktop_app.domain.kinds import AttendeeStatus
from desktop_app.store import attendees, checkins
from desktop_app.ui.desk.desk_panels import Outcome
from desktop_app.ui.desk.person_dialog import PersonDialog


@pytest.fixture
def desk(window):
    window.show_view("desk")
    return window.desk


@pytest.fixture
def other_desk_writing(db):
    """The `db` fixture's connection (another desk) in the middle of a long write; release() ends it."""
    db.conn.execute("BEGIN IMMEDIATE")

    class Holder:
        @staticmethod
        def release() -> None:
            if db.conn.in_transaction:
                db.conn.execute("COMMIT")

    yield Holder
    Holder.release()


def waiting_people(db, conference_id, count):
    return [a for a in attendees.list_attendees(db, conference_id)
            if not a.present and a.status is AttendeeStatus.INVITED][:count]


def present(db, attendee_id) -> bool:
    return any(c.undone_at is None for c in checkins.check_in_history(db, attendee_id))


def test_scans_during_another_desks_write_are_kept_and_saved_in_order(qtbot, desk, db, demo, other_desk_writing):
    first, second = waiting_people(db, demo.id, 2)
    qtbot.waitUntil(lambda: not desk.counts.loader.running, timeout=5000)   # counted on a worker
    before = desk.counters.present
    type_text(desk.field, first.code)
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)   # returns at once: the file is busy
    assert "Another desk is saving" in desk.message.text() or "Bàn khác đang lưu" in desk.message.text()
    assert desk.field.text() == first.code and desk.field.selectedText() == first.code
    type_text(desk.field, second.code)              # the next scan replaces the selected text
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert desk.field.text() == second.code and desk.writes.waiting == 2
    assert not present(db, first.id) and not present(db, second.id)
    shown: list[int] = []
    desk.checked_in.connect(lambda result: shown.append(result.attendee.id))
    other_desk_writing.release()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
    assert shown == [first.id, second.id]
    assert present(db, first.id) and present(db, second.id)
    assert desk.confirmation.name.text() == second.full_name
    assert desk.field.text() == "" and desk.message.text() == ""
    qtbot.waitUntil(lambda: desk.counters.present == before + 2)


def test_text_typed_while_waiting_is_not_cleared_by_the_late_check_in(qtbot, desk, db, demo, other_desk_writing):
    (person,) = waiting_people(db, demo.id, 1)
    type_text(desk.field, person.code)
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    type_text(desk.field, "dang thi")               # the clerk goes on with the next person
    with qtbot.waitSignal(desk.checked_in, timeout=5000):
        other_desk_writing.release()
    assert present(db, person.id)
    assert desk.field.text() == "dang thi"


def test_a_walk_in_form_waits_for_the_other_desk_and_keeps_what_was_typed(qtbot, desk, db, demo, monkeypatch,
                                                                       other_desk_writing):
    seen: list[PersonDialog] = []

    def exec_(dialog: PersonDialog) -> int:
        seen.append(dialog)
        dialog.name.setText("Lăng Văn Tám")
        dialog.buttons.accepted.emit()
        assert dialog.result() == 0 and dialog.waiting.isVisibleTo(dialog)   # still open, saying why
        assert dialog.name.text() == "Lăng Văn Tám"
        other_desk_writing.release()
        qtbot.waitUntil(lambda: dialog.result() == 1, timeout=5000)        # tried again by itself
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", exec_)
    qtbot.keyClick(desk.field, Qt.Key.Key_F2)
    (walk_in,) = [a for a in attendees.list_attendees(db, demo.id) if a.full_name == "Lăng Văn Tám"]
    assert walk_in.present
    assert desk.confirmation.outcome is Outcome.CHECKED_IN


def test_cancelling_a_waiting_walk_in_saves_nothing(qtbot, desk, db, demo, monkeypatch, other_desk_writing):
    count = attendees.count_attendees(db, demo.id)

    def exec_(dialog: PersonDialog) -> int:
        dialog.name.setText("Lăng Văn Tám")
        dialog.buttons.accepted.emit()
        assert dialog.retrying
        dialog.reject()
        assert not dialog.retrying
        other_desk_writing.release()
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", exec_)
    qtbot.keyClick(desk.field, Qt.Key.Key_F2)
    assert attendees.count_attendees(db, demo.id) == count


def test_another_desks_check_in_is_counted_off_the_window_thread(qtbot, desk, db, demo, monkeypatch):
    import threading

    from desktop_app.ui.desk import desk_counts

    threads: list[threading.Thread] = []
    real = desk_counts.section_counts

    def counting(*args, **kw):
        threads.append(threading.current_thread())
        return real(*args, **kw)

    monkeypatch.setattr(desk_counts, "section_counts", counting)
    qtbot.waitUntil(lambda: not desk.counts.loader.running, timeout=5000)
    before = desk.counters.present
    (person,) = waiting_people(db, demo.id, 1)
    checkins.check_in(db, person.id, desk="Bàn 2")      # another desk sharing the file
    with qtbot.waitSignal(desk.counters_shown, timeout=5000):
        desk.session.poll()
    assert desk.counters.present == before + 1
    assert threads and threading.main_thread() not in threads
