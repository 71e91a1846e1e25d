"""`hoinghi --smoke-test`: does this installed or bundled program really work? Offscreen, in a
temporary folder (the user's databases and settings are never touched), it builds the demo
conference, shows each of the five views, checks someone in at the desk, writes a sign-in
workbook and PDF and reads them back. Exit 0 with one line saying what was checked, or exit 1
with one line saying which step failed and why.

packaging/build.py runs it on the freshly built program; a build whose bundle lacks a Qt plugin,
a translation or a resource fails there instead of on a clerk's laptop."""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Set by packaging/build.py: a windowed program on Windows may have no stdout to print to.
REPORT_ENV = "HOINGHI_SMOKE_REPORT"
TIMEOUT_MS = 60_000


class SmokeFailure(Exception):
    """A check that did not hold; the message says what was expected."""


def run_smoke_test() -> int:
    started = time.monotonic()
    checks: _Checks | None = None
    try:
        if not os.environ.get("QT_QPA_PLATFORM"):  # offscreen unless a platform was chosen
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        with tempfile.TemporaryDirectory(prefix="hoinghi-smoke-") as tmp:
            checks = _Checks(Path(tmp))
            checks.run()
        _report(f"hoinghi smoke test passed in {time.monotonic() - started:.1f} s: " + "; ".join(checks.notes),
                 ok=True)
        return 0
    except Exception as exc:  # every failure, expected or not, is one line and a non-zero exit
        detail = str(exc) if isinstance(exc, SmokeFailure) else f"{type(exc).__name__}: {exc}"
        step = checks.step if checks is not None else "starting"
        _report(f"hoinghi smoke test FAILED at {step}: {detail}".replace("\n", " "), ok=False)
        return 1


def _report(line: str, *, ok: bool) -> None:
    stream = sys.stdout if ok else sys.stderr
    if stream is not None:
        print(line, file=stream, flush=True)
    target = os.environ.get(REPORT_ENV)
    if target:
        Path(target).write_text(line + "\n", encoding="utf-8")


