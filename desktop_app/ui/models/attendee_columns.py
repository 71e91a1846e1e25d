"""The columns every attendee list shares (the desk's results, the attendee table and tree):
their headers and how an attendee shows in each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.domain.identity import Likeness, Namesake
from desktop_app.domain.kinds import AttendeeStatus
from desktop_app.domain.models import Attendee
from desktop_app.ui.common import labels

NAME, PRESENCE, POSITION, UNIT, STATUS, CODE, PHONE = range(7)
COUNT = 7

PRESENT_COLOR = QColor("#1b6e3a")
WARNING_COLOR = QColor("#8a5300")

# The entries this one may be the same person as (store.identities.review_marks): a tuple of
# Namesake, empty when there is nothing to review.
ReviewRole = Qt.ItemDataRole.UserRole + 10
Marks = dict[int, tuple[Namesake, ...]]


def header(column: int) -> str:
    return (
        QCoreApplication.translate("AttendeeColumns", "Full name"),
        QCoreApplication.translate("AttendeeColumns", "Checked in"),
        QCoreApplication.translate("AttendeeColumns", "Position"),
        QCoreApplication.translate("AttendeeColumns", "Unit"),
        QCoreApplication.translate("AttendeeColumns", "Status"),
        QCoreApplication.translate("AttendeeColumns", "Code"),
        QCoreApplication.translate("AttendeeColumns", "Phone"),
    )[column]


def presence_text(a: Attendee) -> str:
    """ "07:42 · Bàn 2" for someone checked in, "—" for someone not yet."""
    return labels.check_in_text(a.checked_in_at, a.checked_in_desk) if a.present else "—"


def status_text(a: Attendee) -> str:
    """Only what is out of the ordinary: most people are simply invited."""
    if a.replaced:
        text = QCoreApplication.translate("AttendeeColumns", "Replaced by a substitute")
        return text if a.status is AttendeeStatus.INVITED else f"{labels.status_label(a.status)} · {text}"
    return "" if a.status is AttendeeStatus.INVITED else labels.status_label(a.status)


def display(a: Attendee, column: int) -> str:
    if column == NAME:
        return a.full_name
    if column == PRESENCE:
        return presence_text(a)
    if column == POSITION:
        return a.position
    if column == UNIT:
        return a.unit_name
    if column == STATUS:
        return status_text(a)
    if column == CODE:
        return a.code
    return a.phone


def data(a: Attendee, column: int, role: int, review: Sequence[Namesake] = ()) -> Any:
    """The value of `role` for attendee `a` in `column` (None when the role has nothing); `review`
    marks the name of someone who may be the same person as another entry."""
    if role == Qt.ItemDataRole.DisplayRole:
        return display(a, column)
    if role == ReviewRole:
        return tuple(review)
    if review and column == NAME:
        if role == Qt.ItemDataRole.DecorationRole:
            return _review_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return review_text(review) + "\n" + a.full_name
        if role == Qt.ItemDataRole.ForegroundRole:
            return WARNING_COLOR
    if role == Qt.ItemDataRole.ToolTipRole:
        return tooltip(a, column)
    if role == Qt.ItemDataRole.ForegroundRole:
        if column == PRESENCE and a.present:
            return PRESENT_COLOR
        if column == STATUS and (a.replaced or a.status in (AttendeeStatus.WALK_IN, AttendeeStatus.SUBSTITUTE)):
            return WARNING_COLOR
    return None


def tooltip(a: Attendee, column: int) -> str | None:
    """The whole text of a cell that may be elided (long positions and unit names)."""
    if column in (NAME, POSITION, UNIT):
        text = display(a, column)
        return text or None
    if column == PRESENCE and a.present:
        return QCoreApplication.translate("AttendeeColumns", "Checked in at {time} at desk {desk}").format(
            time=labels.time_text(a.checked_in_at), desk=a.checked_in_desk or "?")
    return None


def _review_icon() -> QIcon | None:
    app = QApplication.instance()
    return app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if isinstance(app, QApplication) \
        else None


def review_text(review: Sequence[Namesake]) -> str:
    """The marker's tooltip: who this entry may be, and what to do."""
    duplicates = [n for n in review if n.likeness is not Likeness.SIMILAR_NAME]
    similar = [n for n in review if n.likeness is Likeness.SIMILAR_NAME]
    lines = []
    if duplicates:
        lines.append(QCoreApplication.translate(
            "AttendeeColumns", "Possible duplicate: same name and unit as {others}. Check whether it is the same "
            "person, then edit one and delete the other, or leave both.").format(others=_who(duplicates)))
    if similar:
        lines.append(QCoreApplication.translate(
            "AttendeeColumns", "Similar name in the same unit: {others}. Check the spelling.").format(
                others=_who(similar)))
    return "\n".join(lines)


def _who(namesakes: Sequence[Namesake]) -> str:
    return "; ".join(", ".join(x for x in (n.full_name, n.position, n.phone) if x) for n in namesakes)
