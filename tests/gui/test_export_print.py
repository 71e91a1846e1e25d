"""Export and print from the window: workbooks written on a worker and read back, Qt's print
preview painting the same pages as the PDF, printing through Qt's print dialog, Save as PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest
from external_tools import have
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop_app.domain.signin import Orientation
from desktop_app.exchange.export import ExportFormat, ExportKind
from desktop_app.printing.cards import CardKind
from desktop_app.store.attendees import count_attendees, list_attendees
from desktop_app.ui.paper.cards_dialog import CardsDialog
from desktop_app.ui.paper.export_dialog import ExportDialog
from desktop_app.ui.paper.print_dialog import PrintDialog


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """Files the dialogs asked the desktop to open (nothing is really opened)."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(QUrl(url).toLocalFile()) or True)
    return urls


def people(window) -> int:
    """Everyone on the open conference's list: one row of the sheet and one badge each."""
    return count_attendees(window.session.db, window.session.conference_id)


def export_dialog(qtbot, window) -> ExportDialog:
    dialog = ExportDialog(window, window.session, window.session.conference_id, window.prefs)
    qtbot.addWidget(dialog)
    return dialog


def test_the_sign_in_workbook_is_written_and_reads_back(qtbot, window, tmp_path, opened):
    dialog = export_dialog(qtbot, window)
    assert dialog.path_edit.text().endswith(".xlsx")
    dialog.sheet.set_orientation(Orientation.LANDSCAPE)
    dialog.sheet.with_phone.setChecked(True)
    target = tmp_path / "ký tên.xlsx"
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    ws = openpyxl.load_workbook(target).active
    texts = [c.value for row in ws.iter_rows(max_row=12) for c in row if isinstance(c.value, str)]
    assert "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ" in texts and "Số điện thoại" in texts
    assert ws.page_setup.orientation == "landscape"
    assert f"{people(window)} rows" in dialog.status.text()
    assert opened == [str(target)]                    # "open the file when it is written"
    assert window.prefs.view_option("export/folder", "") == str(tmp_path)
    assert not dialog.open_folder_button.isHidden()


def test_the_first_export_is_suggested_beside_the_database_not_in_the_home_folder(qtbot, window, db_path):
    """No folder remembered yet: the database's own folder (it was the user's home before)."""
    dialog = export_dialog(qtbot, window)
    assert Path(dialog.path_edit.text()).parent == db_path.parent


def test_the_full_list_has_contacts_only_when_asked(qtbot, window, tmp_path, opened):
    dialog = export_dialog(qtbot, window)
    dialog.open_after.setChecked(False)
    dialog.kinds[ExportKind.FULL].setChecked(True)
    assert dialog.contacts.isEnabled() and not dialog.sheet.with_phone.isEnabled()
    for with_contacts in (False, True):
        dialog.contacts.setChecked(with_contacts)
        target = tmp_path / f"full-{with_contacts}.xlsx"
        dialog.path_edit.setText(str(target))
        dialog.written = None
        dialog.export()
        qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
        headers = [c.value for row in openpyxl.load_workbook(target).active.iter_rows(max_row=6) for c in row]
        assert ("Email" in headers) is with_contacts
    assert opened == []


def test_csv_and_pdf_follow_the_format(qtbot, window, tmp_path, opened):
    dialog = export_dialog(qtbot, window)
    dialog.open_after.setChecked(False)
    dialog.format.setCurrentIndex(dialog.format.findData(str(ExportFormat.CSV)))
    assert dialog.path_edit.text().endswith(".csv")
    dialog.path_edit.setText(str(tmp_path / "list"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    assert dialog.written == tmp_path / "list.csv"
    assert (tmp_path / "list.csv").read_bytes().startswith(b"\xef\xbb\xbf")   # UTF-8 with BOM, for Excel
    dialog.format.setCurrentIndex(dialog.format.findData(str(ExportFormat.PDF)))
    dialog.written = None
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    assert dialog.written.suffix == ".pdf" and dialog.written.read_bytes().startswith(b"%PDF")
    # The attendance report as PDF too (issue 12), with its sections counted if asked.
    dialog.kinds[ExportKind.ATTENDANCE].setChecked(True)
    assert dialog.file_format is ExportFormat.PDF
    assert dialog.sheet.section_counts.isEnabled() and not dialog.sheet.section.isEnabled()
    dialog.sheet.section_counts.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "report.pdf"))
    dialog.written = None
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    assert dialog.written == tmp_path / "report.pdf" and dialog.written.read_bytes().startswith(b"%PDF")


