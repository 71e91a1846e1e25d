"""Exporting a conference to a spreadsheet: the sign-in sheet, the attendance report or the full
list, as .xlsx or .csv, and the sign-in sheet as a Word document (.docx) too (its PDF is
printing/'s). The window's export dialog and `hoinghi export` call `export_file` with the same
options.

    export_file(db, conference_id, "ky_ten.xlsx", ExportOptions(ExportKind.SIGNIN,
                SheetOptions(orientation=Orientation.LANDSCAPE, with_phone=True)),
                progress=on_progress, cancelled=stop_requested)
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.errors import FileProblem
from desktop_app.domain.models import Attendee
from desktop_app.domain.progress import CancelCheck, Monitor, ProgressCallback
from desktop_app.domain.signin import SheetOptions, time_place_line
from desktop_app.exchange.attendance_xlsx import AttendanceData, write_attendance_workbook
from desktop_app.exchange.csv_export import write_csv
from desktop_app.exchange.records import FULL_PRINTED, attendance_table, full_table, full_table_rest, signin_table
from desktop_app.exchange.signin_docx import write_signin_docx
from desktop_app.exchange.signin_xlsx import write_signin_workbook
from desktop_app.exchange.tables_xlsx import write_table
from desktop_app.exchange.workbook import building, new_workbook, save
from desktop_app.store.attendees import list_attendees
from desktop_app.store.audit import history
from desktop_app.store.conferences import get_conference
from desktop_app.store.engine import Database
from desktop_app.store.lists import section_id_at, signin_sheet, topic_check_ins
from desktop_app.store.stats import conference_stats
from desktop_app.store.topics import list_topics


class ExportKind(enum.StrEnum):
    SIGNIN = "signin"            # the Decree 30 sign-in sheet (or a blank one)
    ATTENDANCE = "attendance"    # who came: summary, present, absent, per topic
    FULL = "full"                # every field of every person


class ExportFormat(enum.StrEnum):
    XLSX = "xlsx"
    CSV = "csv"
    PDF = "pdf"
    DOCX = "docx"                # the sign-in sheet only, for offices that edit it in Word


@dataclass(frozen=True)
class ExportOptions:
    kind: ExportKind = ExportKind.SIGNIN
    sheet: SheetOptions = field(default_factory=SheetOptions)   # layout, section, order, blank rows
    with_contacts: bool = False                                 # phones and emails in the full list
    with_history: bool = False                                  # the audit log as a sheet of the report
    csv_separator: str = ","                                    # ";" for Excel with Vietnamese settings


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: ExportFormat
    rows: int                    # people (or blank rows) written


def export_format(path: str | os.PathLike[str]) -> ExportFormat:
    """The format a file name asks for; FileProblem for an extension we do not write."""
    suffix = Path(path).suffix.lower().lstrip(".")
    try:
        return ExportFormat(suffix)
    except ValueError:
        raise FileProblem("unsupported_format", path=str(path), extension=suffix) from None


def export_file(db: Database, conference_id: int, path: str | os.PathLike[str], options: ExportOptions | None = None,
                *, progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None) -> ExportResult:
    """Write an .xlsx, .csv or (a sign-in sheet) .docx export. The file appears complete or not at all."""
    options = options or ExportOptions()
    fmt = export_format(path)
    if fmt is ExportFormat.PDF or (fmt is ExportFormat.DOCX and options.kind != ExportKind.SIGNIN):
        raise FileProblem("unsupported_format", path=str(path), extension=str(fmt), kind=str(options.kind))
    monitor = Monitor(progress, cancelled)
    conference = get_conference(db, conference_id)
    monitor.stage("reading")
    kind, target = ExportKind(options.kind), Path(path)
    if kind is ExportKind.SIGNIN:
        sheet = signin_sheet(db, conference_id, options.sheet)
        if fmt is ExportFormat.CSV:
            write_csv(signin_table(sheet), target, monitor, separator=options.csv_separator)
        elif fmt is ExportFormat.DOCX:
            write_signin_docx(sheet, target, monitor)
        else:
            write_signin_workbook(sheet, target, monitor)
        return ExportResult(target, fmt, len(sheet.rows))
    if kind is ExportKind.ATTENDANCE:
        people = list_attendees(db, conference_id)
        if fmt is ExportFormat.CSV:
            write_csv(attendance_table(people), target, monitor, separator=options.csv_separator)
        else:
            data = AttendanceData(conference, conference_stats(db, conference_id), people,
                                  list_topics(db, conference_id), topic_check_ins(db, conference_id),
                                  history=history(db, conference_id) if options.with_history else None)
            write_attendance_workbook(data, target, monitor)
        return ExportResult(target, fmt, len(people))
    people = _people(db, conference_id, options)
    table = full_table(people, with_contacts=options.with_contacts)
    if fmt is ExportFormat.CSV:
        write_csv(table, target, monitor, separator=options.csv_separator)
    else:
        wb = new_workbook()
        subtitles = (conference.title, time_place_line(conference))
        printed = sum(1 for c in table.columns if c.title in FULL_PRINTED)
        with building(wb):
            write_table(wb.create_sheet("Danh sách"), table, monitor, title="DANH SÁCH ĐẠI BIỂU",
                        subtitles=subtitles, print_columns=printed)
            write_table(wb.create_sheet("Thông tin khác"), full_table_rest(table), Monitor(),
                        title="DANH SÁCH ĐẠI BIỂU (THÔNG TIN KHÁC)", subtitles=subtitles)
            save(wb, target)
    return ExportResult(target, fmt, len(people))


def _people(db: Database, conference_id: int, options: ExportOptions) -> list[Attendee]:
    section = options.sheet.section_position
    section_id = section_id_at(db, conference_id, section) if section is not None else None
    return list_attendees(db, conference_id, order=options.sheet.order, section_id=section_id)
