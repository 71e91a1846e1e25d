"""The SQLite-specific corner of the store: connection settings, write transactions, FTS5 and
result rows. A server engine for several laptops would replace this module and the schema."""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import sys
import time
import weakref
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import sqlite_utils

from desktop_app.domain.errors import (
    DatabaseCannotOpen,
    DatabaseCorrupt,
    DatabaseFull,
    DatabaseIOError,
    DatabaseLocked,
    DatabaseReadOnly,
    HoinghiError,
    NotADatabase,
)
from desktop_app.store import handles

BUSY_TIMEOUT_MS = 15_000
T = TypeVar("T")
Params = Sequence[Any] | dict[str, Any] | None


class Database(sqlite_utils.Database):
    """A sqlite-utils database that also knows which desk is working and what time it is.

    Both are passed in when the database is opened, so nothing below the window reads a clock or
    a setting of its own; tests pass a fixed clock."""

    desk: str = ""
    clock: Callable[[], datetime] = datetime.now
    path: str = ""
    _release: Callable[[], Any] | None = None

    def now(self) -> datetime:
        return self.clock().replace(microsecond=0)

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self._release is not None:
                self._release()   # a weakref.finalize: releases the file once, whoever calls first


def connect(path: str, *, desk: str = "", clock: Callable[[], datetime] | None = None) -> Database:
    """Open a connection with the pragmas every connection of ours needs. The one place that
    opens a database for work; the file is registered as held by this process (handles.py) until
    the Database is closed or collected."""
    with handles.opening(path) as handle:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            _configure(conn, path)
        except BaseException:
            conn.close()
            raise
    db = Database(conn, execute_plugins=False)
    db._release = weakref.finalize(db, handles.release, handle)   # also for one dropped without close()
    db.desk = desk
    db.path = path
    if clock is not None:
        db.clock = clock
    return db


def _configure(conn: sqlite3.Connection, path: str) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    mode = _waiting_for_lock(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
    if str(mode).lower() != "wal" and path != ":memory:":
        conn.execute("PRAGMA journal_mode = DELETE")
    # A check-in reported done must survive a power cut: FULL syncs the WAL on every commit.
    conn.execute("PRAGMA synchronous = FULL")


def side_connection(target: str | os.PathLike[str], *, read_only: bool = False,
                    immutable: bool = False) -> sqlite3.Connection:
    """A short-lived plain connection (a check before opening, a copy's source or target).
    Through SQLite, never plain file I/O, so it is safe beside a held connection to the same file;
    the caller closes it."""
    if read_only:
        return sqlite3.connect(read_only_uri(Path(target), immutable=immutable), uri=True,
                               timeout=BUSY_TIMEOUT_MS / 1000)
    return sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000)


def is_busy(exc: sqlite3.Error) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED: another connection holds a lock we need."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    message = str(exc).lower()
    return "locked" in message or "busy" in message


