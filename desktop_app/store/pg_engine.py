"""The PostgreSQL corner of the store: connection and settings, the store's SQL in PostgreSQL's
parameter style, errors by SQLSTATE, and the few statements that differ from SQLite's.

The store's functions are written once, in plain SQL with named parameters (`:conference_id`);
`engine.rows`, `one`, `scalar`, `execute` and `write_transaction` send them here when the
database is a server (`postgresql://…`). Every connection is in autocommit: one round trip per
desk action, and a transaction only where a change spans several statements.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import re
import secrets
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any

import psycopg
import psycopg.sql
from psycopg import errors as pg_errors
from psycopg.types.numeric import Int8

from desktop_app.domain.errors import (
    DatabaseFull,
    DatabaseLocked,
    DatabaseReadOnly,
    HoinghiError,
    ServerProblem,
)
from desktop_app.domain.locations import without_password

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5
LOCK_TIMEOUT_MS = 15_000
IDLE_IN_TRANSACTION_MS = 15_000   # no transaction of ours waits on the program this long between statements


class PgDatabase:
    """A connection to a hoinghi database on a PostgreSQL server, with the desk and the clock,
    like engine.Database for a file. `path` is the address without its password."""

    engine = "postgresql"

    def __init__(self, conn: psycopg.Connection | None, url: str, *, desk: str = "",
                 clock: Callable[[], datetime] | None = None) -> None:
        self._conn = conn   # None: a window opened while the server could not be reached
        self.url = url
        self.path = without_password(url)
        self.desk = desk
        self.clock: Callable[[], datetime] = clock or datetime.now
        # Set on a window's own connection: a statement not answered within this many seconds
        # has its connection cut (cut()), so a silent network never holds the window for long.
        self.deadline_s: float | None = None
        # False once the server lost a prepared statement (a pooler in transaction mode): cursor()
        self.may_prepare = True
        # What the search's choice of plan read (pg_search.together), with when it was read.
        self.search_stats: dict[Any, tuple[float, Any]] = {}

    @property
    def conn(self) -> psycopg.Connection:
        """The connection; without one every call fails at once as the server being away."""
        if self._conn is None:
            raise ServerProblem("server_unreachable", path=self.path, detail="not connected")
        return self._conn

    @property
    def connected(self) -> bool:
        """Whether this holds a connection that has not failed (it may still be cut off silently)."""
        return self._conn is not None and not self._conn.closed

    def take_connection(self, other: PgDatabase) -> None:
        """Go on with `other`'s connection (a window's, made again once the server is back)."""
        self.drop_connection()
        self._conn, other._conn = other._conn, None

    def drop_connection(self) -> None:
        """Close the connection and go on without one (calls fail at once until take_connection)."""
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                conn.close()

    def now(self) -> datetime:
        return self.clock().replace(microsecond=0)

    def close(self) -> None:
        self.drop_connection()

    def execute(self, sql: str, params: Any = None) -> psycopg.Cursor:
        """As sqlite_utils.Database.execute: run one statement, return the cursor."""
        return cursor(self, sql, params)


def connect(url: str, *, desk: str = "", clock: Callable[[], datetime] | None = None,
            idle_in_transaction_ms: int | None = None, **settings: Any) -> PgDatabase:
    """Open a connection to the server at `url` (raises ServerProblem when it cannot be reached).
    `settings`: more libpq connection parameters (a desk's link: timeouts, TCP keepalives);
    `idle_in_transaction_ms`: this connection's own (a desk's link: shorter)."""
    try:
        # Client-side binding: values go into the statement as typed literals, so a parameter
        # whose type PostgreSQL cannot guess (`:kind IS NULL OR …`) reads as it does on SQLite.
        conn = psycopg.connect(url, autocommit=True, **{"connect_timeout": CONNECT_TIMEOUT_S, **settings},
                               application_name=f"hoinghi {desk}"[:63], cursor_factory=psycopg.ClientCursor)
    except psycopg.Error as exc:
        raise _connect_problem(exc, url) from exc
    # One round trip for the settings. random_page_cost: PostgreSQL's default (4) prices a
    # random read as a spinning disk's; a conference's data sits in memory or on an SSD. With the
    # default the planner hashed every attendee's substitute and every check-in to describe the
    # 50 people a desk search found: 19 ms at 10,000 attendees, against 1 ms with index lookups.
    # plan_cache_mode: the statements the store prepares (cursor(prepare=True): the check-in, the
    # people a search found, the search's GIN lookup) are one shape whatever their values, and are
    # prepared to be planned once; left to choose, PostgreSQL planned the search's GIN lookup at
    # every search (0.2-0.3 ms), and the people's read too when its first runs found few people
    # (0.53 against 0.17 ms for one person). Every other statement is bound on the client and
    # planned with its values (ClientCursor: never prepared).
    # idle_in_transaction_session_timeout: a program cut off in the middle of a transaction holds
    # the shared write lock until the server notices: such a transaction ends after a while, so
    # other desks can write again (a desk's link sets its own, shorter). Set here, not in libpq's
    # `options`, which a stock PgBouncer refuses ("unsupported startup parameter: options").
    mine = {**DATABASE_SETTINGS, "TimeZone": "UTC"}
    if idle_in_transaction_ms is not None:
        mine["idle_in_transaction_session_timeout"] = f"{idle_in_transaction_ms}ms"
    conn.execute("; ".join(f"SET {k} = '{v}'" for k, v in mine.items()))
    db = PgDatabase(conn, url, desk=desk, clock=clock)
    if not _own_statement_names(conn):
        db.may_prepare, conn.prepare_threshold = False, None
    return db


def _own_statement_names(conn: psycopg.Connection) -> bool:
    """Give this connection's prepared statements names no other connection uses; False when
    psycopg no longer lets us (then it prepares nothing: slower, never wrong).

    psycopg names them _pg3_0, _pg3_1… on every connection. Behind a connection pooler in
    transaction mode without prepared-statement support (PgBouncer before 1.21, Debian 12's
    1.18; or max_prepared_statements = 0), a transaction may run on a server connection where
    another desk prepared its own _pg3_3: measured with PgBouncer 1.18 and four desks, "bind
    message supplies 9 parameters, but prepared statement "_pg3_1" requires 2" — and where the
    two statements take the same parameters (the two undos: at, desk, a number, scope) the other
    desk's would run, undoing someone else's check-in. With names of its own a statement is
    found where it was prepared or not at all (cursor(): then sent unprepared)."""
    try:
        from psycopg._preparing import Prepare, PrepareManager
    except ImportError:
        return False
    current = getattr(conn, "_prepared", None)
    if type(current) is not PrepareManager or not all(
            hasattr(current, a) for a in ("get", "clear", "_counts", "_names", "_to_flush")):
        return False
    prefix = f"_hn{secrets.token_hex(6)}".encode()

    class OwnNames(PrepareManager):
        def get(self, *args: Any, **kwargs: Any) -> Any:
            how, name = super().get(*args, **kwargs)
            return (how, prefix + name) if how is Prepare.SHOULD else (how, name)

        def clear(self) -> bool:
            # After a rollback psycopg forgets its statements with DEALLOCATE ALL, which behind
            # a pooler removes the other desks' statements on that server connection too:
            # only ours, by name.
            names = list(self._names.values())
            self._counts.clear()
            if not names:
                return False
            self._names.clear()
            self._to_flush.clear()
            self._to_flush.extend(names)
            return True

    conn._prepared = OwnNames()
    return True


# The settings every connection of the program makes (connect()), which the database also keeps
# as its own defaults where the program may set them (keep_settings): a connection pooler in
# transaction mode (PgBouncer's usual setting) runs each transaction on any of its connections
# to the server, where our SETs may never have run (measured with PgBouncer 1.18: lock_timeout
# was 0 for half of the statements of four desks).
DATABASE_SETTINGS = {
    "lock_timeout": f"{LOCK_TIMEOUT_MS}ms",
    "idle_in_transaction_session_timeout": f"{IDLE_IN_TRANSACTION_MS}ms",
    "random_page_cost": "1.1",
    "plan_cache_mode": "force_generic_plan",
}


def keep_settings(db: PgDatabase, lock: int) -> None:
    """Make DATABASE_SETTINGS the database's own defaults (ALTER DATABASE … SET), when they are
    not yet; a program that does not own the database (an office's server, set up by its
    administrator) logs a warning and goes on, its own connections being set anyway. `lock`: the
    advisory lock the program's schema changes take."""
    # The server's name for the database: behind a pooler the address may name it otherwise.
    database, kept = cursor(db, "SELECT d.datname, coalesce(s.setconfig, '{}') FROM pg_database d "
                            "LEFT JOIN pg_db_role_setting s ON s.setdatabase = d.oid AND s.setrole = 0 "
                            "WHERE d.datname = current_database()", formatted=True).fetchone()
    missing = {k: v for k, v in DATABASE_SETTINGS.items() if f"{k}={v}" not in kept}
    if not missing:
        return
    name = psycopg.sql.Identifier(database)
    try:
        # One program at a time (several desks opening at once met "tuple concurrently updated").
        with db.conn.transaction():
            db.conn.execute("SELECT pg_advisory_xact_lock(%s)", (lock,))
            for key, value in missing.items():
                db.conn.execute(psycopg.sql.SQL("ALTER DATABASE {} SET {} = {}").format(
                    name, psycopg.sql.Identifier(key), psycopg.sql.Literal(value)))
    except psycopg.OperationalError as exc:
        raise translate_error(exc, db) from exc
    except psycopg.Error as exc:   # not the owner, a standby: the program's own connections are set anyway
        log.warning("the database's own settings were not set (%s): behind a connection pooler in transaction "
                    "mode, ask its administrator to set %s on the database", exc,
                    ", ".join(f"{k} = '{v}'" for k, v in missing.items()))


