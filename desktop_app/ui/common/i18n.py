"""The interface language: our catalogue (hoinghi_<lang>.qm) and Qt's own (qtbase_<lang>.qm, so
buttons, file dialogs and context menus match), switchable while the window is open.

Qt ships no Vietnamese qtbase catalogue, so resources/translations/qtbase_vi.ts carries the Qt
strings our windows show (standard buttons, text-field menus, the file dialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.domain.resources import resource_path

LOCALES = {"vi": QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resource_path("translations")


def set_language(lang: str, *, directory: Path | None = None) -> list[str]:
    """Replace the installed catalogues with those of `lang`; widgets receive LanguageChange
    and re-word themselves. Returns the catalogues that were found (for diagnostics)."""
    app = QCoreApplication.instance()
    if app is None:
        return []
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    folder = directory or translations_dir()
    QLocale.setDefault(LOCALES.get(lang, LOCALES["vi"]))
    found = []
    ours = QTranslator(app)
    if ours.load(str(folder / f"hoinghi_{lang}.qm")):
        found.append(f"hoinghi_{lang}")
        _installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{lang}", qt_dir) or qt.load(str(folder / f"qtbase_{lang}.qm")):
        found.append(f"qtbase_{lang}")
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    return found
