"""A desk as a process of its own, for the proof tests on a real server (test_server_proof.py).

Run as `python desk_process.py URL CONFERENCE DESK IDS`: waits for "go" on stdin, then checks in
the comma-separated attendee ids in order, one line on stdout (flushed) for each answer, written
only after the store call returned, that is after the server's commit:

  saved <attendee_id> <check_in_id>             checked in now
  already <attendee_id> <check_in_id> <desk>    someone (maybe this desk, before a lost answer) had
  retry <attendee_id>                           the server could not be reached: the desk waits,
                                                connects again and asks again (nothing is "saved")

then "finished". A store error other than an unreachable server is a traceback and exit 1.
"""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

RECONNECT_PAUSE_S = 0.05


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _connect(url: str, desk: str):
    import psycopg

    from desktop_app.domain.errors import ServerProblem
    from desktop_app.store import open_database

    while True:
        try:
            return open_database(url, create=False, desk=desk)
        except (ServerProblem, psycopg.Error):
            time.sleep(RECONNECT_PAUSE_S)


def main(url: str, conference_id: str, desk: str, ids_text: str) -> int:
    import psycopg

    from desktop_app.domain.errors import ServerProblem
    from desktop_app.store import checkins

    ids = [int(i) for i in ids_text.split(",") if i]
    if sys.stdin.readline().strip() != "go":
        return 0
    db = _connect(url, desk)
    for attendee_id in ids:
        while True:
            try:
                result = checkins.check_in(db, attendee_id)
                break
            except (ServerProblem, psycopg.OperationalError, psycopg.InterfaceError):
                say(f"retry {attendee_id}")
                with contextlib.suppress(psycopg.Error):
                    db.close()
                db = _connect(url, desk)
        c = result.check_in
        say(f"already {attendee_id} {c.id} {c.desk}" if result.already else f"saved {attendee_id} {c.id}")
    db.close()
    say("finished")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
