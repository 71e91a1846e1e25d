"""Long work on the thread pool: results, progress, Cancel (which also interrupts SQL and rolls
back), failures as sentences, the runner that starts, replaces and cancels, and the newest request that wins."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.errors import Cancelled, NotFound
from desktop_app.store.conferences import list_conferences
from desktop_app.store.engine import scalar, write_transaction
from desktop_app.ui.common import workers
from desktop_app.ui.common.workers import JobRunner, Task, run_with_progress


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget
    workers.wait_for_workers()


def test_a_task_reports_progress_and_its_result(qtbot, parent, db_path, demo):
    def job(db, progress):
        for step in range(3):
            progress.report(step + 1, 3)
        return [s.conference.title for s in list_conferences(db)]

    task = Task(db_path, job)
    seen = []
    task.signals.progressed.connect(lambda done, total: seen.append((done, total)))
    run = run_with_progress(parent, task, title="t", label="l")
    with qtbot.waitSignal(run.done, timeout=10_000) as result:
        pass
    assert result.args[0] == [demo.title]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert run.finished


def test_cancel_interrupts_a_long_statement_and_rolls_back(qtbot, parent, db, db_path, demo, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a))

    def job(db, progress):
        with write_transaction(db):
            db.conn.execute("UPDATE conferences SET title = 'half done'")
            progress.report(1, 2)
            # A statement that would run for minutes, until Cancel interrupts it.
            return scalar(db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                              "SELECT count(*) FROM n")

    task = Task(db_path, job)
    run = run_with_progress(parent, task, title="t", label="l")
    with qtbot.waitSignal(task.signals.progressed, timeout=10_000):
        pass
    with qtbot.waitSignal(run.failed, timeout=10_000) as failure:
        run.dialog.canceled.emit()
    assert isinstance(failure.args[0], Cancelled)
    assert shown == []  # a cancellation is not an error to announce
    assert list_conferences(db)[0].conference.title == demo.title


def test_a_failure_is_one_sentence(qtbot, parent, db_path, demo, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))

    def job(db, progress):
        raise NotFound(entity="conference", id=99)

    run = run_with_progress(parent, Task(db_path, job), title="t", label="l")
    with qtbot.waitSignal(run.failed, timeout=10_000):
        pass
    assert shown == ["There is no conference with number 99 (it may have been deleted). "
                     "Refresh the list and try again."]


def test_the_loader_delivers_only_the_newest_request(qtbot, db_path, demo):
    loader = JobRunner()
    delivered = []
    loader.succeeded.connect(delivered.append)

    def slow(value):
        def job(db, progress):
            scalar(db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000) "
                       "SELECT count(*) FROM n")
            return value
        return job

    loader.request(Task(db_path, slow("first")))
    loader.request(Task(db_path, slow("second")))
    loader.request(Task(db_path, slow("third")))
    qtbot.waitUntil(lambda: not loader.running, timeout=20_000)
    assert delivered == ["third"]


def test_the_loader_keeps_a_running_result_when_asked_to(qtbot, db_path, demo):
    loader = JobRunner()
    delivered = []
    loader.succeeded.connect(delivered.append)
    loader.request(Task(db_path, lambda db, p: "running"))
    loader.request(Task(db_path, lambda db, p: "next"), replace=False)
    qtbot.waitUntil(lambda: not loader.running, timeout=10_000)
    assert delivered == ["running", "next"]


def _endless(db, progress):
    progress.report(1, 2)
    return scalar(db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n")


def test_starting_a_task_replaces_the_running_one_and_drops_its_outcome(qtbot, db_path, demo):
    runner = JobRunner()
    delivered, failures, stages = [], [], []
    runner.succeeded.connect(delivered.append)
    runner.failed.connect(failures.append)
    runner.progressed.connect(lambda stage, done, total: stages.append((stage, done, total)))
    runner.start(Task(db_path, _endless))
    runner.start(Task(db_path, lambda db, p: (p.report(3, 3), "second")[1]))
    qtbot.waitUntil(lambda: not runner.running and not workers._running, timeout=10_000)
    assert delivered == ["second"]
    assert failures == []                    # the first one's Cancelled is nobody's business
    assert ("", 3, 3) in stages              # a task's own progress comes through as stage ""


@pytest.mark.parametrize("deliver", [True, False])
def test_cancel_ends_in_cancelled_or_in_nothing(qtbot, db_path, demo, deliver):
    runner = JobRunner()
    failures = []
    runner.failed.connect(failures.append)
    task = Task(db_path, _endless)
    with qtbot.waitSignal(task.signals.progressed, timeout=10_000):
        runner.start(task)
    runner.cancel(deliver=deliver)
    assert runner.running                    # until the statement has stopped and rolled back
    qtbot.waitUntil(lambda: not runner.running and not workers._running, timeout=10_000)
    assert [type(f) for f in failures] == ([Cancelled] if deliver else [])
