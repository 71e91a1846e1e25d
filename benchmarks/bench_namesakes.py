"""Namesakes at the desk: 200 walk-ins called "Nguyễn Văn An" added one by one to the
100,000-attendee demo (`store.attendees.add_attendee`, what `hoinghi attendee add` and the
desk's walk-in run), against a bare sqlite3 INSERT of the same row at the same search rowid.
Placing a person in name order once renumbered the whole conference after about 24 namesakes
(39 s). Target: p95 ≤ 5 ms and max ≤ 50 ms."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from benchmarks.harness import Context, Row, Section, Stats, timed

NAME = "namesakes"
TITLE = "Walk-ins with one name (placing in name order)"
ORDER = 35
WALK_INS = 200
ATTENDEES = 100_000
QUICK_ATTENDEES = 10_000
TARGET_P95 = 0.005
TARGET_MAX = 0.050


def _bare_copy(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _series(ctx: Context, attendees: int, names: list[str], label: str) -> tuple[list[float], list[float], int]:
    """Our add_attendee for each name and, interleaved, the baseline storing the very row ours
    stored (same columns, same search rowid, FTS triggers firing) in its own copy of the demo.
    Also how many rows of the conference ours moved in all."""
    from desktop_app.domain.models import AttendeeInput
    from desktop_app.store import attendees as store
    from desktop_app.store import open_database

    source = ctx.demo_database(attendees)
    db = open_database(ctx.scratch_copy(source, f"{label}.sqlite"), create=False, desk="Bàn bench")
    bare = _bare_copy(ctx.scratch_copy(source, f"{label}-bare.sqlite"))
    columns = [r[1] for r in bare.execute("PRAGMA table_info(attendees)") if r[1] != "id"]
    insert = f"INSERT INTO attendees ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    before = dict(db.conn.execute("SELECT id, search_rowid FROM attendees"))
    ours, base = [], []
    for name in names:
        person = AttendeeInput(full_name=name, position="Phóng viên", unit_name="Báo Lạng Sơn")
        ours.append(timed(lambda p=person: store.add_attendee(db, 1, p)))
        row = db.conn.execute(f"SELECT {', '.join(columns)} FROM attendees ORDER BY id DESC LIMIT 1").fetchone()

        def bare_add(row: tuple = row) -> None:
            bare.execute("BEGIN IMMEDIATE")
            bare.execute(insert, row)
            bare.execute("COMMIT")
        base.append(timed(bare_add))
    after = dict(db.conn.execute("SELECT id, search_rowid FROM attendees"))
    moved = sum(after[i] != rank for i, rank in before.items())
    db.close()
    bare.close()
    return ours, base, moved


def run(ctx: Context) -> Section:
    attendees = QUICK_ATTENDEES if ctx.quick else ATTENDEES
    section = Section(
        title=TITLE,
        intro=f"`store.attendees.add_attendee(db, 1, person)` {WALK_INS} times on a copy "
              f"of the {attendees:,}-attendee demo, every person called \"Nguyễn Văn An\" (each one: resolve "
              "the unit, give a code, find the place in name order, insert, index for search in both indexes, "
              "audit, COMMIT with `synchronous=FULL`). Then 200 people whose names sort one after the other "
              "into the same gap (\"Nguyễn Văn An 001\", \"… 002\", …: each one halves the gap the one before "
              "left), which runs the gap out every couple of dozen people and spreads a window of neighbours.",
        baseline="a bare `sqlite3` INSERT of the row the program stored (same columns, same search rowid, the "
                 "search-index triggers firing) and COMMIT, into a second copy of the same demo, interleaved "
                 "one for one.",
    )
    for label, names in (
        ("same name", ["Nguyễn Văn An"] * WALK_INS),
        ("names in a row into one gap", [f"Nguyễn Văn An {n:03d}" for n in range(WALK_INS)]),
    ):
        ctx.log(label)
        ours, base, moved = _series(ctx, attendees, names, label.replace(" ", "-"))
        o = Stats.of(ours)
        section.rows.append(Row(f"{WALK_INS} walk-ins, {label}, {attendees:,} attendees", o, Stats.of(base),
                                unit="ms", target="p95 ≤ 5 ms, max ≤ 50 ms",
                                passed=o.p95 <= TARGET_P95 and o.max <= TARGET_MAX))
        section.notes.append(f"{label}: slowest {o.max * 1000:.1f} ms (bare {max(base) * 1000:.1f} ms); "
                             f"other people's search rowids moved: {moved:,} in all")
    return section
