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
from desktop_app.domain.models import Attendee, AttendeeInput, CheckIn, CheckInResult
from desktop_app.store import checkins, copying, doubles, open_database, undo_sent
from desktop_app.store.convert import time_in, time_out
from desktop_app.store.engine import Database, execute, on_server, one, rows, scalar, write_transaction

# kind: what the desk did. attendee_id: whom it checked in (check_in) or whom a substitute
# replaces; person: a walk-in's or substitute's details. An undo names its check-in (undo),
# added person (undo_added) or double (undo_double) by a check-in's client id (target_client_id),
# else by the server's id (target_id: a check-in's, or a person's).
_QUEUE = """
CREATE TABLE IF NOT EXISTS offline_queue (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('check_in', 'walk_in', 'substitute', 'undo', 'undo_added', 'undo_double')),
    conference_id INTEGER NOT NULL,
    attendee_id INTEGER,
    topic_id INTEGER,
    at TEXT NOT NULL,
    desk TEXT NOT NULL,
    method TEXT NOT NULL,
    person TEXT,
    target_client_id TEXT,
    target_id INTEGER
)"""
_ADDS = ("walk_in", "substitute")
_UNDOS = ("undo", "undo_added", "undo_double")
_STATE = "CREATE TABLE IF NOT EXISTS offline_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
# Changes are read from the server's audit log after the last entry seen. Entries may commit a
# little out of id order on a server; reading a few back again costs nothing (applying is idempotent).
_OVERLAP = 200
_CHECK_IN_ACTIONS = frozenset({"check_in", "undo_check_in", "double_check_in", "undo_double"})


