"""Subcommands that need the window: `gui` (the default)."""

from __future__ import annotations

import argparse
import os


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("gui", help="open the window (the default without a command)")
    p.add_argument("--db", metavar="PATH", default=os.environ.get("HOINGHI_DB"),
                   help="database to open (default: the last one used)")
    p.add_argument("--lang", choices=["vi", "en"], help="interface language (default: the setting, vi)")
    p.set_defaults(handler=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    from desktop_app.app import run

    return run(db_path=args.db, lang=args.lang)
