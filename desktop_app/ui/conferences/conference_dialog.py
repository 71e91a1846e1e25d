"""Create or edit a conference, and the smaller form for duplicating one. Problems (no title, an
end before the start) are shown at their field; the form stays open until it saves."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from desktop_app.domain.kinds import Numbering
from desktop_app.domain.models import Conference
from desktop_app.ui.common.forms import FormDialog, OptionalDateTime, datetime_edit, edit_value


class ConferenceDialog(FormDialog):
    """`save(conference)` stores it (create when id is 0) and returns the stored one."""

    def __init__(self, parent: QWidget | None, save: Callable[[Conference], Conference],
                 conference: Conference | None = None) -> None:
        super().__init__(parent)
        self._save = save
        start = datetime.now().replace(hour=7, minute=30, second=0, microsecond=0) + timedelta(days=1)
        self.original = conference or Conference(id=0, title="", starts_at=start, ends_at=start.replace(hour=11))
        c = self.original
        self.title = QLineEdit(c.title, self)
        self.starts = datetime_edit(self, c.starts_at)
        self.ends = OptionalDateTime(self, c.ends_at, c.starts_at + timedelta(hours=4))
        self.venue = QLineEdit(c.venue, self)
        self.organizer = QLineEdit(c.organizer, self)
        self.parent_agency = QLineEdit(c.parent_agency, self)
        self.chair = QLineEdit(c.chair, self)
        self.place = QLineEdit(c.place_name, self)
        self.numbering = QComboBox(self)
        self.notes = QPlainTextEdit(c.notes, self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.add_row("title", lambda: self.tr("&Title:"), self.title)
        self.add_row("starts_at", lambda: self.tr("&Starts:"), self.starts)
        self.add_row("ends_at", lambda: self.tr("&Ends:"), self.ends)
        self.add_row("venue", lambda: self.tr("&Venue:"), self.venue)
        self.add_row("organizer", lambda: self.tr("Or&ganizing agency:"), self.organizer)
        self.add_row("parent_agency", lambda: self.tr("Pa&rent agency:"), self.parent_agency)
        self.add_row("chair", lambda: self.tr("C&hair:"), self.chair)
        self.add_row("place_name", lambda: self.tr("&Place for the date line:"), self.place)
        self.add_row("numbering", lambda: self.tr("&Numbering on sheets:"), self.numbering)
        self.add_row("notes", lambda: self.tr("N&otes:"), self.notes)
        self.tabs = self._with_invitation_tab(c)
        self.finish(above=self.tabs)
        self.setMinimumWidth(640)
        self.title.setFocus()

    def _with_invitation_tab(self, c: Conference) -> QTabWidget:
        """The invitation's fields (giấy mời) on a second tab, so the form fits a 1024 × 768 screen."""
        general, invitation = self.form, QFormLayout()
        invitation.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = invitation
        self.doc_number = QLineEdit(c.doc_number, self)
        self.invitation_subject = QLineEdit(c.invitation_subject, self)
        self.invitation_body = self._lines(c.invitation_body, 110)
        self.signer_title = self._lines(c.signer_title, 50)
        self.signer_name = QLineEdit(c.signer_name, self)
        self.recipients = self._lines(c.recipients, 70)
        self.add_row("doc_number", lambda: self.tr("N&umber and symbol:"), self.doc_number)
        self.add_row("invitation_subject", lambda: self.tr("Subj&ect:"), self.invitation_subject)
        self.add_row("invitation_body", lambda: self.tr("&Body:"), self.invitation_body)
        self.add_row("signer_title", lambda: self.tr("Si&gner's title:"), self.signer_title)
        self.add_row("signer_name", lambda: self.tr("Signer's na&me:"), self.signer_name)
        self.add_row("recipients", lambda: self.tr("Re&cipients (Nơi nhận):"), self.recipients)
        tabs = QTabWidget(self)
        for layout in (general, invitation):
            page = QWidget(tabs)
            page.setLayout(layout)
            tabs.addTab(page, "")
        self.form = QFormLayout()   # nothing more under the tabs
        return tabs

    def _lines(self, text: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(text, self)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        return edit

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("New conference") if not self.original.id else self.tr("Edit conference"))
        self.title.setPlaceholderText(self.tr("e.g. Hội nghị sơ kết công tác 6 tháng đầu năm"))
        self.organizer.setPlaceholderText(self.tr("e.g. SỞ THÔNG TIN VÀ TRUYỀN THÔNG"))
        self.parent_agency.setPlaceholderText(self.tr("e.g. UBND TỈNH LẠNG SƠN"))
        self.place.setPlaceholderText(self.tr("e.g. Lạng Sơn"))
        if hasattr(self, "tabs"):
            self.tabs.setTabText(0, self.tr("Gener&al"))
            self.tabs.setTabText(1, self.tr("&Invitation (giấy mời)"))
            self.doc_number.setPlaceholderText(self.tr("e.g. 123/GM-STTTT"))
            self.invitation_subject.setPlaceholderText(self.tr("empty: the conference's title"))
            self.invitation_body.setPlaceholderText(self.tr(
                "The purpose, e.g. “Thực hiện Kế hoạch số …, Sở … tổ chức Hội nghị …”. The time, the venue and "
                "the session topics follow it on the invitation."))
            self.signer_title.setPlaceholderText(self.tr("e.g. KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"))
            self.recipients.setPlaceholderText(self.tr("empty: “- Như trên;” and “- Lưu: VT.”"))
        self.ends.enabled.setText(self.tr("until"))
        current = self.numbering.currentData() or self.original.numbering
        self.numbering.clear()
        self.numbering.addItem(self.tr("One sequence for the whole list"), Numbering.CONTINUOUS)
        self.numbering.addItem(self.tr("Restart in each section"), Numbering.PER_SECTION)
        self.numbering.setCurrentIndex(max(0, self.numbering.findData(current)))

    def conference(self) -> Conference:
        return replace(self.original, title=self.title.text(), starts_at=edit_value(self.starts),
                       ends_at=self.ends.value(), venue=self.venue.text(), organizer=self.organizer.text(),
                       parent_agency=self.parent_agency.text(), chair=self.chair.text(),
                       place_name=self.place.text(), notes=self.notes.toPlainText(),
                       numbering=Numbering(self.numbering.currentData()), doc_number=self.doc_number.text(),
                       invitation_subject=self.invitation_subject.text(),
                       invitation_body=self.invitation_body.toPlainText(),
                       signer_title=self.signer_title.toPlainText(), signer_name=self.signer_name.text(),
                       recipients=self.recipients.toPlainText())

    def save(self) -> Conference:
        return self._save(self.conference())


