"""Who is the same person (domain.identity), and how the import, `add_attendee` and the review
marks of the attendee list apply it: names keep their accents, namesakes in one unit are people."""

from __future__ import annotations

import pytest
from invite_files import HEADER, xlsx

from desktop_app.domain.identity import Likeness, compare, identity_of, name_key
from desktop_app.domain.models import AttendeeInput
from desktop_app.exchange.importer import import_invite_list
from desktop_app.store.attendees import add_attendee, count_attendees, list_attendees
from desktop_app.store.identities import namesakes, review_marks

UNIT = "UBND huyện Cao Lộc"


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Hoàng Hữu Anh", "Hoàng Hữu Ánh", False),
    ("Hoàng Hữu Ánh", "Hoàng Hữu Ảnh", False),
    ("Nguyễn Văn Đức", "Nguyen Van Duc", False),
    ("Nguyễn Văn Đức", "NGUYỄN  VĂN\u00a0ĐỨC", True),
    ("Nguye\u0302\u0303n Va\u0306n An", "Nguyễn Văn An", True),      # NFD from a Mac
    ("Đặng Thị Hòa", "Đặng Thị Hoà", True),                           # old and new tone placement
    ("Lê Thị Thủy", "Lê Thị Thuỷ", True),
])
def test_names_are_equal_with_their_accents(a, b, same):
    assert (name_key(a) == name_key(b)) is same


def test_what_makes_the_same_person():
    an = identity_of("Nguyễn Văn An", None, UNIT, phone="0912345678", position="Chuyên viên")
    assert compare(an, identity_of("nguyễn văn an", None, "ubnd huyện cao lộc")) is Likeness.SAME_PERSON
    assert compare(an, identity_of("Nguyễn Văn An", None, UNIT, phone="+84 912 345 678")) is Likeness.SAME_PERSON
    assert compare(an, identity_of("Nguyễn Văn An", None, UNIT, phone="0987654321")) is Likeness.POSSIBLE_DUPLICATE
    assert compare(an, identity_of("Nguyễn Văn An", None, UNIT, position="Phó Chủ tịch")) \
        is Likeness.POSSIBLE_DUPLICATE
    assert compare(an, identity_of("Nguyễn Văn Ân", None, UNIT)) is Likeness.SIMILAR_NAME
    assert compare(an, identity_of("Nguyễn Văn An", None, "Sở Tư pháp")) is None
    # The same catalog unit written two ways is one unit.
    assert compare(identity_of("Lê Văn Tám", 7, "Sở TT&TT"),
                   identity_of("Lê Văn Tám", 7, "Sở Thông tin và Truyền thông")) is Likeness.SAME_PERSON


def _import(db, conference, tmp_path, people):
    rows = [HEADER, *([i, *p] for i, p in enumerate(people, start=1))]
    return import_invite_list(db, conference.id, xlsx(tmp_path / "list.xlsx", rows))


def test_names_that_differ_by_accents_are_all_imported(catalog_db, conference, tmp_path):
    report = _import(catalog_db, conference, tmp_path, [
        ["Hoàng Hữu Anh", "Chuyên viên", UNIT], ["Hoàng Hữu Ánh", "Chuyên viên", UNIT],
        ["Hoàng Hữu Ảnh", "Chuyên viên", UNIT]])
    assert report.imported == 3 and report.skipped == []
    assert {a.full_name for a in list_attendees(catalog_db, conference.id)} == {
        "Hoàng Hữu Anh", "Hoàng Hữu Ánh", "Hoàng Hữu Ảnh"}
    similar = [(n.row, n.detail["first_row"], n.detail["other"]) for n in report.similar_names]
    assert similar == [(3, 2, "Hoàng Hữu Anh"), (4, 2, "Hoàng Hữu Anh"), (4, 3, "Hoàng Hữu Ánh")]
    assert report.possible_duplicates == []


