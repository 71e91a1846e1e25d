"""The two views of the attendee list: the tree (sections, units, people) and the flat table that
loads only the rows on screen. Long positions and unit names are elided, with the full text as a
tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from desktop_app.ui.hint_table import HintTableView
from desktop_app.ui.models import attendee_columns as cols
from desktop_app.ui.models.attendee_table_model import AttendeeTableModel
from desktop_app.ui.models.attendee_tree_model import AttendeeTreeModel

WIDTHS = {cols.NAME: 300, cols.PRESENCE: 120, cols.POSITION: 300, cols.UNIT: 260, cols.STATUS: 100,
          cols.CODE: 80, cols.PHONE: 110}
PREFETCH_ROWS = 40


def _set_up_header(header: QHeaderView) -> None:
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    for column, width in WIDTHS.items():
        header.resizeSection(column, width)
    header.setSectionResizeMode(cols.POSITION, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(60)


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
