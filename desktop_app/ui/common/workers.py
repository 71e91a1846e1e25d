"""Long work off the GUI thread: a job runs on a QThreadPool thread with its own connection to
the database file and reports by signals; it never touches a widget.

One way to run one, `JobRunner` (one task at a time, outcome told on the GUI thread), shown
three ways: `run_with_progress(parent, task, ...)` puts it behind a modal progress dialog with Cancel
(duplicate, delete, backup, print); a page or dialog shows its progress itself (the import wizard,
the export dialog); a view's data loads with `request` (newest request wins, no dialog).

A job is `job(db, progress) -> result`. It calls `progress.report(done, total)` and
`progress.check()` (raises Cancelled) between steps; Cancel also interrupts the running SQL
statement, so a long transaction rolls back and leaves the file as it was."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop_app.domain.errors import Cancelled, HoinghiError
from desktop_app.domain.locations import database_location
from desktop_app.store import Database, engine, open_database

log = logging.getLogger(__name__)

Job = Callable[[Database, "Progress"], Any]

_pool: QThreadPool | None = None
SHOW_AFTER_MS = 300
# Tasks still running after their owner went away (a dialog closed mid-way): kept referenced
# until they finish, so Python never frees a runnable the pool is running.
_running: set[Task] = set()


def pool() -> QThreadPool:
    """The program's worker threads: two, like the cores of the laptops it runs on."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
    return _pool


def wait_for_workers(msecs: int = 10_000) -> bool:
    return pool().waitForDone(msecs)


