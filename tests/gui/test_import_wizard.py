"""The import wizard driven page by page: file → sheet → columns → encoding → preview → import →
report; bad files, Cancel in the middle of the import, files dropped on the window."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWizard

from desktop_app.domain.errors import FileProblem
from desktop_app.exchange.decoding import EncodingChoice
from desktop_app.exchange.overview import sheet_summaries
from desktop_app.exchange.table import Field
from desktop_app.messages import describe
from desktop_app.store.attendees import count_attendees, list_attendees
from desktop_app.ui.importing.import_wizard import ImportWizard
from desktop_app.ui.models.import_preview_model import ProblemFilter, RowState

DATA = Path(__file__).parents[1] / "data"


def idle(wizard: ImportWizard) -> bool:
    pages = (wizard.file_page, wizard.sheet_page, wizard.columns_page, wizard.encoding_page,
             wizard.preview_page, wizard.result_page)
    return not any(p.runner.running for p in pages)


def open_wizard(qtbot, window, path: Path | None = None) -> ImportWizard:
    from desktop_app.ui.file_actions import open_import

    open_import(window, path)
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    qtbot.waitUntil(lambda: idle(wizard), timeout=20_000)
    return wizard


def next_page(qtbot, wizard: ImportWizard) -> int:
    assert wizard.currentPage().isComplete(), wizard.currentId()
    wizard.next()
    qtbot.waitUntil(lambda: idle(wizard), timeout=30_000)
    return wizard.currentId()


def messy_workbook(path: Path) -> Path:
    """Two sheets (notes first), a title block, column numbers, section headings, a lost leading
    zero, a name typed with the keyboard off, a row without a name, a duplicate, a total line."""
    wb = Workbook()
    wb.active.title = "Hướng dẫn"
    wb.active["A1"] = "Gửi danh sách trước ngày 10/9."
    ws = wb.create_sheet("DS gửi về")
    for row in (["UBND TỈNH LẠNG SƠN"], ["DANH SÁCH ĐẠI BIỂU"], [],
                ["TT", "Họ tên", "Chức danh", "Đơn vị công tác", "ĐT"],
                ["(1)", "(2)", "(3)", "(4)", "(5)"],
                ["I. LÃNH ĐẠO UBND TỈNH"],
                [1, "Nguyễn Văn Đức", "Giám đốc", "Sở Tư pháp", 912345678],
                [2, "Nguyeenx Thij Hoa", "Chuyên viên", "Sở Nội vụ", "0987654321"],
                [3, None, "Phóng viên", "Báo Lạng Sơn", None],
                [4, "Nguyễn Văn Đức", "Giám đốc", "Sở Tư pháp", None],
                [5, "Vi Văn Lâm", "Giám đốc", "Hợp tác xã Hoa Hồi Văn Quan", "0203387012"],
                [None, "Tổng cộng: 5 người"]):
        ws.append(row)
    wb.save(path)
    return path


def test_a_tcvn3_list_through_every_page(qtbot, window, db, demo):
    before = count_attendees(db, demo.id)
    wizard = open_wizard(qtbot, window, DATA / "invite_list_tcvn3.xlsx")
    assert wizard.currentId() == wizard.FILE
    assert "Danh sách" in wizard.file_page.status.text() and "row 7" in wizard.file_page.status.text()
    # One sheet: straight to the columns, mapped from the header row found.
    assert next_page(qtbot, wizard) == wizard.COLUMNS
    page = wizard.columns_page
    assert page.header_spin.value() == 7
    assert page.combos[Field.NAME].currentData() == 1 and page.combos[Field.UNIT].currentData() == 3
    assert page.combos[Field.NAME].currentText() == "B · HỌ VÀ TÊN"
    assert "TCVN3" in page.encoding_text.text()
    # Legacy text: the encoding page shows the cells as written and as they will be read.
    assert next_page(qtbot, wizard) == wizard.ENCODING
    samples = wizard.encoding_page.model
    first = samples.index(0, samples.WRITTEN).data(), samples.index(0, samples.READ).data()
    assert first == ("§ç Ngäc Tr\xadêng", "Đỗ Ngọc Trường")
    wizard.encoding_page.radios[EncodingChoice.UNICODE].click()
    assert samples.index(0, samples.READ).data() == "§ç Ngäc Tr\xadêng"
    assert next_page(qtbot, wizard) == wizard.PREVIEW      # kept as written: the preview warns
    assert "looks like TCVN3" in wizard.preview_page.summary.text()
    wizard.back()
    wizard.encoding_page.radios[EncodingChoice.AUTO].click()
    assert next_page(qtbot, wizard) == wizard.PREVIEW
    assert "looks like" not in wizard.preview_page.summary.text()
    preview = wizard.preview_page
    assert wizard.state.preview is not None and wizard.state.preview.importable == 20
    assert "<b>20</b>" in preview.summary.text()
    assert preview.model.rowCount() == 20
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Import 20 people"
    assert "Other desks sharing this database may pause" in preview.subTitle()   # said before the long write
    assert count_attendees(db, demo.id) == before        # the dry run wrote nothing
    assert next_page(qtbot, wizard) == wizard.RESULT
    result = wizard.result_page
    assert result.outcome == "done"
    assert "Imported 20 people" in result.browser.toPlainText()
    assert "before the import" in result.browser.toPlainText()
    assert count_attendees(db, demo.id) == before + 20
    names = {a.full_name for a in list_attendees(db, demo.id)}
    assert {"Đỗ Ngọc Trường", "Nguyễn Quốc Mai"} <= names
    assert "Imported 20 people" in result.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_a_messy_workbook_shows_its_sheet_and_every_problem(qtbot, window, db, demo, tmp_path):
    before = count_attendees(db, demo.id)
    wizard = open_wizard(qtbot, window, messy_workbook(tmp_path / "messy.xlsx"))
    assert next_page(qtbot, wizard) == wizard.SHEET
    sheets = wizard.sheet_page.sheets
    assert sheets.topLevelItemCount() == 2
    assert sheets.currentItem().text(0) == "DS gửi về"
    assert sheets.topLevelItem(0).text(2) == "no list headings found"
    assert next_page(qtbot, wizard) == wizard.COLUMNS
    assert next_page(qtbot, wizard) == wizard.PREVIEW      # Unicode: no encoding page
    page = wizard.preview_page
    states = {page.model.entry_at(r).row: page.model.entry_at(r).state for r in range(page.model.rowCount())}
    assert states[5] is RowState.SKIPPED                   # the row of column numbers
    assert states[7] is RowState.CHANGED                   # 912345678 got its leading zero back
    assert states[8] is RowState.CHECK                     # "Nguyeenx Thij": keyboard off
    assert states[9] is RowState.SKIPPED and states[10] is RowState.SKIPPED   # no name; twice in the file
    assert states[11] is RowState.CHECK                    # a unit not in the catalog
    entries = {page.model.entry_at(r).row: page.model.entry_at(r) for r in range(page.model.rowCount())}
    no_name, twice = entries[9], entries[10]               # a skipped row shows what the file says
    assert (no_name.name, no_name.position, no_name.unit) == ("", "Phóng viên", "Báo Lạng Sơn")
    assert (twice.name, twice.position, twice.unit) == ("Nguyễn Văn Đức", "Giám đốc", "Sở Tư pháp")
    page.show_only(ProblemFilter.SKIPPED)
    assert page.proxy.rowCount() == sum(1 for s in states.values() if s is RowState.SKIPPED)
    page.show_only(ProblemFilter.UNMATCHED)
    assert page.proxy.rowCount() == 1
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    assert "Row 11" in page.details.text() and "catalog" in page.details.text()
    changed = page.model.index(next(r for r in range(page.model.rowCount()) if page.model.entry_at(r).row == 7),
                               page.model.PHONE)
    assert changed.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "“912345678” → “0912345678”" in page.model.reasons(page.model.entry_at(changed.row()))
    assert "3 people will be added" in page.summary.text().replace("<b>", "").replace("</b>", "")
    wizard.reject()                                        # Cancel before importing: nothing written
    assert count_attendees(db, demo.id) == before


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n" + b"\0" * 64, b"PK\x03\x04 truncated zip"])
def test_a_bad_file_gets_one_sentence_on_the_first_page(qtbot, window, db, demo, tmp_path, content):
    bad = tmp_path / "danh sach.xlsx"
    bad.write_bytes(content)
    before = count_attendees(db, demo.id)
    wizard = open_wizard(qtbot, window, bad)
    page = wizard.file_page
    with pytest.raises(FileProblem) as problem:
        sheet_summaries(bad)
    assert page.error == describe(problem.value) == page.status.text()   # the one sentence for it
    assert not page.isComplete() and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert count_attendees(db, demo.id) == before


def test_a_file_over_a_limit_gets_its_sentence_on_the_first_page(qtbot, window, db, demo, tmp_path):
    big = tmp_path / "danh sach.csv"
    with open(big, "wb") as f:
        f.write("STT,Họ và tên,Cơ quan\r\n".encode() + b"1,Nguyen Van Duc,So Tu phap\r\n" * 400)
        f.truncate(100 * 1024 * 1024)   # sparse: 100 MB that take no room on disk
    before = count_attendees(db, demo.id)
    wizard = open_wizard(qtbot, window, big)
    page = wizard.file_page
    assert "is larger than any invite list: it is over 64 MB" in page.error
    assert page.error == page.status.text() and not page.isComplete()
    assert count_attendees(db, demo.id) == before


def test_cancel_while_a_slow_file_is_read_stops_the_reading(qtbot, window, db, demo, tmp_path, monkeypatch):
    import desktop_app.exchange.overview as overview
    from desktop_app.domain.errors import Cancelled
    from desktop_app.ui.file_actions import open_import

    path = tmp_path / "nhieu_trang.xlsx"
    wb = Workbook()
    for i in range(200):   # no list anywhere: the first page reads the top of every sheet
        wb.create_sheet(f"Trang {i}")["A1"] = "Ghi chú"
    wb.save(path)
    real = overview.find_header
    reading, release = threading.Event(), threading.Event()
    sheets_read: list[int] = []

    def slow_find_header(head, *args, **kwargs):
        sheets_read.append(1)
        if len(sheets_read) == 1:   # the file is slow: hold the worker on its first sheet
            reading.set()
            release.wait(20)
        return real(head, *args, **kwargs)

    monkeypatch.setattr(overview, "find_header", slow_find_header)
    before = count_attendees(db, demo.id)
    open_import(window, path)
    wizard = window.findChild(ImportWizard)
    qtbot.waitUntil(reading.is_set, timeout=20_000)
    task = wizard.file_page.runner.task
    ended: list[object] = []
    task.signals.failed.connect(ended.append)
    task.signals.succeeded.connect(ended.append)
    wizard.reject()                      # the wizard's Cancel button, while the file is read
    assert not wizard.isVisible()        # closed at once: it does not wait for the reading
    release.set()
    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    assert isinstance(ended[0], Cancelled)
    assert len(sheets_read) == 1         # the reading stopped at the next sheet, not after 200
    assert count_attendees(db, demo.id) == before


def test_a_list_without_a_header_can_be_mapped_by_hand(qtbot, window, db, demo, tmp_path):
    path = tmp_path / "no_header.csv"
    path.write_text("1,Hoàng Văn Nam,Chuyên viên\n2,Lý Thị Hoa,Phó Giám đốc\n", encoding="utf-8")
    wizard = open_wizard(qtbot, window, path)
    expected = describe(FileProblem("no_header", path=str(path), rows=30, sheet=""))
    assert expected in wizard.file_page.status.text().replace("&nbsp;", " ")
    assert wizard.file_page.isComplete()
    assert next_page(qtbot, wizard) == wizard.COLUMNS
    page = wizard.columns_page
    assert not page.isComplete() and "full names" in page.message.text()
    page.combos[Field.NAME].setCurrentIndex(page.combos[Field.NAME].findData(1))
    page.combos[Field.POSITION].setCurrentIndex(page.combos[Field.POSITION].findData(2))
    page.header_spin.setValue(0)                       # no heading row: every row is a person
    assert page.header_spin.text() == "none" and page.isComplete()
    assert next_page(qtbot, wizard) == wizard.PREVIEW
    assert wizard.state.preview.importable == 2
    assert next_page(qtbot, wizard) == wizard.RESULT
    assert {"Hoàng Văn Nam", "Lý Thị Hoa"} <= {a.full_name for a in list_attendees(db, demo.id)}


def test_cancel_in_the_middle_of_the_import_writes_nothing(qtbot, window, db, demo, monkeypatch):
    import desktop_app.exchange.importer as importer

    real = importer.add_attendees
    written, release = threading.Event(), threading.Event()

    def add_then_wait(*args, **kwargs):
        ids = real(*args, **kwargs)     # rows are in the (open) transaction now
        written.set()
        release.wait(20)
        return ids

    monkeypatch.setattr(importer, "add_attendees", add_then_wait)
    before = count_attendees(db, demo.id)
    wizard = open_wizard(qtbot, window, DATA / "invite_list_sections.xlsx")
    while wizard.currentId() != wizard.PREVIEW:
        next_page(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(written.is_set, timeout=20_000)
    assert wizard.result_page.running
    wizard.reject()                     # the wizard's Cancel button
    assert wizard.isVisible()           # it stays open until the import has stopped
    release.set()
    qtbot.waitUntil(lambda: wizard.result_page.outcome == "cancelled", timeout=20_000)
    assert "Nothing was written" in wizard.result_page.status.text()
    assert count_attendees(db, demo.id) == before
    assert wizard.result_page.again_button.isVisible()


def test_a_spreadsheet_dropped_on_the_window_opens_the_wizard(qtbot, window):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "invite_list_utf8_bom.csv"))])
    pos = QPointF(window.rect().center())
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    qtbot.waitUntil(lambda: idle(wizard), timeout=20_000)
    assert wizard.state.path == DATA / "invite_list_utf8_bom.csv" and wizard.file_page.isComplete()
    wizard.reject()


def test_browse_and_the_file_menu(qtbot, window, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **kw: (str(DATA / "invite_list_sections.xlsx"), ""))
    window.menus.import_action.trigger()
    wizard = window.findChild(ImportWizard)
    wizard.file_page.browse_button.click()
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=20_000)
    assert window.prefs.view_option("import/folder", "") == str(DATA)
    wizard.reject()
    window.session.set_conference(None)
    assert not window.menus.import_action.isEnabled() and not window.menus.export_action.isEnabled()
    assert window.menus.restore_action.isEnabled()


def test_the_wizard_speaks_vietnamese(qtbot, window, translations):
    from desktop_app.ui.common.i18n import set_language

    set_language("vi", directory=translations)
    try:
        wizard = open_wizard(qtbot, window, DATA / "invite_list_utf8_bom.csv")
        assert wizard.windowTitle() == "Nhập danh sách đại biểu"
        assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Tiếp >"
        assert wizard.file_page.title() == "Chọn danh sách đại biểu"
        assert "trang tính" in wizard.file_page.status.text()
        wizard.reject()
    finally:
        set_language("en", directory=translations)


def test_the_wizard_models(qtmodeltester, tmp_path, db, conference):
    from desktop_app.exchange.import_report import ImportOptions
    from desktop_app.exchange.importer import import_invite_list
    from desktop_app.exchange.overview import encoding_samples, sheet_top
    from desktop_app.ui.importing.import_encoding_page import EncodingSampleModel
    from desktop_app.ui.models.import_preview_model import ImportPreviewModel, preview_entries
    from desktop_app.ui.models.sheet_top_model import SheetTopModel

    path = messy_workbook(tmp_path / "m.xlsx")
    report = import_invite_list(db, conference.id, path, ImportOptions(dry_run=True, keep_rows=True))
    preview = ImportPreviewModel()
    preview.set_entries(preview_entries(report))
    qtmodeltester.check(preview)
    top = SheetTopModel()
    top.set_top(sheet_top(path, "DS gửi về"))
    top.set_mapping(4, {Field.NAME: 1})
    qtmodeltester.check(top)
    samples = EncodingSampleModel()
    samples.set_samples(encoding_samples(DATA / "invite_list_tcvn3.xlsx", "Danh sách", header_row=7).samples)
    qtmodeltester.check(samples)


def test_the_report_lists_possible_duplicates_and_similar_names_with_their_rows(qtbot, db, demo, tmp_path):
    from desktop_app.exchange.importer import import_invite_list
    from desktop_app.ui.importing.import_report_text import report_html, report_text

    path = tmp_path / "namesakes.csv"
    path.write_text("STT,Họ và tên,Chức vụ,Cơ quan,Số điện thoại\n"
                    "1,Hoàng Hữu Anh,Chuyên viên,Sở Y tế,0912345678\n"
                    "2,Hoàng Hữu Anh,Phó Giám đốc,Sở Y tế,0987654321\n"
                    "3,Hoàng Hữu Ánh,Chuyên viên,Sở Y tế,\n", encoding="utf-8-sig")
    report = import_invite_list(db, demo.id, path)
    assert report.imported == 3
    text = report_text(report, demo.title)
    duplicates = text[text.index("Possible duplicates"):text.index("Similar names")]
    assert "3\tHoàng Hữu Anh\tpossibly the same person as Hoàng Hữu Anh (row 2)" in duplicates
    similar = text[text.index("Similar names"):]
    assert "4\tHoàng Hữu Ánh\ta similar name in the same unit: Hoàng Hữu Anh (row 2)" in similar
    assert "Rows to check" not in text
    assert "Possible duplicates" in report_html(report, demo.title)
