"""Typing helpers for GUI tests."""

from __future__ import annotations


def type_text(widget, text: str) -> None:
    """Key presses carrying each character, as keyboards and input methods (UniKey sends
    Backspace and Unicode characters) deliver them; QTest.keyClicks cannot send "ặ"."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else (
            Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
