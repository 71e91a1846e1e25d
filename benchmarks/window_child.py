"""The window benchmarks' fresh processes: `python -m benchmarks.window_child ROLE DB [N]`.

Every role prints lines ("painted", "ready", "rss <kB>", "samples <json>") and flushes them at
once; the parent (bench_window.py) times the lines as they arrive. Paints are caught in
QApplication.notify, after the paint event was handled: a view has painted when that returns.

  cold DB          the program's start-up (desktop_app.app.run, as `hoinghi gui --db DB` does):
                   "painted" at the first paint of the main window, "ready" at the first paint
                   after the database is open and the view shown holds its data
  bare DB          the baseline: a PySide6 window with a table of the first 50 people of DB read
                   with sqlite3; "painted"/"ready" at its first paint
  memory DB        the program: "rss" when ready, then with the attendees view showing the one
                   list of every attendee (the ids loaded, the rows on screen fetched), scrolled
                   to the end, and grouped by section and unit
  bare-memory DB   the baseline: a QTableView over every attendee's name, position and unit held
                   in a Python list, painted; "rss"
  keys DB N        the desk: N queries typed into the real field; "samples" with the time from the
                   debounce timer firing to the results table painted, from the last keystroke to
                   that paint, and the baseline's (the store query and a bare QTableView of the
                   same 50 rows, painted)
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def rss_kb() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class WatchingApp(QApplication):
    """Calls `after_paint(widget)` once each paint event has been handled."""

    def __init__(self) -> None:
        super().__init__(["hoinghi"])
        self.after_paint = None
        self.before_timer = None

    def notify(self, receiver: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Timer and self.before_timer is not None:
            self.before_timer(receiver)
        result = super().notify(receiver, event)
        if kind == QEvent.Type.Paint and self.after_paint is not None and isinstance(receiver, QWidget):
            self.after_paint(receiver)
        return result


def wait(app: WatchingApp, done, timeout_ms: int = 120_000) -> None:
    """Run the event loop until done() is true."""
    loop = QEventLoop()
    check = QTimer()
    check.timeout.connect(lambda: loop.quit() if done() else None)
    check.start(5)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(timeout_ms)
    loop.exec()
    check.stop()
    deadline.stop()
    if not done():
        raise SystemExit("timed out")


def _temporary_home() -> None:
    """Fresh settings (no remembered window, view or database) in a folder of our own."""
    import tempfile

    home = tempfile.mkdtemp(prefix="hoinghi-bench-")
    os.environ["HOME"] = home
    os.environ["XDG_CONFIG_HOME"] = home


def _main_window(app: QApplication):
    return next((w for w in app.topLevelWidgets() if w.objectName() == "main_window"), None)


def _data_ready(window) -> bool:
    return (window is not None and window.session.db is not None and window.conferences.model.rowCount() > 0
            and not window.loading())


def cold(db: str) -> None:
    _temporary_home()
    app = WatchingApp()
    state = {"painted": False, "ready": False}

    def after_paint(widget: QWidget) -> None:
        window = widget.window()
        if window.objectName() != "main_window":
            return
        if not state["painted"]:
            state["painted"] = True
            say("painted")
        if not state["ready"] and _data_ready(window):
            state["ready"] = True
            say("ready")
            QTimer.singleShot(0, app.quit)

    app.after_paint = after_paint
    from desktop_app.app import run

    run(db)


def bare(db: str) -> None:
    app = WatchingApp()
    import sqlite3

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QTableView

    conn = sqlite3.connect(db)
    people = conn.execute("SELECT full_name, position, unit_name, code FROM attendees WHERE conference_id = 1 "
                          "ORDER BY sort_key LIMIT 50").fetchall()
    model = QStandardItemModel(len(people), 4)
    for r, person in enumerate(people):
        for c, text in enumerate(person):
            model.setItem(r, c, QStandardItem(text))
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1366, 768)
    state = {"done": False}

    def after_paint(widget: QWidget) -> None:
        if not state["done"] and widget.window() is window:
            state["done"] = True
            say("painted")
            say("ready")
            QTimer.singleShot(0, app.quit)

    app.after_paint = after_paint
    window.show()
    app.exec()


def memory(db: str) -> None:
    _temporary_home()
    app = WatchingApp()
    from PySide6.QtCore import QSettings

    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(QSettings(os.path.join(os.environ["HOME"], "s.ini"), QSettings.Format.IniFormat),
                        poll_ms=600_000)
    window.show()
    window.open_database(Path(db))
    wait(app, lambda: _data_ready(window))
    say(f"rss ready {rss_kb()}")
    view = window.attendees
    window.show_view("attendees")
    view.filters.flat.click()
    wait(app, lambda: not view.loader.running and view.table_model.rowCount() > 0)
    app.processEvents()
    say(f"rss list {rss_kb()} rows {view.table_model.rowCount()}")
    for _ in range(20):   # page down through the list: pages are fetched and a bounded number kept
        view.table.verticalScrollBar().setValue(view.table.verticalScrollBar().value() + 5000)
        app.processEvents()
    view.table.scrollToBottom()
    app.processEvents()
    say(f"rss scrolled {rss_kb()}")
    view.filters.grouped.click()
    wait(app, lambda: not view.loader.running and view.tree_model.rowCount() > 0)
    app.processEvents()
    say(f"rss grouped {rss_kb()}")
    window.close()


def bare_memory(db: str) -> None:
    app = WatchingApp()
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QMainWindow, QTableView

    class Model(QAbstractTableModel):
        def __init__(self, rows: list[tuple]) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent=QModelIndex()) -> int:
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()) -> int:
            return 0 if parent.isValid() else 3

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

    say(f"rss start {rss_kb()}")
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT full_name, position, unit_name FROM attendees WHERE conference_id = 1 "
                        "ORDER BY sort_key").fetchall()
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(Model(rows))
    window.setCentralWidget(table)
    window.resize(1366, 768)
    window.show()
    wait(app, lambda: True)
    app.processEvents()
    table.scrollToBottom()
    app.processEvents()
    say(f"rss list {rss_kb()} rows {len(rows)}")


def keys(db: str, count: int) -> None:
    _temporary_home()
    app = WatchingApp()
    import random

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTableView

    from benchmarks.bench_search import load_people, queries
    from desktop_app.store.search import search_attendees
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(QSettings(os.path.join(os.environ["HOME"], "s.ini"), QSettings.Format.IniFormat),
                        poll_ms=600_000)
    window.open_database(Path(db))
    window.session.set_conference(1)
    window.show_view("desk")
    window.resize(1366, 768)
    window.show()
    wait(app, lambda: window.desk.isVisible())
    desk = window.desk
    viewport = desk.table.viewport()
    texts = queries(load_people(window.session.db, 1), random.Random(2022), count)

    bare_table = QTableView()
    bare_model = QStandardItemModel(0, 5)
    bare_table.setModel(bare_model)
    bare_table.resize(1300, 500)
    bare_table.show()

    state: dict = {}

    def before_timer(receiver: QObject) -> None:
        if receiver is desk._timer and "fired" not in state:
            state["fired"] = time.perf_counter()

    def after_paint(widget: QWidget) -> None:
        if widget is viewport and "fired" in state and "painted" not in state:
            state["painted"] = time.perf_counter()
        if widget is bare_table.viewport() and "bare_started" in state and "bare_painted" not in state:
            state["bare_painted"] = time.perf_counter()

    app.before_timer = before_timer
    app.after_paint = after_paint
    debounce, typed_to_paint, base = [], [], []
    for n, text in enumerate(texts + texts[:10]):   # the first ten warm up, and are measured again at the end
        desk.clear()
        app.processEvents()
        state.clear()
        QTest.keyClicks(desk.field, text)
        typed = time.perf_counter()
        wait(app, lambda: "painted" in state)
        if desk.results.rowCount() == 0 and desk.message.text() == "":
            raise SystemExit(f"no results shown for {text!r}")
        if n >= 10 or len(texts) <= 10:
            debounce.append(state["painted"] - state["fired"])
            typed_to_paint.append(state["painted"] - typed)
        # The baseline: the same query through the store, its rows put in a bare table, painted.
        state["bare_started"] = time.perf_counter()
        found = search_attendees(window.session.db, 1, text, limit=50)
        bare_model.removeRows(0, bare_model.rowCount())
        for a in found:
            bare_model.appendRow([QStandardItem(x) for x in (a.full_name, a.position, a.unit_name,
                                                             "", str(a.status))])
        bare_table.viewport().update()
        wait(app, lambda: "bare_painted" in state)
        if n >= 10 or len(texts) <= 10:
            base.append(state["bare_painted"] - state["bare_started"])
        QTest.keyClick(desk.field, Qt.Key.Key_Escape)
    say("samples " + json.dumps({"ours": debounce, "typed": typed_to_paint, "base": base, "texts": texts}))
    window.close()


def main(argv: list[str]) -> None:
    role, db = argv[0], argv[1]
    if role == "cold":
        cold(db)
    elif role == "bare":
        bare(db)
    elif role == "memory":
        memory(db)
    elif role == "bare-memory":
        bare_memory(db)
    elif role == "keys":
        keys(db, int(argv[2]))
    else:
        raise SystemExit(f"unknown role {role}")


if __name__ == "__main__":
    main(sys.argv[1:])
