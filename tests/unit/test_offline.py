"""A desk's local copy of a shared database and its queue (store/offline.py, store/desk_link.py):
the desk goes on alone, and everything it did reaches the shared database once, in order."""

from __future__ import annotations

import threading

import pytest

from desktop_app.domain.models import AttendeeInput
from desktop_app.store import checkins, open_database
from desktop_app.store.demo import create_demo
from desktop_app.store.desk_link import DeskLink
from desktop_app.store.engine import rows, scalar
from desktop_app.store.offline import LocalCopy
from desktop_app.store.search import search_attendees
from desktop_app.store.stats import present_count


def _shared(tmp_path, people=40):
    """The "server": a file here (the same store code runs on both engines; tests/server has the
    real server behind a proxy that cuts the network)."""
    path = tmp_path / "chung.sqlite"
    db = open_database(path, desk="Văn phòng")
    conference = create_demo(db, attendees=people)
    db.execute("DELETE FROM check_ins")
    return path, db, conference


def _not_in(db, conference):
    return [r["id"] for r in rows(db, "SELECT a.id FROM attendees a WHERE a.conference_id = :c AND NOT EXISTS "
                                      "(SELECT 1 FROM check_ins k WHERE k.attendee_id = a.id) ORDER BY a.id",
                                  {"c": conference.id})]


def test_the_copy_is_the_server_plus_what_is_queued(tmp_path):
    _path, server, conference = _shared(tmp_path)
    copy = LocalCopy(tmp_path / "desk" / "copy.sqlite", desk="Bàn 1")
    copy.copy_whole(server)
    first, second = _not_in(server, conference)[:2]
    assert not copy.check_in(first).already and copy.check_in(first).already   # the copy decides, alone
    walk_in = copy.add_walk_in(conference.id, AttendeeInput(full_name="Trần Văn Mới", unit_name="Báo Nhân Dân"))
    assert copy.waiting_count() == 2 and present_count(server, conference.id) == 0
    assert "Trần Văn Mới" in [a.full_name for a in search_attendees(copy.db, conference.id, "tran van moi")]
    checkins.check_in(server, second, desk="Bàn 2")   # another desk, meanwhile
    assert copy.refresh(server)
    assert copy.waiting_count() == 2 and present_count(copy.db, conference.id) == 3   # theirs and ours
    for entry in copy.waiting():
        entry.send(server)
        entry.send(server)   # the answer was lost: sent again, recorded once
        copy.confirmed(entry)
    assert present_count(server, conference.id) == 3
    assert scalar(server, "SELECT count(*) FROM attendees WHERE full_name = 'Trần Văn Mới'") == 1
    copy.refresh(server)
    assert scalar(copy.db, "SELECT count(*) FROM check_ins") == scalar(server, "SELECT count(*) FROM check_ins")
    assert walk_in.attendee.full_name == "Trần Văn Mới"
    copy.close()
    server.close()


def test_a_walk_in_not_sent_yet_is_not_checked_in_for_a_topic_under_a_borrowed_id(tmp_path):
    """This desk's id for a walk-in still queued is someone else's, or no one's, on the server."""
    from desktop_app.domain.errors import Conflict
    from desktop_app.store.topics import add_topic

    _path, server, conference = _shared(tmp_path)
    topic = add_topic(server, conference.id, "Thảo luận")
    copy = LocalCopy(tmp_path / "desk" / "copy.sqlite", desk="Bàn 1")
    copy.copy_whole(server)
    walk_in = copy.add_walk_in(conference.id, AttendeeInput(full_name="Trần Văn Mới"))
    with pytest.raises(Conflict) as refused:
        copy.check_in(walk_in.attendee.id, topic_id=topic.id)
    assert refused.value.code == "walk_in_not_sent" and copy.waiting_count() == 1
    copy.close()
    server.close()


def test_a_link_sends_every_check_in_once_and_a_double_is_kept_to_review(tmp_path):
    path, server, conference = _shared(tmp_path)
    changed = threading.Event()
    link = DeskLink(str(path), tmp_path / "desk" / "copy.sqlite", desk="Bàn 1", poll_s=0.05,
                    on_change=lambda _state: changed.set())
    link.start()
    _wait(lambda: link.local.is_filled())
    people = _not_in(server, conference)
    checkins.check_in(server, people[0], desk="Bàn 2")   # before this desk's copy knows it
    for person in people[:10]:
        link.check_in(person)
    _wait(lambda: link.state.waiting == 0 and link.state.sent == 10)
    assert link.state.doubles_sent == 1 and checkins.count_doubles(server, conference.id) == 1
    assert present_count(server, conference.id) == 10
    _wait(lambda: link.local.doubles(conference.id) == 1)   # the desk sees the double too
    link.stop()
    server.close()


def test_what_waits_is_never_said_from_a_count_older_than_the_senders(tmp_path, monkeypatch):
    """The desk's thread counts the queue after a check-in while the sender takes it to the
    server: the count said last is the queue as it is, not one made before the sender's (the desk
    said "2 check-ins wait" while connected, and the server had them all)."""
    path, server, conference = _shared(tmp_path)
    said: list[int] = []
    senders_done = threading.Event()

    def heard(state):
        said.append(state.sent)
        if said.count(1) == 2:   # the sender confirmed it, then finished its round
            senders_done.set()

    link = DeskLink(str(path), tmp_path / "desk" / "copy.sqlite", desk="Bàn 1", poll_s=0.5, on_change=heard)
    link.start()
    _wait(lambda: link.local.is_filled())
    count = link.local.waiting_count

    def count_then_held_up() -> int:   # the desk's thread, held up right after counting
        counted = count()
        senders_done.wait(2)
        return counted

    monkeypatch.setattr(link.local, "waiting_count", count_then_held_up)
    link.check_in(_not_in(server, conference)[0])
    _wait(lambda: link.state.sent == 1)
    assert link.state.waiting == 0
    link.stop()
    server.close()


def _wait(condition, timeout=20.0):
    import time

    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "not within the time"
        time.sleep(0.02)
