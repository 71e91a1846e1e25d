"""Conferences, sections and topics."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from desktop_app.domain.errors import NotFound, ValidationError
from desktop_app.domain.kinds import UnitKind
from desktop_app.store import checkins, conferences, sections, topics
from desktop_app.store.attendees import list_attendees


def test_new_conference_gets_the_usual_sections_for_its_date(db):
    old = conferences.create_conference(db, "Hội nghị 2022", datetime(2022, 9, 14, 7, 30))
    new = conferences.create_conference(db, "Hội nghị 2026", datetime(2026, 3, 2, 8, 0))
    assert [s.title for s in sections.list_sections(db, old.id)] == [
        "I. LÃNH ĐẠO UBND TỈNH", "II. CÁC SỞ, BAN, NGÀNH", "III. UBND CÁC HUYỆN, THÀNH PHỐ",
        "IV. CÁC CƠ QUAN BÁO CHÍ", "V. CÁC DOANH NGHIỆP"]
    assert sections.list_sections(db, new.id)[2].title == "III. UBND CÁC XÃ, PHƯỜNG"
    assert UnitKind.COMMUNE in sections.list_sections(db, new.id)[2].kinds


@pytest.mark.parametrize(
    ("title", "start", "end", "field", "code"),
    [("  ", datetime(2022, 1, 1), None, "title", "required"),
     ("X", datetime(2022, 1, 2), datetime(2022, 1, 1), "ends_at", "end_before_start")],
)
def test_invalid_conference(db, title, start, end, field, code):
    with pytest.raises(ValidationError) as raised:
        conferences.create_conference(db, title, start, ends_at=end)
    assert (raised.value.field, raised.value.code) == (field, code)
    assert conferences.list_conferences(db) == []


def test_edit_and_list_with_counts(db, demo):
    c = conferences.update_conference(db, replace(demo, venue="Hội trường A"))
    assert c.venue == "Hội trường A"
    summary = conferences.list_conferences(db)[0]
    people = list_attendees(db, demo.id)
    replaced = {a.replaces_id for a in people if a.replaces_id}
    assert summary.invited == len([a for a in people if a.id not in replaced or a.present])   # the seats
    assert summary.checked_in == len([a for a in people if a.present])


def test_newest_conference_is_the_first_of_the_list(db, demo):
    assert conferences.newest_conference_id(db) == demo.id
    later = conferences.create_conference(db, "Hội nghị 2023", datetime(2023, 3, 1, 8, 0))
    conferences.create_conference(db, "Hội nghị 2021", datetime(2021, 3, 1, 8, 0))
    assert conferences.newest_conference_id(db) == later.id == conferences.list_conferences(db)[0].conference.id


def test_duplicate_copies_sections_topics_and_optionally_people_nobody_checked_in(db, demo):
    copy = conferences.duplicate_conference(db, demo.id, title="Hội nghị 2023", starts_at=datetime(2023, 9, 14, 7, 30),
                                            with_attendees=True)
    assert [s.title for s in sections.list_sections(db, copy.id)] == [
        s.title for s in sections.list_sections(db, demo.id)]
    old_topics, new_topics = topics.list_topics(db, demo.id), topics.list_topics(db, copy.id)
    assert [t.title for t in new_topics] == [t.title for t in old_topics]
    assert new_topics[0].starts_at == datetime(2023, 9, 14, 8, 0)
    people = list_attendees(db, copy.id)
    originals = list_attendees(db, demo.id)
    replaced = {a.replaces_id for a in originals if a.replaces_id}
    assert len(people) == len([a for a in originals if a.id not in replaced])   # not the replaced
    assert replaced and not any(a.present for a in people)
    assert {a.section_title for a in people} == {a.section_title for a in list_attendees(db, demo.id)}
    assert not {a.code for a in people} & {a.code for a in list_attendees(db, demo.id)}
    bare = conferences.duplicate_conference(db, demo.id, title="Trống", starts_at=datetime(2024, 1, 1))
    assert list_attendees(db, bare.id) == []


def test_delete_removes_everything_of_the_conference(db, demo):
    conferences.delete_conference(db, demo.id)
    for table in ("attendees", "check_ins", "topics", "sections"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    with pytest.raises(NotFound):
        conferences.get_conference(db, demo.id)
    with pytest.raises(NotFound):
        checkins.check_in(db, 1)


def test_sections_can_be_renamed_moved_and_removed(db, demo):
    first, second = sections.list_sections(db, demo.id)[:2]
    sections.update_section(db, first.id, title="I. ĐẠI BIỂU TRUNG ƯƠNG VÀ LÃNH ĐẠO TỈNH", kinds=first.kinds)
    sections.move_section(db, second.id, 1)
    assert [s.id for s in sections.list_sections(db, demo.id)][:2] == [second.id, first.id]
    sections.delete_section(db, first.id)
    orphans = [a for a in list_attendees(db, demo.id) if a.section_id is None]
    assert orphans and all(a.section_title == "" for a in orphans)


def test_topics_in_order(db, demo):
    items = topics.list_topics(db, demo.id)
    assert [t.position for t in items] == [1, 2, 3, 4, 5]
    assert items[0].title == "Phát ngôn, cung cấp thông tin và ứng xử với báo chí, truyền thông"
    topics.move_topic(db, items[4].id, 1)
    assert topics.list_topics(db, demo.id)[0].id == items[4].id
    topics.delete_topic(db, items[0].id)
    assert [t.position for t in topics.list_topics(db, demo.id)] == [1, 2, 3, 4]
    with pytest.raises(ValidationError):
        topics.add_topic(db, demo.id, "X", starts_at=datetime(2022, 9, 14, 9), ends_at=datetime(2022, 9, 14, 8))


def test_the_invited_count_leaves_out_people_replaced_by_a_substitute(db, demo):
    """The conference list counts seats as the statistics do, in every conference of the file."""
    from desktop_app.domain.models import AttendeeInput
    from desktop_app.store.attendees import add_substitute
    from desktop_app.store.stats import conference_stats

    other = conferences.duplicate_conference(db, demo.id, title="Hội nghị khác", starts_at=datetime(2023, 1, 5, 8),
                                             with_attendees=True)
    people = list_attendees(db, other.id)
    add_substitute(db, people[0].id, AttendeeInput(full_name="Người Đi Thay"))
    add_substitute(db, people[0].id, AttendeeInput(full_name="Người Đi Thay Hai"))   # twice for one seat
    add_substitute(db, people[1].id, AttendeeInput(full_name="Người Đi Thay Ba"))
    summaries = {s.conference.id: s for s in conferences.list_conferences(db)}
    for conference_id in (demo.id, other.id):
        assert summaries[conference_id].invited == conference_stats(db, conference_id).invited
    assert summaries[other.id].invited == len(people) + 3 - 2


def test_a_replaced_person_who_comes_anyway_counts_as_a_seat_everywhere(db, demo):
    """The list of conferences, the statistics and the desk's counters give one invited figure."""
    from desktop_app.domain.models import AttendeeInput
    from desktop_app.store.attendees import add_substitute
    from desktop_app.store.checkins import check_in
    from desktop_app.store.listing import section_counts
    from desktop_app.store.stats import conference_stats

    replaced = next(a for a in list_attendees(db, demo.id) if not a.present and a.status == "invited")
    add_substitute(db, replaced.id, AttendeeInput(full_name="Người Đi Thay"))
    before = conference_stats(db, demo.id).invited
    check_in(db, replaced.id)
    stats = conference_stats(db, demo.id)
    assert stats.invited == before + 1
    assert conferences.list_conferences(db)[0].invited == stats.invited
    assert sum(g.invited for g in section_counts(db, demo.id)) == stats.invited
