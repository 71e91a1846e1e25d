"""File → Restore a backup: the automatic backups of the database (when and why each was taken),
or any backup file; after a confirmation the database becomes that copy, on a worker. What was
there first is saved before (so a restore can itself be undone) and the window shows the
restored content. Works for a database the window could not open, too."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.models import BackupCopy
from desktop_app.messages import long_write_warning
from desktop_app.ui.common import labels
from desktop_app.ui.common.data_folder import start_folder
from desktop_app.ui.common.exchange_labels import file_size
from desktop_app.ui.common.forms import confirm
from desktop_app.ui.common.job_runner import FileTask
from desktop_app.ui.common.preferences import Preferences
from desktop_app.ui.common.session import Session
from desktop_app.ui.common.tables import record_table
from desktop_app.ui.common.workers import TaskRun, run_with_progress
from desktop_app.ui.models.record_model import RecordTableModel

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex


def reason_label(reason: str) -> str:
    """Why an automatic backup was taken ("before-import"), in words."""
    known = {"before-import": translate("RestoreDialog", "Before an import"),
             "before-restore": translate("RestoreDialog", "Before a restore"),
             "before-delete-conference": translate("RestoreDialog", "Before a conference was deleted"),
             "before-delete-attendees": translate("RestoreDialog", "Before attendees were deleted"),
             "manual": translate("RestoreDialog", "Backup copy made by hand")}
    if reason in known:
        return known[reason]
    version = re.fullmatch(r"before-v(\d+)", reason)
    if version:
        return translate("RestoreDialog", "Before the update to schema {version}").format(
            version=version.group(1))
    return reason.replace("-", " ")


class BackupListModel(RecordTableModel[BackupCopy]):
    TAKEN, REASON, SIZE = range(3)
    COLUMN_COUNT = 3

    def set_backups(self, backups: list[BackupCopy]) -> None:
        self._reset_rows(backups)

    def backup_at(self, row: int) -> BackupCopy | None:
        return self._record(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Taken"), self.tr("Why"), self.tr("Size"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        b = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{b.taken_at:%d/%m/%Y %H:%M:%S}", reason_label(b.reason), file_size(b.size))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(b.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RestoreDialog(QDialog):
    restored = Signal(object)          # the database's Path, now holding the backup's content

    def __init__(self, parent: QWidget | None, session: Session, prefs: Preferences) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.session = session
        self.prefs = prefs
        self.task_run: TaskRun | None = None
        last = prefs.last_database
        self.database: Path | None = session.path or (Path(last) if last else None)
        self.chosen_file: Path | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.database_label = QLabel(self)
        self.database_label.setWordWrap(True)
        self.database_button = QPushButton(self)
        self.database_button.clicked.connect(self.choose_database)
        self.list_label = QLabel(self)
        self.model = BackupListModel(self)
        self.view = record_table(QTableView(self), self.model, "backup_list", stretch=BackupListModel.REASON,
                                 widths=((BackupListModel.TAKEN, 170),))
        self.view.doubleClicked.connect(lambda _index: self.restore())
        self.list_label.setBuddy(self.view)
        self.file_button = QPushButton(self)
        self.file_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database_label, 1)
        database_row.addWidget(self.database_button)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_button)
        file_row.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(database_row)
        layout.addWidget(self.list_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(file_row)
        layout.addWidget(self.buttons)
        self.resize(720, 480)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore a backup"))
        self.intro.setText(self.tr("The database becomes the chosen copy. What it holds now is saved first, "
                                   "so a restore can itself be undone the same way."))
        self.database_button.setText(self.tr("&Another database…"))
        self.list_label.setText(self.tr("&Automatic backups, newest first:"))
        self.file_button.setText(self.tr("Or choose a backup &file…"))
        self.restore_button.setText(self.tr("&Restore…"))
        self._show_database()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_database(self) -> None:
        if self.database is None:
            self.database_label.setText(self.tr("No database chosen."))
        else:
            self.database_label.setText(self.tr("Database: <b>{name}</b> ({folder})").format(
                name=escape(self.database.name), folder=escape(str(self.database.parent))))
        self.file_label.setText(escape(str(self.chosen_file)) if self.chosen_file else "")

    def refresh(self) -> None:
        from desktop_app.store.backup import backup_history

        self.model.set_backups(backup_history(self.database) if self.database else [])
        if self.model.rowCount():
            self.view.selectRow(0)
        self.restore_button.setEnabled(self.database is not None and (self.model.rowCount() > 0
                                                                      or self.chosen_file is not None))

    # -- choosing --------------------------------------------------------------------------------------

    def choose_database(self) -> None:
        start = str(start_folder(self.database))
        name, _ = QFileDialog.getOpenFileName(self, self.tr("The database to restore"), start, self.tr(
            "hoinghi databases (*.sqlite *.db);;All files (*)"))
        if name:
            self.database, self.chosen_file = Path(name), None
            self._show_database()
            self.refresh()

    def choose_file(self) -> None:
        start = str(start_folder(self.database))
        name, _ = QFileDialog.getOpenFileName(self, self.tr("The backup to restore"), start, self.tr(
            "hoinghi databases (*.sqlite *.db);;All files (*)"))
        if name:
            self.chosen_file = Path(name)
            self.view.clearSelection()
            self._show_database()
            self.refresh()
            self.view.clearSelection()

    def source(self) -> tuple[Path, str] | None:
        """The backup to restore and how to name it to the person."""
        rows = self.view.selectionModel().selectedRows()
        if rows:
            b = self.model.backup_at(rows[0].row())
            if b is not None:
                return b.path, self.tr("the automatic backup of {time} ({why})").format(
                    time=labels.datetime_text(b.taken_at), why=reason_label(b.reason).lower())
        if self.chosen_file is not None:
            return self.chosen_file, f"“{self.chosen_file.name}”"
        return None

    # -- restoring -------------------------------------------------------------------------------------

    def restore(self) -> None:
        source = self.source()
        if source is None or self.database is None:
            return
        path, described = source
        target = self.database
        if not confirm(self, self.windowTitle(), self.tr(
                "Replace everything in “{database}” with {backup}? Every desk using the database will see the "
                "restored content. What it holds now is saved first.").format(database=target.name, backup=described)
                + "\n\n" + long_write_warning(), yes=self.tr("&Restore")):
            return
        desk = self.session.desk

        def job(_db: None, _progress: Any) -> Any:
            from desktop_app.store.database import restore_database

            restored = restore_database(target, path, desk=desk)
            restored.db.close()
            return restored.previous_state

        self.task_run = run_with_progress(self, FileTask(job), title=self.windowTitle(),
                                          label=self.tr("Restoring {name}…").format(name=target.name),
                                          on_done=lambda _previous: self._on_restored(target))

    def _on_restored(self, target: Path) -> None:
        self.restored.emit(target)
        self.accept()
