"""The import wizard's preview: every row of the list as the import will take it, with what will
happen to it (imported, changed, to check, skipped) and why, and a filter for the rows with
problems. Built from a dry run's report (ImportReport with keep_rows)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.exchange.import_report import ImportReport, RowNote
from desktop_app.messages import import_note
from desktop_app.ui.models.record_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex


class RowState(enum.IntEnum):
    OK = 0
    CHANGED = 1
    CHECK = 2
    SKIPPED = 3


# Soft backgrounds that keep black text readable; the state is also written in the State column,
# so nothing depends on telling colours apart.
BACKGROUNDS = {RowState.CHANGED: QColor("#fff4c2"), RowState.CHECK: QColor("#ffe1c4"),
               RowState.SKIPPED: QColor("#f9d6d5")}
UNMATCHED_COLOUR = QColor("#8a4b00")


@dataclass(frozen=True)
class PreviewEntry:
    """One row of the file in the preview."""

    row: int
    state: RowState
    name: str
    position: str = ""
    unit: str = ""
    phone: str = ""
    section: str = ""
    unit_matched: bool = True
    notes: tuple[RowNote, ...] = ()
    original_name: str = ""          # the name as written, when legacy text was converted

    def has(self, field: str) -> bool:
        return any(n.field == field for n in self.notes)


def preview_entries(report: ImportReport) -> list[PreviewEntry]:
    """The preview's rows, in the file's order. Plain Python: a worker builds them."""
    notes: dict[int, list[RowNote]] = {}
    skipped = {id(n) for n in report.skipped}
    warnings = {id(n) for n in report.warnings}
    for note in (*report.skipped, *report.changed, *report.warnings):
        notes.setdefault(note.row, []).append(note)
    entries: list[PreviewEntry] = []
    seen: set[int] = set()
    for r in report.rows:
        seen.add(r.row)
        row_notes = tuple(notes.get(r.row, ()))
        if not r.imported or r.person is None:
            state = RowState.SKIPPED
            row_notes = tuple(n for n in row_notes if id(n) in skipped) or row_notes  # why, not what was tidied
        elif any(id(n) in warnings for n in row_notes) or (r.person.unit_name and not r.unit_matched):
            state = RowState.CHECK
        elif row_notes:
            state = RowState.CHANGED
        else:
            state = RowState.OK
        p = r.person
        if p is not None:
            name, position, unit, phone = p.full_name, p.position, p.unit_name, p.phone
        else:   # a skipped row shows what the file says
            w = r.written
            name = w.get("full_name", "") if w else next((n.text for n in row_notes if n.text), "")
            position, unit, phone = w.get("position", ""), w.get("unit_name", ""), w.get("phone", "")
        entries.append(PreviewEntry(
            row=r.row, state=state, name=name, position=position, unit=unit, phone=phone, section=r.section_title,
            unit_matched=r.unit_matched or not (p and p.unit_name), notes=row_notes,
            original_name=r.original.get("full_name", "")))
    # Rows the reading itself set aside (a repeated header, a total line) have no preview row.
    for row, row_notes in notes.items():
        if row not in seen:
            entries.append(PreviewEntry(row=row, state=RowState.SKIPPED, name=row_notes[0].text,
                                        notes=tuple(row_notes)))
    entries.sort(key=lambda e: e.row)
    return entries


class ImportPreviewModel(RecordTableModel[PreviewEntry]):
    ROW, STATE, NOTES, NAME, POSITION, UNIT, PHONE, SECTION = range(8)
    COLUMN_COUNT = 8

    def set_entries(self, entries: list[PreviewEntry]) -> None:
        self._reset_rows(entries)

    def entry_at(self, row: int) -> PreviewEntry | None:
        return self._record(row)

    def reasons(self, entry: PreviewEntry) -> str:
        """Everything the import says about a row, in full."""
        return self._tooltip(entry, self.NOTES)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Row"), self.tr("What happens"), self.tr("Why"), self.tr("Full name"), self.tr("Position"),
                self.tr("Unit"), self.tr("Phone"), self.tr("Section"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(e, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(e, column)
        if role == Qt.ItemDataRole.BackgroundRole and e.state in BACKGROUNDS:
            return QBrush(BACKGROUNDS[e.state])
        if role == Qt.ItemDataRole.ForegroundRole:
            if e.state in BACKGROUNDS:
                return QBrush(QColor("black"))  # readable on the soft background in a dark theme too
            if column == self.UNIT and not e.unit_matched:
                return QBrush(UNMATCHED_COLOUR)
        if role == Qt.ItemDataRole.FontRole and self._flagged(e, column):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, e: PreviewEntry, column: int) -> str:
        if column == self.ROW:
            return str(e.row)
        if column == self.STATE:
            return state_label(e.state)
        if column == self.NOTES:
            return "; ".join(import_note(n.reason, n.to_dict()) for n in e.notes) or (
                "" if e.unit_matched else self.tr("unit not in the catalog: kept as written"))
        return (e.name, e.position, e.unit, e.phone, e.section)[column - self.NAME]

    def _flagged(self, e: PreviewEntry, column: int) -> bool:
        """A cell the import changed or wants checked."""
        field = {self.NAME: "full_name", self.POSITION: "position", self.PHONE: "phone"}.get(column)
        return field is not None and e.state is not RowState.SKIPPED and e.has(field)

    def _tooltip(self, e: PreviewEntry, column: int) -> str:
        lines = []
        if column == self.NAME and e.original_name and e.original_name != e.name:
            lines.append(self.tr("Written in the file as: {text}").format(text=e.original_name))
        if column == self.UNIT and not e.unit_matched:
            lines.append(self.tr("Not in the unit catalog: kept as written."))
        for n in e.notes:
            line = import_note(n.reason, n.to_dict())
            if n.before or n.after:
                line += f": “{n.before}” → “{n.after}”"
            lines.append(line)
        return "\n".join(lines) or self._display(e, column)


def state_label(state: RowState) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        RowState.OK: lambda: QCoreApplication.translate("ImportPreviewModel", "Imported"),
        RowState.CHANGED: lambda: QCoreApplication.translate("ImportPreviewModel", "Imported, corrected"),
        RowState.CHECK: lambda: QCoreApplication.translate("ImportPreviewModel", "Imported, check it"),
        RowState.SKIPPED: lambda: QCoreApplication.translate("ImportPreviewModel", "Skipped"),
    }[state]()


class ProblemFilter(enum.IntEnum):
    ALL = 0
    PROBLEMS = 1
    SKIPPED = 2
    CHANGED = 3
    CHECK = 4
    UNMATCHED = 5


class PreviewFilterProxy(QSortFilterProxyModel):
    """Shows all rows, or only those with a kind of problem."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._mode = ProblemFilter.ALL

    def set_mode(self, mode: ProblemFilter) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._mode = ProblemFilter(mode)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._mode = ProblemFilter(mode)
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self._mode is ProblemFilter.ALL or not isinstance(model, ImportPreviewModel):
            return True
        e = model.entry_at(source_row)
        if e is None:
            return False
        return {
            ProblemFilter.PROBLEMS: e.state is not RowState.OK,
            ProblemFilter.SKIPPED: e.state is RowState.SKIPPED,
            ProblemFilter.CHANGED: e.state is RowState.CHANGED or (e.state is RowState.CHECK and any(
                n.before or n.after for n in e.notes)),
            ProblemFilter.CHECK: e.state is RowState.CHECK,
            ProblemFilter.UNMATCHED: not e.unit_matched and e.state is not RowState.SKIPPED,
        }[self._mode]
