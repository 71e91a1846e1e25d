"""Doubles to review (a person checked in at two desks while one was cut off): listed with both
check-ins, undone once whoever asks twice, and never counted as a second attendance."""

from __future__ import annotations

import csv
from datetime import datetime

import pytest

from desktop_app.domain.errors import NotFound
from desktop_app.exchange.export import ExportKind, ExportOptions, export_file
from desktop_app.store import checkins, doubles
from desktop_app.store.attendees import list_attendees
from desktop_app.store.audit import history
from desktop_app.store.conferences import list_conferences
from desktop_app.store.lists import topic_check_ins
from desktop_app.store.stats import conference_stats, present_count
from desktop_app.store.topics import add_topic


def _double(db, attendee_id, *, topic_id=None, client_id="cut-off"):
    checkins.check_in(db, attendee_id, topic_id=topic_id, desk="Bàn 1", at=datetime(2022, 9, 14, 7, 40))
    return checkins.check_in(db, attendee_id, topic_id=topic_id, desk="Bàn 2", at=datetime(2022, 9, 14, 7, 55),
                             client_id=client_id, keep_double=True).check_in


def _counted(db, conference_id, tmp_path):
    """Everything that counts attendance, as a user sees it."""
    stats = conference_stats(db, conference_id)
    path = tmp_path / "diem-danh.csv"
    export_file(db, conference_id, path, ExportOptions(kind=ExportKind.ATTENDANCE))
    with path.open(encoding="utf-8-sig") as f:
        exported = list(csv.reader(f))
    summary = next(s for s in list_conferences(db) if s.conference.id == conference_id)
    return (present_count(db, conference_id), stats.present, sum(s.present for s in stats.sections),
            sum(1 for a in list_attendees(db, conference_id) if a.checked_in_at is not None),
            summary.checked_in, len(exported))


def test_a_double_is_listed_with_both_check_ins_and_undone_once(catalog_db, conference, add_person):
    a, b = add_person("Lê Thị Hà", "Sở Tư pháp"), add_person("Trần Văn Bình")
    second = _double(catalog_db, a.id)
    checkins.check_in(catalog_db, b.id, desk="Bàn 3")
    [double] = doubles.list_doubles(catalog_db, conference.id)
    assert double.attendee.full_name == "Lê Thị Hà" and double.attendee.unit_name == "Sở Tư pháp"
    assert (double.first.desk, double.first.at) == ("Bàn 1", datetime(2022, 9, 14, 7, 40))
    assert (double.second.desk, double.second.at) == ("Bàn 2", datetime(2022, 9, 14, 7, 55))
    assert double.second.id == second.id and double.first.undone_at is None

    assert doubles.undo_double(catalog_db, second.id, desk="Bàn tổ chức")
    assert doubles.list_doubles(catalog_db, conference.id) == []
    assert checkins.count_doubles(catalog_db, conference.id) == 0
    assert not doubles.undo_double(catalog_db, second.id, desk="Bàn 4")   # asked twice: nothing more
    assert checkins.live_check_in(catalog_db, a.id).desk == "Bàn 1"        # the first still counts
    assert [e.action for e, _ in history(catalog_db, conference.id) if e.action.endswith("double")
            or e.action == "double_check_in"] == ["double_check_in", "undo_double"]
    undone = [e for e, _ in history(catalog_db, conference.id) if e.action == "undo_double"]
    assert undone[0].desk == "Bàn tổ chức" and undone[0].details["check_in_id"] == second.id


def test_a_double_is_never_a_second_attendance_before_or_after_it_is_undone(
        catalog_db, conference, add_person, tmp_path):
    people = [add_person(f"Nguyễn Văn {n}") for n in "ABC"]
    topic = add_topic(catalog_db, conference.id, "Thảo luận tổ")
    checkins.check_in(catalog_db, people[1].id, desk="Bàn 1")
    before = _counted(catalog_db, conference.id, tmp_path)
    second = _double(catalog_db, people[0].id)
    topic_double = _double(catalog_db, people[0].id, topic_id=topic.id, client_id="cut-off-topic")
    once = (before[0] + 1, before[1] + 1, before[2] + 1, before[3] + 1, before[4] + 1, before[5])
    assert _counted(catalog_db, conference.id, tmp_path) == once
    assert list(topic_check_ins(catalog_db, conference.id)[topic.id]) == [people[0].id]
    assert [(d.attendee.id, d.topic) for d in doubles.list_doubles(catalog_db, conference.id)] == [
        (people[0].id, ""), (people[0].id, "Thảo luận tổ")]   # for the conference, then for its topic
    assert checkins.count_doubles(catalog_db, conference.id) == 2
    doubles.undo_double(catalog_db, second.id)
    doubles.undo_double(catalog_db, topic_double.id)
    assert _counted(catalog_db, conference.id, tmp_path) == once
    assert present_count(catalog_db, conference.id, topic_id=topic.id) == 1
    assert checkins.count_doubles(catalog_db, conference.id) == 0


def test_undoing_a_check_in_that_is_not_there_says_so(catalog_db, conference, add_person):
    with pytest.raises(NotFound):
        doubles.undo_double(catalog_db, 987654)
    a = add_person("Lê Văn Một")
    plain = checkins.check_in(catalog_db, a.id).check_in
    assert not doubles.undo_double(catalog_db, plain.id)   # not a double: nothing to undo
    assert checkins.live_check_in(catalog_db, a.id) is not None
