"""The main window opens a database and lists its conferences."""

from __future__ import annotations

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models.conference_table_model import ConferenceTableModel


def test_window_lists_the_demo_conference(qtbot, db_path, demo):
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_database(db_path)
    window.show()
    assert window.model.rowCount() == 1
    assert window.model.index(0, ConferenceTableModel.TITLE).data().startswith("Hội nghị tập huấn")


def test_conference_model_passes_the_model_tester(qtmodeltester, db, demo):
    from desktop_app.store.conferences import list_conferences

    model = ConferenceTableModel()
    model.set_conferences(list_conferences(db))
    qtmodeltester.check(model)
