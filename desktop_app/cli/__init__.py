"""The command line: `hoinghi` with no arguments opens the window; subcommands work headless.

Every subcommand takes --db PATH (or $HOINGHI_DB) and --json. Exit 0 on success; a user error
exits 2 with one sentence on stderr that says what is wrong and what to do."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app import __version__
from desktop_app.cli import (
    exchange_commands,
    gui_commands,
    history_commands,
    invitation_commands,
    server_commands,
    store_commands,
)
from desktop_app.domain.errors import HoinghiError

COMMAND_MODULES = [store_commands, history_commands, exchange_commands, invitation_commands, server_commands,
                   gui_commands]


class _Parser(argparse.ArgumentParser):
    """Argument errors as one line, like every other user error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message} (see “{self.prog} --help”)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="hoinghi", description="Register and check in conference attendees.")
    parser.add_argument("--version", action="version", version=f"hoinghi {__version__}")
    parser.add_argument("--smoke-test", action="store_true",
                        help="check that this program works (offscreen, in a temporary folder) and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


DATABASE_SUFFIXES = (".sqlite", ".db")


def opened_with_a_file(argv: Sequence[str]) -> list[str]:
    """`hoinghi FILE.sqlite` (a double-click, the .desktop file's %f) means `hoinghi gui --db FILE`."""
    args = list(argv)
    if len(args) == 1 and Path(args[0]).suffix.lower() in DATABASE_SUFFIXES and not args[0].startswith("-"):
        return ["gui", "--db", args[0]]
    return args


def main(argv: Sequence[str] | None = None) -> int:
    from desktop_app.running import hold_running_mutex

    hold_running_mutex()  # Windows: the installer waits while this copy runs (packaging/hoinghi.iss)
    parser = build_parser()
    args = parser.parse_args(opened_with_a_file(sys.argv[1:] if argv is None else argv))
    if args.smoke_test:
        from desktop_app.smoke import run_smoke_test

        return run_smoke_test()
    handler = getattr(args, "handler", None)
    if handler is None:  # no subcommand: the window
        handler = gui_commands.run_gui
        args = parser.parse_args(["gui"])
    try:
        return int(handler(args) or 0)
    except HoinghiError as error:
        from desktop_app.messages import describe

        print(describe(error), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: say so in one line, details only on request
        if os.environ.get("HOINGHI_DEBUG"):
            raise
        print(f"hoinghi: internal error ({type(exc).__name__}: {exc}). "
              "Run again with HOINGHI_DEBUG=1 for details and report it.", file=sys.stderr)
        return 1
