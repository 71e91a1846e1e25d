"""Opening a hoinghi database on a PostgreSQL server: the same refusals and migrations as for a
file (database.py), under an advisory lock instead of SQLite's write lock."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from desktop_app.domain.errors import DatabaseTooNew, NotADatabase, ServerProblem
from desktop_app.domain.locations import without_password
from desktop_app.domain.validation import validate_desk
from desktop_app.store import pg_engine, pg_schema, units
from desktop_app.store.engine import rows, scalar, write_transaction
from desktop_app.store.pg_engine import PgDatabase


def open_server_database(url: str, *, desk: str = "", clock: Callable[[], datetime] | None = None,
                         **settings: Any) -> PgDatabase:
    """Connect to the hoinghi database at `url`, migrated to this program's schema.

    Raises ServerProblem when the server cannot be reached or refuses the login, NotADatabase for
    a database that holds another program's tables, DatabaseTooNew for one written by a newer
    program (left untouched)."""
    db = pg_engine.connect(url, desk=validate_desk(desk), clock=clock, **settings)
    try:
        if _pending(db):
            with write_transaction(db):
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
    except BaseException:
        db.close()
        raise
    return db


def open_server_within(url: str, seconds: float, *, desk: str = "", clock: Callable[[], datetime] | None = None,
                       **settings: Any) -> PgDatabase:
    """open_server_database, waiting `seconds` at most (libpq's own connect timeout is two seconds
    at least, per address): a server that has not answered by then raises ServerProblem
    server_unreachable (reason no_answer), and its late connection is closed."""
    done = threading.Event()
    lock = threading.Lock()
    outcome: dict[str, Any] = {}

    def connect() -> None:
        try:
            db: Any = open_server_database(url, desk=desk, clock=clock, **settings)
        except BaseException as exc:   # handed to the caller, if it still waits
            db, outcome["error"] = None, exc
        with lock:
            if outcome.get("late"):
                if db is not None:
                    with contextlib.suppress(Exception):
                        db.close()
                return
            outcome["db"] = db
            done.set()

    threading.Thread(target=connect, name="open server", daemon=True).start()
    done.wait(seconds)
    with lock:
        if not done.is_set():
            outcome["late"] = True
            raise ServerProblem("server_unreachable", path=without_password(url), reason="no_answer",
                                host=_host(url), detail=f"no answer within {seconds:g} s")
    if outcome.get("db") is None:
        raise outcome["error"]
    return outcome["db"]


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
