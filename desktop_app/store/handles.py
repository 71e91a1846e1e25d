"""The database files this process has open, so that nothing reads one with plain file I/O while
a connection holds it.

On Linux and macOS SQLite's file locks are POSIX advisory locks, which belong to the process, not
to the connection: closing *any* descriptor of the database file in the process silently drops
every lock the process holds on it (SQLite's "How To Corrupt An SQLite Database File", §2.2). The
next program that closes the file then believes it was the last user, checkpoints and deletes the
-wal and -shm files under our running connection, which from then on writes into a deleted log.

SQLite itself copes with several connections to one file in one process (it shares one lock
state per inode and keeps descriptors open until the last lock goes), so a second connection is
safe; a plain `open()`/`close()` of the file, or of its -wal or -shm, is not. The store's one
plain read of a database file (its header, before SQLite is trusted with it) goes through
`plain_read`, which refuses a held file; `connect` registers the file before SQLite opens it,
under the same lock, so a header read and a first open never interleave.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

SIDE_FILES = ("", "-wal", "-shm", "-journal")

_lock = threading.RLock()
_held: Counter[str] = Counter()   # the real path of each open database file → connections


def real_path(path: str | os.PathLike[str]) -> str:
    """The name SQLite works with: links resolved (it keeps -wal and -shm beside the real file)."""
    return os.fspath(Path(path).resolve())


def is_memory(path: str) -> bool:
    return not path or path == ":memory:" or path.startswith("file::memory:")


@contextlib.contextmanager
def opening(path: str) -> Iterator[str | None]:
    """Register `path` as held while SQLite opens it (and after): yields the registered key to
    pass to `release` when the connection closes, or None for a database in memory."""
    if is_memory(path):
        yield None
        return
    key = real_path(path)
    with _lock:   # waits for a plain read in progress to close its descriptor
        _held[key] += 1
    try:
        yield key
    except BaseException:
        release(key)
        raise


def release(key: str | None) -> None:
    """The connection registered under `key` is closed."""
    if key is None:
        return
    with _lock:
        _held[key] -= 1
        if _held[key] <= 0:
            del _held[key]


def is_held(path: str | os.PathLike[str]) -> bool:
    """Whether this process has a connection open to `path`, or `path` is the -wal, -shm or
    -journal file of such a database."""
    with _lock:
        if not _held:
            return False
        name = real_path(path)
        return any(name == f"{held}{suffix}" for held in _held for suffix in SIDE_FILES) or _same_inode(path)


def _same_inode(path: str | os.PathLike[str]) -> bool:
    """A hard link is another name for a held file: compare the files themselves."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    for held in _held:
        with contextlib.suppress(OSError):
            other = os.stat(held)
            if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
                return True
    return False


@contextlib.contextmanager
def plain_read(path: str | os.PathLike[str]) -> Iterator[bool]:
    """Hold off every first open in this process while the caller reads `path` with plain file
    I/O. Yields False (and the caller must not read) when a connection of this process holds
    the file: closing the caller's descriptor would drop that connection's locks."""
    with _lock:
        yield not is_held(path)


def held_files() -> list[str]:
    """The database files this process has open now (tests and diagnostics)."""
    with _lock:
        return sorted(_held)
