"""Conference → Invitations…: the first page previewed beside the choices, saved on a worker as a
PDF, a Word document or a .zip of one file per unit."""

from __future__ import annotations

import zipfile

from PySide6.QtWidgets import QDialog, QFileDialog

from desktop_app.domain.invitation_files import Split
from desktop_app.ui.paper.invitations_dialog import InvitationsDialog


def test_the_dialog_previews_the_first_page_and_saves_what_is_chosen(qtbot, window, tmp_path, monkeypatch):
    shown: list[QDialog] = []
    monkeypatch.setattr(QDialog, "open", lambda self: shown.append(self))
    window.menus.invitations_action.trigger()
    assert [type(d).__name__ for d in shown] == ["InvitationsDialog"]
    dialog = InvitationsDialog(window, window.session, window.session.conference_id, window.prefs)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.data), timeout=20_000)
    assert dialog.preview_widget.pageCount() == 1 and dialog.data[0].code
    assert f"Pages: {len(dialog.data)} (" in dialog.status.text()
    dialog.section.setCurrentIndex(1)                 # I. LÃNH ĐẠO UBND TỈNH: fewer pages
    everyone = len(dialog.data)
    qtbot.waitUntil(lambda: 0 < len(dialog.data) < everyone, timeout=20_000)
    assert dialog.width() <= 1024 and dialog.height() <= 768
    targets = iter([tmp_path / "gm", tmp_path / "gm-word.docx", tmp_path / "theo-don-vi.zip"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **kw: (str(next(targets)), ""))
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    assert dialog.written == tmp_path / "gm.pdf" and "Open it" in dialog.status.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("docx"))
    assert dialog.template.isEnabled() and not dialog.print_button.isEnabled()
    dialog.written = None
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    assert dialog.written == tmp_path / "gm-word.docx"
    dialog.split.setCurrentIndex(dialog.split.findData(Split.UNIT))
    dialog.written = None
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    names = zipfile.ZipFile(dialog.written).namelist()
    assert names and all(n.endswith(".docx") for n in names)


def test_the_conference_form_has_the_invitation_on_a_second_tab(qtbot, window):
    from desktop_app.store.conferences import get_conference, update_conference
    from desktop_app.ui.conferences.conference_dialog import ConferenceDialog

    db = window.session.db
    saved = []
    dialog = ConferenceDialog(window, lambda c: saved.append(update_conference(db, c)) or saved[-1],
                              get_conference(db, window.session.conference_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs.count() == 2 and dialog.sizeHint().height() <= 700 and dialog.sizeHint().width() <= 1000
    dialog.tabs.setCurrentIndex(1)
    dialog.doc_number.setText("123/GM-STTTT")
    dialog.signer_title.setPlainText("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
    dialog.recipients.setPlainText("- Như trên;\n- Lưu: VT.")
    dialog.buttons.accepted.emit()
    stored = get_conference(db, window.session.conference_id)
    assert (stored.doc_number, stored.signer_title, stored.recipients) == (
        "123/GM-STTTT", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "- Như trên;\n- Lưu: VT.")


def test_units_invited_without_names_are_edited_beside_the_invitations(qtbot, qtmodeltester, window, monkeypatch):
    from desktop_app.store.invited_units import list_invited_units
    from desktop_app.ui.paper.invited_units_dialog import InvitedUnitsDialog

    monkeypatch.setattr(QDialog, "open", lambda self: None)
    invitations = InvitationsDialog(window, window.session, window.session.conference_id, window.prefs)
    qtbot.addWidget(invitations)
    qtbot.waitUntil(lambda: bool(invitations.data), timeout=20_000)
    before = len(invitations.data)
    invitations.units_button.click()
    dialog = invitations.findChild(InvitedUnitsDialog)
    dialog.unit.setText("Sở  Nội vụ")
    dialog.seats.setValue(2)
    dialog.section.setCurrentIndex(2)
    dialog.add_button.click()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 2).data().startswith("II.")
    dialog.table.selectRow(0)
    dialog.seats.setValue(3)
    dialog.save_button.click()
    db, conference_id = window.session.db, window.session.conference_id
    assert [(u.unit_name, u.seats) for u in list_invited_units(db, conference_id)] == [("Sở Nội vụ", 3)]
    shown = []
    monkeypatch.setattr("desktop_app.ui.paper.invited_units_dialog.show_error", lambda *a: shown.append(a[1].code))
    dialog.add_button.click()                        # the same unit again: refused, said, nothing added
    assert shown == ["invited_unit_exists"] and dialog.model.rowCount() == 1
    dialog.reject()
    qtbot.waitUntil(lambda: len(invitations.data) == before + 1, timeout=20_000)
    assert invitations.data[-1].addressee == "Kính gửi: Sở Nội vụ" and "(03 người)" in invitations.data[-1].body[-1]
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    assert list_invited_units(db, conference_id) == []
