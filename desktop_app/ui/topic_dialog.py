"""Add or edit a session topic: title, presenter and their unit, time, room."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.domain.models import Topic
from desktop_app.ui.forms import FormDialog, OptionalDateTime


class TopicDialog(FormDialog):
    """`save(topic)` stores it (a new one has id 0) and returns the stored topic."""

    def __init__(self, parent: QWidget | None, save: Callable[[Topic], Topic], topic: Topic,
                 day: datetime) -> None:
        super().__init__(parent)
        self._save = save
        self.original = topic
        default = topic.starts_at or day.replace(hour=8, minute=0)
        self.title = QLineEdit(topic.title, self)
        self.presenter = QLineEdit(topic.presenter, self)
        self.presenter_unit = QLineEdit(topic.presenter_unit, self)
        self.starts = OptionalDateTime(self, topic.starts_at, default)
        self.ends = OptionalDateTime(self, topic.ends_at, default + timedelta(hours=1))
        self.room = QLineEdit(topic.room, self)
        self.add_row("title", lambda: self.tr("&Topic:"), self.title)
        self.add_row("presenter", lambda: self.tr("&Presenter:"), self.presenter)
        self.add_row("presenter_unit", lambda: self.tr("Presenter's &unit:"), self.presenter_unit)
        self.add_row("starts_at", lambda: self.tr("&Starts:"), self.starts)
        self.add_row("ends_at", lambda: self.tr("&Ends:"), self.ends)
        self.add_row("room", lambda: self.tr("&Room:"), self.room)
        self.finish()
        self.setMinimumWidth(600)
        self.title.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("New session topic") if not self.original.id else self.tr("Edit session topic"))
        self.starts.enabled.setText(self.tr("at"))
        self.ends.enabled.setText(self.tr("until"))

    def topic(self) -> Topic:
        return replace(self.original, title=self.title.text(), presenter=self.presenter.text(),
                       presenter_unit=self.presenter_unit.text(), starts_at=self.starts.value(),
                       ends_at=self.ends.value(), room=self.room.text())

    def save(self) -> Topic:
        return self._save(self.topic())
