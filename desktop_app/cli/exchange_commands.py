"""Headless twins of the spreadsheet and paper actions: import, export (xlsx/csv/pdf), badges."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.common import add_db_option, emit, open_db
from desktop_app.domain.errors import FileProblem, ValidationError
from desktop_app.domain.kinds import AttendeeOrder, Numbering

MAX_BLANK_ROWS = 5000


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("import", help="import an invite list (.xlsx, .xls, .csv, the tables of a .docx) "
                                           "into a conference")
    add_db_option(p)
    p.add_argument("--conference", type=int, required=True, metavar="ID")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first with a header row)")
    p.add_argument("--encoding", choices=["auto", "unicode", "tcvn3", "vni"], default="auto",
                   help="legacy Vietnamese encoding of the text (default: detected from fonts and characters)")
    p.add_argument("--header-row", type=int, metavar="N", help="the header row (default: found by its labels)")
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.add_argument("--no-backup", action="store_true", help="skip the rolling backup before importing")
    p.set_defaults(handler=cmd_import)

    p = commands.add_parser("export", help="export a sign-in sheet, attendance report or full list")
    add_db_option(p)
    p.add_argument("--conference", type=int, required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE", help="the format follows the extension: .xlsx, .csv, .pdf, "
                   ".docx (the sign-in sheet as a Word document)")
    p.add_argument("--sheet", choices=["signin", "attendance", "full"], default="signin")
    p.add_argument("--orientation", choices=["portrait", "landscape"], default="portrait")
    p.add_argument("--with-phone", action="store_true", help="a phone column on the sign-in sheet")
    p.add_argument("--with-contacts", action="store_true", help="phones and emails in the full list")
    p.add_argument("--with-history", action="store_true",
                   help="the history (audit log) as a sheet of the attendance workbook")
    p.add_argument("--section", type=int, metavar="N", help="only section N (its number: 2 for “II.”)")
    p.add_argument("--blank", type=int, metavar="N", help="a blank sign-in sheet of N numbered rows, for walk-ins")
    p.add_argument("--order", choices=[o.value for o in AttendeeOrder], default="protocol")
    p.add_argument("--numbering", choices=[n.value for n in Numbering],
                   help="STT continuous or restarting per section (default: the conference's setting)")
    p.add_argument("--no-header-block", action="store_true", help="leave out the Decree 30 header block")
    p.add_argument("--csv-separator", choices=["comma", "semicolon"], default="comma",
                   help="between a CSV file's fields: semicolons for Excel with Vietnamese regional settings")
    p.add_argument("--section-counts", action="store_true",
                   help="each section's heading with its count of people: “(12 đại biểu)”")
    p.add_argument("--staggered", action="store_true", help="“ký so le”: odd rows sign left, even rows right")
    p.add_argument("--leave-off-replaced", action="store_true",
                   help="leave off people a substitute stands in for (else marked, without a number)")
    p.set_defaults(handler=cmd_export)

    p = commands.add_parser("badges", help="print badges with QR codes, or name cards, to a PDF")
    add_db_option(p)
    p.add_argument("--conference", type=int, required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--cards", action="store_true", help="name cards (biển tên) instead of badges")
    p.add_argument("--two-per-page", action="store_true", help="with --cards: two cards per sheet, not folded")
    p.add_argument("--section", type=int, metavar="N", help="only section N (its number: 2 for “II.”)")
    p.set_defaults(handler=cmd_badges)


class _Progress:
    """A progress line on stderr when it is a terminal; silent in scripts."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.enabled:
            of = f"/{total}" if total else ""
            sys.stderr.write(f"\r{stage} {done}{of}   ")
            sys.stderr.flush()

    def end(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 40 + "\r")


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.exchange.decoding import EncodingChoice
    from desktop_app.exchange.import_report import ImportOptions
    from desktop_app.exchange.importer import import_invite_list

    db = open_db(args)
    options = ImportOptions(sheet=args.sheet, encoding=EncodingChoice(args.encoding), header_row=args.header_row,
                            dry_run=args.dry_run, backup=not args.no_backup)
    progress = _Progress()
    try:
        report = import_invite_list(db, args.conference, args.file, options, progress=progress)
    finally:
        progress.end()
    data = report.to_dict()
    _add_messages(data)
    emit(args, data, lambda: _import_text(report, data))
    return 0


def _add_messages(data: dict[str, Any]) -> None:
    from desktop_app.messages import import_note

    for key in ("skipped", "changed", "warnings", "possible_duplicates", "similar_names"):
        for note in data[key]:
            note["message"] = import_note(note["reason"], note)


