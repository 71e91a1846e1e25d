"""Importing an invite list into a conference: check every row, match units to the catalog and
section headings to the conference's sections, skip duplicates, then write everyone in one
transaction (all or nothing) after a rolling backup. A dry run does all but the writing.

    report = import_invite_list(db, conference_id, "danh_sach.xlsx", ImportOptions(dry_run=True),
                                progress=on_progress, cancelled=stop_requested)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.domain.catalog import unit_match_key
from desktop_app.domain.errors import FileProblem, ValidationError
from desktop_app.domain.identity import Identity, Likeness, compare, contradictions, identity_of
from desktop_app.domain.models import AttendeeInput, Section
from desktop_app.domain.progress import CancelCheck, Monitor, ProgressCallback
from desktop_app.domain.signin import bare_title
from desktop_app.domain.text import fold, typing_artefacts
from desktop_app.domain.validation import normalize_phone, validate_attendee, validate_email, validate_phone
from desktop_app.exchange.import_report import (
    NEW_SECTION,
    NO_SECTION,
    ImportOptions,
    ImportReport,
    PreviewRow,
    RowNote,
    SectionUse,
    UnmatchedUnit,
)
from desktop_app.exchange.limits import memory_guard
from desktop_app.exchange.reading import Candidate, ParsedList, read_list
from desktop_app.exchange.table import Field, Heading, numeral_position
from desktop_app.store.attendees import add_attendees
from desktop_app.store.backup import rolling_backup
from desktop_app.store.conferences import get_conference
from desktop_app.store.engine import Database, write_transaction
from desktop_app.store.identities import conference_identities
from desktop_app.store.sections import add_section, list_sections
from desktop_app.store.units import match_keys

_SALUTATION = re.compile(r"^(đồng chí|đ/c|đ\.c\.?)\s+", re.IGNORECASE)
_LEADING_NUMBER = re.compile(r"^\d{1,5}\s*[.)/-]\s*(?=\D)")
_PHONE_SPLIT = re.compile(r"\s*(?:[,;/\n]|\s-\s|\bvà\b|\bhoặc\b)\s*")


def import_invite_list(
    db: Database,
    conference_id: int,
    path: str | Path,
    options: ImportOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Read, check and (unless a dry run) import a list. Raises FileProblem for a file that is not
    a usable list and Cancelled when asked to stop; in both cases nothing is written."""
    options = options or ImportOptions()
    monitor = Monitor(progress, cancelled)
    get_conference(db, conference_id)
    with memory_guard(path):   # whatever the limits let through, a MemoryError is still one sentence
        parsed = read_list(path, options, monitor)
        if not parsed.candidates:
            raise FileProblem("no_people", path=str(path), sheet=parsed.sheet, header_row=parsed.layout.header_row)
        report, people = plan_import(db, conference_id, parsed, options, monitor)
    if options.dry_run or not people:
        return report
    monitor.check()
    if options.backup and db.path and db.path != ":memory:":
        report.backup_path = str(rolling_backup(db, db.path, reason="before-import"))
    new_sections = {-s.row: s.new_title for s in report.sections if s.new_title}
    report.attendee_ids = write_people(db, conference_id, people, monitor, new_sections)
    report.imported = len(report.attendee_ids)
    return report


def write_people(db: Database, conference_id: int, people: Sequence[AttendeeInput], monitor: Monitor,
                 new_sections: dict[int, str] | None = None) -> list[int]:
    """Add everyone in one transaction, with the new sections chosen for them (placeholder id →
    title); Cancel, checked as the rows are written and once more before the commit, rolls all of
    it back."""
    monitor.stage("writing", len(people))
    with write_transaction(db):
        if new_sections:
            made = {key: add_section(db, conference_id, title).id for key, title in new_sections.items()}
            people = [replace(p, section_id=made.get(p.section_id, p.section_id)) if p.section_id in made else p
                      for p in people]
        ids = add_attendees(db, conference_id, people, action="import", progress=monitor.at)
        monitor.check()
    monitor.finish()
    return ids


