"""The undos a desk queued while it worked on its own copy (store/offline.py), done on the server
by what the desk knew of the check-in: its client id, or the server's id when it had none. Each
changes something at most once: sent twice, or after another desk undid the same, it does nothing."""

from __future__ import annotations

import logging
from datetime import datetime

from desktop_app.domain.errors import Conflict, NotFound
from desktop_app.store import audit, checkins, doubles
from desktop_app.store.convert import time_out
from desktop_app.store.engine import Database, execute, one, scalar, write_transaction

log = logging.getLogger(__name__)


def undo_check_in(db: Database, *, client_id: str | None, check_in_id: int | None, desk: str,
                  at: datetime) -> bool:
    """Undo that check-in if it is still live (a double arrived undone, and stays to review).
    True when this call undid it."""
    with write_transaction(db):
        r = (one(db, "SELECT * FROM check_ins WHERE client_id = :cid", {"cid": client_id}) if client_id
             else one(db, "SELECT * FROM check_ins WHERE id = :id", {"id": check_in_id}))
        if r is None:   # removed with its person meanwhile
            return False
        done = execute(db, "UPDATE check_ins SET undone_at = :at, undone_desk = :desk "
                           "WHERE id = :id AND undone_at IS NULL",
                       {"at": time_out(at.replace(microsecond=0)), "desk": desk, "id": r["id"]}).rowcount
        if done:
            audit.record(db, "undo_check_in", "attendee", r["attendee_id"], conference_id=r["conference_id"],
                         desk=desk, check_in_id=r["id"])
    return bool(done)


def undo_double(db: Database, *, client_id: str | None, check_in_id: int | None, desk: str) -> bool:
    """A double reviewed at a desk (doubles.undo_double), found by its client id or the server's id."""
    if client_id:
        check_in_id = scalar(db, "SELECT id FROM check_ins WHERE client_id = :cid", {"cid": client_id})
    if check_in_id is None:
        return False
    try:
        return doubles.undo_double(db, check_in_id, desk=desk)
    except NotFound:   # removed with its person meanwhile
        return False


def undo_added_person(db: Database, *, client_id: str | None, attendee_id: int | None, desk: str) -> bool:
    """Take a walk-in or substitute added at a desk off the list again (checkins.undo_added_person),
    found by one of their check-ins' client ids, or by the server's id. True when this call did."""
    if client_id:
        attendee_id = scalar(db, "SELECT attendee_id FROM check_ins WHERE client_id = :cid", {"cid": client_id})
    if attendee_id is None:
        return False
    try:
        checkins.undo_added_person(db, attendee_id, desk=desk)
    except NotFound:   # removed already
        return False
    except Conflict:   # made an invited person on the server meanwhile: kept, someone chose so
        log.warning("undo of added person %s refused: no longer a walk-in or substitute", attendee_id)
        return False
    return True
