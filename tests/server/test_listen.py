"""Desks hear each other's writes through the server (LISTEN/NOTIFY), not by asking every second:
a write through one connection reaches another connection's listener, with its conference and
table; a listener whose connection is cut says so and comes back."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from desktop_app.domain.errors import ServerProblem
from desktop_app.store import checkins, open_database
from desktop_app.store.attendees import list_attendees
from desktop_app.store.demo import create_demo
from desktop_app.store.pg_listen import Change, ChangeListener, backend_pid, parse_change


@pytest.fixture
def server_db(pg_cluster) -> Iterator[tuple[str, object]]:
    name = pg_cluster.fresh()
    url = pg_cluster.url(name)
    db = open_database(url, desk="Bàn 2")
    yield url, db
    db.close()
    pg_cluster.drop(name)


def _heard(listener: ChangeListener, wanted, patience_s: float = 10.0) -> list[Change]:
    """Liveness, not speed: what the listener hears until `wanted(changes)` (at most `patience_s`)."""
    heard: list[Change] = []
    deadline = time.monotonic() + patience_s
    while not wanted(heard) and time.monotonic() < deadline:
        heard += listener.wait(0.2)
    return heard


def test_a_check_in_at_one_desk_reaches_another_desks_listener(server_db):
    url, desk = server_db
    conference = create_demo(desk)
    listener = ChangeListener(url)
    listener.connect()
    try:
        assert listener.wait(0.1) == []   # nothing yet
        waiting = next(a for a in list_attendees(desk, conference.id) if not a.present)
        checkins.check_in(desk, waiting.id, desk="Bàn 2")
        heard = _heard(listener, lambda h: any(c.table == "check_ins" for c in h))
    finally:
        listener.close()
    check_in = next(c for c in heard if c.table == "check_ins")
    assert check_in.conference_id == conference.id and check_in.pid == backend_pid(desk)


def test_a_rolled_back_write_says_nothing(server_db):
    from desktop_app.store.engine import execute, write_transaction

    url, desk = server_db
    listener = ChangeListener(url)
    listener.connect()
    try:
        with pytest.raises(RuntimeError), write_transaction(desk):
            execute(desk, "INSERT INTO settings (key, value) VALUES ('x', 'y')")
            raise RuntimeError("changed my mind")
        execute(desk, "INSERT INTO settings (key, value) VALUES ('z', 'y')")   # a marker that does arrive
        heard = _heard(listener, lambda h: any(c.table == "settings" for c in h))
    finally:
        listener.close()
    assert [c.table for c in heard] == ["settings"] and heard[0].conference_id is None


def test_a_cut_connection_is_reported_and_a_new_one_hears_again(server_db, pg_cluster):
    url, desk = server_db
    listener = ChangeListener(url)
    listener.connect()
    with pg_cluster.admin() as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
                      "'hoinghi listener' AND datname = %s", (url.rsplit("/", 1)[1],))
    with pytest.raises(ServerProblem) as lost:
        _heard(listener, lambda h: False, patience_s=10.0)
    assert lost.value.code == "server_unreachable" and not listener.connected
    listener.connect()
    try:
        create_demo(desk)
        heard = _heard(listener, lambda h: any(c.table == "attendees" for c in h))
    finally:
        listener.close()
    assert any(c.table == "conferences" for c in heard)


def test_a_silent_network_is_noticed_by_the_listeners_heartbeat_within_its_deadline(server_db, monkeypatch):
    """A dead access point: nothing comes back, not even an error, and the kernel on the way
    acknowledges what is sent (here the proxy's), so keepalives and TCP_USER_TIMEOUT never fire.
    The heartbeat's SELECT 1 waited forever, and the window believed it heard the server; now the
    listener gives up after ANSWER_WITHIN_S and says the server is lost."""
    from proxy import BLACKHOLE, PASS, Proxy

    from desktop_app.store import pg_listen

    monkeypatch.setattr(pg_listen, "HEARTBEAT_S", 0.2)
    monkeypatch.setattr(pg_listen, "ANSWER_WITHIN_S", 1.0)
    url, _desk = server_db
    proxy = Proxy(int(url.rsplit(":", 1)[1].split("/")[0]))
    listener = ChangeListener(proxy.address(url))
    try:
        listener.connect()
        assert listener.wait(0.3) == []   # a heartbeat answered
        proxy.set_mode(BLACKHOLE)
        started = time.monotonic()
        with pytest.raises(ServerProblem) as lost:
            _heard(listener, lambda h: False, patience_s=30.0)
        assert time.monotonic() - started < 5 and lost.value.code == "server_unreachable"
        assert not listener.connected
        proxy.set_mode(PASS)
        listener.connect()   # and hears again once the network is back
        assert listener.wait(0.3) == []
    finally:
        listener.close()
        proxy.close()


def test_a_listener_that_cannot_log_in_says_why(server_db):
    url, _desk = server_db
    wrong = url.replace("@", "x@", 1)
    with pytest.raises(ServerProblem) as refused:
        ChangeListener(wrong).connect()
    assert refused.value.code == "server_login_refused"
    assert "x@" not in str(refused.value.details["path"])


@pytest.mark.parametrize(("payload", "change"), [
    ("12 check_ins", Change(12, "check_ins", 7)),
    ("- units", Change(None, "units", 7)),
])
def test_payloads_read_back(payload, change):
    assert parse_change(payload, 7) == change