def _connect_problem(exc: psycopg.Error, url: str) -> HoinghiError:
    state = getattr(exc, "sqlstate", None) or ""
    # A refused connection reaches psycopg as libpq's message without its SQLSTATE: the server's
    # own words (always English in the startup phase) are the one thing to go by here.
    words = str(exc)
    if not state and "password authentication failed" in words:
        state = "28P01"
    elif not state and "database" in words and "does not exist" in words:
        state = "3D000"
    if state in ("28P01", "28000"):
        return ServerProblem("server_login_refused", path=without_password(url), detail=str(exc).strip())
    if state == "3D000":
        return ServerProblem("server_no_database", path=without_password(url), detail=str(exc).strip())
    # Nobody there (refused), no answer (timeout), a name no one knows: libpq's words again. The
    # code stays server_unreachable (what callers go by); `reason` picks the sentence.
    lowered = words.lower()
    for needle, reason in (("connection refused", "refused"), ("timeout expired", "no_answer"),
                           ("timed out", "no_answer"), ("failed to resolve host", "unknown_host"),
                           ("could not translate host name", "unknown_host")):
        if not state and needle in lowered:
            return ServerProblem("server_unreachable", path=without_password(url), host=_host_port(url),
                                 reason=reason, detail=words.strip().splitlines()[0])
    return ServerProblem("server_unreachable", path=without_password(url), detail=str(exc).strip().splitlines()[0]
                         if str(exc).strip() else type(exc).__name__)


