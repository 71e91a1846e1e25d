"""`hoinghi history`: the audit log of a conference (who was added, edited, checked in where and
when, undone, replaced), for one person or one desk, as text or JSON."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import add_db_option, emit, open_db
from desktop_app.cli.store_commands import record_id


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("history", help="the audit log: who was added, edited, checked in, undone, replaced")
    add_db_option(p)
    p.add_argument("--conference", type=record_id, required=True, metavar="ID")
    p.add_argument("--attendee", type=record_id, metavar="ID", help="only this person's history")
    p.add_argument("--desk", metavar="NAME", help="only what this desk did")
    p.set_defaults(handler=cmd_history)


def cmd_history(args: argparse.Namespace) -> int:
    from desktop_app.store.audit import history
    from desktop_app.store.conferences import get_conference

    db = open_db(args)
    get_conference(db, args.conference)
    entries = history(db, args.conference, attendee_id=args.attendee, desk=args.desk)
    records = [{"time": e.at, "desk": e.desk, "action": e.action, "entity": e.entity, "id": e.entity_id,
                "person": person, "details": e.details} for e, person in entries]

    def text() -> str:
        lines = [f"{e.at:%d/%m/%Y %H:%M:%S}  {e.desk or '-':<12} {e.action:<16} {person or e.entity}"
                 for e, person in entries]
        return "\n".join(lines) or "Nothing recorded."

    emit(args, records, text)
    return 0
