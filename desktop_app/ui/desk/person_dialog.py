"""The desk's short form (name, position, unit) for a walk-in or a substitute: saved and checked
in in one step. A problem is shown at its field and the form stays open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from desktop_app.domain.errors import HoinghiError
from desktop_app.domain.models import Attendee, AttendeeInput, Unit
from desktop_app.domain.text import clean
from desktop_app.domain.validation import attendee_problems
from desktop_app.messages import namesakes_note
from desktop_app.store.engine import Database
from desktop_app.store.identities import namesakes
from desktop_app.ui.attendees.unit_field import UnitField
from desktop_app.ui.common.forms import FormDialog

Save = Callable[[AttendeeInput], Any]
Check = Callable[[AttendeeInput], str]


class PersonDialog(FormDialog):
    """`save(input)` stores the person (and checks them in); its result is kept in `result_value`.
    `namesakes(input)` says who on the list may be the same person: shown, Save still works."""

    def __init__(self, parent: QWidget | None, save: Save, *, units: Sequence[Unit] = (),
                 replaced: Attendee | None = None, namesakes: Check | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.replaced = replaced
        self.replaced_label = QLabel(self)
        self.replaced_label.setWordWrap(True)
        self.replaced_label.setVisible(replaced is not None)
        self.name = QLineEdit(self)
        self.position = QLineEdit(self)
        self.unit = UnitField(self)
        self.unit.set_units(units)
        if replaced is not None:
            self.unit.setText(replaced.unit_name)
        self.add_row("full_name", lambda: self.tr("Full &name:"), self.name)
        self.add_row("position", lambda: self.tr("&Position:"), self.position)
        self.add_row("unit_name", lambda: self.tr("&Unit:"), self.unit)
        self.finish(above=self.replaced_label)
        self.setMinimumWidth(560)
        self.watch(namesakes and (lambda: namesakes(self.person())), self.name, self.position, self.unit)
        self.name.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Walk-in") if self.replaced is None else self.tr("Substitute"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save and check in"))
        self.unit.setPlaceholderText(self.tr("Type part of the name: “so tu phap”, “cao loc”…"))
        if self.replaced is not None:
            r = self.replaced
            details = ", ".join(x for x in (r.position, r.unit_name) if x)
            text = self.tr("In place of <b>{name}</b> ({details}), who was invited.").format(
                name=r.full_name, details=details or "—")
            if r.present:   # both will count as present: the clerk should know before saving
                text += "<br>" + self.tr("<b>Note:</b> {name} is already checked in ({time}, {desk}).").format(
                    name=r.full_name, time=f"{r.checked_in_at:%H:%M}" if r.checked_in_at else "",
                    desk=r.checked_in_desk or "")
            self.replaced_label.setText(text)

    def person(self) -> AttendeeInput:
        unit = self.unit.matched_unit()
        return AttendeeInput(full_name=self.name.text(), position=self.position.text(),
                             unit_name=self.unit.written_name(), unit_id=unit.id if unit else None)

    def problems(self) -> list[HoinghiError]:
        return [*attendee_problems(self.person())]

    def save(self) -> Any:
        self.unit.confirm_as_typed()
        return self._save(self.person())


def namesakes_check(db: Database, conference_id: int, exclude_id: int | None = None) -> Check:
    """What the attendee and walk-in forms say, as the person is typed, about whoever on the list
    may be the same person (domain.identity): a warning, never a refusal."""

    def check(person: AttendeeInput) -> str:
        if not clean(person.full_name):
            return ""
        return namesakes_note(namesakes(db, conference_id, person, exclude_id=exclude_id))

    return check
