"""GUI start-up only: the QApplication, translators, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, __version__
from desktop_app.domain.errors import HoinghiError
from desktop_app.domain.resources import resource_path

ORGANIZATION = "hoinghi"


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Our own strings from resources/translations/hoinghi_<lang>.qm, then Qt's own (qtbase), so
    file and print dialogs speak the same language. Keeps the translators alive."""
    installed = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"hoinghi_{lang}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    return app


def run(db_path: str | None = None, lang: str | None = None) -> int:
    app = make_application()
    settings = QSettings()
    lang = lang or str(settings.value("language", "vi"))
    install_translators(app, lang)
    from desktop_app.ui.main_window import MainWindow

    path = db_path or settings.value("last_database", "")
    window = MainWindow(settings=settings)
    if path:
        try:
            window.open_database(Path(str(path)))
        except HoinghiError as error:
            from desktop_app.messages import describe

            QMessageBox.warning(window, APP_NAME, describe(error))
    window.show()
    return app.exec()
