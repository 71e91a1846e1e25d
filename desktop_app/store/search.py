"""The desk's search: any fragment of name, position, unit or code, typed with or without accents.

Every query word must be the prefix of a word ("dang thi h" finds Đặng Thị Hoà). Results come in
tiers, each in Vietnamese name order: an exact code (or the codes a scan spells that an input
method changed on the way, store/scans.py), then people whose *name* holds every word,
then everyone else who matches (by position or unit: "cao loc", "so tu phap").

The full-text index is keyed by each attendee's place in name order (ranks.py), so every tier
is one FTS5 query that stops after `limit` rows, whether 3 or 30,000 people match.
"""

from __future__ import annotations

from typing import Any

from desktop_app.domain.models import Attendee
from desktop_app.domain.text import fold_words
from desktop_app.store.attendees import SELECT, attendee_from_row
from desktop_app.store.engine import SEARCH_INDEXES, Database, matching_ranks, rows
from desktop_app.store.scans import people_by_scan

MAX_WORDS = 8


def search_attendees(
    db: Database, conference_id: int, text: str, *, limit: int = 50, topic_id: int | None = None
) -> list[Attendee]:
    """Attendees matching `text`, best first."""
    words = fold_words(text)[:MAX_WORDS]
    if not words or limit <= 0:
        return []
    scope = topic_id or 0
    found: list[Attendee] = []
    if len(words) == 1:
        # The text as typed, not folded: "TR77GƯ" (an input method's TR77GW) must not become TR77GU.
        found, _ = people_by_scan(db, conference_id, text, topic_id=topic_id)
    slack = len(found)  # the exact code's person may come again from the index
    taken: set[int] = set()  # search rowids already in `found`
    for index in SEARCH_INDEXES:  # names first, then every field
        if len(found) >= limit:
            break
        seen = {a.id for a in found}
        # Only the rows still needed are read: the second tier finds the first tier's people
        # again, and reading 50 records to keep 2 was most of the time of a search.
        ranks = [r for r in matching_ranks(db, index, conference_id, words, limit + len(seen)) if r not in taken]
        ranks = ranks[: limit - len(found) + slack]
        taken.update(ranks)
        found += [a for a in _by_rank(db, ranks, scope) if a.id not in seen]
    return found[:limit]


def _by_rank(db: Database, ranks: list[int], scope: int) -> list[Attendee]:
    if not ranks:
        return []
    params: dict[str, Any] = {f"r{i}": rank for i, rank in enumerate(ranks)}
    params["scope"] = scope
    placeholders = ", ".join(f":r{i}" for i in range(len(ranks)))
    return [attendee_from_row(r) for r in rows(
        db, SELECT + f" WHERE a.search_rowid IN ({placeholders}) ORDER BY a.search_rowid", params)]
