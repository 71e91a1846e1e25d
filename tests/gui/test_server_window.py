"""The window on a database on a real PostgreSQL server (`hoinghi gui --db postgresql://…`): the
desk checks people in, the background views load, other desks' check-ins are seen, and the
password is never shown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from keys import type_text
from PySide6.QtCore import Qt

from desktop_app.domain.locations import ServerAddress, database_location
from desktop_app.store import checkins, open_database
from desktop_app.store.attendees import list_attendees
from desktop_app.store.demo import create_demo


@pytest.fixture
def server(pg_cluster) -> Iterator[tuple[str, object, object]]:
    name = pg_cluster.fresh()
    url = pg_cluster.url(name)
    other_desk = open_database(url, desk="Bàn 2")
    conference = create_demo(other_desk)
    yield url, other_desk, conference
    other_desk.close()
    pg_cluster.drop(name)


def test_a_desk_on_a_server_checks_in_and_sees_the_other_desks(qtbot, make_window, server):
    url, other_desk, conference = server
    password = database_location(url).split(":")[2].split("@")[0]
    window = make_window(url, view="desk")
    assert isinstance(window.session.path, ServerAddress)
    assert password not in window.windowTitle() and password not in window.database_label.toolTip()
    assert all(password not in a.toolTip() for a in window.menus.recent_menu.actions())
    desk = window.desk
    waiting = [a for a in list_attendees(other_desk, conference.id) if not a.present]
    person, later = waiting[0], waiting[1]
    with qtbot.waitSignal(desk.results_shown, timeout=3000):
        type_text(desk.field, person.full_name)
    with qtbot.waitSignal(desk.checked_in, timeout=3000) as signal:
        qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert signal.args[0].attendee.id == person.id and not signal.args[0].already
    # Made on the desk's copy, then sent by its link: on the server within moments.
    qtbot.waitUntil(lambda: bool(checkins.check_in_history(other_desk, person.id)), timeout=10_000)
    (recorded,) = checkins.check_in_history(other_desk, person.id)   # on the server, seen by the other laptop
    assert recorded.desk == window.session.desk and recorded.undone_at is None

    checkins.check_in(other_desk, later.id, desk="Bàn 2")   # another laptop
    with qtbot.waitSignal(window.session.data_changed, timeout=3000) as changed:
        window.session.poll()
    assert changed.args == [True]

    window.show_view("attendees")   # loaded on a worker, through the server address
    view = window.attendees
    qtbot.waitUntil(lambda: not view.loader.running and view.tree_model.rowCount() > 0, timeout=15_000)
    window.show_view("stats")
    stats = window.stats
    qtbot.waitUntil(lambda: stats.stats is not None and not stats.loader.running, timeout=15_000)
    present = {a.id for a in list_attendees(other_desk, conference.id) if a.present}
    assert {person.id, later.id} <= present and stats.stats.present == len(present)
