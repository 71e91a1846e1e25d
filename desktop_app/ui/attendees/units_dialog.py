"""The unit catalog, edited: add a unit, rename it, its aliases, its kind and official order, the
dates it existed and its successor after a merger. Attendees keep the unit name they were
registered with; the catalog decides what the forms offer and how imports match."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.kinds import UnitKind
from desktop_app.domain.models import Unit
from desktop_app.domain.text import clean
from desktop_app.store.engine import Database
from desktop_app.store.units import add_unit, list_units, update_unit
from desktop_app.ui.common import labels
from desktop_app.ui.common.forms import FormDialog
from desktop_app.ui.models.unit_table_model import UNIT_ROLE, UnitFilterProxyModel, UnitTableModel


class OptionalDate(QWidget):
    """A date that may be left out: a check box and the date."""

    def __init__(self, parent: QWidget, value: date | None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate(value) if value else QDate.currentDate())
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.enabled.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.enabled.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value))


class UnitEditDialog(FormDialog):
    """One unit's fields; `save()` adds or updates it in the catalog."""

    def __init__(self, parent: QWidget | None, db: Database, units: Sequence[Unit], unit: Unit | None = None) -> None:
        super().__init__(parent)
        self.db, self.original = db, unit
        self.name = QLineEdit(unit.name if unit else "", self)
        self.kind = QComboBox(self)
        for kind in UnitKind:
            self.kind.addItem(labels.kind_label(kind), str(kind))
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(unit.kind if unit else UnitKind.OTHER))))
        self.order = QSpinBox(self)
        self.order.setRange(0, 1_000_000)
        self.order.setValue(unit.official_order if unit else 1000)
        self.aliases = QPlainTextEdit("\n".join(unit.aliases) if unit else "", self)
        self.aliases.setTabChangesFocus(True)
        self.aliases.setFixedHeight(72)
        self.valid_from = OptionalDate(self, unit.valid_from if unit else None)
        self.valid_to = OptionalDate(self, unit.valid_to if unit else None)
        self.successor = QComboBox(self)
        self.successor.addItem("—", None)
        for other in units:
            if unit is None or other.id != unit.id:
                self.successor.addItem(other.name, other.id)
        if unit is not None and unit.successor_id is not None:
            self.successor.setCurrentIndex(max(0, self.successor.findData(unit.successor_id)))
        self.add_row("name", lambda: self.tr("&Name:"), self.name)
        self.add_row("kind", lambda: self.tr("&Kind:"), self.kind)
        self.add_row("official_order", lambda: self.tr("Official &order:"), self.order)
        self.add_row("aliases", lambda: self.tr("Also &written as\n(one a line):"), self.aliases)
        self.add_row("valid_from", lambda: self.tr("Exists &from:"), self.valid_from)
        self.add_row("valid_to", lambda: self.tr("Exists &until:"), self.valid_to)
        self.add_row("successor_id", lambda: self.tr("&Successor:"), self.successor)
        self.finish()
        self.setMinimumWidth(560)
        self.name.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("New unit") if self.original is None else self.tr("Edit unit"))
        self.successor.setToolTip(self.tr("The unit that took over after a merger or a reform."))
        self.order.setToolTip(self.tr("Smaller numbers come first in the official order of units."))

    def save(self) -> Any:
        aliases = tuple(clean(line) for line in self.aliases.toPlainText().splitlines() if clean(line))
        fields: dict[str, Any] = dict(
            kind=UnitKind(self.kind.currentData()), official_order=self.order.value(), aliases=aliases,
            valid_from=self.valid_from.value(), valid_to=self.valid_to.value(),
            successor_id=self.successor.currentData())
        if self.original is None:
            return add_unit(self.db, self.name.text(), **fields)
        return update_unit(self.db, self.original.id, name=self.name.text(), **fields)


class UnitsDialog(QDialog):
    """The whole catalog, filtered as you type; Add and Edit open UnitEditDialog."""

    def __init__(self, parent: QWidget | None, db: Database) -> None:
        super().__init__(parent)
        self.setObjectName("units_dialog")
        self.db = db
        self.model = UnitTableModel(self)
        self.proxy = UnitFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Unit catalog"))
        self.search.setPlaceholderText(self.tr("Find a unit: “so tu phap”, “cao loc”…"))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.reload()
        for button in (self.add_button, self.edit_button):
            button.setAutoDefault(False)   # Enter in the search box adds nothing
        m = UnitTableModel
        for column, width in ((m.NAME, 320), (m.KIND, 170), (m.ORDER, 60), (m.VALID_FROM, 90), (m.VALID_TO, 90),
                              (m.SUCCESSOR, 200)):
            self.table.setColumnWidth(column, width)
        self.resize(1000, 560)

    def reload(self, select: int | None = None) -> None:
        self.model.set_units(list_units(self.db))
        if select is not None:
            index = self.proxy.mapFromSource(self.model.index(self.model.row_of(select), 0))
            if not index.isValid():   # hidden by the search: show everything
                self.search.clear()
                index = self.proxy.mapFromSource(self.model.index(self.model.row_of(select), 0))
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def selected(self) -> Unit | None:
        index = self.table.currentIndex()
        return index.data(UNIT_ROLE) if index.isValid() else None

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        unit = self.selected()
        if unit is not None:
            self._open(unit)

    def _open(self, unit: Unit | None) -> None:
        dialog = UnitEditDialog(self, self.db, list_units(self.db), unit)
        if dialog.exec() and dialog.result_value is not None:
            self.reload(select=dialog.result_value.id)

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self.edit()
