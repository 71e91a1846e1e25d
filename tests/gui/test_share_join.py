"""File → Share this database with other desks… (a real server started in a folder of the test's
own) and File → Join a shared database… (a real server; wrong password, nobody there, then right):
the window moves to the server, the address is shown as text and as a QR code that reads back, and
the password is kept only in the user's own settings file (0600), never in the title, the recent
list or the logs."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from servers import free_port, server_folder

from desktop_app.domain.errors import ServerProblem
from desktop_app.domain.locations import ServerAddress, password_of, without_password
from desktop_app.store import open_database, pg_server
from desktop_app.store.conferences import list_conferences
from desktop_app.store.demo import create_demo

SHOTS = Path(os.environ.get("HOINGHI_SHOTS", "/tmp/wt-d-shots"))


def _shot(widget, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / f"{name}.png"))


def _read_qr(pixmap) -> str:
    import zxingcpp

    (code,) = zxingcpp.read_barcodes(pixmap.toImage())
    return code.text


def _no_password_shown(window, password: str) -> None:
    assert password not in window.windowTitle()
    assert password not in window.database_label.text() + window.database_label.toolTip()
    assert password not in window.server_label.text()
    window.menus.update_recent()
    for act in window.menus.recent_menu.actions():
        assert password not in act.text() + act.toolTip() + act.statusTip()
    assert all(password not in entry for entry in window.prefs.recent_databases)


@pytest.fixture
def share_folder(monkeypatch) -> Path:
    folder = server_folder("share")
    port = free_port()
    monkeypatch.setattr("desktop_app.ui.share_dialog.share_folder", lambda: folder)
    monkeypatch.setattr("desktop_app.ui.share_dialog.sharing_ports", lambda: (port,))
    yield folder
    with contextlib.suppress(ServerProblem):
        pg_server.stop(folder)
    shutil.rmtree(folder.parents[3], ignore_errors=True)


def test_sharing_a_file_starts_a_server_copies_it_and_shows_how_to_join(qtbot, window, db, share_folder, caplog):
    caplog.set_level(logging.DEBUG)
    window.resize(1024, 768)
    file_conferences = [(c.conference.title, c.invited, c.checked_in) for c in list_conferences(db)]
    window.menus.share_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "share_dialog", None) is not None, timeout=120_000)
    dialog = window.share_dialog
    url = dialog.address.text()
    assert isinstance(window.session.path, ServerAddress) and window.session.on_server
    info = pg_server.status(share_folder)
    assert info.running and url == info.url() and f":{info.port}/" in url
    assert _read_qr(dialog.code.pixmap()) == url   # the code a phone or a desk scans is the address
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == url
    server = open_database(info.url("127.0.0.1"), desk="check")
    try:
        assert [(c.conference.title, c.invited, c.checked_in) for c in list_conferences(server)] == file_conferences
    finally:
        server.close()
    qtbot.waitUntil(lambda: window.session.server_connected, timeout=10_000)
    password = password_of(url)
    _no_password_shown(window, password)
    assert password not in caplog.text
    assert not window.location_banner.isVisible()   # a server is no risky place for a file
    qtbot.wait(50)
    _shot(dialog, "share_dialog")
    _shot(window, "window_on_shared_server")


def test_joining_says_why_it_cannot_then_joins_and_keeps_the_password_apart(qtbot, make_window, db_path, demo,
                                                                            pg_cluster, settings, caplog):
    from desktop_app.ui import file_actions

    caplog.set_level(logging.DEBUG)
    name = pg_cluster.fresh()
    url = pg_cluster.url(name)
    seed = open_database(url, desk="Bàn 1")
    create_demo(seed)
    seed.close()
    window = make_window(db_path)
    file_actions.open_join(window)
    dialog = window.join_dialog
    dialog.resize(1024 * 6 // 10, dialog.sizeHint().height())
    password = password_of(url)
    dialog.address.setText(url.replace(f":{password}@", ":wrong@"))
    assert dialog.host.text() == "127.0.0.1" and dialog.database.text() == name
    assert dialog.password.text() == "wrong" and "wrong" not in dialog.address.text()   # masked, not in sight
    dialog.join_button.click()
    qtbot.waitUntil(lambda: "refused the login" in dialog.message.text(), timeout=20_000)
    assert dialog.isVisible() and not window.session.on_server
    _shot(dialog, "join_dialog_wrong_password")

    dialog.port.setValue(free_port())   # nobody there
    dialog.password.setText(password)
    dialog.join_button.click()
    qtbot.waitUntil(lambda: "No database server answers" in dialog.message.text(), timeout=20_000)

    dialog.port.setValue(int(url.rsplit(":", 1)[1].split("/")[0]))
    with qtbot.waitSignal(dialog.joined, timeout=20_000):
        dialog.join_button.click()
    assert window.session.on_server and window.session.path.shown() == without_password(url)
    _no_password_shown(window, password)
    assert password not in caplog.text

    settings.sync()   # the password is in the user's own settings file, readable by that user alone
    assert stat.S_IMODE(os.stat(settings.fileName()).st_mode) == 0o600
    assert password in Path(settings.fileName()).read_text(encoding="utf-8")

    again = make_window(db_path)   # another start of the program: opened from the recent list
    entry = next(e for e in again.prefs.recent_databases if e.startswith("postgresql://"))
    assert password_of(entry) is None
    with qtbot.waitSignal(again.session.database_changed, timeout=20_000):
        again.open_path(entry)
    assert again.session.on_server and not again.session.db.conn.closed
    pg_cluster.drop(name)


def test_sharing_again_asks_before_replacing_what_the_server_holds(qtbot, window, db, share_folder, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window.menus.share_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "share_dialog", None) is not None, timeout=120_000)
    window.share_dialog.close()
    window.share_dialog = None
    file_path = Path(db.path)
    window.open_database(file_path)   # back on the file, which then changes
    create_demo(db, attendees=5)
    asked: list[str] = []

    def answer(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.menus.share_action.trigger()
    qtbot.waitUntil(lambda: window.share_dialog is not None, timeout=120_000)
    assert len(asked) == 1 and file_path.name in asked[0]
    info = pg_server.status(share_folder)
    server = open_database(info.url("127.0.0.1"), desk="check")
    try:
        assert len(list_conferences(server)) == len(list_conferences(db)) == 2
    finally:
        server.close()


def test_the_join_address_follows_the_parts_typed_and_keeps_its_options(qtbot, window):
    """Correcting a part after pasting must not leave another address in sight, and an office
    server's ?sslmode=require is passed on as the README says, not dropped."""
    from desktop_app.ui import file_actions

    file_actions.open_join(window)
    dialog = window.join_dialog
    dialog.address.setText("postgresql://hoinghi:s3cret@192.168.1.20:5432/hoinghi?sslmode=require")
    assert dialog.url() == "postgresql://hoinghi:s3cret@192.168.1.20:5432/hoinghi?sslmode=require"
    dialog.port.setValue(5433)
    dialog.host.setText("192.168.1.21")
    assert dialog.address.text() == "postgresql://hoinghi@192.168.1.21:5433/hoinghi?sslmode=require"
    assert dialog.url() == "postgresql://hoinghi:s3cret@192.168.1.21:5433/hoinghi?sslmode=require"
    dialog.address.clear()   # parts typed by hand: no options, the address shows what they make
    dialog.host.setText("10.0.0.5")
    assert dialog.address.text() == "postgresql://hoinghi@10.0.0.5:5433/hoinghi"
    assert dialog.url().endswith("@10.0.0.5:5433/hoinghi")
    from PySide6.QtWidgets import QLineEdit

    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password   # typed off the server laptop: may be seen
    dialog.show_password.setChecked(True)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Normal


