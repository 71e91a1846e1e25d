"""What every benchmark shares: timing, percentiles, comparison rows, the machine, cached demo
databases and the Markdown report.

A benchmark measures the program and a baseline *in the same run* (interleaved where it can), so
the ratio holds on a noisy, shared machine even when the absolute numbers wander."""

from __future__ import annotations

import hashlib
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stats:
    """Samples of one measurement, in seconds (or any unit the row says)."""

    samples: tuple[float, ...]

    @classmethod
    def of(cls, samples: list[float] | tuple[float, ...] | float) -> Stats:
        values = (samples,) if isinstance(samples, int | float) else tuple(samples)
        return cls(values)

    @property
    def n(self) -> int:
        return len(self.samples)

    @property
    def p50(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        return percentile(self.samples, 95)

    @property
    def max(self) -> float:
        return max(self.samples)


def percentile(samples: list[float] | tuple[float, ...], p: float) -> float:
    """Nearest-rank percentile: the smallest sample with at least p% of samples at or below it."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def bare_store_attendees(conn: object, columns: list[str], rows: list[tuple]) -> float:
    """The floor of storing attendees: bare sqlite3 writing ready rows into the program's schema the
    fastest way known (multi-row INSERTs of 500 with the search-index trigger dropped, both search
    indexes filled in rowid order and merged, the trigger put back), in one transaction. Seconds."""
    trigger = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'attendees_search_ai'").fetchone()[0]
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DROP TRIGGER attendees_search_ai")
    row_sql = "(" + ", ".join("?" * len(columns)) + ")"
    for n in range(0, len(rows), 500):
        part = rows[n:n + 500]
        conn.execute(f"INSERT INTO attendees ({', '.join(columns)}) VALUES {', '.join([row_sql] * len(part))}",
                     [v for row in part for v in row])
    conn.execute("INSERT INTO attendees_fts(rowid, name_folded, position_folded, unit_folded, code_folded) "
                 "SELECT search_rowid, name_folded, position_folded, unit_folded, code_folded FROM attendees "
                 "ORDER BY search_rowid")
    conn.execute("INSERT INTO attendee_names_fts(rowid, name_folded) SELECT search_rowid, name_folded "
                 "FROM attendees ORDER BY search_rowid")
    conn.execute(trigger)
    for index in ("attendee_names_fts", "attendees_fts"):
        conn.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")
    conn.execute("COMMIT")
    return time.perf_counter() - start


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call takes (perf_counter)."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


@dataclass
class Row:
    """One line of a report table: our figure against the baseline's, and the target if any.

    `unit` is how values are shown: "ms" and "s" take seconds; "/s" and "MB" take the value as is.
    For rates ("/s") a higher number is better and the ratio is baseline / ours, so a ratio above
    1 always means "slower than the baseline"."""

    label: str
    ours: Stats
    baseline: Stats | None = None
    unit: str = "ms"
    target: str = ""
    passed: bool | None = None
    note: str = ""

    def ratio(self, which: str = "p50") -> float | None:
        if self.baseline is None:
            return None
        a, b = getattr(self.ours, which), getattr(self.baseline, which)
        if self.unit == "/s":
            a, b = b, a
        return a / b if b else None


@dataclass
class Section:
    """The part of the report one benchmark writes."""

    title: str
    intro: str
    baseline: str
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def passed(self) -> bool | None:
        verdicts = [r.passed for r in self.rows if r.passed is not None]
        return None if not verdicts else all(verdicts)


# ---------------------------------------------------------------------------------------------
# The run: options, scratch space, cached databases
# ---------------------------------------------------------------------------------------------


@dataclass
class Context:
    """Passed to every benchmark's run(): options and shared helpers."""

    quick: bool = False
    workdir: Path = ROOT / "var" / "bench"
    verbose: bool = True
    million: bool = False   # also the parts on a million registrations (minutes to build: --million)

    def log(self, message: str) -> None:
        if self.verbose:
            print(f"  {message}", file=sys.stderr, flush=True)

    @property
    def scratch(self) -> Path:
        path = self.workdir / "scratch"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def scratch_copy(self, source: Path, name: str) -> Path:
        """A throw-away copy of a database to write into (the cached one stays as it is)."""
        target = self.scratch / name
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(source, target)
        return target

    def demo_database(self, attendees: int, *, seed: int = 2022) -> Path:
        """The demo conference with `attendees` people, built once and kept under var/bench/ for
        later runs; the file name carries a hash of the code that builds it, so a change to the
        schema, the demo or the text functions builds a fresh one."""
        path = self.demo_path(attendees, seed=seed)
        for stale in self.workdir.glob(f"demo-{attendees}-s{seed}-*.sqlite"):
            if stale != path:  # built by an older version of the code
                stale.unlink()
        if not path.exists():
            self.log(f"building the demo with {attendees:,} attendees (cached as {path.name})")
            build_demo(path, attendees, seed=seed)
        return path

    def demo_path(self, attendees: int, *, seed: int = 2022) -> Path:
        self.workdir.mkdir(parents=True, exist_ok=True)
        return self.workdir / f"demo-{attendees}-s{seed}-{code_key()}.sqlite"


    def demo_series(self, conferences: int, attendees: int, *, seed: int = 2022) -> tuple[Path, float | None]:
        """`hoinghi demo --conferences N --attendees M`, cached like demo_database; with the
        seconds the build took when it was built in this run (None when cached)."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        path = self.workdir / f"series-{conferences}x{attendees}-s{seed}-{code_key()}.sqlite"
        for stale in self.workdir.glob(f"series-{conferences}x{attendees}-s{seed}-*.sqlite"):
            if stale != path:
                stale.unlink()
        if path.exists():
            return path, None
        self.log(f"building {conferences:,} conferences of {attendees:,} (cached as {path.name})")
        return path, build_demo(path, attendees, seed=seed, conferences=conferences)


_DEMO_SOURCES = ("desktop_app/store", "desktop_app/domain")


def code_key() -> str:
    """A short hash of the store and domain sources: what decides the content of a demo file."""
    digest = hashlib.sha256()
    for folder in _DEMO_SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def build_demo(path: Path, attendees: int, *, seed: int = 2022, conferences: int | None = None) -> float:
    """Run `hoinghi demo PATH --attendees N` in a fresh interpreter (as a person would), into a
    temporary name first so an interrupted build never leaves a half-built cache file.
    Returns the wall time in seconds."""
    tmp = path.with_name(path.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    series = [] if conferences is None else ["--conferences", str(conferences)]
    subprocess.run([sys.executable, "-m", "desktop_app", "demo", str(tmp), "--attendees", str(attendees),
                    "--seed", str(seed), *series], check=True, capture_output=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    os.replace(tmp, path)
    return elapsed


# The peak memory of a fresh process, for the Python code it runs to print at its end. Not
# getrusage's ru_maxrss: Linux keeps that across fork and exec, so a child reports at least the
# memory its parent had when it started it. VmHWM is the peak of the child's own address space.
PEAK_MEMORY_CODE = """
def _peak_kb():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """`with stopwatch() as t: …` then t[0] is the elapsed seconds."""
    out: list[float] = []
    start = time.perf_counter()
    try:
        yield out
    finally:
        out.append(time.perf_counter() - start)


# ---------------------------------------------------------------------------------------------
# The machine
# ---------------------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    import sqlite3

    return {
        "CPU": _cpu_model(),
        "cores (nproc)": str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()),
        "memory": _memory(),
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "sqlite-utils": _version("sqlite-utils"),
        "PySide6": _version("PySide6-Essentials") or _version("PySide6"),
        "openpyxl": _version("openpyxl"),
        "file system of var/bench": _filesystem(ROOT / "var"),
    }


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return ""


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return ""


