"""A desk cut off from a real server (tests/server/proxy.py) undoes check-ins and adds a
substitute on its local copy; when the network is back each reaches the server exactly once, in
order: an undo of a check-in still queued was never sent, an undo that raced another desk's
changes nothing the second time, and what was sent before the answer was lost is not done twice."""

from __future__ import annotations

import json
import time
from urllib.parse import urlsplit

import pytest
from proxy import BLACKHOLE, CUT, PASS, Proxy
from servers import wait_until

from desktop_app.domain.errors import Conflict
from desktop_app.domain.models import AttendeeInput
from desktop_app.store import checkins, open_database
from desktop_app.store.demo import create_demo
from desktop_app.store.desk_link import DeskLink
from desktop_app.store.engine import rows, scalar
from desktop_app.store.stats import present_count


def _undos_of(db, check_in_id: int) -> int:
    return sum(1 for r in rows(db, "SELECT details FROM audit WHERE action = 'undo_check_in'")
               if json.loads(r["details"]).get("check_in_id") == check_in_id)


def test_undos_and_a_substitute_made_while_cut_off_reach_the_server_once(server_db, tmp_path):
    db = open_database(server_db, desk="Văn phòng")
    conference = create_demo(db, attendees=40)
    rows(db, "DELETE FROM check_ins RETURNING id")
    a, b, c, replaced = [r["id"] for r in rows(db, "SELECT id FROM attendees WHERE conference_id = :c "
                                                   "ORDER BY id LIMIT 4", {"c": conference.id})]
    proxy = Proxy(urlsplit(server_db).port)
    url = proxy.address(server_db)
    link = DeskLink(url, tmp_path / "desk.sqlite", desk="Bàn 1", poll_s=0.1, deadline_s=0.5)
    link.start()
    wait_until(link.local.is_filled)
    link.check_in(a)
    link.check_in(b)
    wait_until(lambda: link.state.online and link.state.sent == 2 and link.state.waiting == 0)
    first_a, first_b = checkins.live_check_in(db, a), checkins.live_check_in(db, b)

    proxy.set_mode(CUT)
    wait_until(lambda: not link.state.online)
    assert link.undo_last_check_in(conference.id).attendee_id == b       # on the server: an undo queued
    assert link.undo_last_check_in(conference.id).attendee_id == a
    checkins.undo_check_in(db, a, desk="Bàn 2")                             # another desk undid A too…
    checkins.check_in(db, a, desk="Bàn 8")                                  # …and checked A in again
    link.check_in(c)
    assert link.undo_last_check_in(conference.id).attendee_id == c         # still queued: taken out
    substitute = link.add_substitute(replaced, AttendeeInput(full_name="Phạm Văn Thay Thế"))
    with pytest.raises(Conflict):                                            # its check-in alone: refused
        link.undo_last_check_in(conference.id)
    walk_in = link.add_walk_in(conference.id, AttendeeInput(full_name="Đỗ Thị Vãng Lai"))
    link.undo_added_person(walk_in.attendee.id)                             # still queued: taken out
    queued = link.local.waiting()
    assert [e.kind for e in queued] == ["undo", "undo", "substitute"] and link.state.waiting == 3
    assert substitute.attendee.full_name == "Phạm Văn Thay Thế"
    for entry in queued:   # each reached the server before, but the desk never heard back
        entry.send(db)

    proxy.set_mode(BLACKHOLE)
    time.sleep(1.0)
    proxy.set_mode(PASS)
    wait_until(lambda: link.state.online and link.state.waiting == 0)
    link.stop()
    proxy.close()

    assert checkins.get_check_in(db, first_b.id).undone_desk == "Bàn 1" and _undos_of(db, first_b.id) == 1
    assert checkins.get_check_in(db, first_a.id).undone_desk == "Bàn 2" and _undos_of(db, first_a.id) == 1
    assert checkins.live_check_in(db, a).desk == "Bàn 8"                    # the later check-in untouched
    assert not checkins.check_in_history(db, c)                             # never sent
    assert scalar(db, "SELECT count(*) FROM attendees WHERE full_name = 'Đỗ Thị Vãng Lai'") == 0
    (sent,) = rows(db, "SELECT id, replaces_id FROM attendees WHERE full_name = 'Phạm Văn Thay Thế'")
    assert sent["replaces_id"] == replaced and checkins.live_check_in(db, sent["id"]).desk == "Bàn 1"
    assert present_count(db, conference.id) == 2                            # A (Bàn 8) and the substitute
    db.close()
