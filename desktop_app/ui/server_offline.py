"""A window on a server that cannot be reached: it opens on the desk's copy of the conference
within about a second (the check-in desk works on it and queues what it does), says so in a bar
above the views, and keeps the views that need the server closed until it answers again."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.domain.errors import HoinghiError, ServerProblem, server_upgrading
from desktop_app.messages import describe
from desktop_app.store.desk_link import LinkState
from desktop_app.store.offline import LocalCopy, copy_path
from desktop_app.ui.desk.desk_offline import copies_folder

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

translate = QCoreApplication.translate

# How long the window waits for a server it has a copy of, before opening on the copy.
OPEN_WAIT_S = 1.0
RETRY_MS = 3000
BANNER_STYLE = "#offline_banner { background: #fde68a; color: #7c2d12; font-weight: bold; padding: 6px; }"


def desk_copy(url: str, desk: str) -> Path | None:
    """This desk's copy of the server's database, if it was ever filled (else None)."""
    path = copy_path(copies_folder(), url, desk)
    if not path.exists():
        return None
    try:
        local = LocalCopy(path, desk=desk)
    except Exception:   # a copy that cannot be read is no copy: the server is needed
        return None
    try:
        return path if local.is_filled() else None
    finally:
        local.close()


def open_server(window: MainWindow, path: Path, url: str) -> None:
    """Open the server at `url`, waiting OPEN_WAIT_S at most; one that does not answer by then,
    when this desk has a copy of it, opens offline on the copy (raises HoinghiError otherwise)."""
    from desktop_app.store.server_database import open_server_within

    session = window.session
    # A worker has just reached the server (Join, the recent list); the network may drop right
    # after. The GUI thread waits no longer than OPEN_WAIT_S either way, never libpq's timeouts.
    try:
        db = open_server_within(url, OPEN_WAIT_S, desk=session.desk, clock=session.clock)
    except ServerProblem as error:
        if not (error.code == "server_unreachable" or server_upgrading(error)) or desk_copy(url, session.desk) is None:
            raise   # no copy to work on: said, and the window keeps what it had
        window.show_view("desk")   # before the views hear of the database: only the desk works now
        session.open_offline(path, url=url)
        session.note_refusal(error)   # an upgrade under way is said in the bar
        return
    session.use(db, path)


def offline_text() -> str:
    return translate(
        "ServerOffline", "The server cannot be reached. The check-in desk goes on with this computer's copy of "
        "the list: its check-ins are kept here and sent when the server is back. The other views need the "
        "server and come back by themselves then. Check the Wi-Fi, and that the organizer's laptop is on and "
        "sharing.")


def refused_text(reason: str) -> str:
    return translate(
        "ServerOffline", "The server answers but does not let this window in: {reason} The check-in desk goes on "
        "with this computer's copy of the list, and its check-ins are kept here until the server takes them."
        ).format(reason=reason)


def upgrading_text() -> str:
    return translate(
        "ServerOffline", "The server is upgrading its data for a new version of the program (about a minute for "
        "every 100,000 attendees). Meanwhile the check-in desk goes on with this computer's copy of the list, and "
        "the window connects by itself when the upgrade is done.")


def needs_server_text() -> str:
    # Said whether the server is out of reach or refuses the window (the bar says which).
    return translate("ServerOffline", "Needs the server, which this window cannot use now: use the check-in desk (4).")


class OfflineMode(QObject):
    """Keeps a window in step with its session being offline: the bar shown, the views that need the
    server closed (the one in front comes back with the server), the connection made again as soon
    as the desk's link reaches the server."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.banner = OfflineBanner(window)
        self._view_before = ""
        # A try that failed (the server answered the listener but not the window in time) is made
        # again while something says the server is there.
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._on_retry_timeout)
        window.session.server_connection_changed.connect(self.update)
        window.desk.offline.state_changed.connect(self._on_desk_link_state_changed)

    def update(self, *_args: object) -> None:
        window = self.window
        offline = window.session.offline
        self.banner.retranslate(window.session.refusal)
        self.banner.setVisible(offline)
        window.update_server_label()
        window.menus.update_enabled()   # what needs the server waits for it
        if window.session.on_server:
            self._retry.start()   # also notices the window's connection cut while the listener hears
        else:
            self._retry.stop()
        if offline and window.current_view() != "desk":
            self._view_before = window.current_view()   # before its tab is closed, which would show another
            window.show_view("desk")
        for index in range(window.tabs.count()):
            if window.tabs.widget(index) is not window.desk:
                window.tabs.setTabEnabled(index, not offline)
                window.tabs.setTabToolTip(index, needs_server_text() if offline else "")
        if not offline and self._view_before:
            if window.current_view() == "desk":
                window.show_view(self._view_before)
            self._view_before = ""

    def _on_desk_link_state_changed(self, state: LinkState) -> None:
        session = self.window.session
        if state.online:
            self._reconnect()
        elif state.unreachable and session.on_server and not session.offline:
            # The desk's link had no answer within its deadline: a silent network (a dead access
            # point), which the listener may not notice for many seconds. The window's connection
            # would wait on it too: dropped, so the bar says so at once and the views that show
            # the server's numbers close instead of showing the last ones as if current.
            session.db.drop_connection()  # type: ignore[union-attr]
            self.update()

    def _on_retry_timeout(self) -> None:
        session = self.window.session
        if session.offline != self.banner.isVisibleTo(self.window):
            # The window's own connection was cut (a statement outlived its deadline) while the
            # listener still heard the server, or came back: nothing else says so.
            self.update()
        if not session.offline:
            return
        # The desk's link tries the server every second or so with a deadline; a listener on a
        # silent network may still believe it is connected (and each try would hold the window
        # for a second).
        state = self.window.desk.offline.state
        if session.upgrading or (state.online if state is not None else session.server_connected):
            self._reconnect()   # while an upgrade lasts a try says so at once, without waiting

    def _reconnect(self) -> None:
        session = self.window.session
        if session.offline and session.reconnect():
            self.update()
            session.data_changed.emit(True)   # every view reads again


class OfflineBanner(QLabel):
    """Shown above the views while the window's session is offline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offline_banner")
        self.setStyleSheet(BANNER_STYLE)
        self.setWordWrap(True)
        self.hide()

    def retranslate(self, refusal: HoinghiError | None = None) -> None:
        """Say that the server is away, or why it refuses the window when it answers."""
        if refusal is None:
            self.setText(offline_text())
        elif server_upgrading(refusal):
            self.setText(upgrading_text())
        else:
            self.setText(refused_text(describe(refusal)))