def _waiting_for_lock(step: Callable[[], T]) -> T:
    """Run `step`, retrying while another connection holds a lock, for up to the busy timeout.

    SQLite's own busy handler covers almost every statement, but not all: switching a new file
    to WAL needs an exclusive lock and reports SQLITE_BUSY at once when another desk is opening
    the same new file at that moment."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.002
    while True:
        try:
            return step()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() + delay > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.1)


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """The URI that opens `path` for reading only (`immutable`: nor looks at its -wal and -shm)."""
    from urllib.parse import quote

    # bytes: a file name need not be valid UTF-8
    return f"file:{quote(os.fsencode(path.resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")


# SQLite's primary result codes (the low byte of an extended code, e.g. SQLITE_IOERR_WRITE) that a
# person can act on, and the typed error each becomes. Every other code is a bug and stays raw.
_CLASSIFIED: dict[int, type[HoinghiError]] = {
    sqlite3.SQLITE_BUSY: DatabaseLocked,
    sqlite3.SQLITE_LOCKED: DatabaseLocked,
    sqlite3.SQLITE_READONLY: DatabaseReadOnly,
    sqlite3.SQLITE_PERM: DatabaseReadOnly,
    sqlite3.SQLITE_FULL: DatabaseFull,
    sqlite3.SQLITE_IOERR: DatabaseIOError,
    sqlite3.SQLITE_CORRUPT: DatabaseCorrupt,   # SQLite's own checks found a page that makes no sense
    sqlite3.SQLITE_NOTADB: NotADatabase,
    sqlite3.SQLITE_CANTOPEN: DatabaseCannotOpen,
}
_IOERR_NOMEM = sqlite3.SQLITE_IOERR | (12 << 8)   # out of memory, not a disk: a bug like NOMEM


def translate_error(exc: sqlite3.Error, path: str | os.PathLike[str]) -> Exception:
    """SQLite's error for the database at `path` as our typed error, classified by its result
    code, never by its message; the error itself (to re-raise: a bug) when no one can act on it.

    Every typed error names the file (`path`) and keeps SQLite's code name and words for the log."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None or code == _IOERR_NOMEM:   # not from SQLite's C library, e.g. a misused cursor
        return exc
    kind = _CLASSIFIED.get(code & 0xFF)
    if kind is None:
        return exc
    details: dict[str, Any] = {"path": os.fspath(path), "sqlite_error": exc.sqlite_errorname, "detail": str(exc)}
    if kind is NotADatabase:
        details["reason"] = "not_sqlite"
    return kind(**details)


def raise_translated(exc: sqlite3.Error, path: str | os.PathLike[str]) -> NoReturn:
    """Raise `exc` translated (from it), or `exc` itself when it is a bug."""
    translated = translate_error(exc, path)
    if translated is exc:
        raise exc
    raise translated from exc


def _roll_back(conn: sqlite3.Connection, statement: str) -> None:
    """Undo what a failed block wrote. SQLite may already have rolled the whole transaction back
    itself (after FULL or IOERR); a rollback that fails too leaves the first error to be told."""
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute(statement)


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """All-or-nothing writes. The write lock is taken at the start (BEGIN IMMEDIATE), so two desks
    never deadlock upgrading a read to a write; nested blocks become savepoints.

    An SQLite error inside the block (a full disk under an INSERT) rolls it back and comes out
    translated (translate_error); one that nobody can act on comes out as it was, a bug."""
    if _on_server(db):
        with _pg().write_transaction(db):
            yield db
        return
    conn = db.conn
    if conn.in_transaction:
        name = f"sp_{secrets.token_hex(6)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                _roll_back(conn, f"ROLLBACK TO SAVEPOINT {name}")
                _roll_back(conn, f"RELEASE SAVEPOINT {name}")
            raise
        else:
            conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise_translated(exc, db.path)
    try:
        yield db
    except sqlite3.Error as exc:
        _roll_back(conn, "ROLLBACK")
        raise_translated(exc, db.path)
    except BaseException:
        _roll_back(conn, "ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _roll_back(conn, "ROLLBACK")
        raise_translated(exc, db.path)


def abandon_open_transaction(db: Database) -> bool:
    """After a bug interrupted a write half-way: roll back what it left undone, so the connection
    is usable again. Every earlier operation committed on its own and is kept. True if there was
    something to roll back."""
    if not in_transaction(db):
        return False
    db.conn.rollback()
    return True


# The store's statements go through these four, so an error SQLite reports for any of them (a
# disk error under a search, a full disk under an INSERT) comes out typed and naming the file.


def _on_server(db: Any) -> bool:
    return getattr(db, "engine", "sqlite") == "postgresql"


on_server = _on_server


def interrupt(db: Database) -> None:
    """Stop the statement running on `db` now (from another thread): it fails and rolls back."""
    if _on_server(db):
        cancel = getattr(db.conn, "cancel_safe", None) or db.conn.cancel
        cancel()
        return
    db.conn.interrupt()


def stop_when(db: Database, cancelled: Callable[[], bool]) -> None:
    """Also stop a statement that starts after `cancelled()` turns true (SQLite asks every few
    thousand steps; a server's statement is stopped by `interrupt`)."""
    if not _on_server(db):
        db.conn.set_progress_handler(lambda: 1 if cancelled() else 0, 5_000)


def is_interrupted(exc: BaseException) -> bool:
    """The error a statement stopped by `interrupt` ends with, on either engine."""
    if isinstance(exc, sqlite3.OperationalError):
        return "interrupt" in str(exc).lower()
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(exc, psycopg.errors.QueryCanceled)


def max_parameters(db: Database) -> int:
    """How many parameters one statement may carry."""
    if _on_server(db):
        return 65_535
    return int(db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))


