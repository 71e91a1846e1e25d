"""Child processes for the crash and concurrency tests: real desks and real imports that the
test kills with SIGKILL or runs side by side on one database file.

Run as a script: `python workers.py ROLE ARGS…`. Each role speaks a tiny line protocol on
stdout (flushed after every line) so the parent knows what was reported done before the kill:

  checkin-loop DB CONF      "ready", then "done <attendee_id> <check_in_id>" after each check-in
                            returned, then "finished"
  import DB CONF XLSX       a real import (exchange.importer.import_invite_list) of a spreadsheet:
                            "ready", "reading", "checking", "writing" (after the rolling backup),
                            "inserting" at the first INSERT of people, "halfway", "indexing" (the
                            search index filled), "merging" (the index merged), "committed"
                            (import_invite_list returned)
  export DB CONF TARGET     a sign-in sheet export over TARGET (.xlsx or .pdf): "ready",
                            "writing" while the rows are written, "saving", "saved"
  backup DB TARGET          "ready", "copying", "copied" (a rolling backup copy to TARGET)
  restore DB SOURCE         "restoring", then "restored" (hoinghi restore --db DB --from SOURCE)
  desk DB CONF NAME IDS [--jobs]
                            waits for "go" on stdin; checks in the comma-separated attendee ids
                            (adding a walk-in now and then, searching in between; with --jobs
                            also the window's background jobs on second connections), then prints
                            "done {json}" and waits for "report" to print "report {json}"
  link-desk SERVER COPY CONF NAME IDS
                            a desk on a server through its link (store/desk_link.py): waits for
                            "go", checks in the ids on its local copy (the network never waits),
                            prints "done {json}" with the client ids it confirmed to the clerk,
                            then on "drain" waits until the queue is sent and prints "drained {json}"
  hold-lock DB MODE         takes the write lock (BEGIN IMMEDIATE or EXCLUSIVE), prints "locked",
                            waits for "release" on stdin, commits and prints "released"
  open DB NAME [--migrate]  waits for "go"; opens (creating) the file and adds a conference;
                            with --migrate this program knows one more migration than the file

An error a person would see (a typed HoinghiError) is printed as "error <code> <details>" and
the process exits 3; anything else is a traceback and exit 1.
"""

from __future__ import annotations

import json
import random
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def checkin_loop(db_path: str, conference_id: int) -> None:
    from desktop_app.store import checkins, open_database
    from desktop_app.store.attendees import list_attendees

    db = open_database(db_path, create=False, desk="Bàn crash")
    waiting = [a.id for a in list_attendees(db, conference_id) if a.checked_in_at is None]
    say("ready")
    for attendee_id in waiting:
        result = checkins.check_in(db, attendee_id)
        say(f"done {attendee_id} {result.check_in.id}")
    say("finished")


