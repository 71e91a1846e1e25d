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

from desktop_app.domain.errors import HoinghiError, NotFound, ServerProblem, refused_by_server, server_upgrading
from desktop_app.domain.locations import database_location
from desktop_app.domain.models import Conference
from desktop_app.store import Database, open_database
from desktop_app.store.conferences import get_conference
from desktop_app.store.engine import data_version, on_server
from desktop_app.store.pg_listen import Change, backend_pid
from desktop_app.ui.common.server_watch import ServerWatch

log = logging.getLogger(__name__)

# Other desks' check-ins must show within two seconds; a PRAGMA every second costs microseconds.
POLL_MS = 1000
RECONNECT_WAIT_S = 1.0   # the server has just answered; if the network stalls, the window waits no longer


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
        self._heard = False       # whether the listener has reached this server since it was opened
        # Why the server, reachable, did not take the window's connection the last time it was asked
        # (a newer program's database, a changed password, its database being upgraded); None when
        # it was out of reach or took it.
        self.refusal: HoinghiError | None = None

    # -- the database --------------------------------------------------------------------------

    def open(self, path: Path, *, create: bool = False) -> None:
        """Open `path` (raises HoinghiError with nothing changed if it cannot be used)."""
        self.use(open_database(path, create=create, desk=self.desk, clock=self._clock), path)

    def use(self, db: Database, path: Path) -> None:
        """Go on with `db`, opened at `path` (closing what was open)."""
        self.close(emit=False)
        self.db, self.path = db, database_location(path)
        if on_server(db):
            self._listen(db)
        else:
            self._version = data_version(db)
            self._timer.start()
        self.database_changed.emit()

    def open_offline(self, path: Path, *, url: str) -> None:
        """Open the server at `url` (shown as `path`) without reaching it: the window's calls to it
        fail at once until its listener hears the server again; then the connection is made."""
        from desktop_app.store.pg_engine import PgDatabase

        self.use(PgDatabase(None, url, desk=self.desk, clock=self._clock), path)  # type: ignore[arg-type]

    def close(self, *, emit: bool = True) -> None:
        self._timer.stop()
        if self._watch is not None:
            watch, self._watch = self._watch, None
            for signal in (watch.changes_arrived, watch.reconnected, watch.connection_changed, watch.hearing):
                signal.disconnect()   # what it still says is about a database closed now
            watch.stop()
            self._connected = self._heard = False
            self.refusal = None
            self.server_connection_changed.emit(False)
        if self.db is not None:
            self.db.close()
        self.db, self.path, self.conference_id = None, None, None
        if emit:
            self.database_changed.emit()
            self.conference_changed.emit()

    @property
    def clock(self) -> Callable[[], datetime] | None:
        return self._clock

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
        except ServerProblem:   # the server is away: nothing to say about the conference now
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
        if not self.offline:   # a server away: its return is the listener's to notice
            self.poll()

    def _others_changed(self) -> None:
        if self.conference_id is not None and self.conference() is None and not self.offline:
            self.set_conference(None)  # deleted at another desk or window
        self.data_changed.emit(True)

    # -- a server's news ------------------------------------------------------------------------

    @property
    def on_server(self) -> bool:
        return self.db is not None and on_server(self.db)

    @property
    def offline(self) -> bool:
        """On a server, without a working connection of the window's own (it never reached the
        server, or lost it): the views that need the server cannot work; the desk works on its copy."""
        return self.db is not None and on_server(self.db) and not self.db.connected  # type: ignore[attr-defined]

    @property
    def server_connected(self) -> bool:
        """Whether the desk hears the server now (always False for a file)."""
        return self._watch is not None and self._connected

    def _listen(self, db: Database) -> None:
        self._own_pid = backend_pid(db) if db.connected else 0  # type: ignore[attr-defined]
        watch = self._watch = ServerWatch(db.url, self)
        watch.changes_arrived.connect(self._on_watch_changes_arrived)
        watch.reconnected.connect(self._others_changed)   # what was said meanwhile is lost: all of it
        watch.connection_changed.connect(self._on_watch_connection_changed)
        watch.hearing.connect(self._on_watch_hearing)
        watch.start()

    @property
    def asks_for_changes(self) -> bool:
        """On a server whose notifications do not reach the listener: the window asks instead."""
        return self.on_server and self._timer.isActive()

    def _on_watch_hearing(self, hears: bool) -> None:
        """Notifications do not reach the listener (a pooler in transaction mode): the server is
        asked for its data version every POLL_MS instead, as a file is."""
        if not self.on_server:
            return   # said by a listener of a server closed since
        if hears:
            self._timer.stop()
        elif not self._timer.isActive():
            try:
                self._version = data_version(self.db)  # type: ignore[arg-type]
            except HoinghiError:   # away already: the first poll after its return says what changed
                self._version = -1
            self._timer.start()

    def _on_watch_connection_changed(self, connected: bool) -> None:
        self._connected = connected
        if not connected and self.db is not None:
            # The window's own connection went with the server: dropped now, so the views say at
            # once that the server is away rather than each wait for a silent network.
            self.db.drop_connection()  # type: ignore[attr-defined]
        elif connected and self.offline:
            first = not self._heard
            if self.reconnect() and first:
                self._others_changed()   # no `reconnected` follows a listener's first connection
        self._heard = self._heard or connected
        self.server_connection_changed.emit(connected)

    def reconnect(self) -> bool:
        """Make the window's connection to the server again (it answered the listener or the
        desk's link just now); True when done. The callers refresh the views."""
        from desktop_app.store.server_database import open_server_within

        db = self.db
        if db is None or not self.offline:
            return False
        try:
            fresh = open_server_within(db.url, RECONNECT_WAIT_S, desk=self.desk,  # type: ignore[attr-defined]
                                       clock=self._clock)
        except HoinghiError as exc:
            log.info("the window's connection to the server: not yet (%s)", exc)
            self.note_refusal(exc)
            return False
        self.refusal = None
        db.take_connection(fresh)  # type: ignore[attr-defined]
        self._own_pid = backend_pid(db)
        return True

    def note_refusal(self, error: HoinghiError) -> None:
        """The window could not get on the server for `error`: kept (and the bar told) when the
        server answered it (refused_by_server, or an upgrade under way), forgotten otherwise."""
        refusal = error if refused_by_server(error) or server_upgrading(error) else None
        if _said(refusal) != _said(self.refusal):   # a new reason, not the same one again
            self.refusal = refusal
            self.server_connection_changed.emit(self._connected)   # the bar says why

    @property
    def upgrading(self) -> bool:
        """Whether the server was upgrading its database when the window last tried it."""
        return server_upgrading(self.refusal)

    def _on_watch_changes_arrived(self, changes: list[Change]) -> None:
        others = [c for c in changes if c.pid != self._own_pid]
        if not others:
            return   # this window's own writes: the view that wrote has said so (changed())
        if self.conference_id is not None and not any(
                c.conference_id in (None, self.conference_id) or c.table == "conferences" for c in others):
            return   # another conference on the same server
        self._others_changed()


def _said(error: HoinghiError | None) -> object:
    """What a refusal says (two tries refused alike are the same news)."""
    return None if error is None else (error.code, error.details)
