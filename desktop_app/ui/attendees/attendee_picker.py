"""Choose one attendee of the conference by typing part of a name or unit (the desk's search):
used to say whom a substitute replaces."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.models import Attendee
from desktop_app.ui.models.search_result_model import SearchResultModel

Search = Callable[[str], list[Attendee]]


class AttendeePicker(QDialog):
    def __init__(self, parent: QWidget | None, search: Search, *, exclude: int | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._exclude = exclude
        self.chosen: Attendee | None = None
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.textEdited.connect(self._on_field_text_edited)
        self.field.installEventFilter(self)
        self.model = SearchResultModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        parent=self)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.search_now)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.field)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.setMinimumSize(720, 420)
        self.resize(820, 460)
        self.retranslate()
        self.field.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Substitute for whom?"))
        self.prompt.setText(self.tr("Find the invited person this attendee replaces: type part of the name or "
                                    "unit, choose with ↑ ↓ and press Enter."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())  # type: ignore[attr-defined]
            if step is not None and self.model.rowCount():
                row = max(0, min(self.model.rowCount() - 1, self.table.currentIndex().row() + step))
                self.table.setCurrentIndex(self.model.index(row, 0))
                return True
        return super().eventFilter(watched, event)

    def _on_field_text_edited(self, _text: str) -> None:
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        found = [a for a in self._search(self.field.text()) if a.id != self._exclude]
        self.model.set_results(found)
        if found:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _on_table_double_clicked(self, _index: object) -> None:
        self._on_buttons_accepted()

    def _on_buttons_accepted(self) -> None:
        if self._timer.isActive():
            self.search_now()
        index = self.table.currentIndex()
        self.chosen = self.model.attendee_at(index.row()) if index.isValid() else None
        if self.chosen is not None:
            self.accept()
