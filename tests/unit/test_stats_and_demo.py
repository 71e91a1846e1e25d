"""Attendance counts and the demo conference."""

from __future__ import annotations

import pytest

from desktop_app.domain.kinds import AttendeeStatus
from desktop_app.domain.models import AttendeeInput
from desktop_app.store import attendees, checkins, stats, topics, units


def test_demo_is_the_lang_son_conference(db, demo):
    assert demo.title.startswith("Hội nghị tập huấn, bồi dưỡng nghiệp vụ công tác thông tin đối ngoại")
    assert demo.chair == "Dương Xuân Huyên" and demo.starts_at.isoformat() == "2022-09-14T07:30:00"
    assert len(topics.list_topics(db, demo.id)) == 5
    people = attendees.list_attendees(db, demo.id)
    assert 100 <= len(people) <= 140
    present = sum(a.present for a in people)
    assert 0.25 <= present / len(people) <= 0.45
    assert people[0].full_name == "Dương Xuân Huyên"
    assert {a.status for a in people} == set(AttendeeStatus) - {AttendeeStatus.REGISTERED}
    assert all(a.section_id for a in people)


def test_demo_is_reproducible(tmp_path):
    from desktop_app.store import open_database
    from desktop_app.store.demo import create_demo

    lists = []
    for name in ("a.sqlite", "b.sqlite"):
        db = open_database(tmp_path / name)
        c = create_demo(db, seed=5)
        lists.append([(a.full_name, a.code, a.checked_in_at) for a in attendees.list_attendees(db, c.id)])
    assert lists[0] == lists[1]


def test_demo_with_an_exact_number(db):
    from desktop_app.store.demo import create_demo

    c = create_demo(db, attendees=500)
    assert attendees.count_attendees(db, c.id) == 500  # the substitute and the walk-in included


def test_a_demo_series_is_years_of_conferences_ending_with_the_demo(db):
    from datetime import timedelta

    from desktop_app.store.conferences import list_conferences
    from desktop_app.store.demo import create_demo_series
    from desktop_app.store.search import search_attendees

    made = create_demo_series(db, 4, attendees=60)
    listed = list_conferences(db)
    assert [s.conference.id for s in listed] == [c.id for c in reversed(made)]   # newest first
    newest = listed[0].conference
    assert newest.title.startswith("Hội nghị tập huấn, bồi dưỡng") and newest.starts_at.year == 2022
    assert [s.conference.starts_at for s in listed] == [newest.starts_at - timedelta(weeks=n) for n in range(4)]
    assert [attendees.count_attendees(db, c.id) for c in made] == [60] * 4
    assert all(0 < s.checked_in < s.invited <= 60 for s in listed)
    # Each conference finds only its own people.
    for c in made:
        assert {a.conference_id for a in search_attendees(db, c.id, "nguyen")} == {c.id}


@pytest.mark.parametrize("n", [0, 1, 22, 23])
def test_tiny_demos(db, n):
    from desktop_app.store.demo import create_demo

    assert attendees.count_attendees(db, create_demo(db, attendees=n).id) == n


def test_stats_count_a_substituted_seat_once(catalog_db, conference, add_person):
    a = add_person("Nông Văn Dũng", "Sở Y tế", "Giám đốc")
    add_person("Lê Thị Hà", "Sở Y tế", "Chuyên viên")
    add_person("Hoàng Văn Nam", "Báo Lạng Sơn", "Phóng viên")
    checkins.add_substitute_and_check_in(catalog_db, a.id, AttendeeInput(full_name="Vi Thị Lan"))
    checkins.add_walk_in(catalog_db, conference.id, AttendeeInput(full_name="Mã Văn Tư", unit_name="Sở Y tế"))
    s = stats.conference_stats(catalog_db, conference.id)
    assert (s.invited, s.present, s.absent, s.walk_ins, s.substitutes) == (4, 2, 2, 1, 1)
    health = next(u for u in s.units if u.title == "Sở Y tế")
    assert (health.invited, health.present) == (3, 2)
    assert [u.title for u in s.units_absent] == ["Báo Lạng Sơn"]
    assert [(g.title, g.invited, g.present) for g in s.sections if g.invited] == [
        ("II. CÁC SỞ, BAN, NGÀNH", 3, 2), ("IV. CÁC CƠ QUAN BÁO CHÍ", 1, 0)]


def test_stats_per_topic(db, demo):
    before = stats.conference_stats(db, demo.id)
    assert before.topics[0].present > before.topics[1].present > 0 == before.topics[2].present  # the morning
    third = topics.list_topics(db, demo.id)[2]
    for person in attendees.list_attendees(db, demo.id)[:3]:
        checkins.check_in(db, person.id, topic_id=third.id)
    after = stats.conference_stats(db, demo.id)
    assert after.topics[2].present == 3 and after.topics[:2] == before.topics[:2]


def test_catalogs_are_loaded_once_with_successors_and_dates(catalog_db):
    from desktop_app.domain.catalog import shipped_catalog

    assert units.load_catalog(catalog_db, shipped_catalog("lang_son_2022")) == 0
    everything = {u.name: u for u in units.list_units(catalog_db)}
    ttt = everything["Sở Thông tin và Truyền thông"]
    assert ttt.valid_to.isoformat() == "2025-02-28"
    assert units.get_unit(catalog_db, ttt.successor_id).name == "Sở Khoa học và Công nghệ"
    from datetime import date

    assert len(units.list_units(catalog_db, kind="commune", valid_on=date(2025, 8, 1))) == 65
    assert units.list_units(catalog_db, kind="district", valid_on=date(2025, 8, 1)) == []
    assert len(units.list_units(catalog_db, kind="district", valid_on=date(2022, 9, 14))) == 11


def test_a_snapshot_keeps_the_old_unit_name(catalog_db, add_person):
    a = add_person("Lê Văn A", "Sở Thông tin và Truyền thông")
    ttt = units.get_unit(catalog_db, a.unit_id)
    units.update_unit(catalog_db, ttt.id, name="Sở TT&TT (đã sáp nhập)", kind=ttt.kind,
                      official_order=ttt.official_order)
    assert attendees.get_attendee(catalog_db, a.id).unit_name == "Sở Thông tin và Truyền thông"
