"""A window (re)started while the server cannot be reached opens on the desk's copy: the desk
finds people and checks them in (queued), the other views say they need the server; when it is
back the check-in arrives once and the whole window works again. And a window whose own
connection was cut (the server restarted) works again without restarting the program."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from keys import type_text
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from proxy import BLACKHOLE, CUT, PASS, Proxy

from desktop_app.store import checkins
from desktop_app.store.attendees import list_attendees
from desktop_app.store.conferences import list_conferences
from desktop_app.store.engine import scalar
from desktop_app.ui.common.i18n import set_language


@pytest.fixture
def server(server) -> Iterator[tuple[str, str, object, object, Proxy]]:
    """(the address through the proxy, the direct one, another laptop's connection, the conference, the proxy)"""
    url, other_desk, conference = server
    proxy = Proxy(urlsplit(url).port)
    yield proxy.address(url), url, other_desk, conference, proxy
    proxy.close()


@pytest.mark.parametrize("away", [BLACKHOLE, CUT])
def test_a_window_started_without_the_server_works_on_the_desks_copy(qtbot, make_window, server, english,
                                                                     translations, tmp_path, away):
    url, _direct, other_desk, conference, proxy = server
    first = make_window(url, view="desk")
    first.session.set_conference(conference.id)
    qtbot.waitUntil(lambda: first.desk.offline.link is not None and first.desk.offline.state.online, timeout=20_000)
    first.close()   # the program ends; its copy of the conference stays on this computer

    proxy.set_mode(away)   # the Wi-Fi is gone (BLACKHOLE: no answer at all; CUT: refused)
    window = make_window(url, view="conferences")
    session, desk = window.session, window.desk
    assert session.offline and session.conference_id == conference.id
    assert window.current_view() == "desk" and window.offline_banner.isVisible()
    assert "cannot be reached" in window.offline_banner.text()
    assert not window.tabs.isTabEnabled(1) and "Needs the server" in window.tabs.tabToolTip(1)
    menus = window.menus   # the lists, paper and files wait for the server too, and say so where pointed at
    assert not any(act.isEnabled() for act in menus.needs_server()) and not window.conferences.new_action.isEnabled()
    assert "Needs the server" in menus.print_action.toolTip() and menus.walk_in_action.isEnabled()
    assert desk.offline.db is not None and desk.title.text() == conference.title
    qtbot.waitUntil(lambda: desk.link_label.isVisible(), timeout=10_000)   # said at once, before any check-in
    assert "cannot be reached" in desk.link_label.text()
    person = next(a for a in list_attendees(other_desk, conference.id) if not a.present)

    with qtbot.waitSignal(desk.results_shown, timeout=3000):
        type_text(desk.field, person.full_name)
    with qtbot.waitSignal(desk.checked_in, timeout=3000) as signal:
        qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert signal.args[0].attendee.id == person.id and not signal.args[0].already
    qtbot.waitUntil(lambda: "1 check-in waits to be sent" in desk.link_label.text(), timeout=10_000)
    assert "cannot be reached" in desk.link_label.text() and desk.link_label.isVisible()
    window.grab().save(str(tmp_path / f"window-offline-{away}.png"))   # to look at
    set_language("vi", directory=translations)   # the clerk switches language: the line follows
    try:
        qtbot.waitUntil(lambda: "chờ gửi" in desk.link_label.text(), timeout=3000)
    finally:
        set_language("en", directory=translations)
    qtbot.waitUntil(lambda: "1 check-in waits to be sent" in desk.link_label.text(), timeout=3000)
    assert not checkins.check_in_history(other_desk, person.id)

    proxy.set_mode(PASS)   # the server is back
    qtbot.waitUntil(lambda: not session.offline and desk.offline.state.waiting == 0, timeout=30_000)
    (recorded,) = checkins.check_in_history(other_desk, person.id)
    assert scalar(other_desk, "SELECT count(*) FROM check_ins WHERE client_id = :c", {"c": recorded.client_id}) == 1
    assert not window.offline_banner.isVisible() and window.tabs.isTabEnabled(1)
    assert all(act.isEnabled() for act in menus.needs_server()) and window.conferences.new_action.isEnabled()
    assert "Needs the server" not in menus.print_action.toolTip()
    window.show_view("attendees")   # the rest of the window works again
    view = window.attendees
    qtbot.waitUntil(lambda: not view.loader.running and view.tree_model.rowCount() > 0, timeout=15_000)
    window.show_view("conferences")
    assert window.conferences.model.rowCount() == len(list_conferences(other_desk))


def test_without_a_copy_the_window_says_the_server_cannot_be_reached(qtbot, make_window, server, english):
    from desktop_app.domain.errors import ServerProblem

    url, _direct, _other_desk, _conference, proxy = server
    proxy.set_mode(CUT)
    with pytest.raises(ServerProblem) as raised:
        make_window(url)
    from desktop_app.messages import describe

    said = describe(raised.value)
    assert "cannot be reached" in said and "server laptop is on" in said


@pytest.mark.parametrize("first_try", ["answered", "too slow"])
def test_the_windows_connection_comes_back_after_the_server_restarts(qtbot, make_window, server, pg_cluster,
                                                                     monkeypatch, first_try):
    from desktop_app.domain.errors import ServerProblem
    from desktop_app.store import server_database

    _url, direct, _other_desk, conference, _proxy = server
    window = make_window(direct, view="conferences")
    tries: list[str] = []
    if first_try == "too slow":   # its first try to reconnect fails: it tries again while the server is there
        real = server_database.open_server_within

        def slow_once(url, seconds, **kw):
            tries.append(url)
            if len(tries) == 1:
                raise ServerProblem("server_unreachable", path=url, reason="no_answer", detail="slow")
            return real(url, seconds, **kw)

        monkeypatch.setattr(server_database, "open_server_within", slow_once)
    session = window.session
    qtbot.waitUntil(lambda: session.server_connected, timeout=10_000)
    with qtbot.waitSignal(session.server_connection_changed, timeout=15_000,
                          check_params_cb=lambda up: not up), pg_cluster.admin() as admin:
        # What a restart does to the clients: every connection to the database ends.
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                      "AND application_name LIKE 'hoinghi%%'", (direct.rsplit("/", 1)[1],))
    qtbot.waitUntil(lambda: session.server_connected and not session.offline, timeout=20_000)
    assert window.current_view() == "conferences"   # the desk was shown while the server was away
    assert len(tries) >= 2 if first_try == "too slow" else not tries
    # On the same window's connection:
    assert [c.conference.id for c in list_conferences(session.db)] == [conference.id]
    session.set_conference(None)
    window.conferences.refresh()
    assert window.conferences.model.rowCount() == 1


