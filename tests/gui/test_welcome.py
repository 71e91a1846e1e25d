"""The first start: no database yet, so the window offers to create one, open one or open the demo,
with a "hoinghi" folder in the user's home as the place for databases (not Documents, which OneDrive
may synchronise); databases an earlier version put in Documents/hoinghi are still found."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from desktop_app.store.conferences import list_conferences
from desktop_app.ui.main_window import MainWindow


def first_start(qtbot, settings) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_first_start_welcomes_with_three_choices(qtbot, settings, home):
    window = first_start(qtbot, settings)
    welcome = window.welcome
    assert window.pages.currentWidget() is welcome
    assert [b.text() for b in (welcome.new_button, welcome.open_button, welcome.demo_button)] == [
        "Create a new database", "Open an existing database", "Open the demo conference"]
    assert all(b.isVisibleTo(window) for b in (welcome.new_button, welcome.open_button, welcome.demo_button))
    assert str(home / "hoinghi") in welcome.folder_label.text()
    assert not welcome.recent_label.isVisibleTo(window) and welcome.recent_buttons == []
    assert not any(a.isEnabled() for a in window.menus.view_actions)   # no views to go to yet (Ctrl+1…5)
    assert window.focusWidget() is welcome.new_button     # Enter or Space takes the first choice


def test_the_demo_is_built_in_the_home_folder_then_reopened_as_left(qtbot, settings, home, documents):
    window = first_start(qtbot, settings)
    window.welcome.demo_button.click()
    qtbot.waitUntil(lambda: window.session.conference_id is not None, timeout=20_000)
    demo = home / "hoinghi" / "demo.sqlite"
    assert not (documents / "hoinghi").exists()
    assert window.session.path == demo and window.pages.currentWidget() is window.tabs
    assert all(a.isEnabled() for a in window.menus.view_actions)
    db = window.session.db
    conferences = list_conferences(db)
    assert len(conferences) == 1 and conferences[0].invited > 100
    window.session.close()
    assert window.pages.currentWidget() is window.welcome
    (recent,) = window.welcome.recent_buttons
    assert recent.text() == "demo.sqlite"
    window.welcome.demo_button.click()  # opens the same file, no second demo
    qtbot.waitUntil(lambda: window.session.db is not None, timeout=10_000)
    assert len(list_conferences(window.session.db)) == 1


def test_a_new_database_is_suggested_in_the_home_folder_not_beside_the_program(qtbot, settings, home, monkeypatch):
    asked: list[str] = []

    def save_as(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return suggested, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window = first_start(qtbot, settings)
    window.welcome.new_button.click()
    qtbot.waitUntil(lambda: window.session.db is not None, timeout=10_000)
    (suggested,) = asked
    assert Path(suggested).parent == home / "hoinghi"
    assert window.session.path == home / "hoinghi" / "hoi-nghi.sqlite"
    assert window.conferences.empty_state.headline.text() == "No conferences yet"


def test_open_an_existing_database_starts_in_the_home_folder(qtbot, settings, home, monkeypatch):
    started_in: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda _parent, _title, folder, _filter: (started_in.append(folder), ("", ""))[1])
    window = first_start(qtbot, settings)
    window.welcome.open_button.click()
    assert started_in == [str(home / "hoinghi")] and window.session.db is None
    assert window.pages.currentWidget() is window.welcome


def test_recent_databases_are_offered_on_the_welcome_page(qtbot, settings, db_path, demo):
    from desktop_app.ui.common.preferences import Preferences

    Preferences(settings).remember_database(db_path)
    window = first_start(qtbot, settings)
    (recent,) = window.welcome.recent_buttons
    assert recent.text() == db_path.name and window.welcome.recent_label.isVisibleTo(window)
    recent.click()
    qtbot.waitUntil(lambda: window.session.db is not None, timeout=10_000)
    assert window.session.conference_id == demo.id


def test_an_earlier_versions_folder_in_documents_is_still_where_open_starts(qtbot, settings, documents,
                                                                            monkeypatch):
    (documents / "hoinghi").mkdir()
    started_in: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda _parent, _title, folder, _filter: (started_in.append(folder), ("", ""))[1])
    window = first_start(qtbot, settings)
    window.welcome.open_button.click()
    assert started_in == [str(documents / "hoinghi")]


def test_the_demo_an_earlier_version_built_in_documents_is_reopened(qtbot, settings, home, documents):
    from desktop_app.store import open_database
    from desktop_app.store.demo import create_demo

    legacy = documents / "hoinghi" / "demo.sqlite"
    legacy.parent.mkdir()
    db = open_database(legacy, create=True)
    create_demo(db)
    db.close()
    window = first_start(qtbot, settings)
    window.welcome.demo_button.click()
    qtbot.waitUntil(lambda: window.session.db is not None, timeout=10_000)
    assert window.session.path == legacy and not (home / "hoinghi" / "demo.sqlite").exists()