def test_an_unwritable_target_is_one_sentence(qtbot, window, tmp_path, opened):
    dialog = export_dialog(qtbot, window)
    folder = tmp_path / "a folder.xlsx"
    folder.mkdir()                                  # a folder where the file should go
    dialog.path_edit.setText(str(folder))
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=20_000)
    assert dialog.written is None and "cannot be written" in dialog.status.text()
    assert opened == []


def preview_pages(qtbot, monkeypatch) -> list[int]:
    """Make QPrintPreviewDialog.exec show the preview, wait until it has painted, and note its pages."""
    pages: list[int] = []

    def exec_(self: QPrintPreviewDialog) -> int:
        self.show()
        widget = self.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: widget.pageCount() > 0, timeout=20_000)
        pages.append(widget.pageCount())
        if len(pages) == 1:     # the preview's own Landscape button lays the sheet out again
            widget.setLandscapeOrientation()
            widget.updatePreview()
            pages.append(widget.pageCount())
        self.close()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    return pages


def test_the_print_preview_paints_the_sign_in_sheet(qtbot, window, monkeypatch):
    pages = preview_pages(qtbot, monkeypatch)
    dialog = PrintDialog(window, window.session, window.session.conference_id, window.prefs)
    qtbot.addWidget(dialog)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: len(pages) == 2, timeout=20_000)
    assert pages[0] >= 5 and pages[1] != pages[0]     # landscape holds fewer rows a page
    assert dialog.preview_dialog.windowTitle() == "Print preview — Sign-in sheet"
    assert f"{people(window)} rows" in dialog.status.text()


