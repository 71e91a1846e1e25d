"""The desk's search: any fragment of name, position, unit or code, typed with or without accents.

Every query word must be the prefix of a word ("dang thi h" finds Đặng Thị Hoà). Results come in
tiers: an exact code (or the codes a scan spells that an input method changed on the way,
store/scans.py), then people whose *name* holds every word, then everyone else who matches (by
position or unit: "cao loc", "so tu phap"). Inside a tier, people not yet checked in come first
(the desk preselects the first row: the person at the desk is the one still to check in), each
part in Vietnamese name order. A code matches only in full, never as a prefix: "xyzq" must not
preselect the one person whose code starts with XYZQ, whom Enter would check in.

The full-text index is keyed by each attendee's place in name order (ranks.py), so every tier
is one FTS5 query that stops after `limit` rows, whether 3 or 30,000 people match.
"""

from __future__ import annotations

from desktop_app.domain.models import Attendee
from desktop_app.domain.text import fold, fold_words
from desktop_app.store.attendees import SELECT, attendee_from_row
from desktop_app.store.engine import SEARCH_INDEXES, Database, matching_ranks, rows_by_keys, search_tiers
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
    tiers = _tiers_read_once(db, conference_id, words, limit, found, scope)
    if tiers is None:
        tiers = _tiers_read_each(db, conference_id, words, limit, found, scope)
    return (found + tiers)[:limit]


def _tiers_read_once(db: Database, conference_id: int, words: list[str], limit: int,
                     found: list[Attendee], scope: int) -> list[Attendee] | None:
    """Each tier's people (names first, then every field) read at once: on a server one round
    trip instead of one a tier. None when the desk's test left out someone an index found (read
    tier by tier then, asking for more)."""
    seen = {a.id for a in found}
    out: list[Attendee] = []
    for tier in _tiers(db, conference_id, words, limit, len(found), scope):
        people = [a for a in tier if a.id not in seen]
        kept = [a for a in people if _matches_without_code(a, words)]
        if len(kept) < len(people):
            return None
        seen.update(a.id for a in kept)
        out += sorted(kept, key=lambda a: a.present)   # stable: name order within each part
    return out


def _tiers(db: Database, conference_id: int, words: list[str], limit: int, slack: int,
           scope: int) -> list[list[Attendee]]:
    """The people of each tier, in name order: up to `limit` - `slack` in all, and `slack` more
    (the exact code's person may come again from an index)."""
    read = search_tiers(db, conference_id, words, limit, slack, _SELECT_TIERED, {"scope": scope})
    if read is not None:
        tiers: list[list[Attendee]] = [[] for _ in SEARCH_INDEXES]
        for r in sorted(read, key=lambda r: (r["search_tier"], r["search_rank"])):
            tiers[r["search_tier"] - 1].append(attendee_from_row(r))
        return tiers
    ranks: list[list[int]] = []
    taken: set[int] = set()   # search rowids already in a tier
    for index in SEARCH_INDEXES:
        wanted = limit - slack - len(taken)
        if wanted <= 0:
            break
        # The second tier finds the first tier's people again, and the exact code's person may come.
        matched = matching_ranks(db, index, conference_id, words, wanted + len(taken) + slack)
        tier = [r for r in matched if r not in taken][: wanted + slack]
        taken.update(tier)
        ranks.append(tier)
    by_rank = {r["search_rank"]: attendee_from_row(r) for r in rows_by_keys(
        db, _SELECT_RANKED + " WHERE a.search_rowid {keys}", sorted(taken), {"scope": scope})} if taken else {}
    return [[by_rank[r] for r in tier if r in by_rank] for tier in ranks]


def _tiers_read_each(db: Database, conference_id: int, words: list[str], limit: int,
                     found: list[Attendee], scope: int) -> list[Attendee]:
    """The tiers read one after the other, each asking again for more while the desk's test
    leaves out people its index found."""
    found = list(found)
    slack = len(found)
    taken: set[int] = set()  # search rowids already in `found`
    for index in SEARCH_INDEXES:  # names first, then every field
        if len(found) >= limit:
            break
        seen = {a.id for a in found}
        # Only the rows still needed are read: the second tier finds the first tier's people
        # again, and reading 50 records to keep 2 was most of the time of a search.
        tier = _tier(db, index, conference_id, words, limit - len(found) + slack, taken, seen, scope)
        found += sorted(tier, key=lambda a: a.present)   # stable: name order within each part
    return found[slack:]


def _tier(
    db: Database, index: str, conference_id: int, words: list[str], wanted: int,
    taken: set[int], seen: set[int], scope: int,
) -> list[Attendee]:
    """Up to `wanted` people of one index, in name order, leaving out those the text finds only
    by a prefix of their code (the all-fields index holds the code too)."""
    tier: list[Attendee] = []
    asked = wanted + len(seen)
    while True:
        matched = matching_ranks(db, index, conference_id, words, asked)
        ranks = [r for r in matched if r not in taken][: wanted - len(tier)]
        taken.update(ranks)
        tier += [a for a in _by_rank(db, ranks, scope) if a.id not in seen and _matches_without_code(a, words)]
        if len(tier) >= wanted or len(matched) < asked:
            return tier
        asked *= 2   # some matched by their code alone: read further


def matches_search(person: Attendee, text: str) -> bool:
    """Whether the search for `text` finds `person` (by name, position, unit, or whole code)."""
    words = fold_words(text)[:MAX_WORDS]
    return bool(words) and _matches_without_code(person, words)


def _matches_without_code(person: Attendee, words: list[str]) -> bool:
    """Every word (folded) is the prefix of a word of the name, position or unit (split as the
    index splits), or the words are the whole code. Folded text is words of letters and digits
    between single spaces, so " " + word starts a word exactly where it occurs after a space."""
    if " ".join(words) == fold(person.code):
        return True
    haystack = " " + fold(f"{person.full_name} {person.position} {person.unit_name}")
    return all(" " + w in haystack for w in words)


_SELECT_RANKED = SELECT.replace("SELECT a.id,", "SELECT a.search_rowid AS search_rank, a.id,", 1)
_SELECT_TIERED = _SELECT_RANKED.replace("SELECT ", "SELECT t.tier AS search_tier, ", 1).replace(
    "FROM attendees a", "FROM {tiers} JOIN attendees a ON a.search_rowid = t.search_rowid", 1)


def _by_rank(db: Database, ranks: list[int], scope: int) -> list[Attendee]:
    if not ranks:
        return []
    return [attendee_from_row(r) for r in rows_by_keys(
        db, SELECT + " WHERE a.search_rowid {keys} ORDER BY a.search_rowid", ranks, {"scope": scope})]
