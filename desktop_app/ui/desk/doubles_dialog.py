"""Doubles to review: people checked in at two desks while one was cut off. The first check-in
counts; once someone has looked, the double is undone and leaves the list and the desk's count."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop_app.domain.errors import HoinghiError
from desktop_app.domain.models import Double
from desktop_app.messages import describe
from desktop_app.store import Database, doubles
from desktop_app.ui.common.tables import record_table
from desktop_app.ui.models.doubles_model import DoublesModel

TOPIC_WIDTH = 200   # pixels at most for what a double's check-in was for


class DoublesDialog(QDialog):
    """Reads the doubles from `db` (on a server, the desk's copy: it works cut off too); `undo`
    undoes one (on a server, on the copy and queued for the server), False if undone before."""

    double_undone = Signal(int)   # the double's check-in id

    def __init__(self, parent: QWidget | None, db: Database, conference_id: int,
                 undo: Callable[[Double], bool]) -> None:
        super().__init__(parent)
        self.setObjectName("doubles_dialog")
        self.db, self.conference_id, self._undo = db, conference_id, undo
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
        self.resize(1040, 380)
        self.reload()

    def reload(self) -> None:
        try:
            found = doubles.list_doubles(self.db, self.conference_id)
        except HoinghiError as error:   # a server out of reach: said, and the list stays as it was
            self.message.setText(describe(error))
            return
        self.model.set_doubles(found)
        self.table.resizeColumnsToContents()
        # A topic's title can be a sentence: cut short (whole in its tooltip), so the unit and the
        # desks keep their room.
        header = self.table.horizontalHeader()
        header.resizeSection(DoublesModel.TOPIC, min(header.sectionSize(DoublesModel.TOPIC), TOPIC_WIDTH))
        if found:
            self.table.selectRow(0)
        self.undo_button.setEnabled(bool(found))
        self.message.setText("" if found else self.tr("No doubles to review in this conference."))

    def undo_selected(self) -> None:
        index = self.table.currentIndex()
        double = self.model.double_at(index.row()) if index.isValid() else None
        if double is None:
            return
        try:
            self._undo(double)
        except HoinghiError as error:
            self.message.setText(describe(error))
            return
        self.reload()   # undone here or, a moment earlier, at another desk: off the list either way
        if self.model.rowCount():
            self.message.setText(self.tr("Undone: {name} counts once, from {desk}.").format(
                name=double.attendee.full_name, desk=double.first.desk))
        self.double_undone.emit(double.second.id)
