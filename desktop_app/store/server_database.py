"""Opening a hoinghi database on a PostgreSQL server: the same refusals and migrations as for a
file (database.py), under an advisory lock instead of SQLite's write lock."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from desktop_app.domain.errors import DatabaseTooNew, NotADatabase, ServerProblem
from desktop_app.domain.locations import without_password
from desktop_app.domain.validation import validate_desk
from desktop_app.store import pg_engine, pg_schema, units
from desktop_app.store.engine import rows, scalar, waiting_at_most, write_transaction
from desktop_app.store.pg_engine import PgDatabase

NO_LOCK_LIMIT = 0   # PostgreSQL's lock_timeout 0: wait as long as the lock is held


def open_server_database(url: str, *, desk: str = "", clock: Callable[[], datetime] | None = None,
                         on_upgrade: Callable[[], None] | None = None, **settings: Any) -> PgDatabase:
    """Connect to the hoinghi database at `url`, migrated to this program's schema (`on_upgrade`
    is called first when it must be: by this program, or another's migration waited for).

    Raises ServerProblem when the server cannot be reached or refuses the login, NotADatabase for
    a database that holds another program's tables, DatabaseTooNew for one written by a newer
    program (left untouched)."""
    db = pg_engine.connect(url, desk=validate_desk(desk), clock=clock, **settings)
    try:
        if pending := _pending(db):
            if on_upgrade is not None and len(pending) < len(pg_schema.STEPS):   # not a new, empty database
                on_upgrade()
            # Another program's upgrade (it holds the write lock and the schema's) is waited for
            # however long it takes (0006: a minute at 100,000 attendees), not lock_timeout's
            # 15 s: the caller goes on meanwhile (open_server_within).
            with waiting_at_most(db, NO_LOCK_LIMIT), write_transaction(db):
                scalar(db, "SELECT pg_advisory_xact_lock(:key)", {"key": pg_schema.SCHEMA_LOCK})
                pending = _pending(db)
                new = len(pending) == len(pg_schema.STEPS)
                for name, ddl in pending:
                    db.conn.execute(ddl)
                    scalar(db, "INSERT INTO hoinghi_migrations (migration_set, name) VALUES (:s, :n) RETURNING name",
                           {"s": pg_schema.MIGRATION_SET, "n": name})
                if new and pending:   # a new database starts with the shipped unit catalogs
                    units.ensure_default_catalogs(db)
        if not _notifying(db):
            with write_transaction(db):
                scalar(db, "SELECT pg_advisory_xact_lock(:key)", {"key": pg_schema.SCHEMA_LOCK})
                if not _notifying(db):
                    db.conn.execute(pg_schema.NOTIFY_TRIGGERS)
        pg_engine.keep_settings(db, pg_schema.SCHEMA_LOCK)
    except BaseException:
        db.close()
        raise
    return db


class _Attempt:
    """One opening of a server database in a thread of its own, which callers that stop waiting
    leave running: the next call for the same database takes its outcome when it comes (on a
    slow network a connection that takes longer than a caller waits is still used; a refusal is
    still said), instead of starting another. All fields are read and written under _lock."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.settled = threading.Event()   # taken by a caller, or given up: its connection is not ours
        self.taken = False
        self.db: PgDatabase | None = None
        self.error: BaseException | None = None
        self.upgrading = False   # the database is being migrated (by this attempt or another program)
        self.started = time.monotonic()
        self.finished = 0.0

    def stale(self, now: float) -> bool:
        """Too old to be waited for or taken: a try that hangs (replies lost on the way, never an
        error) is replaced by a new one, and an outcome nobody asked for is forgotten."""
        if self.done.is_set():
            return now - self.finished > UNCLAIMED_S
        return not self.upgrading and now - self.started > HANGING_S


_attempts: dict[tuple[Any, ...], _Attempt] = {}
_lock = threading.Lock()
UNCLAIMED_S = 30.0   # a connection or a refusal that nobody asked for within this long is dropped
HANGING_S = 10.0     # a try not done by then (and not waiting for an upgrade) is given up