def test_joining_a_server_away_opens_on_the_desks_copy(qtbot, make_window, server, db_path, demo):
    from desktop_app.ui import file_actions

    url, _direct, _other_desk, conference, proxy = server
    first = make_window(url, view="desk")
    first.session.set_conference(conference.id)
    qtbot.waitUntil(lambda: first.desk.offline.link is not None and first.desk.offline.state.online, timeout=20_000)
    first.close()
    proxy.set_mode(CUT)
    window = make_window(db_path)   # on a file, then File → Join with the address kept from before
    file_actions.open_join(window)
    dialog = window.join_dialog
    dialog.address.setText(url)
    with qtbot.waitSignal(dialog.joined, timeout=20_000):
        dialog.join_button.click()
    assert window.session.on_server and window.session.offline and window.offline_banner.isVisible()
    assert window.session.conference_id == conference.id and window.desk.offline.db is not None


def test_a_join_whose_network_drops_after_the_test_waits_a_second_at_most(qtbot, make_window, server, db_path,
                                                                          demo, monkeypatch):
    """The join dialog's worker reached the server; then the Wi-Fi goes silent before the window
    opens it on its own thread. With no copy of it here, the window says the server does not
    answer, after a second (open_server_within), not libpq's five, and keeps the file it had."""
    from desktop_app.ui import file_actions
    from desktop_app.ui.common import forms
    from desktop_app.ui.join_dialog import JoinDialog

    url, _direct, _other_desk, _conference, proxy = server
    joined = JoinDialog._on_task_succeeded

    def network_drops_now(dialog: JoinDialog) -> None:
        proxy.set_mode(BLACKHOLE)
        joined(dialog)

    monkeypatch.setattr(JoinDialog, "_on_task_succeeded", network_drops_now)
    said: list[object] = []
    monkeypatch.setattr(forms, "show_error", lambda _parent, error: said.append(error))
    window = make_window(db_path)
    file_actions.open_join(window)
    window.join_dialog.address.setText(url)
    with qtbot.waitSignal(window.join_dialog.joined, timeout=20_000):
        window.join_dialog.join_button.click()
    (error,) = said
    assert error.code == "server_unreachable" and "within 1 s" in error.details["detail"]
    assert not window.session.on_server and window.session.path == db_path


