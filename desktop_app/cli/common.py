"""What every subcommand shares: the database option, JSON or text output, attendee records."""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any

from desktop_app.domain.errors import DatabaseMissing
from desktop_app.domain.models import Attendee, CheckIn
from desktop_app.store import Database, open_database


def default_desk() -> str:
    return os.environ.get("HOINGHI_DESK") or socket.gethostname() or "desk"


def add_db_option(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument("--db", metavar="PATH", default=os.environ.get("HOINGHI_DB"),
                        help="database file (default: $HOINGHI_DB)")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(db_required=required)


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    if not args.db:
        raise DatabaseMissing("database_not_given")
    return open_database(args.db, create=create, desk=getattr(args, "desk", None) or default_desk())


def emit(args: argparse.Namespace, data: Any, text: Callable[[], str] | str) -> None:
    """Print `data` as JSON with --json, else the human-readable text."""
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_json_default)
        sys.stdout.write("\n")
    else:
        out = text() if callable(text) else text
        if out:
            print(out)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return str(value)


def time_text(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(timespec="seconds")


def attendee_record(a: Attendee) -> dict[str, Any]:
    return {
        "id": a.id,
        "full_name": a.full_name,
        "salutation": a.salutation,
        "position": a.position,
        "unit": a.unit_name,
        "unit_kind": str(a.unit_kind) if a.unit_kind else None,
        "section": a.section_title or None,
        "phone": a.phone,
        "email": a.email,
        "code": a.code,
        "status": str(a.status),
        "protocol_rank": a.protocol_rank,
        "replaces_id": a.replaces_id,
        "note": a.note,
        "badge_role": a.badge_role,
        "checked_in_at": time_text(a.checked_in_at),
        "checked_in_desk": a.checked_in_desk,
    }


def attendee_line(a: Attendee) -> str:
    mark = f"✓ {a.checked_in_at:%H:%M}" if a.checked_in_at else "·"
    parts = [p for p in (a.position, a.unit_name) if p]
    return f"{a.id:>6}  {a.code}  {mark:<7}  {a.full_name} — {', '.join(parts)}"


def check_in_record(c: CheckIn) -> dict[str, Any]:
    return {"id": c.id, "attendee_id": c.attendee_id, "topic_id": c.topic_id, "at": time_text(c.at),
            "desk": c.desk, "method": str(c.method), "undone_at": time_text(c.undone_at)}
