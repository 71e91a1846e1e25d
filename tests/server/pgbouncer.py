"""A real PgBouncer (Debian 12's 1.18: no prepared statements in transaction mode) in transaction
mode in front of the suite's server, as an office may run one: two server connections for every
desk, so the desks' transactions take turns on them."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from urllib.parse import urlsplit

from servers import free_port, server_folder, wait_until


@contextlib.contextmanager
def pgbouncer(url: str, *, server_connections: int = 2) -> Iterator[str]:
    """PgBouncer in transaction mode in front of the database at `url`, with this many
    connections to the server; yields the address through it (the same user, password and
    database name)."""
    from desktop_app.store import pg_server

    parts = urlsplit(url)
    database = parts.path.lstrip("/")
    folder = server_folder("pgbouncer")
    folder.mkdir()
    port = free_port()
    (folder / "pgbouncer.ini").write_text(
        f"[databases]\n{database} = host={parts.hostname} port={parts.port} dbname={database}\n"
        f"[pgbouncer]\nlisten_addr = 127.0.0.1\nlisten_port = {port}\nunix_socket_dir =\n"
        f"auth_type = scram-sha-256\nauth_file = {folder / 'users.txt'}\npool_mode = transaction\n"
        f"default_pool_size = {server_connections}\n", encoding="utf-8")
    (folder / "users.txt").write_text(f'"{parts.username}" "{parts.password}"\n', encoding="utf-8")
    owner = pg_server._service_user()   # it will not run as root either
    if owner is not None:
        for path in (folder, *folder.iterdir()):
            os.chown(path, *owner)
    kwargs = {"user": owner[0], "group": owner[1], "extra_groups": []} if owner else {}
    process = subprocess.Popen([shutil.which("pgbouncer") or "pgbouncer", str(folder / "pgbouncer.ini")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
    try:
        import socket

        def listening() -> bool:
            with socket.socket() as s:
                return s.connect_ex(("127.0.0.1", port)) == 0

        wait_until(listening, timeout=20)
        yield parts._replace(netloc=parts.netloc.replace(f":{parts.port}", f":{port}")).geturl()
    finally:
        process.terminate()
        process.wait(10)
        shutil.rmtree(folder.parents[3], ignore_errors=True)