def cut(db: PgDatabase) -> None:
    """Shut the connection's socket from another thread: a call waiting on a link that went
    silent (a dead access point sends nothing, not even an error) ends at once with an error."""
    cut_connection(db._conn)


def cut_connection(conn: psycopg.Connection | None) -> None:
    """cut() for a connection of psycopg's own (a listener's)."""
    if conn is None:
        return
    with contextlib.suppress(OSError, psycopg.Error):
        fd = conn.pgconn.socket
        sock = socket.socket(fileno=fd)
        try:
            sock.shutdown(socket.SHUT_RDWR)
        finally:
            sock.detach()   # the descriptor stays psycopg's


def _host_port(url: str) -> str:
    from desktop_app.domain.locations import server_name

    return server_name(url).rsplit("/", 1)[0]


# -- SQL in PostgreSQL's parameter style ---------------------------------------------------------

_TOKENS = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|::|:([A-Za-z_]\w*)|\?|%")


@functools.lru_cache(maxsize=1024)
def pyformat(sql: str) -> str:
    """`:name` → `%(name)s`, `?` → `%s`, `%` → `%%`; string literals, quoted names and `::`
    casts are left alone."""

    def swap(match: re.Match[str]) -> str:
        text = match.group(0)
        if match.group(1):
            return f"%({match.group(1)})s"
        if text == "?":
            return "%s"
        if text == "%":
            return "%%"
        return text

    return _TOKENS.sub(swap, sql)


