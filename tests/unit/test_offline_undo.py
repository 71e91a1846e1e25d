"""Undo and substitutes at a desk working on its local copy (store/offline.py): an undo of a
check-in still queued takes it out (never sent); one of a check-in the server has is queued after
it and done there once, however often it is sent or whoever undid it first."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.domain.errors import Conflict
from desktop_app.domain.kinds import AttendeeStatus
from desktop_app.domain.models import AttendeeInput
from desktop_app.store import checkins, open_database
from desktop_app.store.demo import create_demo
from desktop_app.store.engine import rows, scalar
from desktop_app.store.offline import LocalCopy
from desktop_app.store.stats import present_count


@pytest.fixture
def shared(tmp_path):
    """The "server" (a file: the same store code runs on both engines; tests/server has the real
    server behind a proxy) and a desk's copy of it."""
    server = open_database(tmp_path / "chung.sqlite", desk="Văn phòng")
    conference = create_demo(server, attendees=30)
    server.execute("DELETE FROM check_ins")
    copy = LocalCopy(tmp_path / "desk" / "copy.sqlite", desk="Bàn 1")
    copy.copy_whole(server)
    people = [r["id"] for r in rows(server, "SELECT id FROM attendees WHERE conference_id = :c ORDER BY id",
                                    {"c": conference.id})]
    yield server, copy, conference, people
    copy.close()
    server.close()


def _send_all(copy, server, *, twice=False):
    for entry in copy.waiting():
        entry.send(server)
        if twice:   # the answer was lost: sent again
            entry.send(server)
        copy.confirmed(entry)


def _live(db, attendee_id):
    return checkins.live_check_in(db, attendee_id) is not None


def test_undoing_a_check_in_still_queued_takes_it_out_and_nothing_is_sent(shared):
    server, copy, conference, people = shared
    copy.check_in(people[0])
    copy.check_in(people[1])
    undone = copy.undo_last_check_in(conference.id, desk="Bàn 1")
    assert undone.attendee_id == people[1] and not _live(copy.db, people[1])
    assert [e.attendee_id for e in copy.waiting()] == [people[0]]
    _send_all(copy, server)
    assert _live(server, people[0]) and not _live(server, people[1])
    assert scalar(server, "SELECT count(*) FROM check_ins WHERE attendee_id = :a", {"a": people[1]}) == 0


def test_undoing_a_check_in_the_server_has_is_sent_once_after_it(shared):
    server, copy, conference, people = shared
    copy.check_in(people[0])
    _send_all(copy, server)                       # the server has it; the copy does not know yet
    copy.undo_last_check_in(conference.id, desk="Bàn 1")
    copy.check_in(people[0])                      # and checked in again, after the undo
    assert [e.kind for e in copy.waiting()] == ["undo", "check_in"]
    _send_all(copy, server, twice=True)
    history = checkins.check_in_history(server, people[0])
    assert [(c.desk, c.undone_at is not None) for c in history] == [("Bàn 1", True), ("Bàn 1", False)]
    assert history[0].undone_desk == "Bàn 1" and present_count(server, conference.id) == 1
    assert scalar(server, "SELECT count(*) FROM audit WHERE action = 'undo_check_in'") == 1
    copy.refresh(server)
    assert _live(copy.db, people[0]) and present_count(copy.db, conference.id) == 1


def test_an_undo_racing_another_desks_undo_changes_nothing_the_second_time(shared):
    server, copy, conference, people = shared
    checkins.check_in(server, people[2], desk="Bàn 1")   # made here before the copy was, say
    copy.refresh(server)
    copy.undo_last_check_in(conference.id, desk="Bàn 1")
    [undo] = copy.waiting()
    assert undo.target_client_id is None and undo.target_id is not None   # the server's id: no client id
    checkins.undo_check_in(server, people[2], desk="Bàn 2")               # another desk was first
    checkins.check_in(server, people[2], desk="Bàn 3")                    # and someone checked them in again
    _send_all(copy, server)
    assert checkins.live_check_in(server, people[2]).desk == "Bàn 3"      # untouched
    assert scalar(server, "SELECT count(*) FROM audit WHERE action = 'undo_check_in'") == 1


def test_a_check_in_undone_while_it_was_on_its_way_is_undone_on_the_server(shared):
    server, copy, conference, people = shared
    copy.check_in(people[3])
    [entry] = copy.waiting()                       # the sender has it in hand…
    copy.undo_last_check_in(conference.id, desk="Bàn 1")   # …when the clerk undoes it
    entry.send(server)
    copy.confirmed(entry)
    assert [e.kind for e in copy.waiting()] == ["undo"]
    _send_all(copy, server)
    assert not _live(server, people[3]) and present_count(server, conference.id) == 0


