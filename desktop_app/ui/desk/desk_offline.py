"""The desk on a server: it searches, counts and checks in on its own copy of the database
(store/offline.py), so a dropped Wi-Fi never holds up the clerk; the link's thread
(store/desk_link.py) sends what was done and brings in the other desks' check-ins."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop_app.domain.kinds import CheckInMethod
from desktop_app.domain.locations import is_server_address
from desktop_app.domain.models import AttendeeInput, CheckInResult
from desktop_app.store import Database
from desktop_app.store.desk_link import DeskLink, LinkState
from desktop_app.store.offline import copy_path
from desktop_app.ui.common.data_folder import default_folder
from desktop_app.ui.common.session import Session

# A window's own calls to the server (other views, the session's poll) give up after this long:
# the network then holds the window for a second at most, once.
WINDOW_DEADLINE_S = 1.0


def copies_folder() -> Path:
    """Where desks keep their copies of servers' databases (HOINGHI_DESK_COPIES names another)."""
    return Path(os.environ.get("HOINGHI_DESK_COPIES") or default_folder() / "desk-copies")


class DeskOffline(QObject):
    """Starts a link when the session opens a server and stops it when it closes. `db` is the
    desk's copy to read and write (None on a file: the desk uses the session's connection)."""

    state_changed = Signal(object)   # LinkState, on the GUI thread
    _from_link = Signal(object)      # the same, from the link's thread

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.link: DeskLink | None = None      # the desk works on its copy through this link
        self._filling: DeskLink | None = None  # a link still making its first copy of the database
        self._from_link.connect(self._on_state)       # queued: the link calls from its thread
        self._from_link.connect(self.state_changed)
        session.database_changed.connect(self._on_session_database_changed)
        session.desk_changed.connect(self._on_session_desk_changed)
        session.data_changed.connect(self._on_session_data_changed)
        self._on_session_database_changed()

    @property
    def db(self) -> Database | None:
        return None if self.link is None else self.link.local.db

    @property
    def state(self) -> LinkState | None:
        link = self.link or self._filling
        return None if link is None else link.state

    def check_in(self, attendee_id: int, *, topic_id: int | None, method: CheckInMethod) -> CheckInResult:
        assert self.link is not None
        return self.link.check_in(attendee_id, topic_id=topic_id, method=method)

    def add_walk_in(self, conference_id: int, person: AttendeeInput, *, topic_id: int | None) -> CheckInResult:
        assert self.link is not None
        return self.link.add_walk_in(conference_id, person, topic_id=topic_id)

    def doubles(self) -> int:
        if self.link is None or self.session.conference_id is None:
            return 0
        return self.link.local.doubles(self.session.conference_id)

    def stop(self) -> None:
        for link in (self.link, self._filling):
            if link is not None:
                link.stop()
        self.link = self._filling = None

    def _on_session_desk_changed(self, desk: str) -> None:
        if self.link is not None:   # later check-ins carry the new name; what is queued keeps its own
            self.link.desk = desk

    def _on_session_data_changed(self, external: bool) -> None:
        # Another desk's write, heard by the window's listener: the copy (where the desk counts)
        # brings it in now rather than at the link's next poll, a second or more later.
        if external and self.link is not None:
            self.link.wake()

    def _on_session_database_changed(self) -> None:
        self.stop()
        db, path = self.session.db, self.session.path
        if db is None or path is None or not is_server_address(str(path)):
            return
        server = getattr(db, "url", str(path))
        link = DeskLink(server, copy_path(copies_folder(), server, self.session.desk),
                        desk=self.session.desk, on_change=self._from_link.emit)
        db.deadline_s = WINDOW_DEADLINE_S   # type: ignore[union-attr]
        if link.local.is_filled():
            self._use(link)
        else:
            # The link's thread copies the whole database first (seconds at 100,000 people, and the
            # network may stall): until that is done the desk works on the server itself, as on a
            # server without a copy, and the window never waits for the copy.
            self._filling = link
        link.start()

    def _on_state(self, _state: LinkState) -> None:
        link = self._filling
        if link is not None and link.local.is_filled():
            self._filling = None
            self._use(link)

    def _use(self, link: DeskLink) -> None:
        self.link = link
