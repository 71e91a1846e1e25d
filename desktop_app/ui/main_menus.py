"""The main window's menus and toolbar: File (databases; import, export, print; backup and
restore), Conference, View, Settings, Help.

Actions that work on the current conference's lists (import, export, print) are made with
`conference_action()`: they are enabled only while a conference is open; file_actions.py opens
their dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QStyle, QToolBar

from desktop_app import APP_NAME, __version__
from desktop_app.domain.locations import database_location, shown_location
from desktop_app.store.backup import backup_copy, is_database_file
from desktop_app.ui import file_actions
from desktop_app.ui.common.data_folder import start_folder
from desktop_app.ui.common.workers import Task, run_with_progress
from desktop_app.ui.server_offline import needs_server_text

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

DATABASE_SUFFIX = ".sqlite"


class MainMenus(QObject):
    """Builds and words the window's actions; `update_enabled()` follows the session."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.conference_actions: list[QAction] = []
        self._words: list[tuple[QAction | QMenu, Callable[[], str]]] = []
        self._build_actions()
        bar = window.menuBar()
        self.file_menu = self._build_file_menu()
        self.conference_menu = self._build_conference_menu()
        self.view_menu = self._build_view_menu()
        self.settings_menu = self._menu(lambda: self.tr("&Settings"), [self.settings_action, self.units_action])
        self.help_menu = self._menu(lambda: self.tr("&Help"), [self.about_action, self.about_qt_action])
        for menu in (self.file_menu, self.conference_menu, self.view_menu, self.settings_menu, self.help_menu):
            bar.addMenu(menu)
        self.toolbar = self._build_toolbar()
        self.drop = file_actions.SpreadsheetDrop(window)
        self.update_recent()

    # -- helpers --------------------------------------------------------------------------------

    def action(self, text: Callable[[], str], slot: Callable[[], object], shortcut: QKeySequence | str | None = None,
               icon: QStyle.StandardPixmap | None = None) -> QAction:
        act = QAction(self.window)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            act.setIcon(self.window.style().standardIcon(icon))
        act.triggered.connect(lambda _checked=False: slot())
        self._words.append((act, text))
        return act

    def conference_action(self, text: Callable[[], str], slot: Callable[[], object],
                          shortcut: QKeySequence | str | None = None) -> QAction:
        """An action that needs the current conference: disabled while none is open."""
        act = self.action(text, slot, shortcut)
        self.conference_actions.append(act)
        return act

    def _menu(self, title: Callable[[], str], actions: list[QAction | None]) -> QMenu:
        menu = QMenu(self.window)
        self._words.append((menu, title))
        for act in actions:
            if act is None:
                menu.addSeparator()
            else:
                menu.addAction(act)
        return menu

    # -- building -------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.new_database_action = self.action(lambda: self.tr("&New database…"), self.new_database,
                                               "Ctrl+Shift+N", sp.SP_FileIcon)
        self.open_database_action = self.action(lambda: self.tr("&Open database…"), self.open_database,
                                                QKeySequence.StandardKey.Open, sp.SP_DialogOpenButton)
        self.demo_action = self.action(lambda: self.tr("New &demo database…"), self.new_demo)
        self.share_action = self.action(lambda: self.tr("S&hare this database with other desks…"),
                                        lambda: file_actions.open_share(self.window))
        self.join_action = self.action(lambda: self.tr("&Join a shared database…"),
                                       lambda: file_actions.open_join(self.window))
        self.backup_action = self.action(lambda: self.tr("&Backup copy…"), self.backup, "Ctrl+Shift+B",
                                         sp.SP_DialogSaveButton)
        self.restore_action = self.action(lambda: self.tr("&Restore a backup…"),
                                          lambda: file_actions.open_restore(self.window))
        self.import_action = self.conference_action(lambda: self.tr("&Import an invite list…"),
                                                    lambda: file_actions.open_import(self.window), "Ctrl+I")
        self.export_action = self.conference_action(lambda: self.tr("&Export…"),
                                                    lambda: file_actions.open_export(self.window), "Ctrl+Shift+E")
        self.print_action = self.conference_action(lambda: self.tr("&Print the sign-in sheet…"),
                                                   lambda: file_actions.open_print(self.window),
                                                   QKeySequence.StandardKey.Print)
        self.print_blank_action = self.conference_action(lambda: self.tr("Print a b&lank sign-in sheet…"),
                                                         lambda: file_actions.open_print(self.window, blank=True))
        self.cards_action = self.conference_action(lambda: self.tr("B&adges and name cards…"),
                                                   lambda: file_actions.open_cards(self.window), "Ctrl+Shift+P")
        self.invitations_action = self.conference_action(lambda: self.tr("&Invitations…"),
                                                         lambda: file_actions.open_invitations(self.window))
        # Ctrl+Q written out: Windows has no standard key for Quit.
        self.quit_action = self.action(lambda: self.tr("&Quit"), self.window.close, "Ctrl+Q")
        self.settings_action = self.action(lambda: self.tr("&Preferences…"), self.preferences, "Ctrl+,")
        self.units_action = self.action(lambda: self.tr("&Unit catalog…"), self.unit_catalog)
        self.about_action = self.action(lambda: self.tr("&About hoinghi"), self.about)
        self.about_qt_action = self.action(lambda: self.tr("About &Qt"), self._about_qt)
        self.full_screen_action = self.action(lambda: self.tr("&Full screen"), self.toggle_full_screen, "F11")
        self.full_screen_action.setCheckable(True)
        names = (lambda: self.tr("&Conferences"), lambda: self.tr("&Attendees"), lambda: self.tr("Session &topics"),
                 lambda: self.tr("Check-in &desk"), lambda: self.tr("&Statistics"))
        self.view_actions = [self.action(name, lambda i=i: self.window.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")
                             for i, name in enumerate(names)]

    def _build_file_menu(self) -> QMenu:
        self.recent_menu = QMenu(self.window)
        self._words.append((self.recent_menu, lambda: self.tr("Open re&cent")))
        self.recent_menu.aboutToShow.connect(self.update_recent)
        menu = self._menu(lambda: self.tr("&File"), [self.new_database_action, self.open_database_action])
        menu.addMenu(self.recent_menu)
        menu.addAction(self.demo_action)
        menu.addSeparator()
        menu.addAction(self.share_action)   # several desks on one database (a server on this laptop)
        menu.addAction(self.join_action)
        menu.addSeparator()
        # Lists of the current conference in and out (file_actions.py opens the dialogs).
        for act in (self.import_action, self.export_action, None, self.print_action, self.print_blank_action,
                    self.cards_action, None, self.backup_action, self.restore_action):
            if act is None:
                menu.addSeparator()
            else:
                menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        return menu

    def _build_conference_menu(self) -> QMenu:
        c = self.window.conferences  # its actions, worded by the view itself
        menu = QMenu(self.window)
        self._words.append((menu, lambda: self.tr("&Conference")))
        for act in (c.new_action, c.edit_action, c.sections_action, c.duplicate_action, c.delete_action):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.invitations_action)
        menu.addSeparator()
        desk = self.window.desk
        # The desk's own keys, shown after a tab (a second real shortcut would make them ambiguous there).
        self.walk_in_action = self.conference_action(
            lambda: self.tr("&Walk-in at the desk…") + "\t" + _keys(desk.walk_in_action), self._walk_in)
        self.undo_action = self.conference_action(
            lambda: self.tr("&Undo the last check-in at this desk") + "\t" + _keys(desk.undo_action), desk.undo_last)
        self.desk_log_action = self.conference_action(
            lambda: self.tr("The desk's lo&g of the day…") + "\t" + _keys(desk.log_action), self._desk_log)
        self.doubles_action = self.conference_action(lambda: self.tr("Dou&bles to review…"), self._doubles)
        menu.addAction(self.walk_in_action)
        menu.addAction(self.undo_action)
        menu.addAction(self.desk_log_action)
        menu.addAction(self.doubles_action)
        return menu

    def _build_view_menu(self) -> QMenu:
        return self._menu(lambda: self.tr("&View"), [*self.view_actions, None, self.full_screen_action])

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.window)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.open_database_action)
        toolbar.addAction(self.backup_action)
        toolbar.addSeparator()
        toolbar.addAction(self.window.conferences.new_action)
        toolbar.addAction(self.view_actions[3])
        toolbar.addAction(self.walk_in_action)
        toolbar.addSeparator()
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.print_action)
        toolbar.addSeparator()
        toolbar.addAction(self.settings_action)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        return toolbar

    def database_actions(self) -> list[QAction]:
        return [self.new_database_action, self.open_database_action, self.demo_action]

    # -- state ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for item, text in self._words:
            if isinstance(item, QMenu):
                item.setTitle(text())
            else:
                item.setText(text())
                if "\t" in item.text():   # a key shown in the menu only, not on the toolbar's button
                    item.setIconText(item.text().split("\t")[0].replace("&", "").rstrip("….").strip())
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.update_recent()

    def update_enabled(self) -> None:
        session = self.window.session
        has_db, offline = session.db is not None, session.offline
        has_conference = session.conference_id is not None
        for act in self.view_actions:   # the welcome page stands in for the views until a file is open
            act.setEnabled(has_db)
        for act in self.conference_actions:
            act.setEnabled(has_conference)
        self.backup_action.setEnabled(has_db)
        self.units_action.setEnabled(has_db)
        self.share_action.setEnabled(has_db)
        # A window on a server it cannot reach works at the desk alone (server_offline.py): what
        # reads or writes the server waits for it, and says so where the clerk points.
        for act in self.needs_server():
            act.setEnabled(act.isEnabled() and not offline)
            act.setStatusTip(needs_server_text() if offline else "")
            act.setToolTip(needs_server_text() if offline else "")   # "": the action's own text again
        self.window.conferences.update_actions()

    def needs_server(self) -> list[QAction]:
        """What cannot be done on the desk's copy: the lists, paper and files, the catalog, backups."""
        return [self.import_action, self.export_action, self.print_action, self.print_blank_action,
                self.cards_action, self.invitations_action, self.backup_action, self.share_action,
                self.units_action]

    def update_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.window.prefs.recent_databases
        for number, path in enumerate(paths, start=1):
            act = self.recent_menu.addAction(f"&{number} {database_location(path).name}")
            act.setToolTip(shown_location(path))
            act.setStatusTip(shown_location(path))
            act.triggered.connect(lambda _checked=False, p=path: self.window.open_path(database_location(p)))
        if not paths:
            none = self.recent_menu.addAction(self.tr("(none yet)"))
            none.setEnabled(False)
        self.recent_menu.setEnabled(True)

    # -- the actions ----------------------------------------------------------------------------

    def _filter(self) -> str:
        return self.tr("hoinghi databases (*.sqlite *.db);;All files (*)")

    def _start_dir(self) -> str:
        return str(start_folder(self.window.session.path))

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("New database"),
                                              str(Path(self._start_dir()) / f"hoi-nghi{DATABASE_SUFFIX}"),
                                              self._filter())
        if not name:
            return
        path = _with_suffix(name)
        # Creating the file loads the shipped unit catalogs, on the worker.
        self.window.open_path(path, create=True, label=self.tr("Creating {name}…").format(name=path.name))

    def open_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open database"), self._start_dir(),
                                              self._filter())
        if name:
            self.window.open_path(Path(name))

    def new_demo(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("New demo database"),
                                              str(Path(self._start_dir()) / f"demo{DATABASE_SUFFIX}"),
                                              self._filter())
        if not name:
            return
        path = _with_suffix(name)
        from desktop_app.store.demo import create_demo

        self.window.open_path(path, create=True, job=lambda db, _p: create_demo(db),
                              label=self.tr("Building the demo conference in {name}…").format(name=path.name))

    def backup(self) -> None:
        source = self.window.session.path
        if source is None:
            return
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Backup copy"),
                                              str(source.parent / f"{source.stem}-{stamp}{DATABASE_SUFFIX}"),
                                              self._filter())
        if not name:
            return
        target = _with_suffix(name)
        if is_database_file(source, target):
            QMessageBox.warning(self.window, self.tr("Backup copy"), self.tr(
                "A backup copy cannot replace the database it copies. Choose another name or folder."))
            return
        task = Task(source, lambda db, _p: backup_copy(db, target), desk=self.window.session.desk)
        self.window.task_run = run_with_progress(
            self.window, task, title=self.tr("Backup copy"),
            label=self.tr("Writing a backup copy to {name}…").format(name=target.name),
            on_done=lambda written: self.window.statusBar().showMessage(
                self.tr("Backup copy written: {path}").format(path=written), 8000))

    def preferences(self) -> None:
        from desktop_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.window, self.window.prefs)
        if dialog.exec():
            self.window.apply_preferences(language_changed=dialog.language_changed)

    def _desk_log(self) -> None:
        self.window.show_view("desk")   # this window's desk: its name decides whose entries show
        self.window.desk.log_action.trigger()

    def _doubles(self) -> None:
        self.window.show_view("desk")   # the desk wakes its link when one is undone
        self.window.desk.show_doubles()

    def unit_catalog(self) -> None:
        """The catalog's units: what the forms offer and the imports match."""
        from desktop_app.ui.attendees.units_dialog import UnitsDialog

        if self.window.session.db is not None:
            UnitsDialog(self.window, self.window.session.db).exec()

    def about(self) -> None:
        QMessageBox.about(self.window, self.tr("About hoinghi"), self.tr(
            "<h3>hoinghi {version}</h3><p>Registration and check-in of attendees at conferences.</p>"
            "<p>Everything is kept in one database file on this computer; it works without a network. "
            "Several desks can share one file; each desk sees the others' check-ins within two seconds.</p>"
            ).format(version=__version__))

    def _about_qt(self) -> None:
        QMessageBox.aboutQt(self.window, APP_NAME)

    def toggle_full_screen(self) -> None:
        if self.window.isFullScreen():
            self.window.showNormal()
        else:
            self.window.showFullScreen()
        self.full_screen_action.setChecked(self.window.isFullScreen())

    def _walk_in(self) -> None:
        self.window.show_view("desk")
        self.window.desk.add_walk_in()


def _with_suffix(name: str) -> Path:
    path = Path(name)
    return path if path.suffix else path.with_suffix(DATABASE_SUFFIX)


def _keys(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
