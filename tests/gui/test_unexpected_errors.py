"""A bug in the window: a short dialog with "Copy details", the details in a log file in the user's
data folder, and a window that goes on working with everything saved before it kept."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QtMsgType
from PySide6.QtGui import QGuiApplication

from desktop_app.store.attendees import list_attendees
from desktop_app.store.checkins import check_in
from desktop_app.store.stats import present_count
from desktop_app.ui.common import error_log
from desktop_app.ui.common.error_dialog import UnexpectedErrorDialog


@pytest.fixture
def log_path(tmp_path: Path):
    """The rotating log in a throw-away folder, taken off the root logger after the test."""
    before = list(logging.getLogger().handlers)
    path = error_log.start_file_log(tmp_path / "logs")
    yield path
    for handler in logging.getLogger().handlers:
        if handler not in before:
            logging.getLogger().removeHandler(handler)
            handler.close()


@pytest.fixture
def dialogs(monkeypatch) -> list[UnexpectedErrorDialog]:
    shown: list[UnexpectedErrorDialog] = []

    def exec_(dialog: UnexpectedErrorDialog) -> int:
        shown.append(dialog)
        dialog.copy_button.click()
        return 0

    monkeypatch.setattr(UnexpectedErrorDialog, "exec", exec_)
    return shown


@pytest.fixture
def reporter(window, log_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)        # both restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    made = error_log.ErrorReporter(window, log_path)
    made.install()
    return made


def raise_in_a_slot(error: Exception, before: object = None) -> None:
    """The way a bug reaches the hook in real life: raised in a slot run by Qt's event loop."""
    def slot() -> None:
        if callable(before):
            before()
        raise error

    QTimer.singleShot(0, slot)


def test_a_bug_is_logged_and_shown_once_with_copyable_details(qtbot, window, reporter, dialogs, log_path):
    raise_in_a_slot(ZeroDivisionError("division by zero in the demo"))
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    dialog = dialogs[0]
    assert dialog.headline.text() == "Something went wrong inside the program."
    assert "Everything saved before it" in dialog.message.text()
    assert str(log_path) in dialog.where.text()
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.details and dialog.copy_button.text() == "Copied"
    assert "ZeroDivisionError: division by zero in the demo" in copied
    assert "Versions: hoinghi 0.1.0" in copied and "Python 3." in copied and "Qt 6." in copied
    assert f"Database: {window.session.path}" in copied
    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "division by zero in the demo" in logged

    raise_in_a_slot(ZeroDivisionError("division by zero in the demo"))  # the same bug again
    qtbot.waitUntil(lambda: log_path.read_text(encoding="utf-8").count("division by zero in the demo") == 2)
    assert len(dialogs) == 1  # logged, not shown again: a bug in a paint or a timer would never stop


def test_a_write_cut_short_by_a_bug_is_rolled_back_and_earlier_check_ins_are_kept(
        qtbot, window, reporter, dialogs, db, demo):
    session = window.session
    people = [p for p in list_attendees(session.db, demo.id) if p.checked_in_at is None]
    before = present_count(db, demo.id)
    check_in(session.db, people[0].id)  # committed at once, as every check-in is

    def half_done_write() -> None:  # a bug between the start of a write and its end
        session.db.conn.execute("BEGIN IMMEDIATE")
        check_in(session.db, people[1].id)

    raise_in_a_slot(RuntimeError("bug in the middle of a write"), before=half_done_write)
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    assert not session.db.conn.in_transaction
    assert present_count(db, demo.id) == before + 1  # another desk sees the first check-in, not the half one
    window.show_view("desk")  # and this desk goes on
    window.desk.check_in(people[2].id)
    assert present_count(db, demo.id) == before + 2


def test_a_bug_on_a_worker_thread_is_shown_on_the_window_thread(qtbot, window, reporter, dialogs):
    def worker() -> None:
        raise ValueError("bug on a thread")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    assert "ValueError: bug on a thread" in dialogs[0].details


def test_qt_warnings_go_to_the_log(log_path):
    error_log.qt_message(QtMsgType.QtWarningMsg, None, "QFont::setPointSizeF: Point size <= 0 (0.000000)")
    error_log.qt_message(QtMsgType.QtWarningMsg, None, "This plugin does not support propagateSizeHints()")
    logged = log_path.read_text(encoding="utf-8")
    assert "WARNING hoinghi.qt: QFont::setPointSizeF" in logged and "propagateSizeHints" not in logged


def test_the_log_rotates_instead_of_growing(tmp_path, log_path):
    logger = logging.getLogger("hoinghi.test")
    for _ in range(error_log.LOG_MAX_BYTES // 40_000 + 2):
        logger.error("x" * 40_000)
    assert log_path.with_name(f"{log_path.name}.1").exists()
    assert log_path.stat().st_size <= error_log.LOG_MAX_BYTES


def test_logs_stay_on_this_computer_one_file_per_process():
    """Windows: %LOCALAPPDATA% (never %APPDATA%, which roams with the profile to a server);
    Linux: the XDG state folder."""
    windows = error_log.log_folder({"LOCALAPPDATA": r"C:\Users\An\AppData\Local",
                                    "APPDATA": r"C:\Users\An\AppData\Roaming"}, windows=True)
    assert str(windows).replace("\\", "/") == "C:/Users/An/AppData/Local/hoinghi/logs"
    assert error_log.log_folder({"XDG_STATE_HOME": "/home/an/.state"}, windows=False) == Path(
        "/home/an/.state/hoinghi/logs")
    from datetime import datetime

    at = datetime(2022, 9, 14, 7, 15, 2)
    assert error_log.log_file_name(at, 4242) == "hoinghi-20220914-071502-4242.log"
    assert error_log.log_file_name(at, 4243) != error_log.log_file_name(at, 4242)


def test_old_log_files_go_but_the_newest_stay(tmp_path):
    import os

    folder = tmp_path / "logs"
    folder.mkdir()
    for number in range(25):
        path = folder / f"hoinghi-20220914-0700{number:02d}-{number}.log"
        path.write_text("x", encoding="utf-8")
        os.utime(path, (1_600_000_000 + number, 1_600_000_000 + number))
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    error_log.prune_logs(folder, keep=20)
    left = sorted(p.name for p in folder.iterdir())
    assert len(left) == 21 and "notes.txt" in left and "hoinghi-20220914-070000-0.log" not in left


def test_a_users_situation_that_a_view_did_not_catch_is_its_sentence_not_a_fault(
        qtbot, window, reporter, dialogs, monkeypatch):
    """case: gui-typed-error-uncaught — a full disk under some view's own write or reload."""
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.domain.errors import DatabaseFull

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    db = window.session.db
    raise_in_a_slot(DatabaseFull(path=str(window.session.path), sqlite_error="SQLITE_FULL"),
                    before=lambda: db.conn.execute("BEGIN"))
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0].startswith(f"The disk holding “{window.session.path}” is full")
    assert dialogs == [] and not db.conn.in_transaction
