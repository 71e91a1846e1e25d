"""Invitations (giấy mời) as PDF or Word, and the units invited without names."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.cli.common import add_db_option, emit, open_db
from desktop_app.domain.errors import FileProblem


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("invitations", help="invitations (giấy mời) with each person's QR code, as PDF or Word")
    add_db_option(p)
    p.add_argument("--conference", type=int, required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE",
                   help="FILE.pdf or FILE.docx; with --per, a new folder or a FILE.zip")
    p.add_argument("--per", choices=["person", "unit"],
                   help="a file per person (or unit invited without names), or per unit, for sending by e-mail")
    p.add_argument("--format", choices=["pdf", "docx"], help="with --per: the files' kind (default: pdf)")
    p.add_argument("--template", metavar="T.docx", help="fill this Word template (placeholders: see README)")
    p.add_argument("--section", type=int, metavar="N", help="only section N (its number: 2 for “II.”)")
    p.add_argument("--date", metavar="YYYY-MM-DD",
                   help="the invitation's date (default: today, or the conference's day if that is earlier)")
    p.add_argument("--signed", action="store_true", help="print “(đã ký)” in the signing space")
    p.add_argument("--no-units", action="store_true", help="leave out the units invited without names")
    p.set_defaults(handler=cmd_invitations)

    p = commands.add_parser("invited-units", help="units invited without names (“mời đại diện lãnh đạo”)")
    add_db_option(p)
    p.add_argument("--conference", type=int, required=True, metavar="ID")
    p.add_argument("--add", metavar="UNIT", help="invite this unit")
    p.add_argument("--edit", type=int, metavar="ID", help="change this invited unit (with --seats, --name)")
    p.add_argument("--name", metavar="UNIT", help="with --edit: the unit's new name")
    p.add_argument("--seats", type=int, metavar="N", help="how many people the unit is asked to send (default 1)")
    p.add_argument("--section", type=int, metavar="N", help="with --add: the unit's section (its number)")
    p.add_argument("--remove", type=int, metavar="ID", help="no longer invite this unit")
    p.set_defaults(handler=cmd_invited_units)


def _kind(args: argparse.Namespace) -> str:
    suffix = Path(args.out).suffix.lower()
    if args.per:
        if suffix in (".pdf", ".docx"):   # a folder named "x.pdf" would surprise everyone
            raise FileProblem("invitation_bundle_name", path=args.out)
        return "docx" if args.template or args.format == "docx" else "pdf"
    if suffix not in (".pdf", ".docx") or (args.template and suffix != ".docx"):
        raise FileProblem("invitation_format", path=args.out, template=bool(args.template))
    return suffix.lstrip(".")


def cmd_invitations(args: argparse.Namespace) -> int:
    from desktop_app.domain.dates import parse_datetime
    from desktop_app.domain.invitation import InvitationOptions
    from desktop_app.domain.invitation_files import Split

    kind = _kind(args)
    issued = parse_datetime(args.date, field="date").date() if args.date else None
    options = InvitationOptions(section_position=args.section, issued_on=issued, signed=args.signed,
                                with_units=not args.no_units)
    split = Split(args.per) if args.per else Split.NONE
    db = open_db(args)
    if kind == "pdf":
        from desktop_app.printing.invitations import export_invitations_pdf

        result = export_invitations_pdf(db, args.conference, args.out, options, split=split, today=date.today())
    else:
        from desktop_app.exchange.invitations import export_invitations_docx

        result = export_invitations_docx(db, args.conference, args.out, options, split=split,
                                         template=args.template, today=date.today())
    data = {"path": str(result.path), "format": kind, "pages": result.pages, "people": result.people,
            "units": result.pages - result.people, "files": result.files}
    emit(args, data, lambda: _text(data))
    return 0


def _text(data: dict[str, Any]) -> str:
    from desktop_app.cli.exchange_commands import counted

    units = f" and {counted(data['units'], 'unit')}" if data["units"] else ""
    files = f" in {counted(data['files'], 'file')}" if data["files"] > 1 else ""
    return (f"Wrote {data['path']}: invitations for {counted(data['people'], 'person', 'people')}{units}"
            f"{files}.")


def cmd_invited_units(args: argparse.Namespace) -> int:
    from desktop_app.store import invited_units as store
    from desktop_app.store.conferences import get_conference
    from desktop_app.store.lists import section_id_at

    db = open_db(args)
    get_conference(db, args.conference)
    if args.add:
        section = section_id_at(db, args.conference, args.section) if args.section else None
        store.add_invited_unit(db, args.conference, args.add, seats=args.seats or 1, section_id=section)
    elif args.edit is not None:
        old = _in_conference(store.get_invited_unit(db, args.edit), args)
        store.update_invited_unit(db, args.edit, unit_name=args.name or old.unit_name,
                                  seats=args.seats or old.seats, section_id=old.section_id, note=old.note)
    elif args.remove is not None:
        store.remove_invited_unit(db, _in_conference(store.get_invited_unit(db, args.remove), args).id)
    units = store.list_invited_units(db, args.conference)
    data = [{"id": u.id, "unit": u.unit_name, "seats": u.seats, "section_id": u.section_id} for u in units]
    emit(args, data, lambda: "\n".join(f"{u['id']:>5}  {u['seats']:>3}  {u['unit']}" for u in data)
         or "No units are invited without names.")
    return 0


def _in_conference(unit: Any, args: argparse.Namespace) -> Any:
    from desktop_app.domain.errors import NotFound

    if unit.conference_id != args.conference:   # another conference's: not this list's to change
        raise NotFound(entity="invited_unit", id=unit.id)
    return unit


# -- the invitation's fields on `conference add` and `conference edit` ---------------------------

INVITATION_OPTIONS = {   # option → Conference field; several lines: "\n" in the text, or real line breaks
    "--doc-number": ("doc_number", "number and symbol, e.g. “123/GM-STTTT” (printed after “Số:”)"),
    "--invitation-subject": ("invitation_subject", "what the invitation is about (default: the title)"),
    "--invitation-body": ("invitation_body", "the invitation's purpose and programme, several lines"),
    "--signer-title": ("signer_title", "the signer's title, e.g. “KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC”"),
    "--signer-name": ("signer_name", "the signer's name"),
    "--recipients": ("recipients", "the “Nơi nhận” lines, e.g. “- Như trên;\\n- Lưu: VT.”"),
}


def add_invitation_options(parser: argparse.ArgumentParser) -> None:
    for option, (field, text) in INVITATION_OPTIONS.items():
        parser.add_argument(option, dest=field, metavar="TEXT", help=text)


def invitation_fields(args: argparse.Namespace) -> dict[str, str]:
    """The fields given, with a typed "\\n" read as a line break (a shell without $'…' quoting)."""
    return {field: getattr(args, field).replace("\\n", "\n") for field, _ in INVITATION_OPTIONS.values()
            if getattr(args, field, None) is not None}


def register_conference_edit(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("edit", help="change a conference's details and its invitation's fields")
    add_db_option(p)
    p.add_argument("--conference", type=int, required=True, metavar="ID")
    p.add_argument("--title")
    for option, field in (("--venue", "venue"), ("--organizer", "organizer"), ("--parent-agency", "parent_agency"),
                          ("--chair", "chair"), ("--place", "place_name")):
        p.add_argument(option, dest=field)
    add_invitation_options(p)
    p.set_defaults(handler=cmd_conference_edit)


def cmd_conference_edit(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from desktop_app.store.conferences import get_conference, update_conference

    db = open_db(args)
    old = get_conference(db, args.conference)
    changes = {f: getattr(args, f) for f in ("title", "venue", "organizer", "parent_agency", "chair", "place_name")
               if getattr(args, f) is not None}
    c = update_conference(db, replace(old, **changes, **invitation_fields(args)))
    data = {"id": c.id, "title": c.title, **{f: getattr(c, f) for f, _ in INVITATION_OPTIONS.values()}}
    emit(args, data, f"Changed conference {c.id}: {c.title}")
    return 0
