"""A window on a server listens for other desks' changes in a thread of its own.

A dedicated QThread, not a job of the worker pool: it waits for as long as the database is open,
and the pool's two threads are kept for work the user asked for. The thread touches no widget
and owns its connection; it reports by signals, which Qt delivers in the GUI thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

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
    everything), and `connection_changed(bool)` when the desk gains or loses the server.

    The window's own connection dies with the listener's when the server restarts, or alone when
    a statement outlived its deadline: `lost()` says so (read here, on this thread), `reopen()`
    makes a new one here, off the GUI thread, and `reconnected` tells the window to take it
    (take_connection())."""

    changes_arrived = Signal(object)
    reconnected = Signal()
    connection_changed = Signal(bool)

    def __init__(self, url: str, parent: QObject | None = None, *, reopen: Callable[[], Any] | None = None,
                 lost: Callable[[], bool] = lambda: False) -> None:
        super().__init__(parent)
        self._listener = ChangeListener(url)
        self._stop = threading.Event()
        self._reopen, self._lost = reopen, lost
        self._fresh_lock = threading.Lock()
        self._fresh: Any = None   # a new connection for the window, not taken yet
        self._renew_after = 0.0   # after a failed reopen(), not again before (time.monotonic())
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
            if ever:   # first the window's new connection, so that "connected" finds it working
                self._renew()
            self._set_connected(True)
            ever = True
            self._listen()
        self._listener.close()
        self._close(self.take_connection())

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
            if self._fresh is None and time.monotonic() >= self._renew_after and self._lost():
                self._renew()

    def _renew(self) -> None:
        """A new connection for the window (when it has a way to make one), then `reconnected`."""
        if self._reopen is not None:
            try:
                fresh = self._reopen()
            except HoinghiError as exc:   # the window goes on without; its next try says why
                log.info("server listener: cannot open a new connection (%s)", exc.details.get("detail"))
                fresh, self._renew_after = None, time.monotonic() + BACKOFF_S[-1]
            with self._fresh_lock:
                old, self._fresh = self._fresh, fresh
            self._close(old)
        self.reconnected.emit()

    def take_connection(self) -> Any:
        """The connection made for the window since the last call (None: none). Its new owner
        closes it."""
        with self._fresh_lock:
            fresh, self._fresh = self._fresh, None
        return fresh

    @staticmethod
    def _close(db: Any) -> None:
        if db is not None:
            db.close()

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
