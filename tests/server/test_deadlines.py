"""A window's calls to a server have a deadline: one still waiting when its time is up has its
connection cut and fails at once as the server being away. One watchdog thread serves them all
(a timer thread a statement cost 0.1-0.2 ms, three or four to a desk search)."""

from __future__ import annotations

import threading
import time

import pytest

from desktop_app.domain.errors import ServerProblem
from desktop_app.store import open_database
from desktop_app.store.engine import scalar


def test_a_call_past_its_deadline_is_cut_and_calls_within_it_are_not(server_db):
    db = open_database(server_db, desk="Bàn 1")
    db.deadline_s = 0.4
    threads = threading.active_count()
    for _ in range(300):   # quick calls: never cut, and no thread of their own
        assert scalar(db, "SELECT 1") == 1
    assert threading.active_count() <= threads + 1   # the one watchdog, started once
    started = time.monotonic()
    with pytest.raises(ServerProblem):
        scalar(db, "SELECT pg_sleep(5)")
    assert time.monotonic() - started < 2
    db.close()


def test_deadlines_of_several_connections_are_kept_apart(server_db):
    slow, quick = open_database(server_db, desk="Bàn 1"), open_database(server_db, desk="Bàn 2")
    slow.deadline_s, quick.deadline_s = 0.3, 10.0
    failed: list[Exception] = []

    def wait_long() -> None:
        try:
            scalar(slow, "SELECT pg_sleep(5)")
        except ServerProblem as exc:
            failed.append(exc)

    waiter = threading.Thread(target=wait_long)
    waiter.start()
    assert scalar(quick, "SELECT 1 FROM pg_sleep(0.6)") == 1   # outlives the other's deadline, not its own
    waiter.join(timeout=3)
    assert len(failed) == 1
    assert scalar(quick, "SELECT 2") == 2
    slow.close()
    quick.close()
