"""Long work whose progress is shown inside a page or dialog (the import wizard's pages, the export
dialog) rather than in a separate progress dialog, through workers.JobRunner: `JobPage`, a wizard
page with its runner.

`FileTask` is a task that needs no database connection (reading a spreadsheet, restoring a
database that cannot be opened)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget, QWizardPage

from desktop_app.domain.errors import Cancelled
from desktop_app.ui.common.workers import JobRunner, Progress, Task


class FileTask(Task):
    """A job on the worker pool without a database: `job(None, progress)`."""

    def __init__(self, job: Callable[[None, Progress], Any]) -> None:
        super().__init__(Path(), job)  # type: ignore[arg-type]

    def _run_job(self) -> Any:
        if self.cancelled:
            raise Cancelled()
        return self.job(None, Progress(self))  # type: ignore[arg-type]


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
