"""Desks on an office's server behind a real PgBouncer in transaction mode (Debian 12's 1.18, no
prepared statements there): each transaction runs on any of the pooler's server connections,
where another desk's prepared statements and settings are, and this desk's are not."""

from __future__ import annotations

import threading
import time

import pytest
from external_tools import require
from pgbouncer import pgbouncer

from desktop_app.store import checkins, open_database
from desktop_app.store.attendees import list_attendees
from desktop_app.store.demo import create_demo
from desktop_app.store.engine import scalar, write_transaction
from desktop_app.store.pg_listen import ChangeListener
from desktop_app.store.search import search_attendees


@pytest.fixture
def pooled(server_db):
    require("pgbouncer")
    with pgbouncer(server_db) as url:
        yield server_db, url


def test_four_desks_through_the_pooler_check_in_and_undo_each_their_own(pooled):
    """Four desks search, check in and undo at once through two server connections. psycopg
    named every desk's prepared statements alike (_pg3_0…): one desk's statement met another's
    of the same name ("bind message supplies 9 parameters, but prepared statement "_pg3_1"
    requires 2"), and where two take the same parameters (the two undos) the other's would have
    run. And the settings each desk's connection makes (lock_timeout) held on half the
    statements only: the database keeps them now."""
    direct, url = pooled
    owner = open_database(direct, desk="Bàn chủ")
    conference = create_demo(owner, seed=2022)
    people = [a for a in list_attendees(owner, conference.id) if not a.present]
    owner.close()
    failures: list[BaseException] = []
    seen_timeouts: set[str] = set()

    def desk(n: int) -> None:
        db = open_database(url, desk=f"Bàn {n}")
        try:
            mine = people[n::4][:25]
            for person in mine:
                found = search_attendees(db, conference.id, person.full_name, limit=500)
                assert person.id in {a.id for a in found}
                result = checkins.check_in(db, person.id)
                assert result.attendee.id == person.id and not result.already
                undone = checkins.undo_last_check_in(db, conference.id, desk=f"Bàn {n}")
                assert undone.attendee_id == person.id
                checkins.check_in(db, person.id)
                seen_timeouts.add(scalar(db, "SELECT current_setting('lock_timeout')"))
        except BaseException as exc:   # said by the test's thread
            failures.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures, failures
    assert seen_timeouts == {"15s"}
    check = open_database(direct, desk="check")
    live = {a.id for a in list_attendees(check, conference.id) if a.present}
    handled = [p.id for n in range(4) for p in people[n::4][:25]]
    try:
        assert len(handled) > 60 and set(handled) <= live
        assert scalar(check, "SELECT count(*) FROM audit WHERE action = 'undo_check_in' AND desk IN "
                             "('Bàn 0', 'Bàn 1', 'Bàn 2', 'Bàn 3')") == len(handled)
    finally:
        check.close()


def test_two_desks_on_one_server_connection_keep_their_own_prepared_statements(server_db, caplog):
    """Through a pooler with one server connection every desk's statements are prepared on it.
    With psycopg's names (_pg3_0… on every connection) the second desk's first statement was
    already there, another desk's ("prepared statement "_pg3_0" already exists"): names of its
    own per connection."""
    require("pgbouncer")
    owner = open_database(server_db, desk="Bàn chủ")
    conference = create_demo(owner, seed=2022)
    owner.close()
    with pgbouncer(server_db, server_connections=1) as url:
        first, second = open_database(url, desk="Bàn 1"), open_database(url, desk="Bàn 2")
        try:
            for db in (first, second, first, second):
                assert search_attendees(db, conference.id, "nguyen van")
            assert first.may_prepare and second.may_prepare and "prepared statements" not in caplog.text
            names = {r[0] for r in first.conn.execute("SELECT name FROM pg_prepared_statements")}
            assert len(names) >= 2 and len({n.split("_pg3_")[0] for n in names}) == 2   # both desks', apart
            # A rolled-back transaction makes psycopg forget its statements: with DEALLOCATE ALL it
            # forgot the other desk's too, on the one server connection they share.
            with pytest.raises(RuntimeError), write_transaction(first):
                scalar(first, "SELECT 1")
                raise RuntimeError("the desk's write fails halfway")
            assert search_attendees(second, conference.id, "nguyen van") and second.may_prepare
            assert "prepared statements" not in caplog.text
        finally:
            first.close()
            second.close()


def test_the_programs_settings_are_the_databases_own(server_db):
    """What the program's connections set is what any connection to its database gets, even
    one the program did not make (a pooler's), once the program has opened it."""
    import psycopg

    from desktop_app.store.pg_engine import DATABASE_SETTINGS

    with psycopg.connect(server_db, autocommit=True) as bare:
        assert bare.execute("SELECT current_setting('lock_timeout')").fetchone()[0] == "0"
    open_database(server_db, desk="Bàn 1").close()
    with psycopg.connect(server_db, autocommit=True) as bare:
        for key in DATABASE_SETTINGS:
            shown = bare.execute("SELECT current_setting(%s)", (key,)).fetchone()[0]
            assert shown == {"lock_timeout": "15s", "idle_in_transaction_session_timeout": "15s"}.get(
                key, DATABASE_SETTINGS[key]), key


def test_a_desks_link_connects_through_a_stock_pooler(pooled):
    """The desk's link set its shorter idle-in-transaction timeout in libpq's `options`, which a
    PgBouncer as installed refuses ("unsupported startup parameter: options"): set by a SET now."""
    from desktop_app.store.desk_link import LINK_SETTINGS
    from desktop_app.store.server_database import open_server_database

    direct, url = pooled
    for address in (direct, url):
        link = open_server_database(address, desk="Bàn 1", **LINK_SETTINGS)
        try:
            assert scalar(link, "SELECT 1") == 1
            if address == direct:
                assert scalar(link, "SELECT current_setting('idle_in_transaction_session_timeout')") == "3s"
        finally:
            link.close()


def test_a_listener_behind_the_pooler_knows_it_hears_nothing(pooled):
    """LISTEN through the pooler is made on one of its server connections, and what other desks
    notify reaches that one while it serves nobody: the listener hears nothing, ever (the
    window then asks the server for changes every second). Directly, it hears."""
    direct, url = pooled
    open_database(direct, desk="Bàn 0").close()
    behind, straight = ChangeListener(url), ChangeListener(direct)
    try:
        behind.connect()
        straight.connect()
        assert straight.hears and not behind.hears
        db = open_database(direct, desk="Bàn 1")
        conference = create_demo(db, seed=2022)
        heard: list = []
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and not heard:
            heard += straight.wait(0.2)
        assert heard and behind.wait(0.5) == []
        assert conference.id
        db.close()
    finally:
        behind.close()
        straight.close()
