"""The desk's counters (present / seats per section), counted on a worker thread: every write at
any desk sharing the file asks for them again, and at 100,000 people a count takes tens of ms."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop_app.domain.models import GroupStats
from desktop_app.store.listing import section_counts
from desktop_app.ui.common.session import Session
from desktop_app.ui.common.workers import JobRunner, Task


class DeskCounts(QObject):
    """`request(topic_id)` counts the current conference; `counted` brings the sections to the
    GUI thread, unless the conference or topic changed meanwhile (their own count follows)."""

    counted = Signal(object, object)   # list[GroupStats], topic_id
    failed = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None, *,
                 path: Callable[[], Path | None] = lambda: None) -> None:
        """`path`: where to count instead of the session's database (a desk's copy of a server's)."""
        super().__init__(parent)
        self.session = session
        self._path = path
        self.loader = JobRunner(self)
        self.loader.succeeded.connect(self._on_loader_succeeded)
        self.loader.failed.connect(self.failed)
        self._wanted: tuple[int, int | None] | None = None

    def request(self, topic_id: int | None) -> None:
        path, conference_id = self._path() or self.session.path, self.session.conference_id
        if path is None or conference_id is None:
            self.cancel()
            return
        wanted = (conference_id, topic_id)
        replace = wanted != self._wanted   # another conference or topic: the running count is no use
        self._wanted = wanted

        def job(db, _progress) -> tuple[tuple[int, int | None], list[GroupStats]]:
            return wanted, section_counts(db, conference_id, topic_id=topic_id)

        # Not replace for the same scope: under a stream of other desks' check-ins, cancelling the
        # running count for each would never let one finish.
        self.loader.request(Task(path, job, desk=self.session.desk), replace=replace)

    def cancel(self) -> None:
        self._wanted = None
        self.loader.cancel(deliver=False)

    def _on_loader_succeeded(self, result: tuple[tuple[int, int | None], list[GroupStats]]) -> None:
        scope, sections = result
        if scope == self._wanted and scope[0] == self.session.conference_id:
            self.counted.emit(sections, scope[1])
