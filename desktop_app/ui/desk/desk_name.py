"""Each desk window's own name ("Bàn 1", "Bàn 2"…), asked the first time its desk starts: two
windows on one computer never share one, or Ctrl+Z and "latest at this desk" would mix them.

A window takes a numbered slot on this computer (a lock file held while it is open); each slot
remembers its name in the settings, offered again next time."""

from __future__ import annotations

import hashlib
import logging
import os
from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.domain.errors import ServerProblem
from desktop_app.domain.text import clean
from desktop_app.store.checkins import desks_seen
from desktop_app.store.engine import Database
from desktop_app.ui.common.forms import ERROR_STYLE
from desktop_app.ui.common.preferences import Preferences
from desktop_app.ui.common.session import Session

log = logging.getLogger(__name__)

MAX_SLOTS = 32


def _lock_path(prefs: Preferences, slot: int) -> Path:
    """Beside the settings file (tests and screenshots have their own), or, when the settings live
    in the Windows registry, in a temporary folder of their own."""
    settings_file = Path(prefs.settings.fileName())
    if settings_file.parent.is_dir():
        folder = settings_file.parent / f"{settings_file.stem}-desks"
    else:
        tag = hashlib.sha1(prefs.settings.fileName().encode()).hexdigest()[:12]
        folder = Path(QDir.tempPath()) / f"hoinghi-desks-{tag}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"window-{slot}.lock"


def _lock(prefs: Preferences, slot: int) -> QLockFile | None:
    """The slot's lock when it was free (now held), else None."""
    lock = QLockFile(str(_lock_path(prefs, slot)))
    lock.setStaleLockTime(0)   # held as long as the window's process lives, however long
    return lock if lock.tryLock(0) else None


class DeskSlot:
    """This window's slot among the open windows of this computer; `release()` when it closes."""

    def __init__(self, prefs: Preferences) -> None:
        self.prefs = prefs
        self.number, self._lock = 0, None
        for number in range(MAX_SLOTS):
            lock = _lock(prefs, number)
            if lock is not None:
                self.number, self._lock = number, lock
                break
        prefs.desk_slot = self.number

    def others_names(self) -> set[str]:
        """The names of the other windows open now on this computer."""
        names = set()
        for number in range(MAX_SLOTS):
            if number == self.number:
                continue
            lock = _lock(self.prefs, number)
            if lock is None:   # held: a window is open in that slot
                names.add(self.prefs.remembered_desk_name(number))
            else:
                lock.unlock()
        return names - {""}

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def desks_today(db: Database) -> set[str]:
    """The desks that checked someone in today; none known while the server cannot be reached
    (the clerk may then be offered a name used today, and can change it)."""
    day = datetime.combine(db.now().date(), time())
    try:
        return set(desks_seen(db, day, day + timedelta(days=1)))
    except ServerProblem as exc:
        log.info("the desks of today are not known: %s", exc)
        return set()


def offered_name(remembered: str, others: set[str], today: set[str], numbered: str) -> str:
    """The name offered: this window's from last time unless another open window has it, else the
    first numbered desk ("Bàn {n}") that no open window and no desk of today has."""
    if remembered and remembered not in others:
        return remembered
    n = 1
    while numbered.format(n=n) in others | today:
        n += 1
    return numbered.format(n=n)


class DeskNameDialog(QDialog):
    """Asks the desk's name; refuses one that another open window has."""

    def __init__(self, parent: QWidget | None, offered: str, others: set[str]) -> None:
        super().__init__(parent)
        self.setObjectName("desk_name_dialog")
        self.others = others
        self.setWindowTitle(self.tr("This desk's name"))
        text = QLabel(self.tr("Each desk records its check-ins under its own name; Ctrl+Z and “latest "
                              "check-ins at this desk” go by it. Give this window a name no other desk uses "
                              "today:"), self)
        text.setWordWrap(True)
        self.name = QLineEdit(offered, self)
        self.name.setMaxLength(40)
        self.name.selectAll()
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, parent=self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (text, self.name, self.error, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        name = clean(self.name.text())
        if not name:
            self.error.setText(self.tr("The desk needs a name, for example “Bàn 1”."))
        elif name in self.others:
            self.error.setText(self.tr("Another window on this computer is the desk “{name}”. Choose another "
                                       "name.").format(name=name))
        else:
            super().accept()
            return
        self.error.show()
        self.name.setFocus()

    def reject(self) -> None:   # Esc is OK: a desk always has a name
        self.accept()


def ask_desk_name(parent: QWidget | None, offered: str, others: set[str]) -> str:
    dialog = DeskNameDialog(parent, offered, others)
    dialog.exec()
    return clean(dialog.name.text()) or offered


class DeskNaming(QObject):
    """Names a window's desk the first time it starts with a database open."""

    def __init__(self, parent: QWidget, session: Session, prefs: Preferences) -> None:
        super().__init__(parent)
        self.window, self.session, self.prefs = parent, session, prefs
        self.slot = DeskSlot(prefs)
        self.named = False
        session.set_desk(prefs.desk_name)

    def ensure_named(self) -> None:
        db = self.session.db
        if self.named or db is None:
            return
        self.named = True
        others = self.slot.others_names()
        remembered = self.prefs.remembered_desk_name() or os.environ.get("HOINGHI_DESK", "")
        offered = offered_name(remembered, others, desks_today(db),
                               self.tr("Desk {n}"))
        name = ask_desk_name(self.window, offered, others)
        self.prefs.desk_name = name
        self.session.set_desk(name)
