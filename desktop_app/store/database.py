"""Opening a database file: refuse what is not ours or too new (touching nothing), back up and
migrate what is older, create what does not exist yet."""

from __future__ import annotations

import os
import sqlite3
import struct
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from desktop_app.domain.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseTooNew,
    FileProblem,
    NotADatabase,
)
from desktop_app.domain.files import fsync_file
from desktop_app.domain.locations import is_server_address
from desktop_app.domain.validation import validate_desk
from desktop_app.store import audit, backup, engine, handles, units
from desktop_app.store.engine import Database, connect, translate_error, write_transaction
from desktop_app.store.migrations import (
    APPLICATION_ID,
    KNOWN_MIGRATIONS,
    MIGRATION_SET,
    SCHEMA_VERSION,
    migrations,
)

_SQLITE_MAGIC = b"SQLite format 3\x00"


def open_database(
    path: str | os.PathLike[str],
    *,
    create: bool = True,
    desk: str = "",
    clock: Callable[[], datetime] | None = None,
) -> Database:
    """Open (or create) a hoinghi database, migrated to the current schema.

    Raises NotADatabase, DatabaseTooNew, DatabaseCorrupt, DatabaseReadOnly or DatabaseMissing;
    in every refusal the file is left byte-for-byte as it was. A `postgresql://` address opens
    the database on that server instead (server_database.py)."""
    if is_server_address(path):
        from desktop_app.store.server_database import open_server_database

        return open_server_database(str(path), desk=desk, clock=clock)  # type: ignore[return-value]
    path = Path(path)
    desk = validate_desk(desk)
    if path.is_dir():
        raise NotADatabase("database_is_folder", path=str(path))
    existing = path.exists() and path.stat().st_size > 0
    if not existing and not create:
        # An empty file holds nothing, but opening it as a database is rarely what was meant
        # (a copy that failed, the wrong file): say so rather than quietly starting afresh.
        raise DatabaseMissing("database_empty" if path.exists() else None, path=str(path))
    applied: tuple[str, ...] = ()
    if existing:
        applied = inspect(path)
        _check_writable(path)
    elif not path.parent.exists():
        raise DatabaseMissing("database_folder_missing", path=str(path), folder=str(path.parent))
    db: Database | None = None
    try:
        db = connect(str(path), desk=desk, clock=clock)
        _migrate(db, path, back_up_first=bool(applied))
    except BaseException as exc:
        if db is not None:
            db.close()   # a refused file is not left held by a connection nobody will close
        if not isinstance(exc, sqlite3.Error):
            raise
        if existing and _cannot_open(exc):  # a sound file whose folder takes no new files (-wal, -shm)
            raise DatabaseReadOnly(path=str(path), detail=str(exc)) from exc
        raise translate_error(exc, path) from exc
    return db


def _cannot_open(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF == sqlite3.SQLITE_CANTOPEN
    return "unable to open" in str(exc).lower()


def _migrate(db: Database, path: Path, *, back_up_first: bool) -> None:
    """Apply pending migrations under the write lock. Desks that open the same file at once
    (a new shared file, or an older one after an update) wait for the first; it backs up and
    migrates, the others find nothing left to do."""
    if not migrations.pending(db):
        return
    with write_transaction(db):
        if not migrations.pending(db):
            return
        new = not migrations.applied(db)
        if back_up_first:
            backup.rolling_backup(db, path, reason=f"before-v{SCHEMA_VERSION}")
        migrations.apply(db)
        if new:  # a new database starts with the shipped unit catalogs, so units match at once
            units.ensure_default_catalogs(db)


def inspect(path: Path, *, _rolled_back: bool = False) -> tuple[str, ...]:
    """The migrations applied to an existing file, read without writing anything to it, nor
    beside it: with no -wal, -shm or -journal file there, the file holds everything and is read
    as immutable, so no -shm is created next to a file that is then refused. (The one write:
    a hot journal left by a cut-short commit is rolled back first, as SQLite would on any open.)"""
    _check_header(path)
    real = path.resolve()   # SQLite keeps the log beside the file a link points to
    alone = not any(Path(f"{real}{suffix}").exists() for suffix in ("-wal", "-shm", "-journal"))
    try:
        conn = engine.side_connection(path, read_only=True, immutable=alone)
    except sqlite3.Error as exc:
        raise _reading_failed(exc, path) from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if "_sqlite_migrations" not in tables:
            if tables:  # some other program's database
                raise NotADatabase(path=str(path), reason="foreign")
            return ()
        applied = tuple(
            r[0] for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                (MIGRATION_SET,),
            )
        )
    except sqlite3.DatabaseError as exc:
        # Another program writing to a file in rollback-journal mode locks out even readers:
        # that is "busy, try again", never "damaged, restore a backup".
        if engine.is_busy(exc):
            raise DatabaseLocked(path=str(path), detail=str(exc)) from exc
        # A sound header but no way to read the log beside it (no -shm, and a folder that takes
        # no new files): read-only, not damaged.
        if _cannot_open(exc):
            raise DatabaseReadOnly(path=str(path), detail=str(exc)) from exc
        # A commit cut short in rollback-journal mode left a hot journal: a read-only reader may
        # not roll it back. Any read-write open does (SQLite's own recovery), then read again.
        if getattr(exc, "sqlite_errorcode", None) == _READONLY_ROLLBACK and not _rolled_back:
            _roll_back_hot_journal(path)
            return inspect(path, _rolled_back=True)
        raise _reading_failed(exc, path) from exc
    finally:
        conn.close()
    if not applied and tables - {"_sqlite_migrations"}:
        raise NotADatabase(path=str(path), reason="foreign")
    unknown = [name for name in applied if name not in KNOWN_MIGRATIONS]
    if unknown or len(applied) > SCHEMA_VERSION:
        raise DatabaseTooNew(path=str(path), found=len(applied), supported=SCHEMA_VERSION)
    if applied and app_id not in (0, APPLICATION_ID):
        raise NotADatabase(path=str(path), reason="foreign")
    return applied


