"""What every view shares: the open database, the current conference, this desk's name, and the
news that the data changed (here, or at another desk sharing the file or the server).

Another desk's writes are found by asking a file every second (PRAGMA data_version, microseconds),
and by listening on a server (LISTEN/NOTIFY, ui/common/server_watch.py): it tells within milliseconds."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.domain.errors import HoinghiError, NotFound
from desktop_app.domain.locations import database_location
from desktop_app.domain.models import Conference
from desktop_app.store import Database, open_database, pg_engine
from desktop_app.store.conferences import get_conference
from desktop_app.store.engine import data_version, on_server
from desktop_app.store.pg_listen import Change, backend_pid
from desktop_app.ui.common.server_watch import ServerWatch

log = logging.getLogger(__name__)

# Other desks' check-ins must show within two seconds; a PRAGMA every second costs microseconds.
POLL_MS = 1000


class Session(QObject):
    """The GUI thread's connection and the current conference. Views listen to its signals and
    call `changed()` after they write, so the others refresh."""

    database_changed = Signal()
    conference_changed = Signal()
    data_changed = Signal(bool)        # True when another connection (desk, window) wrote
    desk_changed = Signal(str)
    server_connection_changed = Signal(bool)   # a server's listener gained (True) or lost it

    def __init__(self, desk: str, *, clock: Callable[[], datetime] | None = None,
                 poll_ms: int = POLL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.path: Path | None = None
        self.conference_id: int | None = None
        self.desk = desk
        self._clock = clock
        self._version = 0
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._watch: ServerWatch | None = None
        self._own_pid = 0
        self._connected = False   # as the listener last said (its signals arrive in this thread)

    # -- the database --------------------------------------------------------------------------

    def open(self, path: Path, *, create: bool = False) -> None:
        """Open `path` (raises HoinghiError with nothing changed if it cannot be used)."""
        db = open_database(path, create=create, desk=self.desk, clock=self._clock)
        self.close(emit=False)
        self.db, self.path = db, database_location(path)
        if on_server(db):
            self._listen(db)
        else:
            self._version = data_version(db)
            self._timer.start()
        self.database_changed.emit()

    def close(self, *, emit: bool = True) -> None:
        self._timer.stop()
        if self._watch is not None:
            watch, self._watch = self._watch, None
            for signal in (watch.changes_arrived, watch.reconnected, watch.connection_changed):
                signal.disconnect()   # what it still says is about a database closed now
            watch.stop()
            self._connected = False
            self.server_connection_changed.emit(False)
        if self.db is not None:
            self.db.close()
        self.db, self.path, self.conference_id = None, None, None
        if emit:
            self.database_changed.emit()
            self.conference_changed.emit()

    # -- the current conference -----------------------------------------------------------------

    def set_conference(self, conference_id: int | None) -> None:
        if conference_id == self.conference_id:
            return
        self.conference_id = conference_id
        self.conference_changed.emit()

    def conference(self) -> Conference | None:
        """The current conference as stored now; None when there is none (or it was deleted)."""
        if self.db is None or self.conference_id is None:
            return None
        try:
            return get_conference(self.db, self.conference_id)
        except NotFound:
            return None

    # -- the desk -------------------------------------------------------------------------------

    def set_desk(self, name: str) -> None:
        name = name.strip()
        if not name or name == self.desk:
            return
        self.desk = name
        if self.db is not None:
            self.db.desk = name
        self.desk_changed.emit(name)

    # -- changes --------------------------------------------------------------------------------

    def changed(self) -> None:
        """Call after writing through this session's connection."""
        self.data_changed.emit(False)

    def poll(self) -> bool:
        """Look for other connections' commits now; True (and data_changed) if there were some."""
        if self.db is None:
            return False
        try:
            version = data_version(self.db)
        except (sqlite3.Error, HoinghiError) as exc:  # the file went away: the next action will say so
            log.warning("could not poll the database: %s", exc)
            return False
        if version == self._version:
            return False
        self._version = version
        self._others_changed()
        return True

    def _on_timer_timeout(self) -> None:
        self.poll()

    def _others_changed(self) -> None:
        try:
            gone = self.conference_id is not None and self.conference() is None
        except HoinghiError as exc:   # this window's connection is lost: the views load on their own
            log.info("could not look at the current conference: %s", exc)
            gone = False
        if gone:
            self.set_conference(None)  # deleted at another desk or window
        self.data_changed.emit(True)

    # -- a server's news ------------------------------------------------------------------------

    @property
    def on_server(self) -> bool:
        return self.db is not None and on_server(self.db)

    @property
    def server_connected(self) -> bool:
        """Whether the desk hears the server now (always False for a file)."""
        return self._watch is not None and self._connected

    def _listen(self, db: Database) -> None:
        self._own_pid = backend_pid(db)
        watch = self._watch = ServerWatch(db.url, self, reopen=lambda: pg_engine.reopen(db),
                                          lost=lambda: db.conn.closed)
        watch.changes_arrived.connect(self._on_watch_changes_arrived)
        watch.reconnected.connect(self._on_watch_reconnected)
        watch.connection_changed.connect(self._on_watch_connection_changed)
        watch.start()

    def _on_watch_reconnected(self) -> None:
        """The server is back (or this window's connection was lost): go on over the connection
        the watch made, and refresh everything, since what was said meanwhile is lost."""
        watch = self.sender()
        fresh = watch.take_connection() if isinstance(watch, ServerWatch) else None
        if fresh is not None:
            if watch is self._watch and self.db is not None:
                pg_engine.adopt(self.db, fresh)
                self._own_pid = backend_pid(self.db)
            else:
                fresh.close()
        self._others_changed()

    def _on_watch_connection_changed(self, connected: bool) -> None:
        self._connected = connected
        self.server_connection_changed.emit(connected)

    def _on_watch_changes_arrived(self, changes: list[Change]) -> None:
        others = [c for c in changes if c.pid != self._own_pid]
        if not others:
            return   # this window's own writes: the view that wrote has said so (changed())
        if self.conference_id is not None and not any(
                c.conference_id in (None, self.conference_id) or c.table == "conferences" for c in others):
            return   # another conference on the same server
        self._others_changed()
