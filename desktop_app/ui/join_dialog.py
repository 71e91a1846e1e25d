"""File → Join a shared database…: on a desk's laptop, the server laptop's address (pasted whole,
or its parts typed), tried on a worker before the window moves to it; a server that cannot be
reached or refuses the login is a sentence in the dialog, which stays open to correct it."""

from __future__ import annotations

from urllib.parse import quote, unquote, urlsplit

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ServerProblem
from desktop_app.domain.locations import is_server_address, without_password
from desktop_app.store.pg_server import DATABASE, DEFAULT_PORT, PROGRAM_ROLE
from desktop_app.ui.common.workers import JobRunner, Task, error_text


class JoinDialog(QDialog):
    """Emits `joined(url)` once the server at `url` answered and holds (or now holds) a database
    of ours; the caller opens it."""

    joined = Signal(str)

    def __init__(self, parent: QWidget | None, *, desk: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("join_dialog")
        self._desk = desk
        self.runner = JobRunner(self)
        self.runner.succeeded.connect(lambda _result: self._on_task_succeeded())
        self.runner.failed.connect(self._on_task_failed)
        self.runner.running_changed.connect(lambda _running: self._update_enabled())
        self._url = ""
        self._query = ""        # the pasted address's options (?sslmode=require), passed on unchanged
        self._filling = False   # the parts are being filled from the pasted address
        self.setWindowTitle(self.tr("Join a shared database"))
        intro = QLabel(self.tr(
            "Paste the address shown on the server laptop (File → Share this database with other desks…), "
            "or type its parts. Both laptops must be on the same Wi-Fi."), self)
        intro.setWordWrap(True)
        self.address = QLineEdit(self)
        self.address.setPlaceholderText("postgresql://hoinghi:…@192.168.1.20:5432/hoinghi")
        self.address.textChanged.connect(self._on_address_text_changed)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText("192.168.1.20")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit(DATABASE, self)
        self.user = QLineEdit(PROGRAM_ROLE, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        # Typed off the server laptop's screen, sixteen signs: let the clerk see what was typed.
        self.show_password = QCheckBox(self.tr("S&how"), self)
        self.show_password.toggled.connect(lambda shown: self.password.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password))
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.show_password)
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        password_label = QLabel(self.tr("Pass&word:"), self)
        password_label.setBuddy(self.password)   # a row of two: Alt+W still reaches the field
        form.addRow(password_label, password_row)
        self.message = QLabel(self)
        self.message.setObjectName("join_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.join_button: QPushButton = self.buttons.addButton(self.tr("&Join"),
                                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.join_button.setDefault(True)
        self.buttons.accepted.connect(self.try_join)
        self.buttons.rejected.connect(self.reject)
        for field in (self.host, self.database, self.user, self.password):
            field.textChanged.connect(self._update_enabled)
        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._on_part_changed)
        self.port.valueChanged.connect(self._on_part_changed)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._update_enabled()

    def url(self) -> str:
        """The address the fields make (the password in it; never shown or logged)."""
        host = self.host.text().strip()
        host = f"[{host}]" if ":" in host and not host.startswith("[") else host
        return (f"postgresql://{quote(self.user.text().strip(), safe='')}:{quote(self.password.text(), safe='')}"
                f"@{host}:{self.port.value()}/{quote(self.database.text().strip(), safe='')}"
                + (f"?{self._query}" if self._query else ""))

    def _on_address_text_changed(self, text: str) -> None:
        text = text.strip()
        if not text:
            self._query = ""
        if not is_server_address(text):
            return
        try:
            parts = urlsplit(text)
            port = parts.port
        except ValueError:
            return
        self._filling, self._query = True, parts.query
        try:
            self.host.setText(parts.hostname or "")
            self.port.setValue(port or DEFAULT_PORT)
            self.database.setText(unquote(parts.path.strip("/")) or DATABASE)
            self.user.setText(unquote(parts.username or "") or PROGRAM_ROLE)
        finally:
            self._filling = False
        if parts.password is not None:   # into the masked field; the address keeps none in sight
            self.password.setText(unquote(parts.password))
            with QSignalBlocker(self.address):
                self.address.setText(without_password(text))

    def _on_part_changed(self) -> None:
        """A part typed or corrected by hand: the address above says what will be joined."""
        if self._filling:
            return
        with QSignalBlocker(self.address):
            self.address.setText(without_password(self.url()) if self.host.text().strip() else "")

    def _update_enabled(self) -> None:
        ready = all(f.text().strip() for f in (self.host, self.database, self.user)) and bool(self.password.text())
        self.join_button.setEnabled(ready and not self.runner.running)

    def try_join(self) -> None:
        """Connect on a worker (the database is set up there if the server holds none yet)."""
        if self.runner.running or not self.join_button.isEnabled():
            return
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Connecting to {server}…").format(server=self.host.text().strip()))
        self._url = self.url()
        self.runner.start(Task(self._url, lambda _db, _progress: None, desk=self._desk))
        self._update_enabled()

    def _on_task_succeeded(self) -> None:
        self.joined.emit(self._url)
        self.accept()

    def _on_task_failed(self, error: object) -> None:
        from desktop_app.ui.server_offline import desk_copy

        if (isinstance(error, ServerProblem) and error.code == "server_unreachable"
                and desk_copy(self._url, self._desk) is not None):
            self._on_task_succeeded()   # this desk has a copy: the window opens on it, and says the server is away
            return
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setText(error_text(error))
        self._update_enabled()
