"""What the File menu's list actions open: the import wizard (also for a spreadsheet dropped on
the window), the export dialog, the print dialogs (sign-in sheets, blank sheets, badges and
name cards) and the restore dialog. Each dialog is imported when first asked for."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from desktop_app.ui.main_window import MainWindow




def open_import(window: MainWindow, path: Path | None = None) -> None:
    from desktop_app.ui.common.labels import number
    from desktop_app.ui.importing.import_wizard import ImportWizard

    conference_id = window.session.conference_id
    if conference_id is None:
        window.statusBar().showMessage(
            translate("FileActions", "Open a conference first: the list is imported into it."), 8000)
        return
    wizard = ImportWizard(window, window.session, conference_id, path, prefs=window.prefs)
    wizard.imported.connect(lambda report: window.statusBar().showMessage(
        (translate("FileActions", "Imported 1 person.") if report.imported == 1
         else translate("FileActions", "Imported {count} people.").format(count=number(report.imported))), 8000))
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()


def _open_paper_dialog(window: MainWindow, dialog_class: Callable[..., QDialog], **options: Any) -> None:
    """A dialog about the open conference's paper, freed when closed; nothing without a conference."""
    if window.session.conference_id is None:
        return
    dialog = dialog_class(window, window.session, window.session.conference_id, window.prefs, **options)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def open_export(window: MainWindow) -> None:
    from desktop_app.ui.paper.export_dialog import ExportDialog

    _open_paper_dialog(window, ExportDialog)


def open_print(window: MainWindow, *, blank: bool = False) -> None:
    from desktop_app.ui.paper.print_dialog import PrintDialog

    _open_paper_dialog(window, PrintDialog, blank=blank)


def open_cards(window: MainWindow) -> None:
    from desktop_app.ui.paper.cards_dialog import CardsDialog

    _open_paper_dialog(window, CardsDialog)


def open_invitations(window: MainWindow) -> None:
    from desktop_app.ui.paper.invitations_dialog import InvitationsDialog

    _open_paper_dialog(window, InvitationsDialog)


def open_share(window: MainWindow) -> None:
    """Share the open database with other desks (a server on this laptop, ui/share_dialog.py)."""
    from desktop_app.ui.share_dialog import share_current

    share_current(window)


def open_join(window: MainWindow) -> None:
    """Join a database another laptop shares; the window moves to it once it answered."""
    from desktop_app.ui.join_dialog import JoinDialog

    dialog = JoinDialog(window, desk=window.session.desk)
    dialog.joined.connect(lambda url: _open_joined(window, url))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.join_dialog = dialog


def _open_joined(window: MainWindow, url: str) -> None:
    from desktop_app.domain.errors import HoinghiError
    from desktop_app.domain.locations import ServerAddress
    from desktop_app.ui.common.forms import show_error

    try:
        window.open_database(ServerAddress(url))
    except HoinghiError as error:
        show_error(window, error)


def open_restore(window: MainWindow) -> None:
    from desktop_app.ui.restore_dialog import RestoreDialog

    dialog = RestoreDialog(window, window.session, window.prefs)
    dialog.restored.connect(lambda path: _reload_after_restore(window, path))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def _reload_after_restore(window: MainWindow, path: Path) -> None:
    """The restored database, shown as it is now; the conference stays open if it still exists."""
    from desktop_app.domain.errors import HoinghiError
    from desktop_app.ui.common.forms import show_error

    try:
        window.open_database(path)
    except HoinghiError as error:
        show_error(window, error)
        return
    window.statusBar().showMessage(
        translate("FileActions", "Backup restored into {name}.").format(name=path.name), 8000)


class SpreadsheetDrop(QObject):
    """Lets a spreadsheet be dropped anywhere on the window: it opens the import wizard with it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from desktop_app.ui.importing.import_wizard import dropped_file

        if watched is not self.window:
            return False
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent)
            if self.window.session.conference_id is not None and dropped_file(event) is not None:
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            path = dropped_file(event)
            if path is not None and self.window.session.conference_id is not None:
                event.acceptProposedAction()
                open_import(self.window, path)
                return True
        return False
