"""Guards against PySide6 6.12.0 on Python 3.11, which corrupts the reference count of None in
every void QPainter call and aborts the process after a few thousand paints."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

PAINT_A_LOT = """
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen
app = QGuiApplication([])
image = QImage(200, 200, QImage.Format.Format_ARGB32)
for _ in range(40):
    painter = QPainter(image)
    for i in range(200):
        painter.setPen(QPen(QColor(i, 0, 0)))
        painter.drawLine(QLineF(0, i, 200, i))
        painter.fillRect(QRectF(0, 0, 5, 5), QColor(0, i, 0))
        painter.drawText(10, 10, "Nguyễn Văn Đức")
    painter.end()
print("painted")
"""


def test_thousands_of_paint_calls_exit_cleanly():
    result = subprocess.run([sys.executable, "-c", PAINT_A_LOT], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "painted"


def test_the_pin_is_honoured_on_python_3_11():
    if sys.version_info < (3, 12):
        major, minor = (int(x) for x in version("PySide6-Essentials").split(".")[:2])
        assert (major, minor) < (6, 12)
