"""Check-in: the durable commit of `store.checkins.check_in` (WAL, synchronous=FULL), p50/p95,
and check-ins per second sustained over 5,000, against a bare sqlite3 INSERT + COMMIT with the
same settings on the same disk. Target: p95 ≤ 2 ms. The same check-ins on a PostgreSQL server
over loopback (one prepared statement each), interleaved with the file's, and a bare one-row
INSERT on that server interleaved with the bare file commit."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from benchmarks.harness import Context, Row, Section, Stats, timed

NAME = "checkin"
TITLE = "Check-in (durable commit)"
ORDER = 30
COUNT = 5_000
BY_CODE = 1_000
ATTENDEES = 10_000
TARGET_P95 = 0.002
WALK_INS = 200
WALK_IN_ATTENDEES = 100_000
QUICK_WALK_IN_ATTENDEES = 10_000


def bare_sqlite(path: Path) -> sqlite3.Connection:
    """The baseline's file: the same journal and sync settings as the program's."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE check_ins (id INTEGER PRIMARY KEY, attendee_id INTEGER NOT NULL, "
                 "checked_in_at TEXT NOT NULL, desk TEXT NOT NULL)")
    return conn


def _walk_ins(ctx: Context, bare: sqlite3.Connection, count: int) -> tuple[list[float], list[float]]:
    """`checkins.add_walk_in` on the largest demo: a new person validated, placed in name order,
    given a code, indexed and checked in, in one commit."""
    from desktop_app.domain.demo_data import NameMaker
    from desktop_app.domain.models import AttendeeInput
    from desktop_app.store import checkins, open_database

    path = ctx.scratch_copy(ctx.demo_database(QUICK_WALK_IN_ATTENDEES if ctx.quick else WALK_IN_ATTENDEES),
                            "walk-in.sqlite")
    db = open_database(path, create=False, desk="Bàn bench")
    names = NameMaker(random.Random(7))
    ours, base = [], []
    for n in range(count):
        person = AttendeeInput(full_name=names.make()[0], position="Phóng viên", unit_name="Báo Lạng Sơn")
        ours.append(timed(lambda p=person: checkins.add_walk_in(db, 1, p)))
        base.append(timed(lambda n=n: bare.execute(
            "INSERT INTO check_ins (attendee_id, checked_in_at, desk) VALUES (?, '2022-09-14T07:30:00', 'Bàn 1')",
            (n,))))
    db.close()
    return ours, base


def run(ctx: Context) -> Section:
    from desktop_app.store import checkins, open_database
    from desktop_app.store.attendees import list_attendees

    count = 1_000 if ctx.quick else COUNT
    section = Section(
        title=TITLE,
        intro=f"`store.checkins.check_in(db, attendee_id)` {count:,} times back to back on a copy of the "
              f"{ATTENDEES:,}-attendee demo (each one: read the person, check there is no live check-in, "
              "insert the check-in and its audit entry, COMMIT with WAL and `synchronous=FULL`, read the "
              "result back for the desk), interleaved one for one with the baseline so both see the same "
              f"disk. Then {BY_CODE:,} check-ins by invitation code (what a scanner does), and "
              f"{WALK_INS} walk-ins (added and checked in at once) on the {WALK_IN_ATTENDEES:,}-attendee demo. "
              f"Last, {count:,} check-ins on a PostgreSQL server over loopback holding the same demo, "
              "interleaved one for one with the file's on another copy.",
        baseline="a bare `sqlite3` INSERT of one row and COMMIT in its own file in the same folder, WAL, "
                 "`synchronous=FULL`.",
    )
    path = ctx.scratch_copy(ctx.demo_database(ATTENDEES), "checkin.sqlite")
    db = open_database(path, create=False, desk="Bàn bench")
    waiting = [a for a in list_attendees(db, 1) if a.checked_in_at is None]
    assert len(waiting) >= count + BY_CODE, "the demo has too few people waiting"
    bare = bare_sqlite(ctx.scratch / "bare.sqlite")
    ours, base = [], []
    for n, person in enumerate(waiting[:count]):
        ours.append(timed(lambda p=person: checkins.check_in(db, p.id)))
        base.append(timed(lambda n=n: bare.execute(
            "INSERT INTO check_ins (attendee_id, checked_in_at, desk) VALUES (?, '2022-09-14T07:30:00', 'Bàn 1')",
            (n,))))
    by_code, base_code = [], []
    for n, person in enumerate(waiting[count:count + BY_CODE]):
        by_code.append(timed(lambda p=person: checkins.check_in_by_code(db, 1, p.code.lower())))
        base_code.append(timed(lambda n=n: bare.execute(
            "INSERT INTO check_ins (attendee_id, checked_in_at, desk) VALUES (?, '2022-09-14T07:30:00', 'Bàn 1')",
            (n,))))
    db.close()
    walk_ins, base_walk = _walk_ins(ctx, bare, 50 if ctx.quick else WALK_INS)
    bare.close()
    o, b = Stats.of(ours), Stats.of(base)
    section.rows += [
        Row("check-in, one durable commit", o, b, unit="ms", target="p95 ≤ 2 ms", passed=o.p95 <= TARGET_P95),
        Row(f"check-ins per second, {count:,} back to back", Stats.of(count / sum(ours)),
            Stats.of(count / sum(base)), unit="/s"),
        Row("check-in by code (scanner)", Stats.of(by_code), Stats.of(base_code), unit="ms",
            target="p95 ≤ 2 ms", passed=Stats.of(by_code).p95 <= TARGET_P95),
        Row(f"walk-in added and checked in, {WALK_IN_ATTENDEES:,} attendees", Stats.of(walk_ins),
            Stats.of(base_walk), unit="ms"),
    ]
    section.notes.append(f"slowest check-in {o.max * 1000:.1f} ms, slowest bare commit {b.max * 1000:.1f} ms; "
                         f"check-ins over 2 ms: {sum(t > TARGET_P95 for t in ours)} of {count:,}")
    _on_server(ctx, section, count)
    return section


