"""The unit catalog edited (add, rename, aliases, dates, successor), the units a conference has
written, the desks seen on a day and the day's log: on both engines (tests/engines.py)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.kinds import UnitKind
from desktop_app.store import audit
from desktop_app.store.checkins import check_in, desks_seen
from desktop_app.store.units import add_unit, conference_unit_names, get_unit, list_units, match_unit, update_unit


def test_a_unit_is_added_renamed_and_given_a_successor(catalog_db):
    old = match_unit(catalog_db, "Báo Lạng Sơn")
    assert old is not None
    merged = add_unit(catalog_db, "Báo và Phát thanh, Truyền hình Lạng Sơn", UnitKind.PRESS, official_order=500,
                      aliases=("Báo và PT-TH Lạng Sơn",), valid_from=date(2025, 3, 1))
    assert merged.catalog == "user" and merged.valid_from == date(2025, 3, 1)
    assert match_unit(catalog_db, "bao va pt-th lang son").id == merged.id
    edited = update_unit(catalog_db, old.id, name=old.name, kind=old.kind, official_order=old.official_order,
                         aliases=(*old.aliases, "BLS"), valid_to=old.valid_to, successor_id=merged.id)
    assert edited.successor_id == merged.id and match_unit(catalog_db, "bls").id == old.id
    on_2022 = {u.name for u in list_units(catalog_db, valid_on=date(2022, 9, 14))}
    on_2026 = {u.name for u in list_units(catalog_db, valid_on=date(2026, 1, 5))}
    assert "Báo Lạng Sơn" in on_2022 and merged.name not in on_2022
    assert merged.name in on_2026 and "Báo Lạng Sơn" not in on_2026


def test_a_unit_edit_is_refused_whole_when_it_makes_no_sense(catalog_db):
    unit = match_unit(catalog_db, "Sở Tư pháp")
    with pytest.raises(ValidationError) as ends:
        update_unit(catalog_db, unit.id, name="Sở Tư pháp mới", kind=unit.kind, official_order=1,
                    valid_from=date(2025, 1, 1), valid_to=date(2024, 1, 1))
    with pytest.raises(ValidationError) as own:
        update_unit(catalog_db, unit.id, name="Sở Tư pháp mới", kind=unit.kind, official_order=1,
                    successor_id=unit.id)
    assert (ends.value.field, own.value.field) == ("valid_to", "successor_id")
    assert get_unit(catalog_db, unit.id).name == "Sở Tư pháp"   # nothing half-written


def test_the_units_a_conference_writes_most_used_first(catalog_db, conference, add_person):
    add_person("Nguyễn Văn Đức", "Sở Tư pháp")
    add_person("Đặng Thị Hoà", "Công ty ABC")
    add_person("Lương Đức Thắng", "Công ty ABC")
    add_person("Vi Thị Hà")
    assert conference_unit_names(catalog_db, conference.id) == ["Công ty ABC", "Sở Tư pháp"]


def test_the_desks_seen_on_a_day_and_the_days_log(catalog_db, conference, add_person):
    duc, hoa = add_person("Nguyễn Văn Đức", "Sở Tư pháp"), add_person("Đặng Thị Hoà", "Sở Nội vụ")
    check_in(catalog_db, duc.id, desk="Bàn 2", at=datetime(2022, 9, 13, 16, 0))
    check_in(catalog_db, hoa.id, desk="Bàn 3", at=datetime(2022, 9, 14, 7, 30))
    assert desks_seen(catalog_db, datetime(2022, 9, 14), datetime(2022, 9, 15)) == ["Bàn 3"]
    since = catalog_db.now().replace(hour=0, minute=0, second=0)
    everything = audit.history(catalog_db, conference.id)
    today = audit.history(catalog_db, conference.id, since=since)
    assert today and len(today) <= len(everything)
    assert all(e.at >= since for e, _person in today)
    assert audit.history(catalog_db, conference.id, since=datetime(2100, 1, 1)) == []
