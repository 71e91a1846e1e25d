"""⚑ A desk window whose background jobs open the file a second time must keep its locks.

SQLite's locks on Linux belong to the process: closing any descriptor of the database file drops
them all. The store used to read the file's header with a plain open()/close() whenever a job
opened the database; the next program to open and close the file then thought it was the last
user, checkpointed and deleted the -wal under the running desk, whose check-ins from then on went
into a deleted log (invisible to other desks, gone when the desk closed).

Each test holds the desk's connection, runs one of the window's background jobs the way the window
runs it (ui.common.workers.Task, on its own connection), lets another program open and close the file,
then checks in someone at the desk and asks a third program whether it sees that check-in.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.store import open_database
from desktop_app.store.attendees import list_attendees
from desktop_app.store.checkins import check_in
from desktop_app.store.demo import create_demo

DATA = Path(__file__).resolve().parents[1] / "data"


def _open_fds(path: Path) -> list[str]:
    """What this process's descriptors of the database and its side files point at now."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:   # the descriptor listdir itself used, closed by now
            continue
        if target.startswith(str(path)):
            found.append(target)
    return found


def _another_program_opens_and_closes(path: Path, conference_id: int) -> None:
    """`hoinghi stats`, as a second desk or an organiser's terminal would run it."""
    subprocess.run([sys.executable, "-m", "desktop_app", "stats", "--db", str(path),
                    "--conference", str(conference_id)], check=True, capture_output=True, timeout=120)


def _seen_by_a_third_program(path: Path, attendee_id: int) -> int:
    script = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); print(c.execute("
              "'SELECT count(*) FROM check_ins WHERE attendee_id = ? AND undone_at IS NULL', "
              "(int(sys.argv[2]),)).fetchone()[0])")
    out = subprocess.run([sys.executable, "-c", script, str(path), str(attendee_id)], check=True,
                         capture_output=True, text=True, timeout=60).stdout
    return int(out)


def _jobs(tmp: Path, conference_id: int) -> dict[str, Callable[[Any, Any], Any]]:
    from desktop_app.exchange.export import export_file
    from desktop_app.exchange.importer import import_invite_list
    from desktop_app.printing.export import export_signin_pdf
    from desktop_app.store.backup import backup_copy
    from desktop_app.store.stats import conference_stats

    return {
        "open at start": lambda db, _p: None,
        "attendees tab": lambda db, _p: list_attendees(db, conference_id),
        "statistics": lambda db, _p: conference_stats(db, conference_id),
        "import": lambda db, _p: import_invite_list(db, conference_id, DATA / "invite_list_sections.xlsx"),
        "export workbook": lambda db, _p: export_file(db, conference_id, tmp / "ky_ten.xlsx"),
        "print to PDF": lambda db, _p: export_signin_pdf(db, conference_id, tmp / "ky_ten.pdf"),
        "backup copy": lambda db, _p: backup_copy(db, tmp / "copy.sqlite"),
    }


JOBS = ["open at start", "attendees tab", "statistics", "import", "export workbook", "print to PDF",
        "backup copy", "restore", "import of the database itself"]


@pytest.mark.parametrize("job", JOBS)
def test_a_background_job_leaves_the_desk_its_locks(qapp, tmp_path, job):
    from desktop_app.domain.errors import FileProblem
    from desktop_app.store.database import restore_database
    from desktop_app.ui.common.workers import Task

    path = tmp_path / "shared.sqlite"
    desk = open_database(path, desk="Bàn 1")
    conference = create_demo(desk, attendees=60)
    waiting = [a.id for a in list_attendees(desk, conference.id) if a.checked_in_at is None]

    if job == "restore":
        backup = tmp_path / "before.sqlite"
        from desktop_app.store.backup import backup_copy
        backup_copy(desk, backup)
        restore_database(path, backup, desk="Bàn 1").db.close()
    elif job == "import of the database itself":   # dropped on the window by mistake: refused unread
        from desktop_app.exchange.files import sniff
        with pytest.raises(FileProblem) as refused:
            sniff(path)
        assert refused.value.code == "not_a_spreadsheet"
    else:
        task = Task(path, _jobs(tmp_path, conference.id)[job], desk="Bàn 1")
        outcome: list[tuple[str, object]] = []
        task.signals.succeeded.connect(lambda value: outcome.append(("ok", value)))
        task.signals.failed.connect(lambda error: outcome.append(("failed", error)))
        task.run()   # on this thread: the same code the thread pool runs
        assert outcome and outcome[0][0] == "ok", outcome

    _another_program_opens_and_closes(path, conference.id)
    assert not [f for f in _open_fds(path) if f.endswith("(deleted)")], _open_fds(path)
    assert os.path.exists(f"{path}-wal")

    person = waiting[0]
    check_in(desk, person)
    assert _seen_by_a_third_program(path, person) == 1
    desk.close()
    assert _seen_by_a_third_program(path, person) == 1   # and kept once the desk has closed