def _params(params: Sequence[Any] | dict[str, Any] | None) -> Any:
    if params is None:
        return None
    if isinstance(params, dict):
        return params
    return tuple(params)


def _bound(params: dict[str, Any]) -> dict[str, Any]:
    """Values for server-side binding: every int as a bigint, so a statement prepared once keeps
    one set of parameter types whatever the numbers' sizes."""
    return {k: Int8(v) if type(v) is int else v for k, v in params.items()}


class _Watchdog:
    """One thread for every call that has a deadline: it cuts the connection of a call still
    waiting when its time is up. (A threading.Timer a call started a thread for every statement
    of a window on a server: 0.1-0.2 ms each, three or four to a search.)"""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._due: dict[int, tuple[float, Callable[[], None]]] = {}
        self._tokens = itertools.count()
        self._thread: threading.Thread | None = None

    @contextlib.contextmanager
    def deadline(self, cut_off: Callable[[], None], seconds: float) -> Iterator[None]:
        with self._cond:
            token = next(self._tokens)
            self._due[token] = (time.monotonic() + seconds, cut_off)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="hoinghi deadlines", daemon=True)
                self._thread.start()
            self._cond.notify()
        try:
            yield
        finally:
            with self._cond:
                self._due.pop(token, None)

    def _run(self) -> None:
        while True:
            with self._cond:
                now = time.monotonic()
                late = [token for token, (due, _) in self._due.items() if due <= now]
                if not late:
                    soonest = min((due for due, _ in self._due.values()), default=None)
                    self._cond.wait(None if soonest is None else soonest - now)
                    continue
                cut_off = [self._due.pop(token)[1] for token in late]
            for action in cut_off:
                action()


_watchdog = _Watchdog()


def deadline(db: PgDatabase, seconds: float | None) -> contextlib.AbstractContextManager[None]:
    """A call inside that is still waiting after `seconds` has its connection cut (cut()): it
    fails at once as the server being away. No deadline with None."""
    return contextlib.nullcontext() if seconds is None else _watchdog.deadline(lambda: cut(db), seconds)


def connection_deadline(conn: psycopg.Connection, seconds: float) -> contextlib.AbstractContextManager[None]:
    """deadline() for a connection of psycopg's own (a listener's)."""
    return _watchdog.deadline(lambda: cut_connection(conn), seconds)


def cursor(db: PgDatabase, sql: str, params: Sequence[Any] | dict[str, Any] | None = None, *,
           prepare: bool = False, formatted: bool = False) -> psycopg.Cursor[Any]:
    """Run one statement, within the connection's deadline if it has one. `prepare`: bound on
    the server and prepared on first use (a statement sent often whose plan does not depend on
    its values; `params` a dict). `formatted`: `sql` is in psycopg's `%(name)s` style already."""
    sql = sql if formatted else pyformat(sql)
    prepare = prepare and db.may_prepare
    try:
        with deadline(db, db.deadline_s):
            if prepare:
                return psycopg.Cursor(db.conn).execute(sql, _bound(params or {}), prepare=True)
            return db.conn.execute(sql, _params(params))
    except (pg_errors.InvalidSqlStatementName, pg_errors.DuplicatePreparedStatement) as exc:
        # A pooler between us and the server in transaction mode (PgBouncer before 1.21, or
        # without max_prepared_statements) hands each statement to any of its server connections,
        # where ours were never prepared: from now on this connection prepares nothing, and the
        # statement is sent again as is (outside a transaction, which the error has ended: then
        # the caller's transaction fails, and is unprepared when tried again).
        if not prepare:
            raise translate_error(exc, db) from exc
        log.warning("the server lost this connection's prepared statements (a connection pooler?): "
                    "statements are no longer prepared on it (%s)", exc)
        db.may_prepare = False
        db.conn.prepare_threshold = None
        if in_transaction(db):
            raise translate_error(exc, db) from exc
        return cursor(db, sql, params, formatted=True)
    except psycopg.Error as exc:
        raise translate_error(exc, db) from exc


