"""The desk's writes on the GUI thread, which never wait more than a moment for another desk: a
busy file keeps the action in a queue, tried again in order until it goes through."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.domain.errors import DatabaseLocked, HoinghiError
from desktop_app.store import Database
from desktop_app.store.engine import waiting_at_most
from desktop_app.ui.common.session import Session

# Another desk's check-in holds the write lock for a few milliseconds: waiting up to 100 ms covers
# it. Longer writes (an import, a restore) hold it for seconds: the action is queued instead.
DESK_WAIT_MS = 100
RETRY_MS = 300

Write = Callable[[Database], Any]
Done = Callable[[Any], None]


class DeskWrites(QObject):
    """`run(write, done)`: `write(db)` now, or as soon as the file is free; then `done(result)`."""

    waiting_changed = Signal(int)     # actions queued behind another desk's write (0: none left)
    failed = Signal(object)           # a HoinghiError other than a busy file

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._queue: deque[tuple[Write, Done]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        session.database_changed.connect(self._on_session_database_changed)

    @property
    def waiting(self) -> int:
        return len(self._queue)

    def run(self, write: Write, done: Done) -> None:
        self._queue.append((write, done))
        if self._timer.isActive():   # behind an action already waiting: keep the order
            self.waiting_changed.emit(len(self._queue))
        else:
            self._drain()

    def _drain(self) -> None:
        while self._queue:
            db = self.session.db
            if db is None:
                self._queue.clear()
                break
            write, done = self._queue[0]
            try:
                with waiting_at_most(db, DESK_WAIT_MS):
                    result = write(db)
            except DatabaseLocked:
                self.waiting_changed.emit(len(self._queue))
                self._timer.start()
                return
            except HoinghiError as error:
                self._queue.popleft()
                self.failed.emit(error)
                continue
            except BaseException:
                self._queue.popleft()   # a bug: reported by the window, never tried again
                raise
            self._queue.popleft()
            done(result)
        self.waiting_changed.emit(0)

    def _on_timer_timeout(self) -> None:
        self._drain()

    def _on_session_database_changed(self) -> None:
        self._timer.stop()   # another file: what waited was meant for the old one
        self._queue.clear()
        self.waiting_changed.emit(0)
