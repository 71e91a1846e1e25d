"""The main window opens a database and lists its conferences."""

from __future__ import annotations

from desktop_app.ui.models.conference_table_model import ConferenceTableModel


def test_window_lists_the_demo_conference(window, demo):
    model = window.conferences.model
    assert model.rowCount() == 1
    assert model.index(0, ConferenceTableModel.TITLE).data().startswith("Hội nghị tập huấn")
    assert window.session.conference_id == demo.id
