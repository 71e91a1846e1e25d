"""The unit field offers this conference's units, then the catalog's of the conference's day, and
asks before saving an unaccented unknown unit; each desk window has its own name."""

from __future__ import annotations

from datetime import datetime

import pytest
from keys import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.models import AttendeeInput
from desktop_app.store import attendees, checkins
from desktop_app.store.conferences import create_conference
from desktop_app.store.search import search_attendees
from desktop_app.store.units import conference_unit_names
from desktop_app.ui.attendees.unit_field import UnitField, fill_unit_field
from desktop_app.ui.desk import desk_name
from desktop_app.ui.desk.person_dialog import PersonDialog


@pytest.fixture
def field(qtbot, db, demo) -> UnitField:
    attendees.add_attendee(db, demo.id, AttendeeInput(full_name="Lò Thị Mai", unit_name="Công ty Cổ phần Hoa Sen"))
    unit = UnitField()
    qtbot.addWidget(unit)
    fill_unit_field(unit, db, demo)
    return unit


def test_the_conference_units_come_first_then_the_catalog_of_its_day(field, db, demo):
    used = set(conference_unit_names(db, demo.id))
    offered = field.suggestions("so")
    in_conference = [name in used for name in offered]
    assert in_conference == sorted(in_conference, reverse=True) and in_conference[0]   # the conference's first
    assert field.suggestions("hoa sen") == ["Công ty Cổ phần Hoa Sen"]     # only in this conference
    assert field.suggestions("bao lang son")[0] == "Báo Lạng Sơn"          # the 2022 catalog: ended in 2025
    later = create_conference(db, "Hội nghị 2026", datetime(2026, 3, 2, 8, 0))
    fill_unit_field(field, db, later)
    assert "Báo Lạng Sơn" not in field.suggestions("bao lang son")      # merged away before 2026


def test_a_unit_typed_without_accents_is_written_properly(field):
    field.setText("bao lang son")
    assert field.written_name() == "Báo Lạng Sơn" and not field.needs_asking()
    field.setText("cong ty co phan hoa sen")   # known from this conference only
    assert field.written_name() == "Công ty Cổ phần Hoa Sen" and not field.needs_asking()
    field.setText("so giao thong lang son xyz")
    assert field.needs_asking()
    field.setText("Sở Giao thông mới")   # accents: written as typed, not asked
    assert not field.needs_asking()


def _walk_in(monkeypatch, unit: str, answers: list[bool]) -> list[PersonDialog]:
    seen: list[PersonDialog] = []

    def exec_(dialog: PersonDialog) -> int:
        seen.append(dialog)
        dialog.name.setText("Lăng Văn Tám")
        dialog.unit.setText(unit)
        for _ in answers[:]:
            dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", exec_)
    return seen


def test_the_desk_asks_before_saving_an_unknown_unit_without_accents(qtbot, window, db, demo, monkeypatch):
    answers = [False, True]   # first "correct it", then "save as typed"
    asked = []

    def confirm(_parent, _title, text, **_kw) -> bool:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr("desktop_app.ui.attendees.unit_field.confirm", confirm)
    seen = _walk_in(monkeypatch, "ban quan ly du an abc", list(answers))
    window.show_view("desk")
    qtbot.keyClick(window.desk.field, Qt.Key.Key_F2)
    assert len(asked) == 2 and "ban quan ly du an abc" in asked[0]
    assert seen[0].result() == 1
    (added,) = search_attendees(db, demo.id, "lang van tam")
    assert added.unit_name == "ban quan ly du an abc" and added.present


def test_a_walk_in_from_bao_lang_son_is_saved_with_its_proper_name(qtbot, window, db, demo, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: pytest.fail("nothing to ask"))
    _walk_in(monkeypatch, "bao lang son", [True])
    window.show_view("desk")
    qtbot.keyClick(window.desk.field, Qt.Key.Key_F2)
    (added,) = search_attendees(db, demo.id, "lang van tam")
    assert added.unit_name == "Báo Lạng Sơn"


# -- desk names ---------------------------------------------------------------------------------

def test_the_name_offered_is_the_first_free_numbered_desk():
    assert desk_name.offered_name("", set(), set(), "Bàn {n}") == "Bàn 1"
    assert desk_name.offered_name("", {"Bàn 1"}, {"Bàn 2"}, "Bàn {n}") == "Bàn 3"
    assert desk_name.offered_name("Bàn 7", {"Bàn 1"}, {"Bàn 7"}, "Bàn {n}") == "Bàn 7"   # this desk's, from before
    assert desk_name.offered_name("Bàn 1", {"Bàn 1"}, set(), "Bàn {n}") == "Bàn 2"