def test_the_organizers_window_starts_its_own_server_again_after_the_laptop_restarted(qtbot, make_window, db_path,
                                                                                        demo, share_folder,
                                                                                        monkeypatch):
    """A power cut at the venue: the laptop starts again, its server does not. Opening the window
    (its last database is that server) must not send the organizer to the command line."""
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.domain.locations import database_location

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warned.append(text))
    info = pg_server.start(share_folder, port=free_port(), listen="127.0.0.1")
    seed = open_database(info.url("127.0.0.1"), desk="Bàn 1")
    create_demo(seed, attendees=5)
    seed.close()
    pg_server.stop(share_folder)   # the laptop restarted
    window = make_window(db_path)
    with qtbot.waitSignal(window.session.database_changed, timeout=60_000):
        window.open_path(database_location(info.url("127.0.0.1")))
    assert window.session.on_server and not warned and pg_server.status(share_folder).running
    assert [c.conference.title for c in list_conferences(window.session.db)]


@pytest.mark.parametrize(("host", "warned"), [("127.0.0.1", True), ("192.168.1.20", False)])
def test_an_address_other_desks_cannot_reach_is_said_so(qtbot, host, warned):
    """Shared before the laptop joined the venue's Wi-Fi: its only address is its own."""
    from desktop_app.ui.share_dialog import ShareDialog

    dialog = ShareDialog(None, f"postgresql://hoinghi:k7mq-x3vd-p9tw-h2ja@{host}:5433/hoinghi")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.no_network.isVisible() is warned
    _shot(dialog, f"share_dialog_{host}")
