"""Form helpers: a sentence under the field a validation error is about, and a message box for
the errors that belong to no field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.domain.errors import Cancelled, DatabaseLocked, HoinghiError
from desktop_app.messages import describe

ERROR_STYLE = "color: #b3261e;"
NOTICE_STYLE = "color: #8a5300;"
RETRY_MS = 300   # a save that found the file busy (another desk writing) is tried again this often
FIELD_STYLE = "border: 1px solid #b3261e; border-radius: 2px;"


class FieldMessages:
    """Each field gets a hidden label beneath it; `show(error)` fills the one of the error's
    field, marks the field and puts the cursor there."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        """The widget with its message label under it, to put in a form row."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = QLabel(box)
        label.setObjectName(f"error_{field}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        layout.addWidget(label)
        self._fields[field] = (widget, label)
        return box

    def message(self, field: str) -> str:
        """The sentence shown under `field` now ("" when none)."""
        _widget, label = self._fields[field]
        return label.text() if not label.isHidden() else ""

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.clear()
            label.hide()
            getattr(widget, "edit", widget).setStyleSheet("")

    def show(self, error: HoinghiError) -> bool:
        """Show `error` at its field; False when it is about no field of this form."""
        field = str(error.details.get("field", ""))
        if field not in self._fields:
            return False
        widget, label = self._fields[field]
        label.setText(describe(error))
        label.show()
        target = getattr(widget, "edit", widget)  # the date-time inside an OptionalDateTime
        target.setStyleSheet(FIELD_STYLE)
        target.setFocus()
        return True


def show_error(parent: QWidget | None, error: HoinghiError, title: str = "") -> None:
    """An error that belongs to no field, in a message box."""
    QMessageBox.warning(parent, title or APP_NAME, describe(error))


def confirm(parent: QWidget | None, title: str, text: str, *, yes: str, destructive: bool = True) -> bool:
    """Ask before something that cannot be undone; the safe answer is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept


DATETIME_FORMAT = "dd/MM/yyyy HH:mm"


def datetime_edit(parent: QWidget, value: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setDisplayFormat(DATETIME_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDateTime(QDateTime(value))
    return edit


def edit_value(edit: QDateTimeEdit) -> datetime:
    return edit.dateTime().toPython().replace(second=0, microsecond=0)


class OptionalDateTime(QWidget):
    """An optional date-time: a check box (worded by the form, e.g. "until") and the value."""

    def __init__(self, parent: QWidget, value: datetime | None, default: datetime) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self)
        self.edit = datetime_edit(self, value or default)
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def value(self) -> datetime | None:
        return edit_value(self.edit) if self.enabled.isChecked() else None


class FormDialog(QDialog):
    """A form whose rows are (field, label text getter, widget), with messages under fields."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.messages = FieldMessages()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._labels: list[tuple[QLabel, Callable[[], str]]] = []
        self.result_value: Any = None
        self.notice = QLabel(self)   # a warning that does not stop Save (a namesake on the list)
        self.notice.setObjectName("form_notice")
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.waiting = QLabel(self)   # "another desk is saving…": the save is tried again
        self.waiting.setWordWrap(True)
        self.waiting.hide()
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._on_buttons_accepted)
        self._shown_values: list[object] | None = None   # what the fields held when first shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_values is None:
            self._shown_values = self._values()

    def _values(self) -> list[object]:
        """What every field of the form holds, in a fixed order: a change anywhere shows."""
        out: list[object] = []
        for w in self.findChildren(QWidget):
            if isinstance(w, QLineEdit):
                out.append(w.text())
            elif isinstance(w, (QPlainTextEdit, QTextEdit)):
                out.append(w.toPlainText())
            elif isinstance(w, QComboBox):
                out.append((w.currentIndex(), w.currentText()))
            elif isinstance(w, QAbstractSpinBox):
                out.append(w.text())
            elif isinstance(w, QAbstractButton) and w.isCheckable():
                out.append(w.isChecked())
        return out

    @property
    def changed(self) -> bool:
        """Something was typed or chosen since the form was shown."""
        return self._shown_values is not None and self._values() != self._shown_values

    def add_row(self, field: str, label: Callable[[], str], widget: QWidget) -> None:
        text = QLabel(self)
        text.setBuddy(widget.edit if isinstance(widget, OptionalDateTime) else widget)
        self._labels.append((text, label))
        self.form.addRow(text, self.messages.wrap(field, widget) if field else widget)

    def finish(self, *extra: QWidget, above: QWidget | None = None) -> None:
        layout = QVBoxLayout(self)
        if above is not None:
            layout.addWidget(above)
        layout.addLayout(self.form)
        for widget in extra:
            layout.addWidget(widget)
        layout.addWidget(self.notice)
        layout.addWidget(self.waiting)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in self._labels:
            label.setText(text())

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def watch(self, check: Callable[[], str] | None, *edits: QLineEdit) -> None:
        """Run `check` whenever one of `edits` changes and show what it says as the form's notice."""
        if check is None:
            return
        for edit in edits:
            edit.textChanged.connect(lambda _text: self.set_notice(check()))
        self.set_notice(check())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> Any:
        raise NotImplementedError

    def problems(self) -> list[HoinghiError]:
        """Every field's problem, checked before save() so all are shown at once (none by default)."""
        return []

    def _on_buttons_accepted(self) -> None:
        self.messages.clear()
        problems = self.problems()
        away = [p for p in reversed(problems) if not self.messages.show(p)]   # the first shown ends with the focus
        if away:   # about no field of this form
            show_error(self, away[-1], self.windowTitle())
        if problems:
            return
        try:
            self.result_value = self.save()
        except Cancelled:  # the person said no to a follow-up question: keep the form open
            return
        except DatabaseLocked:  # another desk is writing: keep what was typed and try again soon
            self.waiting.setText(QCoreApplication.translate(
                "FormDialog", "Another desk is saving… This is saved as soon as it finishes."))
            self.waiting.show()
            self._retry.start()
            return
        except HoinghiError as error:
            self.waiting.hide()
            if not self.messages.show(error):
                show_error(self, error, self.windowTitle())
            return
        self.waiting.hide()
        self.accept()

    @property
    def retrying(self) -> bool:
        """Waiting to try the save again (the file was busy)."""
        return self._retry.isActive()

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: what was typed is not thrown away unasked."""
        if self.changed and not ask_discard(self):
            return
        self._retry.stop()   # Cancel while waiting for another desk: nothing is saved
        super().reject()


def ask_discard(parent: QWidget) -> bool:
    """True when the person agrees to throw away the changes of a form."""
    return confirm(parent, parent.windowTitle() or APP_NAME,
                   QCoreApplication.translate("FormDialog", "Discard the changes made in this form?"),
                   yes=QCoreApplication.translate("FormDialog", "&Discard changes"))