# Bits of SQL that the engines spell differently, by name; `{expr}` is filled in by the caller.
_SNIPPETS = {
    "aliases_joined": "group_concat({expr}, char(31))",   # a list in one text, joined by U+001F
}


def snippet(db: Database, name: str, **parts: str) -> str:
    table = _pg().SNIPPETS if _on_server(db) else _SNIPPETS
    return table[name].format(**parts)


def matching_ranks(db: Database, index: str, conference_id: int, words: Sequence[str], limit: int) -> list[int]:
    """Search rowids (name order) of the attendees of a conference where every word is the prefix
    of a word of the name (index "attendee_names_fts") or of any field ("attendees_fts"), the
    first `limit` of them."""
    if index not in SEARCH_INDEXES:
        raise ValueError(index)
    from desktop_app.store.ranks import conference_range

    lo, hi = conference_range(conference_id)
    if _on_server(db):
        from desktop_app.store import pg_search

        return pg_search.matching_ranks(db, index == SEARCH_INDEXES[0], lo, hi, words, limit)
    match = fts_prefix_query(words)
    if index == "attendees_fts":
        # A code only whole: its words exactly, not as prefixes. People found by a prefix of their
        # code were read and thrown away round after round ("6cg" at 1,000,000 people: 5 ms, the
        # slowest queries of the benchmark).
        exact = " ".join(f'"{w}"' for w in words if w)
        match = f"{{{' '.join(DESK_SEARCH_COLUMNS)}}} : ({match}) OR code_folded : ({exact})"
    return [r["rowid"] for r in rows(
        db,
        f"SELECT rowid FROM {index} WHERE {index} MATCH :match AND rowid > :lo AND rowid < :hi "
        "ORDER BY rowid LIMIT :limit",
        {"match": match, "lo": lo, "hi": hi, "limit": limit},
    )]


