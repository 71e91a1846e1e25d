"""A desk's link to a server: the desk works on its local copy (store/offline.py) and never waits
on the network; a thread of its own sends the queue to the server, in order, each entry exactly
once, and brings the server's changes into the copy. When the server cannot be reached it tries
again, waiting a little longer each time (up to a few seconds)."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import HoinghiError, NotFound, refused_by_server
from desktop_app.domain.kinds import CheckInMethod
from desktop_app.domain.locations import is_server_address
from desktop_app.domain.models import Attendee, AttendeeInput, CheckIn, CheckInResult
from desktop_app.store import open_database
from desktop_app.store.engine import Database, on_server
from desktop_app.store.offline import LocalCopy

log = logging.getLogger(__name__)

# A server that has not answered within this long is taken as gone: its connection is cut, the
# desk shows it is working alone, and the sender tries again.
DEADLINE_S = 1.5
COPY_DEADLINE_S = 120.0       # copying the whole database (100,000 people) takes seconds
POLL_S = 1.0                  # the server's changes, asked for this often while connected
BACKOFF_S = (0.2, 5.0)        # first and longest wait between tries while the server is away
# libpq's own limits, so a lost network is noticed even where no call is waiting. On the server's
# side, a transaction whose desk went silent is rolled back after 3 s: it holds the write lock,
# and every other desk would wait for it until the server's TCP gave up (hours).
LINK_SETTINGS: dict[str, Any] = {
    "connect_timeout": 2, "keepalives": 1, "keepalives_idle": 2, "keepalives_interval": 1,
    "keepalives_count": 2, "tcp_user_timeout": 3000, "idle_in_transaction_ms": 3000,
}


@dataclass(frozen=True)
class LinkState:
    online: bool
    waiting: int          # check-ins, walk-ins, substitutes and undos made here that the server has not confirmed
    sent: int             # entries the server confirmed since the link started
    doubles_sent: int     # of which kept as doubles (someone checked in at another desk meanwhile)
    unreachable: bool = False   # the last try had no answer from the server (not another failure)
    refused: bool = False       # the last try was answered with a no (a newer program's database, a changed password)
    upgrading: bool = False     # the server's database is being upgraded (for a new version): the link waits


class DeskLink:
    """`local` is the calling (GUI) thread's copy; `start()` runs the sender; `on_change(state)`
    is called from the sender's thread whenever the state or the copy changes."""

    def __init__(self, server: str, copy: Path, *, desk: str = "", clock: Callable[[], datetime] | None = None,
                 on_change: Callable[[LinkState], None] = lambda _state: None,
                 deadline_s: float = DEADLINE_S, poll_s: float | None = None) -> None:
        self.server, self.copy_path, self.desk, self.clock = server, copy, desk, clock
        self.on_change = on_change
        self.deadline_s, self.poll_s = deadline_s, POLL_S if poll_s is None else poll_s
        self.local = LocalCopy(copy, desk=desk, clock=clock)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.state = LinkState(online=False, waiting=self.local.waiting_count(), sent=0, doubles_sent=0)

    # -- the desk's side (its own thread; no network) -------------------------------------------

    def check_in(self, attendee_id: int, *, topic_id: int | None = None,
                 method: CheckInMethod = CheckInMethod.SEARCH) -> CheckInResult:
        result = self.local.check_in(attendee_id, topic_id=topic_id, method=method, desk=self.desk)
        self._queued()
        return result

    def add_walk_in(self, conference_id: int, person: AttendeeInput, *, topic_id: int | None = None) -> CheckInResult:
        result = self.local.add_walk_in(conference_id, person, topic_id=topic_id, desk=self.desk)
        self._queued()
        return result

    def add_substitute(self, replaced_id: int, person: AttendeeInput, *, topic_id: int | None = None) -> CheckInResult:
        result = self.local.add_substitute(replaced_id, person, topic_id=topic_id, desk=self.desk)
        self._queued()
        return result

    def undo_last_check_in(self, conference_id: int, *, topic_id: int | None = None) -> CheckIn:
        undone = self.local.undo_last_check_in(conference_id, topic_id=topic_id, desk=self.desk)
        self._queued()
        return undone

    def undo_added_person(self, attendee_id: int) -> Attendee:
        person = self.local.undo_added_person(attendee_id, desk=self.desk)
        self._queued()
        return person

    def undo_double(self, double: CheckIn) -> bool:
        done = self.local.undo_double(double, desk=self.desk)
        self._queued()
        return done

    def _queued(self) -> None:
        self._publish(self.local)
        if self.state.online:   # away: the sender keeps to its backoff rather than try at every key
            self._wake.set()

    def wake(self) -> None:
        """Look for the server's changes now (this desk changed something on the server itself,
        or the window heard another desk's write)."""
        self._wake.set()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=f"desk link {self.desk}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """End the sender (what is queued stays in the copy's file for the next start)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self.local.close()

    # -- the sender's thread --------------------------------------------------------------------

    def _run(self) -> None:
        local = LocalCopy(self.copy_path, desk=self.desk, clock=self.clock)
        server: Database | None = None
        backoff, told = BACKOFF_S[0], False
        try:
            while not self._stop.is_set():
                try:
                    if server is None:
                        server = self._open_server(lambda: self._publish(local, upgrading=True))
                    changed = self._work(local, server)
                    self._publish(local, online=True, unreachable=False, refused=False, upgrading=False,
                                  changed=changed)
                    backoff, wait = BACKOFF_S[0], self.poll_s
                except Exception as exc:   # the server away, or anything else: what is queued stays
                    known = isinstance(exc, HoinghiError) and (
                        exc.code in _AWAY or (refused_by_server(exc) and self.state.refused))   # said once
                    if not known:
                        log.warning("desk link: %s", exc, exc_info=not isinstance(exc, HoinghiError))
                    server = _closed(server)
                    # Said even when nothing changed the first time: a desk started without the
                    # server shows at once that it works alone.
                    unreachable = isinstance(exc, HoinghiError) and exc.code == "server_unreachable"
                    self._publish(local, online=False, unreachable=unreachable, refused=refused_by_server(exc),
                                  upgrading=False, changed=not told)
                    told = True
                    backoff, wait = min(backoff * 2, BACKOFF_S[1]), backoff
                self._wake.wait(wait)
                self._wake.clear()
        finally:
            _closed(server)
            local.close()

    def _open_server(self, on_upgrade: Callable[[], None]) -> Database:
        if is_server_address(self.server):
            from desktop_app.store.server_database import open_server_database

            return open_server_database(self.server, desk=self.desk, clock=self.clock, on_upgrade=on_upgrade,
                                        **LINK_SETTINGS)
        return open_database(self.server, create=False, desk=self.desk, clock=self.clock)   # tests: a file

    def _work(self, local: LocalCopy, server: Database) -> bool:
        """Send what is queued, oldest first, then bring in the server's changes."""
        sent_any = False
        for entry in local.waiting():
            if self._stop.is_set():
                return sent_any
            try:
                with self._deadline(server, self.deadline_s):
                    result = entry.send(server)
            except NotFound:   # the person was removed on the server: there is nothing to send it to
                log.warning("desk link: %s %s refused by the server: not found", entry.kind, entry.client_id)
                result = None
            local.confirmed(entry)   # only after the server's answer
            sent_any = True
            doubled = result is not None and result.double and not result.recorded_before
            self._publish(local, sent=self.state.sent + 1, doubles_sent=self.state.doubles_sent + int(doubled))
        with self._deadline(server, self.deadline_s if local.is_filled() else COPY_DEADLINE_S):
            return local.refresh(server) or sent_any

    @contextlib.contextmanager
    def _deadline(self, server: Database, seconds: float) -> Iterator[None]:
        """A call still waiting after `seconds` has its connection cut: it fails at once."""
        if not on_server(server):
            yield
            return
        from desktop_app.store import pg_engine

        with pg_engine.deadline(server, seconds):   # type: ignore[arg-type]
            yield

    def _publish(self, local: LocalCopy, *, changed: bool = False, **fields: Any) -> None:
        """The new state, with what waits counted on `local` (the calling thread's copy) under the
        lock: both threads publish, and a count made before the other thread's newer one must not
        be said after it (the desk said "2 check-ins wait" long after the server had them)."""
        with self._lock:
            before = self.state
            fields["waiting"] = local.waiting_count()
            self.state = LinkState(**{**before.__dict__, **fields})
            after = self.state
        if changed or after != before:
            self.on_change(after)


_AWAY = frozenset({"server_unreachable", "server_login_refused", "database_locked"})


def _closed(server: Database | None) -> None:
    if server is not None:
        with contextlib.suppress(Exception):
            server.close()