# ----------------------------------------------------------------------------------------------
# Checking every row
# ----------------------------------------------------------------------------------------------


@dataclass
class _Context:
    sections: list[Section]
    unit_keys: dict[str, int]
    # Everyone already on the list and every row taken so far, by folded name: (identity, where,
    # name as written), where is {"attendee_id": id} or {"first_row": row}.
    known: dict[str, list[tuple[Identity, dict[str, int], str]]]
    heading_sections: dict[int, SectionUse]
    named_sections: dict[str, int | None]
    units_from_headings: bool = False     # no unit column: a heading that is no section names the unit


def plan_import(db: Database, conference_id: int, parsed: ParsedList, options: ImportOptions,
                monitor: Monitor) -> tuple[ImportReport, list[AttendeeInput]]:
    """The report of what an import would do, and the people it would add."""
    sections = sorted(list_sections(db, conference_id), key=lambda s: (s.position, s.id))
    known = {name: [(identity, {"attendee_id": attendee_id}, full_name) for attendee_id, full_name, identity in people]
             for name, people in conference_identities(db, conference_id).items()}
    ctx = _Context(sections, match_keys(db), known, {}, {},
                   units_from_headings=Field.UNIT not in parsed.layout.columns)
    report = ImportReport(
        path=parsed.path, kind=parsed.kind, sheet=parsed.sheet, sheets=parsed.sheets,
        header_row=parsed.layout.header_row,
        columns={str(f): (c, parsed.layout.labels.get(c, "")) for f, c in parsed.layout.columns.items()},
        encoding=parsed.encoding, dry_run=options.dry_run, skipped=list(parsed.skipped),
        converted_cells=parsed.converted_cells, conversion_examples=parsed.conversion_examples,
        legacy_suspected=parsed.legacy_suspected,
        ended_at_row=parsed.ended_at_row, declared_count=parsed.declared_count, catalog_empty=not ctx.unit_keys,
    )
    choices = options.section_choices or {}
    for h in parsed.headings:
        use = _map_heading(h, sections, choices.get(h.row))
        ctx.heading_sections[h.row] = replace(use, as_unit=ctx.units_from_headings and use.section_id is None)
    unmatched: dict[str, tuple[str, list[int]]] = {}
    people: list[AttendeeInput] = []
    monitor.stage("checking", len(parsed.candidates))
    for i, candidate in enumerate(parsed.candidates, start=1):
        monitor.step(i)
        marks = (len(report.skipped), len(report.changed), len(report.warnings))
        person, section_title = _check_row(candidate, ctx, report)
        if options.keep_rows:
            notes = (*report.skipped[marks[0]:], *report.changed[marks[1]:], *report.warnings[marks[2]:])
            report.rows.append(_preview(candidate, person, section_title, tuple(n.reason for n in notes)))
        if person is None:
            continue
        people.append(person)
        if person.unit_id is not None:
            report.matched_units += 1
        elif person.unit_name:
            entry = unmatched.setdefault(fold(person.unit_name), (person.unit_name, []))
            entry[1].append(candidate.row)
    monitor.finish()
    report.skipped.sort(key=lambda n: n.row)
    report.importable = len(people)
    report.unmatched_units = [UnmatchedUnit(name, len(rows), tuple(rows[:10])) for name, rows in unmatched.values()]
    report.sections = [replace(use, people=sum(1 for c in parsed.candidates if c.heading and c.heading.row == row))
                       for row, use in ctx.heading_sections.items()]
    return report, people


