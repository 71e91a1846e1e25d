"""Every sample invite list imports exactly the people its .expected.json lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.exchange.import_report import ImportOptions
from desktop_app.exchange.importer import import_invite_list
from desktop_app.store.attendees import list_attendees

DATA = Path(__file__).parents[1] / "data"
SAMPLES = sorted(p for p in DATA.iterdir()
                 if p.suffix in (".xlsx", ".xls", ".csv", ".docx") and p.name.startswith("invite"))


def expected(sample: Path) -> dict:
    return json.loads(sample.with_suffix(".expected.json").read_text("utf-8"))


def test_every_sample_has_its_expectation():
    assert len(SAMPLES) >= 3
    assert all(s.with_suffix(".expected.json").exists() for s in SAMPLES)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_imports_the_expected_people(catalog_db, conference, sample):
    want = expected(sample)
    report = import_invite_list(catalog_db, conference.id, sample)
    assert report.imported == want["count"] == len(want["people"])
    assert report.skipped == [] and report.changed == []
    stored = list_attendees(catalog_db, conference.id)
    got = {(a.full_name, a.position, a.unit_name, a.phone) for a in stored}
    assert got == {(p["full_name"], p["position"], p["unit"], p["phone"]) for p in want["people"]}


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_a_dry_run_reports_the_same_people_and_writes_nothing(catalog_db, conference, sample):
    report = import_invite_list(catalog_db, conference.id, sample, ImportOptions(dry_run=True, keep_rows=True))
    assert report.imported == 0 and report.importable == expected(sample)["count"]
    imported = [r.person.full_name for r in report.rows if r.imported]
    assert imported == [p["full_name"] for p in expected(sample)["people"]]
    assert list_attendees(catalog_db, conference.id) == []


@pytest.mark.parametrize("sample", ["invite_list_tcvn3.xlsx", "invite_list_tcvn3_word.docx"])
def test_the_tcvn3_sample_is_converted_by_its_fonts(catalog_db, conference, sample):
    report = import_invite_list(catalog_db, conference.id, DATA / sample)
    assert report.encoding == "tcvn3"
    assert report.converted_cells > 60
    assert ("NguyÔn Quèc Mai", "Nguyễn Quốc Mai") in report.conversion_examples
    # ".VnTimeH" headings are capitals: the section titles come out in capitals too.
    assert [s.heading for s in report.sections][:2] == ["I. LÃNH ĐẠO UBND TỈNH", "II. CÁC SỞ, BAN, NGÀNH"]


@pytest.mark.parametrize("sample", ["invite_list_sections.xlsx", "invite_list_tcvn3.xlsx",
                                    "invite_list_sections_word.docx", "invite_list_tcvn3_word.docx"])
def test_section_headings_put_people_in_the_conference_sections(catalog_db, conference, sample):
    report = import_invite_list(catalog_db, conference.id, DATA / sample)
    assert [(s.matched_by, s.section_title) for s in report.sections] == [
        ("title", "I. LÃNH ĐẠO UBND TỈNH"), ("title", "II. CÁC SỞ, BAN, NGÀNH"),
        ("title", "III. UBND CÁC HUYỆN, THÀNH PHỐ"), ("title", "IV. CÁC CƠ QUAN BÁO CHÍ"),
        ("title", "V. CÁC DOANH NGHIỆP")]
    people = {a.full_name: a.section_title for a in list_attendees(catalog_db, conference.id)}
    first_press = expected(DATA / sample)["people"][-1]["full_name"]
    assert people[first_press] == "V. CÁC DOANH NGHIỆP"
    assert sum(s.people for s in report.sections) == report.imported


def test_importing_twice_skips_everyone_the_second_time(catalog_db, conference):
    sample = DATA / "invite_list_utf8_bom.csv"
    import_invite_list(catalog_db, conference.id, sample)
    again = import_invite_list(catalog_db, conference.id, sample)
    assert again.imported == 0
    assert {n.reason for n in again.skipped} == {"already_in_conference"}
    assert [n.row for n in again.skipped] == list(range(2, 17))
