"""Hearing other desks' writes on a server: a connection of its own that LISTENs on the channel
the server's triggers notify (pg_schema.NOTIFY_TRIGGERS), so a desk learns of a check-in at
another desk within milliseconds instead of asking every second.

No Qt here: the window runs `ChangeListener.wait` in a thread of its own (ui/common/server_watch.py).
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import time
from dataclasses import dataclass

import psycopg

from desktop_app.domain.errors import ServerProblem
from desktop_app.domain.locations import without_password
from desktop_app.store import pg_engine
from desktop_app.store.pg_schema import CHANGE_CHANNEL

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 3
# A Wi-Fi that drops without a word (no RST) is noticed by keepalives within about ten seconds,
# and a heartbeat that finds no answer fails after TCP_USER_TIMEOUT_MS instead of hanging.
_KEEPALIVE = {"keepalives": 1, "keepalives_idle": 4, "keepalives_interval": 2, "keepalives_count": 2,
              "tcp_user_timeout": 6000}
HEARTBEAT_S = 10.0
# The heartbeat's answer, and LISTEN's after connecting, are waited for this long at most: a
# network that swallows everything without a word (a dead access point; keepalives and
# TCP_USER_TIMEOUT cannot tell when something on the way still acknowledges) would hold them
# forever, and the window would believe it hears the server.
ANSWER_WITHIN_S = 3.0
# Whether notifications reach this connection at all is tried once it listens: a second
# connection notifies it, and it waits this long for the word. Behind a connection pooler in
# transaction mode (PgBouncer's usual setting) LISTEN is made on one of the pooler's server
# connections and what other desks notify reaches that one while it serves nobody, never us:
# measured with PgBouncer 1.18, nothing was ever heard. (A word from the listening connection
# itself does come back, with the answer to its own statement: no test.)
HELLO_WITHIN_S = 1.0


@dataclass(frozen=True)
class Change:
    """One notification: `table` changed in conference `conference_id` (None: in no conference),
    committed by the server process `pid` (each connection has its own)."""

    conference_id: int | None
    table: str
    pid: int


def parse_change(payload: str, pid: int) -> Change:
    conference, _, table = payload.partition(" ")
    return Change(int(conference) if conference.isdigit() else None, table, pid)


class ChangeListener:
    """A listening connection to the server at `url`. `wait` blocks at most `timeout` seconds
    and returns what changed meanwhile; a lost connection raises ServerProblem and the caller
    connects again (notifications sent while it was away are lost: refresh everything then)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._conn: psycopg.Connection | None = None
        self._quiet_s = 0.0
        self.hears = False   # whether another connection's notification reached it (connect())
        self._early: list[Change] = []   # changes heard while it waited for that one

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.closed

    def connect(self) -> None:
        self.close()
        try:
            conn = psycopg.connect(self.url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                                   application_name="hoinghi listener", **_KEEPALIVE)
            try:
                with pg_engine.connection_deadline(conn, ANSWER_WITHIN_S):
                    conn.execute(f"LISTEN {CHANGE_CHANNEL}")
                hears, early = _hears_others(conn, self.url)
            except psycopg.Error:
                conn.close()
                raise
        except psycopg.Error as exc:
            raise pg_engine._connect_problem(exc, self.url) from exc
        self._conn, self._quiet_s, self.hears, self._early = conn, 0.0, hears, early

    def wait(self, timeout: float) -> list[Change]:
        """The changes notified within `timeout` seconds (a burst is gathered into one list)."""
        if self._conn is None:
            raise ServerProblem("server_unreachable", path=without_password(self.url), detail="not connected")
        if self._early:
            early, self._early = self._early, []
            return early
        try:
            found = list(self._conn.notifies(timeout=timeout, stop_after=1))
            if found:
                found += self._conn.notifies(timeout=0.02)
                self._quiet_s = 0.0
            else:
                self._quiet_s += timeout
                if self._quiet_s >= HEARTBEAT_S:   # silence: is the server still there?
                    with pg_engine.connection_deadline(self._conn, ANSWER_WITHIN_S):
                        self._conn.execute("SELECT 1")
                    self._quiet_s = 0.0
        except psycopg.Error as exc:
            self.close()
            raise ServerProblem("server_unreachable", path=without_password(self.url),
                                detail=str(exc).strip() or type(exc).__name__) from exc
        return [parse_change(n.payload, n.pid) for n in found]

    def close(self) -> None:
        if self._conn is not None:
            conn, self._conn = self._conn, None
            with contextlib.suppress(psycopg.Error):
                conn.close()


def _hears_others(conn: psycopg.Connection, url: str) -> tuple[bool, list[Change]]:
    """Notify a channel of this listener's own from another connection and wait HELLO_WITHIN_S
    for the word to reach `conn`: (whether it came, the changes heard meanwhile). A check that
    cannot be made (the server takes no more connections) counts as not heard: the window asks
    for changes then, which works wherever the window does."""
    channel = f"hoinghi_hello_{secrets.token_hex(6)}"   # no other listener hears it
    with pg_engine.connection_deadline(conn, ANSWER_WITHIN_S):
        conn.execute(f"LISTEN {channel}")
    changes: list[Change] = []
    heard = False
    try:
        try:
            with psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                                 application_name="hoinghi listener's check", **_KEEPALIVE) as other, \
                    pg_engine.connection_deadline(other, ANSWER_WITHIN_S):
                other.execute(f"NOTIFY {channel}")
        except psycopg.Error as exc:
            log.info("the listener's check could not be made (%s)", exc)
            return False, []
        deadline = time.monotonic() + HELLO_WITHIN_S
        while not heard and (left := deadline - time.monotonic()) > 0:
            for note in conn.notifies(timeout=left, stop_after=1):
                if note.channel == channel:
                    heard = True
                else:
                    changes.append(parse_change(note.payload, note.pid))
    finally:
        with pg_engine.connection_deadline(conn, ANSWER_WITHIN_S):
            conn.execute(f"UNLISTEN {channel}")
    return heard, changes


def backend_pid(db: pg_engine.PgDatabase) -> int:
    """The server process of a desk's own connection: its notifications are its own writes."""
    return int(db.conn.info.backend_pid)