def rows(db: PgDatabase, sql: str, params: Any = None, *, prepare: bool = False) -> list[dict[str, Any]]:
    cur = cursor(db, sql, params, prepare=prepare)
    result = cur.pgresult
    if result is None or not result.nfields:
        return []
    # The names as the server sent them (the store's are ASCII): cur.description makes an object
    # of each column, a tenth of a millisecond for the desk's 25.
    keys = [result.fname(i).decode() for i in range(result.nfields)]
    return [dict(zip(keys, row, strict=True)) for row in cur.fetchall()]


def rows_by_keys(db: PgDatabase, sql: str, keys: Sequence[int], params: dict[str, Any]) -> list[dict[str, Any]]:
    """engine.rows_by_keys: the keys as one array, the statement prepared (the desk's 50 people
    read in 0.3 ms, and planning their statement took 0.3-1.2 ms every time)."""
    return rows(db, sql.format(keys="= ANY(CAST(:keys AS bigint[]))"), {**params, "keys": list(keys)}, prepare=True)


def execute_many(db: PgDatabase, sql: str, seq: Sequence[Any]) -> None:
    try:
        with db.conn.cursor() as cur:
            cur.executemany(pyformat(sql), [_params(p) for p in seq])
    except psycopg.Error as exc:
        raise translate_error(exc, db) from exc


# The store's writes are correct today because SQLite lets one writer in at a time (BEGIN
# IMMEDIATE): the search-order gaps, max(position) + 1, the same-person check. On a server every
# write transaction takes one advisory lock first, so those read-then-write steps stay right
# with desks writing at once; reads never wait for it. A check-in holds it for about a millisecond.
WRITE_LOCK = 0x484E4749


@contextlib.contextmanager
def write_transaction(db: PgDatabase) -> Iterator[PgDatabase]:
    """All or nothing, one writer at a time (WRITE_LOCK); nested blocks are savepoints."""
    outermost = not in_transaction(db)
    try:
        with db.conn.transaction():
            if outermost:
                db.conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            yield db
    except psycopg.Error as exc:
        raise translate_error(exc, db) from exc


@contextlib.contextmanager
def read_snapshot(db: PgDatabase) -> Iterator[PgDatabase]:
    """Reads that all see the database as of one moment (a desk copying the whole database)."""
    try:
        with db.conn.transaction():
            db.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield db
    except psycopg.Error as exc:
        raise translate_error(exc, db) from exc


def in_transaction(db: PgDatabase) -> bool:
    return db.conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE


# -- errors by SQLSTATE --------------------------------------------------------------------------

# What a person can act on; everything else (a constraint the store should have checked, a
# syntax error) is a bug and stays as it was.
_CLASSIFIED: dict[type[psycopg.Error], type[HoinghiError]] = {
    pg_errors.LockNotAvailable: DatabaseLocked,
    pg_errors.DeadlockDetected: DatabaseLocked,
    pg_errors.QueryCanceled: DatabaseLocked,
    pg_errors.ReadOnlySqlTransaction: DatabaseReadOnly,
    pg_errors.InsufficientPrivilege: DatabaseReadOnly,
    pg_errors.DiskFull: DatabaseFull,
}