def _check_row(c: Candidate, ctx: _Context, report: ImportReport) -> tuple[AttendeeInput | None, str]:
    v = c.values
    name = v.get(Field.NAME, "")
    label = name or next(iter(v.values()), "")
    if not name:
        report.skipped.append(RowNote(c.row, "no_name", text=label[:80]))
        return None, ""
    notes: list[str] = [v[Field.NOTE]] if v.get(Field.NOTE) else []
    salutation = v.get(Field.SALUTATION, "")
    name = _tidy_name(c, name, report)
    if not salutation and _SALUTATION.match(name):
        after = _SALUTATION.sub("", name)
        report.changed.append(RowNote(c.row, "salutation_split", text=after, field="full_name",
                                      before=name, after=after))
        salutation, name = "Đồng chí", after
    phone = _phone(c, v.get(Field.PHONE, ""), name, notes, report)
    email = _email(c, v.get(Field.EMAIL, ""), name, notes, report)
    unit = v.get(Field.UNIT, "")
    if not unit and c.heading is not None and ctx.heading_sections[c.heading.row].as_unit:
        unit = c.heading.title   # lists grouped under unit headings ("Sở Tư pháp") with no unit column
    section_id, section_title = _section_of(c, ctx)
    person = AttendeeInput(
        full_name=name, salutation=salutation, position=v.get(Field.POSITION, ""), unit_name=unit,
        unit_id=ctx.unit_keys.get(unit_match_key(unit)) if unit else None, section_id=section_id,
        phone=phone, email=email, note="; ".join(notes),
    )
    try:
        person = validate_attendee(person)
    except ValidationError as error:
        report.skipped.append(RowNote(c.row, error.code, text=name[:80], field=error.field,
                                      detail={k: v for k, v in error.details.items()
                                              if k in ("limit", "length")}))
        return None, section_title
    if not _note_namesakes(c, person, ctx, report):
        return None, section_title
    for fld, text in ((Field.NAME, person.full_name), (Field.POSITION, person.position)):
        words = typing_artefacts(text)
        if words:
            report.warnings.append(RowNote(c.row, "typing_artefact", text=person.full_name, field=str(fld),
                                           detail={"words": words}))
    return person, section_title


def _note_namesakes(c: Candidate, person: AttendeeInput, ctx: _Context, report: ImportReport) -> bool:
    """False when the row is someone already on the list or earlier in the file (domain.identity:
    same name with its accents, same unit, nothing contradicting); otherwise the row is taken and
    any namesake in its unit is listed for review: a possible duplicate or a similar name."""
    me = identity_of(person.full_name, person.unit_id, person.unit_name, phone=person.phone,
                     email=person.email, position=person.position)
    others = ctx.known.setdefault(me.folded_name, [])
    found = [(compare(me, other), other, where, name) for other, where, name in others]
    for likeness, _other, where, _name in found:
        if likeness is Likeness.SAME_PERSON:
            reason = "already_in_conference" if "attendee_id" in where else "duplicate_in_file"
            report.skipped.append(RowNote(c.row, reason, text=person.full_name, detail=dict(where)))
            return False
    for likeness, other, where, name in found:
        if likeness is not None:
            detail: dict[str, object] = {**where, "other": name}
            if likeness is Likeness.POSSIBLE_DUPLICATE:
                detail["differs"] = list(contradictions(me, other))
            report.warnings.append(RowNote(c.row, str(likeness), text=person.full_name, detail=detail))
    others.append((me, {"first_row": c.row}, person.full_name))
    return True


def _tidy_name(c: Candidate, name: str, report: ImportReport) -> str:
    """A name that starts with its list number ("12. Nguyễn Văn A") loses the number."""
    m = _LEADING_NUMBER.match(name)
    if m and len(name) > m.end():
        after = name[m.end():]
        report.changed.append(RowNote(c.row, "number_removed", text=after, field="full_name", before=name,
                                      after=after))
        return after
    return name


