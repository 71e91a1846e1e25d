"""The choices of a sign-in sheet, shared by the export and print dialogs: orientation, phone
column, Decree 30 header block, one section or all, STT numbering, order, staggered signatures,
and a blank sheet of N numbered rows for walk-ins."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from desktop_app.domain.kinds import AttendeeOrder, Numbering
from desktop_app.domain.models import Conference, Section
from desktop_app.domain.sections import numbered_title
from desktop_app.domain.signin import Orientation, SheetOptions, bare_title
from desktop_app.ui.common import labels

MAX_BLANK_ROWS = 5000


class SheetOptionsBox(QWidget):
    """A form of the sheet's options; `changed` fires on every change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None, conference: Conference | None, sections: list[Section],
                 *, blank: bool = False) -> None:
        super().__init__(parent)
        self.conference = conference
        self.sections = sorted(sections, key=lambda s: (s.position, s.id))
        self.portrait = QRadioButton(self)
        self.portrait.setObjectName("portrait")
        self.landscape = QRadioButton(self)
        self.landscape.setObjectName("landscape")
        self.orientation_group = QButtonGroup(self)
        self.orientation_group.addButton(self.portrait)
        self.orientation_group.addButton(self.landscape)
        self.portrait.setChecked(True)
        self.with_phone = QCheckBox(self)
        self.with_phone.setObjectName("with_phone")
        self.header_block = QCheckBox(self)
        self.header_block.setChecked(True)
        self.section = QComboBox(self)
        self.section.setObjectName("section")
        self.numbering = QComboBox(self)
        self.order = QComboBox(self)
        self.staggered = QCheckBox(self)
        self.section_counts = QCheckBox(self)
        self.section_counts.setObjectName("section_counts")
        self.leave_off_replaced = QCheckBox(self)
        self.leave_off_replaced.setObjectName("leave_off_replaced")
        self.blank = QCheckBox(self)
        self.blank.setObjectName("blank")
        self.blank.setChecked(blank)
        self.blank_rows = QSpinBox(self)
        self.blank_rows.setObjectName("blank_rows")
        self.blank_rows.setRange(1, MAX_BLANK_ROWS)
        self.blank_rows.setValue(30)
        self.phone_note = QLabel(self)
        self.phone_note.setWordWrap(True)
        orientation = QWidget(self)
        row = QHBoxLayout(orientation)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.portrait)
        row.addWidget(self.landscape)
        row.addStretch(1)
        blank_row = QWidget(self)
        row = QHBoxLayout(blank_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.blank)
        row.addWidget(self.blank_rows)
        row.addStretch(1)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self._labels: list[tuple[QLabel, Callable[[], str]]] = []
        for text, widget in ((lambda: self.tr("Paper:"), orientation),
                             (lambda: self.tr("&Section:"), self.section),
                             (lambda: self.tr("&Order:"), self.order),
                             (lambda: self.tr("&Numbering (STT):"), self.numbering),
                             (lambda: self.tr("Columns:"), self.with_phone),
                             (None, self.phone_note),
                             (lambda: self.tr("Layout:"), self.header_block),
                             (None, self.staggered),
                             (None, self.section_counts),
                             (lambda: self.tr("Substitutes:"), self.leave_off_replaced),
                             (lambda: self.tr("Walk-ins:"), blank_row)):
            if text is None:
                self.form.addRow("", widget)
                continue
            label = QLabel(self)
            label.setBuddy(widget)
            self._labels.append((label, text))
            self.form.addRow(label, widget)
        for signal in (self.portrait.toggled, self.with_phone.toggled, self.header_block.toggled,
                       self.section.currentIndexChanged, self.numbering.currentIndexChanged,
                       self.order.currentIndexChanged, self.staggered.toggled, self.blank.toggled,
                       self.leave_off_replaced.toggled, self.section_counts.toggled,
                       self.blank_rows.valueChanged):
            signal.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in self._labels:
            label.setText(text())
        self.portrait.setText(self.tr("&Portrait"))
        self.landscape.setText(self.tr("&Landscape"))
        self.with_phone.setText(self.tr("&Phone numbers"))
        self.phone_note.setText(self.tr("Phone numbers are personal data: print them only when the sheet needs "
                                        "them."))
        self.header_block.setText(self.tr("&Header block (agency, national title and motto)"))
        self.staggered.setText(self.tr("S&taggered signatures: odd rows sign on the left, even rows on the right"))
        self.blank.setText(self.tr("&Blank sheet with numbered rows:"))
        self.section_counts.setText(self.tr("Each section's heading with its &count of people"))
        self.leave_off_replaced.setText(self.tr("Leave off people a substitute stands in for (else marked "
                                                "“Cử người đi thay”, without a number)"))
        self._fill_combos()
        self._update_enabled()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_combos(self) -> None:
        for combo in (self.section, self.numbering, self.order):
            combo.blockSignals(True)
        section = self.section.currentData()
        self.section.clear()
        self.section.addItem(self.tr("All sections"), None)
        for position, s in enumerate(self.sections, start=1):
            self.section.addItem(numbered_title(position, bare_title(s.title)), position)
        self.section.setCurrentIndex(max(0, self.section.findData(section)))
        numbering = self.numbering.currentData()
        own = self.conference.numbering if self.conference else Numbering.CONTINUOUS
        self.numbering.clear()
        self.numbering.addItem(self.tr("As set for the conference ({how})").format(how=numbering_label(own)), None)
        for value in Numbering:
            self.numbering.addItem(numbering_label(value, capital=True), str(value))
        self.numbering.setCurrentIndex(max(0, self.numbering.findData(numbering)))
        order = self.order.currentData()
        self.order.clear()
        for value in AttendeeOrder:
            self.order.addItem(labels.order_label(value), str(value))
        self.order.setCurrentIndex(max(0, self.order.findData(order)))
        for combo in (self.section, self.numbering, self.order):
            combo.blockSignals(False)

    def _on_changed(self, *_args: object) -> None:
        self._update_enabled()
        self.changed.emit()

    def _update_enabled(self) -> None:
        people = not self.blank.isChecked()
        for widget in (self.section, self.order, self.with_phone):
            widget.setEnabled(people and self.isEnabled())
        self.blank_rows.setEnabled(not people)

    # -- reading and setting -------------------------------------------------------------------------

    @property
    def orientation(self) -> Orientation:
        return Orientation.LANDSCAPE if self.landscape.isChecked() else Orientation.PORTRAIT

    def set_orientation(self, orientation: Orientation) -> None:
        (self.landscape if orientation is Orientation.LANDSCAPE else self.portrait).setChecked(True)

    def options(self, orientation: Orientation | None = None) -> SheetOptions:
        blank = self.blank.isChecked()
        numbering = self.numbering.currentData()
        return SheetOptions(
            orientation=orientation or self.orientation,
            with_phone=self.with_phone.isChecked() and not blank,
            header_block=self.header_block.isChecked(),
            section_position=None if blank else self.section.currentData(),
            numbering=Numbering(numbering) if numbering else None,
            order=AttendeeOrder(self.order.currentData() or AttendeeOrder.PROTOCOL),
            blank_rows=self.blank_rows.value() if blank else 0,
            staggered=self.staggered.isChecked(),
            leave_off_replaced=self.leave_off_replaced.isChecked(),
            section_counts=self.section_counts.isChecked() and not blank,
        )


def numbering_label(numbering: Numbering, *, capital: bool = False) -> str:
    from PySide6.QtCore import QCoreApplication

    if Numbering(numbering) is Numbering.PER_SECTION:
        text = QCoreApplication.translate("SheetOptionsBox", "restarting in each section")
    else:
        text = QCoreApplication.translate("SheetOptionsBox", "continuous")
    return text[:1].upper() + text[1:] if capital else text
