"""GUI start-up only: the QApplication, translators, the database, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app import APP_NAME, __version__

ORGANIZATION = "hoinghi"


def install_translators(app: QApplication, lang: str) -> list[str]:
    """Our catalogue and Qt's own for `lang` (see ui.i18n); returns the catalogues found."""
    from desktop_app.ui.i18n import set_language

    return set_language(lang)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def install_error_sentences(window: QWidget) -> None:
    """An error that escaped every handler is shown as one sentence (and logged in full), never
    as a traceback on a terminal nobody reads."""
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        logging.getLogger("hoinghi").error("unhandled error", exc_info=(kind, error, tb))
        from desktop_app.ui.workers import error_text

        QMessageBox.warning(window, APP_NAME, error_text(error))

    sys.excepthook = hook


def run(db_path: str | None = None, lang: str | None = None) -> int:
    """Open the window (with `db_path`, or the database used last) and run until it closes."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app = make_application()
    from desktop_app.ui.main_window import MainWindow, apply_font_size
    from desktop_app.ui.preferences import Preferences

    prefs = Preferences()
    install_translators(app, lang or prefs.language)  # --lang is for this run; Settings changes it for good
    apply_font_size(prefs.font_size)
    window = MainWindow(settings=prefs.settings)
    install_error_sentences(window)
    path = db_path or prefs.last_database
    if not db_path and path and not Path(path).exists():
        prefs.forget_database(path)  # moved or deleted since: start at the welcome page, no alarm
        path = ""
    window.show()
    if path:
        window.open_path(Path(path))
    return app.exec()
