"""A window on a server listens for other desks' changes in a thread of its own.

A dedicated QThread, not a job of the worker pool: it waits for as long as the database is open,
and the pool's two threads are kept for work the user asked for. The thread touches no widget
and owns its connection; it reports by signals, which Qt delivers in the GUI thread.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QThread, Signal

from desktop_app.domain.errors import HoinghiError
from desktop_app.store.pg_listen import ChangeListener

log = logging.getLogger(__name__)

WAIT_S = 0.5                       # how often the thread looks whether it should stop
BACKOFF_S = (0.5, 1.0, 2.0, 4.0, 8.0)

_retiring: set[ServerWatch] = set()   # stopped threads still finishing a wait


class ServerWatch(QThread):
    """Emits `changes_arrived(list[Change])` for each burst of notifications, `reconnected()`
    when the connection is back after a loss (notifications of the meantime are lost: refresh
    everything), `connection_changed(bool)` when the desk gains or loses the server, and
    `hearing(bool)` after each connection: whether notifications reach it (not behind a pooler
    in transaction mode; the window asks the server for changes every so often instead)."""

    changes_arrived = Signal(object)
    reconnected = Signal()
    connection_changed = Signal(bool)
    hearing = Signal(bool)

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener = ChangeListener(url)
        self._stop = threading.Event()
        self.connected = False

    def run(self) -> None:
        attempt, ever = 0, False
        while not self._stop.is_set():
            try:
                self._listener.connect()
            except HoinghiError as exc:
                self._set_connected(False)
                delay = BACKOFF_S[min(attempt, len(BACKOFF_S) - 1)]
                log.info("server listener: cannot connect (%s); again in %.1f s", exc.details.get("detail"), delay)
                attempt += 1
                self._stop.wait(delay)
                continue
            attempt = 0
            if not self._listener.hears:
                log.warning("server listener: another connection's notification never reached it (a connection "
                            "pooler in transaction mode?); the window asks the server for changes instead")
            self.hearing.emit(self._listener.hears)
            self._set_connected(True)
            if ever:
                self.reconnected.emit()
            ever = True
            self._listen()
        self._listener.close()

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                changes = self._listener.wait(WAIT_S)
            except HoinghiError as exc:
                log.info("server listener: connection lost (%s)", exc.details.get("detail"))
                self._set_connected(False)
                return
            if changes:
                self.changes_arrived.emit(changes)

    def _set_connected(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            self.connection_changed.emit(connected)

    def stop(self) -> None:
        """Ask the thread to end, without waiting for it (it ends within WAIT_S, or once a
        connection attempt times out); it is kept alive until then."""
        self._stop.set()
        if self.isRunning():
            _retiring.add(self)
            self.finished.connect(lambda: _retiring.discard(self))
            self.setParent(None)


def wait_for_watches(msecs: int = 5000) -> None:
    """At the program's end: let stopped listeners finish (tests call it between windows)."""
    for watch in list(_retiring):
        watch.wait(msecs)
    _retiring.clear()
