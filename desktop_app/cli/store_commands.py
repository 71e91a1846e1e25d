"""Headless subcommands over the store: demo, conference, attendees, search, checkin, stats, backup,
restore."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.cli import invitation_commands
from desktop_app.cli.common import (
    add_db_option,
    attendee_line,
    attendee_record,
    check_in_record,
    emit,
    open_db,
    time_text,
)
from desktop_app.domain.dates import parse_datetime
from desktop_app.domain.errors import NotFound, ValidationError
from desktop_app.domain.kinds import AttendeeOrder, AttendeeStatus, CheckInMethod
from desktop_app.domain.models import AttendeeInput, ConferenceStats
from desktop_app.domain.text import clean

MAX_LIMIT = 1_000_000
MAX_DEMO = 1_000_000
MAX_DEMO_CONFERENCES = 5_000
SERIES_ATTENDEES = 2_000  # people in each conference of `demo --conferences`
_MAX_ID = 2**63 - 1  # SQLite's largest integer


_ROLE_HELP = "the badge's role line: ĐẠI BIỂU, KHÁCH MỜI, BAN TỔ CHỨC, PHÓNG VIÊN (default: from the section)"

def bounded(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`, or a one-line usage error (a number
    SQLite cannot hold would otherwise surface as an internal error)."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is out of range (from {low:,} to {high:,})")
        return value

    return parse


record_id = bounded(1, _MAX_ID)


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("demo", help="create the demo conference (Lạng Sơn, 14/9/2022)")
    p.add_argument("path", metavar="PATH", help="database file (created if missing)")
    p.add_argument("--attendees", type=bounded(0, MAX_DEMO), metavar="N",
                   help="exactly N attendees (synthetic beyond ~120); with --conferences, in each "
                        f"(default {SERIES_ATTENDEES:,})")
    p.add_argument("--conferences", type=bounded(1, MAX_DEMO_CONFERENCES), metavar="N",
                   help="N conferences a week apart ending with the demo one (500 is about ten years)")
    p.add_argument("--seed", type=bounded(0, 2**63 - 1), default=2022, metavar="S")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_demo)

    conference = commands.add_parser("conference", help="add or list conferences")
    sub = conference.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("add", help="add a conference")
    add_db_option(p)
    p.add_argument("--title", required=True)
    p.add_argument("--start", required=True, metavar="YYYY-MM-DD[THH:MM]")
    p.add_argument("--end", metavar="YYYY-MM-DD[THH:MM]")
    p.add_argument("--venue", default="")
    p.add_argument("--organizer", default="")
    p.add_argument("--parent-agency", default="")
    p.add_argument("--chair", default="")
    p.add_argument("--place", default="", help="place for the date line, e.g. “Lạng Sơn”")
    invitation_commands.add_invitation_options(p)
    p.set_defaults(handler=cmd_conference_add)
    invitation_commands.register_conference_edit(sub)
    p = sub.add_parser("list", help="list conferences")
    add_db_option(p)
    p.set_defaults(handler=cmd_conference_list)

    p = commands.add_parser("attendees", help="list the attendees of a conference")
    add_db_option(p)
    p.add_argument("--conference", type=record_id, required=True, metavar="ID")
    p.add_argument("--order", choices=[o.value for o in AttendeeOrder], default="protocol")
    p.add_argument("--topic", type=record_id, metavar="ID", help="show attendance of a session topic")
    p.set_defaults(handler=cmd_attendees)

    attendee = commands.add_parser("attendee", help="add an attendee")
    sub = attendee.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("add", help="add one person to a conference")
    add_db_option(p)
    p.add_argument("--conference", type=record_id, required=True, metavar="ID")
    p.add_argument("--name", required=True)
    p.add_argument("--salutation", default="")
    p.add_argument("--position", default="")
    p.add_argument("--unit", default="")
    p.add_argument("--phone", default="")
    p.add_argument("--email", default="")
    p.add_argument("--rank", type=bounded(0, 100_000), help="protocol rank (smaller is listed first)")
    p.add_argument("--status", choices=[s.value for s in AttendeeStatus], default="invited")
    p.add_argument("--replaces", type=record_id, metavar="ID",
                   help="the invited person this one stands in for (makes a substitute)")
    p.add_argument("--note", default="")
    p.add_argument("--role", default="", help=_ROLE_HELP)
    p.set_defaults(handler=cmd_attendee_add)

    p = sub.add_parser("edit", help="change some of a person's details (the others stay)")
    add_db_option(p)
    p.add_argument("--conference", type=record_id, required=True, metavar="ID")
    p.add_argument("--attendee", type=record_id, required=True, metavar="ID")
    for option in ("name", "salutation", "position", "unit", "phone", "email", "note"):
        p.add_argument(f"--{option}")
    p.add_argument("--rank", type=bounded(0, 100_000), help="protocol rank (smaller is listed first)")
    p.add_argument("--role", help=_ROLE_HELP + "; \"\" for the section's default")
    p.set_defaults(handler=cmd_attendee_edit)

    p = commands.add_parser("search", help="find attendees by any fragment, accents optional")
    add_db_option(p)
    p.add_argument("--conference", type=record_id, required=True, metavar="ID")
    p.add_argument("--limit", type=bounded(1, MAX_LIMIT), default=50, metavar="N",
                   help=f"at most N people (1 to {MAX_LIMIT:,}; default 50)")
    p.add_argument("--topic", type=record_id, metavar="ID")
    p.add_argument("text", nargs="+", metavar="TEXT")
    p.set_defaults(handler=cmd_search)

    p = commands.add_parser("checkin", help="check someone in (or --undo)")
    add_db_option(p)
    p.add_argument("--conference", type=record_id, required=True, metavar="ID")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--attendee", type=record_id, metavar="ID")
    who.add_argument("--code", metavar="CODE")
    who.add_argument("--last", action="store_true", help="with --undo: the last check-in of this desk")
    p.add_argument("--topic", type=record_id, metavar="ID", help="attendance of a session topic")
    p.add_argument("--desk", metavar="NAME", help="desk name (default: $HOINGHI_DESK or the host name)")
    p.add_argument("--undo", action="store_true", help="undo the check-in instead")
    p.set_defaults(handler=cmd_checkin)

    p = commands.add_parser("stats", help="attendance: overall, per section, per unit, per topic")
    add_db_option(p)
    p.add_argument("--conference", type=record_id, required=True, metavar="ID")
    p.set_defaults(handler=cmd_stats)

    p = commands.add_parser(
        "backup", help="write a complete copy of the database, or list the automatic backups",
        description="Without --out, the copy goes with the automatic backups in the folder "
                    "“<name>-backups” beside the database (the newest ten are kept).")
    add_db_option(p)
    what = p.add_mutually_exclusive_group()
    what.add_argument("--out", metavar="PATH",
                      help="write the copy to the file PATH; a folder gets a copy named like the automatic ones")
    what.add_argument("--list", action="store_true", help="list the automatic backups, newest first")
    p.set_defaults(handler=cmd_backup)

    p = commands.add_parser(
        "restore", help="replace the database with a backup copy (the current state is saved first)",
        description="Checks that FILE is a hoinghi database this version can read, saves the "
                    "current database with the automatic backups, then restores FILE into it.")
    add_db_option(p)
    p.add_argument("--from", dest="source", required=True, metavar="FILE",
                   help="the backup to restore (see “hoinghi backup --list”)")
    p.set_defaults(handler=cmd_restore)


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.store import open_database
    from desktop_app.store.attendees import count_attendees
    from desktop_app.store.demo import create_demo

    if args.attendees is not None and args.attendees < 0:
        raise ValidationError("out_of_range", field="attendees", value=args.attendees, low=0, high=MAX_DEMO)
    db = open_database(args.path, create=True, desk="demo")
    if args.conferences is not None:
        return _demo_series(db, args)
    conference = create_demo(db, attendees=args.attendees, seed=args.seed)
    n = count_attendees(db, conference.id)
    emit(args, {"id": conference.id, "title": conference.title, "attendees": n, "path": str(Path(args.path))},
         f"Created the demo conference (id {conference.id}) with {n} attendees in {args.path}")
    return 0


def _demo_series(db: Any, args: argparse.Namespace) -> int:
    from desktop_app.store.attendees import count_attendees
    from desktop_app.store.demo import create_demo_series

    each = SERIES_ATTENDEES if args.attendees is None else args.attendees
    made = create_demo_series(db, args.conferences, attendees=each, seed=args.seed)
    ids = [c.id for c in made]
    n = sum(count_attendees(db, i) for i in ids)
    emit(args, {"ids": ids, "conferences": len(ids), "attendees": n, "path": str(Path(args.path))},
         f"Created {len(ids)} demo conferences (ids {min(ids)}–{max(ids)}) with {n} attendees in all "
         f"in {args.path}")
    return 0


def cmd_conference_add(args: argparse.Namespace) -> int:
    from desktop_app.store.conferences import create_conference

    db = open_db(args, create=True)
    starts = parse_datetime(args.start, field="starts_at")
    ends = parse_datetime(args.end, field="ends_at") if args.end else None
    c = create_conference(db, args.title, starts, ends_at=ends, venue=args.venue, organizer=args.organizer,
                          parent_agency=args.parent_agency, chair=args.chair, place_name=args.place,
                          **invitation_commands.invitation_fields(args))
    emit(args, {"id": c.id}, f"Added conference {c.id}: {c.title}")
    return 0


def cmd_conference_list(args: argparse.Namespace) -> int:
    from desktop_app.store.conferences import list_conferences

    summaries = list_conferences(open_db(args))
    data = [{"id": s.conference.id, "title": s.conference.title,
             "starts_at": time_text(s.conference.starts_at), "ends_at": time_text(s.conference.ends_at),
             "venue": s.conference.venue, "organizer": s.conference.organizer,
             "invited": s.invited, "checked_in": s.checked_in} for s in summaries]
    emit(args, data, lambda: "\n".join(
        f"{d['id']:>4}  {d['starts_at'][:16]}  {d['checked_in']}/{d['invited']}  {d['title']}" for d in data))
    return 0


def cmd_attendees(args: argparse.Namespace) -> int:
    from desktop_app.store.attendees import list_attendees

    db = _open_conference(args)
    people = list_attendees(db, args.conference, order=AttendeeOrder(args.order), topic_id=args.topic)
    emit(args, [attendee_record(a) for a in people], lambda: "\n".join(map(attendee_line, people)))
    return 0


def cmd_attendee_add(args: argparse.Namespace) -> int:
    """Adds the person even when someone of the same (or a similar) name is in their unit: the
    namesakes are named on stderr (and under "namesakes" in the JSON), the person is added."""
    from desktop_app.messages import namesakes_note
    from desktop_app.store.attendees import add_attendee, add_substitute, get_attendee
    from desktop_app.store.identities import namesakes

    status = AttendeeStatus(args.status)
    if status is AttendeeStatus.SUBSTITUTE and args.replaces is None:
        raise ValidationError("substitute_without_replaced", field="replaces")
    db = _open_conference(args)
    data = AttendeeInput(
        full_name=args.name, salutation=args.salutation, position=args.position, unit_name=args.unit,
        phone=args.phone, email=args.email, protocol_rank=args.rank, status=status, note=args.note,
        badge_role=args.role)
    if args.replaces is not None:
        if get_attendee(db, args.replaces).conference_id != args.conference:   # not on this conference's list
            raise NotFound(entity="attendee", id=args.replaces)
        a = add_substitute(db, args.replaces, data)
        text = f"Added {a.full_name} (id {a.id}, code {a.code}) as the substitute for number {args.replaces}"
    else:
        a = add_attendee(db, args.conference, data)
        text = f"Added {a.full_name} (id {a.id}, code {a.code})"
    alike = namesakes(db, args.conference, a, exclude_id=a.id)
    if alike:
        print(namesakes_note(alike), file=sys.stderr)
    record = attendee_record(a)
    record["namesakes"] = [{"id": n.attendee_id, "full_name": n.full_name, "likeness": str(n.likeness),
                            "differs": list(n.differs)} for n in alike]
    emit(args, record, text)
    return 0


def cmd_attendee_edit(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from desktop_app.store.attendees import get_attendee, update_attendee

    db = _open_conference(args)
    a = get_attendee(db, args.attendee)
    if a.conference_id != args.conference:
        raise NotFound(entity="attendee", id=args.attendee)
    data = AttendeeInput(
        full_name=a.full_name, salutation=a.salutation, position=a.position, unit_name=a.unit_name,
        unit_id=a.unit_id, section_id=a.section_id, phone=a.phone, email=a.email, protocol_rank=a.protocol_rank,
        status=a.status, replaces_id=a.replaces_id, note=a.note, code=a.code, badge_role=a.badge_role)
    given = {"full_name": args.name, "salutation": args.salutation, "position": args.position, "phone": args.phone,
             "email": args.email, "note": args.note, "protocol_rank": args.rank, "badge_role": args.role}
    data = replace(data, **{k: v for k, v in given.items() if v is not None})
    if args.unit is not None:
        data = replace(data, unit_name=args.unit, unit_id=None)
    a = update_attendee(db, args.attendee, data)
    emit(args, attendee_record(a), f"Changed {a.full_name} (id {a.id}, code {a.code})")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from desktop_app.store.search import search_attendees

    db = _open_conference(args)
    found = search_attendees(db, args.conference, " ".join(args.text), limit=args.limit, topic_id=args.topic)
    emit(args, [attendee_record(a) for a in found],
         lambda: "\n".join(map(attendee_line, found)) or "No one matches.")
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    from desktop_app.store import checkins
    from desktop_app.store.attendees import get_attendee

    if args.last and not args.undo:
        raise ValidationError("last_without_undo", field="last")
    db = _open_conference(args)
    if args.undo:
        if args.last:
            undone = checkins.undo_last_check_in(db, args.conference, topic_id=args.topic)
        else:
            undone = checkins.undo_check_in(db, _attendee_id(db, args), topic_id=args.topic)
        who = get_attendee(db, undone.attendee_id)
        emit(args, {"status": "undone", "attendee": attendee_record(who), "check_in": check_in_record(undone)},
             f"Undid the check-in of {who.full_name} ({undone.at:%H:%M}, desk {undone.desk}).")
        return 0
    if args.code:
        result = checkins.check_in_by_code(db, args.conference, args.code, topic_id=args.topic)
    else:
        result = checkins.check_in(db, _attendee_id(db, args), topic_id=args.topic, method=CheckInMethod.MANUAL)
    a, c = result.attendee, result.check_in
    data: dict[str, Any] = {"status": "already_checked_in" if result.already else "checked_in",
                            "attendee": attendee_record(a), "check_in": check_in_record(c)}
    if result.already:
        text = f"{a.full_name} was already checked in at {c.at:%H:%M} at desk {c.desk}. Nothing changed."
    else:
        text = f"Checked in {a.full_name} ({a.position}, {a.unit_name}) at {c.at:%H:%M}, desk {c.desk}."
    if args.code and clean(args.code).upper() != a.code:
        data["read_as_code"] = a.code
        text += (f" The code arrived as {clean(args.code)}: an input method (UniKey, EVKey) had changed it; "
                 f"it was read as {a.code}.")
    if result.replaced_by is not None:
        s = result.replaced_by
        data["replaced_by"] = attendee_record(s)
        if s.checked_in_at is not None:
            text += (f" Note: {s.full_name} came in their place as a substitute and was checked in at "
                     f"{s.checked_in_at:%H:%M}; both are now present.")
        else:
            text += f" Note: {s.full_name} is registered as their substitute (not checked in)."
    if result.replaces is not None:
        data["replaces"] = attendee_record(result.replaces)
        text += f" Stands in for {result.replaces.full_name}."
    emit(args, data, text)
    return 0


def _open_conference(args: argparse.Namespace) -> Any:
    """The database, once the conference (and the topic, if one is given) is known to be there:
    a topic of another conference is "not found", not an empty attendance list."""
    from desktop_app.store.conferences import get_conference
    from desktop_app.store.topics import get_topic

    db = open_db(args)
    get_conference(db, args.conference)
    topic_id = getattr(args, "topic", None)
    if topic_id is not None and get_topic(db, topic_id).conference_id != args.conference:
        raise NotFound(entity="topic", id=topic_id)
    return db


def _attendee_id(db: Any, args: argparse.Namespace) -> int:
    from desktop_app.store.attendees import get_attendee
    from desktop_app.store.scans import find_scanned

    if not args.code:
        # Someone of another conference is not on this list: never check them in here.
        if get_attendee(db, args.attendee).conference_id != args.conference:
            raise NotFound(entity="attendee", id=args.attendee)
        return int(args.attendee)
    found = find_scanned(db, args.conference, args.code)
    if found is None:
        raise NotFound(entity="code", code=clean(args.code).upper())
    return found.attendee.id


def _stats_record(s: ConferenceStats) -> dict[str, Any]:
    def group(g: Any) -> dict[str, Any]:
        return {"title": g.title, "invited": g.invited, "checked_in": g.present, "absent": g.absent,
                "percent": round(g.percent, 1)}

    return {"invited": s.invited, "checked_in": s.present, "absent": s.absent, "walk_ins": s.walk_ins,
            "substitutes": s.substitutes, "sections": [group(g) for g in s.sections],
            "units": [group(g) | {"kind": str(g.kind) if g.kind else None} for g in s.units],
            "units_absent": [g.title for g in s.units_absent], "topics": [group(g) for g in s.topics]}


def cmd_stats(args: argparse.Namespace) -> int:
    from desktop_app.cli.exchange_commands import counted
    from desktop_app.store.stats import conference_stats

    db = _open_conference(args)
    s = conference_stats(db, args.conference)

    def text() -> str:
        lines = [f"Checked in {s.present} of {s.invited} ({counted(s.walk_ins, 'walk-in')}, "
                 f"{counted(s.substitutes, 'substitute')})"]
        lines += [f"  {g.title or '(no section)'}: {g.present}/{g.invited}" for g in s.sections]
        lines += ["Units with nobody present:"] + [f"  {g.title}" for g in s.units_absent]
        return "\n".join(lines)

    emit(args, _stats_record(s), text)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app.store import backup

    if args.list:
        if not args.db:
            open_db(args)  # says that --db is missing
        copies = backup.backup_history(args.db)
        data = [{"path": str(b.path), "taken_at": time_text(b.taken_at), "reason": b.reason, "size": b.size}
                for b in copies]
        emit(args, data, lambda: "\n".join(
            f"{b.taken_at:%Y-%m-%d %H:%M:%S}  {b.reason:<26} {b.size / 1e6:8.1f} MB  {b.path}" for b in copies)
            or f"No automatic backups yet (they go to {backup.backups_dir(args.db)}).")
        return 0
    db = open_db(args)
    target = backup.backup_copy(db, args.out) if args.out else backup.rolling_backup(db, reason="manual")
    emit(args, {"path": str(target)}, f"Wrote a backup copy to {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import default_desk
    from desktop_app.store.database import restore_database, schema_version

    if not args.db:
        open_db(args)  # says that --db is missing
    restored = restore_database(args.db, args.source, desk=default_desk())
    data = {"path": args.db, "restored_from": args.source, "backup_schema_version": restored.source_version,
            "schema_version": schema_version(restored.db),
            "previous_state": str(restored.previous_state) if restored.previous_state else None}
    restored.db.close()
    saved = (f" The database as it was is saved in {restored.previous_state}."
             if restored.previous_state else "")
    emit(args, data, f"Restored {args.db} from {args.source}.{saved}")
    return 0
