"""Folders and ports for the real PostgreSQL servers the server tests start."""

from __future__ import annotations

import socket
import tempfile
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_folder(name: str) -> Path:
    """A folder the server's own user can reach: as root (CI) the server runs as an unprivileged
    user, who may not walk through pytest's private temporary folders."""
    base = Path(tempfile.mkdtemp(prefix=f"hoinghi-{name}-"))
    base.chmod(0o711)
    return base / "server"
