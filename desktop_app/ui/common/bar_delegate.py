"""Draws a share (0–1) as a horizontal bar with its percentage, for attendance columns."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.ui.models.group_stats_model import ShareRole

BAR_COLOR = QColor("#2e7d4f")
TRACK_COLOR = QColor("#e3e8e5")


class BarDelegate(QStyledItemDelegate):
    """The cell's text on the right, a bar for the share on the left."""

    TEXT_WIDTH = 48

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        share = index.data(ShareRole)
        if share is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:
            # The background and selection highlight, without the text.
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        rect = option.rect.adjusted(4, 4, -4, -4)
        bar = QRect(rect.left(), rect.top(), max(rect.width() - self.TEXT_WIDTH, 10), rect.height())
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK_COLOR)
        painter.drawRect(bar)
        painter.setBrush(BAR_COLOR)
        painter.drawRect(QRect(bar.left(), bar.top(), round(bar.width() * max(0.0, min(1.0, float(share)))),
                               bar.height()))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        text_rect = QRect(bar.right() + 4, rect.top(), rect.right() - bar.right() - 4, rect.height())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 160), hint.height())
