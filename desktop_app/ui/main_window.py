"""The main window. For now: the conferences of the open database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QTableView

from desktop_app.store import Database, open_database
from desktop_app.store.conferences import list_conferences
from desktop_app.ui.models.conference_table_model import ConferenceTableModel


class MainWindow(QMainWindow):
    """The conferences of the open database."""

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.db: Database | None = None
        self.model = ConferenceTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setCentralWidget(self.table)
        self.setWindowTitle("hoinghi")
        self.resize(1200, 700)

    def open_database(self, path: Path) -> None:
        self.db = open_database(path, create=False, desk=self._desk())
        if self.settings is not None:
            self.settings.setValue("last_database", str(path))
        self.setWindowTitle(f"hoinghi — {path.name}")
        self.refresh()

    def _desk(self) -> str:
        import socket

        value = self.settings.value("desk_name", "") if self.settings is not None else ""
        return str(value) or socket.gethostname()

    def refresh(self) -> None:
        if self.db is not None:
            self.model.set_conferences(list_conferences(self.db))
