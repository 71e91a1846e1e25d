"""Attendees grouped by section, then by unit; each group row shows present / invited. The groups
come with their counts; a unit's people are fetched when it is expanded, a chunk at a time
(fetchMore), so a conference of 100,000 opens as fast as one of 100."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop_app.domain.listing import SectionGroup, UnitGroup
from desktop_app.domain.models import Attendee
from desktop_app.domain.text import fold
from desktop_app.ui.common import labels
from desktop_app.ui.models import attendee_columns as cols

Index = QModelIndex | QPersistentModelIndex
# fetch(section_id, unit_key, offset, limit) -> that slice of the unit's people
FetchMembers = Callable[[int | None, str, int, int], list[Attendee]]

CHUNK = 500
ROOT, SECTION, UNIT, PERSON = range(4)


class _Node:
    __slots__ = ("attendee", "children", "group", "kind", "parent", "row", "serial")

    def __init__(self, serial: int, kind: int, parent: _Node | None, row: int,
                 group: SectionGroup | UnitGroup | None = None, attendee: Attendee | None = None) -> None:
        self.serial, self.kind, self.parent, self.row = serial, kind, parent, row
        self.group, self.attendee = group, attendee
        self.children: list[_Node] = []


def unit_path(section_id: int | None, unit_key: str) -> str:
    """A unit group's identity, stable across reloads (to re-expand it)."""
    return f"{section_id or 0}|{unit_key}"


