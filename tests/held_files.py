"""A pytest plugin, on for the whole suite: opening a database file (or its -wal, -shm) with plain
file I/O while this process holds a connection to it fails the test.

Closing such a descriptor would drop every SQLite lock the process holds on the file (see
desktop_app/store/handles.py); the next program to close the file would then delete the -wal
under the running connection. SQLite's own opens are C calls and are not affected; Python's
`open`, `io.open` (pathlib, zipfile, shutil) and `os.open` are.
"""

from __future__ import annotations

import builtins
import io
import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from desktop_app.store import handles


class PlainIoOnHeldDatabase(AssertionError):
    """A plain open() of a database file that a connection of this process holds."""


def _guarded(real: Callable[..., Any]) -> Callable[..., Any]:
    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, str | bytes | os.PathLike) and handles.held_files():
            name = os.fsdecode(file)
            if handles.is_held(name):
                raise PlainIoOnHeldDatabase(
                    f"plain file I/O on {name!r} while this process holds a connection to it: "
                    "closing the descriptor would drop SQLite's locks (desktop_app/store/handles.py)")
        return real(file, *args, **kwargs)

    guarded_open.__wrapped__ = real  # type: ignore[attr-defined]
    return guarded_open


@pytest.fixture(autouse=True, scope="session")
def _no_plain_io_on_held_databases() -> Iterator[None]:
    saved = builtins.open, io.open, os.open
    builtins.open = _guarded(saved[0])
    io.open = _guarded(saved[1])
    os.open = _guarded(saved[2])
    try:
        yield
    finally:
        builtins.open, io.open, os.open = saved


def read_bytes_elsewhere(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a file as another program would read them: in a child process, so a test can
    copy a database it holds open (a desk switched off, a copy to a USB stick) without dropping
    its own process's locks on it."""
    import subprocess
    import sys

    script = "import sys; sys.stdout.buffer.write(open(sys.argv[1], 'rb').read())"
    return subprocess.run([sys.executable, "-c", script, os.fspath(path)], check=True,
                          capture_output=True).stdout
