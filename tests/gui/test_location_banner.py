"""A database in a OneDrive, Dropbox or network folder: the window says why that is risky and offers
to move it to the default folder on this computer's own disk (issue 16 item 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.store import open_database
from desktop_app.store.conferences import list_conferences
from desktop_app.store.demo import create_demo


def _demo_in(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hoi-nghi.sqlite"
    db = open_database(path, create=True)
    create_demo(db)
    db.close()
    return path


def test_a_database_in_onedrive_is_moved_to_the_home_folder_on_request(make_window, tmp_path, home,
                                                                         monkeypatch, qtbot):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    synced = _demo_in(tmp_path / "OneDrive - Sở Nội vụ tỉnh Lạng Sơn" / "Hội nghị #1")
    window = make_window(synced)
    banner = window.location_banner
    assert banner.isVisible() and "OneDrive" in banner.label.text()
    assert banner.move_button.isVisible() and str(home / "hoinghi") in banner.move_button.text()

    banner.move_button.click()
    moved = home / "hoinghi" / "hoi-nghi.sqlite"
    qtbot.waitUntil(lambda: window.session.path == moved and window.session.conference_id is not None,
                    timeout=20_000)
    (conference,) = list_conferences(window.session.db)
    assert conference.invited > 100
    assert synced.exists(), "the original is left for the user to delete"
    assert not banner.isVisible()
    assert told and str(moved) in told[0]
    assert window.prefs.recent_databases[0] == str(moved.resolve())
    assert str(synced.resolve()) not in window.prefs.recent_databases


def test_a_database_on_the_local_disk_shows_no_warning(make_window, home):
    window = make_window(_demo_in(home / "hoinghi"))
    assert not window.location_banner.isVisible()


def test_a_database_on_a_network_mount_is_risky_by_its_file_system(make_window, home, monkeypatch):
    share = home / "chung"  # not under the OneDrive folder that holds tmp_path
    path = _demo_in(share)
    monkeypatch.setattr("desktop_app.domain.locations._mount_table",
                        lambda: [("/", "ext4"), (str(share.resolve()), "cifs")])
    window = make_window(path)
    banner = window.location_banner
    assert banner.isVisible() and "network folder" in banner.label.text() and "cifs" in banner.label.text()
    assert banner.move_button.isVisible()
    banner.close_button.click()
    assert not banner.isVisible()
    window.session.close()
    assert not banner.isVisible()


@pytest.mark.usefixtures("home")
def test_no_move_is_offered_when_the_home_folder_is_on_the_network_too(make_window, tmp_path, monkeypatch):
    path = _demo_in(tmp_path / "chung")
    monkeypatch.setattr("desktop_app.domain.locations._mount_table", lambda: [("/", "nfs4")])
    window = make_window(path)
    assert window.location_banner.isVisible() and not window.location_banner.move_button.isVisible()
