"""Fonts for paper: Times New Roman where it is installed, else Liberation Serif, its metric twin with
every Vietnamese letter, shipped in resources/fonts and registered with Qt at start (a machine with no
fonts at all would otherwise print PDFs with no text, and a wider fallback would wrap header lines)."""

from __future__ import annotations

import os
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication

from desktop_app.domain.resources import resource_path

BUNDLED_FAMILY = "Liberation Serif"
BUNDLED_FILES = ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
                 "LiberationSerif-BoldItalic.ttf")
SERIF_CANDIDATES = ("Times New Roman", BUNDLED_FAMILY, "Tinos", "Noto Serif", "DejaVu Serif", "FreeSerif")
_VIETNAMESE_SAMPLE = "ẮẰẲẴẶắằẳẵặƠơƯưỮữỰựĐđ"


def ensure_application() -> QGuiApplication:
    """Painting text needs a QGuiApplication. The window has one; the command line gets one here,
    offscreen unless a display platform was chosen, since nothing is shown."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["hoinghi"])
    register_bundled_fonts()
    return app  # type: ignore[return-value]


@cache
def register_bundled_fonts() -> tuple[str, ...]:
    """Add the shipped fonts to Qt's font database (once per process, after the application exists);
    returns the families added. A missing or unreadable file is skipped: an installed Times New Roman
    or another serif still serves."""
    families: set[str] = set()
    for name in BUNDLED_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(sorted(families))


@cache
def serif_family() -> str:
    """The first serif family that can write Vietnamese: Times New Roman, else the bundled one."""
    ensure_application()
    installed = set(QFontDatabase.families())
    for family in SERIF_CANDIDATES:
        if family in installed and _writes_vietnamese(family):
            return family
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


def _writes_vietnamese(family: str) -> bool:
    metrics = QFontMetrics(QFont(family, 12))
    # inFontUcs4: PySide's inFont(str) mis-converts some letters (ơ, ư, đ) and answers False.
    return all(metrics.inFontUcs4(ord(ch)) for ch in _VIETNAMESE_SAMPLE)


def font(size_pt: float, *, bold: bool = False, italic: bool = False, underline: bool = False) -> QFont:
    f = QFont(serif_family())
    f.setPointSizeF(size_pt)
    f.setBold(bold)
    f.setItalic(italic)
    f.setUnderline(underline)
    f.setKerning(True)
    return f
