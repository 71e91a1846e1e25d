"""The sign-in sheet model and the store queries behind spreadsheets and paper."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop_app.domain.errors import NotFound
from desktop_app.domain.kinds import AttendeeOrder, Numbering
from desktop_app.domain.signin import Column, Orientation, SheetOptions, bare_title, columns_for, time_place_line
from desktop_app.domain.text import fold
from desktop_app.store.checkins import check_in
from desktop_app.store.identities import conference_identities
from desktop_app.store.lists import section_id_at, signin_sheet, topic_check_ins
from desktop_app.store.topics import add_topic


@pytest.mark.parametrize(("orientation", "phone", "total"), [
    (Orientation.PORTRAIT, False, 165), (Orientation.PORTRAIT, True, 165),
    (Orientation.LANDSCAPE, True, 252), (Orientation.LANDSCAPE, False, 252)])
def test_columns_fill_the_printable_width(orientation, phone, total):
    columns = columns_for(orientation, phone)
    assert round(sum(c.width_mm for c in columns), 6) == total   # widths in tenths of a mm, summed as floats
    assert (Column.PHONE in [c.key for c in columns]) is phone
    assert [c.title for c in columns][-2:] == ["Ký tên", "Ghi chú"]


def test_bare_titles_and_time_place(conference):
    assert bare_title("II. CÁC SỞ, BAN, NGÀNH") == "CÁC SỞ, BAN, NGÀNH"
    assert bare_title("Khách mời") == "Khách mời"
    assert time_place_line(conference) == "Thời gian: 07 giờ 30 phút, ngày 14/9/2022; Địa điểm: Hội trường"


def test_sheet_groups_numbers_and_leftovers(catalog_db, conference, add_person):
    add_person("Nguyễn Văn Đức", "Sở Tư pháp", "Giám đốc")
    add_person("Đặng Thị Hoà", "Sở Nội vụ", "Phó Giám đốc")
    add_person("Lê Văn Tám", "Công ty không có trong danh mục")
    add_person("Lương Đức Thắng", "UBND huyện Cao Lộc")
    sheet = signin_sheet(catalog_db, conference.id)
    assert [(s.title, [r.number for r in s.rows]) for s in sheet.sections] == [
        ("II. CÁC SỞ, BAN, NGÀNH", [1, 2]), ("III. UBND CÁC HUYỆN, THÀNH PHỐ", [3]), ("VI. ĐẠI BIỂU KHÁC", [4])]
    assert sheet.count == 4 and sheet.count_line == "Danh sách có 4 đại biểu./."
    assert sheet.date_line == "Lạng Sơn, ngày 14 tháng 9 năm 2022"
    per_section = signin_sheet(catalog_db, conference.id, SheetOptions(numbering=Numbering.PER_SECTION))
    assert [r.number for r in per_section.rows] == [1, 2, 1, 1]
    by_name = signin_sheet(catalog_db, conference.id, SheetOptions(order=AttendeeOrder.NAME))
    assert [r.full_name for r in by_name.sections[0].rows] == ["Nguyễn Văn Đức", "Đặng Thị Hoà"]
    only = signin_sheet(catalog_db, conference.id, SheetOptions(section_position=3))
    assert [s.title for s in only.sections] == ["III. UBND CÁC HUYỆN, THÀNH PHỐ"] and only.count == 1
    blank = signin_sheet(catalog_db, conference.id, SheetOptions(blank_rows=3, staggered=True))
    assert [(r.number, r.full_name, r.text(Column.SIGNATURE)) for r in blank.rows] == [
        (1, "", "1."), (2, "", "2."), (3, "", "3.")]
    assert [r.sign_right for r in blank.rows] == [False, True, False]
    with pytest.raises(NotFound):
        signin_sheet(catalog_db, conference.id, SheetOptions(section_position=9))


def test_identities_section_positions_and_topic_check_ins(catalog_db, conference, add_person):
    duc = add_person("Nguyễn Văn Đức", "Sở Tư pháp")
    assert [(i, name) for i, name, _ in conference_identities(catalog_db, conference.id)[fold("Nguyễn Văn Đức")]] \
        == [(duc.id, "Nguyễn Văn Đức")]
    assert section_id_at(catalog_db, conference.id, 1) < section_id_at(catalog_db, conference.id, 2)
    topic = add_topic(catalog_db, conference.id, "Chuyên đề 1")
    assert topic_check_ins(catalog_db, conference.id) == {}
    check_in(catalog_db, duc.id, topic_id=topic.id, at=datetime(2022, 9, 14, 8, 0))
    assert topic_check_ins(catalog_db, conference.id) == {topic.id: {duc.id: datetime(2022, 9, 14, 8, 0)}}