@pytest.mark.parametrize("away", [CUT, BLACKHOLE])
def test_statistics_are_not_left_in_sight_when_the_server_is_lost(qtbot, make_window, server, tmp_path,
                                                                             away):
    """The organizer watches Statistics; the Wi-Fi goes (refused: the listener loses the server;
    or silent: the desk's link notices within its deadline, the listener later if ever). The
    numbers of before are not left in sight as if current: the bar says the server is away, the
    window is on the desk, and Statistics, the lists and the conferences are closed (their tabs
    say they need the server) until it answers again."""
    from desktop_app.ui.main_window import VIEWS

    url, _direct, other_desk, conference, proxy = server
    window = make_window(url, view="stats")
    window.session.set_conference(conference.id)
    session, stats = window.session, window.stats
    link = window.desk.offline
    qtbot.waitUntil(lambda: session.server_connected and stats.stats is not None and not stats.loader.running
                    and link.link is not None and link.state.online, timeout=15_000)   # the desk's copy made
    proxy.set_mode(away)
    qtbot.waitUntil(lambda: window.offline_banner.isVisible(), timeout=30_000)
    # (A silent network is noticed by the desk's link first: the listener may still believe it hears.)
    assert window.current_view() == "desk" and "not connected" in window.server_label.text()
    for view in ("conferences", "attendees", "topics", "stats"):
        index = VIEWS.index(view)
        assert not window.tabs.isTabEnabled(index) and "Needs the server" in window.tabs.tabToolTip(index)
    window.grab().save(str(tmp_path / f"stats-away-{away}.png"))   # to look at

    proxy.set_mode(PASS)
    qtbot.waitUntil(lambda: not session.offline and window.current_view() == "stats", timeout=30_000)
    person = next(a for a in list_attendees(other_desk, conference.id) if not a.present)
    before = stats.stats.present
    checkins.check_in(other_desk, person.id, desk="Bàn 2")
    qtbot.waitUntil(lambda: stats.stats.present == before + 1, timeout=10_000)


def test_statistics_follow_the_desks_while_only_the_windows_own_connection_is_cut(qtbot, make_window, server,
                                                                                  pg_cluster):
    """The window's own connection ended (a statement cut at its deadline, the server ending it)
    while its listener hears: Statistics count on connections of their own, so the numbers in
    sight keep following the desks; the window's connection is made again by itself."""
    _url, direct, other_desk, conference, _proxy = server
    window = make_window(direct, view="stats")
    window.session.set_conference(conference.id)
    session, stats = window.session, window.stats
    qtbot.waitUntil(lambda: session.server_connected and stats.stats is not None and not stats.loader.running,
                    timeout=15_000)
    with pg_cluster.admin() as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (session.db.conn.info.backend_pid,))
    person = next(a for a in list_attendees(other_desk, conference.id) if not a.present)
    before = stats.stats.present
    checkins.check_in(other_desk, person.id, desk="Bàn 2")
    qtbot.waitUntil(lambda: stats.stats.present == before + 1, timeout=10_000)
    assert window.current_view() == "stats"
    qtbot.waitUntil(lambda: not session.offline, timeout=15_000)


def test_a_server_that_answers_but_refuses_the_window_says_why_in_the_bar(qtbot, make_window, server, pg_cluster,
                                                                          english, tmp_path):
    """A newer program upgraded the server while this window's connection was down: the listener
    hears the server, the window's new connection is refused, and the bar says so and why (not
    that the server cannot be reached); when the server takes it again, the window works."""
    import psycopg

    _url, direct, _other_desk, conference, _proxy = server
    window = make_window(direct, view="conferences")
    session = window.session
    qtbot.waitUntil(lambda: session.server_connected, timeout=10_000)
    with psycopg.connect(direct, autocommit=True) as conn:
        conn.execute("INSERT INTO hoinghi_migrations (migration_set, name) VALUES ('hoinghi', '0099_future')")
    try:
        with pg_cluster.admin() as admin:   # the window's connections end, as in an upgrade's restart
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                          "AND application_name LIKE 'hoinghi%%'", (direct.rsplit("/", 1)[1],))
        qtbot.waitUntil(lambda: session.refusal is not None, timeout=20_000)
        qtbot.waitUntil(lambda: "newer version of hoinghi" in window.offline_banner.text(), timeout=5000)
        assert "does not let this window in" in window.offline_banner.text()
        assert "cannot be reached" not in window.offline_banner.text()
        assert window.offline_banner.isVisible() and session.offline
        desk = window.desk   # its link is refused too, and says so rather than "cannot be reached"
        qtbot.waitUntil(lambda: "does not take this desk" in desk.link_label.text(), timeout=20_000)
        window.grab().save(str(tmp_path / "window-refused.png"))   # to look at
    finally:
        with psycopg.connect(direct, autocommit=True) as conn:
            conn.execute("DELETE FROM hoinghi_migrations WHERE name = '0099_future'")
    qtbot.waitUntil(lambda: not session.offline, timeout=20_000)   # the next try is taken
    assert session.refusal is None and not window.offline_banner.isVisible()
    assert [c.conference.id for c in list_conferences(session.db)] == [conference.id]


