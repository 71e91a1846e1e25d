"""An office's server behind a connection pooler in transaction mode (PgBouncer before 1.21, or
without max_prepared_statements) hands each statement to any of its server connections, where
this connection's prepared statements do not exist. The statement that meets it is sent again
unprepared and answered; the connection prepares nothing from then on."""

from __future__ import annotations

from desktop_app.store import checkins, open_database
from desktop_app.store.attendees import list_attendees
from desktop_app.store.demo import create_demo
from desktop_app.store.engine import scalar
from desktop_app.store.search import search_attendees


def test_a_connection_whose_prepared_statements_vanish_goes_on_unprepared(server_db, caplog):
    db = open_database(server_db, desk="Bàn 1")
    conference = create_demo(db, seed=2022)
    waiting = [a for a in list_attendees(db, conference.id) if not a.present]
    checkins.check_in(db, waiting[0].id)
    found = [a.id for a in search_attendees(db, conference.id, "nguyen van")]
    assert scalar(db, "SELECT count(*) FROM pg_prepared_statements") >= 2   # the check-in's, the people's read
    # What another server connection of the pooler looks like: none of ours prepared there.
    db.conn.pgconn.exec_(b"DEALLOCATE ALL")
    checkins.check_in(db, waiting[1].id)   # the statement that meets it is answered
    assert checkins.live_check_in(db, waiting[1].id) is not None
    assert not db.may_prepare and "prepared statements" in caplog.text
    assert [a.id for a in search_attendees(db, conference.id, "nguyen van")] == found
    checkins.check_in(db, waiting[2].id)
    assert scalar(db, "SELECT count(*) FROM pg_prepared_statements") == 0   # nothing prepared since
    assert [checkins.live_check_in(db, a.id) is not None for a in waiting[:3]] == [True, True, True]
    db.close()