def _import_text(report: Any, data: dict[str, Any]) -> str:
    name = Path(report.path).name
    if report.dry_run:
        lines = [f"Dry run: {report.importable} people would be imported from {name} (nothing was written)."]
    else:
        lines = [f"Imported {report.imported} {'person' if report.imported == 1 else 'people'} from {name}."]
    lines.append(f"Sheet “{report.sheet}”, header row {report.header_row}, text encoding {report.encoding}"
                 + (f" ({report.converted_cells} cells converted)" if report.converted_cells else "") + ".")
    if report.legacy_suspected:
        lines.append(f"Warning: the text looks like {report.legacy_suspected.upper()} but was read as Unicode, as "
                     f"--encoding unicode asks; names may be unreadable. Use --encoding auto to convert it.")
    review = ("possible_duplicate", "similar_name")
    data = {**data, "warnings": [n for n in data["warnings"] if n["reason"] not in review]}
    for title, key in (("Skipped", "skipped"), ("Changed", "changed"), ("Check", "warnings"),
                       ("Possible duplicates, imported: review them in the attendee list", "possible_duplicates"),
                       ("Similar names, imported as different people", "similar_names")):
        notes = data[key]
        if notes:
            lines.append(f"{title} ({len(notes)}):")
            lines += [f"  row {n['row']}: {n.get('text') or ''} — {n['message']}" for n in notes]
    for s in report.sections:
        if s.section_id:
            target = f"section {s.section_title} (by {s.matched_by})"
        elif s.new_title:
            target = f"a new section “{s.new_title}”"
        else:
            target = "the unit of the rows below" if s.as_unit else "no section (not mapped)"
        lines.append(f"Heading on row {s.row} “{s.heading}” → {target}, {s.people} people")
    if report.catalog_empty:
        lines.append("The database has no unit catalog, so no unit was matched (units are kept as written).")
    elif report.unmatched_units:
        lines.append("Units not in the catalog (kept as written):")
        lines += [f"  {u.name} ({u.count})" for u in report.unmatched_units]
    if report.declared_count is not None and report.declared_count != report.importable + sum(
            1 for n in report.skipped if n.reason in ("already_in_conference", "duplicate_in_file")):
        lines.append(f"The file says it lists {report.declared_count} people.")
    if report.backup_path:
        lines.append(f"Backup before the import: {report.backup_path}")
    return "\n".join(lines)


def _sheet_options(args: argparse.Namespace) -> Any:
    from desktop_app.domain.signin import Orientation, SheetOptions

    blank = args.blank or 0
    if args.blank is not None and not 1 <= args.blank <= MAX_BLANK_ROWS:
        raise ValidationError("out_of_range", field="blank", value=args.blank, low=1, high=MAX_BLANK_ROWS)
    return SheetOptions(
        orientation=Orientation(args.orientation), with_phone=args.with_phone,
        header_block=not args.no_header_block, section_position=args.section,
        numbering=Numbering(args.numbering) if args.numbering else None, order=AttendeeOrder(args.order),
        blank_rows=blank, staggered=args.staggered, leave_off_replaced=args.leave_off_replaced,
        section_counts=args.section_counts,
    )


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.exchange.export import ExportFormat, ExportKind, ExportOptions, export_file, export_format
    from desktop_app.store.conferences import get_conference

    fmt = export_format(args.out)
    from desktop_app.exchange.csv_export import SEPARATORS

    options = ExportOptions(kind=ExportKind(args.sheet), sheet=_sheet_options(args), with_contacts=args.with_contacts,
                            with_history=args.with_history, csv_separator=SEPARATORS[args.csv_separator])
    db = open_db(args)
    get_conference(db, args.conference)
    progress = _Progress()
    try:
        if fmt is ExportFormat.PDF:
            from desktop_app.printing.export import export_report_pdf, export_signin_pdf

            if options.kind is ExportKind.SIGNIN:
                result = export_signin_pdf(db, args.conference, args.out, options.sheet, progress=progress)
            else:
                result = export_report_pdf(db, args.conference, args.out, str(options.kind), options.sheet,
                                           with_contacts=options.with_contacts, progress=progress)
            data = {"path": str(result.path), "format": "pdf", "rows": result.rows, "pages": result.pages}
        else:
            out = export_file(db, args.conference, args.out, options, progress=progress)
            data = {"path": str(out.path), "format": str(out.format), "rows": out.rows}
    finally:
        progress.end()
    pages = f", {counted(data['pages'], 'page')}" if "pages" in data else ""
    emit(args, data, f"Wrote {data['path']} ({counted(data['rows'], 'row')}{pages}).")
    return 0


def counted(n: int, one: str, many: str = "") -> str:
    """“1 page”, “3 pages”."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def cmd_badges(args: argparse.Namespace) -> int:
    from desktop_app.printing.cards import CardKind, CardOptions
    from desktop_app.printing.export import export_cards_pdf

    if Path(args.out).suffix.lower() != ".pdf":
        raise FileProblem("unsupported_format", path=args.out, extension=Path(args.out).suffix.lstrip("."), only="pdf")
    kind = CardKind.BADGE
    if args.cards:
        kind = CardKind.HALF if args.two_per_page else CardKind.FOLDED
    db = open_db(args)
    result = export_cards_pdf(db, args.conference, args.out, CardOptions(kind, args.section))
    emit(args, {"path": str(result.path), "pages": result.pages, "people": result.rows, "kind": str(kind)},
         f"Wrote {result.path} ({counted(result.rows, 'person', 'people')}, {counted(result.pages, 'page')}).")
    return 0
