"""Progress and cancellation for long work (imports, exports, PDFs), shared by exchange/ and printing/.

The window's worker passes two plain callables: one that shows progress (it emits a signal) and
one that says whether the person pressed Cancel (it reads a flag). Nothing here knows about Qt."""

from __future__ import annotations

import time
from collections.abc import Callable

from desktop_app.domain.errors import Cancelled

# progress(stage, done, total): `stage` is a code ("reading", "checking", "writing", "saving");
# `total` is 0 when it is not known yet (a streamed file).
ProgressCallback = Callable[[str, int, int], None]
CancelCheck = Callable[[], bool]


class Monitor:
    """Reports progress at most every `interval` seconds and raises Cancelled when asked to stop.

    Long loops call `step()` for every item: it costs a counter check, so it can run per row."""

    def __init__(self, progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None,
                 *, interval: float = 0.1, every: int = 256) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self._interval = interval
        self._every = every
        self._last = 0.0
        self._stage = ""
        self._total = 0
        self._count = 0

    def stage(self, stage: str, total: int = 0) -> None:
        """A new stage begins; it is reported at once."""
        self._stage, self._total, self._count = stage, total, 0
        self.check()
        self._report(0, force=True)

    def set_total(self, total: int) -> None:
        self._total = total

    def step(self, done: int | None = None) -> None:
        """One more item done (or `done` items so far). Every `every` items it looks for Cancel
        and reports, also when `done` jumps past a multiple (a chunk of 5,000, a page of 8)."""
        previous = self._count
        self._count = previous + 1 if done is None else done
        if self._count // self._every != previous // self._every:
            self.check()
            self._report(self._count)

    def at(self, done: int) -> None:
        """`done` items so far, from work that counts in large steps: checks for Cancel and
        reports (at most every `interval` seconds) every time."""
        self._count = done
        self.check()
        self._report(done)

    def finish(self) -> None:
        """The stage is complete: report it as such."""
        self._report(max(self._count, self._total), force=True)

    def check(self) -> None:
        """Raise Cancelled if the person asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled(stage=self._stage)

    def _report(self, done: int, *, force: bool = False) -> None:
        if self._progress is None:
            return
        now = time.monotonic()
        if force or now - self._last >= self._interval:
            self._last = now
            self._progress(self._stage, done, self._total)
