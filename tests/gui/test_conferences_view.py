"""Conferences as an organizer manages them: create, edit, duplicate, delete, open."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime

from desktop_app.store import attendees, backup
from desktop_app.store.conferences import get_conference, list_conferences
from desktop_app.store.topics import list_topics
from desktop_app.ui.conferences import conferences_view
from desktop_app.ui.conferences.conference_dialog import ConferenceDialog, DuplicateDialog


@pytest.fixture
def view(window):
    window.show_view("conferences")
    return window.conferences


def answer(monkeypatch, dialog_class, fill) -> list:
    """Stand in for the person at a dialog: `fill(dialog)`, then Save; the dialog's own code runs."""
    seen = []

    def exec_(dialog) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return seen


def when(text: str) -> QDateTime:
    return QDateTime(datetime.fromisoformat(text))


def test_create_a_conference(view, db, monkeypatch):
    def fill(d: ConferenceDialog) -> None:
        d.title.setText("Hội nghị sơ kết công tác 6 tháng đầu năm 2026")
        d.starts.setDateTime(when("2026-07-02T08:00"))
        d.ends.edit.setDateTime(when("2026-07-02T11:30"))
        d.venue.setText("Hội trường tầng 3")

    answer(monkeypatch, ConferenceDialog, fill)
    view.table.setFocus()
    view.new_action.trigger()
    assert view.window().focusWidget() is view.table   # the list keeps the keyboard (Enter opens the new one)
    created = list_conferences(db)[0].conference
    assert created.title == "Hội nghị sơ kết công tác 6 tháng đầu năm 2026"
    assert (created.starts_at, created.ends_at) == (datetime(2026, 7, 2, 8), datetime(2026, 7, 2, 11, 30))
    assert view.session.conference_id == created.id  # the new one is the current one everywhere
    assert view.model.rowCount() == 2


def test_a_conference_needs_a_title_and_an_end_after_its_start(view, db, monkeypatch):
    def no_title(d: ConferenceDialog) -> None:
        d.title.setText("  ")

    seen = answer(monkeypatch, ConferenceDialog, no_title)
    view.new_action.trigger()
    assert seen[0].result() == 0
    assert seen[0].messages.message("title") == "Title is required."

    def end_before_start(d: ConferenceDialog) -> None:
        d.title.setText("Hội nghị")
        d.starts.setDateTime(when("2026-07-02T08:00"))
        d.ends.enabled.setChecked(True)
        d.ends.edit.setDateTime(when("2026-07-01T08:00"))

    seen = answer(monkeypatch, ConferenceDialog, end_before_start)
    view.new_action.trigger()
    assert "end is before the start" in seen[0].messages.message("ends_at")
    assert len(list_conferences(db)) == 1


def test_edit_the_current_conference(view, db, demo, monkeypatch):
    def fill(d: ConferenceDialog) -> None:
        assert d.title.text() == demo.title
        d.venue.setText("Nhà văn hoá tỉnh")

    answer(monkeypatch, ConferenceDialog, fill)
    view.edit_action.trigger()
    assert get_conference(db, demo.id).venue == "Nhà văn hoá tỉnh"
    assert view.model.index(0, view.model.VENUE).data() == "Nhà văn hoá tỉnh"


def test_duplicate_with_attendees_runs_on_a_worker(qtbot, view, db, demo, monkeypatch):
    def fill(d: DuplicateDialog) -> None:
        d.title.setText("Hội nghị tập huấn năm 2023")
        d.starts.setDateTime(when("2023-09-14T07:30"))
        d.with_attendees.setChecked(True)

    answer(monkeypatch, DuplicateDialog, fill)
    view.duplicate_action.trigger()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    copy = next(s for s in list_conferences(db) if s.conference.title == "Hội nghị tập huấn năm 2023")
    assert copy.checked_in == 0 and copy.invited == list_conferences(db)[1].invited
    assert len(list_topics(db, copy.conference.id)) == 5
    old_codes = {a.code for a in attendees.list_attendees(db, demo.id)}
    assert not old_codes & {a.code for a in attendees.list_attendees(db, copy.conference.id)}


