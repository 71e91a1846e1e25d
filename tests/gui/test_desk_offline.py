"""A desk on a server whose network goes silent (a TCP proxy that black-holes the connection):
the check-in key still answers at once, the desk says plainly that it works alone and what waits,
and when the network is back the check-in reaches the server once."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from keys import type_text
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from proxy import BLACKHOLE, PASS, Proxy

from desktop_app.store import checkins
from desktop_app.store.attendees import list_attendees
from desktop_app.store.engine import scalar


@pytest.fixture
def server(server) -> Iterator[tuple[str, object, object, Proxy]]:
    url, other_desk, conference = server
    proxy = Proxy(urlsplit(url).port)
    yield proxy.address(url), other_desk, conference, proxy
    proxy.close()


def test_the_check_in_key_answers_while_the_network_is_silent(qtbot, make_window, server, english, tmp_path):
    url, other_desk, conference, proxy = server
    window = make_window(url, view="desk")
    window.session.set_conference(conference.id)
    desk = window.desk
    # The window opened without waiting for the desk's copy: the link's thread made it, then the
    # desk went over to it.
    qtbot.waitUntil(lambda: desk.offline.link is not None and desk.offline.state.online, timeout=10_000)
    assert desk.offline.db is not None
    person = next(a for a in list_attendees(other_desk, conference.id) if not a.present)

    proxy.set_mode(BLACKHOLE)
    type_text(desk.field, person.code)
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.recent.rowCount() == 1 and desk.field.text() == "", timeout=3000)
    assert desk.confirmation.outcome.name == "CHECKED_IN"
    qtbot.waitUntil(lambda: "cannot be reached" in desk.link_label.text(), timeout=10_000)
    assert desk.link_label.isVisible() and not desk.offline.state.online
    assert "1 check-in waits to be sent" in desk.link_label.text()
    desk.grab().save(str(tmp_path / "desk-offline.png"))   # to look at
    assert not checkins.check_in_history(other_desk, person.id)   # not there yet

    proxy.set_mode(PASS)
    # All is well: nothing to say (the line follows the link's state on the window's thread).
    qtbot.waitUntil(lambda: desk.offline.state.waiting == 0 and not desk.link_label.isVisible(), timeout=20_000)
    (recorded,) = checkins.check_in_history(other_desk, person.id)
    assert recorded.client_id and recorded.desk == window.session.desk
    assert scalar(other_desk, "SELECT count(*) FROM check_ins WHERE client_id = :c", {"c": recorded.client_id}) == 1


def test_another_desks_check_in_reaches_the_counter_as_soon_as_the_window_hears_it(qtbot, make_window, server,
                                                                                  monkeypatch):
    """The desk counts on its copy; the window's listener hears another desk's check-in at once,
    and the copy brings it in then, not at the link's next look at the server (here never)."""
    from desktop_app.store import desk_link
    from desktop_app.store.stats import present_count

    monkeypatch.setattr(desk_link, "POLL_S", 600.0)
    url, other_desk, conference, _proxy = server
    window = make_window(url, view="desk")
    window.session.set_conference(conference.id)
    desk = window.desk
    qtbot.waitUntil(lambda: desk.offline.link is not None and desk.offline.state.online
                    and window.session.server_connected, timeout=10_000)
    before = present_count(other_desk, conference.id)
    qtbot.waitUntil(lambda: desk.counters.present == before, timeout=5000)
    person = next(a for a in list_attendees(other_desk, conference.id) if not a.present)
    checkins.check_in(other_desk, person.id, desk="Bàn 2")
    qtbot.waitUntil(lambda: desk.counters.present == before + 1, timeout=10_000)
    assert person.id in {c.attendee_id for c in checkins.check_in_history(desk.offline.db, person.id)}