def test_namesakes_of_one_unit_are_two_people_listed_as_possible_duplicates(catalog_db, conference, tmp_path):
    report = _import(catalog_db, conference, tmp_path, [
        ["Nguyễn Văn An", "Chuyên viên", UNIT, "0912345678"],
        ["Nguyễn Văn An", "Phó Chủ tịch UBND huyện", UNIT, "0987654321"],
        ["Nguyễn Văn An", "Chuyên viên", UNIT, "0912345678"]])   # the first one again: the same person
    assert report.imported == 2
    assert [(n.row, n.reason, dict(n.detail)) for n in report.skipped] == [(4, "duplicate_in_file", {"first_row": 2})]
    assert [(n.row, n.detail["first_row"], n.detail["differs"]) for n in report.possible_duplicates] == [
        (3, 2, ["phone", "position"])]
    data = report.to_dict()
    assert data["possible_duplicates"][0]["row"] == 3 and data["similar_names"] == []
    people = list_attendees(catalog_db, conference.id)
    assert sorted(a.phone for a in people) == ["0912345678", "0987654321"]
    marks = review_marks(catalog_db, conference.id)
    assert set(marks) == {a.id for a in people}
    assert all(m[0].likeness is Likeness.POSSIBLE_DUPLICATE for m in marks.values())


def test_against_the_conference_list(catalog_db, conference, tmp_path, add_person):
    kept = add_person("Nguyễn Văn An", UNIT, "Chuyên viên", phone="0912345678")
    report = _import(catalog_db, conference, tmp_path, [
        ["NGUYỄN VĂN AN", "Chuyên viên", "UBND huyện Cao Lộc", "0912345678"],   # already there
        ["Nguyễn Văn An", "Chuyên viên", UNIT, "0911111111"],                   # a namesake
        ["Nguyễn Văn Ân", "Chuyên viên", UNIT]])                                # another name
    assert [(n.row, n.reason, n.detail.get("attendee_id")) for n in report.skipped] == [
        (2, "already_in_conference", kept.id)]
    assert [(n.row, n.detail["attendee_id"]) for n in report.possible_duplicates] == [(3, kept.id)]
    assert [(n.row, n.detail.get("attendee_id", n.detail.get("first_row"))) for n in report.similar_names] == [
        (4, kept.id), (4, 3)]
    assert count_attendees(catalog_db, conference.id) == 3


def test_adding_a_namesake_is_not_refused_but_named(catalog_db, conference, add_person):
    first = add_person("Nguyễn Văn An", UNIT, "Chuyên viên", phone="0912345678")
    other = AttendeeInput(full_name="nguyễn văn an", unit_name=UNIT, position="Phó Chủ tịch", phone="0987654321")
    alike = namesakes(catalog_db, conference.id, other)
    assert [(n.attendee_id, n.likeness, n.differs) for n in alike] == [
        (first.id, Likeness.POSSIBLE_DUPLICATE, ("phone", "position"))]
    second = add_attendee(catalog_db, conference.id, other)
    again = add_attendee(catalog_db, conference.id, AttendeeInput(full_name="Nguyễn Văn An", unit_name=UNIT))
    assert count_attendees(catalog_db, conference.id) == 3
    assert [n.likeness for n in namesakes(catalog_db, conference.id, again, exclude_id=again.id)] == [
        Likeness.SAME_PERSON, Likeness.SAME_PERSON]
    assert set(review_marks(catalog_db, conference.id)) == {first.id, second.id, again.id}
    assert namesakes(catalog_db, conference.id, AttendeeInput(full_name="Nguyễn Văn An", unit_name="Sở Y tế")) == []


def test_similar_names_are_marked_apart_from_duplicates(catalog_db, conference, add_person):
    anh = add_person("Hoàng Hữu Anh", UNIT)
    anh2 = add_person("Hoàng Hữu Ánh", UNIT)
    add_person("Hoàng Hữu Anh", "Sở Tư pháp")   # another unit: nothing to review
    marks = review_marks(catalog_db, conference.id)
    assert set(marks) == {anh.id, anh2.id}
    assert [(n.attendee_id, n.likeness) for n in marks[anh.id]] == [(anh2.id, Likeness.SIMILAR_NAME)]
