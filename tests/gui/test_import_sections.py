"""The import wizard on what units really send: a section heading matched to a conference section
only by its number, the titles differing, shown in the preview with a choice, not taken silently
(issue 11 item 12); a list sent back as tables in a Word document (issue 14 item 3)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from desktop_app.exchange.import_report import NEW_SECTION, NO_SECTION
from desktop_app.store.attendees import list_attendees
from desktop_app.store.sections import list_sections, update_section
from desktop_app.ui.importing.import_wizard import ImportWizard

DATA = Path(__file__).parents[1] / "data"
HEADING = "III. UBND CÁC HUYỆN, THÀNH PHỐ"


def _idle(wizard: ImportWizard) -> bool:
    return not any(p.runner.running for p in (wizard.file_page, wizard.sheet_page, wizard.columns_page,
                                               wizard.encoding_page, wizard.preview_page, wizard.result_page))


def _to_preview(qtbot, window, db, demo) -> ImportWizard:
    third = list_sections(db, demo.id)[2]
    update_section(db, third.id, title="III. UBND CÁC XÃ, PHƯỜNG", kinds=third.kinds)   # after the merger
    from desktop_app.ui.file_actions import open_import

    open_import(window, DATA / "invite_list_sections.xlsx")
    wizard = window.findChild(ImportWizard)
    qtbot.waitUntil(lambda: _idle(wizard), timeout=20_000)
    while wizard.currentId() != wizard.PREVIEW:
        wizard.next()
        qtbot.waitUntil(lambda: _idle(wizard), timeout=30_000)
    return wizard


def _entries(page) -> list:
    return [page.model.entry_at(i) for i in range(page.model.rowCount())]


def _sections_of(db, conference_id: int, names: set[str]) -> set[str]:
    return {a.section_title for a in list_attendees(db, conference_id) if a.full_name in names}


def test_a_heading_matched_only_by_its_number_is_asked_about(qtbot, window, db, demo):
    wizard = _to_preview(qtbot, window, db, demo)
    page = wizard.preview_page
    box = page.sections_box
    assert box.isVisibleTo(page) and list(box.combos) != []
    (row, combo), = box.combos.items()                          # only heading III: the others match by title
    assert HEADING in box.findChildren(type(page.summary))[0].text()
    assert combo.currentText() == "III. UBND CÁC XÃ, PHƯỜNG"     # what matching proposes, shown
    assert combo.findData(NEW_SECTION) >= 0 and combo.findData(NO_SECTION) >= 0
    third = [e for e in _entries(page) if e.row > row][:1]
    assert third and third[0].section == "III. UBND CÁC XÃ, PHƯỜNG"
    combo.setCurrentIndex(combo.findData(NEW_SECTION))           # the dry run again, rows moved
    qtbot.waitUntil(lambda: _idle(wizard) and wizard.state.preview is not None, timeout=30_000)
    moved = [e for e in _entries(page) if e.row > row][:1]
    assert moved[0].section == "UBND CÁC HUYỆN, THÀNH PHỐ"
    assert page.sections_box.combos[row].currentData() == NEW_SECTION     # the choice stays shown
    names = {e.name for e in _entries(page) if e.section == "UBND CÁC HUYỆN, THÀNH PHỐ"}
    assert names and wizard.currentPage().isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: _idle(wizard) and wizard.result_page.outcome == "done", timeout=30_000)
    sections = [s.title for s in list_sections(db, demo.id)]
    assert sections[-1] == "UBND CÁC HUYỆN, THÀNH PHỐ" and "III. UBND CÁC XÃ, PHƯỜNG" in sections
    assert _sections_of(db, demo.id, names) == {"UBND CÁC HUYỆN, THÀNH PHỐ"}
    assert "a new section “UBND CÁC HUYỆN, THÀNH PHỐ”" in wizard.result_page.browser.toPlainText()
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_the_numbered_section_can_be_kept_as_proposed(qtbot, window, db, demo):
    wizard = _to_preview(qtbot, window, db, demo)
    page = wizard.preview_page
    assert len(page.sections_box.combos) == 1
    names = {e.name for e in _entries(page) if e.section == "III. UBND CÁC XÃ, PHƯỜNG"}
    before = len(list_sections(db, demo.id))
    wizard.next()
    qtbot.waitUntil(lambda: _idle(wizard) and wizard.result_page.outcome == "done", timeout=30_000)
    assert len(list_sections(db, demo.id)) == before
    assert names and _sections_of(db, demo.id, names) == {"III. UBND CÁC XÃ, PHƯỜNG"}
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_a_word_list_goes_through_the_same_wizard(qtbot, window, db, demo):
    from desktop_app.store.attendees import count_attendees
    from desktop_app.ui.file_actions import open_import

    before = count_attendees(db, demo.id)
    open_import(window, DATA / "invite_list_tcvn3_word.docx")
    wizard = window.findChild(ImportWizard)
    qtbot.waitUntil(lambda: _idle(wizard), timeout=20_000)
    status = wizard.file_page.status.text()
    assert "Word document" in status and "in its tables" in status and "row 3" in status
    while wizard.currentId() != wizard.PREVIEW:
        wizard.next()
        qtbot.waitUntil(lambda: _idle(wizard), timeout=30_000)
    assert wizard.state.preview.importable == 20 and wizard.state.preview.encoding == "tcvn3"
    wizard.next()
    qtbot.waitUntil(lambda: _idle(wizard) and wizard.result_page.outcome == "done", timeout=30_000)
    assert count_attendees(db, demo.id) == before + 20
    assert "Nguyễn Quốc Mai" in {a.full_name for a in list_attendees(db, demo.id)}
    wizard.button(QWizard.WizardButton.FinishButton).click()
