"""The import report in words: what was imported, every row skipped or changed with its number and
reason, the possible duplicates and similar names, the units not in the catalog, the section
headings, and where the backup is. As HTML for the wizard (long lists cut short) and as plain
text, complete, to copy or save."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop_app.exchange.import_report import ImportReport, RowNote
from desktop_app.messages import import_note
from desktop_app.ui.common.exchange_labels import encoding_label
from desktop_app.ui.common.labels import number

translate = QCoreApplication.translate

HTML_ROWS = 300      # rows per table on screen; the text has them all


def _reason(note: RowNote) -> str:
    text = import_note(note.reason, note.to_dict())
    if note.before or note.after:
        text += f": “{note.before}” → “{note.after or '—'}”"
    return text


def _headline(report: ImportReport, conference_title: str) -> str:
    # Qt's plural forms (%n) reach lupdate only through tr(); here the two English forms are written out.
    if report.imported == 1:
        return translate("ImportReport", "Imported 1 person into “{title}”.").format(title=conference_title)
    return translate("ImportReport", "Imported {count} people into “{title}”.").format(
        count=number(report.imported), title=conference_title)


def _source_line(report: ImportReport) -> str:
    line = translate("ImportReport", "File {file}, sheet “{sheet}”, column headings on row {row}; "
                                     "text: {encoding}.").format(
        file=Path(report.path).name, sheet=report.sheet, row=report.header_row,
        encoding=encoding_label(report.encoding))
    if report.converted_cells:
        line += " " + (translate("ImportReport", "1 cell converted to Unicode.") if report.converted_cells == 1 else
                       translate("ImportReport", "{count} cells converted to Unicode.").format(
                           count=number(report.converted_cells)))
    return line


def _tables(report: ImportReport) -> list[tuple[str, list[str], list[list[str]]]]:
    """(title, column headings, rows) for every part of the report that has rows."""
    parts: list[tuple[str, list[str], list[list[str]]]] = []
    skipped = {n.row for n in report.skipped}   # what was tidied in a skipped row does not matter
    changed = [n for n in report.changed if n.row not in skipped]
    review = ("possible_duplicate", "similar_name")
    warnings = [n for n in report.warnings if n.row not in skipped and n.reason not in review]
    note_columns = [translate("ImportReport", "Row"), translate("ImportReport", "Name"),
                    translate("ImportReport", "Reason")]
    for title, notes in ((translate("ImportReport", "Skipped rows ({count})"), report.skipped),
                         (translate("ImportReport", "Corrected rows ({count})"), changed),
                         (translate("ImportReport", "Rows to check ({count})"), warnings),
                         (translate("ImportReport", "Possible duplicates, imported: review them in the attendee "
                                                    "list ({count})"), report.possible_duplicates),
                         (translate("ImportReport", "Similar names, imported as different people ({count})"),
                          report.similar_names)):
        if notes:
            parts.append((title.format(count=number(len(notes))), note_columns,
                          [[str(n.row), n.text, _reason(n)] for n in notes]))
    if report.unmatched_units and not report.catalog_empty:
        title = translate("ImportReport", "Units not in the catalog, kept as written ({count})").format(
            count=number(len(report.unmatched_units)))
        columns = [translate("ImportReport", "Unit"), translate("ImportReport", "People"),
                   translate("ImportReport", "Rows")]
        parts.append((title, columns, [
            [u.name, number(u.count), ", ".join(map(str, u.rows)) + ("…" if u.count > len(u.rows) else "")]
            for u in report.unmatched_units]))
    if report.sections:
        rows = []
        for s in report.sections:
            if s.section_id:
                target = s.section_title
            elif s.new_title:
                target = translate("ImportReport", "a new section “{title}”").format(title=s.new_title)
            elif s.as_unit:
                target = translate("ImportReport", "the unit of the rows below it")
            else:
                target = translate("ImportReport", "no section (not matched)")
            rows.append([str(s.row), s.heading, target, number(s.people)])
        columns = [translate("ImportReport", "Row"), translate("ImportReport", "Heading"),
                   translate("ImportReport", "Goes to"), translate("ImportReport", "People")]
        parts.append((translate("ImportReport", "Section headings in the file"), columns, rows))
    return parts


def _notes(report: ImportReport) -> list[str]:
    lines = []
    if report.catalog_empty:
        lines.append(translate("ImportReport", "The database has no unit catalog, so units were kept as written."))
    if report.declared_count is not None and report.declared_count != report.importable:
        lines.append(translate("ImportReport", "The file itself says it lists {count} people.").format(
            count=number(report.declared_count)))
    if report.backup_path:
        lines.append(translate("ImportReport", "A copy of the database as it was before the import: {path}").format(
            path=report.backup_path))
    return lines


def report_html(report: ImportReport, conference_title: str, *, limit: int = HTML_ROWS) -> str:
    out = [f"<h3>{escape(_headline(report, conference_title))}</h3>", f"<p>{escape(_source_line(report))}</p>"]
    out += [f"<p>{escape(line)}</p>" for line in _notes(report)]
    for title, headings, rows in _tables(report):
        out.append(f"<h4>{escape(title)}</h4>")
        out.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">')
        out.append("<tr>" + "".join(f"<th align='left'>{escape(h)}</th>" for h in headings) + "</tr>")
        out += ["<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows[:limit]]
        out.append("</table>")
        if len(rows) > limit:
            more = translate("ImportReport", "…and {count} more: copy or save the report to see them all.")
            out.append("<p><i>" + escape(more.format(count=number(len(rows) - limit))) + "</i></p>")
    if not (report.skipped or report.changed or report.warnings):
        out.append("<p>" + escape(translate("ImportReport", "Every row was imported as written.")) + "</p>")
    return "\n".join(out)


def report_text(report: ImportReport, conference_title: str) -> str:
    lines = [_headline(report, conference_title), _source_line(report), *_notes(report)]
    for title, headings, rows in _tables(report):
        lines += ["", title, _tabbed(headings)]
        lines += [_tabbed(row) for row in rows]
    return "\n".join(lines) + "\n"


def _tabbed(cells: Sequence[str]) -> str:
    return "\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells)
