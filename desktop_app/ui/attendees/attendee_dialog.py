"""Add or edit an attendee: name, salutation, position, unit from the catalog with type-ahead (free
text allowed), phone, email, protocol rank, section (proposed from the unit's kind), status, whom a
substitute replaces, note. A problem is shown at its field and the form stays open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop_app.domain.badges import BADGE_ROLES
from desktop_app.domain.errors import HoinghiError
from desktop_app.domain.kinds import AttendeeStatus
from desktop_app.domain.models import Attendee, AttendeeInput, Section, Unit
from desktop_app.domain.protocol import suggest_protocol_rank
from desktop_app.domain.sections import section_for_kind
from desktop_app.domain.validation import attendee_problems
from desktop_app.ui.attendees.unit_field import UnitField
from desktop_app.ui.common import labels
from desktop_app.ui.common.forms import FormDialog

SALUTATIONS = ("", "Đồng chí", "Ông", "Bà")
AUTO_RANK = -1


class AttendeeDialog(FormDialog):
    """`save(input, replaces)` stores the person and returns the stored Attendee; `pick_replaced()`
    asks whom a substitute replaces (None when cancelled); `describe_replaced(id)` names them;
    `namesakes(input)` says who on the list may be the same person (a notice: Save still works)."""

    def __init__(self, parent: QWidget | None, save: Callable[[AttendeeInput], Attendee], *,
                 sections: Sequence[Section], units: Sequence[Unit], attendee: Attendee | None = None,
                 pick_replaced: Callable[[], Attendee | None] | None = None,
                 describe_replaced: Callable[[int], str] | None = None,
                 namesakes: Callable[[AttendeeInput], str] | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._pick = pick_replaced
        self._describe = describe_replaced or (lambda _id: "")
        self.original = attendee
        self.sections = list(sections)
        self.replaces_id = attendee.replaces_id if attendee else None
        self._section_touched = attendee is not None
        a = attendee
        self.name = QLineEdit(a.full_name if a else "", self)
        self.salutation = QComboBox(self)
        self.salutation.setEditable(True)
        self.salutation.addItems(SALUTATIONS)
        self.salutation.setCurrentText(a.salutation if a else "")
        self.position = QLineEdit(a.position if a else "", self)
        self.unit = UnitField(self)
        self.unit.set_units(units)
        self.unit.setText(a.unit_name if a else "")
        self.unit.unit_chosen.connect(self._on_unit_unit_chosen)
        self.phone = QLineEdit(a.phone if a else "", self)
        self.email = QLineEdit(a.email if a else "", self)
        self.rank = QSpinBox(self)
        self.rank.setRange(AUTO_RANK, 100_000)
        # A rank that is what the position gives was chosen "automatic": it stays so, and follows
        # a promotion (a Phó Giám đốc edited to Giám đốc moves up with the Giám đốc).
        automatic = a is None or a.protocol_rank == suggest_protocol_rank(a.position)
        self.rank.setValue(AUTO_RANK if automatic else a.protocol_rank)
        self.section = QComboBox(self)
        self.section.activated.connect(self._on_section_activated)
        self.status = QComboBox(self)
        self.replaced_label = QLabel(self)
        self.replaced_label.setWordWrap(True)
        self.choose_replaced = QPushButton(self)
        self.choose_replaced.clicked.connect(self._on_choose_replaced_clicked)
        self.clear_replaced = QPushButton(self)
        self.clear_replaced.clicked.connect(self._on_clear_replaced_clicked)
        replaced_row = QWidget(self)
        row = QHBoxLayout(replaced_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.replaced_label, 1)
        row.addWidget(self.choose_replaced)
        row.addWidget(self.clear_replaced)
        self.role = QComboBox(self)
        self.role.setObjectName("badge_role")
        self.role.setEditable(True)
        self.role.addItems(["", *BADGE_ROLES])
        self.role.setCurrentText(a.badge_role if a else "")
        self.note = QPlainTextEdit(a.note if a else "", self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        self.add_row("full_name", lambda: self.tr("Full &name:"), self.name)
        self.add_row("salutation", lambda: self.tr("Sa&lutation:"), self.salutation)
        self.add_row("position", lambda: self.tr("&Position:"), self.position)
        self.add_row("unit_name", lambda: self.tr("&Unit:"), self.unit)
        self.add_row("section_id", lambda: self.tr("&Section:"), self.section)
        self.add_row("phone", lambda: self.tr("Phon&e:"), self.phone)
        self.add_row("email", lambda: self.tr("E&mail:"), self.email)
        self.add_row("protocol_rank", lambda: self.tr("Protocol &rank:"), self.rank)
        self.add_row("status", lambda: self.tr("S&tatus:"), self.status)
        self.add_row("replaces_id", lambda: self.tr("Substitute for:"), replaced_row)
        self.add_row("badge_role", lambda: self.tr("Role on the &badge:"), self.role)
        self.add_row("note", lambda: self.tr("N&ote:"), self.note)
        self.code = QLabel(self)
        self.finish(self.code)
        self.setMinimumWidth(620)
        self.watch(namesakes and (lambda: namesakes(self.person())), self.name, self.position, self.unit,
                   self.phone, self.email)
        self.name.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("New attendee") if self.original is None else self.tr("Edit attendee"))
        self.rank.setSpecialValueText(self.tr("Automatic (from the position)"))
        self.rank.setToolTip(self.tr("Smaller numbers are listed first within a section: 1 chairs, 10 heads of "
                                     "units, 20 deputies, 40 staff."))
        self.unit.setPlaceholderText(self.tr("Type part of the name: “so tu phap”, “cao loc”…"))
        self.choose_replaced.setText(self.tr("C&hoose…"))
        self.role.lineEdit().setPlaceholderText(self.tr("From the section (ĐẠI BIỂU; PHÓNG VIÊN for the press)"))
        self.clear_replaced.setText(self.tr("&Clear"))
        self._fill_sections()
        self._fill_status()
        self._show_replaced()
        if self.original is not None:
            self.code.setText(self.tr("Code on the invitation: {code}").format(code=self.original.code))
        else:
            self.code.setText(self.tr("A code for the invitation is given when the attendee is saved."))

    def _fill_sections(self) -> None:
        current = self.section.currentData() if self.section.count() else (
            self.original.section_id if self.original else None)
        self.section.clear()
        for section in self.sections:
            self.section.addItem(section.title, section.id)
        self.section.addItem(labels.section_title(""), None)
        self.section.setCurrentIndex(max(0, self.section.findData(current)) if current is not None
                                     else self.section.count() - 1)

    def _fill_status(self) -> None:
        current = self.status.currentData() if self.status.count() else (
            self.original.status if self.original else AttendeeStatus.INVITED)
        self.status.clear()
        for status in (AttendeeStatus.INVITED, AttendeeStatus.REGISTERED, AttendeeStatus.WALK_IN,
                       AttendeeStatus.SUBSTITUTE):
            self.status.addItem(labels.status_label(status), status)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))

    def _show_replaced(self) -> None:
        if self.replaces_id is None:
            self.replaced_label.setText(self.tr("— (choose the invited person if this is a substitute)"))
        else:
            self.replaced_label.setText(self._describe(self.replaces_id))
        self.clear_replaced.setEnabled(self.replaces_id is not None)
        self.choose_replaced.setEnabled(self._pick is not None)
        is_substitute = self.replaces_id is not None
        if is_substitute:
            self.status.setCurrentIndex(self.status.findData(AttendeeStatus.SUBSTITUTE))
        elif self.status.currentData() == AttendeeStatus.SUBSTITUTE:
            self.status.setCurrentIndex(self.status.findData(AttendeeStatus.INVITED))
        self.status.setEnabled(not is_substitute)

    def _on_unit_unit_chosen(self, unit: Unit | None) -> None:
        """Propose the section that takes this kind of unit, unless the person chose one."""
        if self._section_touched or unit is None:
            return
        proposed = section_for_kind(unit.kind, [(s.id, s.kinds) for s in self.sections])
        if proposed is not None:
            self.section.setCurrentIndex(self.section.findData(proposed))

    def _on_section_activated(self, _index: int) -> None:
        self._section_touched = True

    def _on_choose_replaced_clicked(self) -> None:
        if self._pick is None:
            return
        chosen = self._pick()
        if chosen is not None:
            self.replaces_id = chosen.id
            if not self.unit.text().strip():
                self.unit.setText(chosen.unit_name)
            self._show_replaced()

    def _on_clear_replaced_clicked(self) -> None:
        self.replaces_id = None
        self._show_replaced()

    def person(self) -> AttendeeInput:
        unit = self.unit.matched_unit()
        rank = self.rank.value()
        status = AttendeeStatus(self.status.currentData())
        if self.replaces_id is None and status is AttendeeStatus.SUBSTITUTE:
            status = AttendeeStatus.INVITED
        return AttendeeInput(
            full_name=self.name.text(), salutation=self.salutation.currentText(), position=self.position.text(),
            unit_name=self.unit.written_name(), unit_id=unit.id if unit else None,
            section_id=self.section.currentData(), phone=self.phone.text(), email=self.email.text(),
            protocol_rank=None if rank == AUTO_RANK else rank, status=status, replaces_id=self.replaces_id,
            note=self.note.toPlainText(), badge_role=self.role.currentText())

    def problems(self) -> list[HoinghiError]:
        return [*attendee_problems(self.person())]

    def save(self) -> Any:
        self.unit.confirm_as_typed()   # a unit without accents that no one knows: asked first
        return self._save(self.person())