def search_tiers(db: Database, conference_id: int, words: Sequence[str], limit: int, slack: int, sql: str,
                 params: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The desk's two tiers (names, then any field: up to `limit` - `slack` people and `slack`
    more, the second without the first's) with their people, on a server in one round trip:
    `sql` reads the people `FROM {tiers}`, a row source `t` of each one's tier (1, 2) and search
    rowid. None on a file, which asks matching_ranks tier by tier in-process."""
    if not _on_server(db):
        return None
    from desktop_app.store import pg_search
    from desktop_app.store.ranks import conference_range

    lo, hi = conference_range(conference_id)
    return pg_search.search_tiers(db, lo, hi, words, limit, slack, sql, params)


def search_condition(db: Database, conference_id: int, words: Sequence[str]) -> tuple[str, dict[str, Any]]:
    """A condition on `a.search_rowid` (and its parameters): every word is the prefix of a word
    of some field of attendee `a`."""
    from desktop_app.store.ranks import conference_range

    lo, hi = conference_range(conference_id)
    if _on_server(db):
        from desktop_app.store import pg_search

        return pg_search.search_condition(lo, hi, words)
    return ("a.search_rowid IN (SELECT rowid FROM attendees_fts WHERE attendees_fts MATCH :match "
            "AND rowid > :lo AND rowid < :hi)", {"match": fts_prefix_query(words), "lo": lo, "hi": hi})


def _pg() -> Any:
    """The PostgreSQL engine, imported on first use: psycopg takes 0.2 s to import, which a
    desk working on a file should not pay at start."""
    from desktop_app.store import pg_engine

    return pg_engine


def is_integrity_error(exc: BaseException) -> bool:
    """A constraint said no (a second live check-in, a code taken), on either engine."""
    if isinstance(exc, sqlite3.IntegrityError):
        return True
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(exc, psycopg.IntegrityError)


def rows(db: Database, sql: str, params: Params = None) -> list[dict[str, Any]]:
    """Run a parameterised query and return its rows as dicts."""
    if _on_server(db):
        return _pg().rows(db, sql, params)
    try:
        cursor = db.conn.execute(sql, params if params is not None else ())
        keys = [d[0] for d in cursor.description]
        return [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]
    except sqlite3.Error as exc:
        raise_translated(exc, db.path)


def rows_by_keys(db: Database, sql: str, keys: Sequence[int], params: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of `sql`, where `{keys}` stands for "is one of `keys`" (`a.id {keys}`): on a
    server one prepared statement whatever the keys, planned once per connection."""
    if _on_server(db):
        return _pg().rows_by_keys(db, sql, keys, params)
    named = {f"k{i}": key for i, key in enumerate(keys)}
    return rows(db, sql.format(keys=f"IN ({', '.join(f':{name}' for name in named)})"), {**params, **named})


def one(db: Database, sql: str, params: Params = None) -> dict[str, Any] | None:
    if _on_server(db):
        found = _pg().rows(db, sql, params)
        return found[0] if found else None
    try:
        cursor = db.conn.execute(sql, params if params is not None else ())
        row = cursor.fetchone()
    except sqlite3.Error as exc:
        raise_translated(exc, db.path)
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def scalar(db: Database, sql: str, params: Params = None) -> Any:
    if _on_server(db):
        row = _pg().cursor(db, sql, params).fetchone()
        return None if row is None else row[0]
    try:
        row = db.conn.execute(sql, params if params is not None else ()).fetchone()
    except sqlite3.Error as exc:
        raise_translated(exc, db.path)
    return None if row is None else row[0]


def execute(db: Database, sql: str, params: Params = None) -> Any:
    """Run a statement; the cursor (fetchone, fetchall, rowcount) on either engine."""
    if _on_server(db):
        return _pg().cursor(db, sql, params)
    try:
        return db.conn.execute(sql, params if params is not None else ())
    except sqlite3.Error as exc:
        raise_translated(exc, db.path)


def execute_many(db: Database, sql: str, seq: Sequence[Params]) -> None:
    if _on_server(db):
        _pg().execute_many(db, sql, seq)
        return
    try:
        db.conn.executemany(sql, seq)
    except sqlite3.Error as exc:
        raise_translated(exc, db.path)


def insert_returning_id(db: Database, sql: str, params: Params = None) -> int:
    """Run an INSERT of one row and return its id (both engines know RETURNING)."""
    return int(scalar(db, sql + " RETURNING id", params))


def in_transaction(db: Database) -> bool:
    return _pg().in_transaction(db) if _on_server(db) else db.conn.in_transaction


def data_version(db: Database) -> int:
    """Changes when another connection commits: cheap to poll for other desks' check-ins."""
    if _on_server(db):
        return int(scalar(db, "SELECT hoinghi_data_version()"))
    return int(scalar(db, "PRAGMA data_version"))


def fts_prefix_query(words: Sequence[str]) -> str:
    """An FTS5 query where every (already folded) word must match as a word prefix."""
    return " ".join(f'"{w}"*' for w in words if w)


# The search indexes, keyed by each attendee's search rowid (see ranks.py) so that matches come
# out in name order. Two FTS5 tables over the folded columns of `attendees`, which they use as
# external content (they store only the index, not a second copy of the text):
#   attendee_names_fts  the name alone: the desk's first tier ("people whose name holds every
#                       word") without scanning the position and unit words of everyone;
#   attendees_fts       every field: the second tier ("cao loc", "so tu phap", codes).
# detail=column keeps no word positions (the search needs none) and makes the lists it reads
# about a quarter smaller. Prefix indexes up to six letters ("nguyen", "chuyen", "lang") let a
# prefix query read a ready list and stop at the first 50 instead of merging the lists of every
# word that starts that way (half the rows hold "lang" or "chuyen"). The price: inserts into the
# index take about 40 % longer. Measured at 100,000 attendees in benchmarks/bench_search.py.
SEARCH_INDEXES = ("attendee_names_fts", "attendees_fts")
DESK_SEARCH_COLUMNS = ("name_folded", "position_folded", "unit_folded")   # searched by prefix; the code whole


def optimize_search_indexes(db: Database) -> None:
    """Merge each index into one segment: after a bulk insert (an import, the demo) queries read
    one b-tree instead of dozens. Seconds at 100,000 attendees; a no-op when already merged.
    On a server: fresh statistics for the planner instead, of the check-ins too (without them
    the planner took a conference's thousands of check-ins for one row, and joining them to 50
    found people took 20 ms instead of 0.2)."""
    if _on_server(db):
        tables = "attendees, attendee_words, attendee_prefixes, check_ins"
        if _pg().in_transaction(db):
            execute(db, f"ANALYZE {tables}")
        else:
            # Outside a transaction (after a copy to a server): VACUUM too, which marks the new
            # rows visible to all in the visibility map. Until then every index-only scan of the
            # search reads the table as well: a server just filled by a copy searched at p95
            # 54 ms instead of a few, until autovacuum came by.
            execute(db, f"VACUUM (ANALYZE) {tables}")
        return
    for index in SEARCH_INDEXES:
        db.conn.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")


def backup_to(db: Database, target: str) -> None:
    """Copy the whole database, consistently, with SQLite's online backup API.

    Inside a write transaction the copy is read through a second connection: it sees the last
    committed state, which is what a backup taken "before" a change must hold. (Reading through
    a connection that is writing makes every backup step report SQLITE_LOCKED, and Python's
    backup() retries that forever.)

    A server's database is copied row by row into a new file of this program (copying.py)."""
    if _on_server(db):
        from desktop_app.store.copying import copy_database
        from desktop_app.store.database import open_database

        copy = open_database(target, desk=db.desk)
        try:
            copy_database(db, copy)
        finally:
            copy.close()
        return
    dest = side_connection(target)
    try:
        if db.conn.in_transaction and db.path and db.path != ":memory:":
            source = side_connection(db.path)
            try:
                source.backup(dest)
            finally:
                source.close()
        else:
            db.conn.backup(dest)
        # A copy is one self-contained file: opening it read-only leaves no -wal/-shm beside it.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


_ORDERED_TABLES = frozenset({"sections", "topics"})


def renumber(db: Database, table: str, ids: Sequence[int]) -> None:
    """Give the rows `ids` of an ordered table the positions 1, 2, 3, … in that order."""
    if table not in _ORDERED_TABLES:
        raise ValueError(table)
    for position, row_id in enumerate(ids, start=1):
        execute(db, f"UPDATE {table} SET position = :p WHERE id = :id", {"p": position, "id": row_id})


def moved(ids: Sequence[int], item: int, new_position: int) -> list[int]:
    """`ids` with `item` moved to the 1-based `new_position` (clamped)."""
    rest = [i for i in ids if i != item]
    index = max(0, min(new_position - 1, len(rest)))
    rest.insert(index, item)
    return rest


@contextlib.contextmanager
def waiting_at_most(db: Database, ms: int) -> Iterator[Database]:
    """A shorter busy timeout for the statements inside: a desk acting on the GUI thread hears
    at once that another desk is writing (DatabaseLocked) and tries again later, instead of
    freezing for up to BUSY_TIMEOUT_MS. On a server: its lock timeout (0: no limit)."""
    if _on_server(db):
        execute(db, f"SET lock_timeout = {int(ms)}")
        try:
            yield db
        finally:
            execute(db, f"SET lock_timeout = {int(_pg().LOCK_TIMEOUT_MS)}")
        return
    db.conn.execute(f"PRAGMA busy_timeout = {int(ms)}")
    try:
        yield db
    finally:
        db.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
