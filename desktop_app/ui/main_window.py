"""The main window: five views in tabs (conferences, attendees, session topics, the check-in desk,
statistics), the menus, the status bar, and the remembered window state and database.

The conferences view and the desk are built with the window (the menus hold their actions); the
attendees, topics and statistics views the first time they are shown or asked for, so the window
paints sooner (their modules are imported then too). Each view loads its data when it is shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.domain.errors import DatabaseMissing, HoinghiError
from desktop_app.domain.locations import ServerAddress, database_location, server_name, shown_location
from desktop_app.domain.models import Attendee, CheckIn, CheckInResult
from desktop_app.ui.common import workers
from desktop_app.ui.common.preferences import Preferences
from desktop_app.ui.common.session import Session
from desktop_app.ui.common.workers import Task, TaskRun, run_with_progress
from desktop_app.ui.conferences.conferences_view import ConferencesView
from desktop_app.ui.desk.desk_name import DeskNaming
from desktop_app.ui.desk.desk_view import DeskView
from desktop_app.ui.location_banner import LocationBanner, move_to_default_folder
from desktop_app.ui.main_menus import MainMenus
from desktop_app.ui.server_offline import OfflineMode, desk_copy, open_server
from desktop_app.ui.welcome_view import WelcomeView

if TYPE_CHECKING:
    from desktop_app.ui.attendees.attendees_view import AttendeesView
    from desktop_app.ui.conferences.stats_view import StatsView
    from desktop_app.ui.conferences.topics_view import TopicsView

VIEWS = ("conferences", "attendees", "topics", "desk", "stats")
V = TypeVar("V", bound=QWidget)


class LazyPage(QWidget, Generic[V]):
    """A tab's page whose view is built by `build(parent)` the first time it is needed."""

    def __init__(self, build: Callable[[QWidget], V], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._view: V | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._view is not None

    def view(self) -> V:
        if self._view is None:
            self._view = self._build(self)
            self.layout().addWidget(self._view)
            if self.isVisible():
                self._view.show()   # now, not at the next turn of the event loop: it loads its data
                if self.window().focusWidget() in (None, self):  # the tab gave its empty page the focus:
                    # on to the view's first field, as when the view is shown again
                    _focus_first_child(self._view)
        return self._view


def _focus_first_child(view: QWidget) -> None:
    """Focus the first widget inside `view` that takes the focus by Tab, in Tab order."""
    widget = view.nextInFocusChain()
    while widget is not view:
        if (view.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()


class MainWindow(QMainWindow):
    """`settings` is the QSettings to remember things in (tests pass a throw-away one)."""

    def __init__(self, settings: QSettings | None = None, *, clock: Callable[[], datetime] | None = None,
                 poll_ms: int | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.prefs = Preferences(settings)
        kwargs = {"poll_ms": poll_ms} if poll_ms is not None else {}
        self.session = Session(self.prefs.desk_name, clock=clock, parent=self, **kwargs)
        self.desk_naming = DeskNaming(self, self.session, self.prefs)   # this window's own desk name
        self.conferences = ConferencesView(self.session, self)
        self.desk = DeskView(self.session, self)
        self._attendees_page = LazyPage(self._build_attendees, self)
        self._topics_page = LazyPage(self._build_topics, self)
        self._stats_page = LazyPage(self._build_stats, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for page in (self.conferences, self._attendees_page, self._topics_page, self.desk, self._stats_page):
            self.tabs.addTab(page, "")
        self.welcome = WelcomeView(self.prefs, self)
        self.pages = QStackedWidget(self)  # the welcome page while no database is open, then the tabs
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.tabs)
        self.location_banner = LocationBanner(self)  # above the views while the file is in a risky place
        self.location_banner.move_requested.connect(lambda: move_to_default_folder(self))
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.location_banner)
        self.offline_mode = OfflineMode(self)   # while the server cannot be reached: its bar, only the desk
        self.offline_banner = self.offline_mode.banner
        column.addWidget(self.offline_banner)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.database_label = QLabel(self)
        self.desk_label = QLabel(self)
        self.server_label = QLabel(self)   # on a server: which one, and whether this desk hears it
        self.server_label.setObjectName("server_label")
        self.server_label.hide()
        self.statusBar().addPermanentWidget(self.server_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(self.desk_label)
        self.menus = MainMenus(self)
        self.conferences.set_database_actions(self.menus.database_actions())
        self.welcome.new_requested.connect(self.menus.new_database)
        self.welcome.open_requested.connect(self.menus.open_database)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_requested.connect(lambda path: self.open_path(database_location(path)))
        self.task_run: TaskRun | None = None
        self._shown_before = False
        self.conferences.conference_opened.connect(self._on_conferences_conference_opened)
        self.desk.checked_in.connect(self._on_desk_checked_in)
        self.desk.check_in_undone.connect(self._on_desk_check_in_undone)
        self.session.database_changed.connect(self._on_session_changed)
        self.session.conference_changed.connect(self._on_session_changed)
        self.session.desk_changed.connect(self._on_session_changed)
        self.session.server_connection_changed.connect(self.update_server_label)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.resize(1366, 768)
        self._restore_state()
        self.retranslate()
        self._on_session_changed()

    def views(self) -> tuple[QWidget, ...]:
        """All five views (building those not built yet)."""
        return (self.conferences, self.attendees, self.topics, self.desk, self.stats)

    @property
    def attendees(self) -> AttendeesView:
        return self._attendees_page.view()

    @property
    def topics(self) -> TopicsView:
        return self._topics_page.view()

    @property
    def stats(self) -> StatsView:
        return self._stats_page.view()

    def _build_attendees(self, parent: QWidget) -> AttendeesView:
        from desktop_app.ui.attendees.attendees_view import AttendeesView

        view = AttendeesView(self.session, self.prefs, parent)
        view.said.connect(lambda text: self.statusBar().showMessage(text, 5000))
        return view

    def _build_topics(self, parent: QWidget) -> TopicsView:
        from desktop_app.ui.conferences.topics_view import TopicsView

        view = TopicsView(self.session, parent)
        view.desk_requested.connect(self._on_topics_desk_requested)
        return view

    def _build_stats(self, parent: QWidget) -> StatsView:
        from desktop_app.ui.conferences.stats_view import StatsView

        return StatsView(self.session, parent)

    # -- words ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        names = (self.tr("&1 Conferences"), self.tr("&2 Attendees"), self.tr("&3 Session topics"),
                 self.tr("&4 Check-in desk"), self.tr("&5 Statistics"))
        for index, name in enumerate(names):
            self.tabs.setTabText(index, name)
        self.menus.retranslate()
        self._update_title()
        self.offline_mode.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_before:  # the first field of the view on screen has the focus, not the tab bar
            self._shown_before = True
            page, focused = self.pages.currentWidget(), self.focusWidget()
            if page is self.tabs:
                page = self.tabs.currentWidget()
            if focused is None or not page.isAncestorOf(focused):
                _focus_first_child(page)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_title(self) -> None:
        conference = self.session.conference() or self.desk.conference()   # offline: the desk's copy knows it
        parts = [APP_NAME]
        if self.session.path is not None:
            parts.append(self.session.path.name)
        if conference is not None:
            parts.append(conference.title)
        self.setWindowTitle(" — ".join(parts))
        path = self.session.path
        self.database_label.setText(self.tr("Database: {name}").format(name=path.name) if path
                                    else self.tr("No database"))
        self.database_label.setToolTip(shown_location(path) if path else "")
        self.desk_label.setText(self.tr("Desk: {desk}").format(desk=self.session.desk))
        self.update_server_label()

    def update_server_label(self, *_args: object) -> None:
        path = self.session.path
        if not isinstance(path, ServerAddress):
            self.server_label.hide()
            return
        server = server_name(path)
        if self.session.server_connected and not self.session.offline:   # offline: the window's connection is gone
            self.server_label.setText(self.tr("● Server {server}: connected").format(server=server))
            self.server_label.setStyleSheet("color: #1b7a3a;")
        else:
            self.server_label.setText(self.tr("○ Server {server}: not connected").format(server=server))
            self.server_label.setStyleSheet("color: #b3261e;")
        self.server_label.show()

    # -- views ----------------------------------------------------------------------------------

    def show_view(self, name: str) -> None:
        """Bring view `name` to the front (not one that needs the server while it is away)."""
        if self.tabs.isTabEnabled(VIEWS.index(name)):
            self.tabs.setCurrentIndex(VIEWS.index(name))

    def current_view(self) -> str:
        return VIEWS[self.tabs.currentIndex()]

    def _on_tabs_current_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, LazyPage):
            page.view()
        self.prefs.current_view = VIEWS[index]
        if VIEWS[index] == "desk":
            self.desk_naming.ensure_named()

    def _on_conferences_conference_opened(self, _conference_id: int) -> None:
        self.show_view("attendees")

    def _on_topics_desk_requested(self, topic_id: int) -> None:
        self.desk.set_topic(topic_id)
        self.show_view("desk")

    def _on_desk_checked_in(self, result: CheckInResult) -> None:
        name = result.attendee.full_name
        if result.already:
            text = self.tr("Already checked in earlier: {name} ({time}, {desk})").format(
                name=name, time=f"{result.check_in.at:%H:%M}", desk=result.check_in.desk)
        else:
            text = self.tr("Checked in: {name}").format(name=name)
        self.statusBar().showMessage(text, 5000)

    def _on_desk_check_in_undone(self, check_in: CheckIn, attendee: Attendee) -> None:
        self.statusBar().showMessage(self.tr("Check-in of {name} ({time}) undone").format(
            name=attendee.full_name, time=f"{check_in.at:%H:%M}"), 5000)

    def _on_session_changed(self, *_args: object) -> None:
        self.pages.setCurrentWidget(self.tabs if self.session.db is not None else self.welcome)
        if self.session.db is None:
            self.location_banner.show_for(None)
        self.offline_mode.update()
        self._update_title()
        self.menus.update_enabled()
        if self.session.path is not None:
            self.prefs.set_last_conference(self.session.path, self.session.conference_id)
        if self.session.db is not None and self.tabs.currentWidget() is self.desk:
            self.desk_naming.ensure_named()

    # -- the database ---------------------------------------------------------------------------

    def open_database(self, path: Path, *, create: bool = False) -> None:
        """Open `path` now, on this thread (raises HoinghiError, leaving the window as it was)."""
        path = self.prefs.full_address(path)   # a server from the recent list: with its kept password
        if isinstance(path, ServerAddress):
            open_server(self, path, str(path))   # without an answer within a second: on the desk's copy
        else:
            self.session.open(path, create=create)
        self.prefs.remember_database(path)
        self.location_banner.show_for(path)
        self.session.set_conference(self._first_conference(path))
        self.menus.update_recent()
        self.welcome.update_recent()

    def _first_conference(self, path: Path) -> int | None:
        """The conference used last with this database, else the newest one."""
        from desktop_app.store.conferences import get_conference, newest_conference_id

        db = self.desk.offline.db if self.session.offline else self.session.db   # offline: the desk's copy
        if db is None:
            return None
        remembered = self.prefs.last_conference(path)
        if remembered is not None:
            try:
                return get_conference(db, remembered).id
            except HoinghiError:
                pass
        return newest_conference_id(db)

    def open_path(self, path: Path, *, create: bool = False, job: workers.Job | None = None,
                  label: str = "") -> TaskRun | None:
        """Open (or create) `path` after a worker has done what may take long: migrating an old file,
        loading catalogs, building a demo. Errors are shown; the window keeps what it had."""
        from desktop_app.ui.share_dialog import own_server_starter

        path = self.prefs.full_address(path)
        starter = own_server_starter(path)   # this laptop's own server, stopped when it restarted
        if starter is None and isinstance(path, ServerAddress) and desk_copy(str(path), self.session.desk) is not None:
            # A server this desk has a copy of: the window opens on it within a second if the
            # server does not answer, rather than wait behind a progress dialog.
            self._open_after_worker(path)
            return None
        task = Task(path, job or (lambda _db, _progress: None), create=create, desk=self.session.desk,
                    prepare=starter)
        self.task_run = run_with_progress(self, task, title=APP_NAME,
                                      label=label or self.tr("Opening {name}…").format(name=path.name),
                                      on_done=lambda _result: self._open_after_worker(path))
        self.task_run.failed.connect(lambda error: self._on_open_failed(path, error))
        return self.task_run

    def _open_after_worker(self, path: Path) -> None:
        try:
            self.open_database(path)
        except HoinghiError as error:
            self._on_open_failed(path, error)
            from desktop_app.messages import describe

            QMessageBox.warning(self, APP_NAME, describe(error))
            return
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=shown_location(path)), 5000)

    def _on_open_failed(self, path: Path, error: object) -> None:
        if isinstance(error, DatabaseMissing):
            self.prefs.forget_database(str(database_location(path).resolve()))
            self.menus.update_recent()
            self.welcome.update_recent()

    def open_demo(self) -> TaskRun | None:
        """The demo conference in ~/hoinghi/demo.sqlite (or the one an earlier version built in
        Documents/hoinghi): built the first time, opened as it was left after that."""
        from desktop_app.store.demo import create_demo
        from desktop_app.ui.common.data_folder import demo_path

        path = demo_path()
        if path.exists():
            return self.open_path(path)
        return self.open_path(path, create=True, job=lambda db, _progress: create_demo(db),
                              label=self.tr("Building the demo conference in {name}…").format(name=path.name))

    # -- settings and state ---------------------------------------------------------------------

    def apply_preferences(self, *, language_changed: bool) -> None:
        """After the settings dialog: desk name, font size and language take effect at once."""
        from desktop_app.ui.common.i18n import set_language

        self.session.set_desk(self.prefs.desk_name)
        apply_font_size(self.prefs.font_size)
        self.desk.ui.apply_fonts()  # its sizes are multiples of the window's font
        if language_changed:
            set_language(self.prefs.language)

    def _restore_state(self) -> None:
        geometry, state = self.prefs.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        view = self.prefs.current_view
        self.tabs.setCurrentIndex(VIEWS.index(view) if view in VIEWS else 0)

    def loading(self) -> bool:
        """Whether a view is still loading in the background (the attendee lists, the statistics)."""
        return any(page.built and page.view().loader.running for page in (self._attendees_page, self._stats_page))

    def cancel_loading(self) -> None:
        """Stop the views' background loads (the attendee lists, the statistics, the desk's counters)."""
        for page in (self._attendees_page, self._stats_page):
            if page.built:
                page.view().loader.cancel(deliver=False)
        self.desk.counts.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.prefs.set_window_state(self.saveGeometry(), self.saveState())
        self.cancel_loading()
        workers.wait_for_workers(5000)
        self.desk.offline.stop()   # what waits to be sent stays in the desk's copy for next time
        self.session.close(emit=False)
        self.desk_naming.slot.release()
        super().closeEvent(event)


_default_font_size: float | None = None


def apply_font_size(points: int) -> None:
    """The whole window's font: `points`, or the system's size for 0."""
    global _default_font_size
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    font = app.font()
    if _default_font_size is None:
        _default_font_size = font.pointSizeF()
    font.setPointSizeF(float(points) if points else _default_font_size)
    app.setFont(font)

