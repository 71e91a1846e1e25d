"""Statistics of the current conference: totals, then per section, per unit and per topic (invited,
present, absent, share as a bar), and the units with nobody present. Counted on a worker: at
100,000 attendees the counts take most of a second."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.models import ConferenceStats
from desktop_app.store.stats import conference_stats
from desktop_app.ui.common import labels
from desktop_app.ui.common.bar_delegate import BarDelegate
from desktop_app.ui.common.empty_state import EmptyState
from desktop_app.ui.common.session import Session
from desktop_app.ui.common.workers import JobRunner, Task, error_text
from desktop_app.ui.models.group_stats_model import GroupStatsModel, SortRole

GS = GroupStatsModel


def _table(parent: QWidget, model: GroupStatsModel, hidden: tuple[int, ...], name: str) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the store's order until a header is clicked
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setItemDelegateForColumn(GS.SHARE, BarDelegate(table))
    for column in hidden:
        table.setColumnHidden(column, True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(GS.TITLE, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(GS.SHARE, QHeaderView.ResizeMode.Fixed)
    header.resizeSection(GS.SHARE, 170)
    return table


class StatsView(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stats: ConferenceStats | None = None
        self.loader = JobRunner(self)
        self.loader.succeeded.connect(self._on_loader_succeeded)
        self.loader.failed.connect(self._on_loader_failed)
        self.loader.running_changed.connect(self._on_loader_running_changed)
        self.summary = QLabel(self)
        self.summary.setObjectName("stats_summary")
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.3)
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setWordWrap(True)
        self.status = QLabel(self)
        self.sections = GroupStatsModel(self, header=lambda: self.tr("Section"))
        self.units = GroupStatsModel(self, title_of=labels.unit_title, header=lambda: self.tr("Unit"))
        self.topics = GroupStatsModel(self, title_of=str, header=lambda: self.tr("Topic"))
        self.absent = GroupStatsModel(self, title_of=labels.unit_title, header=lambda: self.tr("Unit"))
        share_only = (GS.PRESENT_OF_INVITED,)
        self.section_table = _table(self, self.sections, share_only, "stats_sections")
        self.unit_table = _table(self, self.units, share_only, "stats_units")
        self.topic_table = _table(self, self.topics, (GS.PRESENT_OF_INVITED, GS.ABSENT), "stats_topics")
        # Section and topic titles are long and the column narrow at 1024×768: wrapped, never cut.
        for table in (self.section_table, self.topic_table):
            table.setWordWrap(True)
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setSectionResizeMode(GS.SHARE, QHeaderView.ResizeMode.Stretch)
        self.absent_table = _table(self, self.absent, (GS.PRESENT_OF_INVITED, GS.PRESENT, GS.ABSENT, GS.SHARE),
                                   "stats_absent")
        self.captions = [QLabel(self) for _ in range(4)]
        for caption in self.captions:
            caption.setFont(QFont(font.family(), -1, QFont.Weight.Bold))
        grid = QGridLayout()
        grid.addWidget(self.captions[0], 0, 0)
        grid.addWidget(self.section_table, 1, 0)
        grid.addWidget(self.captions[2], 2, 0)
        grid.addWidget(self.topic_table, 3, 0)
        grid.addWidget(self.captions[3], 4, 0)
        grid.addWidget(self.absent_table, 5, 0)
        grid.addWidget(self.captions[1], 0, 1)
        grid.addWidget(self.unit_table, 1, 1, 5, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 6)
        for row, stretch in ((1, 3), (3, 3), (5, 3)):
            grid.setRowStretch(row, stretch)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.status)
        inner.addLayout(head)
        inner.addLayout(grid, 1)
        self.empty_state = EmptyState(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._stale = True
        self._counting = False   # the loader's running job counts the present of the figures shown
        self.retranslate()
        session.conference_changed.connect(self._on_session_conference_changed)
        session.database_changed.connect(self._on_session_conference_changed)
        session.data_changed.connect(self._on_session_data_changed)

    def retranslate(self) -> None:
        for caption, text in zip(self.captions, (self.tr("By section"), self.tr("By unit"), self.tr("By session topic"),
                                                 self.tr("Units with nobody present")), strict=True):
            caption.setText(text)
        self.empty_state.set_text(self.tr("No conference is open"),
                                  self.tr("Open a conference in Conferences (Ctrl+1) to see its statistics."))
        self._show_summary()
        for model in (self.sections, self.units, self.topics, self.absent):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_summary(self) -> None:
        s = self.stats
        if s is None:
            self.summary.setText(self.tr("Counting…"))
            return
        self.summary.setText(self.tr(
            "Invited {invited} · present {present} ({percent}) · not yet arrived {absent} · "
            "walk-ins {walk_ins} · substitutes {substitutes}").format(
            invited=labels.number(s.invited), present=labels.number(s.present) if s.counted else "…",
            percent=labels.percent_text(s.present, s.invited),
            absent=labels.number(s.absent) if s.absent is not None else "…",
            walk_ins=labels.number(s.walk_ins), substitutes=labels.number(s.substitutes)))

    # -- loading --------------------------------------------------------------------------------

    def refresh(self, *, replace: bool = True) -> None:
        self._stale = False
        db, path, conference_id = self.session.db, self.session.path, self.session.conference_id
        if db is None or path is None or conference_id is None:
            self.stack.setCurrentWidget(self.empty_state)
            self.stats = None
            return
        self.stack.setCurrentIndex(1)
        # A first count shows the groups before their present are counted (_count_present); a
        # refresh of figures on screen (another desk's check-in) counts all at once.
        present = self.stats is not None
        self.loader.request(Task(path, lambda db, _p: conference_stats(db, conference_id, present=present),
                                 desk=self.session.desk), replace=replace or self._counting)
        self._counting = False

    def _count_present(self, path, conference_id: int) -> None:
        """The figures again with the present counted: at a million people the check-ins take
        as long as the groups, so the groups are shown first with "…"."""
        self._counting = True
        self.loader.request(Task(path, lambda db, _p: conference_stats(db, conference_id), desk=self.session.desk),
                            replace=False)

    @property
    def rows_loading(self) -> bool:
        """Whether the figures shown are still being counted (their present may follow)."""
        return self.loader.running and not self._counting

    def _on_loader_succeeded(self, stats: ConferenceStats) -> None:
        counting, self._counting = self._counting, False
        if not stats.counted and not counting and self.session.path is not None \
                and self.session.conference_id is not None and not self.loader.running:
            self._count_present(self.session.path, self.session.conference_id)
        self.stats = stats
        self.sections.set_groups(stats.sections)
        self.units.set_groups(stats.units)
        self.topics.set_groups(stats.topics)
        self.absent.set_groups(stats.units_absent)
        self._show_summary()

    def _on_loader_failed(self, error: object) -> None:
        self._counting = False
        self.status.setText(error_text(error))

    def _on_loader_running_changed(self, busy: bool) -> None:
        self.status.setText(self.tr("Counting…") if busy else "")

    def _on_session_conference_changed(self) -> None:
        self.stats = None
        for model in (self.sections, self.units, self.topics, self.absent):
            model.set_groups([])
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _on_session_data_changed(self, _external: bool) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh(replace=False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
