"""The attendee list's filter bar: search box (folded search, accents optional), unit kind,
attendance, order, and grouped or flat display. `changed` fires (debounced while typing)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from desktop_app.domain.kinds import AttendeeOrder, UnitKind
from desktop_app.domain.listing import AttendeeFilter, PresenceFilter
from desktop_app.ui.common import labels

TYPING_DELAY_MS = 250
# The kinds offered in the filter, in the order of a provincial list.
KINDS = (UnitKind.CENTRAL, UnitKind.LEADERSHIP, UnitKind.DEPARTMENT, UnitKind.BRANCH, UnitKind.PARTY,
         UnitKind.DISTRICT, UnitKind.COMMUNE, UnitKind.PRESS, UnitKind.ENTERPRISE, UnitKind.OTHER)


class AttendeeFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("attendee_search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.kind = QComboBox(self)
        self.presence = QComboBox(self)
        self.order = QComboBox(self)
        for combo in (self.kind, self.presence, self.order):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(self._on_combo_activated)
        self.grouped = QToolButton(self)
        self.flat = QToolButton(self)
        self.modes = QButtonGroup(self)
        for button in (self.grouped, self.flat):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.modes.addButton(button)
        self.grouped.setChecked(True)
        self.modes.buttonToggled.connect(self._on_modes_button_toggled)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._on_search_text_changed)
        clear = QAction(self.search)   # Esc in the box clears the search (the list shows everyone again)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.search.clear)
        self.search.addAction(clear)
        # By section and unit: every unit opened or closed at once.
        self.expand_all, self.collapse_all = QToolButton(self), QToolButton(self)
        self.expand_all.setObjectName("expand_all")
        self.collapse_all.setObjectName("collapse_all")
        self.grouped.toggled.connect(self.expand_all.setEnabled)
        self.grouped.toggled.connect(self.collapse_all.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        for widget in (self.kind, self.presence, self.order, self.grouped, self.flat, self.expand_all,
                       self.collapse_all):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: name, unit, position or code (Ctrl+F)"))
        self._fill(self.kind, [(self.tr("All kinds of unit"), None)] + [(labels.kind_label(k), k) for k in KINDS])
        self._fill(self.presence, [(labels.presence_label(p), p) for p in PresenceFilter])
        self._fill(self.order, [(labels.order_label(o), o) for o in AttendeeOrder])
        self.grouped.setText(self.tr("By section and unit"))
        self.flat.setText(self.tr("One list"))
        self.expand_all.setText("⊞")
        self.collapse_all.setText("⊟")
        self.expand_all.setToolTip(self.tr("Expand all units"))
        self.collapse_all.setToolTip(self.tr("Collapse all units"))
        self.expand_all.setAccessibleName(self.tr("Expand all units"))
        self.collapse_all.setAccessibleName(self.tr("Collapse all units"))
        self.kind.setToolTip(self.tr("Kind of unit"))
        self.presence.setToolTip(self.tr("Attendance"))
        self.order.setToolTip(self.tr("Order within a unit, or of the whole list"))

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_search_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_combo_activated(self, _index: int) -> None:
        self._timer.stop()
        self.changed.emit()

    def _on_modes_button_toggled(self, _button: QToolButton, checked: bool) -> None:
        if checked:
            self._timer.stop()
            self.changed.emit()

    # -- values ---------------------------------------------------------------------------------

    def filter(self) -> AttendeeFilter:
        kind = self.kind.currentData()
        return AttendeeFilter(text=self.search.text(), kinds=(kind,) if kind else (),
                              presence=PresenceFilter(self.presence.currentData() or PresenceFilter.ALL))

    def order_value(self) -> AttendeeOrder:
        return AttendeeOrder(self.order.currentData() or AttendeeOrder.PROTOCOL)

    def is_grouped(self) -> bool:
        return self.grouped.isChecked()

    def set_state(self, *, grouped: bool, order: str) -> None:
        """Restore remembered choices without announcing a change."""
        self.blockSignals(True)
        (self.grouped if grouped else self.flat).setChecked(True)
        index = self.order.findData(AttendeeOrder(order) if order in set(AttendeeOrder) else AttendeeOrder.PROTOCOL)
        self.order.setCurrentIndex(max(0, index))
        self.blockSignals(False)

    def show_everyone_unless(self, keeps: Callable[[AttendeeFilter], bool]) -> bool:
        """Set the kind and attendance filters back to "all" unless `keeps` says the current ones
        keep the person in view; True when they were reset."""
        if keeps(self.filter()):
            return False
        self.kind.setCurrentIndex(0)
        self.presence.setCurrentIndex(0)
        return True

    def flush(self) -> None:
        """Apply typed search text now (a test, or Enter in the box)."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()