def test_a_substitute_at_a_cut_off_desk_is_queued_and_added_once(shared):
    server, copy, _conference, people = shared
    replaced = people[4]
    result = copy.add_substitute(replaced, AttendeeInput(full_name="Phạm Thị Thay", code="TRUNG01"), desk="Bàn 1")
    assert result.attendee.status is AttendeeStatus.SUBSTITUTE and _live(copy.db, result.attendee.id)
    assert [e.kind for e in copy.waiting()] == ["substitute"]
    _send_all(copy, server, twice=True)
    added = rows(server, "SELECT id, replaces_id, code FROM attendees WHERE full_name = 'Phạm Thị Thay'")
    assert len(added) == 1 and added[0]["replaces_id"] == replaced and added[0]["code"] != "TRUNG01"
    assert _live(server, added[0]["id"])


def test_a_substitute_for_someone_added_here_and_not_sent_is_refused_plainly(shared):
    _server, copy, conference, _people = shared
    walk_in = copy.add_walk_in(conference.id, AttendeeInput(full_name="Trần Văn Mới"), desk="Bàn 1")
    with pytest.raises(Conflict) as refused:
        copy.add_substitute(walk_in.attendee.id, AttendeeInput(full_name="Lê Văn Thay"), desk="Bàn 1")
    assert refused.value.code == "replaced_not_sent" and refused.value.details["name"] == "Trần Văn Mới"
    assert copy.waiting_count() == 1
    with pytest.raises(Conflict) as only_check_in:
        copy.undo_last_check_in(conference.id, desk="Bàn 1")
    assert only_check_in.value.code == "added_not_sent" and copy.waiting_count() == 1
    assert _live(copy.db, walk_in.attendee.id)   # nothing half-done


def test_undoing_a_walk_in_or_substitute_removes_it_once_sent_or_not(shared):
    server, copy, conference, people = shared
    queued = copy.add_walk_in(conference.id, AttendeeInput(full_name="Trần Văn Chưa Gửi"), desk="Bàn 1")
    copy.undo_added_person(queued.attendee.id, desk="Bàn 1")
    assert copy.waiting_count() == 0                    # never sent
    sent = copy.add_substitute(people[5], AttendeeInput(full_name="Lê Văn Đã Gửi"), desk="Bàn 1")
    _send_all(copy, server)
    copy.undo_added_person(sent.attendee.id, desk="Bàn 1")
    assert [e.kind for e in copy.waiting()] == ["undo_added"]
    _send_all(copy, server, twice=True)
    names = {r["full_name"] for r in rows(server, "SELECT full_name FROM attendees")}
    assert "Trần Văn Chưa Gửi" not in names and "Lê Văn Đã Gửi" not in names
    assert present_count(server, conference.id) == 0


def test_a_double_reviewed_at_a_desk_is_undone_on_the_copy_at_once_and_on_the_server_once(shared):
    from desktop_app.store import doubles

    server, copy, conference, people = shared
    checkins.check_in(server, people[6], desk="Bàn 2")
    copy.check_in(people[6])                       # cut off: it could not know
    _send_all(copy, server)
    copy.refresh(server)
    [double] = doubles.list_doubles(copy.db, conference.id)
    assert double.second.desk == "Bàn 1" and double.first.desk == "Bàn 2"
    assert copy.undo_double(double.second, desk="Bàn 1") and copy.doubles(conference.id) == 0
    assert not copy.undo_double(double.second, desk="Bàn 1")   # twice: nothing more queued
    assert [e.kind for e in copy.waiting()] == ["undo_double"]
    copy.refresh(server)                           # the server still has it: the copy keeps it undone
    assert copy.doubles(conference.id) == 0
    _send_all(copy, server, twice=True)
    assert checkins.count_doubles(server, conference.id) == 0
    assert scalar(server, "SELECT count(*) FROM audit WHERE action = 'undo_double'") == 1
    assert checkins.live_check_in(server, people[6]).desk == "Bàn 2"


def test_a_queue_from_an_earlier_version_keeps_its_entries(tmp_path):
    path = tmp_path / "old.sqlite"
    LocalCopy(path, desk="Bàn 1").close()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE offline_queue")
        conn.execute("CREATE TABLE offline_queue (seq INTEGER PRIMARY KEY AUTOINCREMENT, client_id TEXT NOT NULL "
                     "UNIQUE, kind TEXT NOT NULL CHECK (kind IN ('check_in', 'walk_in')), conference_id INTEGER "
                     "NOT NULL, attendee_id INTEGER, topic_id INTEGER, at TEXT NOT NULL, desk TEXT NOT NULL, "
                     "method TEXT NOT NULL, person TEXT)")
        conn.execute("INSERT INTO offline_queue (client_id, kind, conference_id, attendee_id, at, desk, method) "
                     "VALUES ('c-7', 'check_in', 1, 7, '2022-09-14T07:40:00', 'Bàn 1', 'search')")
    conn.close()
    copy = LocalCopy(path, desk="Bàn 1")
    assert [(e.client_id, e.attendee_id, e.target_id) for e in copy.waiting()] == [("c-7", 7, None)]
    copy._queue_undo("undo", 1, 7, "c-7", 0, desk="Bàn 1")   # the new kinds go in
    assert [e.kind for e in copy.waiting()] == ["check_in", "undo"]
    copy.close()