class DuplicateDialog(FormDialog):
    """A new title and date for the copy, and whether the attendees come along."""

    def __init__(self, parent: QWidget | None, source: Conference,
                 check: Callable[[str, datetime, datetime | None], None]) -> None:
        super().__init__(parent)
        self.source = source
        self._check = check
        start = source.starts_at + timedelta(days=365)
        self.title = QLineEdit(self)
        self.starts = datetime_edit(self, start)
        length = source.ends_at - source.starts_at if source.ends_at else None
        self.ends = OptionalDateTime(self, start + length if length is not None else None,
                             start + (length or timedelta(hours=4)))
        self.with_attendees = QCheckBox(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.add_row("title", lambda: self.tr("&Title of the copy:"), self.title)
        self.add_row("starts_at", lambda: self.tr("&Starts:"), self.starts)
        self.add_row("ends_at", lambda: self.tr("&Ends:"), self.ends)
        self.finish(self.with_attendees, self.note)
        self.title.setText(self.tr("{title} (copy)").format(title=source.title))
        self.title.selectAll()
        self.setMinimumWidth(720)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Duplicate conference"))
        self.ends.enabled.setText(self.tr("until"))
        self.with_attendees.setText(self.tr("&Copy the attendees too (as invited; nobody checked in, new codes)"))
        self.note.setText(self.tr("Sections and session topics are always copied; topic times move with the "
                                  "new date."))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Duplicate"))

    def values(self) -> tuple[str, datetime, datetime | None, bool]:
        return self.title.text(), edit_value(self.starts), self.ends.value(), self.with_attendees.isChecked()

    def save(self) -> tuple[str, datetime, datetime | None, bool]:
        title, starts, ends, with_attendees = self.values()
        self._check(title, starts, ends)  # the copy itself runs on a worker after the form closes
        return title, starts, ends, with_attendees

