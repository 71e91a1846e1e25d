"""Backup copies through SQLite's online backup API: consistent even while desks keep writing.

Rolling backups are taken before imports, deletions and migrations into a folder beside the
database ("<name>-backups"), keeping the newest few."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop_app.store.engine import Database, backup_to

KEEP = 10


def backups_dir(db_path: str | os.PathLike[str]) -> Path:
    p = Path(db_path)
    return p.parent / f"{p.stem}-backups"


def backup_copy(db: Database, target: str | os.PathLike[str]) -> Path:
    """Write a complete copy of the database to `target`, replacing it only when complete."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.partial")
    if tmp.exists():
        tmp.unlink()
    try:
        backup_to(db, str(tmp))
        _fsync(tmp)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return target


def rolling_backup(db: Database, db_path: str | os.PathLike[str], *, reason: str, keep: int = KEEP) -> Path:
    """A timestamped copy in the backups folder; older copies beyond `keep` are removed."""
    folder = backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    safe_reason = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reason)
    target = folder / f"{Path(db_path).stem}-{stamp}-{safe_reason}.sqlite"
    backup_copy(db, target)
    for old in list_backups(db_path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def list_backups(db_path: str | os.PathLike[str]) -> list[Path]:
    """Backups of a database, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite"), key=lambda p: p.name, reverse=True)


def restore_into(db: Database, source: str | os.PathLike[str]) -> None:
    """Replace the open database's content with a backup file's (already checked by the caller)."""
    src = sqlite3.connect(f"file:{Path(source).resolve()}?mode=ro", uri=True)
    try:
        src.backup(db.conn)
    finally:
        src.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
