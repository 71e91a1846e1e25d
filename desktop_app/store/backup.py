"""Backup copies through SQLite's online backup API: consistent even while desks keep writing.

Rolling (automatic) backups go into a folder beside the database, "<name>-backups/", named
"<name>-<YYYYmmdd-HHMMSS-ffffff>-<reason>.sqlite"; the newest KEEP are kept. The store takes one
before a migration (database.py), before deleting a conference (conferences.py) and before
deleting many attendees at once (attendees.delete_attendees). Other risky changes call
`backup_before(db, "import")` first: the spreadsheet import does, before it adds a list.

A copy is written to a hidden ".partial" file, synced, then renamed over its target, so a
crash leaves either no copy or a complete one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from desktop_app.domain.errors import FileProblem
from desktop_app.domain.files import fsync_file
from desktop_app.domain.models import BackupCopy
from desktop_app.store.engine import Database, backup_to, on_server, side_connection

KEEP = 10
_STAMP = "%Y%m%d-%H%M%S-%f"
_STALE_PARTIAL_S = 3600  # a partial copy this old belongs to a process that died


def backups_dir(db_path: str | os.PathLike[str]) -> Path:
    p = Path(db_path)
    return p.parent / f"{p.stem}-backups"


def backup_copy(db: Database, target: str | os.PathLike[str]) -> Path:
    """Write a complete copy of the database to `target`, replacing it only when complete. A folder
    gets a copy inside it named like the automatic ones ("<name>-<time>-manual.sqlite").

    Raises FileProblem: "backup_onto_itself" when `target` is the database (or its -wal, -shm),
    "cannot_write" when the folder is missing or the copy cannot be written there."""
    target = Path(target)
    if target.is_dir():
        target = _fresh_name(target, Path(db.path), "manual")
    elif db.path and is_database_file(db.path, target):
        raise FileProblem("backup_onto_itself", path=str(target))
    if not target.parent.is_dir():
        raise FileProblem("cannot_write", path=str(target), reason="folder_missing", folder=str(target.parent))
    try:
        _write_copy(db, target)
    except PermissionError as exc:
        raise FileProblem("cannot_write", path=str(target), reason="no_permission") from exc
    except (OSError, sqlite3.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise FileProblem("cannot_write", path=str(target), reason=reason) from exc
    return target


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two names lead to one file (relative or absolute, through links, other case)."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return Path(a).resolve() == Path(b).resolve()


def is_database_file(db_path: str | os.PathLike[str], path: str | os.PathLike[str]) -> bool:
    """Whether `path` is the database at `db_path` or one of the files SQLite keeps beside it."""
    real = os.fspath(Path(db_path).resolve())   # SQLite keeps its files beside the file a link points to
    return any(same_file(path, f"{name}{suffix}") for name in (os.fspath(db_path), real)
               for suffix in ("", "-wal", "-shm", "-journal"))


def _write_copy(db: Database, target: Path) -> None:
    tmp = target.with_name(f".{target.name}.partial")
    if tmp.exists():
        tmp.unlink()
    try:
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY))  # a refused folder: an OSError that says why
        backup_to(db, str(tmp))
        fsync_file(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    finally:
        if tmp.exists():
            tmp.unlink()


def _fresh_name(folder: Path, db_path: Path, reason: str) -> Path:
    """"<name>-<YYYYmmdd-HHMMSS-ffffff>-<reason>.sqlite" in `folder`, not yet taken."""
    while True:
        target = folder / f"{db_path.stem}-{datetime.now().strftime(_STAMP)}-{reason}.sqlite"
        if not target.exists():  # two copies in the same microsecond: never overwrite one
            return target
        time.sleep(0.001)


def rolling_backup(
    db: Database, db_path: str | os.PathLike[str] | None = None, *, reason: str, keep: int = KEEP
) -> Path:
    """A timestamped copy in the backups folder; older copies beyond `keep` are removed.

    Raises FileProblem("backup_failed") when the copy cannot be written (disk full, read-only
    folder): the caller must not go on with the change it wanted to protect. A server's database
    is copied into a file (backup_to) in a folder of the user's (server_stand_in)."""
    db_path = server_stand_in(db) if on_server(db) else Path(db_path or db.path)
    folder = backups_dir(db_path)
    safe_reason = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "-" for ch in reason)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _fresh_name(folder, db_path, safe_reason)
        _write_copy(db, target)
    except (OSError, sqlite3.Error) as exc:
        raise FileProblem("backup_failed", path=str(folder), detail=str(exc)) from exc
    _prune(db_path, keep, keep_also=target)
    return target


def backup_before(db: Database, change: str) -> Path | None:
    """The rolling backup to take before a change that is hard to undo ("import",
    "delete-attendees", …). None for a database that is not a file (tests in memory)."""
    if not db.path or db.path == ":memory:" or db.path.startswith("file::memory:"):
        return None
    return rolling_backup(db, reason=f"before-{change}")


def server_stand_in(db: Database) -> Path:
    """The file name a server's database goes by for its backups, which then lie beside it as a
    file's do ("<name>-backups/"): one name per server and database, under ~/hoinghi/server-backups
    (`HOINGHI_SERVER_BACKUPS` names another folder)."""
    from urllib.parse import urlsplit

    parts = urlsplit(getattr(db, "url", db.path))
    name = f"{parts.hostname or 'server'}-{parts.port or 5432}-{parts.path.strip('/') or 'hoinghi'}"
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in name)
    parent = os.environ.get("HOINGHI_SERVER_BACKUPS") or str(Path.home() / "hoinghi" / "server-backups")
    return Path(parent) / f"{safe}.sqlite"


def list_backups(db_path: str | os.PathLike[str]) -> list[Path]:
    """Automatic backups of a database, newest first (other files in the folder are ignored)."""
    return [b.path for b in backup_history(db_path)]


def backup_history(db_path: str | os.PathLike[str]) -> list[BackupCopy]:
    """Automatic backups of a database with when and why each was taken, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    pattern = re.compile(rf"^{re.escape(Path(db_path).stem)}-(\d{{8}}-\d{{6}}-\d{{6}})-(.*)\.sqlite$")
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match and path.is_file():
            taken_at = datetime.strptime(match.group(1), _STAMP)
            found.append(BackupCopy(path=path, taken_at=taken_at, reason=match.group(2),
                                    size=path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _prune(db_path: Path, keep: int, *, keep_also: Path) -> None:
    for old in backup_history(db_path)[keep:]:
        if old.path != keep_also:
            with contextlib.suppress(OSError):  # open in another program (Windows refuses): pruned next time
                old.path.unlink(missing_ok=True)
    now = time.time()
    for partial in backups_dir(db_path).glob(".*.partial"):
        try:
            if now - partial.stat().st_mtime > _STALE_PARTIAL_S:
                partial.unlink()
        except OSError:
            pass  # another desk is finishing or removing it


def restore_into(db: Database, source: str | os.PathLike[str]) -> None:
    """Replace the open database's content with a backup file's (already checked by the caller),
    in one write transaction: other desks see the old content or the restored one, never a mix."""
    src = side_connection(source, read_only=True)
    try:
        src.backup(db.conn)
    finally:
        src.close()


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
