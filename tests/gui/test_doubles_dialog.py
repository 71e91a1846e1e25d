"""Doubles to review: reached from the Conference menu (and the desk's notice on a server), listing
each person checked in at two desks while one was cut off, and undoing one takes it off the list
and off the count, the first check-in still counting."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.store import checkins
from desktop_app.store.attendees import list_attendees
from desktop_app.store.engine import scalar
from desktop_app.store.stats import present_count
from desktop_app.ui.desk.doubles_dialog import DoublesDialog


def _doubles(db, conference, count=2):
    people = [a for a in list_attendees(db, conference.id) if not a.present][:count]
    for n, person in enumerate(people):
        checkins.check_in(db, person.id, desk="Bàn 1", at=datetime(2022, 9, 14, 7, 40 + n))
        checkins.check_in(db, person.id, desk="Bàn 4", at=datetime(2022, 9, 14, 7, 52 + n),
                          client_id=f"cut-off-{n}", keep_double=True)
    return people


@pytest.fixture
def shots() -> Path:
    folder = Path(os.environ.get("HOINGHI_SHOTS", "/tmp"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_the_menu_opens_the_doubles_and_undoing_one_keeps_the_first(qtbot, window, db, demo, english,
                                                                    monkeypatch, shots):
    people = _doubles(db, demo)
    present = present_count(db, demo.id)
    opened: list[DoublesDialog] = []
    monkeypatch.setattr(DoublesDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.session.poll()
    window.menus.doubles_action.trigger()
    (dialog,) = opened
    assert dialog.model.rowCount() == 2
    row = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert row == [people[0].full_name, people[0].unit_name, "The whole conference", "14/09/2022 07:40", "Bàn 1",
                   "14/09/2022 07:52", "Bàn 4"]
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(shots / "doubles-dialog.png"))

    dialog.table.selectRow(1)
    dialog.undo_button.click()
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 0).data() == people[0].full_name
    assert checkins.count_doubles(db, demo.id) == 1 and present_count(db, demo.id) == present
    assert checkins.live_check_in(db, people[1].id).desk == "Bàn 1"
    assert scalar(db, "SELECT count(*) FROM audit WHERE action = 'undo_double'") == 1
    assert people[1].full_name in dialog.message.text()
    dialog.undo_button.click()
    assert dialog.model.rowCount() == 0 and not dialog.undo_button.isEnabled()
    assert dialog.message.text() == "No doubles to review in this conference."
    assert checkins.count_doubles(db, demo.id) == 0 and present_count(db, demo.id) == present
    dialog.grab().save(str(shots / "doubles-dialog-empty.png"))


def test_a_double_undone_at_another_desk_meanwhile_just_leaves_the_list(qtbot, window, db, demo):
    from desktop_app.store import doubles

    _doubles(db, demo, count=1)
    dialog = DoublesDialog(window, window.session.db, demo.id,
                           lambda d: doubles.undo_double(window.session.db, d.second.id, desk="Bàn 1"))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    doubles.undo_double(db, dialog.model.double_at(0).second.id, desk="Bàn 2")   # another desk was first
    dialog.undo_button.click()
    assert dialog.model.rowCount() == 0
    assert scalar(db, "SELECT count(*) FROM audit WHERE action = 'undo_double'") == 1


def test_a_double_for_a_topic_names_it_and_a_long_title_leaves_the_desks_their_room(qtbot, window, db, demo, english):
    from desktop_app.store.topics import add_topic
    from desktop_app.ui.desk.doubles_dialog import TOPIC_WIDTH
    from desktop_app.ui.models.doubles_model import DoublesModel

    topic = add_topic(db, demo.id, "Phát ngôn, cung cấp thông tin và ứng xử với báo chí, truyền thông "
                                   "trong tình hình mới")
    person = next(a for a in list_attendees(db, demo.id) if not a.present)
    checkins.check_in(db, person.id, topic_id=topic.id, desk="Bàn 1", at=datetime(2022, 9, 14, 9, 0))
    checkins.check_in(db, person.id, topic_id=topic.id, desk="Bàn 4", at=datetime(2022, 9, 14, 9, 5),
                      client_id="cut-off-topic", keep_double=True)
    dialog = DoublesDialog(window, window.session.db, demo.id, lambda d: True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.model.index(0, DoublesModel.TOPIC).data() == topic.title   # whole in the model and its tooltip
    header = dialog.table.horizontalHeader()
    assert header.sectionSize(DoublesModel.TOPIC) <= TOPIC_WIDTH
    assert not dialog.table.horizontalScrollBar().isVisible()   # every column in sight at the dialog's size
