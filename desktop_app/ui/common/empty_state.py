"""What a view shows when it has nothing to show yet: a sentence saying why and what to do,
with buttons for the actions that help. Never an empty pane."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.4)
        font.setBold(True)
        self.headline.setFont(font)
        self.text = QLabel(self)
        for label in (self.headline, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.headline)
        layout.addWidget(self.text)
        layout.addSpacing(12)
        layout.addLayout(self._buttons)
        layout.addStretch(3)

    def set_text(self, headline: str, text: str) -> None:
        self.headline.setText(headline)
        self.text.setText(text)

    def set_actions(self, actions: Sequence[QAction]) -> None:
        while self._buttons.count() > 2:
            item = self._buttons.takeAt(1)
            if item.widget():
                item.widget().deleteLater()
        for position, action in enumerate(actions, start=1):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumHeight(36)
            self._buttons.insertWidget(position, button)