@dataclass(frozen=True)
class Entry:
    """One thing done at this desk (a check-in, a walk-in, a substitute, an undo), waiting for the
    server to confirm it."""

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
    target_client_id: str | None = None
    target_id: int | None = None

    def send(self, db: Database) -> CheckInResult | None:
        """Record it in `db` (the server, or the copy again): once per client id; someone already
        checked in meanwhile is kept as a double. An undo: None (done, or nothing left to undo)."""
        if self.kind == "undo":
            undo_sent.undo_check_in(db, client_id=self.target_client_id, check_in_id=self.target_id,
                                    desk=self.desk, at=self.at)
            return None
        if self.kind == "undo_double":
            undo_sent.undo_double(db, client_id=self.target_client_id, check_in_id=self.target_id, desk=self.desk)
            return None
        if self.kind == "undo_added":
            undo_sent.undo_added_person(db, client_id=self.target_client_id, attendee_id=self.target_id,
                                        desk=self.desk)
            return None
        if self.kind == "walk_in":
            assert self.person is not None
            return checkins.add_walk_in(db, self.conference_id, self.person, topic_id=self.topic_id,
                                        desk=self.desk, client_id=self.client_id)
        if self.kind == "substitute":
            assert self.person is not None and self.attendee_id is not None
            return checkins.add_substitute_and_check_in(db, self.attendee_id, self.person, topic_id=self.topic_id,
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
            _upgrade_queue(self.db)
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

    def _refuse_unsent_walk_in(self, attendee_id: int, code: str = "walk_in_not_sent") -> None:
        """A walk-in or substitute still queued has only this copy's id, which means someone else
        (or no one) on the server: a check-in queued for that id would land on the wrong person."""
        name = scalar(self.db, "SELECT a.full_name FROM attendees a JOIN check_ins k ON k.attendee_id = a.id "
                               "JOIN offline_queue q ON q.client_id = k.client_id "
                               "WHERE a.id = :a AND q.kind IN ('walk_in', 'substitute')", {"a": attendee_id})
        if name is not None:
            raise Conflict(code, attendee_id=attendee_id, name=name)

    def add_walk_in(self, conference_id: int, person: AttendeeInput, *, topic_id: int | None = None,
                    desk: str | None = None) -> CheckInResult:
        with write_transaction(self.db):
            result = checkins.add_walk_in(self.db, conference_id, person, topic_id=topic_id, desk=desk,
                                          client_id=str(uuid.uuid4()))
            # The server gives the person their code: this desk's may be taken there meanwhile.
            self._queue("walk_in", result, person=dataclasses.replace(person, code=None),
                        method=CheckInMethod.WALK_IN)
        return result

    def add_substitute(self, replaced_id: int, person: AttendeeInput, *, topic_id: int | None = None,
                       desk: str | None = None) -> CheckInResult:
        """A substitute for an invited person, on the copy, queued like a walk-in. In place of
        someone added here and not sent yet it is refused (Conflict replaced_not_sent): the server
        does not know whom this copy's id means."""
        with write_transaction(self.db):
            self._refuse_unsent_walk_in(replaced_id, "replaced_not_sent")
            result = checkins.add_substitute_and_check_in(self.db, replaced_id, person, topic_id=topic_id,
                                                          desk=desk, client_id=str(uuid.uuid4()))
            self._queue("substitute", result, attendee_id=replaced_id, method=CheckInMethod.MANUAL,
                        person=dataclasses.replace(person, code=None))
        return result

    def undo_last_check_in(self, conference_id: int, *, topic_id: int | None = None,
                           desk: str | None = None) -> CheckIn:
        """Ctrl+Z on the copy: a check-in still queued is taken out of the queue (never sent); one
        the server has is undone there by an undo queued after it."""
        with write_transaction(self.db):
            undone = checkins.undo_last_check_in(self.db, conference_id, desk=desk, topic_id=topic_id)
            queued = None if undone.client_id is None else one(
                self.db, "SELECT seq, kind FROM offline_queue WHERE client_id = :cid", {"cid": undone.client_id})
            if queued is not None and queued["kind"] in _ADDS:   # only the whole entry can go (undo_added_person)
                name = scalar(self.db, "SELECT full_name FROM attendees WHERE id = :a", {"a": undone.attendee_id})
                raise Conflict("added_not_sent", attendee_id=undone.attendee_id, name=name)
            if queued is not None:
                execute(self.db, "DELETE FROM offline_queue WHERE seq = :seq", {"seq": queued["seq"]})
            else:
                self._queue_undo("undo", undone.conference_id, undone.attendee_id, undone.client_id, undone.id,
                                 desk=undone.undone_desk or self.db.desk)
        return undone

    def undo_added_person(self, attendee_id: int, *, desk: str | None = None) -> Attendee:
        """Ctrl+Z after a walk-in or substitute: one still queued leaves the queue (never sent);
        one the server has is taken off its list by an undo queued after it."""
        with write_transaction(self.db):
            own = rows(self.db, "SELECT k.client_id, q.seq, q.kind FROM check_ins k LEFT JOIN offline_queue q "
                                "ON q.client_id = k.client_id WHERE k.attendee_id = :a AND k.client_id IS NOT NULL "
                                "ORDER BY k.id", {"a": attendee_id})
            person = checkins.undo_added_person(self.db, attendee_id, desk=desk)
            queued = [r["seq"] for r in own if r["kind"] in _ADDS]
            if queued:
                execute(self.db, "DELETE FROM offline_queue WHERE seq = :seq", {"seq": queued[0]})
            else:
                self._queue_undo("undo_added", person.conference_id, attendee_id,
                                 own[0]["client_id"] if own else None, attendee_id, desk=desk or self.db.desk)
        return person

    def undo_double(self, double: CheckIn, *, desk: str | None = None) -> bool:
        """A double reviewed at this desk: undone on the copy (off the list and the count at once)
        and on the server by an undo queued like the others. False when it was undone before."""
        with write_transaction(self.db):
            done = doubles.undo_double(self.db, double.id, desk=desk)
            if done:
                self._queue_undo("undo_double", double.conference_id, double.attendee_id, double.client_id,
                                 double.id, desk=desk or self.db.desk)
        return done

    def _queue(self, kind: str, result: CheckInResult, *, method: CheckInMethod, attendee_id: int | None = None,
               person: AttendeeInput | None = None) -> None:
        c = result.check_in
        self._insert(client_id=c.client_id, kind=kind, conference_id=c.conference_id, attendee_id=attendee_id,
                     topic_id=c.topic_id, at=time_out(c.at), desk=c.desk, method=str(method),
                     person=None if person is None else json.dumps(dataclasses.asdict(person), ensure_ascii=False))

    def _queue_undo(self, kind: str, conference_id: int, attendee_id: int, target_client_id: str | None,
                    target_id: int, *, desk: str) -> None:
        """An undo of something the server has (or may have): by the client id when there is one,
        which names it on the server whether or not the copy has the server's row yet."""
        self._insert(client_id=str(uuid.uuid4()), kind=kind, conference_id=conference_id, attendee_id=attendee_id,
                     topic_id=None, at=time_out(self.db.now().replace(microsecond=0)), desk=desk,
                     method=str(CheckInMethod.MANUAL), person=None, target_client_id=target_client_id,
                     target_id=None if target_client_id else target_id)

    def _insert(self, **fields: Any) -> None:
        names = ", ".join(fields)
        execute(self.db, f"INSERT INTO offline_queue ({names}) VALUES ({', '.join(':' + k for k in fields)})", fields)

    # -- the queue ------------------------------------------------------------------------------

    def waiting(self) -> list[Entry]:
        """What the server has not confirmed yet, oldest first."""
        return [_entry(r) for r in rows(self.db, "SELECT * FROM offline_queue ORDER BY seq")]

    def waiting_count(self) -> int:
        return int(scalar(self.db, "SELECT count(*) FROM offline_queue"))

    def confirmed(self, entry: Entry) -> None:
        """The server has it: only now does it leave the queue. One the desk undid while it was on
        its way (no longer queued) is undone on the server next."""
        with write_transaction(self.db):
            gone = execute(self.db, "DELETE FROM offline_queue WHERE seq = :seq", {"seq": entry.seq}).rowcount == 0
            if gone and entry.kind not in _UNDOS:
                self._queue_undo("undo" if entry.kind == "check_in" else "undo_added", entry.conference_id,
                                 entry.attendee_id or 0, entry.client_id, 0, desk=entry.desk)

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
        """Entries still queued that the copy lacks (it was replaced by the server's) go on again;
        undos again in any case (the server's row may have brought back what this desk undid)."""
        for entry in self.waiting():
            if entry.kind in _UNDOS or not scalar(
                    self.db, "SELECT count(*) FROM check_ins WHERE client_id = :cid", {"cid": entry.client_id}):
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
                 method=CheckInMethod(r["method"]), person=person, target_client_id=r["target_client_id"],
                 target_id=r["target_id"])


def _upgrade_queue(db: Database) -> None:
    """A copy made by an earlier version queued check-ins and walk-ins only: its queue is moved
    into the table that also takes substitutes and undos, entries and order kept."""
    names = {r["name"] for r in rows(db, "SELECT name FROM pragma_table_info('offline_queue')")}
    if not names or "target_id" in names:
        return
    execute(db, "ALTER TABLE offline_queue RENAME TO offline_queue_before")
    execute(db, _QUEUE)
    columns = ", ".join(sorted(names))
    execute(db, f"INSERT INTO offline_queue ({columns}) SELECT {columns} FROM offline_queue_before ORDER BY seq")
    execute(db, "DROP TABLE offline_queue_before")


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
