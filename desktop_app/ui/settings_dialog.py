"""Settings: interface language, this desk's name (recorded with each check-in), font size."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.forms import ERROR_STYLE
from desktop_app.ui.common.preferences import FONT_SIZES, Preferences

# Each language is named in itself, so someone who cannot read the current one still finds theirs.
LANGUAGE_NAMES = (("vi", "Tiếng Việt"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, prefs: Preferences) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.language_changed = False
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.desk = QLineEdit(prefs.desk_name, self)
        self.desk.setMaxLength(40)
        self.desk_error = QLabel(self)
        self.desk_error.setStyleSheet(ERROR_STYLE)
        self.desk_error.hide()
        self.font_size = QSpinBox(self)
        self.font_size.setRange(FONT_SIZES.start - 1, FONT_SIZES.stop - 1)
        self.font_size.setValue(prefs.font_size or FONT_SIZES.start - 1)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(3)]
        for label, widget in zip(self.labels, (self.language, self.desk, self.font_size), strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.form.addRow("", self.desk_error)
        self.desk_note = QLabel(self)
        self.desk_note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        parent=self)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.desk_note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        for label, text in zip(self.labels, (self.tr("&Language:"), self.tr("&Desk name:"), self.tr("&Font size:")),
                               strict=True):
            label.setText(text)
        self.desk.setPlaceholderText(self.tr("e.g. Bàn 1"))
        self.font_size.setSpecialValueText(self.tr("System default"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.desk_note.setText(self.tr(
            "The desk name is recorded with every check-in made here. Give each desk its own name "
            "(Bàn 1, Bàn 2, …): Ctrl+Z and “latest check-ins at this desk” go by it."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_buttons_accepted(self) -> None:
        if not self.desk.text().strip():
            self.desk_error.setText(self.tr("The desk needs a name, for example “Bàn 1”."))
            self.desk_error.show()
            self.desk.setFocus()
            return
        language = self.language.currentData()
        self.language_changed = language != self.prefs.language
        self.prefs.language = language
        self.prefs.desk_name = self.desk.text()
        size = self.font_size.value()
        self.prefs.font_size = size if size in FONT_SIZES else 0
        self.accept()
