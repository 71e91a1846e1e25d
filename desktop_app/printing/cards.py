"""Name cards (biển tên) and badges with a QR code of the attendee code.

- Folded name card: one person per A4 landscape sheet, folded along the middle into a tent; the
  upper face is printed upside down so both faces read upright on the table.
- Half-page name cards: two people per A4 landscape sheet, cut along the middle.
- Badges: 90 × 60 mm, eight per A4 portrait sheet, with cut marks at every corner."""

from __future__ import annotations

import enum
import os
from collections.abc import Sequence
from dataclasses import dataclass

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainterPath, QPen

from desktop_app.domain.models import Attendee, Conference
from desktop_app.domain.progress import Monitor
from desktop_app.domain.signin import Orientation
from desktop_app.printing.fonts import font
from desktop_app.printing.pages import Paper, paint, pdf_file, prepare

_CENTER = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
_CENTER_TOP = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
_LEFT_TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

BADGE_W, BADGE_H = 90.0, 60.0
BADGE_COLUMNS, BADGE_ROWS = 2, 4
BADGE_GAP = 6.0               # room between badges for the cut marks
CUT_MARK, CUT_GAP = 3.0, 1.0  # mm


class CardKind(enum.StrEnum):
    BADGE = "badge"
    FOLDED = "folded"          # biển tên, one per sheet, folded
    HALF = "half"              # biển tên, two per sheet


@dataclass(frozen=True)
class CardOptions:
    kind: CardKind = CardKind.BADGE
    section_position: int | None = None     # only this section (its number)


def write_cards_pdf(conference: Conference, people: Sequence[Attendee], path: str | os.PathLike[str],
                    kind: CardKind = CardKind.BADGE, monitor: Monitor | None = None) -> int:
    """Badges or name cards for `people` as a PDF; returns the number of pages."""
    orientation = Orientation.PORTRAIT if kind is CardKind.BADGE else Orientation.LANDSCAPE
    title = "Thẻ đại biểu" if kind is CardKind.BADGE else "Biển tên"
    with pdf_file(path, orientation, title) as writer:
        return paint_cards(conference, people, writer, kind, monitor)