def translate_error(exc: psycopg.Error, db: PgDatabase) -> Exception:
    for kind, typed in _CLASSIFIED.items():
        if isinstance(exc, kind):
            return typed(path=db.path, sqlite_error=getattr(exc, "sqlstate", ""), detail=str(exc).strip())
    if isinstance(exc, psycopg.OperationalError) and (db._conn is None or db._conn.closed):
        return ServerProblem("server_unreachable", path=db.path, detail=str(exc).strip() or type(exc).__name__)
    return exc


# -- what the engines spell differently ----------------------------------------------------------

SNIPPETS = {
    "aliases_joined": "string_agg({expr}, chr(31) ORDER BY {expr})",
}

# -- a desk's check-in in one round trip ---------------------------------------------------------

# Sent with server-side binding and prepared on the connection's first use: planning the
# check-in's statement took longer (1.4 ms) than running it (0.4 ms), and its lookups are all by
# key, so the cached plan is as good as a fresh one. Columns are named, never `*`: a prepared statement
# whose result changes shape with the table fails instead of being planned again.
_CHECK_IN_COLUMNS = ("id", "attendee_id", "conference_id", "topic_id", "checked_in_at", "desk", "method",
                     "undone_at", "undone_desk", "client_id", "double_of")
_COLUMNS = ", ".join(_CHECK_IN_COLUMNS)

# One statement for every check-in a desk sends, in the order the file's transaction decides:
# a client id already recorded is that check-in again (`sent`: nothing written); else the person
# (none: no row `x`), their live check-in (`already`, or with :keep_double a `double` beside it,
# undone as it arrives), else the topic's check and the insert (`fresh`: ON CONFLICT DO NOTHING,
# so the unique indexes decide between desks racing with the same person or the same client id);
# the audit entry of what was written; what the desk shows (the person as `attendee_select`
# reads them, and for a fresh check-in whom a substitute stands in for and the substitute of
# someone invited). Every part reads the statement's snapshot: `x` does not see the check-in made
# here (the caller takes it from the ck_ columns), and another desk's check-in that committed
# after the snapshot and made an insert do nothing is seen by no part (no outcome: ask again).
_CHECK_IN = """
WITH sent AS (SELECT @C FROM check_ins WHERE client_id = :client_id),
person AS (SELECT id, conference_id, replaces_id FROM attendees WHERE id = :a AND NOT EXISTS (SELECT 1 FROM sent)),
earlier AS (
    SELECT @C FROM check_ins WHERE attendee_id = :a AND coalesce(topic_id, 0) = :scope AND undone_at IS NULL
    AND EXISTS (SELECT 1 FROM person)),
allowed AS (
    SELECT p.id, p.conference_id FROM person p
    WHERE CAST(:t AS bigint) IS NULL
       OR EXISTS (SELECT 1 FROM topics t WHERE t.id = :t AND t.conference_id = p.conference_id)),
added AS (
    INSERT INTO check_ins (attendee_id, conference_id, topic_id, checked_in_at, desk, method, client_id)
    SELECT id, conference_id, :t, :at, :desk, :method, :client_id FROM allowed WHERE NOT EXISTS (SELECT 1 FROM earlier)
    ON CONFLICT DO NOTHING RETURNING @C),
doubled AS (
    INSERT INTO check_ins (attendee_id, conference_id, topic_id, checked_in_at, desk, method, client_id,
                           undone_at, undone_desk, double_of)
    SELECT attendee_id, conference_id, topic_id, :at, :desk, :method, :client_id, :now, :desk, id FROM earlier
    WHERE :keep_double
    ON CONFLICT DO NOTHING RETURNING @C),
logged AS (
    INSERT INTO audit (at, desk, action, entity, entity_id, conference_id, details)
    SELECT :now, :desk, 'check_in', 'attendee', attendee_id, conference_id,
           '{"topic_id": ' || coalesce(CAST(topic_id AS text), 'null') || ', "method": "' || method
           || '", "check_in_id": ' || CAST(id AS text) || '}' FROM added
    UNION ALL
    SELECT :now, :desk, 'double_check_in', 'attendee', attendee_id, conference_id,
           '{"topic_id": ' || coalesce(CAST(topic_id AS text), 'null') || ', "check_in_id": ' || CAST(id AS text)
           || ', "double_of": ' || CAST(double_of AS text) || '}' FROM doubled),
found AS (
    SELECT 'fresh' AS outcome, * FROM added
    UNION ALL SELECT 'double', * FROM doubled
    UNION ALL SELECT 'sent', * FROM sent
    UNION ALL SELECT 'already', * FROM earlier WHERE NOT :keep_double)
SELECT 'self' AS ck_role, (SELECT count(*) FROM allowed) AS ck_allowed, f.outcome AS ck_outcome, @F, x.*
FROM (VALUES (1)) o(one)
LEFT JOIN (SELECT * FROM found LIMIT 1) f ON true
LEFT JOIN (@A WHERE a.id = :a) x ON true
UNION ALL
SELECT 'replaces', NULL, NULL, @N, y.* FROM (@A WHERE a.id = (SELECT replaces_id FROM person)) y
WHERE EXISTS (SELECT 1 FROM added)
UNION ALL
SELECT 'replaced_by', NULL, NULL, @N, z.* FROM (@A WHERE a.id = (@S)) z
WHERE EXISTS (SELECT 1 FROM added)
"""


