"""The desk's right-hand panels: the large confirmation of the last action and the counters."""

from __future__ import annotations

import enum
from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop_app.domain.kinds import AttendeeStatus
from desktop_app.domain.models import Attendee, GroupStats
from desktop_app.ui.common import labels
from desktop_app.ui.common.bar_delegate import BarDelegate
from desktop_app.ui.models.group_stats_model import GroupStatsModel


class Outcome(enum.Enum):
    READY = "ready"
    CHECKED_IN = "checked_in"
    ALREADY = "already"
    UNDONE = "undone"
    PROBLEM = "problem"


# background, border, accent text
_COLORS = {
    Outcome.READY: ("#f4f6f8", "#c9d1d9", "#4a5560"),
    Outcome.CHECKED_IN: ("#e7f4ec", "#2e7d4f", "#1b6e3a"),
    Outcome.ALREADY: ("#fff4e0", "#c77700", "#8a5300"),
    Outcome.UNDONE: ("#eef1f7", "#5b6b8c", "#3d4a66"),
    Outcome.PROBLEM: ("#fdecea", "#b3261e", "#8c1d18"),
}


def _font(widget: QWidget, scale: float, *, bold: bool = False) -> QFont:
    # The parent's font: a widget with a style sheet keeps the font it had when the sheet was set.
    base = widget.parentWidget() or widget
    font = QFont(base.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(bold)
    return font


class ConfirmationPanel(QFrame):
    """Who was just checked in (calm green), already was (amber, with the earlier time and desk),
    whose check-in was undone, or what went wrong (red)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmation")
        self.kicker = QLabel(self)
        self.name = QLabel(self)
        self.details = QLabel(self)
        self.when = QLabel(self)
        for label in (self.kicker, self.name, self.details, self.when):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.name.setObjectName("confirmation_name")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        for label in (self.kicker, self.name, self.details, self.when):
            layout.addWidget(label)
        layout.addStretch(1)
        self.setMinimumHeight(160)
        self.apply_fonts()
        self.outcome = Outcome.READY
        self._attendee: Attendee | None = None
        self._at: datetime | None = None
        self._desk = ""
        self._problem = ""
        self._replaced_by: Attendee | None = None
        self._replaces: Attendee | None = None
        self._other_day: tuple[datetime, datetime] | None = None   # (the conference's start, now)
        self.show_ready()

    def apply_fonts(self) -> None:
        self.kicker.setFont(_font(self, 1.15, bold=True))
        self.name.setFont(_font(self, 2.0, bold=True))
        self.details.setFont(_font(self, 1.2))
        self.when.setFont(_font(self, 1.35, bold=True))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        elif event.type() == QEvent.Type.FontChange:
            self.apply_fonts()
        super().changeEvent(event)

    def show_ready(self) -> None:
        self._set(Outcome.READY, None)

    def set_other_day(self, other_day: tuple[datetime, datetime] | None) -> None:
        """(the conference's start, now) when the conference is not today: said while ready."""
        self._other_day = other_day
        self._render()

    def show_checked_in(self, attendee: Attendee, at: datetime, desk: str,
                        replaced_by: Attendee | None = None, replaces: Attendee | None = None) -> None:
        """`replaced_by`: a substitute registered for this invited person; `replaces`: whom this
        substitute stands in for."""
        self._set(Outcome.CHECKED_IN, attendee, at, desk)
        if replaced_by is not None or replaces is not None:
            self._replaced_by, self._replaces = replaced_by, replaces
            self._render()

    def show_already(self, attendee: Attendee, at: datetime, desk: str) -> None:
        self._set(Outcome.ALREADY, attendee, at, desk)

    def show_undone(self, attendee: Attendee, at: datetime, desk: str) -> None:
        self._set(Outcome.UNDONE, attendee, at, desk)

    def show_problem(self, text: str) -> None:
        self._problem = text
        self._set(Outcome.PROBLEM, None)

    def _set(self, outcome: Outcome, attendee: Attendee | None, at: datetime | None = None, desk: str = "") -> None:
        self.outcome, self._attendee, self._at, self._desk = outcome, attendee, at, desk
        self._replaced_by = self._replaces = None
        background, border, accent = _COLORS[outcome]
        self.setStyleSheet(
            f"#confirmation {{ background: {background}; border: 2px solid {border}; border-radius: 8px; }}"
            f"#confirmation QLabel {{ background: transparent; color: #1d2329; }}")
        self.kicker.setStyleSheet(f"color: {accent};")
        self.when.setStyleSheet(f"color: {accent};")
        self._render()

    def _render(self) -> None:
        a, outcome = self._attendee, self.outcome
        time, desk = labels.time_text(self._at), self._desk
        if outcome is Outcome.READY or a is None:
            self.kicker.setText(self.tr("Ready") if outcome is not Outcome.PROBLEM else self.tr("✗ Not checked in"))
            self.name.setText("")
            self.name.setVisible(False)
            self.details.setText(self._problem if outcome is Outcome.PROBLEM else "\n".join(x for x in (
                self._day_warning(),
                self.tr("Type part of a name or unit, or scan the code on the invitation, then press Enter."))
                if x))
            self.when.setText("")
            return
        self.name.setVisible(True)
        self.name.setText(a.full_name)
        self.details.setText("\n".join(x for x in (a.position, a.unit_name, self._extra(a)) if x))
        if outcome is Outcome.CHECKED_IN:
            self.kicker.setText(self.tr("✓ Checked in"))
            self.when.setText(self.tr("{time} · desk {desk}").format(time=time, desk=desk))
        elif outcome is Outcome.ALREADY:
            self.kicker.setText(self.tr("⚠ Already checked in — nothing recorded"))
            self.when.setText(self.tr("Already checked in at {time} at desk {desk}").format(time=time, desk=desk))
        else:
            self.kicker.setText(self.tr("↶ Check-in undone"))
            self.when.setText(self.tr("The check-in of {time} at desk {desk} no longer counts.").format(
                time=time, desk=desk))

    def _day_warning(self) -> str:
        if self._other_day is None:
            return ""
        starts, now = self._other_day
        return self.tr("⚠ This conference is on {day}, not today ({today}). Check-ins are recorded with today's "
                       "date; go on if that is what you want.").format(
            day=labels.date_text(starts), today=labels.date_text(now))

    def _extra(self, a: Attendee) -> str:
        s = self._replaced_by
        if s is not None and self.outcome is Outcome.CHECKED_IN:
            if s.checked_in_at is None:
                return self.tr("⚠ {name} is already registered as their substitute (not checked in): "
                               "check that both are expected").format(name=s.full_name)
            return self.tr("Came as well: {name} was checked in at {time} as their substitute").format(
                name=s.full_name, time=labels.time_text(s.checked_in_at))
        if a.status is AttendeeStatus.WALK_IN:
            return self.tr("Walk-in: added to the list")
        if a.status is AttendeeStatus.SUBSTITUTE:
            if self._replaces is not None:
                return self.tr("Substitute: stands in for {name}").format(name=self._replaces.full_name)
            return self.tr("Substitute for an invited person")
        return ""


class CounterPanel(QWidget):
    """Present / invited overall, large, and per section with bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self)
        self.total = QLabel(self)
        self.total.setObjectName("desk_total")
        self.model = GroupStatsModel(self, header=lambda: self.tr("Section"))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setItemDelegateForColumn(GroupStatsModel.SHARE, BarDelegate(self.table))
        for column in (GroupStatsModel.INVITED, GroupStatsModel.PRESENT, GroupStatsModel.ABSENT):
            self.table.setColumnHidden(column, True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(GroupStatsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(GroupStatsModel.PRESENT_OF_INVITED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GroupStatsModel.SHARE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(GroupStatsModel.SHARE, 120)   # a bar and "100 %": the titles keep the rest
        self.apply_fonts()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.total)
        layout.addWidget(self.table, 1)
        self._present = self._invited = 0
        self._topic = ""
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self.apply_fonts()
        super().changeEvent(event)

    def apply_fonts(self) -> None:
        self.total.setFont(_font(self, 2.2, bold=True))
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)

    def retranslate(self) -> None:
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.caption.setText(self.tr("Present at the conference") if not self._topic
                             else self.tr("Present for the topic “{topic}”").format(topic=self._topic))
        self.total.setText(f"{labels.count_text(self._present, self._invited)} · "
                           f"{labels.percent_text(self._present, self._invited)}")

    def set_counts(self, sections: list[GroupStats], topic: str = "") -> None:
        self._present = sum(g.present for g in sections)
        self._invited = sum(g.invited for g in sections)
        self._topic = topic
        self.model.set_groups(sections)
        self.retranslate()

    @property
    def present(self) -> int:
        return self._present

    @property
    def invited(self) -> int:
        return self._invited
