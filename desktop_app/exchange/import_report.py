"""What an import found and did: the options it ran with and the report it returns, row by row.

Reasons are codes (the window and the command line word them through messages.py):
  skipped  no_name, not_a_name, too_long, duplicate_in_file, already_in_conference,
           repeated_header, column_numbers, total_line
  changed  leading_zero_restored, phone_several, phone_moved_to_note, email_moved_to_note,
           salutation_split, number_removed
  warnings typing_artefact, possible_duplicate (same name and unit as a row or an attendee, but a
           different phone, e-mail or position: imported, to review), similar_name (same unit, a
           name that differs only by accents: imported, never merged)
Units not in the catalog are listed apart (unmatched_units), headings with the section they map to."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as _field  # `field` is also a RowNote attribute
from typing import Any

from desktop_app.domain.models import AttendeeInput
from desktop_app.exchange.decoding import EncodingChoice
from desktop_app.exchange.table import Field

NEW_SECTION = "new"     # a heading's rows go to a new section of the conference, named after it
NO_SECTION = "none"     # a heading's rows go to no section (by the kind of their unit)
SectionChoice = int | str   # a section's id, NEW_SECTION or NO_SECTION


@dataclass(frozen=True)
class ImportOptions:
    """What the person chose in the wizard (or on the command line)."""

    sheet: str | None = None                       # None: the first sheet with a header row
    encoding: EncodingChoice = EncodingChoice.AUTO
    header_row: int | None = None                  # 1-based; None: found by its labels
    columns: Mapping[Field, int] | None = None     # field -> 0-based column; None: from the header
    dry_run: bool = False
    backup: bool = True                            # a rolling backup before a real import
    keep_rows: bool = False                        # keep every row for a preview table
    section_choices: Mapping[int, SectionChoice] | None = None   # heading row -> where its rows go


@dataclass(frozen=True)
class RowNote:
    """One row that was skipped, changed or flagged, and why."""

    row: int
    reason: str
    text: str = ""                                 # the row's name, to recognise it
    field: str | None = None
    before: str = ""
    after: str = ""
    detail: Mapping[str, Any] = _field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"row": self.row, "reason": self.reason}
        if self.text:
            out["text"] = self.text
        if self.field:
            out["field"] = self.field
        if self.before or self.after:
            out["before"], out["after"] = self.before, self.after
        out.update(self.detail)
        return out


@dataclass(frozen=True)
class SectionUse:
    """A section heading of the file and the conference section its rows went to."""

    row: int
    heading: str
    section_id: int | None                         # None: not mapped; rows go by unit kind
    section_title: str = ""
    matched_by: str | None = None                  # "title", "similar title", "numeral", "chosen", "new"
    people: int = 0
    as_unit: bool = False                          # no unit column: the heading is its rows' unit
    proposed_id: int | None = None                 # what matching found, whatever was chosen
    proposed_by: str | None = None
    new_title: str = ""                            # a section to create for its rows

    @property
    def numeral_only(self) -> bool:
        """Matched to a section by its number alone, the titles differing: to confirm."""
        return self.proposed_by == "numeral"

    def to_dict(self) -> dict[str, Any]:
        return {"row": self.row, "heading": self.heading, "section_id": self.section_id,
                "section": self.section_title or None, "matched_by": self.matched_by, "people": self.people,
                "as_unit": self.as_unit, "new_section": self.new_title or None}


@dataclass(frozen=True)
class UnmatchedUnit:
    """A unit name not in the catalog: kept as written."""

    name: str
    count: int
    rows: tuple[int, ...]                          # the first few rows where it appears


@dataclass(frozen=True)
class PreviewRow:
    """A data row as the wizard's preview shows it."""

    row: int
    imported: bool
    person: AttendeeInput | None
    original: Mapping[str, str] = _field(default_factory=dict)   # field -> text before conversion
    section_title: str = ""
    unit_matched: bool = False
    problems: tuple[str, ...] = ()
    written: Mapping[str, str] = _field(default_factory=dict)    # field -> text as read, for a skipped row


@dataclass
class ImportReport:
    path: str
    kind: str
    sheet: str
    sheets: list[str]
    header_row: int
    columns: dict[str, tuple[int, str]]            # field -> (0-based column, header label)
    encoding: str                                  # unicode, tcvn3, vni or mixed
    dry_run: bool
    importable: int = 0                            # people that are (or would be) imported
    imported: int = 0                              # people written (0 in a dry run)
    skipped: list[RowNote] = _field(default_factory=list)
    changed: list[RowNote] = _field(default_factory=list)
    warnings: list[RowNote] = _field(default_factory=list)
    unmatched_units: list[UnmatchedUnit] = _field(default_factory=list)
    matched_units: int = 0                         # people whose unit is in the catalog
    catalog_empty: bool = False                    # the database has no unit catalog to match against
    sections: list[SectionUse] = _field(default_factory=list)
    converted_cells: int = 0
    legacy_suspected: str = ""                     # read as Unicode as asked, though it looks like this
    conversion_examples: list[tuple[str, str]] = _field(default_factory=list)
    ended_at_row: int | None = None                # the signature block that ended the list
    declared_count: int | None = None              # "Danh sách có N đại biểu" if the file says it
    backup_path: str | None = None
    attendee_ids: list[int] = _field(default_factory=list)
    rows: list[PreviewRow] = _field(default_factory=list)

    @property
    def possible_duplicates(self) -> list[RowNote]:
        """Rows imported although someone of the same name and unit is already there (domain.identity)."""
        return [n for n in self.warnings if n.reason == "possible_duplicate"]

    @property
    def similar_names(self) -> list[RowNote]:
        """Rows imported beside a name of their unit that differs only by accents."""
        return [n for n in self.warnings if n.reason == "similar_name"]

    def to_dict(self) -> dict[str, Any]:
        """The command line's JSON."""
        from openpyxl.utils import get_column_letter

        return {
            "imported": self.imported,
            "importable": self.importable,
            "dry_run": self.dry_run,
            "skipped": [n.to_dict() for n in self.skipped],
            "changed": [n.to_dict() for n in self.changed],
            "warnings": [n.to_dict() for n in self.warnings],
            "possible_duplicates": [n.to_dict() for n in self.possible_duplicates],
            "similar_names": [n.to_dict() for n in self.similar_names],
            "unmatched_units": [u.name for u in self.unmatched_units],
            "unmatched_unit_rows": {u.name: list(u.rows) for u in self.unmatched_units},
            "matched_units": self.matched_units,
            "catalog_empty": self.catalog_empty,
            "encoding": self.encoding,
            "converted_cells": self.converted_cells,
            "legacy_suspected": self.legacy_suspected or None,
            "conversion_examples": [{"before": b, "after": a} for b, a in self.conversion_examples],
            "sections": [s.to_dict() for s in self.sections],
            "file": self.path,
            "format": self.kind,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "columns": {f: {"column": get_column_letter(c + 1), "label": label}
                        for f, (c, label) in self.columns.items()},
            "ended_at_row": self.ended_at_row,
            "declared_count": self.declared_count,
            "backup": self.backup_path,
        }