def paint_cards(conference: Conference, people: Sequence[Attendee], device: QPagedPaintDevice,
                kind: CardKind = CardKind.BADGE, monitor: Monitor | None = None) -> int:
    """Draw badges or name cards on any paged device; returns the number of pages."""
    monitor = monitor or Monitor()
    prepare(device, Orientation.PORTRAIT if kind is CardKind.BADGE else Orientation.LANDSCAPE)
    per_page = {CardKind.BADGE: BADGE_COLUMNS * BADGE_ROWS, CardKind.FOLDED: 1, CardKind.HALF: 2}[kind]
    pages = max(1, -(-len(people) // per_page))

    def body(paper: Paper) -> None:
        monitor.stage("writing", len(people))
        for page in range(pages):
            if page:
                paper.device.newPage()
            batch = people[page * per_page:(page + 1) * per_page]
            if kind is CardKind.BADGE:
                _badge_page(paper, conference, batch)
            elif kind is CardKind.FOLDED:
                _folded_card(paper, batch[0] if batch else None)
            else:
                _half_cards(paper, batch)
            monitor.step(min((page + 1) * per_page, len(people)))
        monitor.finish()

    paint(device, body)
    return pages


# ----------------------------------------------------------------------------------------------
# Text helpers
# ----------------------------------------------------------------------------------------------


def _fitted(paper: Paper, text: str, width_mm: float, max_pt: float, min_pt: float, *, bold: bool = True) -> QFont:
    """The largest font (down to `min_pt`) in which `text` fits on one line of `width_mm`."""
    size = max_pt
    while size > min_pt:
        f = font(size, bold=bold)
        paper.painter.setFont(f)
        if paper.mm(paper.painter.fontMetrics().horizontalAdvance(text)) <= width_mm:
            return f
        size -= 1
    return font(min_pt, bold=bold)


def _text(paper: Paper, text: str, f: QFont, x: float, y: float, w: float, h: float, flags: int = _CENTER) -> float:
    """Draw wrapped text in a box; returns the height it took (mm)."""
    if not text:
        return 0.0
    painter = paper.painter
    painter.setFont(f)
    painter.setPen(QPen(Qt.GlobalColor.black))
    rect = paper.rect(x, y, w, h)
    bounds = paper.text_bounds(rect, flags, text)
    paper.draw_text(rect, flags, text)
    return min(paper.mm(bounds.height()), h)


def _dashed(paper: Paper, x1: float, y1: float, x2: float, y2: float) -> None:
    pen = QPen(QColor(120, 120, 120))
    pen.setWidthF(paper.px(0.2))
    pen.setStyle(Qt.PenStyle.DashLine)
    paper.painter.setPen(pen)
    paper.painter.drawLine(paper.point(x1, y1), paper.point(x2, y2))


# ----------------------------------------------------------------------------------------------
# Name cards
# ----------------------------------------------------------------------------------------------


def _card_face(paper: Paper, person: Attendee, x: float, y: float, w: float, h: float) -> None:
    """Salutation, name in large type, position and unit, centred in the box."""
    inner_w = w - 30
    name_font = _fitted(paper, person.full_name, inner_w, 66, 32)
    blocks = [
        (person.salutation, font(26, italic=True), 14.0),
        (person.full_name, name_font, name_font.pointSizeF() * 25.4 / 72 * 2.4),   # two lines at most
        (person.position, font(20), 18.0),
        (person.unit_name, font(20, bold=True), 18.0),
    ]
    blocks = [b for b in blocks if b[0]]
    heights = []
    for text, f, limit in blocks:
        paper.painter.setFont(f)
        rect = paper.rect(0, 0, inner_w, limit)
        heights.append(min(paper.mm(paper.text_bounds(rect, _CENTER_TOP, text).height()), limit))
    gap = 3.0
    total = sum(heights) + gap * (len(heights) - 1)
    cursor = y + max((h - total) / 2, 4)
    for (text, f, _), height in zip(blocks, heights, strict=True):
        _text(paper, text, f, x + 15, cursor, inner_w, height, _CENTER_TOP)
        cursor += height + gap


def _folded_card(paper: Paper, person: Attendee | None) -> None:
    w, h = paper.width_mm, paper.height_mm
    _dashed(paper, 5, h / 2, w - 5, h / 2)
    if person is None:
        return
    _card_face(paper, person, 0, h / 2, w, h / 2)
    # The upper face, upside down: folded into a tent, it faces the other way, upright.
    painter = paper.painter
    painter.save()
    centre = paper.point(w / 2, h / 4)
    painter.translate(centre)
    painter.rotate(180)
    painter.translate(-centre)
    _card_face(paper, person, 0, 0, w, h / 2)
    painter.restore()


def _half_cards(paper: Paper, people: Sequence[Attendee]) -> None:
    w, h = paper.width_mm, paper.height_mm
    _dashed(paper, 5, h / 2, w - 5, h / 2)
    for i, person in enumerate(people[:2]):
        _card_face(paper, person, 0, i * h / 2, w, h / 2)


# ----------------------------------------------------------------------------------------------
# Badges
# ----------------------------------------------------------------------------------------------


def badge_origins(page_w: float = 210.0, page_h: float = 297.0) -> list[tuple[float, float]]:
    """Top-left corners (mm) of the badges on a sheet, row by row."""
    block_w = BADGE_COLUMNS * BADGE_W + (BADGE_COLUMNS - 1) * BADGE_GAP
    block_h = BADGE_ROWS * BADGE_H + (BADGE_ROWS - 1) * BADGE_GAP
    x0, y0 = (page_w - block_w) / 2, (page_h - block_h) / 2
    return [(x0 + c * (BADGE_W + BADGE_GAP), y0 + r * (BADGE_H + BADGE_GAP))
            for r in range(BADGE_ROWS) for c in range(BADGE_COLUMNS)]


def _badge_page(paper: Paper, conference: Conference, people: Sequence[Attendee]) -> None:
    for (x, y), person in zip(badge_origins(paper.width_mm, paper.height_mm), people, strict=False):
        _cut_marks(paper, x, y, BADGE_W, BADGE_H)
        _badge(paper, conference, person, x, y)


def _cut_marks(paper: Paper, x: float, y: float, w: float, h: float) -> None:
    pen = QPen(Qt.GlobalColor.black)
    pen.setWidthF(paper.px(0.2))
    paper.painter.setPen(pen)
    for cx, dx in ((x, -1), (x + w, 1)):
        for cy, dy in ((y, -1), (y + h, 1)):
            # Two short strokes pointing away from each corner, off the badge itself.
            paper.painter.drawLine(paper.point(cx + dx * CUT_GAP, cy), paper.point(cx + dx * (CUT_GAP + CUT_MARK), cy))
            paper.painter.drawLine(paper.point(cx, cy + dy * CUT_GAP), paper.point(cx, cy + dy * (CUT_GAP + CUT_MARK)))


BADGE_QR, BADGE_QR_TOP = 24.0, 15.0  # the QR code's side and its top from the badge's (mm)
NAME_PT, NAME_MIN_PT = 18.0, 14.0   # a badge's name: shrunk only for a very long one, never below 14 pt
_ROLE_BAND = 10.0                   # mm at the foot of a badge for its role line


def _badge(paper: Paper, conference: Conference, person: Attendee, x: float, y: float) -> None:
    pad = 4.0
    inner = BADGE_W - 2 * pad
    _text(paper, conference.title.upper(), font(7, bold=True), x + pad, y + 3, inner, 9)
    rule = QPen(Qt.GlobalColor.black)
    rule.setWidthF(paper.px(0.3))
    paper.painter.setPen(rule)
    paper.painter.drawLine(paper.point(x + pad, y + 13), paper.point(x + BADGE_W - pad, y + 13))
    qr_size = BADGE_QR
    text_w = BADGE_W - 2 * pad - qr_size - 2
    role_top = y + BADGE_H - _ROLE_BAND - 2
    cursor = y + BADGE_QR_TOP
    if person.salutation:
        cursor += _text(paper, person.salutation, font(9, italic=True), x + pad, cursor, text_w, 5, _LEFT_TOP)
    name_font = badge_name_font(paper, person.full_name, text_w)
    cursor += _text(paper, person.full_name, name_font, x + pad, cursor, text_w, 13, _LEFT_TOP) + 1
    cursor += _text(paper, person.position, font(9), x + pad, cursor, text_w, 8, _LEFT_TOP) + 0.5
    _text(paper, person.unit_name, font(9, bold=True), x + pad, cursor, text_w, max(role_top - cursor, 4), _LEFT_TOP)
    qx, qy = x + BADGE_W - pad - qr_size, y + BADGE_QR_TOP
    draw_qr(paper, person.code, qx, qy, qr_size)
    _text(paper, person.code, font(9, bold=True), qx - 2, qy + qr_size + 0.3, qr_size + 4, 5, _CENTER_TOP)
    # The role line: across the foot of the badge, under a rule, in capitals.
    paper.painter.setPen(rule)
    paper.painter.drawLine(paper.point(x + pad, role_top + 0.5), paper.point(x + BADGE_W - pad, role_top + 0.5))
    role = person.badge_role or "ĐẠI BIỂU"
    _text(paper, role, _fitted(paper, role, inner, 16, 10), x + pad, role_top + 1, inner, _ROLE_BAND)


def badge_name_font(paper: Paper, name: str, width_mm: float) -> QFont:
    """18 pt bold where the name fits on one line; smaller (down to 14 pt) for a very long name,
    which wraps at 14 pt if it must."""
    return _fitted(paper, name, width_mm, NAME_PT, NAME_MIN_PT)


def draw_qr(paper: Paper, data: str, x: float, y: float, size: float) -> None:
    """A QR code of `data` as vector squares (sharp at any resolution), quiet zone included."""
    qr = segno.make(data, error="m", micro=False)
    border = 2
    matrix = qr.matrix
    n = len(matrix) + 2 * border
    module = size / n
    path = QPainterPath()
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                # One rectangle per run of dark modules: no hairline seams between them.
                path.addRect(paper.rect(x + (start + border) * module, y + (r + border) * module,
                                        (c - start) * module, module))
            else:
                c += 1
    painter = paper.painter
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillPath(path, Qt.GlobalColor.black)
