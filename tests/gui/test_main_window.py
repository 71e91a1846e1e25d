"""The main window: databases in and out through the File menu, recent files, backup copies,
remembered state, keyboard navigation, and sentences instead of tracebacks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.store import open_database
from desktop_app.store.conferences import list_conferences
from desktop_app.ui.common.preferences import Preferences
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models.conference_table_model import ConferenceTableModel


def test_window_lists_the_demo_conference(window, demo):
    model = window.conferences.model
    assert model.rowCount() == 1
    assert model.index(0, ConferenceTableModel.TITLE).data().startswith("Hội nghị tập huấn")
    assert window.session.conference_id == demo.id
    assert demo.title in window.windowTitle()


def test_without_a_database_the_window_says_what_to_do(qtbot, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    view = window.conferences
    assert view.stack.currentWidget() is view.empty_state
    assert view.empty_state.headline.text() == "No database is open"
    assert not window.menus.backup_action.isEnabled() and not window.menus.walk_in_action.isEnabled()
    window.show_view("desk")
    assert "No conference is open" in window.desk.title.text() and not window.desk.field.isEnabled()


def test_new_database_from_the_file_menu(qtbot, settings, tmp_path, monkeypatch):
    target = tmp_path / "hoi-nghi-2026"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **kw: (str(target), ""))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.menus.new_database_action.trigger()
    qtbot.waitUntil(lambda: window.session.db is not None, timeout=10_000)
    assert window.session.path == target.with_suffix(".sqlite")
    assert window.conferences.empty_state.headline.text() == "No conferences yet"
    assert Preferences(settings).recent_databases == [str(target.with_suffix(".sqlite").resolve())]


def test_open_a_demo_then_reopen_it_from_recent_files(qtbot, settings, tmp_path, monkeypatch):
    demo_path = tmp_path / "demo.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **kw: (str(demo_path), ""))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show_view("conferences")
    window.show()
    window.menus.demo_action.trigger()
    qtbot.waitUntil(lambda: window.session.conference_id is not None, timeout=20_000)
    window.session.close()
    window.menus.update_recent()
    (recent,) = window.menus.recent_menu.actions()
    assert recent.text() == "&1 demo.sqlite"
    recent.trigger()
    qtbot.waitUntil(lambda: window.session.db is not None, timeout=10_000)
    assert window.conferences.model.rowCount() == 1


def test_a_file_that_is_not_a_database_gets_a_sentence(qtbot, settings, tmp_path, monkeypatch):
    bogus = tmp_path / "list.sqlite"
    bogus.write_text("Họ và tên;Đơn vị\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **kw: (str(bogus), ""))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.menus.open_database_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "is not a hoinghi database" in shown[0] and window.session.db is None


def test_backup_copy_is_written_by_a_worker(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "copies" / "backup.sqlite"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **kw: (str(target), ""))
    window.menus.backup_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    copy = open_database(target, create=False)
    assert len(list_conferences(copy)) == 1
    copy.close()


def test_state_and_last_database_are_remembered(qtbot, settings, clock, db_path, demo):
    first = MainWindow(settings, clock=clock)
    qtbot.addWidget(first)
    first.open_database(db_path)
    first.show_view("stats")
    first.close()
    prefs = Preferences(settings)
    assert prefs.last_database == str(Path(db_path).resolve())
    second = MainWindow(settings, clock=clock)
    qtbot.addWidget(second)
    assert second.current_view() == "stats"
    second.open_database(Path(prefs.last_database))
    assert second.session.conference_id == demo.id


def test_views_are_reached_by_keyboard(qtbot, window):
    for key, name in ((Qt.Key.Key_4, "desk"), (Qt.Key.Key_2, "attendees"), (Qt.Key.Key_5, "stats"),
                      (Qt.Key.Key_3, "topics"), (Qt.Key.Key_1, "conferences")):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_view() == name
    window.show_view("desk")
    assert window.desk.field.hasFocus()


def test_topics_take_the_desk_to_a_topic(qtbot, window, db, demo):
    from desktop_app.store.topics import list_topics

    window.show_view("topics")
    view = window.topics
    second = list_topics(db, demo.id)[1]
    view.select(second.id)
    view.desk_action.trigger()
    assert window.current_view() == "desk" and window.desk.topic_id == second.id
    assert window.desk.topic_box.currentText().startswith("Topic 2:")


def test_views_built_on_first_sight_take_the_focus_as_later(qtbot, window, db, demo):
    from PySide6.QtWidgets import QApplication

    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.conferences.table.setFocus()
    focused = []
    for key in (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_5, Qt.Key.Key_1, Qt.Key.Key_2):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        focused.append(QApplication.focusWidget().objectName())
    assert focused == ["attendee_search", "topic_table", "stats_sections", "conference_table", "attendee_search"]


def test_the_view_the_window_starts_on_has_the_focus(qtbot, make_window, db_path, demo):
    for view, field in (("attendees", "attendee_search"), ("topics", "topic_table"), ("desk", "desk_field")):
        window = make_window(db_path, view=view)
        window.activateWindow()
        assert window.focusWidget().objectName() == field
        window.close()
