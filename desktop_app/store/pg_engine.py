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
import re
import socket
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from desktop_app.domain.errors import (
    DatabaseFull,
    DatabaseLocked,
    DatabaseReadOnly,
    HoinghiError,
    ServerProblem,
)
from desktop_app.domain.locations import without_password
from desktop_app.store.pg_schema import PREFIX_LETTERS

CONNECT_TIMEOUT_S = 5
LOCK_TIMEOUT_MS = 15_000
IDLE_IN_TRANSACTION_MS = 15_000   # no transaction of ours waits on the program this long between statements


class PgDatabase:
    """A connection to a hoinghi database on a PostgreSQL server, with the desk and the clock,
    like engine.Database for a file. `path` is the address without its password."""

    engine = "postgresql"

    def __init__(self, conn: psycopg.Connection, url: str, *, desk: str = "",
                 clock: Callable[[], datetime] | None = None) -> None:
        self.conn = conn
        self.url = url
        self.path = without_password(url)
        self.desk = desk
        self.clock: Callable[[], datetime] = clock or datetime.now
        # Set on a window's own connection: a statement not answered within this many seconds
        # has its connection cut (cut()), so a silent network never holds the window for long.
        self.deadline_s: float | None = None
        self.settings: dict[str, Any] = {}   # the libpq settings it was opened with (reopen())

    def now(self) -> datetime:
        return self.clock().replace(microsecond=0)

    def close(self) -> None:
        self.conn.close()

    def execute(self, sql: str, params: Any = None) -> psycopg.Cursor:
        """As sqlite_utils.Database.execute: run one statement, return the cursor."""
        return cursor(self, sql, params)


def connect(url: str, *, desk: str = "", clock: Callable[[], datetime] | None = None,
            **settings: Any) -> PgDatabase:
    """Open a connection to the server at `url` (raises ServerProblem when it cannot be reached).
    `settings`: more libpq connection parameters (a desk's link: timeouts, TCP keepalives)."""
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
    conn.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}; SET TIME ZONE 'UTC'; SET random_page_cost = 1.1")
    if "options" not in settings:   # a desk's link sets its own, shorter
        # A program cut off in the middle of a transaction holds the shared write lock until the
        # server notices: end such a transaction after a while, so other desks can write again.
        conn.execute(f"SET idle_in_transaction_session_timeout = {IDLE_IN_TRANSACTION_MS}")
    db = PgDatabase(conn, url, desk=desk, clock=clock)
    db.settings = dict(settings)
    return db


def reopen(db: PgDatabase) -> PgDatabase:
    """A new connection like `db`'s (same address, desk and settings), for adopt(): on any thread."""
    return connect(db.url, desk=db.desk, clock=db.clock, **db.settings)


def adopt(db: PgDatabase, fresh: PgDatabase) -> None:
    """Let `db` go on over `fresh`'s connection, its own being lost (the server restarted, the
    network dropped): whoever holds `db` keeps it. Its old connection is closed."""
    old, db.conn = db.conn, fresh.conn
    with contextlib.suppress(psycopg.Error):
        old.close()


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
    with contextlib.suppress(OSError, psycopg.Error):
        fd = db.conn.pgconn.socket
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


