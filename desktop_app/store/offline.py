"""A desk's own copy of a server's database, in a SQLite file in the user's data folder, and the
queue of what the desk did that the server has not confirmed yet.

The copy is the server's data as last read (whole at first, then the changes since), plus what is
still queued. The desk searches, counts and checks in on it alone, so the network never holds up
a clerk; a sender (desk_link.py) takes the queue to the server in order, each entry with the
client id the desk gave it, so an entry sent twice is recorded once.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import Conflict
from desktop_app.domain.kinds import CheckInMethod
from desktop_app.domain.locations import without_password
from desktop_app.domain.models import AttendeeInput, CheckInResult
from desktop_app.store import checkins, copying, open_database
from desktop_app.store.convert import time_in, time_out
from desktop_app.store.engine import Database, execute, on_server, rows, scalar, write_transaction

_QUEUE = """
CREATE TABLE IF NOT EXISTS offline_queue (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('check_in', 'walk_in')),
    conference_id INTEGER NOT NULL,
    attendee_id INTEGER,
    topic_id INTEGER,
    at TEXT NOT NULL,
    desk TEXT NOT NULL,
    method TEXT NOT NULL,
    person TEXT
)"""
_STATE = "CREATE TABLE IF NOT EXISTS offline_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
# Changes are read from the server's audit log after the last entry seen. Entries may commit a
# little out of id order on a server; reading a few back again costs nothing (applying is idempotent).
_OVERLAP = 200
_CHECK_IN_ACTIONS = frozenset({"check_in", "undo_check_in", "double_check_in"})


@dataclass(frozen=True)
class Entry:
    """One check-in or walk-in made at this desk, waiting for the server to confirm it."""

    seq: int
    client_id: str
    kind: str
    conference_id: int
    attendee_id: int | None
    topic_id: int | None
    at: datetime
    desk: str
    method: CheckInMethod
    person: AttendeeInput | None

    def send(self, db: Database) -> CheckInResult:
        """Record it in `db` (the server, or the copy again): once per client id; someone already
        checked in meanwhile is kept as a double."""
        if self.kind == "walk_in":
            assert self.person is not None
            return checkins.add_walk_in(db, self.conference_id, self.person, topic_id=self.topic_id,
                                        desk=self.desk, client_id=self.client_id)
        assert self.attendee_id is not None
        return checkins.check_in(db, self.attendee_id, topic_id=self.topic_id, method=self.method, desk=self.desk,
                                 at=self.at, client_id=self.client_id, keep_double=True)


def copy_path(folder: Path, server: str, desk: str) -> Path:
    """Where a desk keeps its copy of a server's database: one file per server database and desk."""
    key = hashlib.sha256(f"{without_password(server)}\n{desk}".encode()).hexdigest()[:16]
    return folder / f"desk-copy-{key}.sqlite"


