"""Progress for long work: reported as it goes, also when work advances in big steps."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import Cancelled
from desktop_app.domain.progress import Monitor


def test_steps_of_one_report_every_so_often():
    seen: list[tuple[str, int, int]] = []
    monitor = Monitor(lambda *a: seen.append(a), interval=0, every=10)
    monitor.stage("reading", 35)
    for _ in range(35):
        monitor.step()
    monitor.finish()
    assert [done for _, done, _ in seen] == [0, 10, 20, 30, 35]


def test_big_steps_are_reported_too():
    """Chunks of 5,000 rows or pages of 8 badges never land on a multiple of 256 exactly."""
    seen: list[int] = []
    monitor = Monitor(lambda _stage, done, _total: seen.append(done), interval=0, every=256)
    monitor.stage("writing", 20_000)
    for done in (5000, 10000, 15000, 19997):
        monitor.step(done)
    assert seen == [0, 5000, 10000, 15000, 19997]


def test_a_big_step_looks_for_cancel():
    stop = False
    monitor = Monitor(cancelled=lambda: stop, every=256)
    monitor.stage("writing", 10_000)
    monitor.step(5000)
    stop = True
    with pytest.raises(Cancelled):
        monitor.step(10_000)
