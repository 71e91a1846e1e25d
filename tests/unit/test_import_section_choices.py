"""Where a heading's rows go when the person chooses (issue 11 item 12): the section matching
proposed, another section, a new one (made only by the import itself), or none."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.exchange.import_report import NEW_SECTION, NO_SECTION, ImportOptions
from desktop_app.exchange.importer import import_invite_list
from desktop_app.store.attendees import list_attendees
from desktop_app.store.sections import list_sections, update_section

SAMPLE = Path(__file__).parents[1] / "data" / "invite_list_sections.xlsx"


@pytest.fixture
def sections(catalog_db, conference):
    third = list_sections(catalog_db, conference.id)[2]           # the default sections, one renamed
    update_section(catalog_db, third.id, title="III. UBND CÁC XÃ, PHƯỜNG", kinds=third.kinds)
    return list_sections(catalog_db, conference.id)


def _heading_iii(report):
    return next(s for s in report.sections if s.heading.startswith("III."))


def test_a_numeral_only_match_is_proposed_and_flagged(catalog_db, conference, sections):
    report = import_invite_list(catalog_db, conference.id, SAMPLE, ImportOptions(dry_run=True))
    use = _heading_iii(report)
    assert (use.section_id, use.matched_by, use.numeral_only) == (sections[2].id, "numeral", True)
    assert [s.numeral_only for s in report.sections].count(True) == 1


@pytest.mark.parametrize("choice", [NEW_SECTION, NO_SECTION, "second"])
def test_the_choice_decides_and_a_new_section_is_made_by_the_import_only(catalog_db, conference, sections,
                                                                         choice):
    first = import_invite_list(catalog_db, conference.id, SAMPLE, ImportOptions(dry_run=True, keep_rows=True))
    row = _heading_iii(first).row
    names = {r.person.full_name for r in first.rows if r.person and r.section_title == sections[2].title}
    wanted = sections[1].id if choice == "second" else choice
    dry = import_invite_list(catalog_db, conference.id, SAMPLE,
                             ImportOptions(dry_run=True, section_choices={row: wanted}))
    assert len(list_sections(catalog_db, conference.id)) == len(sections)   # a dry run makes no section
    assert _heading_iii(dry).numeral_only                       # still shown as a question
    report = import_invite_list(catalog_db, conference.id, SAMPLE, ImportOptions(section_choices={row: wanted}))
    got = [s.title for s in list_sections(catalog_db, conference.id)]
    placed = {a.section_title for a in list_attendees(catalog_db, conference.id) if a.full_name in names}
    assert names and _heading_iii(report).people == len(names)
    if choice == NEW_SECTION:
        assert got[-1] == "UBND CÁC HUYỆN, THÀNH PHỐ" and placed == {got[-1]}
    elif choice == NO_SECTION:
        assert len(got) == len(sections) and _heading_iii(report).section_id is None   # then by unit kind
    else:
        assert len(got) == len(sections) and placed == {sections[1].title}
