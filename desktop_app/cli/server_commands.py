"""`hoinghi server start|stop|status`: a PostgreSQL server for several desks, in a folder."""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path

from desktop_app.cli.common import emit
from desktop_app.cli.exchange_commands import counted
from desktop_app.cli.store_commands import bounded
from desktop_app.store import pg_server


def register(commands: argparse._SubParsersAction) -> None:
    register_copy(commands)
    server = commands.add_parser("server", help="start, stop or look at a database server for several desks")
    sub = server.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("start", help="set up (the first time) and start a server in a folder; prints the "
                                     "address other desks join with")
    p.add_argument("--dir", required=True, type=Path, metavar="DIR", help="the server's folder")
    p.add_argument("--port", type=bounded(1, 65535), metavar="PORT",
                   help=f"TCP port (default {pg_server.DEFAULT_PORT}, then what was used last)")
    p.add_argument("--listen", metavar="ADDRESS",
                   help="address to listen on: * for every network of this computer (the default), "
                        "127.0.0.1 for this computer only")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_start)

    p = sub.add_parser("stop", help="stop the server in a folder (committed work is kept)")
    p.add_argument("--dir", required=True, type=Path, metavar="DIR")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_stop)

    p = sub.add_parser("status", help="whether the server in a folder runs, and its address")
    p.add_argument("--dir", required=True, type=Path, metavar="DIR")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_status)


def register_copy(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("copy", help="copy a whole database between a file and a server, either way")
    p.add_argument("--from", dest="source", required=True, metavar="SOURCE",
                   help="a database file or a postgresql:// address")
    p.add_argument("--to", dest="target", required=True, metavar="TARGET",
                   help="a database file or a postgresql:// address (created when it is a new file)")
    p.add_argument("--replace", action="store_true", help="replace what the target holds")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_copy)


def cmd_copy(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import default_desk
    from desktop_app.store import open_database
    from desktop_app.store.copying import copy_database

    source = open_database(args.source, create=False, desk=default_desk())
    try:
        target = open_database(args.target, create=True, desk=default_desk())
        try:
            counts = copy_database(source, target, replace=args.replace)
        finally:
            target.close()
    finally:
        source.close()
    emit(args, {"from": source.path, "to": target.path, "rows": counts},
         f"Copied {counted(counts['conferences'], 'conference')}, {counted(counts['attendees'], 'attendee')} and "
         f"{counted(counts['check_ins'], 'check-in')} from {source.path} to {target.path}.")
    return 0


def _describe(info: pg_server.ServerInfo) -> str:
    if info.running:
        return f"The server in {info.folder} is running on port {info.port}.\nDesks join with: {info.url()}"
    return (f"The server in {info.folder} is stopped (port {info.port}); no desk can join it now. Start it with:\n"
            f"  hoinghi server start --dir {shlex.quote(info.folder)}\nDesks then join with: {info.url()}")


def cmd_start(args: argparse.Namespace) -> int:
    info = pg_server.start(args.dir, port=args.port, listen=args.listen)
    emit(args, info.as_json(), lambda: _describe(info))
    return 0


def cmd_stop(args: argparse.Namespace) -> int:
    was_running = pg_server.stop(args.dir)
    emit(args, {"folder": str(args.dir.absolute()), "stopped": was_running},
         "The server was stopped." if was_running else "The server was not running.")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    info = pg_server.status(args.dir)
    emit(args, info.as_json(), lambda: _describe(info))
    return 0
