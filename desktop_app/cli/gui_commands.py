"""Subcommands that need the window: `gui` (the default) and `screenshot`."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop_app.domain.errors import DatabaseMissing

VIEWS = ("conferences", "attendees", "topics", "desk", "stats")
FIRST_START = "welcome"  # the window before any database is opened: needs no --db


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("gui", help="open the window (the default without a command)")
    p.add_argument("--db", metavar="PATH", default=os.environ.get("HOINGHI_DB"),
                   help="database to open (default: the last one used)")
    p.add_argument("--lang", choices=["vi", "en"], help="interface language (default: the setting, vi)")
    p.set_defaults(handler=run_gui)

    p = commands.add_parser("screenshot", help="render one view of the window offscreen to a PNG file")
    p.add_argument("--db", metavar="PATH", default=os.environ.get("HOINGHI_DB"),
                   help="database to show (it is copied first and never changed)")
    p.add_argument("--view", choices=[*VIEWS, FIRST_START], required=True)
    p.add_argument("--out", metavar="FILE.png", required=True)
    p.add_argument("--lang", choices=["vi", "en"], default="vi")
    p.add_argument("--size", type=_size, default=(1366, 768), metavar="WxH", help="window size (default 1366x768)")
    p.add_argument("--conference", type=int, metavar="ID", help="conference to show (default: the newest)")
    p.add_argument("--desk", default="Bàn 1", help="desk name shown and recorded (default “Bàn 1”)")
    p.add_argument("--type", dest="type_text", default="", metavar="TEXT",
                   help="desk only: type TEXT into the search field, as a clerk would")
    p.add_argument("--enter", action="store_true", help="desk only: then press Enter (on the copy)")
    p.set_defaults(handler=run_screenshot)


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a size; write it as 1366x768") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"{text} is outside 320x240 … 7680x4320")
    return width, height


def run_gui(args: argparse.Namespace) -> int:
    from desktop_app.app import run

    return run(db_path=args.db, lang=args.lang)


def run_screenshot(args: argparse.Namespace) -> int:
    from desktop_app.ui.screenshot import Shot, render, render_welcome

    if args.view == FIRST_START:
        print(render_welcome(Shot(view=args.view, out=Path(args.out), lang=args.lang, size=args.size, desk=args.desk)))
        return 0
    if not args.db:
        raise DatabaseMissing(path="(none given: pass --db PATH or set HOINGHI_DB)")
    out = render(Path(args.db), Shot(view=args.view, out=Path(args.out), lang=args.lang, size=args.size,
                                     conference_id=args.conference, type_text=args.type_text, enter=args.enter,
                                     desk=args.desk))
    print(out)
    return 0
