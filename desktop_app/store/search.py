"""The desk's search: any fragment of name, position, unit or code, typed with or without accents.

Every query word must be the prefix of a word ("dang thi h" finds Đặng Thị Hoà). Results come in
tiers, each in Vietnamese name order: an exact code, then people whose *name* holds every word,
then everyone else who matches (by position or unit: "cao loc", "so tu phap").

Each tier picks one of two plans by how many rows match:
- few matches: FTS5 finds them, and sorting a few thousand rows is cheap;
- many matches ("ng"): walk the name-order index and test each row's folded text, stopping at
  the limit, which comes quickly because matches are dense.
"""

from __future__ import annotations

from typing import Any

from desktop_app.domain import codes
from desktop_app.domain.models import Attendee
from desktop_app.domain.text import fold_words
from desktop_app.store.attendees import SELECT, SELECT_FROM, attendee_from_row
from desktop_app.store.engine import Database, fts_prefix_query, rows, scalar

DENSE_THRESHOLD = 1500
MAX_WORDS = 8


def search_attendees(
    db: Database, conference_id: int, text: str, *, limit: int = 50, topic_id: int | None = None
) -> list[Attendee]:
    """Attendees matching `text`, best first."""
    words = fold_words(text)[:MAX_WORDS]
    if not words or limit <= 0:
        return []
    params: dict[str, Any] = {"c": conference_id, "scope": topic_id or 0}
    found: list[Attendee] = []
    if len(words) == 1 and codes.looks_like_code(words[0]):
        exact = rows(db, SELECT + " WHERE a.conference_id = :c AND a.code = :code",
                     {**params, "code": words[0].upper()})
        found = [attendee_from_row(r) for r in exact]
    for column in ("name_folded", None):
        if len(found) >= limit:
            break
        seen = {a.id for a in found}
        tier = _tier(db, params, words, column, limit)
        found += [a for a in tier if a.id not in seen]
    return found[:limit]


def _tier(db: Database, params: dict[str, Any], words: list[str], column: str | None,
          limit: int) -> list[Attendee]:
    """Matches of every word in one folded column (or in any), in name order, up to `limit`."""
    match = fts_prefix_query(words)
    if column is not None:
        match = " ".join(f"{column}:{phrase}" for phrase in match.split(" "))
    params = {**params, "match": match, "limit": limit}
    matches = scalar(
        db,
        "SELECT count(*) FROM (SELECT 1 FROM attendees_fts f JOIN attendees a ON a.id = f.rowid "
        "WHERE attendees_fts MATCH :match AND a.conference_id = :c LIMIT :cap)",
        {**params, "cap": DENSE_THRESHOLD},
    )
    if not matches:
        return []
    if matches < DENSE_THRESHOLD:
        sql = (SELECT + " WHERE a.conference_id = :c AND a.id IN "
               "(SELECT rowid FROM attendees_fts WHERE attendees_fts MATCH :match) "
               "ORDER BY a.sort_key, a.id LIMIT :limit")
    else:
        haystack = "a.search_text" if column is None else f"(' ' || a.{column} || ' ')"
        conditions = []
        for i, word in enumerate(words):
            params[f"w{i}"] = " " + word
            conditions.append(f"instr({haystack}, :w{i}) > 0")
        sql = (SELECT_FROM.format(index="INDEXED BY attendees_name_order")
               + " WHERE a.conference_id = :c AND " + " AND ".join(conditions)
               + " ORDER BY a.sort_key, a.id LIMIT :limit")
    return [attendee_from_row(r) for r in rows(db, sql, params)]
