"""The sections of a conference: the ordered headings of its lists ("II. CÁC SỞ, BAN, NGÀNH") and
the kinds of unit each takes (a new attendee's section is proposed from their unit's kind). Add,
rename, reorder (the Roman numerals follow), delete (the people stay, without a section)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import HoinghiError
from desktop_app.domain.kinds import UnitKind
from desktop_app.domain.models import Section
from desktop_app.domain.sections import numbered_title
from desktop_app.store import sections as section_store
from desktop_app.store.engine import Database, write_transaction
from desktop_app.ui.attendees.attendee_filters import KINDS
from desktop_app.ui.common import labels
from desktop_app.ui.common.forms import FormDialog, confirm, show_error

Index = QModelIndex | QPersistentModelIndex
_NUMERAL = re.compile(r"^[IVXLCDM]+\.\s+")


def renumbered(title: str, position: int) -> str:
    """The title with the numeral of its position, if it carries one ("III. X" at 2 → "II. X")."""
    return numbered_title(position, _NUMERAL.sub("", title)) if _NUMERAL.match(title) else title


class SectionListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Section] = []

    def set_sections(self, rows: list[Section]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def section_at(self, row: int) -> Section | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            kinds = ", ".join(labels.kind_label(k) for k in s.kinds)
            return f"{s.title}  —  {kinds}" if kinds else s.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return s.title
        return None


class SectionDialog(FormDialog):
    """A section's heading and the kinds of unit it takes."""

    def __init__(self, parent: QWidget | None, save: Callable[[str, tuple[UnitKind, ...]], Section],
                 section: Section | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.original = section
        self.title = QLineEdit(section.title if section else "", self)
        kinds_box = QWidget(self)
        grid = QGridLayout(kinds_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.kinds: dict[UnitKind, QCheckBox] = {}
        for n, kind in enumerate(KINDS):
            box = QCheckBox(kinds_box)
            box.setChecked(section is not None and kind in section.kinds)
            self.kinds[kind] = box
            grid.addWidget(box, n // 2, n % 2)
        self.add_row("title", lambda: self.tr("&Heading:"), self.title)
        self.add_row("", lambda: self.tr("Takes units of kind:"), kinds_box)
        self.finish()
        self.setMinimumWidth(560)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("New section") if self.original is None else self.tr("Edit section"))
        self.title.setPlaceholderText(self.tr("e.g. VI. KHÁCH MỜI"))
        for kind, box in self.kinds.items():
            box.setText(labels.kind_label(kind))

    def save(self) -> Section:
        return self._save(self.title.text(), tuple(k for k, box in self.kinds.items() if box.isChecked()))


class SectionsDialog(QDialog):
    """Edits the sections of conference `conference_id` through `db`; `changed` says if it did."""

    def __init__(self, parent: QWidget | None, db: Database, conference_id: int) -> None:
        super().__init__(parent)
        self.db = db
        self.conference_id = conference_id
        self.changed = False
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.model = SectionListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("section_list")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.doubleClicked.connect(self._on_list_double_clicked)
        self.buttons = {name: QPushButton(self) for name in ("add", "edit", "up", "down", "delete")}
        for name, slot in (("add", self.add), ("edit", self.edit), ("up", lambda: self.move(-1)),
                           ("down", lambda: self.move(1)), ("delete", self.delete)):
            self.buttons[name].clicked.connect(slot)
        column = QVBoxLayout()
        for button in self.buttons.values():
            column.addWidget(button)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(column)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(row, 1)
        layout.addWidget(close)
        self.resize(760, 420)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sections of the conference"))
        self.note.setText(self.tr("The headings of the attendee lists and sign-in sheets, in order. A new "
                                  "attendee goes to the first section that takes the kind of their unit."))
        for name, text in (("add", self.tr("&Add…")), ("edit", self.tr("&Edit…")), ("up", self.tr("Move &up")),
                           ("down", self.tr("Move do&wn")), ("delete", self.tr("&Delete…"))):
            self.buttons[name].setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self, select: int | None = None) -> None:
        sections = section_store.list_sections(self.db, self.conference_id)
        self.model.set_sections(sections)
        row = next((i for i, s in enumerate(sections) if s.id == select), 0 if sections else -1)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def selected(self) -> Section | None:
        index = self.list.currentIndex()
        return self.model.section_at(index.row()) if index.isValid() else None

    def _on_list_double_clicked(self, _index: QModelIndex) -> None:
        self.edit()

    def add(self) -> None:
        position = self.model.rowCount() + 1

        def save(title: str, kinds: tuple[UnitKind, ...]) -> Section:
            title = title.strip()
            if title and not _NUMERAL.match(title):
                title = numbered_title(position, title)
            return section_store.add_section(self.db, self.conference_id, title, kinds)

        dialog = SectionDialog(self, save)
        if dialog.exec() and dialog.result_value is not None:
            self._done(dialog.result_value.id)

    def edit(self) -> None:
        section = self.selected()
        if section is None:
            return
        dialog = SectionDialog(self, lambda title, kinds: section_store.update_section(
            self.db, section.id, title=title, kinds=kinds), section)
        if dialog.exec():
            self._done(section.id)

    def move(self, step: int) -> None:
        section = self.selected()
        if section is None:
            return
        try:
            with write_transaction(self.db):
                section_store.move_section(self.db, section.id, max(1, section.position + step))
                self._renumber()
        except HoinghiError as error:
            show_error(self, error, self.windowTitle())
        self._done(section.id)

    def delete(self) -> None:
        section = self.selected()
        if section is None or not confirm(self, self.windowTitle(), self.tr(
                "Delete the section “{title}”? Its attendees stay on the list, without a section, until you "
                "choose another for them.").format(title=section.title), yes=self.tr("&Delete")):
            return
        try:
            with write_transaction(self.db):
                section_store.delete_section(self.db, section.id)
                self._renumber()
        except HoinghiError as error:
            show_error(self, error, self.windowTitle())
        self._done(None)

    def _renumber(self) -> None:
        for position, s in enumerate(section_store.list_sections(self.db, self.conference_id), start=1):
            title = renumbered(s.title, position)
            if title != s.title:
                section_store.update_section(self.db, s.id, title=title, kinds=s.kinds)

    def _done(self, select: int | None) -> None:
        self.changed = True
        self.refresh(select)
        self.list.setFocus()
