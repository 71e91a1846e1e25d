"""The dialog for an unexpected error (a bug): a short, calm message, where the details were written,
and a button that copies them for whoever looks after the program."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME


class UnexpectedErrorDialog(QDialog):
    def __init__(self, parent: QWidget | None, details: str, log_path: Path | None) -> None:
        super().__init__(parent)
        self.setObjectName("unexpected_error_dialog")
        self.details = details
        self.setWindowTitle(self.tr("{app} — unexpected error").format(app=APP_NAME))
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline = QLabel(self.tr("Something went wrong inside the program."), self)
        font = QFont(self.headline.font())
        font.setBold(True)
        self.headline.setFont(font)
        self.message = QLabel(self.tr(
            "This is a fault in hoinghi, not something you did. Everything saved before it (conferences, "
            "attendees, every check-in) is safe in the database. You can carry on working. If it happens "
            "again, copy the details and send them to whoever looks after the program."), self)
        self.message.setWordWrap(True)
        where = (self.tr("The details were also written to {path}").format(path=QDir.toNativeSeparators(str(log_path)))
                 if log_path is not None
                 else self.tr("The details could not be written to a log file."))
        self.where = QLabel(where, self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        for label in (self.headline, self.message, self.where):
            text.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))
