"""Sharing a file with other desks: a server for this program on this laptop (pg_server.py),
started the first time, and the open file copied into it (copying.py). The window runs this on a
worker (ui/share_dialog.py); `hoinghi server start` and `hoinghi copy` do the same by hand."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from desktop_app.domain.errors import ServerProblem
from desktop_app.store import pg_server
from desktop_app.store.copying import TABLES, copy_database
from desktop_app.store.engine import Database, scalar
from desktop_app.store.server_database import open_server_database

# The port PostgreSQL usually has, else the next ones (a laptop may have a PostgreSQL of its own).
PORTS = tuple(range(pg_server.DEFAULT_PORT, pg_server.DEFAULT_PORT + 10))


def start_share_server(folder: str | os.PathLike[str], *, ports: Iterable[int] = PORTS,
                       listen: str = "*") -> pg_server.ServerInfo:
    """The server in `folder`, started (set up the first time, on the first free port of
    `ports`); one already running is left as it is."""
    if pg_server.read_config_if_any(folder) is not None:
        return pg_server.start(folder)
    for port in ports:
        if pg_server.port_free(port, listen):
            return pg_server.start(folder, port=port, listen=listen)
    raise ServerProblem("server_port_taken", port=", ".join(map(str, ports)))


def share_file(source: Database, folder: str | os.PathLike[str], *, replace: bool = False,
               ports: Iterable[int] = PORTS, listen: str = "*", desk: str = "",
               progress: Callable[[int, int], None] = lambda _done, _total: None) -> pg_server.ServerInfo:
    """Start the server in `folder` and make its database hold exactly what `source` holds (one
    transaction: all or nothing). A server whose database already holds conferences is refused
    (Conflict "copy_target_not_empty") unless `replace`. `progress(rows copied, rows in all)`."""
    info = start_share_server(folder, ports=ports, listen=listen)
    total = sum(int(scalar(source, f"SELECT count(*) FROM {table}")) for table in TABLES)
    copied: dict[str, int] = {}

    def report(table: str, rows: int) -> None:
        copied[table] = rows
        progress(sum(copied.values()), total)

    target = open_server_database(info.url("127.0.0.1"), desk=desk)
    try:
        copy_database(source, target, replace=replace, progress=report)
    finally:
        target.close()
    return info