def _on_server(ctx: Context, section: Section, count: int) -> None:
    """`check_in` on a server holding the same demo (one prepared statement, autocommit: the
    server's commit is durable, fsync on), interleaved one for one with the file's `check_in` on
    another copy of the demo, so both see the same load and the same disk; then what the server's
    time is made of: a bare one-row INSERT and COMMIT on it (interleaved with the bare file
    commit), and a round trip that writes nothing."""
    from benchmarks.server import demo_on_server
    from desktop_app.store import checkins, open_database
    from desktop_app.store.attendees import list_attendees

    db = open_database(demo_on_server(ctx, ATTENDEES, name="checkin"), create=False, desk="Bàn bench")
    file_db = open_database(ctx.scratch_copy(ctx.demo_database(ATTENDEES), "checkin-beside-server.sqlite"),
                            create=False, desk="Bàn bench")
    waiting = [a for a in list_attendees(db, 1) if a.checked_in_at is None][:count]
    db.conn.execute("CREATE TABLE bare_check_ins (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                    "attendee_id BIGINT NOT NULL, checked_in_at TEXT NOT NULL, desk TEXT NOT NULL)")
    bare = bare_sqlite(ctx.scratch / "bare-beside-server.sqlite")
    ours, on_file, server_bare, file_bare, trip = [], [], [], [], []
    for n, person in enumerate(waiting):
        ours.append(timed(lambda p=person: checkins.check_in(db, p.id)))
        on_file.append(timed(lambda p=person: checkins.check_in(file_db, p.id)))
        server_bare.append(timed(lambda n=n: db.conn.execute(
            "INSERT INTO bare_check_ins (attendee_id, checked_in_at, desk) VALUES (%s, '2022-09-14T07:30:00', "
            "'Bàn 1')", (n,))))
        file_bare.append(timed(lambda n=n: bare.execute(
            "INSERT INTO check_ins (attendee_id, checked_in_at, desk) VALUES (?, '2022-09-14T07:30:00', 'Bàn 1')",
            (n,))))
        if n % 10 == 0:
            trip.append(timed(lambda: db.conn.execute("SELECT 1").fetchall()))
    db.close()
    file_db.close()
    bare.close()
    o = Stats.of(ours)
    section.rows += [
        Row("check-in on a PostgreSQL server over loopback (one statement)", o, Stats.of(on_file), unit="ms",
            target="p95 ≤ 2 ms", passed=o.p95 <= TARGET_P95,
            note="baseline: the file's check-in, interleaved one for one"),
        Row("bare one-row INSERT and COMMIT on the server", Stats.of(server_bare), Stats.of(file_bare), unit="ms",
            note="baseline: the bare file commit, interleaved one for one"),
    ]
    rt = Stats.of(trip)
    section.notes.append(f"server: slowest check-in {o.max * 1000:.1f} ms; over 2 ms: "
                         f"{sum(t > TARGET_P95 for t in ours)} of {len(ours):,}; a round trip writing nothing "
                         f"(SELECT 1): p50 {rt.p50 * 1000:.2f} ms, p95 {rt.p95 * 1000:.2f} ms")
