"""The import preview's question about section headings matched to a conference section only by
their number ("III. UBND CÁC HUYỆN, THÀNH PHỐ" onto "III. UBND CÁC XÃ, PHƯỜNG"): for each, a
choice of that section, another one, a new section named after the heading, or none."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from desktop_app.domain.models import Section
from desktop_app.exchange.import_report import NEW_SECTION, NO_SECTION, ImportReport, SectionChoice, SectionUse


class SectionChoicesBox(QGroupBox):
    """One row per heading to confirm; hidden when there is none."""

    chosen = Signal(int, object)          # heading row, SectionChoice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section_choices")
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.combos: dict[int, QComboBox] = {}
        self._uses: list[SectionUse] = []
        self._sections: list[Section] = []
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Section headings to confirm"))
        if self._uses:
            self.show_choices(self._uses, self._sections)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_report(self, report: ImportReport | None, sections: list[Section]) -> None:
        self.show_choices([s for s in report.sections if s.numeral_only] if report else [], sections)

    def show_choices(self, uses: list[SectionUse], sections: list[Section]) -> None:
        self._uses, self._sections = uses, sections
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        by_id = {s.id: s for s in sections}
        for use in uses:
            proposed = by_id.get(use.proposed_id) if use.proposed_id is not None else None
            label = QLabel(self.tr("<b>{heading}</b> has the number of the conference's section “{section}”, but "
                                   "another title. Its rows go to:").format(
                heading=escape(use.heading), section=escape(proposed.title if proposed else "")), self)
            label.setWordWrap(True)
            combo = QComboBox(self)
            combo.setObjectName(f"section_choice_{use.row}")
            for section in sections:
                combo.addItem(section.title, section.id)
            title = use.new_title or _bare(use)
            combo.addItem(self.tr("A new section “{title}”").format(title=title), NEW_SECTION)
            combo.addItem(self.tr("No section (by the kind of each unit)"), NO_SECTION)
            combo.setCurrentIndex(max(0, combo.findData(_current(use))))
            combo.currentIndexChanged.connect(lambda _i, row=use.row, c=combo: self.chosen.emit(row, c.currentData()))
            label.setBuddy(combo)
            self.form.addRow(label)
            self.form.addRow(combo)
            self.combos[use.row] = combo
        self.setVisible(bool(uses))


def _current(use: SectionUse) -> SectionChoice:
    if use.new_title:
        return NEW_SECTION
    return use.section_id if use.section_id is not None else NO_SECTION


def _bare(use: SectionUse) -> str:
    from desktop_app.domain.signin import bare_title

    return bare_title(use.heading) or use.heading
