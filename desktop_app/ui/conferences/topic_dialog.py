"""Add or edit a session topic: title, presenter and their unit, time, room."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.domain.models import Topic
from desktop_app.ui.common import labels
from desktop_app.ui.common.forms import FormDialog, OptionalDateTime


class TopicDialog(FormDialog):
    """`save(topic)` stores it (a new one has id 0) and returns the stored topic."""

    def __init__(self, parent: QWidget | None, save: Callable[[Topic], Topic], topic: Topic,
                 day: datetime, others: Sequence[Topic] = ()) -> None:
        """`others`: the conference's other topics: a new one starts when the last of them ends,
        and a time that overlaps one of them is pointed out."""
        super().__init__(parent)
        self._save = save
        self.original = topic
        self._others = [t for t in others if t.id != topic.id and t.starts_at is not None]
        previous_end = max((t.ends_at for t in self._others if t.ends_at is not None), default=None)
        starts_at = topic.starts_at if topic.id or previous_end is None else previous_end
        default = starts_at or day.replace(hour=8, minute=0)
        self.title = QLineEdit(topic.title, self)
        self.presenter = QLineEdit(topic.presenter, self)
        self.presenter_unit = QLineEdit(topic.presenter_unit, self)
        self.starts = OptionalDateTime(self, starts_at, default)
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
        for edit in (self.starts, self.ends):
            edit.edit.dateTimeChanged.connect(self._on_time_changed)
            edit.enabled.toggled.connect(self._on_time_changed)
        self._on_time_changed()
        self.title.setFocus()

    def _on_time_changed(self, *_args: object) -> None:
        self.set_notice(self.overlap_text())

    def overlap_text(self) -> str:
        """A warning when this topic's time overlaps another topic's (saving is still allowed)."""
        start, end = self.starts.value(), self.ends.value()
        if start is None:
            return ""
        end = end or start
        for other in self._others:
            other_end = other.ends_at or other.starts_at
            if other.starts_at is not None and other_end is not None and start < other_end and other.starts_at < end:
                return self.tr("⚠ The time overlaps the topic “{title}” ({span}).").format(
                    title=other.title, span=labels.span_text(other.starts_at, other.ends_at))
        return ""

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