def _reading_failed(exc: sqlite3.Error, path: Path) -> Exception:
    """Why a file could not be read before opening: a disk or log that fails (IOERR, FULL,
    CANTOPEN…) says so; "damaged" only when SQLite itself found the file's structure broken
    (CORRUPT, NOTADB, or an error it gives no code for)."""
    translated = engine.translate_error(exc, path)
    if translated is exc or isinstance(translated, NotADatabase):
        return DatabaseCorrupt(path=str(path), detail=str(exc))
    return translated


_READONLY_ROLLBACK = 776   # SQLITE_READONLY_ROLLBACK: a hot journal that a read-only reader cannot roll back


def _roll_back_hot_journal(path: Path) -> None:
    """Open the file read-write once so SQLite rolls the hot journal back; a folder or file that
    cannot be written is read-only (nothing else may undo the half-made commit)."""
    try:
        conn = engine.side_connection(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if engine.is_busy(exc):
            raise DatabaseLocked(path=str(path), detail=str(exc)) from exc
        raise DatabaseReadOnly(path=str(path), detail=str(exc)) from exc


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite or is cut short, before SQLite is trusted with it.

    The header is read with plain file I/O, so only while no connection of this process holds
    the file (handles.py says why): a held file was checked when it was first opened, and from
    then on SQLite reads it under its own locks and reports damage itself."""
    with handles.plain_read(path) as allowed:
        if not allowed:
            return
        try:
            with open(path, "rb") as f:
                header = f.read(100)
        except PermissionError as exc:
            raise DatabaseReadOnly(path=str(path), reason="unreadable") from exc
    _check_header_bytes(path, header)


def _check_header_bytes(path: Path, header: bytes) -> None:
    if not header.startswith(_SQLITE_MAGIC):
        raise NotADatabase(path=str(path), reason="not_sqlite")
    if len(header) < 100:
        raise DatabaseCorrupt(path=str(path), reason="truncated")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    size = path.stat().st_size
    if page_size < 512 or size % page_size:
        raise DatabaseCorrupt(path=str(path), reason="truncated")
    # A file shorter than its header says is cut off, unless a checkpoint was interrupted: it
    # copies the write-ahead log into the file page by page, the first page (this header, with
    # the new size) first, so a desk switched off at that moment leaves a short file and the
    # whole log beside it, and SQLite finishes the copy from the log on the next open.
    wal = Path(f"{path.resolve()}-wal")   # beside the real file when `path` is a link
    interrupted_checkpoint = header[18] == 2 and wal.is_file() and wal.stat().st_size > 32
    if valid_for == change_counter and pages and size < pages * page_size and not interrupted_checkpoint:
        raise DatabaseCorrupt(path=str(path), reason="truncated")


def _check_writable(path: Path) -> None:
    # WAL needs to create -wal and -shm files beside the database, so the folder must be
    # writable too.
    # A file marked read-only is treated as such even by an administrator (root ignores the bits).
    marked_read_only = not path.stat().st_mode & 0o222
    if marked_read_only or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseReadOnly(path=str(path))


def schema_version(db: Database) -> int:
    if getattr(db, "engine", "sqlite") == "postgresql":
        from desktop_app.store.server_database import schema_version as server_version

        return server_version(db)  # type: ignore[arg-type]
    return len(migrations.applied(db))


# ---------------------------------------------------------------------------------------------
# Restoring a backup
# ---------------------------------------------------------------------------------------------


class Restored(NamedTuple):
    db: Database
    previous_state: Path | None  # where the database as it was before the restore is kept
    source_version: int


def check_backup_file(source: str | os.PathLike[str]) -> int:
    """The schema version of a backup file, after making sure this program can use it.

    Raises FileProblem("backup_unusable", reason=…) for a missing, foreign, newer, empty or
    damaged file (the reason is the code the file would get if opened as a database)."""
    source = Path(source)
    try:
        if source.is_dir():
            raise NotADatabase("database_is_folder", path=str(source))
        if not source.is_file():
            raise DatabaseMissing(path=str(source))
        if source.stat().st_size == 0:
            raise DatabaseMissing("database_empty", path=str(source))
        applied = inspect(source)
        if not applied:  # an SQLite file with nothing of ours in it
            raise NotADatabase(path=str(source), reason="foreign")
        _quick_check(source)
    except (NotADatabase, DatabaseTooNew, DatabaseCorrupt, DatabaseMissing) as error:
        raise FileProblem("backup_unusable", path=str(source), reason=error.code) from error
    return len(applied)


def _quick_check(path: Path) -> None:
    conn = engine.side_connection(path, read_only=True)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise _reading_failed(exc, path) from exc
    finally:
        conn.close()
    if result != "ok":
        raise DatabaseCorrupt(path=str(path), detail=result)


def restore_database(
    path: str | os.PathLike[str],
    source: str | os.PathLike[str],
    *,
    desk: str = "",
    clock: Callable[[], datetime] | None = None,
) -> Restored:
    """Make the database at `path` a copy of the backup `source`, keeping what was there first.

    The backup is checked before anything is touched. A usable current database is backed up
    (a rolling backup "before-restore") and then overwritten through the backup API, in one
    write transaction, so desks that have it open simply see the restored content. A damaged
    or foreign file at `path` is moved aside into the backups folder as "*.replaced" (never
    pruned) and replaced. An older backup is then migrated as any older file is."""
    path, source = Path(path), Path(source)
    version = check_backup_file(source)
    if path.exists() and backup.same_file(source, path):
        raise FileProblem("restore_onto_itself", path=str(path))
    try:
        current: Database | None = open_database(path, create=False, desk=desk, clock=clock)
    except (DatabaseCorrupt, NotADatabase, DatabaseTooNew, DatabaseMissing):
        current = None  # nothing usable to restore into: the file is replaced instead
    if current is not None:
        previous = backup.rolling_backup(current, path, reason="before-restore")
        try:
            backup.restore_into(current, source)
        except sqlite3.Error as exc:
            raise translate_error(exc, path) from exc
        finally:
            current.close()
    else:
        previous = _set_aside(path)
        _replace_with_copy(path, source)
    db = open_database(path, create=False, desk=desk, clock=clock)
    audit.record(db, "restore", "database", None, source=str(source), source_version=version,
                 previous_state=str(previous) if previous else None)
    return Restored(db, previous, version)


def _set_aside(path: Path) -> Path | None:
    """Move a file that cannot be opened (and its -wal or -journal, which belong to it and would
    be replayed into the restored file) into the backups folder, untouched, as "*.replaced"."""
    wal = path.with_name(path.name + "-wal")
    journal = path.with_name(path.name + "-journal")
    has_content = path.exists() and path.stat().st_size > 0
    if not has_content and not wal.exists():
        return None
    folder = backup.backups_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / f"{path.stem}-{datetime.now():%Y%m%d-%H%M%S-%f}-before-restore.replaced"
    if has_content:
        os.replace(path, kept)
    if wal.exists():
        os.replace(wal, kept.with_name(kept.name + "-wal"))
    if journal.exists():
        os.replace(journal, kept.with_name(kept.name + "-journal"))
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    return kept if has_content else None


def _replace_with_copy(path: Path, source: Path) -> None:
    tmp = path.with_name(f".{path.name}.restoring")
    tmp.unlink(missing_ok=True)
    src = engine.side_connection(source, read_only=True)
    dest = engine.side_connection(tmp)
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()
    fsync_file(tmp)
    os.replace(tmp, path)
