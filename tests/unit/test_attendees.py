"""Attendees: adding fills in unit, section, rank and code; edits, substitutes, order."""

from __future__ import annotations

import pytest

from desktop_app.domain import codes
from desktop_app.domain.errors import Conflict, ValidationError
from desktop_app.domain.kinds import AttendeeOrder, AttendeeStatus, UnitKind
from desktop_app.domain.models import AttendeeInput
from desktop_app.domain.protocol import RANK_DEPUTY, RANK_LEADER
from desktop_app.store import attendees
from desktop_app.store.audit import list_entries


def test_adding_matches_the_unit_and_proposes_section_and_rank(add_person):
    a = add_person("Hoàng  Văn\u00a0Nam", "UBND huyện Cao Lộc", "Phó Chủ tịch UBND huyện")
    assert a.full_name == "Hoàng Văn Nam"
    assert a.unit_name == "UBND huyện Cao Lộc"  # as written, kept
    assert a.unit_kind is UnitKind.DISTRICT
    assert a.section_title == "III. UBND CÁC HUYỆN, THÀNH PHỐ"
    assert a.protocol_rank == RANK_DEPUTY
    assert codes.looks_like_code(a.code) and len(a.code) == codes.LENGTH and a.status is AttendeeStatus.INVITED


@pytest.mark.parametrize(
    ("written", "catalog_name"),
    [("Sở TT&TT", "Sở Thông tin và Truyền thông"), ("so tu phap", "Sở Tư pháp"),
     ("Ủy ban nhân dân huyện Cao Lộc", "Huyện Cao Lộc"), ("TP. Lạng Sơn", "Thành phố Lạng Sơn"),
     ("UBND tỉnh Lạng Sơn", "Ủy ban nhân dân tỉnh Lạng Sơn"),
     ("Viễn thông Lạng Sơn", "Viễn thông Lạng Sơn (VNPT Lạng Sơn)")],
)
def test_units_match_the_catalog_by_alias_without_accents(catalog_db, written, catalog_name):
    from desktop_app.store.units import match_unit

    assert match_unit(catalog_db, written).name == catalog_name


def test_an_unknown_unit_is_kept_as_written_without_a_section(add_person):
    a = add_person("Lê Thị Hà", "Hợp tác xã Hồi Xứ Lạng")
    assert a.unit_id is None and a.unit_name == "Hợp tác xã Hồi Xứ Lạng" and a.section_id is None


def test_the_same_name_again_is_added_not_refused(catalog_db, conference, add_person):
    """Was a Conflict (name and unit compared without accents). Namesakes in one unit are normal:
    the person is added and the caller names the namesake (tests/unit/test_same_person.py)."""
    add_person("Nguyễn Văn Đức", "Sở Tư pháp")
    add_person("NGUYEN VAN DUC", "so tu phap")
    add_person("Nguyễn Văn Đức", "Sở Tư pháp")
    assert attendees.count_attendees(catalog_db, conference.id) == 3


@pytest.mark.parametrize(
    ("fields", "field", "code"),
    [({"full_name": "  "}, "full_name", "required"), ({"full_name": "x" * 5000}, "full_name", "too_long"),
     ({"full_name": "12345"}, "full_name", "not_a_name"), ({"phone": "gọi sau"}, "phone", "bad_phone"),
     ({"email": "a@b"}, "email", "bad_email"), ({"protocol_rank": -1}, "protocol_rank", "out_of_range")],
)
def test_invalid_values_name_the_field(catalog_db, conference, fields, field, code):
    data = AttendeeInput(**{"full_name": "Lê Văn A", **fields})
    with pytest.raises(ValidationError) as raised:
        attendees.add_attendee(catalog_db, conference.id, data)
    assert (raised.value.field, raised.value.code) == (field, code)
    assert attendees.count_attendees(catalog_db, conference.id) == 0


def test_phone_numbers_are_text_and_get_their_zero_back(add_person):
    assert add_person("A Văn Một", phone="912 345 678").phone == "0912345678"
    assert add_person("A Văn Hai", phone="+84 912 345 678").phone == "+84912345678"
    assert add_person("A Văn Ba", phone="0205.3812.345").phone == "02053812345"


def test_formula_looking_text_is_stored_as_text(add_person):
    a = add_person("=HYPERLINK(\"x\") Văn A", position="+Trưởng phòng", unit="@Sở")
    assert a.full_name.startswith("=") and a.position == "+Trưởng phòng"


def test_update_keeps_the_code_and_recomputes_search(catalog_db, add_person):
    from desktop_app.store.search import search_attendees

    a = add_person("Lê Văn Tám", "Sở Tư pháp", "Chuyên viên")
    b = attendees.update_attendee(catalog_db, a.id, AttendeeInput(full_name="Lê Văn Tâm", unit_name="Sở Y tế",
                                                                 position="Giám đốc"))
    assert b.code == a.code and b.unit_name == "Sở Y tế" and b.protocol_rank == RANK_LEADER
    assert [x.id for x in search_attendees(catalog_db, a.conference_id, "tam y te")] == [a.id]
    assert search_attendees(catalog_db, a.conference_id, "tu phap") == []