def test_a_blank_sheet_and_badges_in_the_preview(qtbot, window, monkeypatch):
    pages = preview_pages(qtbot, monkeypatch)
    blank = PrintDialog(window, window.session, window.session.conference_id, window.prefs, blank=True)
    qtbot.addWidget(blank)
    blank.sheet.blank_rows.setValue(12)
    blank.preview()
    qtbot.waitUntil(lambda: len(pages) == 2, timeout=20_000)
    assert pages[0] == 1 and "12 rows" in blank.status.text()
    cards = CardsDialog(window, window.session, window.session.conference_id, window.prefs)
    qtbot.addWidget(cards)
    cards.preview()
    qtbot.waitUntil(lambda: len(pages) >= 3, timeout=20_000)
    assert pages[2] == -(-people(window) // 8)       # a badge each, 8 to a sheet
    cards.kinds[CardKind.HALF].setChecked(True)
    cards.section.setCurrentIndex(1)                  # I. LÃNH ĐẠO UBND TỈNH
    cards.preview()
    qtbot.waitUntil(lambda: len(pages) >= 4, timeout=20_000)
    leaders = sum(a.section_title == "I. LÃNH ĐẠO UBND TỈNH"
                  for a in list_attendees(window.session.db, window.session.conference_id))
    assert pages[3] == -(-leaders // 2) and f"{leaders} people" in cards.status.text()   # two cards a page


def test_printing_goes_through_the_print_dialog(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "printed.pdf"

    def accept(self: QPrintDialog) -> int:
        assert self.printer().pageLayout().orientation().name == "Portrait"
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    dialog = PrintDialog(window, window.session, window.session.conference_id, window.prefs)
    qtbot.addWidget(dialog)
    dialog.print_button.click()
    qtbot.waitUntil(target.exists, timeout=20_000)
    assert dialog.pages >= 5 and "Sent to the printer" in dialog.status.text()
    if have("pdftotext"):   # read back where poppler is installed (always in CI)
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
        assert "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ" in text and "Dương Xuân Huyên" in text


def test_save_as_pdf_from_the_print_dialogs(qtbot, window, tmp_path, monkeypatch):
    targets = iter([tmp_path / "ky-ten", tmp_path / "the.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **kw: (str(next(targets)), ""))
    dialog = PrintDialog(window, window.session, window.session.conference_id, window.prefs)
    qtbot.addWidget(dialog)
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    assert dialog.written == tmp_path / "ky-ten.pdf" and dialog.written.stat().st_size > 1000
    assert "Open it" in dialog.status.text()
    cards = CardsDialog(window, window.session, window.session.conference_id, window.prefs)
    qtbot.addWidget(cards)
    cards.pdf_button.click()
    qtbot.waitUntil(lambda: cards.written is not None, timeout=30_000)
    assert "15 pages" in cards.status.text()


def test_print_actions_in_the_file_menu(qtbot, window, monkeypatch):
    shown: list[QDialog] = []
    monkeypatch.setattr(QDialog, "open", lambda self: shown.append(self))
    for action in (window.menus.export_action, window.menus.print_action, window.menus.print_blank_action,
                   window.menus.cards_action):
        action.trigger()
    assert [type(d).__name__ for d in shown] == ["ExportDialog", "PrintDialog", "PrintDialog", "CardsDialog"]
    assert shown[2].sheet.blank.isChecked() and not shown[1].sheet.blank.isChecked()
    assert shown[2].windowTitle() == "Print a blank sign-in sheet"
    shortcuts = [a.shortcut().toString() for a in (window.menus.import_action, window.menus.export_action,
                                                   window.menus.print_action, window.menus.cards_action)]
    assert shortcuts == ["Ctrl+I", "Ctrl+Shift+E", "Ctrl+P", "Ctrl+Shift+P"]


def test_a_workbook_open_in_excel_is_one_sentence_and_stays_as_it_was(qtbot, window, tmp_path, opened,
                                                                      held_open_in_excel):
    """On Windows Excel holds an open workbook: it cannot be replaced (tests/windows_rules.py)."""
    target = tmp_path / "ký tên #1.xlsx"
    target.write_bytes(b"the clerk's workbook")
    dialog = export_dialog(qtbot, window)
    dialog.path_edit.setText(str(target))
    with held_open_in_excel(target):
        dialog.export()
        qtbot.waitUntil(lambda: not dialog.runner.running, timeout=20_000)
    assert dialog.written is None and "another program has the file open" in dialog.status.text()
    assert target.read_bytes() == b"the clerk's workbook"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == [target.name]   # no partial file
    assert opened == []


def test_the_sign_in_workbook_names_substitutes_and_can_leave_off_whom_they_replace(qtbot, window, tmp_path, opened):
    """Issue 11 item 1: "Đi thay đ/c …" in Ghi chú; the replaced people marked, or left off as an option."""
    db, conference_id = window.session.db, window.session.conference_id
    everyone = {a.id: a for a in list_attendees(db, conference_id)}
    substitute = next(a for a in everyone.values() if a.replaces_id and not everyone[a.replaces_id].present)
    replaced = everyone[substitute.replaces_id]

    def cells(name: str, leave_off: bool) -> list[str]:
        dialog = export_dialog(qtbot, window)
        dialog.sheet.leave_off_replaced.setChecked(leave_off)
        dialog.path_edit.setText(str(tmp_path / name))
        dialog.export_button.click()
        qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
        return [c.value for row in openpyxl.load_workbook(tmp_path / name).active.iter_rows()
                for c in row if isinstance(c.value, str)]

    marked = cells("marked.xlsx", False)
    assert f"Đi thay đ/c {replaced.full_name}" in marked
    assert replaced.full_name in marked and "Cử người đi thay" in marked
    left_off = cells("left_off.xlsx", True)
    assert replaced.full_name not in left_off and f"Đi thay đ/c {replaced.full_name}" in left_off


def test_the_printed_sheet_names_whom_substitutes_replace(qtbot, window, monkeypatch):
    """Issue 11 item 1: the print dialog lays out the same sheet as the PDF, notes included."""
    from desktop_app.printing import signin_pdf
    from desktop_app.ui.paper.print_dialog import sheet_data_job

    sheets = []
    monkeypatch.setattr(signin_pdf, "paint_signin_sheet", lambda sheet, printer: sheets.append(sheet) or 1)
    dialog = PrintDialog(window, window.session, window.session.conference_id, window.prefs)
    qtbot.addWidget(dialog)
    data = sheet_data_job(window.session.conference_id, dialog.options())(window.session.db, None)
    dialog.paint(QPrinter(), data)
    notes = [r.note for r in sheets[0].rows if r.note]
    assert any(n.startswith("Đi thay đ/c ") for n in notes) and "Cử người đi thay" in notes
    assert f"{len(sheets[0].rows)} rows on one page." in dialog.status.text()
