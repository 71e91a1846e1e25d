"""The flat attendee list at any size: the model holds the ordered ids (cheap even at 100,000)
and keeps a bounded cache of pages of attendees. The view asks for the rows it shows with
`ensure_rows` before painting; `data()` never queries: a row not loaded yet shows "…" and its page
is fetched on the next turn of the event loop."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from desktop_app.domain.models import Attendee
from desktop_app.ui.models import attendee_columns as cols

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[Sequence[int]], list[Attendee]]

PAGE_SIZE = 200
MAX_PAGES = 40          # 8,000 attendees in memory at most


class AttendeeTableModel(QAbstractTableModel):
    """Every column of attendee_columns; `fetch(ids)` loads attendees (the GUI's connection)."""

    def __init__(self, fetch: Fetch, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, list[Attendee | None]] = OrderedDict()
        self._wanted: set[int] = set()
        self._marks: cols.Marks = {}

    # -- contents -------------------------------------------------------------------------------

    def set_ids(self, ids: list[int], visible: tuple[int, int] | None = None) -> bool:
        """Show these attendees in this order. Returns True when the rows changed (a reset);
        with the same ids only the rows on show are reloaded and the view keeps its place."""
        if ids == self._ids:
            self.refresh(visible)
            return False
        self.beginResetModel()
        self._ids = list(ids)
        self._row_of = None
        self._pages.clear()
        self._wanted.clear()
        self.endResetModel()
        return True

    def refresh(self, visible: tuple[int, int] | None = None) -> None:
        """Someone checked in somewhere: reload the rows `visible` (first, last) now, in place so
        nothing flickers, and forget the other pages."""
        keep = set() if visible is None or not self._ids else set(
            range(max(0, visible[0]) // PAGE_SIZE, min(visible[1], len(self._ids) - 1) // PAGE_SIZE + 1))
        for page in [p for p in self._pages if p not in keep]:
            del self._pages[page]
        for page in sorted(keep):
            self._load(page)

    def replace_attendee(self, attendee: Attendee) -> None:
        row = self.row_of(attendee.id)
        if row is None:
            return
        page = self._pages.get(row // PAGE_SIZE)
        if page is not None:
            page[row % PAGE_SIZE] = attendee
        self.dataChanged.emit(self.index(row, 0), self.index(row, cols.COUNT - 1))

    def set_marks(self, marks: cols.Marks) -> None:
        """Who may be the same person as whom (store.identities.review_marks): their names are marked."""
        if marks == self._marks:
            return
        self._marks = marks
        if self._ids:
            self.dataChanged.emit(self.index(0, cols.NAME), self.index(len(self._ids) - 1, cols.NAME))

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, attendee_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {attendee_id: row for row, attendee_id in enumerate(self._ids)}
        return self._row_of.get(attendee_id)

    def attendee_at(self, row: int) -> Attendee | None:
        """The attendee of a row, loading its page if needed (for actions, not for painting)."""
        if not 0 <= row < len(self._ids):
            return None
        self.ensure_rows(row, row)
        page = self._pages.get(row // PAGE_SIZE)
        return page[row % PAGE_SIZE] if page is not None else None

    # -- pages ----------------------------------------------------------------------------------

    def ensure_rows(self, first: int, last: int) -> None:
        """Load the pages holding rows first..last now (the view calls this before painting)."""
        if not self._ids:
            return
        first, last = max(0, first), min(len(self._ids) - 1, last)
        for page in range(first // PAGE_SIZE, last // PAGE_SIZE + 1):
            if page in self._pages:
                self._pages.move_to_end(page)
            else:
                self._load(page)

    def _load(self, page: int) -> None:
        start = page * PAGE_SIZE
        ids = self._ids[start:start + PAGE_SIZE]
        if not ids:
            return
        found = {a.id: a for a in self._fetch(ids)}
        self._pages[page] = [found.get(i) for i in ids]
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        self.dataChanged.emit(self.index(start, 0), self.index(start + len(ids) - 1, cols.COUNT - 1))

    def _request(self, page: int) -> None:
        if not self._wanted:
            QTimer.singleShot(0, self._on_timer_load_wanted)
        self._wanted.add(page)

    def _on_timer_load_wanted(self) -> None:
        wanted, self._wanted = self._wanted, set()
        for page in sorted(wanted):
            if page not in self._pages and page * PAGE_SIZE < len(self._ids):
                self._load(page)

    # -- the model ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else cols.COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < cols.COUNT:
            return cols.header(section)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        page = self._pages.get(index.row() // PAGE_SIZE)
        if page is None:
            self._request(index.row() // PAGE_SIZE)
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == cols.NAME else None
        attendee = page[index.row() % PAGE_SIZE]
        if attendee is None:  # deleted since the ids were listed
            return None
        return cols.data(attendee, index.column(), role, self._marks.get(attendee.id, ()))
