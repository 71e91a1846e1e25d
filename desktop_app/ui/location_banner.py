"""A bar above the views while the open database lives in a risky place (a OneDrive, Dropbox or
Google Drive folder, a network share): it says why, and offers to move the database to the
default folder, copying it through the store's backup API and opening the copy."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDir, QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QToolButton, QWidget

from desktop_app.domain.locations import RiskyPlace, risky_place
from desktop_app.messages import risky_place_warning
from desktop_app.ui.common import data_folder

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

translate = QCoreApplication.translate


class LocationBanner(QFrame):
    """Hidden while the database is on a local disk (or none is open)."""

    move_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("location_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#location_banner { background: #fff4ce; color: #3b2f00; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.move_button = QPushButton(self)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.move_button.clicked.connect(lambda _checked=False: self.move_requested.emit())
        self.close_button.clicked.connect(lambda _checked=False: self.hide())
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.move_button)
        row.addWidget(self.close_button)
        self.place: RiskyPlace | None = None
        self.path: Path | None = None
        self.retranslate()
        self.hide()

    def show_for(self, path: Path | None) -> None:
        """Show the warning for `path` if it is in a risky place; hide it otherwise."""
        self.path = path
        self.place = risky_place(path) if path is not None else None
        target = data_folder.default_folder()
        # Moving helps only if the default folder is safe itself (a home on a server share is not).
        self.move_button.setVisible(self.place is not None and risky_place(target) is None)
        self.retranslate()
        self.setVisible(self.place is not None)

    def retranslate(self) -> None:
        folder = QDir.toNativeSeparators(str(data_folder.default_folder()))
        self.move_button.setText(self.tr("Move it to {folder}").format(folder=folder))
        self.move_button.setToolTip(self.tr(
            "Copies the database to {folder} on this computer's disk and opens the copy there. The file here "
            "is left as it is: delete it once no desk uses it.").format(folder=folder))
        self.close_button.setToolTip(self.tr("Hide this warning until the database is opened again"))
        if self.place is not None:
            self.label.setText(risky_place_warning(self.place.kind, self.place.where))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def move_to_default_folder(window: MainWindow) -> None:
    """Copy the open database into the default folder (the backup API: a complete, consistent copy
    even while other desks write) and open the copy; the original stays where it was."""
    from desktop_app.store.backup import backup_copy
    from desktop_app.ui.common.workers import Task, run_with_progress

    source = window.session.path
    if source is None:
        return
    target = data_folder.unused_name(data_folder.default_folder(create=True), source.name)
    title = translate("LocationBanner", "Move the database")

    def _on_copied(written: object) -> None:
        window.prefs.forget_database(str(source.resolve()))
        window.open_path(Path(str(written)))
        QMessageBox.information(window, title, translate("LocationBanner",
            "The database was copied to {path} and is open from there. The file in {old} was left as it "
            "was: open the new one at every desk, then delete the old one.").format(
                path=QDir.toNativeSeparators(str(written)), old=QDir.toNativeSeparators(str(source.parent))))

    task = Task(source, lambda db, _progress: backup_copy(db, target), desk=window.session.desk)
    window.task_run = run_with_progress(window, task, title=title, label=translate("LocationBanner",
        "Copying {name} to {folder}…").format(name=source.name, folder=QDir.toNativeSeparators(str(target.parent))),
        on_done=_on_copied)
