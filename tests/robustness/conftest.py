"""Helpers for tests that run real desks in child processes (tests/robustness/workers.py)."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

WORKERS = Path(__file__).with_name("workers.py")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:   # benchmarks.workbooks makes the spreadsheets the crash tests import
    sys.path.insert(0, str(ROOT))
LINE_TIMEOUT = 60.0  # generous: the machine is shared; a hang fails the test instead of the suite


class Child:
    """A worker process whose stdout lines are read by a thread, so the test can wait for a
    line with a timeout and, after a kill, still collect every line the child wrote."""

    def __init__(self, role: str, *args: object) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKERS), role, *map(str, args)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            encoding="utf-8", env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def expect(self, prefix: str, timeout: float = LINE_TIMEOUT) -> str:
        """Wait for the next line starting with `prefix` (earlier lines are kept in `seen`)."""
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"no “{prefix}” line within {timeout} s; saw {self.seen[-5:]}") from None
            if line is None:
                raise AssertionError(f"child ended before “{prefix}”: {self.seen[-5:]}\n{self.stderr()}")
            self.seen.append(line)
            if line.startswith(prefix):
                return line

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        """SIGKILL: no cleanup, no atexit, no flush, like a laptop switched off mid-write
        (except that the operating system still holds what was written)."""
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=LINE_TIMEOUT)

    def finish(self, timeout: float = LINE_TIMEOUT) -> list[str]:
        """Wait for the process to end; every line it wrote, in order."""
        self.proc.wait(timeout=timeout)
        self._reader.join(timeout=timeout)
        while not self.lines.empty():
            line = self.lines.get_nowait()
            if line is not None:
                self.seen.append(line)
        return self.seen

    def stderr(self) -> str:
        if self.proc.poll() is None or self.proc.stderr is None:
            return ""
        return self.proc.stderr.read()


@pytest.fixture
def spawn() -> Iterator:
    children: list[Child] = []

    def start(role: str, *args: object) -> Child:
        child = Child(role, *args)
        children.append(child)
        return child

    yield start
    for child in children:
        child.kill()
        for stream in (child.proc.stdin, child.proc.stdout, child.proc.stderr):
            if stream is not None:
                stream.close()
