"""Units invited without names ("mời đại diện lãnh đạo", with a number of seats): on both engines."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import Conflict, NotFound, ValidationError
from desktop_app.store import invited_units as store
from desktop_app.store.sections import list_sections


def test_add_list_change_and_remove(db, conference):
    second = list_sections(db, conference.id)[1]
    a = store.add_invited_unit(db, conference.id, "  Sở   Nội vụ ", seats=2, section_id=second.id)
    b = store.add_invited_unit(db, conference.id, "Báo Lạng Sơn")
    assert (a.unit_name, a.seats, a.section_id) == ("Sở Nội vụ", 2, second.id)
    assert [u.unit_name for u in store.list_invited_units(db, conference.id)] == ["Sở Nội vụ", "Báo Lạng Sơn"]
    assert store.list_invited_units(db, conference.id, section_id=second.id) == [a]
    changed = store.update_invited_unit(db, b.id, unit_name="Báo Lạng Sơn", seats=3, note="phóng viên")
    assert (changed.seats, changed.note) == (3, "phóng viên")
    store.remove_invited_unit(db, a.id)
    assert store.list_invited_units(db, conference.id) == [changed]
    with pytest.raises(NotFound):
        store.get_invited_unit(db, a.id)


def test_a_unit_is_invited_once_and_sends_at_least_one(db, conference):
    store.add_invited_unit(db, conference.id, "Sở Nội vụ")
    with pytest.raises(Conflict) as raised:
        store.add_invited_unit(db, conference.id, "Sở  Nội vụ")
    assert raised.value.code == "invited_unit_exists"
    other = store.add_invited_unit(db, conference.id, "Sở Tư pháp")
    with pytest.raises(Conflict):
        store.update_invited_unit(db, other.id, unit_name="Sở Nội vụ", seats=1)
    for name, seats in (("", 1), ("Sở Y tế", 0), ("Sở Y tế", store.MAX_SEATS + 1)):
        with pytest.raises(ValidationError):
            store.add_invited_unit(db, conference.id, name, seats=seats)
    assert len(store.list_invited_units(db, conference.id)) == 2
    with pytest.raises(NotFound):
        store.add_invited_unit(db, conference.id + 100, "Sở Y tế")