class TaskSignals(QObject):
    """Created in the GUI thread, so connected slots run there."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)          # a HoinghiError (Cancelled when cancelled) or another Exception


class Progress:
    """Handed to a job: report how far it is, and stop when the user cancelled."""

    def __init__(self, task: Task) -> None:
        self._task = task

    @property
    def cancelled(self) -> bool:
        return self._task.cancelled

    def report(self, done: int, total: int) -> None:
        self._task.signals.progressed.emit(int(done), int(total))

    def check(self) -> None:
        if self._task.cancelled:
            raise Cancelled()


class Task(QRunnable):
    """One job on its own connection (opened on the worker thread, closed after)."""

    def __init__(self, db_path: str | Path, job: Job, *, desk: str = "", create: bool = False,
                 clock: Callable[[], datetime] | None = None, prepare: Callable[[], object] | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.db_path = database_location(db_path)
        self.job = job
        self.prepare = prepare   # run first, on the worker (start this laptop's own server)
        self.desk = desk
        self.create = create
        self.clock = clock
        self.signals = TaskSignals()
        self._lock = threading.Lock()
        self._db: Database | None = None
        self._cancelled = False

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        """Ask the job to stop; a statement running now is interrupted (and rolled back)."""
        with self._lock:
            self._cancelled = True
            if self._db is not None:
                engine.interrupt(self._db)

    def run(self) -> None:
        try:
            result = self._run_job()
        except HoinghiError as error:
            self._tell("failed", error)
        except Exception as exc:  # a bug, unless Cancel stopped a statement
            if self._cancelled and engine.is_interrupted(exc):
                self._tell("failed", Cancelled())
                return
            log.error("worker failed:\n%s", traceback.format_exc())   # reported as one sentence
            self._tell("failed", exc)
        else:
            self._tell("succeeded", result)

    def _tell(self, signal: str, value: object) -> None:
        """Emit the outcome. When the signal object is already gone (the program is closing
        under a running job) there is nobody left to tell; the job's own transaction has
        committed or rolled back either way."""
        try:
            getattr(self.signals, signal).emit(value)
        except RuntimeError:
            log.info("the %s outcome of a background job had nobody left to hear it", signal)

    def _run_job(self) -> Any:
        if self._cancelled:
            raise Cancelled()
        if self.prepare is not None:
            self.prepare()
        db = open_database(self.db_path, create=self.create, desk=self.desk, clock=self.clock)
        with self._lock:
            self._db = db
        # interrupt() only stops a statement already running; this also stops one that starts
        # after Cancel was pressed.
        engine.stop_when(db, lambda: self._cancelled)
        try:
            progress = Progress(self)
            progress.check()
            return self.job(db, progress)
        finally:
            with self._lock:
                self._db = None
            db.close()


def error_text(error: object) -> str:
    """One sentence for a failure a worker reported."""
    from PySide6.QtCore import QCoreApplication

    from desktop_app.messages import describe

    if isinstance(error, HoinghiError):
        return describe(error)
    return QCoreApplication.translate(
        "Workers", "Something went wrong inside the program ({detail}). Nothing was changed; "
        "try again, and report it if it happens again.").format(detail=type(error).__name__)


class _StageSignals(QObject):
    """Lives in the GUI thread; a job emits from its own thread, the slots run here."""

    staged = Signal(str, int, int)


class JobRunner(QObject):
    """The one way to run background work: one task at a time on the worker pool, its progress and
    outcome told on the GUI thread.

    - `start(task)`: run it now; a task still running is cancelled and its result dropped.
    - `request(task, replace=...)`: a view's data, newest request wins. It waits for the running
      task; with `replace=True` (the person changed a filter) that one is cancelled and its result
      dropped, otherwise (another desk changed the data) its result is still delivered.
    - `cancel()`: the running task ends with `failed(Cancelled)`; `cancel(deliver=False)` drops it."""

    progressed = Signal(str, int, int)     # stage code ("reading", "checking", "writing"; "" for a
                                           # task's own progress.report), done, total
    succeeded = Signal(object)
    failed = Signal(object)                # a HoinghiError (Cancelled when cancelled) or another Exception
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: Task | None = None
        self._waiting: Task | None = None
        self._deliver = True
        self._stages = _StageSignals(self)
        self._stages.staged.connect(self._on_stages_staged)

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def task(self) -> Task | None:
        return self._task

    def reporter(self) -> Callable[[str, int, int], None]:
        """A `progress(stage, done, total)` callback for exchange/ and printing/, safe to call from
        the worker thread."""
        stages = self._stages
        return lambda stage, done, total: stages.staged.emit(stage, int(done), int(total))

    def start(self, task: Task) -> None:
        self._waiting = None
        if self._task is not None:
            self._task.cancel()
        self._launch(task)

    def request(self, task: Task, *, replace: bool = True) -> None:
        if self._task is None:
            self._launch(task)
            return
        self._waiting = task
        if replace:
            self._deliver = False
            self._task.cancel()

    def cancel(self, *, deliver: bool = True) -> None:
        """Ask the running task to stop (and forget a waiting request). It ends with
        `failed(Cancelled)`, or with nothing at all when `deliver` is False."""
        self._waiting = None
        if self._task is not None:
            self._deliver = self._deliver and deliver
            self._task.cancel()

    def abandon(self) -> None:
        """Stop the running task and deliver nothing more (the owner is closing)."""
        task, self._task, self._waiting = self._task, None, None
        if task is not None:
            task.cancel()
            self.running_changed.emit(False)

    def _launch(self, task: Task) -> None:
        self._task = task
        self._deliver = True
        _running.add(task)
        task.signals.progressed.connect(lambda done, total, t=task: self._on_task_progressed(t, done, total))
        task.signals.succeeded.connect(lambda result, t=task: self._on_task_ended(t, result, ok=True))
        task.signals.failed.connect(lambda error, t=task: self._on_task_ended(t, error, ok=False))
        self.running_changed.emit(True)
        pool().start(task)

    def _on_stages_staged(self, stage: str, done: int, total: int) -> None:
        if self._task is not None and self._deliver:
            self.progressed.emit(stage, done, total)

    def _on_task_progressed(self, task: Task, done: int, total: int) -> None:
        if task is self._task and self._deliver:
            self.progressed.emit("", done, total)

    def _on_task_ended(self, task: Task, outcome: object, *, ok: bool) -> None:
        _running.discard(task)
        if task is not self._task:
            return  # replaced or abandoned: its result is no longer wanted
        deliver, self._task = self._deliver, None
        if self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            self._launch(waiting)
        else:
            self.running_changed.emit(False)
        if deliver:
            (self.succeeded if ok else self.failed).emit(outcome)


class TaskRun(QObject):
    """A JobRunner behind a modal progress dialog (shown after 300 ms) with Cancel, for what the
    user asked for. `done` carries the result; failures are shown in a message box (a cancellation
    quietly), then `failed` fires."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, task: Task, *, title: str, label: str) -> None:
        super().__init__(parent)
        self.task = task
        self._parent = parent
        self._title = title
        self.dialog = QProgressDialog(label, "", 0, 0, parent)
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        self.dialog.setWindowTitle(title)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setModal(True)
        self.dialog.canceled.connect(self._on_dialog_canceled)
        self.dialog.hide()
        self.runner = JobRunner(self)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.failed.connect(self._on_runner_failed)
        self._finished = False
        QTimer.singleShot(SHOW_AFTER_MS, self._on_show_timer)
        self.runner.start(task)

    @property
    def finished(self) -> bool:
        return self._finished

    def _on_show_timer(self) -> None:
        if not self._finished:
            self.dialog.show()

    def _on_dialog_canceled(self) -> None:
        if not self._finished:
            self.dialog.setLabelText(self.tr("Cancelling…"))
            self.runner.cancel()

    def _on_runner_progressed(self, _stage: str, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _close(self) -> None:
        self._finished = True
        self.dialog.hide()
        self.dialog.deleteLater()

    def _on_runner_succeeded(self, result: object) -> None:
        self._close()
        self.done.emit(result)

    def _on_runner_failed(self, error: object) -> None:
        self._close()
        if not isinstance(error, Cancelled):
            QMessageBox.warning(self._parent, self._title, error_text(error))
        self.failed.emit(error)


def run_with_progress(parent: QWidget, task: Task, *, title: str, label: str,
                      on_done: Callable[[Any], None] | None = None) -> TaskRun:
    """Start `task` with a progress dialog; `on_done(result)` runs in the GUI thread."""
    run = TaskRun(parent, task, title=title, label=label)
    if on_done is not None:
        run.done.connect(on_done)
    return run
