"""Paper geometry shared by every printout: A4 in millimetres on any paged device (QPdfWriter
for files, QPrinter for printers and Qt's print preview), and writing a PDF safely."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextOption

from desktop_app.domain.errors import FileProblem
from desktop_app.domain.files import atomic_output
from desktop_app.domain.signin import Orientation
from desktop_app.printing.fonts import ensure_application


class Paper:
    """Millimetres on a paged device: (0, 0) is the sheet's top-left corner, whatever margins the
    device keeps (a printer cannot print at the very edge)."""

    def __init__(self, device: QPagedPaintDevice, painter: QPainter) -> None:
        self.device = device
        self.painter = painter
        layout = device.pageLayout()
        self.px_per_mm = device.logicalDpiX() / 25.4
        full = layout.fullRect(QPageLayout.Unit.Millimeter)
        paint = layout.paintRect(QPageLayout.Unit.Millimeter)
        self.width_mm, self.height_mm = full.width(), full.height()
        self.origin = QPointF(paint.left(), paint.top())   # where the device's (0, 0) is on the sheet

    def px(self, mm: float) -> float:
        return mm * self.px_per_mm

    def mm(self, px: float) -> float:
        return px / self.px_per_mm

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(self.px(x - self.origin.x()), self.px(y - self.origin.y()), self.px(w), self.px(h))

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(self.px(x - self.origin.x()), self.px(y - self.origin.y()))

    def text_bounds(self, rect: QRectF, alignment: int, text: str) -> QRectF:
        """The box `text` takes in `rect` with the painter's font, wrapped as draw_text wraps it."""
        return self.painter.boundingRect(rect, text, _wrapping(alignment))

    def draw_text(self, rect: QRectF, alignment: int, text: str) -> None:
        """`text` wrapped into `rect`: at spaces, and inside a word too long for the width (a name
        typed without spaces is broken, not cut off at the cell's edge)."""
        self.painter.drawText(rect, text, _wrapping(alignment))


def _wrapping(alignment: int) -> QTextOption:
    option = QTextOption(Qt.AlignmentFlag(alignment & _ALIGNMENT_MASK))
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


_ALIGNMENT_MASK = int(Qt.AlignmentFlag.AlignHorizontal_Mask | Qt.AlignmentFlag.AlignVertical_Mask)


def a4_layout(orientation: Orientation) -> QPageLayout:
    """A4 with no margins of its own: the printouts place everything themselves, in mm."""
    qt_orientation = (QPageLayout.Orientation.Landscape if orientation is Orientation.LANDSCAPE
                      else QPageLayout.Orientation.Portrait)
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), qt_orientation, QMarginsF(0, 0, 0, 0),
                       QPageLayout.Unit.Millimeter, QMarginsF(0, 0, 0, 0))


def prepare(device: QPagedPaintDevice, orientation: Orientation) -> None:
    """Put the device on A4 in `orientation`; a printer that needs margins keeps its minimum."""
    if not device.setPageLayout(a4_layout(orientation)):
        layout = device.pageLayout()
        layout.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        layout.setOrientation(a4_layout(orientation).orientation())
        device.setPageLayout(layout)


@contextmanager
def pdf_file(path: str | os.PathLike[str], orientation: Orientation, title: str) -> Iterator[QPdfWriter]:
    """A PDF writer on a temporary file beside `path`, renamed into place when painting ends
    without an error (so a crash never leaves half a PDF where a good one was)."""
    ensure_application()
    with atomic_output(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(600)
        writer.setTitle(title)
        writer.setCreator("hoinghi")
        prepare(writer, orientation)
        yield writer
        del writer
        if not Path(tmp).exists() or Path(tmp).stat().st_size == 0:
            raise FileProblem("cannot_write", path=str(path), reason="empty")


def paint(device: QPagedPaintDevice, body: Callable[[Paper], None]) -> None:
    """Run `body` with a painter on `device` (the painter ends even if `body` raises)."""
    painter = QPainter()
    if not painter.begin(device):
        raise FileProblem("cannot_write", path="", reason="painter")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        body(Paper(device, painter))
    finally:
        painter.end()

