"""The desk's widgets and their arrangement at 1366×768: the field, the results and the buttons on
the left; the confirmation, the counters and the latest check-ins on the right. What they do is in
desk_view.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.elided_label import ElidedLabel
from desktop_app.ui.common.forms import ERROR_STYLE
from desktop_app.ui.common.hint_table import HintTableView
from desktop_app.ui.desk.desk_panels import ConfirmationPanel, CounterPanel
from desktop_app.ui.models.recent_check_in_model import RecentCheckInModel
from desktop_app.ui.models.search_result_model import SearchResultModel


def scaled(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * factor)
    font.setBold(bold)
    return font


class DeskLayout:
    """Builds the desk's widgets on `view`; `retranslate` words them (context "DeskView")."""

    def __init__(self, view: QWidget) -> None:
        self.view = view
        self.title = ElidedLabel(view)
        self.title.setObjectName("desk_title")
        self.topic_label = QLabel(view)
        self.topic_box = QComboBox(view)
        self.topic_box.setMinimumWidth(260)
        self.topic_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.topic_box.setMinimumContentsLength(28)
        self.topic_label.setBuddy(self.topic_box)
        self.desk_label = QLabel(view)
        self.link_label = QLabel(view)   # on a server: connected or alone, what waits to be sent
        self.link_label.setObjectName("desk_link")
        self.link_label.setWordWrap(True)
        self.link_label.hide()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.topic_label)
        top.addWidget(self.topic_box)
        top.addSpacing(16)
        top.addWidget(self.desk_label)

        self.field = QLineEdit(view)
        self.field.setObjectName("desk_field")
        self.message = QLabel(view)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.results = SearchResultModel(view)
        self.table = self._results_table(view)
        self.check_in_button, self.walk_in_button, self.substitute_button, self.undo_button = (
            QPushButton(view) for _ in range(4))
        buttons = QHBoxLayout()
        for button in (self.check_in_button, self.walk_in_button, self.substitute_button, self.undo_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click must not take the scanner's keystrokes
            button.setMinimumHeight(38)
            buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.field)
        left.addWidget(self.message)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)

        self.confirmation = ConfirmationPanel(view)
        self.counters = CounterPanel(view)
        self.recent_label = QLabel(view)
        self.recent = RecentCheckInModel(view)
        self.recent_table = self._recent_table(view)
        right = QVBoxLayout()
        right.addWidget(self.confirmation)
        right.addWidget(self.counters, 3)
        right.addWidget(self.recent_label)
        right.addWidget(self.recent_table, 2)

        body = QHBoxLayout()
        body.addLayout(left, 2)   # the matches first: at 1024 pixels their names still read whole
        body.addSpacing(8)
        body.addLayout(right, 1)
        layout = QVBoxLayout(view)
        layout.addLayout(top)
        layout.addWidget(self.link_label)
        layout.addLayout(body, 1)
        self.apply_fonts()

    def _results_table(self, view: QWidget) -> HintTableView:
        table = ResultsTable(view)
        table.setObjectName("desk_results")
        table.setModel(self.results)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # scans must keep landing in the field
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)   # the name takes what is left
        for column in (3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _recent_table(self, view: QWidget) -> QTableView:
        table = QTableView(view)
        table.setObjectName("desk_recent")
        table.setModel(self.recent)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.verticalHeader().hide()
        table.setShowGrid(False)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):   # name and unit share the panel's width: no sideways scrolling
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        return table

    def apply_fonts(self) -> None:
        """Sizes relative to the window's font (the Settings font size), columns included."""
        view = self.view
        self.title.setFont(scaled(view, 1.15, bold=True))
        self.field.setFont(scaled(view, 1.8))
        self.field.setMinimumHeight(self.field.fontMetrics().height() + 22)
        self.message.setMinimumHeight(view.fontMetrics().height() * 2)
        self.table.setFont(scaled(view, 1.2))
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        self.recent_table.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        self.confirmation.apply_fonts()
        self.counters.apply_fonts()

    def retranslate(self, desk: str) -> None:
        self.field.setPlaceholderText(QCoreApplication.translate(
            "DeskView", "Name, unit or code — or scan the invitation"))
        self.field.setAccessibleName(QCoreApplication.translate("DeskView", "Find or scan"))
        self.topic_label.setText(QCoreApplication.translate("DeskView", "&Attendance for:"))
        self.check_in_button.setText(QCoreApplication.translate("DeskView", "Check in  (Enter)"))
        self.walk_in_button.setText(QCoreApplication.translate("DeskView", "Walk-in…  (F2)"))
        self.substitute_button.setText(QCoreApplication.translate("DeskView", "Substitute…  (F3)"))
        self.undo_button.setText(QCoreApplication.translate("DeskView", "Undo last  (Ctrl+Z)"))
        self.walk_in_button.setToolTip(QCoreApplication.translate(
            "DeskView", "Someone not on the list: add and check in"))
        self.substitute_button.setToolTip(QCoreApplication.translate(
            "DeskView", "The unit sent someone else: select the invited person in the results first"))
        self.undo_button.setToolTip(QCoreApplication.translate(
            "DeskView", "Undo the latest check-in made at this desk"))
        self.recent_label.setText(QCoreApplication.translate("DeskView", "Latest check-ins at this desk"))
        self.table.set_hint(QCoreApplication.translate(
            "DeskView", "Matches appear here as you type: ↑ ↓ to choose, Enter to check in, Esc to start again. "
            "Accents are optional: “dang thi hoa” finds Đặng Thị Hoà."))
        self.desk_label.setText(QCoreApplication.translate("DeskView", "Desk: <b>{desk}</b>").format(desk=desk))


class ResultsTable(HintTableView):
    """The desk's matches: the position and the unit take a share of what the time and the status
    leave, the name the rest, so that at 1024 pixels the name, which the clerk reads first, is
    the widest column rather than one of three equal ones."""

    SHARES = ((1, 0.25), (2, 0.30))   # position, unit
    FITTED = (3, 4)               # time and status: as wide as their contents

    def setModel(self, model) -> None:
        super().setModel(model)
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        header = self.horizontalHeader()
        free = self.viewport().width() - sum(header.sectionSize(c) for c in self.FITTED)
        for column, share in self.SHARES:
            header.resizeSection(column, max(60, int(free * share)))

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column in self.FITTED:   # the contents changed: a new status, a first check-in time
            self.fit()
