"""Search rowids: each attendee's place in its conference's name order, as a sparse integer.

The full-text index is keyed by this number instead of the attendee id, so FTS5 returns matches
already in Vietnamese name order and the desk's "first 50 matches" stop after 50 rows, however
many people match ("ng" at 100,000 attendees). Each conference owns the range
(conference_id << 40, (conference_id + 1) << 40); new people take the midpoint between their
neighbours, and when a gap is used up the conference is renumbered evenly.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.store.engine import Database, execute, one, rows

SPACE_BITS = 40


def conference_range(conference_id: int) -> tuple[int, int]:
    """Exclusive bounds of a conference's search rowids."""
    lo = conference_id << SPACE_BITS
    return lo, lo + (1 << SPACE_BITS)


def allocate(existing: Sequence[tuple[str, int]], new_keys: Sequence[str], lo: int, hi: int) -> list[int] | None:
    """Ranks for new rows (in the order given) among `existing` (sort key, rank) pairs sorted by
    rank. New rows go after existing rows with an equal key (their ids are larger) and keep their
    given order among themselves. None when some gap is too small."""
    order = sorted(range(len(new_keys)), key=lambda i: (new_keys[i], i))
    result = [0] * len(new_keys)
    j, before, run = 0, lo, []
    for i in order:
        while j < len(existing) and existing[j][0] <= new_keys[i]:
            if run and not _spread(run, before, existing[j][1], result):
                return None
            run, before = [], existing[j][1]
            j += 1
        run.append(i)
    after = existing[j][1] if j < len(existing) else hi
    if run and not _spread(run, before, after, result):
        return None
    return result


def _spread(run: list[int], a: int, b: int, result: list[int]) -> bool:
    step = (b - a) // (len(run) + 1)
    if step < 1:
        return False
    for n, i in enumerate(run, start=1):
        result[i] = a + step * n
    return True


def place_one(db: Database, conference_id: int, sort_key: str, attendee_id: int | None = None) -> int:
    """A rank for one row at (sort_key, attendee_id) in name order; a new row (no id yet) counts
    as the last of its key. Renumbers the conference first if the gap is used up."""
    for _ in range(2):
        before, after = _gap(db, conference_id, sort_key, attendee_id)
        if after - before >= 2:
            return (before + after) // 2
        renumber(db, conference_id)
    raise OverflowError("no room left in the conference's search range")  # pragma: no cover


def _gap(db: Database, conference_id: int, sort_key: str, attendee_id: int | None) -> tuple[int, int]:
    lo, hi = conference_range(conference_id)
    params = {"c": conference_id, "k": sort_key, "id": attendee_id if attendee_id is not None else 1 << 62,
              "self": attendee_id or 0}
    before = one(db, "SELECT search_rowid FROM attendees WHERE conference_id = :c AND id <> :self "
                     "AND (sort_key, id) < (:k, :id) ORDER BY sort_key DESC, id DESC LIMIT 1", params)
    after = one(db, "SELECT search_rowid FROM attendees WHERE conference_id = :c AND id <> :self "
                    "AND (sort_key, id) > (:k, :id) ORDER BY sort_key, id LIMIT 1", params)
    return (before["search_rowid"] if before else lo), (after["search_rowid"] if after else hi)


def place_many(db: Database, conference_id: int, sort_keys: Sequence[str]) -> list[int]:
    """Ranks for a batch of new rows (to be inserted in this order)."""
    lo, hi = conference_range(conference_id)
    ranks = allocate(_existing(db, conference_id), sort_keys, lo, hi)
    if ranks is None:
        renumber(db, conference_id)
        ranks = allocate(_existing(db, conference_id), sort_keys, lo, hi)
    if ranks is None:  # pragma: no cover
        raise OverflowError("no room left in the conference's search range")
    return ranks


def _existing(db: Database, conference_id: int) -> list[tuple[str, int]]:
    return [(r["sort_key"], r["search_rowid"]) for r in rows(
        db, "SELECT sort_key, search_rowid FROM attendees WHERE conference_id = :c ORDER BY sort_key, id",
        {"c": conference_id})]


def renumber(db: Database, conference_id: int) -> None:
    """Spread a conference's ranks evenly in name order (inside the caller's transaction)."""
    lo, hi = conference_range(conference_id)
    ids = [r["id"] for r in rows(db, "SELECT id FROM attendees WHERE conference_id = :c ORDER BY sort_key, id",
                                 {"c": conference_id})]
    step = (hi - lo) // (len(ids) + 1)
    # Negative first, so no new rank collides with an old one on the way.
    execute(db, "UPDATE attendees SET search_rowid = -search_rowid WHERE conference_id = :c", {"c": conference_id})
    db.conn.executemany("UPDATE attendees SET search_rowid = ? WHERE id = ?",
                        [(lo + step * n, attendee_id) for n, attendee_id in enumerate(ids, start=1)])
