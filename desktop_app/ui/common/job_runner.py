"""Long work whose progress is shown inside a page or dialog (the import wizard's pages, the export
dialog) rather than in a separate progress dialog: a `JobRunner` runs one task at a time on the
worker pool and tells its owner the stage, how far it is, and how it ended.

`FileTask` is a task that needs no database connection (reading a spreadsheet, restoring a
database that cannot be opened)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget, QWizardPage

from desktop_app.domain.errors import Cancelled
from desktop_app.ui.common.workers import Progress, Task, pool

# Tasks still running after their owner went away (a dialog closed mid-way): kept referenced
# until they finish, so Python never frees a runnable the pool is running.
_running: set[Task] = set()


class FileTask(Task):
    """A job on the worker pool without a database: `job(None, progress)`."""

    def __init__(self, job: Callable[[None, Progress], Any]) -> None:
        super().__init__(Path(), job)  # type: ignore[arg-type]

    def _run_job(self) -> Any:
        if self.cancelled:
            raise Cancelled()
        return self.job(None, Progress(self))  # type: ignore[arg-type]


class _StageSignals(QObject):
    """Lives in the GUI thread; the job emits from its own thread, the slots run here."""

    staged = Signal(str, int, int)


class JobRunner(QObject):
    """One task at a time. Starting another cancels the one running (its result is dropped)."""

    progressed = Signal(str, int, int)     # stage code ("reading", "checking", "writing"), done, total
    succeeded = Signal(object)
    failed = Signal(object)                # a HoinghiError (Cancelled when cancelled) or another Exception
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: Task | None = None
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
        self.cancel()
        self._task = task
        _running.add(task)
        task.signals.succeeded.connect(lambda result, t=task: self._on_task_ended(t, result, ok=True))
        task.signals.failed.connect(lambda error, t=task: self._on_task_ended(t, error, ok=False))
        self.running_changed.emit(True)
        pool().start(task)

    def cancel(self) -> None:
        """Ask the running task to stop; it ends with `failed(Cancelled)`."""
        if self._task is not None:
            self._task.cancel()

    def abandon(self) -> None:
        """Stop the running task and deliver nothing more (the owner is closing)."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            self.running_changed.emit(False)

    def _on_stages_staged(self, stage: str, done: int, total: int) -> None:
        if self._task is not None:
            self.progressed.emit(stage, done, total)

    def _on_task_ended(self, task: Task, outcome: object, *, ok: bool) -> None:
        _running.discard(task)
        if task is not self._task:
            return  # replaced or abandoned: its result is no longer wanted
        self._task = None
        self.running_changed.emit(False)
        if ok:
            self.succeeded.emit(outcome)
        else:
            self.failed.emit(outcome)


def is_cancelled(error: object) -> bool:
    return isinstance(error, Cancelled)


class JobPage(QWizardPage):
    """A page of the import wizard (`owner`) whose reading runs on a worker: `runner`, answered
    by the page's _on_runner_succeeded and _on_runner_failed."""

    def __init__(self, wizard: QWidget) -> None:
        super().__init__(wizard)
        self.owner: Any = wizard
        self.runner = JobRunner(self)
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.failed.connect(self._on_runner_failed)

    def _on_runner_succeeded(self, result: object) -> None:
        raise NotImplementedError

    def _on_runner_failed(self, error: object) -> None:
        raise NotImplementedError
