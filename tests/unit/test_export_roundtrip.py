"""Export then import gives the same people: the sign-in sheet, the full list and the CSVs."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop_app.domain.signin import Orientation, SheetOptions
from desktop_app.exchange.export import ExportKind, ExportOptions, export_file
from desktop_app.exchange.importer import import_invite_list
from desktop_app.store.attendees import list_attendees
from desktop_app.store.conferences import create_conference


def people(db, conference_id, *fields: str) -> set[tuple]:
    return {tuple(getattr(a, f) for f in fields) for a in list_attendees(db, conference_id)}


@pytest.fixture
def source(db):
    from desktop_app.store.demo import create_demo

    return create_demo(db)


@pytest.mark.parametrize(("kind", "suffix", "options", "fields"), [
    (ExportKind.SIGNIN, "xlsx", {"sheet": SheetOptions(Orientation.LANDSCAPE, with_phone=True)},
     ("full_name", "position", "unit_name", "phone", "section_title")),
    (ExportKind.SIGNIN, "csv", {"sheet": SheetOptions(with_phone=True)},
     ("full_name", "position", "unit_name", "phone", "section_title")),
    (ExportKind.FULL, "xlsx", {"with_contacts": True},
     ("full_name", "salutation", "position", "unit_name", "phone", "email", "note", "section_title")),
    (ExportKind.FULL, "csv", {"with_contacts": True},
     ("full_name", "salutation", "position", "unit_name", "phone", "email", "note", "section_title")),
    (ExportKind.ATTENDANCE, "csv", {}, ("full_name", "position", "unit_name", "section_title")),
])
def test_export_then_import_gives_the_same_people(db, source, tmp_path, kind, suffix, options, fields):
    path = tmp_path / f"out.{suffix}"
    export_file(db, source.id, path, ExportOptions(kind, **options))
    target = create_conference(db, "Bản sao", datetime(2022, 9, 14, 7, 30))
    report = import_invite_list(db, target.id, path)
    assert {n.reason for n in report.skipped} <= {"total_line"} and report.changed == []   # the sheet's count line
    assert report.imported == len(list_attendees(db, source.id))
    assert people(db, target.id, *fields) == people(db, source.id, *fields)
