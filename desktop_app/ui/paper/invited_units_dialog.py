"""Units invited without names ("mời đại diện lãnh đạo … (02 người)"): add, change, remove. Each gets
a page of its own among the invitations. Single-row edits: on the GUI thread, as the store allows."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import HoinghiError
from desktop_app.domain.sections import numbered_title
from desktop_app.domain.signin import bare_title
from desktop_app.store import invited_units as store
from desktop_app.store.engine import Database
from desktop_app.store.sections import list_sections
from desktop_app.ui.common.forms import show_error
from desktop_app.ui.models.invited_unit_model import InvitedUnitModel


class InvitedUnitsDialog(QDialog):
    def __init__(self, parent: QWidget | None, db: Database, conference_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("invited_units_dialog")
        self.db, self.conference_id = db, conference_id
        ordered = sorted(list_sections(db, conference_id), key=lambda s: (s.position, s.id))
        self.section_titles = {s.id: numbered_title(p, bare_title(s.title)) for p, s in enumerate(ordered, start=1)}
        self.model = InvitedUnitModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._show(current.row()))
        self.unit = QLineEdit(self)
        self.seats = QSpinBox(self)
        self.seats.setRange(1, store.MAX_SEATS)
        self.section = QComboBox(self)
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.unit, self.seats, self.section), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.add_button, self.save_button, self.remove_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        row = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(620, 460)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Units invited without names"))
        for label, text in zip(self.labels, (self.tr("&Unit:"), self.tr("&People to send:"), self.tr("&Section:")),
                               strict=True):
            label.setText(text)
        self.unit.setPlaceholderText(self.tr("e.g. Sở Nội vụ"))
        self.add_button.setText(self.tr("&Add"))
        self.save_button.setText(self.tr("Sa&ve changes"))
        self.remove_button.setText(self.tr("&Remove"))
        current = self.section.currentData()
        self.section.clear()
        self.section.addItem(self.tr("(none)"), None)
        for section_id, title in self.section_titles.items():
            self.section.addItem(title, section_id)
        self.section.setCurrentIndex(max(0, self.section.findData(current)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        self.model.set_units(store.list_invited_units(self.db, self.conference_id), self.section_titles)
        self._show(self.table.currentIndex().row())

    def _show(self, row: int) -> None:
        unit = self.model.unit_at(row)
        self.save_button.setEnabled(unit is not None)
        self.remove_button.setEnabled(unit is not None)
        if unit is not None:
            self.unit.setText(unit.unit_name)
            self.seats.setValue(unit.seats)
            self.section.setCurrentIndex(max(0, self.section.findData(unit.section_id)))

    def _selected(self) -> int | None:
        unit = self.model.unit_at(self.table.currentIndex().row())
        return unit.id if unit else None

    def _on_add_clicked(self) -> None:
        self._write(lambda: store.add_invited_unit(self.db, self.conference_id, self.unit.text(),
                                                   seats=self.seats.value(), section_id=self.section.currentData()))

    def _on_save_clicked(self) -> None:
        unit = self.model.unit_at(self.table.currentIndex().row())
        if unit is not None:
            self._write(lambda: store.update_invited_unit(self.db, unit.id, unit_name=self.unit.text(),
                                                          seats=self.seats.value(),
                                                          section_id=self.section.currentData(), note=unit.note))

    def _on_remove_clicked(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self._write(lambda: store.remove_invited_unit(self.db, chosen))

    def _write(self, change: object) -> None:
        try:
            change()  # type: ignore[operator]
        except HoinghiError as error:
            show_error(self, error, self.windowTitle())
            return
        self.reload()
