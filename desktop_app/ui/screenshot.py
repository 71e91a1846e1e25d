"""Render one view of the window offscreen to a PNG (`hoinghi screenshot`, `make screenshots`).

The database is copied first and the copy is used, so typing into the desk (and pressing Enter)
never writes to the file given; the clock is fixed to the conference's start, so the pictures
come out the same on every run."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

VIEW_NAMES = ("conferences", "attendees", "topics", "desk", "stats")
SETTLE_TIMEOUT_MS = 60_000


@dataclass(frozen=True)
class Shot:
    view: str
    out: Path
    lang: str = "vi"
    size: tuple[int, int] = (1366, 768)
    conference_id: int | None = None
    type_text: str = ""
    enter: bool = False
    desk: str = "Bàn 1"


def render(db_path: Path, shot: Shot) -> Path:
    """Write `shot.out`; raises HoinghiError for a database that cannot be used."""
    _start(shot)
    from desktop_app.store import open_database
    from desktop_app.store.backup import backup_copy
    from desktop_app.store.conferences import get_conference, list_conferences
    from desktop_app.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="hoinghi-shot-") as tmp:
        source = open_database(db_path, create=False)
        try:
            copy = backup_copy(source, Path(tmp) / Path(db_path).name)
            conferences = list_conferences(source)
            conference_id = shot.conference_id or (conferences[0].conference.id if conferences else None)
            start = get_conference(source, conference_id).starts_at if conference_id else datetime(2022, 9, 14, 7, 30)
        finally:
            source.close()
        settings = _settings(Path(tmp), shot)
        settings.setValue("language", shot.lang)
        clock = _FixedClock(start + timedelta(minutes=12))  # after the demo's last arrival
        window = MainWindow(settings, clock=clock, poll_ms=60_000)
        window.desk_naming.named = True   # the desk keeps the name in the settings: nobody to ask
        window.open_database(copy)
        if conference_id is not None:
            window.session.set_conference(conference_id)
        window.show_view(shot.view)
        window.resize(*shot.size)
        window.show()
        _settle(window)
        _stage(window, shot)
        _settle(window)
        _save(window, shot)
    return shot.out


def render_welcome(shot: Shot) -> Path:
    """The window as it first starts: no database yet, the welcome page (`--view welcome`)."""
    _start(shot)
    from desktop_app.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="hoinghi-shot-") as tmp:
        window = MainWindow(_settings(Path(tmp), shot), poll_ms=60_000)
        window.resize(*shot.size)
        window.show()
        _settle(window)
        _save(window, shot)
    return shot.out


def _start(shot: Shot) -> None:
    """The application, offscreen unless one is already running, in the shot's language."""
    if "QApplication" not in _qt_state():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop_app.app import install_translators, make_application

    app = make_application()
    _quiet_offscreen_warning()
    install_translators(app, shot.lang)


def _settings(folder: Path, shot: Shot) -> Any:
    """Throw-away settings in `folder`, with the shot's desk name."""
    from PySide6.QtCore import QSettings

    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk_name", shot.desk)
    return settings


def _save(window: Any, shot: Shot) -> None:
    shot.out.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(shot.out))
    window.close()
    window.deleteLater()
    if not ok:
        from desktop_app.domain.errors import FileProblem

        raise FileProblem("cannot_write", path=str(shot.out))


def _quiet_offscreen_warning() -> None:
    """The offscreen platform warns about every top-level window; it says nothing about us."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(kind, context, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            import sys

            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


class _FixedClock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def _qt_state() -> set[str]:
    from PySide6.QtWidgets import QApplication

    return {"QApplication"} if QApplication.instance() is not None else set()


def _stage(window, shot: Shot) -> None:
    """What a person would have done before looking: typed at the desk, opened some units."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    if shot.view == "desk" and shot.type_text:
        QTest.keyClicks(window.desk.field, shot.type_text)
        window.desk.search_now()
        if shot.enter:
            QTest.keyClick(window.desk.field, Qt.Key.Key_Return)
    if shot.view == "attendees":
        tree, model = window.attendees.tree, window.attendees.tree_model
        for s in range(min(2, model.rowCount())):
            section = model.index(s, 0)
            for u in range(min(2, model.rowCount(section))):
                tree.expand(model.index(u, 0, section))


def _settle(window) -> None:
    """Let pending paints, timers and background loads finish (a nested event loop, no polling of
    processEvents)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(SETTLE_TIMEOUT_MS)
    check = QTimer()
    quiet = {"ticks": 0}

    def tick() -> None:
        busy = window.loading()
        quiet["ticks"] = 0 if busy else quiet["ticks"] + 1
        if quiet["ticks"] >= 5:
            loop.quit()

    check.timeout.connect(tick)
    check.start(20)
    loop.exec()
    check.stop()
    deadline.stop()
