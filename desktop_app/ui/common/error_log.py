"""Unexpected errors (bugs) in the window: written in full to a rotating log file in the user's data
folder, shown as a short dialog with "Copy details", and followed by a clean-up so that the
window goes on working. What was saved stays saved: the store commits every operation on its
own; a write the bug interrupted half-way is rolled back here.

Errors a user can cause (a bad file, a locked database, a full disk) are sentences from
messages.describe, shown where they happen; one that slips past (a disk error under a view's
reload) is still shown as its sentence here, never as a fault. The command line keeps its
one-line report (cli/__init__.py)."""

from __future__ import annotations

import contextlib
import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Mapping
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QtMsgType, Signal, qInstallMessageHandler

from desktop_app import APP_NAME, __version__
from desktop_app.domain.errors import HoinghiError

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

log = logging.getLogger("hoinghi.errors")

LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 1                      # a process that writes more keeps its last 2 MB
LOG_FILES_KEPT = 20                  # one file per start: a few weeks of a busy desk
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_folder(environ: Mapping[str, str] | None = None, *, windows: bool | None = None) -> Path:
    """Where logs are kept: on this computer only, never in a folder that roams or synchronises
    (Windows: %LOCALAPPDATA%\\hoinghi\\logs; Linux: $XDG_STATE_HOME/hoinghi/logs, by default
    ~/.local/state/hoinghi/logs)."""
    environ = os.environ if environ is None else environ
    windows = sys.platform == "win32" if windows is None else windows
    if windows:
        base = environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    else:
        base = environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / APP_NAME / "logs"


def log_file_name(now: datetime | None = None, pid: int | None = None) -> str:
    """One file per process ("hoinghi-20260914-071502-4242.log"): two windows, or the window and
    the command line, never write into (or rotate) one another's file."""
    now = now or datetime.now()
    return f"{APP_NAME}-{now:%Y%m%d-%H%M%S}-{os.getpid() if pid is None else pid}.log"


def start_file_log(folder: Path | None = None) -> Path | None:
    """Send the program's warnings and errors to a log file of its own; its path, or None when the
    folder cannot be written (the program works on without a log). The oldest files go."""
    path = (folder or log_folder()) / log_file_name()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError as exc:
        log.warning("no log file in %s: %s", path.parent, exc)
        return None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.setLevel(logging.INFO)
    logging.getLogger().addHandler(handler)
    logging.getLogger("hoinghi").setLevel(logging.INFO)
    logging.getLogger("hoinghi").info("started: %s", versions())
    prune_logs(path.parent, keep=LOG_FILES_KEPT)
    return path


def prune_logs(folder: Path, *, keep: int) -> None:
    """Delete all but the newest `keep` log files (a file another process still holds stays)."""
    files = sorted(folder.glob(f"{APP_NAME}-*.log*"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()


def versions() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    build = "bundled" if getattr(sys, "frozen", False) else "from source"
    return (f"{APP_NAME} {__version__} ({build}), Python {platform.python_version()}, Qt {qVersion()}, "
            f"PySide6 {pyside_version}, {platform.platform()}")


def details(info: ExcInfo, *, database: Path | None = None, log_path: Path | None = None) -> str:
    """The text of "Copy details" and of the log entry: what, when, with which versions, where."""
    kind, error, tb = info
    lines = [f"{APP_NAME}: unexpected error at {datetime.now().astimezone().isoformat(timespec='seconds')}",
             f"Versions: {versions()}",
             f"Database: {database if database is not None else '(none open)'}",
             f"Log file: {log_path if log_path is not None else '(none)'}",
             "",
             "".join(traceback.format_exception(kind, error, tb)).rstrip()]
    return "\n".join(lines)


def _signature(info: ExcInfo) -> tuple[str, str, int]:
    """The same bug raised again (a paint, a timer) is one bug: shown once, logged each time."""
    kind, _error, tb = info
    frames = traceback.extract_tb(tb) if tb is not None else []
    last = frames[-1] if frames else None
    return (kind.__name__, last.filename if last else "", last.lineno or 0 if last else 0)


class ErrorReporter(QObject):
    """Installed as sys.excepthook (and threading.excepthook) while the window runs."""

    _arrived = Signal(str, object)   # details, signature: always handled on the GUI thread
    _told = Signal(object)           # a HoinghiError no view caught: its sentence, on the GUI thread

    def __init__(self, window: MainWindow | None, log_path: Path | None) -> None:
        super().__init__()
        self.window = window
        self.log_path = log_path
        self._shown: set[tuple[str, str, int]] = set()
        self._showing = False
        self._arrived.connect(self._on_arrived)
        self._told.connect(self._on_told)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if isinstance(error, HoinghiError):   # not a bug: a situation with a sentence of its own
            log.warning("not caught by the view: %s", error)
            self._told.emit(error)
            return
        text = details((kind, error, tb), database=self._database(), log_path=self.log_path)
        log.error("%s", text)
        self._arrived.emit(text, _signature((kind, error, tb)))  # queued when raised on a worker thread

    def _database(self) -> Path | None:
        window = self.window
        return window.session.path if window is not None else None

    def _on_arrived(self, text: str, signature: tuple[str, str, int]) -> None:
        self._recover()
        if self._showing or signature in self._shown:
            return  # already on screen, or already seen: the log has it
        self._shown.add(signature)
        self._showing = True
        try:
            self.show_dialog(text)
        finally:
            self._showing = False
        if self.window is not None and self.window.session.db is not None:
            self.window.session.changed()  # every view shows what is stored now

    def _on_told(self, error: HoinghiError) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop_app.messages import describe

        self._recover()
        QMessageBox.warning(self.window, APP_NAME, describe(error))
        if self.window is not None and self.window.session.db is not None:
            self.window.session.changed()

    def _recover(self) -> None:
        """Leave the window usable: no half-done write holding the database."""
        window = self.window
        if window is None or window.session.db is None:
            return
        from desktop_app.store.engine import abandon_open_transaction

        try:
            if abandon_open_transaction(window.session.db):
                log.warning("a write interrupted by the error was rolled back; earlier ones are kept")
        except Exception:  # the connection itself is broken: the next action will say so in a sentence
            log.exception("could not roll back after the error")

    def show_dialog(self, text: str) -> None:
        from desktop_app.ui.common.error_dialog import UnexpectedErrorDialog

        UnexpectedErrorDialog(self.window, text, self.log_path).exec()


def qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    """Qt's own warnings go to the log (and the terminal, if there is one) instead of nowhere."""
    if "propagateSizeHints" in message:  # said by the offscreen platform of every window
        return
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(kind, logging.ERROR)
    logging.getLogger("hoinghi.qt").log(level, "%s", message)


def install(window: MainWindow | None, log_path: Path | None) -> ErrorReporter:
    """Report unexpected errors of the window from now on; keep the returned object alive."""
    reporter = ErrorReporter(window, log_path)
    reporter.install()
    qInstallMessageHandler(qt_message)
    return reporter
