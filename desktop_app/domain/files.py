"""Writing a file so that a crash never leaves half of it where a good one was: the writer
creates a temporary file beside the target, which is synced and renamed into place."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from desktop_app.domain.errors import FileProblem


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside `path` for the writer to create; when the block ends without
    an error the file is synced and renamed over `path`, otherwise it is removed and `path` is
    left as it was. An OSError inside the block becomes FileProblem("cannot_write")."""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise FileProblem("cannot_write", path=str(target), reason="folder_missing", folder=str(folder))
    if target.is_dir():
        raise FileProblem("cannot_write", path=str(target), reason="directory")
    tmp = folder / f".{target.stem}.{secrets.token_hex(4)}.partial{target.suffix}"
    try:
        yield tmp
        fsync_file(tmp)
        os.replace(tmp, target)  # atomic: readers see the old file or the new one, never half
    except PermissionError as exc:  # a read-only folder, or the file is open in Excel on Windows
        raise FileProblem("cannot_write", path=str(target), reason="no_permission") from exc
    except OSError as exc:  # disk full, a name the file system refuses
        raise FileProblem("cannot_write", path=str(target), reason=exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def fsync_file(path: Path) -> None:
    """Make a written file's content durable before it is renamed into place. The handle is opened
    for writing: Windows' fsync (the C runtime's _commit) refuses a read-only one with EBADF."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