class LocalCopy:
    """The copy and its queue, on one connection (one per thread: the desk's and the sender's)."""

    def __init__(self, path: Path, *, desk: str = "", clock: Callable[[], datetime] | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = open_database(path, desk=desk, clock=clock)
        self.path = path
        with write_transaction(self.db):
            execute(self.db, _QUEUE)
            execute(self.db, _STATE)

    def close(self) -> None:
        self.db.close()

    # -- what the desk does (no network) --------------------------------------------------------

    def check_in(self, attendee_id: int, *, topic_id: int | None = None,
                 method: CheckInMethod = CheckInMethod.SEARCH, desk: str | None = None) -> CheckInResult:
        """Check in on the copy and queue it for the server, in one transaction; someone already
        checked in (as far as this desk knows) is said so, and nothing is queued."""
        with write_transaction(self.db):
            self._refuse_unsent_walk_in(attendee_id)
            result = checkins.check_in(self.db, attendee_id, topic_id=topic_id, method=method, desk=desk,
                                       client_id=str(uuid.uuid4()))
            if not result.already:
                self._queue("check_in", result, attendee_id=attendee_id, method=method)
        return result

    def _refuse_unsent_walk_in(self, attendee_id: int) -> None:
        """A walk-in still queued has only this copy's id, which means someone else (or no one) on
        the server: a check-in queued for that id would land on the wrong person."""
        name = scalar(self.db, "SELECT a.full_name FROM attendees a JOIN check_ins k ON k.attendee_id = a.id "
                               "JOIN offline_queue q ON q.client_id = k.client_id "
                               "WHERE a.id = :a AND q.kind = 'walk_in'", {"a": attendee_id})
        if name is not None:
            raise Conflict("walk_in_not_sent", attendee_id=attendee_id, name=name)

    def add_walk_in(self, conference_id: int, person: AttendeeInput, *, topic_id: int | None = None,
                    desk: str | None = None) -> CheckInResult:
        with write_transaction(self.db):
            result = checkins.add_walk_in(self.db, conference_id, person, topic_id=topic_id, desk=desk,
                                          client_id=str(uuid.uuid4()))
            # The server gives the person their code: this desk's may be taken there meanwhile.
            self._queue("walk_in", result, person=dataclasses.replace(person, code=None),
                        method=CheckInMethod.WALK_IN)
        return result

    def _queue(self, kind: str, result: CheckInResult, *, method: CheckInMethod, attendee_id: int | None = None,
               person: AttendeeInput | None = None) -> None:
        c = result.check_in
        execute(self.db, "INSERT INTO offline_queue (client_id, kind, conference_id, attendee_id, topic_id, at, "
                         "desk, method, person) VALUES (:cid, :kind, :c, :a, :t, :at, :desk, :method, :person)",
                {"cid": c.client_id, "kind": kind, "c": c.conference_id, "a": attendee_id, "t": c.topic_id,
                 "at": time_out(c.at), "desk": c.desk, "method": str(method),
                 "person": None if person is None else json.dumps(dataclasses.asdict(person), ensure_ascii=False)})

    # -- the queue ------------------------------------------------------------------------------

    def waiting(self) -> list[Entry]:
        """What the server has not confirmed yet, oldest first."""
        return [_entry(r) for r in rows(self.db, "SELECT * FROM offline_queue ORDER BY seq")]

    def waiting_count(self) -> int:
        return int(scalar(self.db, "SELECT count(*) FROM offline_queue"))

    def confirmed(self, entry: Entry) -> None:
        """The server has it: only now does it leave the queue."""
        with write_transaction(self.db):
            execute(self.db, "DELETE FROM offline_queue WHERE seq = :seq", {"seq": entry.seq})

    def doubles(self, conference_id: int) -> int:
        return checkins.count_doubles(self.db, conference_id)

    # -- keeping the copy up to date (the sender's thread) --------------------------------------

    def is_filled(self) -> bool:
        return self._state("cursor") is not None

    def refresh(self, server: Database) -> bool:
        """Bring in the server's changes since the last time: check-ins one by one, anything else
        (people added or edited, a conference changed) by copying the whole database again.
        True when something changed."""
        cursor = self._state("cursor")
        if cursor is None:
            self.copy_whole(server)
            return True
        latest = scalar(server, "SELECT coalesce(max(id), 0) FROM audit")
        if latest <= int(cursor):
            return False
        changes = rows(server, "SELECT id, action, details FROM audit WHERE id > :after ORDER BY id",
                       {"after": max(0, int(cursor) - _OVERLAP)})
        if any(c["action"] not in _CHECK_IN_ACTIONS for c in changes if c["id"] > int(cursor)):
            self.copy_whole(server)
            return True
        ids = sorted({json.loads(c["details"]).get("check_in_id") for c in changes} - {None})
        fresh = _check_ins(server, ids)
        with write_transaction(self.db):
            for r in fresh:   # the server's row replaces this desk's own (same client id) or a stale one
                execute(self.db, "DELETE FROM check_ins WHERE id = :id OR client_id = :cid",
                        {"id": r["id"], "cid": r["client_id"]})
                if r["undone_at"] is None:   # live there: this desk's own, still queued, becomes a double
                    execute(self.db, "DELETE FROM check_ins WHERE attendee_id = :a AND coalesce(topic_id, 0) = :s "
                                     "AND undone_at IS NULL", {"a": r["attendee_id"], "s": r["topic_id"] or 0})
                names = ", ".join(r)
                execute(self.db, f"INSERT INTO check_ins ({names}) VALUES ({', '.join(':' + k for k in r)})", r)
            self._replay()
            self._set_state("cursor", str(max(latest, int(cursor))))
        return True

    def copy_whole(self, server: Database) -> None:
        """The server's whole database into the copy, then what is still queued on top."""
        with _snapshot(server), write_transaction(self.db):
            latest = scalar(server, "SELECT coalesce(max(id), 0) FROM audit")
            copying.copy_database(server, self.db, replace=True)
            self._replay()
            self._set_state("cursor", str(latest))

    def _replay(self) -> None:
        """Entries still queued that the copy lacks (it was replaced by the server's) go on again."""
        for entry in self.waiting():
            if not scalar(self.db, "SELECT count(*) FROM check_ins WHERE client_id = :cid", {"cid": entry.client_id}):
                entry.send(self.db)

    def _state(self, key: str) -> str | None:
        return scalar(self.db, "SELECT value FROM offline_state WHERE key = :k", {"k": key})

    def _set_state(self, key: str, value: str) -> None:
        execute(self.db, "INSERT INTO offline_state (key, value) VALUES (:k, :v) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", {"k": key, "v": value})


def _entry(r: dict[str, Any]) -> Entry:
    person = None if r["person"] is None else AttendeeInput(**json.loads(r["person"]))
    return Entry(seq=r["seq"], client_id=r["client_id"], kind=r["kind"], conference_id=r["conference_id"],
                 attendee_id=r["attendee_id"], topic_id=r["topic_id"], at=time_in(r["at"]), desk=r["desk"],
                 method=CheckInMethod(r["method"]), person=person)


def _check_ins(server: Database, ids: list[int]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        names = ", ".join(f":i{n}" for n in range(len(chunk)))
        found += rows(server, f"SELECT * FROM check_ins WHERE id IN ({names}) ORDER BY id",
                      {f"i{n}": i for n, i in enumerate(chunk)})
    return found


@contextlib.contextmanager
def _snapshot(server: Database) -> Iterator[None]:
    """Read the whole server as of one moment: no check-in copied for a person added after the
    people were."""
    if on_server(server):
        from desktop_app.store import pg_engine

        with pg_engine.read_snapshot(server):
            yield
    else:
        with write_transaction(server):
            yield
