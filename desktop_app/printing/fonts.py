"""Fonts for paper: Times New Roman where it is installed, else a metric-compatible serif with
every Vietnamese letter (Liberation Serif 2, Tinos), else any serif that has them."""

from __future__ import annotations

import os
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication

SERIF_CANDIDATES = ("Times New Roman", "Liberation Serif", "Tinos", "Noto Serif", "DejaVu Serif", "FreeSerif")
_VIETNAMESE_SAMPLE = "ẮẰẲẴẶắằẳẵặƠơƯưỮữỰựĐđ"


def ensure_application() -> QGuiApplication:
    """Painting text needs a QGuiApplication. The window has one; the command line gets one here,
    offscreen unless a display platform was chosen, since nothing is shown."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["hoinghi"])
    return app  # type: ignore[return-value]


@cache
def serif_family() -> str:
    """The first installed serif family that can write Vietnamese."""
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