def _require(condition: object, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


class _Checks:
    """The steps, in order; each raises SmokeFailure (or any error) when something is wrong."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db_path = folder / "smoke.sqlite"
        self.notes: list[str] = []
        self.step = "starting"
        self.window: Any = None
        self.conference_id = 0
        self.qt_warnings: list[str] = []
        self.escaped: list[BaseException] = []
        # An error inside a Qt slot or paint does not reach the step that caused it: Qt hands it
        # to sys.excepthook and carries on. Collect it, so the step fails anyway.
        sys.excepthook = lambda _kind, error, _tb: self.escaped.append(error)

    def raise_escaped(self) -> None:
        if self.escaped:
            raise self.escaped[0]

    def run(self) -> None:
        for step, check in self.steps():
            self.step = step
            check()
            self.raise_escaped()
        self.step = "closing the window"
        self.close()

    def steps(self) -> list[tuple[str, Callable[[], None]]]:
        return [("the application", self.application), ("the demo database", self.demo),
                ("the window", self.open_window), ("the conferences view", self.conferences),
                ("the attendees view", self.attendees), ("the topics view", self.topics),
                ("the check-in desk", self.desk), ("the statistics view", self.stats),
                ("the sign-in workbook", self.workbook), ("importing the workbook", self.import_back),
                ("the sign-in PDF", self.pdf)]

    # -- start-up -------------------------------------------------------------------------------

    def application(self) -> None:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtGui import QIcon

        from desktop_app.app import install_translators, make_application
        from desktop_app.domain.resources import resource_path

        self.app = make_application([sys.argv[0] if sys.argv else "hoinghi"])
        self._listen_to_qt()
        found = install_translators(self.app, "vi")
        _require(found == ["hoinghi_vi", "qtbase_vi"],
                 f"the Vietnamese catalogues did not load (found {found or 'none'}; "
                 f"looked in {resource_path('translations')})")
        icon = QIcon(str(resource_path("icons", "hoinghi.svg")))
        _require(not icon.pixmap(32, 32).isNull(), "the icon does not render (SVG plugins missing?)")
        plugin = _display_plugin()
        self.notes.append(f"Qt {pyside_version}, Vietnamese catalogues, icon, platform plugin {plugin}")
        if getattr(sys, "frozen", False):
            self._bundle()

    def _bundle(self) -> None:
        """What only the built program can get wrong: its Python options and what the spec left out."""
        _require(sys.flags.utf8_mode == 1, "the program does not run in Python's UTF-8 mode "
                 "(packaging/bundle_rules.py PYTHON_OPTIONS)")
        import importlib

        importlib.import_module("desktop_app.ui.screenshot")
        importlib.import_module("PySide6.QtTest")  # `hoinghi screenshot` types into the desk with QTest
        self.notes.append("UTF-8 mode, QtTest for screenshots")

    def _listen_to_qt(self) -> None:
        """Qt's own complaints: a critical one fails the test, warnings are counted in the report."""
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler

        def handler(kind: QtMsgType, _context: object, message: str) -> None:
            if "propagateSizeHints" in message:  # the offscreen platform says this of every window
                return
            if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
                self.qt_warnings.insert(0, f"critical: {message}")
            elif kind == QtMsgType.QtWarningMsg:
                self.qt_warnings.append(message)

        qInstallMessageHandler(handler)

    def demo(self) -> None:
        from desktop_app.store import open_database
        from desktop_app.store.attendees import count_attendees
        from desktop_app.store.demo import create_demo

        db = open_database(self.db_path, desk="Smoke test")
        try:
            self.conference_id = create_demo(db).id
            self.invited = count_attendees(db, self.conference_id)
        finally:
            db.close()
        _require(self.invited > 50, f"the demo has {self.invited} attendees")

    def open_window(self) -> None:
        from PySide6.QtCore import QSettings

        from desktop_app.ui.main_window import MainWindow

        settings = QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("desk_name", "Bàn thử")
        self.window = MainWindow(settings, poll_ms=60_000)
        self.window.desk_naming.named = True   # the name set above: no question to answer here
        self.window.resize(1280, 800)
        self.window.open_database(self.db_path)
        self.window.show()
        _require(self.window.session.conference_id == self.conference_id, "the demo conference is not current")

    # -- the five views -------------------------------------------------------------------------

    def _show(self, view: str, ready: Callable[[], bool]) -> None:
        self.window.show_view(view)
        _wait_until(lambda: bool(self.escaped) or (ready() and not self._loading()), f"the {view} view to fill")
        self.raise_escaped()
        colours = _colour_count(self.window.grab().toImage())
        _require(colours >= 8, f"the {view} view rendered blank ({colours} colours)")

    def _loading(self) -> bool:
        return self.window.loading()

    def conferences(self) -> None:
        view = self.window.conferences
        self._show("conferences", lambda: view.model.rowCount() == 1 and view.stack.currentWidget() is view.content)

    def attendees(self) -> None:
        model = self.window.attendees.tree_model
        self._show("attendees", lambda: model.rowCount() > 0)

    def topics(self) -> None:
        model = self.window.topics.model
        self._show("topics", lambda: model.rowCount() == 5)

    def desk(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        from desktop_app.store.stats import present_count

        desk, db = self.window.desk, self.window.session.db
        self._show("desk", lambda: desk.field.isEnabled())
        before = present_count(db, self.conference_id)
        desk.field.setText("dang thi hoa")  # typed without accents, as clerks do
        desk.search_now()
        _require(desk.results.rowCount() > 0, "searching “dang thi hoa” found no one")
        enter = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        QCoreApplication.sendEvent(desk.field, enter)
        after = present_count(db, self.conference_id)
        _require(after == before + 1, f"Enter at the desk checked in {after - before} people, not 1")
        self.notes.append(f"5 views rendered, 1 check-in at the desk ({after}/{self.invited} present)")

    def stats(self) -> None:
        view = self.window.stats
        self._show("stats", lambda: view.stats is not None)

    # -- paper ----------------------------------------------------------------------------------

    def workbook(self) -> None:
        import openpyxl

        from desktop_app.domain.signin import TITLE
        from desktop_app.exchange.export import export_file
        from desktop_app.store.attendees import list_attendees

        db = self.window.session.db
        path = self.folder / "ky_ten.xlsx"
        result = export_file(db, self.conference_id, path)
        first = list_attendees(db, self.conference_id)[0].full_name
        book = openpyxl.load_workbook(path, read_only=True)
        try:
            texts = {str(cell) for row in book.active.iter_rows(values_only=True) for cell in row if cell}
        finally:
            book.close()
        _require(TITLE in texts, f"the workbook has no “{TITLE}”")
        _require(first in texts, f"the workbook does not list {first}")
        self.notes.append(f"ky_ten.xlsx with {result.rows} rows read back")
        self.workbook_rows = result.rows

    def import_back(self) -> None:
        """The workbook as an invite list for a new conference: the import path (openpyxl reading,
        header and section detection, unit matching, one transaction) in the bundle."""
        from datetime import datetime

        from desktop_app.exchange.importer import import_invite_list
        from desktop_app.store.attendees import count_attendees
        from desktop_app.store.conferences import create_conference

        db = self.window.session.db
        conference = create_conference(db, "Hội nghị thử nhập danh sách", datetime(2022, 9, 15, 8, 0))
        report = import_invite_list(db, conference.id, self.folder / "ky_ten.xlsx")
        count = count_attendees(db, conference.id)
        _require(report.imported == count == self.workbook_rows,
                 f"importing the workbook gave {report.imported} people ({count} stored), not {self.workbook_rows}")
        self.notes.append(f"imported back as an invite list ({count} people)")

    def pdf(self) -> None:
        from desktop_app.printing.export import export_signin_pdf
        from desktop_app.printing.fonts import register_bundled_fonts, serif_family

        _require(bool(register_bundled_fonts()), "the shipped fonts (resources/fonts) are missing")
        path = self.folder / "ky_ten.pdf"
        result = export_signin_pdf(self.window.session.db, self.conference_id, path)
        data = path.read_bytes()
        _require(data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), "the PDF is not complete")
        pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
        _require(pages == result.pages >= 1, f"the PDF has {pages} pages, {result.pages} were written")
        _require(b"/FontFile2" in data, "the PDF embeds no font")
        self.notes.append(f"ky_ten.pdf with {pages} pages in {serif_family()}")

    def close(self) -> None:
        from desktop_app.ui.common import workers

        self.window.close()
        workers.wait_for_workers(10_000)
        self.window.deleteLater()
        if self.qt_warnings:
            _require(not self.qt_warnings[0].startswith("critical:"), f"Qt said {self.qt_warnings[0]}")
            self.notes.append(f"{len(self.qt_warnings)} Qt warnings, the first: {self.qt_warnings[0]}")


def _display_plugin() -> str:
    """The platform plugin for a real screen must be there, even though this test runs offscreen."""
    from PySide6.QtCore import QCoreApplication

    wanted = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
    folders = [Path(p) / "platforms" for p in QCoreApplication.libraryPaths()]  # where Qt itself looks
    found = [f for folder in folders if folder.is_dir() for f in folder.iterdir() if wanted in f.name]
    _require(found, f"no {wanted} platform plugin in {', '.join(map(str, folders)) or 'any plugin folder'}: "
                    "the program could not open a window")
    return wanted


def _wait_until(ready: Callable[[], bool], what: str) -> None:
    """Run the event loop until `ready()` (loaders finish on their threads and report by signals)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if ready():
        return
    loop = QEventLoop()
    check, deadline = QTimer(), QTimer()
    check.timeout.connect(lambda: ready() and loop.quit())
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    check.start(20)
    deadline.start(TIMEOUT_MS)
    loop.exec()
    check.stop()
    deadline.stop()
    _require(ready(), f"gave up waiting for {what} after {TIMEOUT_MS // 1000} s")


def _colour_count(image: Any, step: int = 7) -> int:
    """Distinct colours on a grid of the picture: an empty or black window has one or two."""
    colours = {image.pixel(x, y) for y in range(0, image.height(), step) for x in range(0, image.width(), step)}
    return len(colours)