def test_delete_asks_first_and_takes_a_backup(qtbot, view, db, db_path, demo, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(conferences_view, "confirm", lambda _parent, _title, text, **kw: asked.append(text) and False)
    view.delete_action.trigger()
    assert len(list_conferences(db)) == 1
    assert "Other desks sharing this database may pause" in asked[0]   # a long write: they should know
    monkeypatch.setattr(conferences_view, "confirm", lambda *a, **kw: True)
    view.delete_action.trigger()
    qtbot.waitUntil(lambda: view.session.conference_id is None, timeout=10_000)
    assert list_conferences(db) == []
    (copy,) = backup.list_backups(db_path)
    assert "delete-conference" in copy.name
    assert view.stack.currentWidget() is view.empty_state


def test_opening_a_conference_makes_it_current_everywhere(qtbot, window, db, demo):
    from desktop_app.store.conferences import create_conference

    other = create_conference(db, "Hội nghị khác", datetime(2023, 1, 5, 8))
    window.session.changed()
    view = window.conferences
    window.show_view("conferences")
    view.select(other.id)
    view.open_selected()
    assert window.session.conference_id == other.id
    assert window.current_view() == "attendees"
    assert "Hội nghị khác" in window.windowTitle()
    window.show_view("desk")
    assert window.desk.title.text() == "Hội nghị khác"


def test_a_conference_deleted_elsewhere_stops_being_current(qtbot, window, db, demo):
    from desktop_app.store.conferences import delete_conference

    window.show_view("desk")
    delete_conference(db, demo.id)  # another window on the same file
    window.session.poll()
    assert window.session.conference_id is None
    assert "No conference is open" in window.desk.title.text() and not window.desk.field.isEnabled()


def test_sections_are_added_renamed_reordered_and_deleted(qtbot, view, db, demo, monkeypatch):
    from desktop_app.store.sections import list_sections
    from desktop_app.ui.conferences import sections_dialog
    from desktop_app.ui.conferences.sections_dialog import SectionDialog, SectionsDialog

    def titles() -> list[str]:
        return [s.title for s in list_sections(db, demo.id)]

    steps: list = []

    def run_sections(dialog: SectionsDialog) -> int:
        for step in steps:
            step(dialog)
        return 1

    def fill(title: str, kinds=()):
        def exec_(d: SectionDialog) -> int:
            d.title.setText(title)
            for kind in kinds:
                d.kinds[kind].setChecked(True)
            d.buttons.accepted.emit()
            return d.result()
        return exec_

    from desktop_app.domain.kinds import UnitKind

    monkeypatch.setattr(SectionsDialog, "exec", run_sections)
    monkeypatch.setattr(sections_dialog, "confirm", lambda *a, **kw: True)
    steps[:] = [lambda d: monkeypatch.setattr(SectionDialog, "exec", fill("KHÁCH MỜI", [UnitKind.OTHER])),
                lambda d: d.add()]
    view.sections_action.trigger()
    assert titles()[-1] == "VI. KHÁCH MỜI"
    assert list_sections(db, demo.id)[-1].kinds == (UnitKind.OTHER,)

    def select_last(d: SectionsDialog) -> None:
        d.list.setCurrentIndex(d.model.index(d.model.rowCount() - 1, 0))

    steps[:] = [select_last, lambda d: d.move(-1), lambda d: d.move(-1)]
    view.sections_action.trigger()
    assert titles()[3:] == ["IV. KHÁCH MỜI", "V. CÁC CƠ QUAN BÁO CHÍ", "VI. CÁC DOANH NGHIỆP"]

    def select_first(d: SectionsDialog) -> None:
        d.list.setCurrentIndex(d.model.index(0, 0))

    steps[:] = [select_first, lambda d: d.delete()]
    view.sections_action.trigger()
    assert titles()[0] == "I. CÁC SỞ, BAN, NGÀNH" and len(titles()) == 5
    steps[:] = [select_first, lambda d: monkeypatch.setattr(SectionDialog, "exec", fill("  ")), lambda d: d.edit()]
    view.sections_action.trigger()
    assert titles()[0] == "I. CÁC SỞ, BAN, NGÀNH"  # an empty heading is refused at the field


def test_esc_on_a_changed_form_asks_before_throwing_the_changes_away(qtbot, db, demo, monkeypatch):
    """Issue 11 item 10: a conference edit was lost to Esc."""
    from PySide6.QtCore import Qt

    from desktop_app.ui.common import forms

    answers: list[bool] = []
    asked: list[str] = []
    monkeypatch.setattr(forms, "ask_discard", lambda parent: asked.append(parent.title.text()) or answers.pop(0))
    dialog = ConferenceDialog(None, lambda c: c, get_conference(db, demo.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)        # nothing changed: closes without a question
    assert not dialog.isVisible() and asked == []
    dialog.show()
    dialog.title.setText("Hội nghị đã sửa")
    answers.append(False)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked == ["Hội nghị đã sửa"]   # kept: the edit is still there
    answers.append(True)
    dialog.close()
    assert not dialog.isVisible() and len(asked) == 2
