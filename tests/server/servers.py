"""Folders and ports for the real PostgreSQL servers the server tests start."""

from __future__ import annotations

import os
import socket
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_folder(name: str) -> Path:
    """A Windows-shaped folder (a user name with Vietnamese letters, spaces, "#") that the
    server's own user can reach: as root (CI) the server runs as an unprivileged user, who may not
    walk through pytest's private temporary folders, so it lies under the system's /tmp."""
    base = Path(tempfile.mkdtemp(prefix=f"hoinghi-{name}-", dir="/tmp" if os.name == "posix" else None))
    folder = base / "Users" / "Nguyễn Văn A" / "Máy chủ #1 hội nghị" / "server"
    folder.parent.mkdir(parents=True)
    for part in (base, *folder.parents):
        if part.is_relative_to(base):
            part.chmod(0o711)
    return folder


def wait_until(condition: Callable[[], object], timeout: float = 60.0) -> None:
    """Poll `condition` until it holds; fail after `timeout` seconds."""
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, f"not within {timeout:g} s"
        time.sleep(0.05)
