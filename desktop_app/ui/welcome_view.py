"""The first thing shown while no database is open: create one, open one, or open the demo
conference; the databases used recently; where databases are kept. A page of the window, not a
dialog: the menus stay usable and nothing has to be dismissed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.domain.locations import ServerAddress, database_location, shown_location
from desktop_app.ui.common.data_folder import default_folder
from desktop_app.ui.common.preferences import Preferences

MAX_RECENT_SHOWN = 5


class WelcomeView(QScrollArea):
    """Emits what the user chose; the window does it (the same code as the File menu)."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_view")
        self.prefs = prefs
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        page = QWidget(self)
        column = QWidget(page)
        column.setMaximumWidth(680)
        self.icon = QLabel(column)
        self.icon.setPixmap(QApplication.windowIcon().pixmap(72, 72))
        self.title = QLabel(APP_NAME, column)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) * 2.0)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.subtitle = QLabel(column)
        self.subtitle.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addLayout(heading, 1)
        self.new_button = self._choice(column, self.new_requested)
        self.open_button = self._choice(column, self.open_requested)
        self.demo_button = self._choice(column, self.demo_requested)
        self.recent_label = QLabel(column)
        self.recent_label.setFont(_bold(self.recent_label.font()))
        self.recent_box = QVBoxLayout()
        self.recent_box.setSpacing(0)
        self.folder_label = QLabel(column)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(column)
        layout.addLayout(top)
        layout.addSpacing(18)
        for button in (self.new_button, self.open_button, self.demo_button):
            layout.addWidget(button)
        layout.addSpacing(12)
        layout.addWidget(self.recent_label)
        layout.addLayout(self.recent_box)
        layout.addSpacing(12)
        layout.addWidget(self.folder_label)
        outer = QHBoxLayout(page)
        outer.addStretch(1)
        outer.addWidget(column, 4)
        outer.addStretch(1)
        outer.setAlignment(column, Qt.AlignmentFlag.AlignVCenter)
        self.setWidget(page)
        self.recent_buttons: list[QCommandLinkButton] = []
        self.retranslate()

    def _choice(self, parent: QWidget, signal: Signal) -> QCommandLinkButton:
        button = QCommandLinkButton(parent)
        button.clicked.connect(lambda _checked=False: signal.emit())
        return button

    def retranslate(self) -> None:
        self.subtitle.setText(self.tr("Registration and check-in of conference attendees. Everything is kept in "
                                      "one database file on this computer; no network is needed."))
        self.new_button.setText(self.tr("Create a new database"))
        self.new_button.setDescription(self.tr("An empty database for your conferences and their attendees."))
        self.open_button.setText(self.tr("Open an existing database"))
        self.open_button.setDescription(self.tr("A database made earlier, on this computer or copied from another "
                                                "one (a .sqlite file)."))
        self.demo_button.setText(self.tr("Open the demo conference"))
        self.demo_button.setDescription(self.tr("The training conference of Lạng Sơn province on 14/9/2022 with "
                                                "about 120 attendees, to try everything out safely."))
        self.recent_label.setText(self.tr("Used recently"))
        self.folder_label.setText(self.tr("New databases are kept in {folder}").format(
            folder=_native(default_folder())))
        self.update_recent()

    def update_recent(self) -> None:
        for button in self.recent_buttons:
            self.recent_box.removeWidget(button)
            button.deleteLater()
        self.recent_buttons = []
        for path in self.prefs.recent_databases[:MAX_RECENT_SHOWN]:
            place = database_location(path)
            where = shown_location(place) if isinstance(place, ServerAddress) else _native(place.parent)
            button = QCommandLinkButton(place.name, where, self.widget())
            button.setToolTip(path)
            button.clicked.connect(lambda _checked=False, p=path: self.recent_requested.emit(p))
            self.recent_box.addWidget(button)
            self.recent_buttons.append(button)
        self.recent_label.setVisible(bool(self.recent_buttons))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _bold(font: QFont) -> QFont:
    font = QFont(font)
    font.setBold(True)
    return font


def _native(path: Path) -> str:
    from PySide6.QtCore import QDir

    return QDir.toNativeSeparators(str(path))
