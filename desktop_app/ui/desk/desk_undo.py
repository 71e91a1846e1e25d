"""Ctrl+Z after F2 (walk-in) or F3 (substitute): undo the whole action, or only the check-in."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.kinds import AttendeeStatus
from desktop_app.domain.models import Attendee


class UndoChoice(enum.Enum):
    WHOLE = "whole"            # the check-in and the record (and so the replacement)
    CHECK_IN = "check_in"      # only the check-in: the person stays on the list
    CANCEL = "cancel"


def ask_undo_choice(parent: QWidget, person: Attendee) -> UndoChoice:
    """Ask what Ctrl+Z should undo after the desk added `person`; the whole action is the default."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("DeskUndo", "Undo"))
    if person.status is AttendeeStatus.SUBSTITUTE:
        text = translate("DeskUndo", "Undo the whole substitute entry? {name} is taken off the list and no "
                                     "longer stands in for anyone; the invited person is as before.")
        whole_text = translate("DeskUndo", "Undo the &substitute")
    else:
        text = translate("DeskUndo", "Undo the whole walk-in? {name} is taken off the list.")
        whole_text = translate("DeskUndo", "Undo the &walk-in")
    box.setText(text.format(name=person.full_name))
    whole = box.addButton(whole_text, QMessageBox.ButtonRole.AcceptRole)
    only = box.addButton(translate("DeskUndo", "Only the &check-in"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(whole)
    box.exec()
    clicked = box.clickedButton()
    if clicked is whole:
        return UndoChoice.WHOLE
    if clicked is only:
        return UndoChoice.CHECK_IN
    return UndoChoice.CANCEL
