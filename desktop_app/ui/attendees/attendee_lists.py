"""The two views of the attendee list: the tree (sections, units, people) and the flat table that
loads only the rows on screen. Long positions and unit names are elided, with the full text as a
tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from desktop_app.ui.common.hint_table import HintTableView
from desktop_app.ui.models import attendee_columns as cols
from desktop_app.ui.models.attendee_table_model import AttendeeTableModel
from desktop_app.ui.models.attendee_tree_model import AttendeeTreeModel

WIDTHS = {cols.NAME: 300, cols.PRESENCE: 120, cols.POSITION: 300, cols.UNIT: 260, cols.STATUS: 100,
          cols.CODE: 80, cols.PHONE: 110}
# On a narrow screen (1024×768) the position keeps room to be read: the other columns give way,
# and in the tree the unit column, which only shows a spelling that differs from the heading, most.
NARROW = {cols.NAME: 220, cols.PRESENCE: 105, cols.UNIT: 180, cols.STATUS: 80, cols.CODE: 75, cols.PHONE: 100}
NARROW_TREE = {cols.NAME: 270, cols.UNIT: 110}   # the tree's names are indented under unit headings
TREE_UNIT = 180
POSITION_MIN = 240
PREFETCH_ROWS = 40


def _set_up_header(header: QHeaderView) -> None:
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    for column, width in WIDTHS.items():
        header.resizeSection(column, width)
    header.setSectionResizeMode(cols.POSITION, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(60)


def fit_columns(header: QHeaderView, width: int, *, tree: bool) -> None:
    """The widths for a view `width` pixels wide: the usual ones when the position still gets
    POSITION_MIN, else the narrow ones (the position stretches into what is left)."""
    others = {c: w for c, w in WIDTHS.items() if c != cols.POSITION}
    if tree:   # mostly empty there: the heading above names the unit
        others[cols.UNIT] = TREE_UNIT
    if sum(others.values()) + POSITION_MIN > width:
        others = {**NARROW, **NARROW_TREE} if tree else dict(NARROW)
    for column, column_width in others.items():
        header.resizeSection(column, column_width)


def _set_up_view(view: QAbstractItemView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)


class AttendeeTreeView(QTreeView):
    def __init__(self, model: AttendeeTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendee_tree")
        self.setModel(model)
        self.setUniformRowHeights(True)  # thousands of rows under one unit stay smooth
        _set_up_view(self)
        _set_up_header(self.header())

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.size().width() != event.oldSize().width():
            fit_columns(self.header(), self.viewport().width(), tree=True)
        super().resizeEvent(event)

    def expanded_units(self) -> list[str]:
        model: AttendeeTreeModel = self.model()  # type: ignore[assignment]
        found = []
        for s in range(model.rowCount()):
            section = model.index(s, 0)
            for u in range(model.rowCount(section)):
                unit = model.index(u, 0, section)
                if self.isExpanded(unit):
                    path = model.unit_path_at(unit)
                    if path is not None:
                        found.append(path)
        return found


class AttendeeListView(HintTableView):
    """Asks its model to load the rows it is about to show, before they are painted."""

    def __init__(self, model: AttendeeTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendee_table")
        self.setModel(model)
        _set_up_view(self)
        _set_up_header(self.horizontalHeader())
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll_value_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.size().width() != event.oldSize().width():
            fit_columns(self.horizontalHeader(), self.viewport().width(), tree=False)
        super().resizeEvent(event)

    def visible_rows(self) -> tuple[int, int]:
        model = self.model()
        if model.rowCount() == 0:
            return (0, -1)
        first = self.rowAt(0)
        last = self.rowAt(self.viewport().height() - 1)
        first = 0 if first < 0 else first
        last = model.rowCount() - 1 if last < 0 else last
        return first, last

    def load_visible(self) -> None:
        first, last = self.visible_rows()
        if last >= first:
            self.model().ensure_rows(first - PREFETCH_ROWS, last + PREFETCH_ROWS)  # type: ignore[attr-defined]

    def _on_scroll_value_changed(self, _value: int) -> None:
        self.load_visible()
