"""Desks on a server through a TCP proxy that cuts and black-holes the network: they keep checking
in on their local copies, and afterwards every check-in a desk confirmed to its clerk is on the
server exactly once; the one person checked in at two desks while one was cut off is a double."""

from __future__ import annotations

import json
import time
from collections import Counter
from urllib.parse import urlsplit

from proxy import BLACKHOLE, CUT, PASS, Proxy
from servers import wait_until

from desktop_app.store import checkins, open_database
from desktop_app.store.demo import create_demo
from desktop_app.store.desk_link import DeskLink
from desktop_app.store.engine import rows
from desktop_app.store.stats import present_count

DESKS = 3
EACH = 150


def test_every_check_in_made_through_cuts_arrives_once(server_db, spawn, tmp_path):
    db = open_database(server_db, desk="Văn phòng")
    conference = create_demo(db, attendees=DESKS * EACH + 10)
    rows(db, "DELETE FROM check_ins RETURNING id")
    ids = [r["id"] for r in rows(db, "SELECT id FROM attendees WHERE conference_id = :c ORDER BY id",
                                 {"c": conference.id})]
    proxy = Proxy(urlsplit(server_db).port)
    url = proxy.address(server_db)
    children = [spawn("link-desk", url, tmp_path / f"desk{n}.sqlite", conference.id, f"Bàn {n + 1}",
                      ",".join(map(str, ids[n * EACH:(n + 1) * EACH]))) for n in range(DESKS)]
    for child in children:
        child.expect("ready")
    # One more desk, in this process, for the deliberate double.
    cut_off = DeskLink(url, tmp_path / "desk9.sqlite", desk="Bàn 9", poll_s=0.1)
    cut_off.start()
    wait_until(cut_off.local.is_filled)
    twice = ids[-1]

    for child in children:
        child.send("go")
    for n, (mode, seconds) in enumerate(((PASS, 0.5), (BLACKHOLE, 1.5), (PASS, 1.5), (CUT, 1.0), (PASS, 1.5),
                                         (BLACKHOLE, 1.5))):
        proxy.set_mode(mode)
        if n == 1:
            assert not cut_off.check_in(twice).already            # cut off: it cannot know…
            checkins.check_in(db, twice, desk="Bàn 8")             # …that another desk just did
        time.sleep(seconds)
    done = [json.loads(child.expect("done ").removeprefix("done ")) for child in children]
    proxy.set_mode(PASS)
    for child in children:
        child.send("drain")
    drained = [json.loads(child.expect("drained ").removeprefix("drained ")) for child in children]
    for child in children:
        child.finish()
        assert child.proc.returncode == 0, child.stderr()
    wait_until(lambda: cut_off.state.waiting == 0 and cut_off.state.sent == 1)
    cut_off.stop()
    proxy.close()

    print("drained", drained, "slowest check-in (ms):", [d["slowest_ms"] for d in done])
    assert all(d["offline_spells"] >= 1 for d in drained), drained   # every desk was cut off (most, 2 or 3 times)
    confirmed = [cid for d in done for cid in d["confirmed"]]
    assert len(confirmed) == DESKS * EACH and not any(d["already"] for d in done)
    on_server = Counter(r["client_id"] for r in rows(db, "SELECT client_id FROM check_ins WHERE client_id IS NOT NULL"))
    assert set(on_server) == set(confirmed) | {cut_off_id(db, twice)} and max(on_server.values()) == 1
    assert present_count(db, conference.id) == DESKS * EACH + 1
    assert checkins.count_doubles(db, conference.id) == 1
    double = next(c for c in checkins.check_in_history(db, twice) if c.double_of is not None)
    assert double.desk == "Bàn 9" and [d["doubles_sent"] for d in drained] == [0] * DESKS
    db.close()


def cut_off_id(db, attendee_id: int) -> str:
    return rows(db, "SELECT client_id FROM check_ins WHERE attendee_id = :a AND desk = 'Bàn 9'",
                {"a": attendee_id})[0]["client_id"]
