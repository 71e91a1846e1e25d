"""Doubles to review: a person checked in at a desk that was cut off, when another desk had
already checked them in, is kept as a second, undone check-in pointing at the first
(checkins._record_double). Undoing the double keeps the first and takes the double off the list;
the audit log keeps both steps."""

from __future__ import annotations

from desktop_app.domain.errors import NotFound
from desktop_app.domain.models import Double
from desktop_app.domain.validation import validate_desk
from desktop_app.store import attendees as attendee_store
from desktop_app.store import audit
from desktop_app.store.checkins import _check_in, get_check_in
from desktop_app.store.engine import Database, execute, one, rows, write_transaction
from desktop_app.store.topics import list_topics


def list_doubles(db: Database, conference_id: int) -> list[Double]:
    """The conference's doubles not yet undone, oldest first, each with the check-in it doubles."""
    found = [_check_in(r) for r in rows(
        db, "SELECT * FROM check_ins WHERE conference_id = :c AND double_of IS NOT NULL ORDER BY checked_in_at, id",
        {"c": conference_id})]
    titles = {t.id: t.title for t in list_topics(db, conference_id)} if found else {}
    return [Double(attendee_store.get_attendee(db, c.attendee_id, topic_id=c.topic_id),
                   get_check_in(db, c.double_of), c,  # type: ignore[arg-type]
                   titles.get(c.topic_id, ""))
            for c in found]


def undo_double(db: Database, double_id: int, *, desk: str | None = None) -> bool:
    """Undo a double: the first check-in counts, as it always did; the second stays in the history,
    undone, and is a double no more. False when it was undone before (by another desk a moment
    ago, or sent twice): nothing changes then. NotFound when there is no such check-in."""
    desk = db.desk if desk is None else validate_desk(desk)
    with write_transaction(db):
        r = one(db, "SELECT * FROM check_ins WHERE id = :id", {"id": double_id})
        if r is None:
            raise NotFound(entity="check_in", id=double_id)
        double = _check_in(r)
        # The row is re-read under the write lock (PostgreSQL: a second desk's UPDATE waits, then finds nothing).
        done = execute(db, "UPDATE check_ins SET double_of = NULL WHERE id = :id AND double_of IS NOT NULL",
                       {"id": double_id}).rowcount
        if done:
            audit.record(db, "undo_double", "attendee", double.attendee_id, conference_id=double.conference_id,
                         desk=desk, topic_id=double.topic_id, check_in_id=double_id, double_of=double.double_of)
    return bool(done)
