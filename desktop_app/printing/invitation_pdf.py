"""Invitations (giấy mời) on paper: one A4 portrait page each, in the Decree 30 layout, with the
person's QR code and the code printed beneath it (what the desk's scanner types).

    write_invitations_pdf(pages, "giay_moi.pdf")       # a file
    paint_invitations(pages, printer_or_writer)        # any paged device (the window's preview)

A page whose text is too long for 13 pt is set smaller, down to 10 pt, so it stays on its page."""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QPen

from desktop_app.domain.invitation import SIGNED, Invitation
from desktop_app.domain.progress import Monitor
from desktop_app.domain.signin import Orientation
from desktop_app.printing.cards import draw_qr
from desktop_app.printing.fonts import font
from desktop_app.printing.pages import Paper, paint, pdf_file, prepare

LEFT, RIGHT, TOP, BOTTOM = 30.0, 15.0, 20.0, 15.0   # Decree 30 margins (mm)
HEADER_LEFT_MM = 80.0        # the agencies' column at most; the nation's takes the rest
QR_MM = 30.0
ROOM_TO_SIGN_MM = 22.0
SIZES = (13.0, 12.5, 12.0, 11.5, 11.0, 10.5, 10.0)
_CENTER_TOP = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
_LEFT_TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_JUSTIFY_TOP = int(Qt.AlignmentFlag.AlignJustify | Qt.AlignmentFlag.AlignTop)


def write_invitations_pdf(pages: Sequence[Invitation], path: str | os.PathLike[str],
                          monitor: Monitor | None = None) -> int:
    """The invitations as one PDF; returns the number of pages."""
    with pdf_file(path, Orientation.PORTRAIT, "Giấy mời") as writer:
        return paint_invitations(pages, writer, monitor)


def paint_invitations(pages: Sequence[Invitation], device: QPagedPaintDevice, monitor: Monitor | None = None) -> int:
    monitor = monitor or Monitor()
    prepare(device, Orientation.PORTRAIT)

    def body(paper: Paper) -> None:
        monitor.stage("writing", len(pages))
        for i, page in enumerate(pages):
            if i:
                paper.device.newPage()
            _InvitationPainter(paper, page, fitted_size(paper, page)).run()
            monitor.step(i + 1)
        monitor.finish()

    paint(device, body)
    return max(len(pages), 1)


def fitted_size(paper: Paper, page: Invitation) -> float:
    """The largest text size at which the page ends above the bottom margin."""
    for size in SIZES:
        if _InvitationPainter(paper, page, size, dry=True).run() <= paper.height_mm - BOTTOM:
            return size
    return SIZES[-1]