def import_list(db_path: str, conference_id: int, xlsx: str) -> None:
    from desktop_app.exchange.importer import import_invite_list
    from desktop_app.store import attendees, open_database

    db = open_database(db_path, create=False, desk="Bàn nhập")
    statements = 0
    stages: set[str] = set()
    expected = 0

    def trace(statement: str) -> None:
        nonlocal statements
        if "'optimize'" in statement:
            say("merging")
        elif statement.startswith("INSERT INTO attendees ("):
            statements += 1
            if statements == 1:
                say("inserting")
            elif statements == max(2, expected // attendees.ROWS_PER_INSERT // 2):
                say("halfway")
        elif statement.startswith("INSERT INTO attendees_fts("):
            say("indexing")

    def progress(stage: str, done: int, total: int) -> None:
        nonlocal expected
        if stage not in stages:
            stages.add(stage)
            say(stage)
        if stage == "writing":
            expected = total

    db.conn.set_trace_callback(trace)
    say("ready")
    import_invite_list(db, conference_id, xlsx, progress=progress)
    say("committed")


def export(db_path: str, conference_id: int, target: str) -> None:
    from desktop_app.store import open_database

    db = open_database(db_path, create=False, desk="Bàn in")
    say("ready")
    stages: set[str] = set()

    def progress(stage: str, done: int, total: int) -> None:
        if stage not in stages:
            stages.add(stage)
            say(stage)

    if target.endswith(".pdf"):
        from desktop_app.printing.export import export_signin_pdf

        export_signin_pdf(db, conference_id, target, progress=progress)
    else:
        from desktop_app.exchange.export import export_file

        export_file(db, conference_id, target, progress=progress)
    say("saved")


def backup(db_path: str, target: str) -> None:
    from desktop_app.store import open_database
    from desktop_app.store.backup import backup_copy

    db = open_database(db_path, create=False, desk="Bàn sao lưu")
    say("ready")
    say("copying")
    backup_copy(db, target)
    say("copied")


def restore(db_path: str, source: str) -> None:
    from desktop_app.store.database import restore_database

    say("restoring")
    restore_database(db_path, source, desk="Bàn khôi phục")
    say("restored")


def desk(db_path: str, conference_id: int, name: str, ids_text: str, *flags: str) -> None:
    from desktop_app.domain.models import AttendeeInput
    from desktop_app.store import checkins, open_database
    from desktop_app.store.conferences import list_conferences
    from desktop_app.store.search import search_attendees
    from desktop_app.store.stats import conference_stats, present_count

    ids = [int(i) for i in ids_text.split(",") if i]
    rng = random.Random(name)
    if sys.stdin.readline().strip() != "go":
        return
    began = time.time()
    db = open_database(db_path, create=False, desk=name)
    checked_in: list[int] = []
    already: list[int] = []
    walk_ins: list[int] = []
    for n, attendee_id in enumerate(ids):
        search_attendees(db, conference_id, rng.choice(("ng", "duc", "thi h", "so tu phap", "cao loc")))
        result = checkins.check_in(db, attendee_id)
        (already if result.already else checked_in).append(attendee_id)
        if "--jobs" in flags and n % 10 == 5:
            _background_jobs(db_path, conference_id, name)
        if n % 25 == 24:
            walk_in = checkins.add_walk_in(db, conference_id, AttendeeInput(
                full_name=f"Khách {name} số {n}", position="Phóng viên", unit_name="Báo Lạng Sơn"))
            walk_ins.append(walk_in.attendee.id)
            checked_in.append(walk_in.attendee.id)
    say("done " + json.dumps({"checked_in": checked_in, "already": already, "walk_ins": walk_ins,
                              "began": began, "ended": time.time()}))
    if sys.stdin.readline().strip() != "report":
        return
    # Every desk reads its counters after all desks finished: they must agree.
    summary = next(s for s in list_conferences(db) if s.conference.id == conference_id)
    stats = conference_stats(db, conference_id)
    say("report " + json.dumps({"present": present_count(db, conference_id), "stats_present": stats.present,
                                "summary_checked_in": summary.checked_in, "invited": stats.invited}))


def _background_jobs(db_path: str, conference_id: int, name: str) -> None:
    """What the window does beside the desk, each on a connection of its own as ui/common/workers.py
    opens it: the attendees tab, the statistics, a backup copy."""
    import tempfile

    from desktop_app.store import open_database
    from desktop_app.store.attendees import list_attendees
    from desktop_app.store.backup import backup_copy
    from desktop_app.store.stats import conference_stats

    for job in (lambda db: list_attendees(db, conference_id), lambda db: conference_stats(db, conference_id)):
        db = open_database(db_path, create=False, desk=name)
        try:
            job(db)
        finally:
            db.close()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(db_path, create=False, desk=name)
        try:
            backup_copy(db, Path(folder) / "copy.sqlite")
        finally:
            db.close()


def link_desk(server: str, copy: str, conference_id: int, name: str, ids_text: str) -> None:
    from desktop_app.store.desk_link import DeskLink

    ids = [int(i) for i in ids_text.split(",") if i]
    spells = {"offline": 0, "online": True}

    def count_spells(state) -> None:   # from the link's thread
        if spells["online"] and not state.online:
            spells["offline"] += 1
        spells["online"] = state.online

    link = DeskLink(server, Path(copy), desk=name, poll_s=0.1, on_change=count_spells)
    link.start()
    while not link.local.is_filled():
        time.sleep(0.02)
    say("ready")
    if sys.stdin.readline().strip() != "go":
        return
    confirmed, already, slowest = [], [], 0.0
    for attendee_id in ids:
        began = time.perf_counter()
        result = link.check_in(attendee_id)   # on the copy: returns whatever the network does
        slowest = max(slowest, time.perf_counter() - began)
        (already if result.already else confirmed).append(result.check_in.client_id or attendee_id)
        time.sleep(0.04)   # a clerk's pace, sped up: the desks check in through every cut
    say("done " + json.dumps({"confirmed": confirmed, "already": already, "slowest_ms": round(slowest * 1000, 1)}))
    if sys.stdin.readline().strip() != "drain":
        return
    while link.state.waiting:
        time.sleep(0.05)
    say("drained " + json.dumps({**link.state.__dict__, "offline_spells": spells["offline"]}))
    link.stop()


def hold_lock(db_path: str, mode: str) -> None:
    """Another program (or a desk stuck in a long import) holding the write lock."""
    import sqlite3

    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute(f"BEGIN {mode}")
    conn.execute("CREATE TABLE IF NOT EXISTS holder_was_here (x)")
    say("locked")
    sys.stdin.readline()
    conn.execute("COMMIT")
    say("released")


def open_at_once(db_path: str, name: str, *flags: str) -> None:
    from desktop_app.store import database
    from desktop_app.store.conferences import create_conference

    if "--migrate" in flags:
        _know_one_more_migration(database)
    if sys.stdin.readline().strip() != "go":
        return
    db = database.open_database(db_path, create=True, desk=name)
    conference = create_conference(db, f"Hội nghị của {name}", datetime(2022, 9, 14, 7, 30))
    say(f"done {conference.id}")


def _know_one_more_migration(database: Any) -> None:
    """This process plays a newer program version: one more migration than the file has."""
    from sqlite_utils.migrations import Migrations

    newer = Migrations(database.MIGRATION_SET)
    for step_name in database.KNOWN_MIGRATIONS:
        newer(name=step_name)(lambda d: None)  # already applied; never runs

    @newer(name="9001_test_column")
    def add_column(d: Any) -> None:
        d.conn.execute("ALTER TABLE conferences ADD COLUMN test_column TEXT")

    database.migrations = newer
    database.KNOWN_MIGRATIONS = (*database.KNOWN_MIGRATIONS, "9001_test_column")
    database.SCHEMA_VERSION += 1


ROLES: dict[str, Any] = {
    "checkin-loop": lambda a: checkin_loop(a[0], int(a[1])),
    "import": lambda a: import_list(a[0], int(a[1]), a[2]),
    "export": lambda a: export(a[0], int(a[1]), a[2]),
    "backup": lambda a: backup(a[0], a[1]),
    "restore": lambda a: restore(a[0], a[1]),
    "desk": lambda a: desk(a[0], int(a[1]), a[2], a[3], *a[4:]),
    "link-desk": lambda a: link_desk(a[0], a[1], int(a[2]), a[3], a[4]),
    "hold-lock": lambda a: hold_lock(a[0], a[1]),
    "open": lambda a: open_at_once(a[0], a[1], *a[2:]),
}


def main(argv: list[str]) -> int:
    from desktop_app.domain.errors import HoinghiError

    role, args = argv[0], argv[1:]
    try:
        ROLES[role](args)
    except HoinghiError as error:
        say(f"error {error.code} {json.dumps(error.details, ensure_ascii=False, default=str)}")
        return 3
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main(sys.argv[1:]))
