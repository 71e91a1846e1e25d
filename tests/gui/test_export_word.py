"""The export dialog writes the sign-in sheet as a Word document, and only the sign-in sheet."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop_app.domain.signin import Orientation
from desktop_app.exchange.export import ExportFormat, ExportKind
from desktop_app.ui.paper.export_dialog import ExportDialog


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(QUrl(url).toLocalFile()) or True)
    return urls


def test_the_sign_in_sheet_as_a_word_document(qtbot, window, tmp_path, opened):
    dialog = ExportDialog(window, window.session, window.session.conference_id, window.prefs)
    qtbot.addWidget(dialog)
    dialog.open_after.setChecked(False)
    dialog.format.setCurrentIndex(dialog.format.findData(str(ExportFormat.DOCX)))
    assert dialog.path_edit.text().endswith(".docx")
    dialog.sheet.set_orientation(Orientation.LANDSCAPE)
    dialog.path_edit.setText(str(tmp_path / "ký tên"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    assert dialog.written == tmp_path / "ký tên.docx"
    document = docx.Document(str(dialog.written))
    assert "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ" in [p.text for p in document.paragraphs]
    assert document.sections[0].page_width > document.sections[0].page_height
    # The attendance report is no Word document: choosing it moves the format back to Excel.
    dialog.kinds[ExportKind.ATTENDANCE].setChecked(True)
    assert dialog.file_format is ExportFormat.XLSX
    docx_item = dialog.format.model().item(dialog.format.findData(str(ExportFormat.DOCX)))
    assert not docx_item.isEnabled()
    assert opened == []
