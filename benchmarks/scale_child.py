"""The scale benchmark's fresh process: `python -m benchmarks.scale_child VIEW DB`.

Opens DB in the real main window (fresh settings, offscreen), shows VIEW and prints
"seconds <s> <rows>": from opening the database to the first paint of the window once VIEW holds
its data (its first rows; for the attendees and the statistics, the groups before their present,
which follow on the same worker), caught in QApplication.notify after the paint event was
handled, as in window_child. VIEW is one of conferences, attendees (grouped, as it first opens), stats,
topics, desk. The file must already have the current schema (opening it here must not migrate).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.window_child import WatchingApp, _temporary_home, say, wait  # noqa: E402


def _rows(window, view: str) -> int:
    """How many rows VIEW shows now; 0 while it is still loading."""
    if view == "conferences":
        return window.conferences.model.rowCount()
    if view == "attendees":   # its rows, not the marks for review that follow them
        v = window.attendees
        model = v.tree_model if v.filters.is_grouped() else v.table_model
        return 0 if v.rows_loading else model.rowCount()
    if view == "stats":   # its sections and units, as the attendees view: their present may follow
        s = window.stats.stats
        return 0 if s is None or window.stats.rows_loading else len(s.sections) + len(s.units)
    if view == "topics":
        return window.topics.model.rowCount()
    if view == "desk":   # its counters counted
        return 0 if window.desk.counts.loader.running or not window.desk.isVisible() else 1
    raise SystemExit(f"unknown view {view}")


def main(view: str, db: str) -> None:
    _temporary_home()
    app = WatchingApp()
    from PySide6.QtCore import QSettings

    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(QSettings(os.path.join(os.environ["HOME"], "s.ini"), QSettings.Format.IniFormat),
                        poll_ms=600_000)
    window.resize(1366, 768)
    state: dict[str, float] = {}

    def after_paint(widget) -> None:
        if "done" in state or widget.window() is not window:
            return
        rows = _rows(window, view)
        if rows:
            state["done"] = time.perf_counter() - state["start"]
            state["rows"] = rows

    app.after_paint = after_paint
    state["start"] = time.perf_counter()
    window.open_database(Path(db))
    window.show_view(view)
    window.show()
    wait(app, lambda: "done" in state, timeout_ms=300_000)
    say(f"seconds {state['done']:.4f} {int(state['rows'])}")
    window.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
