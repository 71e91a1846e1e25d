"""From the desk: the day's log (this desk's entries, or every desk's) and the history of the
person selected in the results, both read from the audit log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from desktop_app.domain.errors import HoinghiError
from desktop_app.domain.models import Attendee
from desktop_app.messages import describe
from desktop_app.store import audit
from desktop_app.ui.attendees.history_dialog import HistoryDialog
from desktop_app.ui.common.session import Session
from desktop_app.ui.models.history_model import Entry


class DeskLogDialog(HistoryDialog):
    """The day's entries of this desk; "All desks" shows every desk's."""

    def __init__(self, parent: QWidget | None, desk: str, load: Callable[[bool], list[Entry]]) -> None:
        self._load = load
        super().__init__(parent, "", load(False))
        self.setObjectName("desk_log_dialog")
        self.desk = desk
        self.all_desks = QCheckBox(self.tr("&All desks"), self)
        self.all_desks.toggled.connect(self._on_all_desks_toggled)
        self.layout().insertWidget(0, self.all_desks)
        self._title()
        self.resize(760, 480)

    def _title(self) -> None:
        self.setWindowTitle(self.tr("Today's log of every desk") if self.all_desks.isChecked()
                            else self.tr("Today's log of the desk {desk}").format(desk=self.desk))

    def _on_all_desks_toggled(self, _checked: bool) -> None:
        try:
            self.model.set_entries(self._load(self.all_desks.isChecked()))
        except HoinghiError as error:   # the file went away meanwhile: say so in the title
            self.setWindowTitle(describe(error))
            return
        self._title()
        self.table.scrollToBottom()


def day_log(session: Session, conference_id: int, all_desks: bool) -> list[Entry]:
    """Today's entries of the conference, of this desk or of all."""
    db = session.db
    if db is None:
        return []
    since = datetime.combine(db.now().date(), time())
    return audit.history(db, conference_id, desk=None if all_desks else session.desk, since=since)


def show_day_log(parent: QWidget, session: Session, said: Callable[[str], None]) -> None:
    conference_id = session.conference_id
    if session.db is None or conference_id is None:
        return
    try:
        day_log(session, conference_id, False)
    except HoinghiError as error:
        said(describe(error))
        return
    DeskLogDialog(parent, session.desk, lambda every: day_log(session, conference_id, every)).exec()


def show_person_history(parent: QWidget, session: Session, person: Attendee | None,
                        said: Callable[[str], None]) -> None:
    if session.db is None or person is None:
        return
    try:
        entries = audit.history(session.db, person.conference_id, attendee_id=person.id)
    except HoinghiError as error:
        said(describe(error))
        return
    title = QCoreApplication.translate("DeskView", "History of {name}").format(name=person.full_name)
    HistoryDialog(parent, title, entries).exec()
