"""The window on a database on a real PostgreSQL server (`hoinghi gui --db postgresql://…`): the
desk checks people in, the background views load, other desks' check-ins are seen, and the
password is never shown."""

from __future__ import annotations

import pytest
from keys import type_text
from PySide6.QtCore import Qt

from desktop_app.domain.locations import ServerAddress, database_location
from desktop_app.store import checkins, open_database
from desktop_app.store.attendees import list_attendees
from desktop_app.store.conferences import get_conference


def server_password(url: str) -> str:
    return database_location(url).split(":")[2].split("@")[0]


def test_a_desk_on_a_server_checks_in_and_sees_the_other_desks(qtbot, make_window, server):
    url, other_desk, conference = server
    password = server_password(url)
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


def test_two_windows_on_one_server_see_each_others_check_ins_without_polling(qtbot, make_window, server):
    """No poll() and no timer: the server tells the other window (LISTEN/NOTIFY)."""
    url, other_desk, conference = server
    first, second = make_window(url, view="desk"), make_window(url, view="desk")
    assert not second.session._timer.isActive()   # a file's every-second question is not asked of a server
    qtbot.waitUntil(lambda: first.session.server_connected and second.session.server_connected, timeout=10_000)
    shown = second.server_label.text()   # which server, and that the desk hears it; never the password
    assert second.server_label.isVisible() and "127.0.0.1:" in shown and "connected" in shown.lower()
    assert server_password(url) not in shown
    person = next(a for a in list_attendees(other_desk, conference.id) if not a.present)
    with qtbot.waitSignal(first.desk.results_shown, timeout=3000):
        type_text(first.desk.field, person.full_name)
    with qtbot.waitSignal(second.session.data_changed, timeout=5000) as heard:
        qtbot.keyClick(first.desk.field, Qt.Key.Key_Return)
    assert heard.args == [True]
    present = sum(1 for a in list_attendees(other_desk, conference.id) if a.present)
    qtbot.waitUntil(lambda: second.desk.counters.present == present, timeout=10_000)   # shown at the other


def test_a_window_whose_listener_is_cut_comes_back_and_refreshes(qtbot, make_window, server, pg_cluster):
    url, _other_desk, _conference = server
    window = make_window(url, view="desk")
    session = window.session
    qtbot.waitUntil(lambda: session.server_connected, timeout=10_000)
    refreshed: list[bool] = []
    connected_text = window.server_label.text()
    session.data_changed.connect(refreshed.append)
    labels: list[str] = []
    session.server_connection_changed.connect(lambda _up: labels.append(window.server_label.text()))
    with qtbot.waitSignal(session.server_connection_changed, timeout=15_000,
                          check_params_cb=lambda up: not up), pg_cluster.admin() as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
                      "'hoinghi listener' AND datname = %s", (url.rsplit("/", 1)[1],))
    assert labels[0] != connected_text   # "not connected" was shown while it was away
    qtbot.waitUntil(lambda: session.server_connected, timeout=15_000)
    # A full refresh (what was said meanwhile is lost); a second one comes when the first try to
    # connect the window again was too slow and its retry made it.
    qtbot.waitUntil(lambda: bool(refreshed), timeout=5000)
    assert all(refreshed) and len(refreshed) <= 2


def test_a_window_goes_on_over_a_new_connection_after_the_server_restarted(qtbot, make_window, server, pg_cluster):
    """A restart ends every connection: the window's own, not only its listener's. Once the
    server is back the window works again (no traceback) and the numbers follow other desks."""
    url, other_desk, conference = server
    window = make_window(url, view="stats")
    session, stats = window.session, window.stats
    qtbot.waitUntil(lambda: session.server_connected and stats.stats is not None and not stats.loader.running,
                    timeout=15_000)
    before = stats.stats.present
    with qtbot.waitSignal(session.server_connection_changed, timeout=15_000,
                          check_params_cb=lambda up: not up), pg_cluster.admin() as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> %s",
                      (url.rsplit("/", 1)[1], other_desk.conn.info.backend_pid))
    qtbot.waitUntil(lambda: session.server_connected, timeout=15_000)
    qtbot.waitUntil(lambda: not session.db.conn.closed, timeout=5000)
    assert session.conference().id == conference.id   # the window's own connection answers again
    person = next(a for a in list_attendees(other_desk, conference.id) if not a.present)
    checkins.check_in(other_desk, person.id, desk="Bàn 2")
    qtbot.waitUntil(lambda: stats.stats is not None and stats.stats.present == before + 1, timeout=10_000)


def test_a_window_whose_own_connection_was_lost_gets_a_new_one_while_its_listener_hears(qtbot, make_window, server,
                                                                                        pg_cluster):
    """A statement cut at its deadline (a silent network) or ended by the server leaves the
    window's connection closed while the listener goes on: the window is given a new one."""
    from desktop_app.domain.errors import ServerProblem

    url, _other_desk, conference = server
    window = make_window(url, view="conferences")
    session = window.session
    qtbot.waitUntil(lambda: session.server_connected, timeout=15_000)
    with pg_cluster.admin() as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (session.db.conn.info.backend_pid,))
    with pytest.raises(ServerProblem):
        get_conference(session.db, conference.id)
    assert session.offline and session.server_connected
    qtbot.waitUntil(lambda: not session.offline, timeout=15_000)
    assert session.conference().id == conference.id
    assert not window.offline_banner.isVisibleTo(window)



def test_the_desks_of_today_are_none_known_while_the_server_cannot_be_reached(server, pg_cluster):
    """Naming a desk (the first time the desk is shown) looks at today's desks: with the window's
    connection gone it offers a name all the same, instead of raising out of the tab switch."""
    from desktop_app.ui.desk.desk_name import desks_today

    url, _other_desk, _conference = server
    db = open_database(url, desk="Bàn 3")
    try:
        with pg_cluster.admin() as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (db.conn.info.backend_pid,))
        assert desks_today(db) == set()
    finally:
        db.close()