class _InvitationPainter:
    def __init__(self, paper: Paper, page: Invitation, size: float, *, dry: bool = False) -> None:
        self.p, self.page, self.size, self.dry = paper, page, size, dry
        self.left, self.right = LEFT, paper.width_mm - RIGHT
        self.y = TOP

    # -- helpers ---------------------------------------------------------------------------------

    def text(self, text: str, f: QFont, x: float, w: float, flags: int, y: float | None = None) -> float:
        """Draw `text` wrapped into the width at `y` (the cursor by default); returns its height."""
        top = self.y if y is None else y
        painter = self.p.painter
        painter.setFont(f)
        h = self.p.mm(self.p.text_bounds(self.p.rect(x, top, w, 1000), flags, text or " ").height())
        if not self.dry and text:
            painter.setPen(QPen(Qt.GlobalColor.black))
            self.p.draw_text(self.p.rect(x, top, w, h + 1), flags, text)
        return h

    def rule(self, text: str, f: QFont, x: float, w: float, y: float, share: float) -> None:
        """A rule under a centred line, `share` of the line's width long."""
        if self.dry:
            return
        self.p.painter.setFont(f)
        length = min(self.p.mm(self.p.painter.fontMetrics().horizontalAdvance(text)), w) * share
        pen = QPen(Qt.GlobalColor.black)
        pen.setWidthF(self.p.px(0.3))
        self.p.painter.setPen(pen)
        cx = x + w / 2
        self.p.painter.drawLine(self.p.point(cx - length / 2, y), self.p.point(cx + length / 2, y))

    def f(self, delta: float = 0, **style: bool) -> QFont:
        return font(self.size + delta, **style)

    # -- parts -----------------------------------------------------------------------------------

    def run(self) -> float:
        """Lay the page out (and draw it unless dry); returns where it ends (mm from the top)."""
        self.header()
        full = self.right - self.left
        self.y += 6
        self.y += self.text(self.page.title, self.f(1, bold=True), self.left, full, _CENTER_TOP) + 0.5
        self.y += self.text(self.page.subject, self.f(bold=True), self.left, full, _CENTER_TOP) + 5
        self.y += self.text(self.page.addressee, self.f(), self.left + 10, full - 20, _CENTER_TOP) + 4
        for paragraph in self.page.body:
            self.y += self.text(paragraph, self.f(), self.left, full, _JUSTIFY_TOP) + 1.2
        self.y += 4
        return self.footer()

    def header(self) -> None:
        page = self.page
        nation, motto = page.header_right
        self.p.painter.setFont(self.f(-1, bold=True))   # the nation's line whole, the agencies beside it
        nation_w = self.p.mm(self.p.painter.fontMetrics().horizontalAdvance(nation)) + 2
        left_w = max(60.0, min(HEADER_LEFT_MM, self.right - self.left - nation_w))
        split = self.left + left_w
        right_w = self.right - split
        y0 = self.y
        agencies = list(page.header_left)
        styles = [self.f(-1), self.f(-1, bold=True)] if len(agencies) == 2 else [self.f(-1, bold=True)]
        for text, f in zip(agencies, styles, strict=False):
            self.y += self.text(text, f, self.left, left_w, _CENTER_TOP)
        if agencies:
            self.rule(agencies[-1], styles[-1], self.left, left_w, self.y + 1, 1 / 3)
        left_end = self.y + 3
        self.y = y0
        self.y += self.text(nation, self.f(-1, bold=True), split, right_w, _CENTER_TOP)
        self.y += self.text(motto, self.f(bold=True), split, right_w, _CENTER_TOP)
        self.rule(motto, self.f(bold=True), split, right_w, self.y + 0.5, 1)
        self.y = max(left_end, self.y + 3)
        number_h = self.text(page.number_line, self.f(), self.left, left_w, _CENTER_TOP)
        date_h = self.text(page.date_line, self.f(italic=True), split, right_w, _CENTER_TOP)
        self.y += max(number_h, date_h)

    def footer(self) -> float:
        half = (self.right - self.left) / 2
        x_right = self.left + half
        y0 = self.y
        # Left: "Nơi nhận" and its lines, then the QR code with the code beneath.
        recipients = self.page.recipients
        if recipients:
            self.y += self.text(recipients[0], self.f(-1, bold=True, italic=True), self.left, half, _LEFT_TOP)
            for line in recipients[1:]:
                self.y += self.text(line, self.f(-2), self.left, half, _LEFT_TOP)
        if self.page.code:
            self.y += 4
            if not self.dry:
                draw_qr(self.p, self.page.code, self.left, self.y, QR_MM)
            self.y += QR_MM
            self.y += self.text(self.page.code, font(12, bold=True), self.left - 5, QR_MM + 10, _CENTER_TOP)
        left_end = self.y
        # Right: the signer's title, room to sign (or "(đã ký)"), the name.
        self.y = y0
        for line in self.page.signer_title:
            self.y += self.text(line, self.f(bold=True), x_right, half, _CENTER_TOP)
        if self.page.signed:
            self.y += 6
            self.y += self.text(SIGNED, self.f(italic=True), x_right, half, _CENTER_TOP) + 6
        else:
            self.y += ROOM_TO_SIGN_MM
        if self.page.signer_name:
            self.y += self.text(self.page.signer_name, self.f(bold=True), x_right, half, _CENTER_TOP)
        return max(left_end, self.y)