@functools.lru_cache(maxsize=4)
def _check_in_sql(attendee_select: str, substitute_select: str) -> str:
    return (_CHECK_IN.replace("@C", _COLUMNS).replace("@F", ", ".join(f"f.{c} AS ck_{c}" for c in _CHECK_IN_COLUMNS))
            .replace("@N", ", ".join(["NULL"] * len(_CHECK_IN_COLUMNS))).replace("@A", attendee_select)
            .replace("@S", substitute_select))


def check_in(db: PgDatabase, attendee_select: str, substitute_select: str,
             params: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Run the one-statement check-in (params: a, t, scope, at, desk, method, client_id,
    keep_double and now, the time of the audit entry and of a double's undoing). The rows by
    role: "self" always (its ck_outcome "fresh", "already", "double" or "sent", or None when the
    person is not there (`id` None), the topic is not theirs (`ck_allowed` 0) or another desk's
    check-in of them committed during the statement); for a fresh check-in "replaces" and
    "replaced_by" when there is such a person. `substitute_select` selects the id of the
    substitute of :a to show (checkins.SUBSTITUTE_OF)."""
    found = rows(db, _check_in_sql(attendee_select, substitute_select), params, prepare=True)
    return {r["ck_role"]: r for r in found}


# Undo in one statement: the live check-in marked undone (a second desk undoing the same one at
# once waits for the row, sees it undone and changes nothing) and its audit entry.
_UNDO = """
WITH undone AS (
    UPDATE check_ins SET undone_at = :at, undone_desk = :desk
    WHERE @W AND undone_at IS NULL RETURNING @C),
logged AS (
    INSERT INTO audit (at, desk, action, entity, entity_id, conference_id, details)
    SELECT :at, :desk, 'undo_check_in', 'attendee', attendee_id, conference_id,
           '{"check_in_id": ' || CAST(id AS text) || '}' FROM undone)
SELECT * FROM undone
"""

_UNDO_WHICH = {
    "person": "attendee_id = :a AND coalesce(topic_id, 0) = :scope",
    "last_at_desk": ("id = (SELECT id FROM check_ins WHERE conference_id = :c AND desk = :desk "
                     "AND undone_at IS NULL AND coalesce(topic_id, 0) = :scope ORDER BY id DESC LIMIT 1)"),
}


def undo_check_in(db: PgDatabase, which: str, params: dict[str, Any]) -> dict[str, Any] | None:
    """Undo the live check-in of a person (`which` "person": a, scope) or the latest of a desk
    ("last_at_desk": c, desk, scope), with `at` and `desk`; the undone row, or None."""
    sql = _UNDO.replace("@W", _UNDO_WHICH[which]).replace("@C", _COLUMNS)
    found = rows(db, sql, params, prepare=True)
    return found[0] if found else None
