"""What the views' record tables and actions have in common: whole rows selected one at a time,
nothing edited in place, no row numbers; actions with a shortcut that works inside the view; a
row of text buttons for them."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QTableView, QToolButton, QWidget


def record_table(table: QTableView, model: QAbstractItemModel, name: str = "", *, wrap: bool = False,
                 stretch: int | None = None, widths: Iterable[tuple[int, int]] = ()) -> QTableView:
    """Set `table` up to show `model` one record a row; `stretch` is the column that takes the
    room the others (`widths`: column, pixels) leave. Returns the table."""
    if name:
        table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(wrap)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths:
        header.resizeSection(column, width)
    return table


def view_action(view: QWidget, key: QKeySequence | QKeySequence.StandardKey | Qt.Key | str | None,
                slot: Callable[[], object], *, local: bool = True) -> QAction:
    """An action of `view` (worded by the view's retranslate). `local`: its shortcut works while
    the focus is inside the view and only there (Enter, Delete); else it is for menus to hold."""
    action = QAction(view)
    if key is not None:
        action.setShortcut(QKeySequence(key))
    if local:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        view.addAction(action)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def action_bar(parent: QWidget, actions: Iterable[QAction]) -> QHBoxLayout:
    """A row of text buttons, one for each action (its text, shortcut, tooltip and enabled state)."""
    bar = QHBoxLayout()
    for action in actions:
        button = QToolButton(parent)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addWidget(button)
    bar.addStretch(1)
    return bar
