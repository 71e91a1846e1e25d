"""The desk's short form (name, position, unit) for a walk-in or a substitute: saved and checked
in in one step. A problem is shown at its field and the form stays open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import HoinghiError
from desktop_app.domain.models import Attendee, AttendeeInput, Unit
from desktop_app.ui.forms import FieldMessages, show_error
from desktop_app.ui.unit_field import UnitField

Save = Callable[[AttendeeInput], Any]


class PersonDialog(QDialog):
    """`save(input)` stores the person (and checks them in); its result is kept in `result_value`."""

    def __init__(self, parent: QWidget | None, save: Save, *, units: Sequence[Unit] = (),
                 replaced: Attendee | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.replaced = replaced
        self.result_value: Any = None
        self.messages = FieldMessages()
        self.replaced_label = QLabel(self)
        self.replaced_label.setWordWrap(True)
        self.replaced_label.setVisible(replaced is not None)
        self.name = QLineEdit(self)
        self.position = QLineEdit(self)
        self.unit = UnitField(self)
        self.unit.set_units(units)
        if replaced is not None:
            self.unit.setText(replaced.unit_name)
        self.form = QFormLayout()
        self.form.addRow("", self.messages.wrap("full_name", self.name))
        self.form.addRow("", self.messages.wrap("position", self.position))
        self.form.addRow("", self.messages.wrap("unit_name", self.unit))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.replaced_label)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self.name.setFocus()

    def retranslate(self) -> None:
        walk_in = self.replaced is None
        self.setWindowTitle(self.tr("Walk-in") if walk_in else self.tr("Substitute"))
        for row, text in enumerate((self.tr("Full &name:"), self.tr("&Position:"), self.tr("&Unit:"))):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                label.widget().setText(text)
                label.widget().setBuddy((self.name, self.position, self.unit)[row])
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save and check in"))
        if self.replaced is not None:
            r = self.replaced
            details = ", ".join(x for x in (r.position, r.unit_name) if x)
            self.replaced_label.setText(self.tr("In place of <b>{name}</b> ({details}), who was invited.")
                                        .format(name=r.full_name, details=details or "—"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def person(self) -> AttendeeInput:
        unit = self.unit.matched_unit()
        return AttendeeInput(full_name=self.name.text(), position=self.position.text(),
                             unit_name=self.unit.written_name(), unit_id=unit.id if unit else None)

    def _on_buttons_accepted(self) -> None:
        self.messages.clear()
        try:
            self.result_value = self._save(self.person())
        except HoinghiError as error:
            if not self.messages.show(error):
                show_error(self, error, self.windowTitle())
            return
        self.accept()
