"""A window opening a server waits a second at most (server_database.open_server_within); what the
opening that outlived that second does: on a slow network its connection is the next try's, and
a database that a newer program is migrating says so, at once on every try while it lasts."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

import psycopg
import pytest
from proxy import Proxy
from servers import wait_until

from desktop_app.domain.errors import ServerProblem
from desktop_app.store import pg_schema, server_database
from desktop_app.store.engine import rows
from desktop_app.store.server_database import open_server_within


def _until_opened(url: str, seconds: float, **kw) -> tuple[object, list[str]]:
    """Try as the window does (every so often, `seconds` each) until the server is opened."""
    said: list[str] = []

    def opened():
        try:
            return open_server_within(url, seconds, **kw)
        except ServerProblem as problem:
            said.append(problem.code if problem.code != "server_unreachable" else problem.details["reason"])
            time.sleep(0.2)
            return None

    db = None
    deadline = time.monotonic() + 30
    while db is None and time.monotonic() < deadline:
        db = opened()
    assert db is not None, said
    return db, said


@contextlib.contextmanager
def _slow_network(server_db: str, delay: float) -> Iterator[Proxy]:
    """The proxy in front of the server, every piece forwarded `delay` seconds late."""
    proxy = Proxy(int(server_db.rsplit(":", 1)[1].split("/")[0]))
    proxy.delay = delay
    try:
        yield proxy
    finally:
        proxy.close()


def _sessions(conn: psycopg.Connection, desk: str) -> int:
    """How many connections the window of desk `desk` has on the server now."""
    return conn.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = %s",
                        (f"hoinghi {desk}",)).fetchone()[0]


def test_on_a_slow_network_the_connection_that_came_late_is_the_next_trys(server_db):
    """A crowded Wi-Fi: every round trip 0.2 s, so the login and the schema's check take longer
    than the window waits. Before, each try's connection was closed when it came and the next
    try started again, as slow: the window never got back on the server."""
    with _slow_network(server_db, 0.1) as proxy:
        db, said = _until_opened(proxy.address(server_db), 0.3, desk="Bàn 1")
        assert said and set(said) == {"no_answer"}
        assert proxy.accepted == 1   # one connection, made once and taken by a later try
        assert rows(db, "SELECT 1 AS one") == [{"one": 1}]
        db.close()


def test_a_try_that_hangs_is_replaced_by_a_new_one(server_db, monkeypatch):
    """The network swallows everything right after the login (no error ever comes, and the try's
    statements have no deadline of their own), then comes back: the try that hangs is given up
    after HANGING_S and the next one gets the server."""
    from proxy import BLACKHOLE, PASS

    monkeypatch.setattr(server_database, "HANGING_S", 1.0)
    with _slow_network(server_db, 0.05) as proxy:
        with pytest.raises(ServerProblem):
            open_server_within(proxy.address(server_db), 0.01, desk="Desk 4")
        with psycopg.connect(server_db, autocommit=True) as conn:   # logged in: now the Wi-Fi goes
            wait_until(lambda: _sessions(conn, "Desk 4") == 1, timeout=15)
        proxy.set_mode(BLACKHOLE)
        time.sleep(0.3)
        proxy.set_mode(PASS)   # back; the hung try's connection stays silent
        db, said = _until_opened(proxy.address(server_db), 0.5, desk="Desk 4")
        assert said and rows(db, "SELECT 1 AS one") == [{"one": 1}]
        db.close()


def test_a_connection_nobody_asks_for_again_is_closed(server_db, monkeypatch):
    monkeypatch.setattr(server_database, "UNCLAIMED_S", 0.5)
    with _slow_network(server_db, 0.1) as proxy:
        with pytest.raises(ServerProblem):
            open_server_within(proxy.address(server_db), 0.05, desk="Desk 2")
        with psycopg.connect(server_db, autocommit=True) as conn:
            wait_until(lambda: _sessions(conn, "Desk 2") == 1, timeout=15)   # made, late
            wait_until(lambda: _sessions(conn, "Desk 2") == 0, timeout=15)   # and closed, unclaimed


def test_while_the_database_is_upgraded_every_try_says_so_at_once(server_db, pg_cluster, monkeypatch):
    """A newer program migrates the server's database (0006 takes about a minute at 100,000
    attendees): it holds the write lock and the schema's in its transaction, longer than
    lock_timeout (here 1 s). The window is told that the server is upgrading, not that it does not
    answer, nor that the database is locked; its later tries say so without waiting, and once
    the migration is done a try gets the database, migrated."""
    from desktop_app.store import pg_engine

    monkeypatch.setitem(pg_engine.DATABASE_SETTINGS, "lock_timeout", "1000ms")
    server_database.open_server_database(server_db).close()
    with psycopg.connect(server_db, autocommit=True) as conn:   # as a version 6 program left it
        conn.execute("DROP INDEX attendees_search_keys; DROP FUNCTION hoinghi_search_keys(text, text, text, text)")
        conn.execute("DELETE FROM hoinghi_migrations WHERE name = '0007_server_search_plan'")
    other = psycopg.connect(server_db)   # another program, migrating the same database
    other.execute("SELECT pg_advisory_xact_lock(%s), pg_advisory_xact_lock(%s)",
                  (pg_engine.WRITE_LOCK, pg_schema.SCHEMA_LOCK))
    try:
        with pytest.raises(ServerProblem) as first:
            open_server_within(server_db, 1.0, desk="Bàn 3")
        assert first.value.code == "server_upgrading"
        started = time.monotonic()
        with pytest.raises(ServerProblem) as again:
            open_server_within(server_db, 5.0, desk="Bàn 3")
        assert again.value.code == "server_upgrading" and time.monotonic() - started < 0.5
        time.sleep(1.5)   # past lock_timeout: the try still waits for the upgrade
        with pytest.raises(ServerProblem) as later:
            open_server_within(server_db, 0.5, desk="Bàn 3")
        assert later.value.code == "server_upgrading"
    finally:
        other.rollback()
        other.close()
    db, said = _until_opened(server_db, 1.0, desk="Bàn 3")
    assert set(said) <= {"server_upgrading"}
    assert rows(db, "SELECT count(*) AS n FROM pg_indexes WHERE indexname = 'attendees_search_keys'") == [{"n": 1}]
    db.close()


def test_the_upgrade_is_said_in_a_sentence():
    from desktop_app.messages import describe

    said = describe(ServerProblem("server_upgrading", path="postgresql://h@10.0.0.5:5432/hoinghi", host="10.0.0.5"))
    assert "10.0.0.5" in said and "upgrad" in said