def _phone(c: Candidate, raw: str, name: str, notes: list[str], report: ImportReport) -> str:
    if not raw:
        return ""
    phone, why = normalize_phone(raw)
    if why != "not_a_phone":
        try:
            validate_phone(phone)
        except ValidationError:
            why = "not_a_phone"
    if why == "leading_zero_restored":
        report.changed.append(RowNote(c.row, why, text=name, field="phone", before=raw, after=phone))
        return phone
    if why is None:
        return phone
    # Several numbers in one cell, or words: the first good number is the phone; the whole cell
    # goes to the note so nothing is lost.
    for part in _PHONE_SPLIT.split(raw):
        candidate, part_why = normalize_phone(part)
        if part_why != "not_a_phone" and candidate:
            try:
                first = validate_phone(candidate)
            except ValidationError:
                continue
            notes.append(f"ĐT: {raw}")
            report.changed.append(RowNote(c.row, "phone_several", text=name, field="phone", before=raw,
                                          after=first))
            return first
    notes.append(f"ĐT: {raw}")
    report.changed.append(RowNote(c.row, "phone_moved_to_note", text=name, field="phone", before=raw, after=""))
    return ""


def _email(c: Candidate, raw: str, name: str, notes: list[str], report: ImportReport) -> str:
    if not raw:
        return ""
    try:
        return validate_email(raw)
    except ValidationError:
        notes.append(f"Email: {raw}")
        report.changed.append(RowNote(c.row, "email_moved_to_note", text=name, field="email", before=raw,
                                      after=""))
        return ""


def _section_of(c: Candidate, ctx: _Context) -> tuple[int | None, str]:
    written = c.values.get(Field.SECTION)
    if written:
        if written not in ctx.named_sections:
            section, _ = _match_section(None, written, ctx.sections)
            ctx.named_sections[written] = section.id if section else None
        section_id = ctx.named_sections[written]
        if section_id is not None:
            return section_id, next(s.title for s in ctx.sections if s.id == section_id)
    if c.heading is not None:
        use = ctx.heading_sections[c.heading.row]
        if use.new_title:   # the section is made when the people are written: -row stands for it
            return -use.row, use.section_title
        return use.section_id, use.section_title
    return None, ""


def _map_heading(h: Heading, sections: list[Section], choice: int | str | None = None) -> SectionUse:
    """Where a heading's rows go: the section matching found, or the one the person chose."""
    section, how = _match_section(h.numeral, h.title, sections)
    proposed = {"proposed_id": section.id if section else None, "proposed_by": how}
    if choice == NEW_SECTION:
        title = h.title or h.text
        return SectionUse(h.row, h.text, None, title, "new", new_title=title, **proposed)
    if choice == NO_SECTION:
        return SectionUse(h.row, h.text, None, matched_by="chosen", **proposed)
    chosen = next((s for s in sections if s.id == choice), None) if choice is not None else None
    if chosen is not None:
        return SectionUse(h.row, h.text, chosen.id, chosen.title, "chosen", **proposed)
    if section is None:
        return SectionUse(h.row, h.text, None, **proposed)
    return SectionUse(h.row, h.text, section.id, section.title, how, **proposed)


def _match_section(numeral: str | None, title: str, sections: list[Section]) -> tuple[Section | None, str | None]:
    """The conference section a heading names: same folded title, else a clearly similar title,
    else the section at the heading's number. None when nothing fits: no section is created."""
    key = fold(bare_title(title))
    if not key:
        return None, None
    for s in sections:
        if fold(bare_title(s.title)) == key:
            return s, "title"
    words = set(key.split())
    best, best_score = None, 0.0
    for s in sections:
        other = set(fold(bare_title(s.title)).split())
        score = len(words & other) / len(words | other) if other else 0.0
        if score > best_score:
            best, best_score = s, score
    if best is not None and best_score >= 0.6:
        return best, "similar title"
    # Roman numerals and letters number sections; digits more often number units or people.
    position = numeral_position(numeral) if numeral and not numeral.isdigit() else None
    if position is not None and 1 <= position <= len(sections):
        return sections[position - 1], "numeral"
    return None, None


def _preview(c: Candidate, person: AttendeeInput | None, section_title: str, problems: tuple[str, ...]) -> PreviewRow:
    return PreviewRow(row=c.row, imported=person is not None, person=person,
                      original={str(f): t for f, t in c.originals.items()}, section_title=section_title,
                      unit_matched=person is not None and person.unit_id is not None, problems=problems,
                      written={} if person is not None else {str(f): t for f, t in c.values.items()})
