"""File → Restore a backup: the automatic backups listed with when and why, a restore on a worker
after a confirmation, the window showing the restored content; a bad backup is one sentence."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.store.backup import backup_history, rolling_backup
from desktop_app.store.conferences import create_conference, list_conferences
from desktop_app.ui.restore_dialog import BackupListModel, RestoreDialog


def restore_dialog(qtbot, window, monkeypatch, answer: bool = True) -> RestoreDialog:
    asked: list[str] = []
    monkeypatch.setattr("desktop_app.ui.restore_dialog.confirm",
                        lambda parent, title, text, **kw: asked.append(text) or answer)
    dialog = RestoreDialog(window, window.session, window.prefs)
    dialog.asked = asked
    qtbot.addWidget(dialog)
    return dialog


def test_an_automatic_backup_is_restored_and_the_window_reloads(qtbot, window, db, db_path, monkeypatch):
    rolling_backup(db, db_path, reason="before-import")
    create_conference(db, "Hội nghị thêm sau", datetime(2023, 3, 1, 8, 0))
    window.session.poll()
    assert window.conferences.model.rowCount() == 2
    dialog = restore_dialog(qtbot, window, monkeypatch)
    model = dialog.model
    assert model.rowCount() == 1
    assert model.index(0, BackupListModel.REASON).data() == "Before an import"
    with qtbot.waitSignal(dialog.restored, timeout=20_000):
        dialog.restore_button.click()
    assert "the automatic backup of" in dialog.asked[0] and "before an import" in dialog.asked[0]
    assert "Other desks sharing this database may pause" in dialog.asked[0]
    qtbot.waitUntil(lambda: window.conferences.model.rowCount() == 1, timeout=10_000)
    (only,) = list_conferences(window.session.db)
    assert only.conference.title.startswith("Hội nghị tập huấn")
    assert window.session.conference_id is not None
    reasons = [b.reason for b in backup_history(db_path)]
    assert reasons[0] == "before-restore"          # what was there first is kept, so this can be undone


def test_saying_no_restores_nothing(qtbot, window, db, db_path, monkeypatch):
    rolling_backup(db, db_path, reason="manual")
    create_conference(db, "Giữ nguyên", datetime(2023, 3, 1, 8, 0))
    dialog = restore_dialog(qtbot, window, monkeypatch, answer=False)
    dialog.restore()
    assert dialog.task_run is None
    assert len(list_conferences(db)) == 2


def test_a_file_that_is_no_backup_is_one_sentence(qtbot, window, db, tmp_path, monkeypatch):
    bogus = tmp_path / "not-a-backup.sqlite"
    bogus.write_text("Họ và tên\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **kw: (str(bogus), ""))
    dialog = restore_dialog(qtbot, window, monkeypatch)
    dialog.file_button.click()
    assert dialog.source()[0] == bogus
    dialog.restore()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown[0].startswith(f"“{bogus}” cannot be restored: it is not a hoinghi database.")
    assert len(list_conferences(db)) == 1


def test_the_backup_list_model(qtmodeltester, db, db_path):
    rolling_backup(db, db_path, reason="before-v2")
    model = BackupListModel()
    model.set_backups(backup_history(db_path))
    qtmodeltester.check(model)
    assert model.index(0, BackupListModel.REASON).data() == "Before the update to schema 2"
