"""Search rowids: each attendee's place in its conference's name order, as a sparse integer.

The full-text index is keyed by this number instead of the attendee id, so FTS5 returns matches
already in Vietnamese name order and the desk's "first 50 matches" stop after 50 rows, however
many people match ("ng" at 100,000 attendees). Each conference owns the range
(conference_id << 40, (conference_id + 1) << 40).

Moving a row costs an update of both search indexes, so one desk action moves few rows:
- a new person goes between their neighbours in (sort key, id) order. Behind a namesake (the
  same sort key) only a small step is taken: the space below the new row can only ever receive
  an edited row with an older id, while every later namesake and every key up to the next one
  goes above it. Two hundred "Nguyễn Văn An" walk-ins use 200 steps, not 200 halvings;
- when a gap is used up all the same, only a window of neighbours is spread evenly, grown from a
  few rows until its gaps are wide again (a list-labelling scheme), not the whole conference.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.store.engine import Database, execute_many, one, rows

SPACE_BITS = 40
NAMESAKE_STEP = 1 << 10   # the room a namesake leaves below itself (for edits of older rows)
WINDOW = 4                # rows on each side a local renumbering starts from
MAX_WINDOW = 256          # …and grows to, unless even that leaves no room at all
MIN_SPACING = 1 << 16     # the gap a local renumbering of WINDOW rows a side aims to leave (half at twice the rows)


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
    as the last of its key. Spreads a window of neighbours first if the gap is used up."""
    before, after, behind_namesake = _gap(db, conference_id, sort_key, attendee_id)
    if after - before < 2:
        before, after = _make_room(db, conference_id, before, after)
    if behind_namesake:
        return before + min(NAMESAKE_STEP, (after - before) // 2)
    return (before + after) // 2


def _gap(db: Database, conference_id: int, sort_key: str, attendee_id: int | None) -> tuple[int, int, bool]:
    """The ranks of the row's neighbours, and whether it is the last of a run of namesakes."""
    lo, hi = conference_range(conference_id)
    params = {"c": conference_id, "k": sort_key, "id": attendee_id if attendee_id is not None else 1 << 62,
              "self": attendee_id or 0}
    before = one(db, "SELECT search_rowid, sort_key FROM attendees WHERE conference_id = :c AND id <> :self "
                     "AND (sort_key, id) < (:k, :id) ORDER BY sort_key DESC, id DESC LIMIT 1", params)
    after = one(db, "SELECT search_rowid, sort_key FROM attendees WHERE conference_id = :c AND id <> :self "
                    "AND (sort_key, id) > (:k, :id) ORDER BY sort_key, id LIMIT 1", params)
    behind_namesake = before is not None and before["sort_key"] == sort_key and (
        after is None or after["sort_key"] != sort_key)
    return (before["search_rowid"] if before else lo), (after["search_rowid"] if after else hi), behind_namesake


def _make_room(db: Database, conference_id: int, before: int, after: int) -> tuple[int, int]:
    """Spread the rows around the gap (before, after) evenly over the span of a window of
    neighbours that is wide enough; the new bounds of the gap. The window doubles from WINDOW
    rows a side until its gaps reach MIN_SPACING, an aim halved at each doubling (a wider window
    is accepted with a denser spread, as in list-labelling schemes), or MAX_WINDOW; past that
    only while there is no room at all: at 2^40 a conference, that takes a history of billions."""
    lo, hi = conference_range(conference_id)
    n = WINDOW
    while True:
        below = [(r["id"], r["search_rowid"]) for r in rows(
            db, "SELECT id, search_rowid FROM attendees WHERE search_rowid > :lo AND search_rowid <= :before "
                "ORDER BY search_rowid DESC LIMIT :n", {"lo": lo, "before": before, "n": n + 1})]
        above = [(r["id"], r["search_rowid"]) for r in rows(
            db, "SELECT id, search_rowid FROM attendees WHERE search_rowid >= :after AND search_rowid < :hi "
                "ORDER BY search_rowid LIMIT :n", {"after": after, "hi": hi, "n": n + 1})]
        floor = below.pop()[1] if len(below) > n else lo
        ceiling = above.pop()[1] if len(above) > n else hi
        step = (ceiling - floor) // (len(below) + len(above) + 2)   # the new row's slot counts too
        whole = floor == lo and ceiling == hi
        if step >= MIN_SPACING * WINDOW // n or whole or (n >= MAX_WINDOW and step >= 1):
            break
        n *= 2
    if step < 1:  # pragma: no cover - more rows than ranks
        raise OverflowError("no room left in the conference's search range")
    below.reverse()
    moves = [(row_id, old, floor + step * k) for k, (row_id, old) in enumerate(below, start=1)]
    slot = floor + step * (len(below) + 1)
    moves += [(row_id, old, slot + step * k) for k, (row_id, old) in enumerate(above, start=1)]
    move(db, moves)
    return slot - step, slot + step


def move(db: Database, moves: Sequence[tuple[int, int, int]]) -> None:
    """Give rows new ranks: (id, old rank, new rank), in rank order, old and new alike.

    One UPDATE a row (each one rewrites the row in both search indexes), in an order where no
    new rank ever meets an old one still in place: rows moving down first, lowest first, then
    rows moving up, highest first."""
    down = [(new, row_id) for row_id, old, new in moves if new < old]
    up = [(new, row_id) for row_id, old, new in reversed(moves) if new > old]
    execute_many(db, "UPDATE attendees SET search_rowid = ? WHERE id = ?", down + up)


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
    """Spread a conference's ranks evenly in name order (inside the caller's transaction). Only
    a bulk add that finds no room calls it: that is already a long write."""
    lo, hi = conference_range(conference_id)
    current = [(r["id"], r["search_rowid"]) for r in rows(
        db, "SELECT id, search_rowid FROM attendees WHERE conference_id = :c ORDER BY sort_key, id",
        {"c": conference_id})]
    step = (hi - lo) // (len(current) + 1)
    move(db, [(row_id, old, lo + step * n) for n, (row_id, old) in enumerate(current, start=1)])
