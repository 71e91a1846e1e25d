"""File → Share this database with other desks…: on the organizer's laptop, the open file is
copied into a server started on this laptop (store/sharing.py, on a worker with progress), the
window moves to the server, and a dialog shows the other desks how to join: the address as text
(with a Copy button) and as a QR code."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.domain.errors import Conflict, ServerProblem
from desktop_app.domain.locations import ServerAddress
from desktop_app.store import sharing
from desktop_app.store.pg_server import ServerInfo
from desktop_app.ui.common.workers import Task, run_with_progress

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

translate = QCoreApplication.translate
QR_SCALE = 5


def qr_pixmap(text: str, *, scale: int = QR_SCALE) -> QPixmap:
    """`text` as a QR code (segno), black on white with its quiet zone."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(buffer.getvalue()), "PNG")
    return pixmap


class ShareDialog(QDialog):
    """How the other desks join `url` (postgresql://USER:PASSWORD@HOST:PORT/DB): the address to
    copy or scan, and its parts for typing into File → Join a shared database…"""

    def __init__(self, parent: QWidget | None, url: str) -> None:
        super().__init__(parent)
        from urllib.parse import unquote, urlsplit

        self.setObjectName("share_dialog")
        self.url = url
        parts = urlsplit(url)
        self.setWindowTitle(self.tr("Share this database with other desks"))
        intro = QLabel(self.tr(
            "Other desks can now work on this database at once. On each laptop, on the same Wi-Fi, choose "
            "File → Join a shared database… and paste this address, or scan the code, or type the parts "
            "below."), self)
        intro.setWordWrap(True)
        self.address = QLineEdit(url, self)
        self.address.setReadOnly(True)
        self.address.setObjectName("share_address")
        self.address.setMinimumWidth(min(self.address.fontMetrics().horizontalAdvance(url) + 24, 720))
        self.address.setCursorPosition(0)   # the address read from its start
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(self.copy_button)
        self.code = QLabel(self)
        self.code.setObjectName("share_qr")
        self.code.setPixmap(qr_pixmap(url))
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        fields = ((self.tr("Server"), parts.hostname or ""), (self.tr("Port"), str(parts.port or 5432)),
                  (self.tr("Database"), parts.path.strip("/")), (self.tr("User"), unquote(parts.username or "")),
                  (self.tr("Password"), unquote(parts.password or "")))
        for index, (name, value) in enumerate(fields):
            grid.addWidget(QLabel(name + ":", self), index, 0)
            shown = QLabel(value, self)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(shown, index, 1)
        grid.setColumnStretch(1, 1)
        side = QHBoxLayout()
        side.addWidget(self.code)
        side.addLayout(grid, 1)
        warning = QLabel(self.tr(
            "Anyone who has this address can read and change the conference: give it only to the desks. "
            "The connection is not encrypted, so use a closed Wi-Fi of your own at the venue. Keep this laptop "
            "on and awake while the desks work."), self)
        warning.setWordWrap(True)
        # No network when the server started (the Wi-Fi not joined yet): the only address is this
        # laptop's own, which no other desk can reach.
        self.no_network = QLabel(self.tr(
            "This laptop is not on a network yet, so the address above works on this laptop only. Connect it "
            "to the venue's Wi-Fi, then choose File → Share this database with other desks… again for the "
            "address the other desks use."), self)
        self.no_network.setObjectName("share_no_network")
        self.no_network.setWordWrap(True)
        self.no_network.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.no_network.setVisible(parts.hostname in ("127.0.0.1", "localhost", "::1"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.no_network)
        column.addLayout(row)
        column.addLayout(side)
        column.addWidget(warning)
        column.addWidget(buttons)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.url)
        self.copy_button.setText(self.tr("Copied"))


def share_folder():
    """Where this laptop's server lives: beside the data folder (~/hoinghi-server)."""
    from desktop_app.ui.common.data_folder import default_folder

    folder = default_folder()
    return folder.with_name(folder.name + "-server")


def share_current(window: MainWindow, *, replace: bool = False) -> None:
    """Share the open database: a file is copied into this laptop's server first; on a server
    already, its address is shown as it is."""
    session = window.session
    if session.db is None or session.path is None:
        return
    if isinstance(session.path, ServerAddress):
        show_share_dialog(window, join_address(session.path))
        return
    source, desk, folder = session.path, session.desk, share_folder()

    def job(db, progress):
        try:
            return sharing.share_file(db, folder, replace=replace, desk=desk, ports=sharing_ports(),
                                      progress=progress.report)
        except Conflict:   # the server holds another database already: asked below, not an error
            return None

    window.share_run = run_with_progress(window, Task(source, job, desk=desk), title=APP_NAME, label=translate(
        "Share", "Starting the database server on this laptop and copying {name} into it…").format(name=source.name),
        on_done=lambda info: _after_sharing(window, info))


def own_server_starter(location: object) -> Callable[[], object] | None:
    """When `location` is the address of this laptop's own server (File → Share…, in
    share_folder()): what starts it again if it is stopped, as after the laptop restarted, else
    None. Run on a worker: starting takes a second or two."""
    from urllib.parse import urlsplit

    from desktop_app.store import pg_server

    if not isinstance(location, ServerAddress):
        return None
    folder = share_folder()
    try:
        config = pg_server.read_config_if_any(folder)
        parts = urlsplit(str(location))
        port = parts.port
    except (ServerProblem, ValueError):
        return None
    if config is None or port != int(config.get("port", 0)) or \
            parts.hostname not in ("127.0.0.1", "localhost", "::1", pg_server.lan_address()):
        return None
    return lambda: pg_server.start(folder)


def sharing_ports() -> tuple[int, ...]:
    return sharing.PORTS


def _ask_to_replace(window: MainWindow) -> None:
    answer = QMessageBox.question(window, APP_NAME, translate(
        "Share", "The server on this laptop already holds a shared database. Replace what it holds with "
        "{name}? Desks still working on it would then see this file's data instead.").format(
        name=window.session.path.name if window.session.path else ""))
    if answer == QMessageBox.StandardButton.Yes:
        share_current(window, replace=True)


def _after_sharing(window: MainWindow, info: ServerInfo | None) -> None:
    """The window moves to the server (by this laptop's own address), then says how to join."""
    from desktop_app.domain.errors import HoinghiError
    from desktop_app.messages import describe

    if info is None:
        _ask_to_replace(window)
        return
    try:
        window.open_database(ServerAddress(info.url("127.0.0.1")))
    except HoinghiError as error:
        QMessageBox.warning(window, APP_NAME, describe(error))
        return
    show_share_dialog(window, info.url())


def join_address(url: str) -> str:
    """The address other laptops use: this laptop's LAN address in place of a loopback one."""
    from urllib.parse import urlsplit

    from desktop_app.store.pg_server import lan_address

    host = urlsplit(url).hostname or ""
    if host in ("127.0.0.1", "localhost", "::1"):
        return url.replace(f"@{'[::1]' if host == '::1' else host}:", f"@{lan_address()}:", 1)
    return url


def show_share_dialog(window: MainWindow, url: str) -> ShareDialog:
    dialog = ShareDialog(window, url)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.share_dialog = dialog
    return dialog