def test_substitute_takes_unit_and_section_of_the_invited(catalog_db, add_person):
    invited = add_person("Nông Văn Dũng", "Sở Y tế", "Giám đốc")
    sub = attendees.add_substitute(catalog_db, invited.id,
                                   AttendeeInput(full_name="Vi Thị Lan", position="Chuyên viên"))
    assert sub.status is AttendeeStatus.SUBSTITUTE and sub.replaces_id == invited.id
    assert sub.unit_name == "Sở Y tế" and sub.section_id == invited.section_id


def test_protocol_order_then_name_order(catalog_db, conference, add_person):
    add_person("Trần Văn Bình", "Sở Y tế", "Chuyên viên")
    add_person("Lê Văn An", "Sở Tư pháp", "Giám đốc")
    add_person("Hoàng Thị Cúc", "Sở Tư pháp", "Trưởng phòng")
    add_person("Dương Xuân Huyên", "UBND tỉnh Lạng Sơn", "Phó Chủ tịch Thường trực UBND tỉnh")
    protocol = [a.full_name for a in attendees.list_attendees(catalog_db, conference.id)]
    assert protocol == ["Dương Xuân Huyên", "Lê Văn An", "Hoàng Thị Cúc", "Trần Văn Bình"]
    by_name = [a.full_name for a in attendees.list_attendees(catalog_db, conference.id, order=AttendeeOrder.NAME)]
    assert by_name == ["Lê Văn An", "Trần Văn Bình", "Hoàng Thị Cúc", "Dương Xuân Huyên"]


def test_delete_leaves_an_audit_entry(catalog_db, add_person):
    a = add_person("Lê Văn Xoá")
    attendees.delete_attendee(catalog_db, a.id)
    entry = list_entries(catalog_db, conference_id=a.conference_id)[0]
    assert (entry.action, entry.entity_id, entry.details["full_name"]) == ("delete", a.id, "Lê Văn Xoá")
    assert entry.desk == "Bàn 1"


def test_bulk_add_is_all_or_nothing(catalog_db, conference):
    people = [AttendeeInput(full_name="Lê Văn A"), AttendeeInput(full_name=""), AttendeeInput(full_name="Lê Văn B")]
    with pytest.raises(ValidationError):
        attendees.add_attendees(catalog_db, conference.id, people)
    assert attendees.count_attendees(catalog_db, conference.id) == 0


def test_explicit_duplicate_code_is_refused(add_person):
    add_person("Lê Văn A", code="ABC234")
    with pytest.raises(Conflict):
        add_person("Lê Văn B", code="abc234")


def test_the_badge_role_is_kept_and_defaults_from_the_section(catalog_db, add_person):
    from desktop_app.domain.badges import PRESS, default_role, with_roles
    from desktop_app.store.sections import list_sections

    a = add_person("Lê Văn Tám", "Sở Tư pháp", "Chuyên viên", badge_role=" khách mời ")
    assert a.badge_role == "KHÁCH MỜI" and attendees.get_attendee(catalog_db, a.id).badge_role == "KHÁCH MỜI"
    b = attendees.update_attendee(catalog_db, a.id, AttendeeInput(full_name=a.full_name, badge_role=""))
    assert b.badge_role == ""
    sections = list_sections(catalog_db, a.conference_id)
    assert with_roles([b], sections)[0].badge_role == "ĐẠI BIỂU"
    assert default_role([UnitKind.PRESS]) == PRESS and default_role([UnitKind.PRESS, UnitKind.OTHER]) == "ĐẠI BIỂU"
    assert default_role((), UnitKind.PRESS) == PRESS


def test_a_person_read_from_a_row_has_every_field_as_attendee_makes_it(catalog_db, conference, add_person):
    """attendee_from_row builds the frozen Attendee without its __init__ (for speed): every field
    is set, with the types __init__ would have been given, and the record equals one made by
    Attendee(...) from the same values."""
    import dataclasses
    from datetime import datetime

    from desktop_app.domain.models import Attendee

    person = add_person("Đặng Thị Hoà", "Sở Tư pháp", "Phó Giám đốc")
    row = {f.name: getattr(person, f.name) for f in dataclasses.fields(Attendee)}
    row.update(unit_kind=person.unit_kind.value, status=person.status.value, checked_in_at="2022-09-14T07:31:46",
               replaced=1)
    read = attendees.attendee_from_row(row)
    assert set(vars(read)) == {f.name for f in dataclasses.fields(Attendee)}
    assert read == dataclasses.replace(person, checked_in_at=datetime(2022, 9, 14, 7, 31, 46), replaced=True)
    assert read.unit_kind is UnitKind.DEPARTMENT and read.status is AttendeeStatus.INVITED and read.present
    with pytest.raises(dataclasses.FrozenInstanceError):
        read.full_name = "x"  # type: ignore[misc]
    with pytest.raises(ValueError):
        attendees.attendee_from_row({**row, "status": "gone"})
