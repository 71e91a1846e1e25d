"""The desk on a server: it searches, counts and checks in on its own copy of the database
(store/offline.py), so a dropped Wi-Fi never holds up the clerk; the link's thread
(store/desk_link.py) sends what was done and brings in the other desks' check-ins."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop_app.domain.errors import HoinghiError
from desktop_app.domain.kinds import CheckInMethod
from desktop_app.domain.locations import is_server_address
from desktop_app.domain.models import AttendeeInput, CheckInResult
from desktop_app.store import Database
from desktop_app.store.desk_link import DeskLink, LinkState
from desktop_app.store.offline import copy_path
from desktop_app.ui.common.data_folder import default_folder
from desktop_app.ui.common.session import Session

log = logging.getLogger(__name__)

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
        self.link: DeskLink | None = None
        self._from_link.connect(self.state_changed)   # queued: the link calls from its thread
        session.database_changed.connect(self._on_session_database_changed)
        session.desk_changed.connect(self._on_session_desk_changed)
        self._on_session_database_changed()

    @property
    def db(self) -> Database | None:
        return None if self.link is None else self.link.local.db

    @property
    def state(self) -> LinkState | None:
        return None if self.link is None else self.link.state

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
        if self.link is not None:
            self.link.stop()
            self.link = None

    def _on_session_desk_changed(self, desk: str) -> None:
        if self.link is not None:   # later check-ins carry the new name; what is queued keeps its own
            self.link.desk = desk

    def _on_session_database_changed(self) -> None:
        self.stop()
        db, path = self.session.db, self.session.path
        if db is None or path is None or not is_server_address(str(path)):
            return
        server = getattr(db, "url", str(path))
        link = DeskLink(server, copy_path(copies_folder(), server, self.session.desk),
                        desk=self.session.desk, on_change=self._from_link.emit)
        try:
            # The copy of the whole database is made here, once, while the server has just answered
            # the opening: the desk opens on it. From then on the link's thread keeps it up to date.
            if not link.local.is_filled():
                link.local.copy_whole(db)
        except HoinghiError as exc:   # the desk works on the server itself, as before
            log.warning("no desk copy of %s: %s", path, exc)
            link.local.close()
            return
        db.deadline_s = WINDOW_DEADLINE_S   # type: ignore[union-attr]
        self.link = link
        link.start()