def open_server_within(url: str, seconds: float, *, desk: str = "", clock: Callable[[], datetime] | None = None,
                       **settings: Any) -> PgDatabase:
    """open_server_database, waiting `seconds` at most (libpq's own connect timeout is two seconds
    at least, per address). A server that has not answered by then raises ServerProblem
    server_unreachable (reason no_answer), or server_upgrading while its database is being
    migrated (a minute at 100,000 attendees); the opening goes on in the background, and the
    next call for the same database takes what came of it (or, while the migration lasts, says
    so again at once)."""
    key = (url, desk, clock, tuple(sorted(settings.items())))
    with _lock:
        attempt = _attempts.get(key)
        if attempt is not None and attempt.stale(time.monotonic()):
            _give_up(key, attempt)
            attempt = None
        if attempt is None:
            attempt = _attempts[key] = _Attempt()
            threading.Thread(target=_open_in_background, args=(attempt, url, desk, clock, settings),
                             name="open server", daemon=True).start()
        elif attempt.upgrading and not attempt.done.is_set():
            seconds = 0.0   # nothing to wait for: the migration takes far longer
    attempt.done.wait(seconds)
    with _lock:
        if not attempt.done.is_set():
            if attempt.upgrading:
                raise ServerProblem("server_upgrading", path=without_password(url), host=_host(url))
            raise ServerProblem("server_unreachable", path=without_password(url), reason="no_answer",
                                host=_host(url), detail=f"no answer within {seconds:g} s")
        if attempt.taken:   # another caller took it between two of our steps
            raise ServerProblem("server_unreachable", path=without_password(url), reason="no_answer",
                                host=_host(url), detail="connection taken by another caller")
        attempt.taken = True
        if _attempts.get(key) is attempt:
            del _attempts[key]
        attempt.settled.set()
        if attempt.error is not None:
            raise attempt.error
        assert attempt.db is not None
        return attempt.db


def _give_up(key: tuple[Any, ...], attempt: _Attempt) -> None:
    """(Under _lock.) Nobody will take this attempt's outcome: its connection is closed when it
    comes (or now, if it came)."""
    if _attempts.get(key) is attempt:
        del _attempts[key]
    attempt.settled.set()


def _open_in_background(attempt: _Attempt, url: str, desk: str, clock: Callable[[], datetime] | None,
                        settings: dict[str, Any]) -> None:
    def upgrading() -> None:
        with _lock:
            attempt.upgrading = True

    try:
        db: PgDatabase | None = open_server_database(url, desk=desk, clock=clock, on_upgrade=upgrading, **settings)
        error: BaseException | None = None
    except BaseException as exc:   # handed to the caller that asks next
        db, error = None, exc
    with _lock:
        attempt.db, attempt.error, attempt.finished = db, error, time.monotonic()
        attempt.done.set()
    if db is None:
        return
    attempt.settled.wait(UNCLAIMED_S)
    with _lock:
        if attempt.taken:
            return
        for key, other in list(_attempts.items()):
            if other is attempt:
                _give_up(key, attempt)
        attempt.taken = True   # by nobody: no later caller may take a closed connection
    with contextlib.suppress(Exception):
        db.close()


def _host(url: str) -> str:
    from desktop_app.domain.locations import server_name

    return server_name(url).rsplit("/", 1)[0]


def _notifying(db: PgDatabase) -> bool:
    """Whether the server tells listening desks of every change (pg_schema.NOTIFY_TRIGGERS)."""
    return bool(scalar(db, "SELECT to_regproc(:f) IS NOT NULL", {"f": pg_schema.NOTIFY_FUNCTION}))


def applied(db: PgDatabase) -> tuple[str, ...]:
    if not scalar(db, "SELECT to_regclass('hoinghi_migrations') IS NOT NULL"):
        return ()
    return tuple(r["name"] for r in rows(
        db, "SELECT name FROM hoinghi_migrations WHERE migration_set = :s ORDER BY applied_at, name",
        {"s": pg_schema.MIGRATION_SET}))


def _pending(db: PgDatabase) -> list[tuple[str, str]]:
    """The steps still to apply; refuses a database that is not ours or is newer than us."""
    done = applied(db)
    if not done:
        tables = scalar(db, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                            "AND tablename <> 'hoinghi_migrations'")
        if tables:
            raise NotADatabase(path=db.path, reason="foreign")
        db.conn.execute(pg_schema.VERSION_TABLE)
    known = [name for name, _ in pg_schema.STEPS]
    if any(name not in known for name in done) or len(done) > pg_schema.SCHEMA_VERSION:
        raise DatabaseTooNew(path=db.path, found=len(done), supported=pg_schema.SCHEMA_VERSION)
    return [(name, ddl) for name, ddl in pg_schema.STEPS if name not in done]


def schema_version(db: PgDatabase) -> int:
    return len(applied(db))