def _filesystem(path: Path) -> str:
    path.mkdir(parents=True, exist_ok=True)
    try:
        out = subprocess.run(["df", "-T", str(path)], capture_output=True, text=True, check=True).stdout
        parts = out.splitlines()[-1].split()
        return f"{parts[1]} ({parts[0]})"
    except (OSError, subprocess.CalledProcessError, IndexError):
        return ""


def git_revision() -> str:
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT,
                             check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                               text=True, cwd=ROOT, check=True).stdout.strip()
        return rev + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


# ---------------------------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------------------------


def fmt(value: float, unit: str) -> str:
    if unit == "ms":
        v = value * 1000
        return f"{v:.3f}" if v < 1 else f"{v:.2f}" if v < 100 else f"{v:,.0f}"
    if unit == "s":
        return f"{value:.2f}"
    if unit in ("/s", "MB"):
        return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"
    return f"{value:g}"


def render_section(section: Section) -> str:
    lines = [f"## {section.title}", "", section.intro.strip(), "", f"Baseline: {section.baseline.strip()}", ""]
    lines += ["| Measurement | n | ours p50 | ours p95 | baseline p50 | baseline p95 | ratio p50 | ratio p95 "
              "| target | |",
              "|---|--:|--:|--:|--:|--:|--:|--:|---|---|"]
    for r in section.rows:
        single = r.ours.n == 1
        b = r.baseline
        cells = [
            r.label + (f" ({r.unit})" if r.unit else ""),
            str(r.ours.n),
            fmt(r.ours.p50, r.unit),
            "" if single else fmt(r.ours.p95, r.unit),
            fmt(b.p50, r.unit) if b else "",
            fmt(b.p95, r.unit) if b and b.n > 1 else "",
            f"{r.ratio('p50'):.2f}" if b else "",
            f"{r.ratio('p95'):.2f}" if b and b.n > 1 and not single else "",
            r.target,
            {True: "✅", False: "❌ missed", None: ""}[r.passed],
        ]
        lines.append("| " + " | ".join(cells) + " |")
    notes = [n for n in section.notes if n] + [f"{r.label}: {r.note}" for r in section.rows if r.note]
    if notes:
        lines += [""] + [f"- {n}" for n in notes]
    lines += ["", f"_This benchmark took {section.seconds:.0f} s._", ""]
    return "\n".join(lines)


def render_report(sections: list[Section], command: str, started: datetime, seconds: float) -> str:
    info = machine()
    lines = [
        "# Benchmarks",
        "",
        "Generated by `make bench` (`benchmarks/`, see `benchmarks/README.md`); do not edit by hand.",
        "Each figure is measured against a baseline in the same run, so compare the **ratios**: the",
        "absolute numbers move with the machine and whatever else it is doing. p50 is the median,",
        "p95 the nearest-rank 95th percentile; a ratio above 1 means slower than the baseline.",
        "",
        f"- command: `{command}`",
        f"- date: {started:%Y-%m-%d %H:%M}, revision {git_revision()}, {seconds:.0f} s in all",
        *[f"- {k}: {v}" for k, v in info.items() if v],
        "",
        "| Benchmark | targets |",
        "|---|---|",
        *[f"| {s.title} | {_verdict(s)} |" for s in sections],
        "",
        "",
    ]
    return "\n".join(lines) + "\n".join(render_section(s) for s in sections)


def _verdict(section: Section) -> str:
    return {True: "all met ✅", False: "missed ❌", None: "no target"}[section.passed]
