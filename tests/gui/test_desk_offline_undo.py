"""Ctrl+Z at a desk on a server whose link is cut: the undo answers at once on the desk's copy; a
check-in still waiting is never sent, one the server has is undone there once the link is back.
The doubles notice opens their review, which works on the copy too.

Only the desk's link is cut here (its sender cannot reach the server), not the window's own
connection: tests/server/test_offline_desks_undo.py cuts the real network under a link with a proxy."""

from __future__ import annotations

import pytest
from keys import type_text
from PySide6.QtCore import Qt

from desktop_app.domain.errors import ServerProblem
from desktop_app.store import checkins
from desktop_app.store.attendees import list_attendees
from desktop_app.store.desk_link import DeskLink
from desktop_app.ui.desk.doubles_dialog import DoublesDialog


@pytest.fixture
def cut(monkeypatch) -> dict[str, bool]:
    """cut["link"] = True: the desks' links find the server away, as when the Wi-Fi drops."""
    state = {"link": False}
    work = DeskLink._work

    def maybe_away(link, local, server):
        if state["link"]:
            raise ServerProblem("server_unreachable", path="test", detail="cut by the test")
        return work(link, local, server)

    monkeypatch.setattr(DeskLink, "_work", maybe_away)
    return state


def _check_in(qtbot, desk, code: str) -> None:
    type_text(desk.field, code)
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.confirmation.outcome.name == "CHECKED_IN" and desk.field.text() == "", timeout=3000)


def test_undo_at_a_cut_off_desk_reaches_the_server_once(qtbot, make_window, server, cut, english, monkeypatch,
                                                        tmp_path):
    url, other_desk, conference = server
    window = make_window(url, view="desk")
    window.session.set_conference(conference.id)
    desk = window.desk
    qtbot.waitUntil(lambda: desk.offline.link is not None and desk.offline.state.online, timeout=10_000)
    first, second = [a for a in list_attendees(other_desk, conference.id) if not a.present][:2]

    _check_in(qtbot, desk, first.code)
    qtbot.waitUntil(lambda: desk.offline.state.waiting == 0
                    and checkins.live_check_in(other_desk, first.id) is not None, timeout=20_000)
    cut["link"] = True
    _check_in(qtbot, desk, second.code)
    qtbot.keyClick(desk.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # the one still waiting
    assert desk.confirmation.outcome.name == "UNDONE" and desk.offline.state.waiting == 0
    qtbot.keyClick(desk.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # the one on the server
    assert desk.confirmation.outcome.name == "UNDONE" and desk.offline.state.waiting == 1
    assert desk.recent.rowCount() == 0
    qtbot.waitUntil(lambda: "cannot be reached" in desk.link_label.text(), timeout=10_000)
    assert checkins.live_check_in(other_desk, first.id) is not None   # not there yet

    cut["link"] = False
    qtbot.waitUntil(lambda: desk.offline.state.online and desk.offline.state.waiting == 0, timeout=20_000)
    (undone,) = checkins.check_in_history(other_desk, first.id)
    assert undone.undone_at is not None and undone.undone_desk == window.session.desk
    assert not checkins.check_in_history(other_desk, second.id)          # never sent

    # A double on the server: the desk's notice links to the review, where it is undone.
    checkins.check_in(other_desk, second.id, desk="Bàn 2")
    checkins.check_in(other_desk, second.id, desk="Bàn 3", client_id="cut-off", keep_double=True)
    qtbot.waitUntil(lambda: "Review…" in desk.link_label.text(), timeout=20_000)
    desk.grab().save(str(tmp_path / "desk-double.png"))   # to look at
    shown: list[int] = []

    def review(dialog: DoublesDialog) -> int:
        shown.append(dialog.model.rowCount())
        dialog.undo_selected()
        return 0

    monkeypatch.setattr(DoublesDialog, "exec", review)
    desk.link_label.linkActivated.emit("doubles")
    assert shown == [1] and "Review…" not in desk.link_label.text()       # off the desk's count at once
    qtbot.waitUntil(lambda: checkins.count_doubles(other_desk, conference.id) == 0, timeout=20_000)
    qtbot.waitUntil(lambda: not desk.link_label.isVisible(), timeout=20_000)
    assert checkins.live_check_in(other_desk, second.id).desk == "Bàn 2"
