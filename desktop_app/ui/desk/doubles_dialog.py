"""Doubles to review: people checked in at two desks while one was cut off. The first check-in
counts; once someone has looked, the double is undone and leaves the list and the desk's count."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop_app.domain.errors import HoinghiError
from desktop_app.messages import describe
from desktop_app.store import doubles
from desktop_app.ui.common.session import Session
from desktop_app.ui.common.tables import record_table
from desktop_app.ui.models.doubles_model import DoublesModel


class DoublesDialog(QDialog):
    """Reads and writes through the session's connection (on a server, the server itself)."""

    double_undone = Signal(int)   # the double's check-in id

    def __init__(self, parent: QWidget | None, session: Session) -> None:
        super().__init__(parent)
        self.setObjectName("doubles_dialog")
        self.session = session
        self.setWindowTitle(self.tr("Doubles to review"))
        self.intro = QLabel(self.tr(
            "Each person below was checked in at two desks while one of them was cut off from the server. "
            "Only the first check-in counts. Once you have checked who came, undo the double: it leaves "
            "this list, and the history keeps both."), self)
        self.intro.setWordWrap(True)
        self.model = DoublesModel(self)
        self.table = record_table(QTableView(self), self.model, "doubles_table", stretch=DoublesModel.UNIT)
        self.table.setMinimumHeight(160)
        self.message = QLabel(self)
        self.message.setObjectName("doubles_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        self.undo_button = QPushButton(self.tr("&Undo the double (keep the first check-in)"), self)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.undo_button.clicked.connect(self.undo_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(920, 380)
        self.reload()

    def reload(self) -> None:
        db, conference_id = self.session.db, self.session.conference_id
        try:
            found = [] if db is None or conference_id is None else doubles.list_doubles(db, conference_id)
        except HoinghiError as error:   # a server out of reach: said, and the list stays as it was
            self.message.setText(describe(error))
            return
        self.model.set_doubles(found)
        self.table.resizeColumnsToContents()
        if found:
            self.table.selectRow(0)
        self.undo_button.setEnabled(bool(found))
        self.message.setText("" if found else self.tr("No doubles to review in this conference."))

    def undo_selected(self) -> None:
        index = self.table.currentIndex()
        double = self.model.double_at(index.row()) if index.isValid() else None
        db = self.session.db
        if double is None or db is None:
            return
        try:
            doubles.undo_double(db, double.second.id, desk=self.session.desk)
        except HoinghiError as error:
            self.message.setText(describe(error))
            return
        self.reload()   # undone here or, a moment earlier, at another desk: off the list either way
        if self.model.rowCount():
            self.message.setText(self.tr("Undone: {name} counts once, from {desk}.").format(
                name=double.attendee.full_name, desk=double.first.desk))
        self.session.changed()
        self.double_undone.emit(double.second.id)