def test_two_desk_windows_have_their_own_names_and_undo_their_own(qtbot, make_window, db_path, db, demo,
                                                                   desk_name_offered):
    first = make_window(db_path, view="desk")
    second = make_window(db_path, view="desk")
    assert first.session.desk != second.session.desk
    assert desk_name_offered[1][1] == {first.session.desk}   # the second was told the first's name
    people = [a for a in attendees.list_attendees(db, demo.id) if not a.present][:2]
    for window, person in zip((first, second), people, strict=True):
        window.desk.field.setFocus()
        with qtbot.waitSignal(window.desk.results_shown, timeout=2000):
            type_text(window.desk.field, person.code)
        with qtbot.waitSignal(window.desk.checked_in, timeout=5000):
            qtbot.keyClick(window.desk.field, Qt.Key.Key_Return)
    with qtbot.waitSignal(first.desk.check_in_undone, timeout=5000):
        qtbot.keyClick(first.desk.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not attendees.get_attendee(db, people[0].id).present     # the first desk's own
    assert attendees.get_attendee(db, people[1].id).present         # the second's stays
    desks = {c.desk for p in people for c in checkins.check_in_history(db, p.id)}
    assert desks == {first.session.desk, second.session.desk}


def test_a_window_offers_its_name_from_last_time(qtbot, make_window, db_path, demo, settings, desk_name_offered):
    first = make_window(db_path, view="desk")
    first.settings_name = first.session.desk
    first.close()
    again = make_window(db_path, view="desk")
    assert again.session.desk == first.settings_name
    assert desk_name_offered[-1][0] == first.settings_name


def test_the_dialog_refuses_the_name_of_another_window(qtbot):
    dialog = desk_name.DeskNameDialog(None, "Bàn 1", {"Bàn 1"})
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and not dialog.error.isHidden()
    dialog.name.setText("Bàn 2")
    dialog.accept()
    assert dialog.result() == 1


# -- the unit catalog editor ------------------------------------------------------------------

def test_the_unit_catalog_is_reached_from_the_menu_and_edited(qtbot, window, db, monkeypatch, qtmodeltester):
    from datetime import date

    from desktop_app.store.units import get_unit, match_unit
    from desktop_app.ui.attendees.units_dialog import UnitEditDialog, UnitsDialog

    opened: list[UnitsDialog] = []

    def run(dialog: UnitsDialog) -> int:
        opened.append(dialog)
        qtmodeltester.check(dialog.model)
        dialog.search.setText("baolangson")
        assert dialog.proxy.rowCount() == 1
        dialog.table.setCurrentIndex(dialog.proxy.index(0, 0))

        def edit(form: UnitEditDialog) -> int:
            assert form.name.text() == "Báo Lạng Sơn" and form.valid_to.value() == date(2025, 2, 28)
            form.aliases.setPlainText("Báo Lạng Sơn điện tử\nBLS")
            form.successor.setCurrentIndex(form.successor.findText("Đài Phát thanh và Truyền hình Lạng Sơn"))
            form.buttons.accepted.emit()
            return form.result()

        monkeypatch.setattr(UnitEditDialog, "exec", edit)
        dialog.edit()

        def add(form: UnitEditDialog) -> int:
            form.name.setText("Báo và Phát thanh, Truyền hình Lạng Sơn")
            form.kind.setCurrentIndex(form.kind.findData("press"))
            form.valid_from.set_value(date(2025, 3, 1))
            form.valid_to.set_value(date(2025, 1, 1))    # before the start: refused at its field
            form.buttons.accepted.emit()
            assert form.result() == 0 and form.messages.message("valid_to")
            form.valid_to.set_value(None)
            form.buttons.accepted.emit()
            return form.result()

        monkeypatch.setattr(UnitEditDialog, "exec", add)
        dialog.add()
        return 0

    monkeypatch.setattr(UnitsDialog, "exec", run)
    assert window.menus.units_action.isEnabled()
    window.menus.units_action.trigger()
    dialog = opened[0]
    added = dialog.selected()
    assert added is not None and added.name == "Báo và Phát thanh, Truyền hình Lạng Sơn"
    assert added.valid_from == date(2025, 3, 1) and added.catalog == "user"
    edited = match_unit(db, "BLS")
    assert edited is not None and edited.name == "Báo Lạng Sơn"
    assert get_unit(db, edited.successor_id).name == "Đài Phát thanh và Truyền hình Lạng Sơn"


# -- the desk's log of the day and a person's history at the desk -----------------------------

def test_the_desk_log_shows_this_desks_entries_of_the_day_or_every_desks(qtbot, window, db, demo, monkeypatch):
    from desktop_app.ui.attendees.history_dialog import HistoryDialog
    from desktop_app.ui.desk.desk_log import DeskLogDialog

    window.show_view("desk")
    desk = window.desk
    mine, other = [a for a in attendees.list_attendees(db, demo.id) if not a.present][:2]
    checkins.check_in(db, other.id, desk="Bàn 9")       # another desk, on the shared file
    desk.field.setFocus()
    with qtbot.waitSignal(desk.results_shown, timeout=2000):
        type_text(desk.field, mine.code)
    with qtbot.waitSignal(desk.checked_in, timeout=5000):
        qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    seen: list[tuple[str, list[str], list[str]]] = []

    def exec_(dialog: DeskLogDialog) -> int:
        def rows() -> list[str]:
            m = dialog.model
            return [f"{m.index(r, m.DESK).data()}|{m.index(r, m.PERSON).data()}" for r in range(m.rowCount())]

        own = rows()
        title = dialog.windowTitle()
        dialog.all_desks.setChecked(True)
        seen.append((title, own, rows()))
        return 0

    monkeypatch.setattr(DeskLogDialog, "exec", exec_)
    window.menus.desk_log_action.trigger()
    title, own, every = seen[0]
    assert desk.session.desk in title
    assert own == [f"{desk.session.desk}|{mine.full_name}"]
    assert f"Bàn 9|{other.full_name}" in every and own[0] in every

    shown: list[str] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda d: shown.append(d.windowTitle()) or 0)
    type_text(desk.field, "")
    with qtbot.waitSignal(desk.results_shown, timeout=2000):
        type_text(desk.field, mine.code)
    qtbot.keyClick(desk.field, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert shown and mine.full_name in shown[0]


def test_the_export_dialog_offers_the_history_with_the_attendance_report(qtbot, window, tmp_path):
    import openpyxl

    from desktop_app.exchange.export import ExportKind
    from desktop_app.ui.paper.export_dialog import ExportDialog

    dialog = ExportDialog(window, window.session, window.session.conference_id, window.prefs)
    qtbot.addWidget(dialog)
    dialog.open_after.setChecked(False)
    assert not dialog.history.isEnabled()                 # the sign-in sheet has no history
    dialog.kinds[ExportKind.ATTENDANCE].setChecked(True)
    assert dialog.history.isEnabled()
    dialog.history.setChecked(True)
    target = tmp_path / "diem_danh.xlsx"
    dialog.path_edit.setText(str(target))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    assert openpyxl.load_workbook(target).sheetnames[-1] == "Lịch sử"


def test_a_person_just_added_is_not_hidden_by_the_kind_or_attendance_filter(qtbot, window, db, demo, monkeypatch):
    from desktop_app.domain.listing import PresenceFilter
    from desktop_app.ui.attendees.attendee_dialog import AttendeeDialog

    window.show_view("attendees")
    view = window.attendees
    qtbot.waitUntil(lambda: not view.loader.running and view.tree_model.rowCount() > 0, timeout=10_000)
    said: list[str] = []
    view.said.connect(said.append)
    bar = view.filters
    bar.presence.setCurrentIndex(bar.presence.findData(PresenceFilter.PRESENT))
    bar.presence.activated.emit(bar.presence.currentIndex())

    def exec_(dialog: AttendeeDialog) -> int:
        dialog.name.setText("Lò Văn Sáu")
        dialog.unit.setText("Sở Y tế")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(AttendeeDialog, "exec", exec_)
    view.add_action.trigger()
    assert bar.filter().presence is PresenceFilter.ALL
    assert said[-1] == "Added Lò Văn Sáu. The filters were reset so that they show in the list."
    qtbot.waitUntil(lambda: not view.loader.running, timeout=10_000)
    assert view.selected() is not None and view.selected().full_name == "Lò Văn Sáu"


@pytest.mark.parametrize("grouped", [True, False])
def test_at_1024_the_position_stays_readable_and_the_tree_does_not_repeat_the_unit(qtbot, window, db, demo, grouped):
    from PySide6.QtCore import Qt as _Qt

    from desktop_app.ui.models import attendee_columns as cols

    window.resize(1024, 768)
    window.show_view("attendees")
    view = window.attendees
    (view.filters.grouped if grouped else view.filters.flat).setChecked(True)
    qtbot.waitUntil(lambda: not view.loader.running and view.current_view().model().rowCount() > 0, timeout=10_000)
    shown = view.current_view()
    header = shown.header() if grouped else shown.horizontalHeader()
    assert header.sectionSize(cols.POSITION) >= 180
    if grouped:
        model = view.tree_model
        section = model.index(0, 0)
        unit = model.index(0, 0, section)
        shown.expand(unit)
        if model.canFetchMore(unit):
            model.fetchMore(unit)
        person = model.index(0, cols.UNIT, unit)
        heading = unit.data()
        assert person.data() == ""                                   # the heading above says it
        assert heading in (person.data(_Qt.ItemDataRole.ToolTipRole) or heading)