def test_a_server_whose_database_is_being_upgraded_says_so_in_the_bar(qtbot, make_window, server, english,
                                                                      translations, tmp_path):
    """A newer program on another laptop is upgrading the server's database (here held at its start
    by that program's lock) while this window's connection is down: the bar says the server is
    upgrading, not that it cannot be reached, and the window is back on the server by itself, on
    the upgraded database, once the upgrade is done."""
    import psycopg

    from desktop_app.store import pg_schema

    _url, direct, _other_desk, conference, _proxy = server
    window = make_window(direct, view="conferences")
    session, desk = window.session, window.desk
    session.set_conference(conference.id)
    qtbot.waitUntil(lambda: session.server_connected and desk.offline.state.online, timeout=20_000)
    with psycopg.connect(direct, autocommit=True) as conn:   # as a version 6 program left it
        conn.execute("DROP INDEX attendees_search_keys; DROP FUNCTION hoinghi_search_keys(text, text, text, text)")
        conn.execute("DELETE FROM hoinghi_migrations WHERE name = '0007_server_search_plan'")
    upgrader = psycopg.connect(direct, autocommit=True)
    upgrader.execute("SELECT pg_advisory_lock(%s)", (pg_schema.SCHEMA_LOCK,))
    try:
        upgrader.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                         "AND application_name LIKE 'hoinghi%%'", (direct.rsplit("/", 1)[1],))
        qtbot.waitUntil(lambda: session.upgrading, timeout=20_000)
        banner = window.offline_banner
        assert banner.isVisible() and "upgrading its data" in banner.text() and "cannot be reached" not in banner.text()
        qtbot.waitUntil(lambda: "upgrades its data" in desk.link_label.text(), timeout=20_000)   # the desk's line too
        window.grab().save(str(tmp_path / "window-upgrading.png"))   # to look at
        set_language("vi", directory=translations)   # the bar and the line follow the language
        try:
            qtbot.waitUntil(lambda: "nâng cấp" in banner.text() and "nâng cấp" in desk.link_label.text(),
                            timeout=3000)
            window.grab().save(str(tmp_path / "window-upgrading-vi.png"))
        finally:
            set_language("en", directory=translations)
    finally:
        upgrader.execute("SELECT pg_advisory_unlock(%s)", (pg_schema.SCHEMA_LOCK,))
        upgrader.close()
    qtbot.waitUntil(lambda: not session.offline, timeout=20_000)   # the try under way took the lock and upgraded
    assert session.refusal is None and not window.offline_banner.isVisible()
    qtbot.waitUntil(lambda: desk.offline.state.online and not desk.offline.state.upgrading, timeout=20_000)
    assert scalar(session.db, "SELECT count(*) FROM pg_indexes WHERE indexname = 'attendees_search_keys'") == 1
    assert [c.conference.id for c in list_conferences(session.db)] == [conference.id]


def test_a_window_behind_a_pooler_that_hears_nothing_asks_the_server_for_changes(qtbot, make_window, server):
    """An office's server behind PgBouncer in transaction mode: notifications never reach the
    window's listener (tests/server/test_pgbouncer.py). It knows, and asks the server every
    second whether anything changed: another desk's check-in still reaches the window."""
    from external_tools import require
    from pgbouncer import pgbouncer

    require("pgbouncer")
    _url, direct, other_desk, conference, _proxy = server
    with pgbouncer(direct) as pooled:
        window = make_window(pooled, view="stats")
        session = window.session
        session.set_conference(conference.id)
        qtbot.waitUntil(lambda: session.server_connected, timeout=10_000)
        qtbot.waitUntil(lambda: session.asks_for_changes, timeout=10_000)   # it knows it hears nothing
        person = next(a for a in list_attendees(other_desk, conference.id) if not a.present)
        with qtbot.waitSignal(session.data_changed, timeout=5000, check_params_cb=lambda external: external):
            checkins.check_in(other_desk, person.id)
        window.close()
