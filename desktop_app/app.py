"""GUI start-up only: the QApplication, translators, the database, the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import APP_NAME, __version__
from desktop_app.domain.resources import resource_path
from desktop_app.printing.fonts import register_bundled_fonts

ORGANIZATION = "hoinghi"


def install_translators(app: QApplication, lang: str) -> list[str]:
    """Our catalogue and Qt's own for `lang` (see ui.common.i18n); returns the catalogues found."""
    from desktop_app.ui.common.i18n import set_language

    return set_language(lang)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)  # matches packaging/hoinghi.desktop
    app.setWindowIcon(QIcon(str(resource_path("icons", "hoinghi.svg"))))
    register_bundled_fonts()   # paper's serif on a machine without Times New Roman (or any font)
    return app  # type: ignore[return-value]


def run(db_path: str | None = None, lang: str | None = None) -> int:
    """Open the window (with `db_path`, or the database used last) and run until it closes."""
    if sys.stderr is not None:  # a windowed program on Windows has no terminal to write to
        terminal = logging.StreamHandler()
        terminal.setLevel(logging.WARNING)  # the log file also takes the start-up line (INFO)
        terminal.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logging.getLogger().addHandler(terminal)
    logging.getLogger().setLevel(logging.WARNING)
    app = make_application()
    from desktop_app.ui.common import error_log

    reporter = error_log.install(None, error_log.start_file_log())
    try:
        window = _open_window(app, db_path, lang)
    except Exception:  # a bug before the window could show: the same dialog and log entry
        reporter.handle(*sys.exc_info())  # type: ignore[arg-type]
        return 1
    reporter.window = window
    code = app.exec()
    from desktop_app.ui.common.server_watch import wait_for_watches

    wait_for_watches()   # a server's listener ends within a second or two; Qt must not outlive it
    return code


def _open_window(app: QApplication, db_path: str | None, lang: str | None) -> QWidget:
    from desktop_app.domain.locations import database_location
    from desktop_app.ui.common.preferences import Preferences
    from desktop_app.ui.main_window import MainWindow, apply_font_size

    prefs = Preferences()
    install_translators(app, lang or prefs.language)  # --lang is for this run; Settings changes it for good
    apply_font_size(prefs.font_size)
    window = MainWindow(settings=prefs.settings)
    path = db_path or prefs.last_database
    if not db_path and path and not database_location(path).exists():
        prefs.forget_database(path)  # moved or deleted since: start at the welcome page, no alarm
        path = ""
    window.show()
    if path:
        window.open_path(database_location(path))
    return window