def cursor(db: PgDatabase, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> psycopg.Cursor:
    timer = None
    if db.deadline_s is not None:
        timer = threading.Timer(db.deadline_s, cut, (db,))
        timer.daemon = True
        timer.start()
    try:
        return db.conn.execute(pyformat(sql), _params(params))
    except psycopg.Error as exc:
        raise translate_error(exc, db) from exc
    finally:
        if timer is not None:
            timer.cancel()


def rows(db: PgDatabase, sql: str, params: Any = None) -> list[dict[str, Any]]:
    cur = cursor(db, sql, params)
    if cur.description is None:
        return []
    keys = [d.name for d in cur.description]
    return [dict(zip(keys, row, strict=True)) for row in cur.fetchall()]


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
    if isinstance(exc, psycopg.OperationalError) and db.conn.closed:
        return ServerProblem("server_unreachable", path=db.path, detail=str(exc).strip() or type(exc).__name__)
    return exc


# -- what the engines spell differently ----------------------------------------------------------

SNIPPETS = {
    "aliases_joined": "string_agg({expr}, chr(31) ORDER BY {expr})",
}

_WORD_END = chr(0x10FFFF)   # sorts after every character in the "C" collation: w <= word < w + END


def _word_params(words: Sequence[str]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for i, word in enumerate(words):
        params[f"w{i}"], params[f"w{i}_end"] = word, word + _WORD_END
    return params




def _term(i: int, word: str, *, in_name: bool, named: Callable[[str], str]) -> str:
    """Rows p{i} of attendee_prefixes: the attendees with a word (of the name alone with
    `in_name`) that starts with `word`, in the conference's range; a word longer than the
    table's prefixes is checked in attendee_words."""
    test = (f"p{i}.prefix = {named(f'p{i}')} AND p{i}.name_only = {'true' if in_name else 'false'} "
            f"AND p{i}.search_rowid > {named('lo')} AND p{i}.search_rowid < {named('hi')}")
    if len(word) > PREFIX_LETTERS:
        name = f" AND w{i}.in_name" if in_name else ""
        test += (f" AND EXISTS (SELECT 1 FROM attendee_words w{i} WHERE w{i}.search_rowid = p{i}.search_rowid"
                 f"{name} AND w{i}.word >= {named(f'w{i}')} AND w{i}.word < {named(f'w{i}_end')})")
    return test


def _matching(words: Sequence[str], *, in_name: bool, named: Callable[[str], str] = lambda n: f"%({n})s") -> str:
    """SELECT p0.search_rowid of the attendees where every word is a prefix of one of their
    words: each word one range of attendee_prefixes, already in search_rowid (name) order, joined
    on the search rowid. The ranges are unique by search rowid (the table's key), so a plain join
    intersects them; written as EXISTS, PostgreSQL de-duplicated a whole range by hashing and
    sorted it (75 ms for "pho giam doc"). With the values in the statement (ClientCursor) the
    planner sees how many rows each prefix has: it merges the ordered ranges, or starts from the
    rarest and looks the others up, and stops after the LIMIT, as FTS5 does."""
    sql = "SELECT p0.search_rowid FROM attendee_prefixes p0"
    for i in range(1, len(words)):
        sql += f" JOIN attendee_prefixes p{i} ON p{i}.search_rowid = p0.search_rowid"
    return sql + " WHERE " + " AND ".join(
        _term(i, word, in_name=in_name, named=named) for i, word in enumerate(words))


def _word_params(lo: int, hi: int, words: Sequence[str]) -> dict[str, Any]:
    params: dict[str, Any] = {"lo": lo, "hi": hi}
    for i, word in enumerate(words):
        params[f"p{i}"] = word[:PREFIX_LETTERS]
        params[f"w{i}"], params[f"w{i}_end"] = word, word + _WORD_END
    return params


def matching_ranks(db: PgDatabase, in_name: bool, lo: int, hi: int, words: Sequence[str], limit: int) -> list[int]:
    """The file's FTS5 query over the prefix table: in name order, stopping after `limit`."""
    if not words:
        return []
    sql = f"{_matching(words, in_name=in_name)} ORDER BY p0.search_rowid LIMIT %(limit)s"
    params = {"limit": limit, **_word_params(lo, hi, words)}
    try:
        return [r[0] for r in db.conn.execute(sql, params).fetchall()]
    except psycopg.Error as exc:
        raise translate_error(exc, db) from exc


def search_condition(lo: int, hi: int, words: Sequence[str]) -> tuple[str, dict[str, Any]]:
    """For the attendee list's filter: the same words test, in the store's `:name` style."""
    if not words:
        return "(a.search_rowid > :lo AND a.search_rowid < :hi)", {"lo": lo, "hi": hi}
    return (f"a.search_rowid IN ({_matching(words, in_name=False, named=lambda n: f':{n}')})",
            _word_params(lo, hi, words))


# -- a desk's check-in in one round trip ---------------------------------------------------------

# One statement: the person, the topic's check, the insert (ON CONFLICT DO NOTHING: the unique
# index check_ins_live lets one live check-in per person and scope in, whoever races), its audit
# entry, and what the desk shows — the new check-in, or the earlier one with its time and desk —
# with the person as `attendee_select` reads them. Every part reads the statement's snapshot: the
# person's row `x` does not see the check-in made here (the caller takes it from the ck_ columns),
# and a check-in committed by another desk after the snapshot, which made the insert do nothing,
# is seen by no part (no ck_ row: the caller asks again).
_CHECK_IN = """
WITH person AS (SELECT id, conference_id FROM attendees WHERE id = :a),
allowed AS (
    SELECT p.id, p.conference_id FROM person p
    WHERE CAST(:t AS bigint) IS NULL
       OR EXISTS (SELECT 1 FROM topics t WHERE t.id = :t AND t.conference_id = p.conference_id)),
added AS (
    INSERT INTO check_ins (attendee_id, conference_id, topic_id, checked_in_at, desk, method)
    SELECT id, conference_id, :t, :at, :desk, :method FROM allowed
    ON CONFLICT DO NOTHING RETURNING *),
logged AS (
    INSERT INTO audit (at, desk, action, entity, entity_id, conference_id, details)
    SELECT :audit_at, :desk, 'check_in', 'attendee', attendee_id, conference_id,
           :details || CAST(id AS text) || '}}' FROM added),
found AS (
    SELECT true AS fresh, * FROM added
    UNION ALL
    SELECT false, * FROM check_ins
    WHERE attendee_id = :a AND coalesce(topic_id, 0) = :scope AND undone_at IS NULL)
SELECT (SELECT count(*) FROM allowed) AS ck_allowed, f.fresh AS ck_fresh, f.id AS ck_id,
       f.attendee_id AS ck_attendee_id, f.conference_id AS ck_conference_id, f.topic_id AS ck_topic_id,
       f.checked_in_at AS ck_checked_in_at, f.desk AS ck_desk, f.method AS ck_method,
       f.undone_at AS ck_undone_at, f.undone_desk AS ck_undone_desk, x.*
FROM ({attendee} WHERE a.id = :a) x
LEFT JOIN (SELECT * FROM found ORDER BY fresh DESC LIMIT 1) f ON true
"""


def check_in(db: PgDatabase, attendee_select: str, params: dict[str, Any]) -> dict[str, Any] | None:
    """Run the one-statement check-in (params: a, t, scope, at, desk, method, audit_at and
    details, the audit entry's JSON up to the check-in's id). The row, or None when there is no
    such person. `ck_id` is None when the topic is not theirs (`ck_allowed` 0) or when another
    desk's check-in of them committed during the statement."""
    found = rows(db, _CHECK_IN.format(attendee=attendee_select), params)
    return found[0] if found else None


# Undo in one statement: the live check-in marked undone (a second desk undoing the same one at
# once waits for the row, sees it undone and changes nothing) and its audit entry.
_UNDO = """
WITH undone AS (
    UPDATE check_ins SET undone_at = :at, undone_desk = :desk
    WHERE {which} AND undone_at IS NULL RETURNING *),
logged AS (
    INSERT INTO audit (at, desk, action, entity, entity_id, conference_id, details)
    SELECT :at, :desk, 'undo_check_in', 'attendee', attendee_id, conference_id,
           '{{"check_in_id": ' || CAST(id AS text) || '}}' FROM undone)
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
    found = rows(db, _UNDO.format(which=_UNDO_WHICH[which]), params)
    return found[0] if found else None