class AttendeeTreeModel(QAbstractItemModel):
    def __init__(self, fetch_members: FetchMembers, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch_members
        self._nodes: dict[int, _Node] = {}
        self._root = self._new(ROOT, None, 0)
        self._marks: cols.Marks = {}

    def _new(self, kind: int, parent: _Node | None, row: int, **kw: Any) -> _Node:
        node = _Node(len(self._nodes) + 1, kind, parent, row, **kw)
        self._nodes[node.serial] = node
        return node

    # -- contents -------------------------------------------------------------------------------

    def set_groups(self, groups: list[SectionGroup]) -> None:
        self.beginResetModel()
        self._nodes.clear()
        self._root = self._new(ROOT, None, 0)
        for s_row, section in enumerate(groups):
            s_node = self._new(SECTION, self._root, s_row, group=section)
            self._root.children.append(s_node)
            for u_row, unit in enumerate(section.units):
                s_node.children.append(self._new(UNIT, s_node, u_row, group=unit))
        self.endResetModel()

    def update_groups(self, groups: list[SectionGroup], *, max_rows: int = 3000) -> bool:
        """New counts for the same groups (another desk checked someone in): numbers and the loaded
        people are refreshed in place, so nothing closes or jumps. False (nothing done) when the
        groups themselves changed or too many people are loaded; then call set_groups."""
        old = [(s.group.section_id, [(u.group.key, u.group.matched) for u in s.children])  # type: ignore[union-attr]
               for s in self._root.children]
        new = [(s.section_id, [(u.key, u.matched) for u in s.units]) for s in groups]
        loaded = sum(len(u.children) for s in self._root.children for u in s.children)
        if old != new or loaded > max_rows:
            return False
        for s_node, section in zip(self._root.children, groups, strict=True):
            s_node.group = section
            for u_node, unit in zip(s_node.children, section.units, strict=True):
                u_node.group = unit
                self._refresh_people(u_node, section.section_id)
            self.dataChanged.emit(self.createIndex(s_node.row, 0, s_node.serial),
                                  self.createIndex(s_node.row, cols.COUNT - 1, s_node.serial))
            if s_node.children:
                self.dataChanged.emit(self.createIndex(0, 0, s_node.children[0].serial),
                                      self.createIndex(len(s_node.children) - 1, cols.COUNT - 1,
                                                       s_node.children[-1].serial))
        return True

    def set_marks(self, marks: cols.Marks) -> None:
        """Who may be the same person as whom (store.identities.review_marks): their names are marked."""
        if marks == self._marks:
            return
        self._marks = marks
        for section in self._root.children:
            for unit in section.children:
                if unit.children:
                    self.dataChanged.emit(self.createIndex(0, cols.NAME, unit.children[0].serial),
                                          self.createIndex(len(unit.children) - 1, cols.NAME,
                                                           unit.children[-1].serial))

    def _refresh_people(self, unit: _Node, section_id: int | None) -> None:
        if not unit.children:
            return
        people = self._fetch(section_id, unit.group.key, 0, len(unit.children))  # type: ignore[union-attr]
        if [p.id for p in people] != [c.attendee.id for c in unit.children]:  # type: ignore[union-attr]
            return  # membership moved; the next full reload shows it
        for child, person in zip(unit.children, people, strict=True):
            child.attendee = person
        self.dataChanged.emit(self.createIndex(0, 0, unit.children[0].serial),
                              self.createIndex(len(unit.children) - 1, cols.COUNT - 1, unit.children[-1].serial))

    def _node(self, index: Index) -> _Node:
        return self._nodes.get(index.internalId(), self._root) if index.isValid() else self._root

    def attendee_at(self, index: Index) -> Attendee | None:
        return self._node(index).attendee if index.isValid() else None

    def unit_path_at(self, index: Index) -> str | None:
        node = self._node(index)
        if node.kind != UNIT:
            return None
        return unit_path(node.parent.group.section_id, node.group.key)  # type: ignore[union-attr]

    def unit_index(self, path: str) -> QModelIndex:
        for section in self._root.children:
            for unit in section.children:
                if unit_path(section.group.section_id, unit.group.key) == path:  # type: ignore[union-attr]
                    return self.createIndex(unit.row, 0, unit.serial)
        return QModelIndex()

    def attendee_index(self, attendee_id: int) -> QModelIndex:
        """The row of someone among the loaded people (invalid if their unit is not expanded)."""
        for section in self._root.children:
            for unit in section.children:
                for person in unit.children:
                    if person.attendee is not None and person.attendee.id == attendee_id:
                        return self.createIndex(person.row, 0, person.serial)
        return QModelIndex()

    def replace_attendee(self, attendee: Attendee) -> None:
        index = self.attendee_index(attendee.id)
        if index.isValid():
            self._node(index).attendee = attendee
            self.dataChanged.emit(index, index.siblingAtColumn(cols.COUNT - 1))

    # -- structure ------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if not 0 <= row < len(node.children) or not 0 <= column < cols.COUNT:
            return QModelIndex()
        return self.createIndex(row, column, node.children[row].serial)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up.kind == ROOT:
            return QModelIndex()
        return self.createIndex(up.row, 0, up.serial)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return cols.COUNT

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        if node.kind == UNIT:
            return node.group.matched > 0  # type: ignore[union-attr]
        return bool(node.children)

    def canFetchMore(self, parent: Index) -> bool:
        node = self._node(parent)
        return node.kind == UNIT and len(node.children) < node.group.matched  # type: ignore[union-attr]

    def fetchMore(self, parent: Index) -> None:
        node = self._node(parent)
        if not self.canFetchMore(parent):
            return
        unit: UnitGroup = node.group  # type: ignore[assignment]
        section: SectionGroup = node.parent.group  # type: ignore[union-attr,assignment]
        start = len(node.children)
        people = self._fetch(section.section_id, unit.key, start, CHUNK)
        if not people:  # fewer than counted (someone was deleted meanwhile): stop asking
            node.group = UnitGroup(unit.key, unit.title, unit.kind, unit.invited, unit.present, start)
            return
        self.beginInsertRows(parent, start, start + len(people) - 1)
        for offset, person in enumerate(people):
            node.children.append(self._new(PERSON, node, start + offset, attendee=person))
        self.endInsertRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- data -----------------------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < cols.COUNT:
            return cols.header(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if node.kind == PERSON:
            if index.column() == cols.UNIT and role == Qt.ItemDataRole.DisplayRole and _under_own_heading(node):
                return ""   # the unit's heading above says it: the column shows only a different spelling
            return cols.data(node.attendee, index.column(), role,  # type: ignore[arg-type]
                             self._marks.get(node.attendee.id, ()))  # type: ignore[union-attr]
        return self._group_data(node, index.column(), role)

    def _group_data(self, node: _Node, column: int, role: int) -> Any:
        group = node.group
        if group is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == cols.NAME:
                title = labels.section_title(group.title) if node.kind == SECTION else labels.unit_title(group.title)
                if role == Qt.ItemDataRole.ToolTipRole and isinstance(group, UnitGroup):
                    return f"{title}\n{labels.kind_label(group.kind)}"
                return title
            if column == cols.PRESENCE:
                return labels.count_text(group.present, group.invited)
            return None
        if role == Qt.ItemDataRole.FontRole and node.kind == SECTION:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == cols.PRESENCE and group.invited \
                and group.present == group.invited:
            return cols.PRESENT_COLOR
        return None


def _under_own_heading(node: _Node) -> bool:
    """Whether a person's unit, as written, is the heading of the unit group they are listed under."""
    heading = node.parent.group if node.parent is not None else None
    return heading is not None and node.attendee is not None and fold(node.attendee.unit_name) == fold(heading.title)
