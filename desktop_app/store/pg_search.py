"""The desk's search on a PostgreSQL server: engine.search_tiers, engine.matching_ranks and
engine.search_condition, as the file's FTS5 queries answer them, on the prefix table and the GIN
index of search keys that pg_schema keeps (schema versions 6 and 7), by its search functions
(version 8).

Each query word is one range of attendee_prefixes (a word's prefix of up to six letters, in name
order), so a search can merge the ranges of its words and stop after the first 50, as FTS5 does;
where the words are rare together, the GIN index intersects them instead and reads only the
people found. Which of the two, and which ranges, is chosen here per query from the index's
statistics (the share of the people with each key), so the server's statements keep one plan
each: the same people in the same order whichever is taken (tests/server/test_search_parity.py).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from typing import Any

from desktop_app.store.pg_engine import PgDatabase, cursor, rows
from desktop_app.store.pg_schema import MERGED_AT_MOST, PREFIX_LETTERS

_WORD_END = chr(0x10FFFF)   # sorts after every character in the "C" collation: w <= word < w + END


def _term(i: int, word: str, *, in_name: bool, named: Callable[[str], str]) -> str:
    """Rows p{i} of attendee_prefixes: the attendees with a word (of the name alone with
    `in_name`) that starts with `word`, in the conference's range; a word longer than the
    table's prefixes is checked in attendee_words."""
    test = (f"p{i}.prefix = {named(f'p{i}')} AND p{i}.name_only = {'true' if in_name else 'false'} "
            f"AND p{i}.search_rowid > {named('lo')} AND p{i}.search_rowid < {named('hi')}")
    if len(word) > PREFIX_LETTERS:
        name = f" AND w{i}.in_name" if in_name else ""
        test += (f" AND EXISTS (SELECT 1 FROM attendee_words w{i} WHERE w{i}.search_rowid = p{i}.search_rowid"
                 f"{name} AND w{i}.word >= {named(f'w{i}')} AND w{i}.word < {named(f'w{i}_end')})")
    return test


def _matching(words: Sequence[str], *, in_name: bool, named: Callable[[str], str]) -> str:
    """SELECT p0.search_rowid of the attendees where every word is a prefix of one of their
    words (the attendee list's filter): each word one range of attendee_prefixes, already in
    search_rowid (name) order, joined on the search rowid. The ranges are unique by search rowid
    (the table's key), so a plain join intersects them; written as EXISTS, PostgreSQL
    de-duplicated a whole range by hashing and sorted it (75 ms for "pho giam doc")."""
    sql = "SELECT p0.search_rowid FROM attendee_prefixes p0"
    for i in range(1, len(words)):
        sql += f" JOIN attendee_prefixes p{i} ON p{i}.search_rowid = p0.search_rowid"
    return sql + " WHERE " + " AND ".join(
        _term(i, word, in_name=in_name, named=named) for i, word in enumerate(words))


def _word_params(lo: int, hi: int, words: Sequence[str]) -> dict[str, Any]:
    params: dict[str, Any] = {"lo": lo, "hi": hi}
    for i, word in enumerate(words):
        params[f"p{i}"] = word[:PREFIX_LETTERS]
        params[f"w{i}"], params[f"w{i}_end"] = word, word + _WORD_END
    return params


def matching_ranks(db: PgDatabase, in_name: bool, lo: int, hi: int, words: Sequence[str], limit: int) -> list[int]:
    """The file's FTS5 query: the people in the conference's range whose words the query's words
    start (of the name alone with `in_name`), in name order, stopping after `limit`; by the
    server's hoinghi_tier (pg_schema: 0008), the way _way chooses."""
    if not words:
        return []
    sql = ("SELECT hoinghi_tier(%(in_name)s, %(lo)s, %(hi)s, CAST(%(keys)s AS text[]), "
           "CAST(%(gin_at_most)s AS integer), CAST(%(ranges)s AS text[]), %(tested)s, %(exact)s, "
           "CAST(%(likes)s AS text[]), CAST(%(whole)s AS text), CAST(%(wanted)s AS integer))")
    params = {**_way(db, words, in_name=in_name, lo=lo, hi=hi), **_row_test(words),
              "in_name": in_name, "lo": lo, "hi": hi, "gin_at_most": _GIN_AT_MOST, "wanted": limit}
    return list(cursor(db, sql, params, prepare=True, formatted=True).fetchone()[0])


def search_tiers(db: PgDatabase, lo: int, hi: int, words: Sequence[str], limit: int, slack: int, sql: str,
                 params: dict[str, Any]) -> list[dict[str, Any]]:
    """engine.search_tiers: the desk's two tiers and their people in one statement, prepared
    (pg_schema's hoinghi_desk_search; a search waited for three round trips and the planning of
    its merges)."""
    names = _way(db, words, in_name=True, lo=lo, hi=hi)
    fields = _way(db, words, in_name=False, lo=lo, hi=hi)
    tiers = ("hoinghi_desk_search(:lo, :hi, CAST(:gin_at_most AS integer), CAST(:name_keys AS text[]), "
             "CAST(:name_ranges AS text[]), :name_tested, CAST(:any_keys AS text[]), CAST(:any_ranges AS text[]), "
             ":any_tested, :exact, CAST(:likes AS text[]), CAST(:whole AS text), CAST(:wanted AS integer), "
             "CAST(:slack AS integer)) AS t(tier, search_rowid)")
    return rows(db, sql.format(tiers=tiers), {
        **params, **_row_test(words), "lo": lo, "hi": hi, "gin_at_most": _GIN_AT_MOST,
        "name_keys": names["keys"], "name_ranges": names["ranges"], "name_tested": names["tested"],
        "exact": names["exact"], "any_keys": fields["keys"], "any_ranges": fields["ranges"],
        "any_tested": fields["tested"], "wanted": limit - slack, "slack": slack}, prepare=True)


def _way(db: PgDatabase, words: Sequence[str], *, in_name: bool, lo: int, hi: int) -> dict[str, Any]:
    """How hoinghi_tier finds a tier's people: `keys`, those it looks up in the GIN index (None:
    GIN is not tried) and whether they say it all (`exact`: else the people GIN finds are tested
    on their row); `ranges`, the prefixes whose ranges are merged otherwise, and whether the
    people the merge finds are `tested` on their row (_tested)."""
    keys, every_key = _gin_keys(db, words, in_name=in_name, lo=lo, hi=hi)
    ranged = _ranged(db, words, in_name=in_name, lo=lo, hi=hi)[:MERGED_AT_MOST]
    return {"keys": keys, "exact": every_key and all(len(word) <= PREFIX_LETTERS for word in words),
            "ranges": [word[:PREFIX_LETTERS] for word in ranged], "tested": _tested(in_name, len(ranged), words)}


def _tested(in_name: bool, ranged: int, words: Sequence[str]) -> bool:
    """Whether the people a merge of `ranged` of the words' ranges finds are tested on their
    row: unless the ranges say it all (the names' index, every word ranged, none longer than
    the prefixes)."""
    return not in_name or ranged < len(words) or any(len(word) > PREFIX_LETTERS for word in words)


def _row_test(words: Sequence[str]) -> dict[str, Any]:
    """What hoinghi_tier tests a person's row with (pg_schema: _ROW_MATCHES)."""
    return {"likes": [f"% {word}%" for word in words], "whole": " ".join(words)}


# Which ranges to merge, by what each costs (measured at 100,000 attendees): a range read to where
# the rarer ones are, about 0.3 µs a row (the people with a given name sit together in name
# order, so a common word's range is read up to them: "nga tin" read 23,000 of "tin" for 0.5 ms
# of work, 2.2 ms in all); a found person tested on their row, about 2.2 µs ("nguyen bich t"
# tested the 3,500 people with Bích, 7.7 ms, where merging "nguyen" too took 2.4). A word left
# out is tested on the row.
_RANGE_US = 0.3
_TEST_US = 2.2


def _ranged(db: PgDatabase, words: Sequence[str], *, in_name: bool, lo: int, hi: int) -> list[str]:
    """The words whose ranges are merged: the rarest, and the next rarest while each costs less
    to merge than testing the people it leaves out would (without statistics, the longest)."""
    words = [w for w in dict.fromkeys(words) if not any(o != w and o.startswith(w) for o in words)]
    stats = _key_shares(db)
    if stats is None:
        return sorted(words, key=len, reverse=True)[:MERGED_AT_MOST]
    shares, floor, _ = stats
    kind = "n" if in_name else "a"
    share = {w: shares.get(kind + w[:PREFIX_LETTERS], floor) for w in words}
    size = _conference_size(db, lo, hi)
    ordered = sorted(words, key=lambda w: share[w])
    best: tuple[float, list[str]] | None = None
    for k in range(1, min(len(ordered), MERGED_AT_MOST) + 1):
        ranged = ordered[:k]
        found = size * math.prod(share[w] for w in ranged)
        tested = _tested(in_name, k, words)
        cost = size * sum(share[w] for w in ranged) * _RANGE_US + (found * _TEST_US if tested else 0.0)
        if best is None or cost < best[0]:
            best = (cost, ranged)
    assert best is not None
    return best[1]


# Below this many people estimated to have every word, the GIN index of search keys (pg_schema:
# 0007) finds them: it intersects the words' posting lists and reads only the people found, where
# the merge of the words' ranges reads each range to its end when fewer than 50 match (at
# 100,000 attendees "nguyen bich t" 1.1 against 2.4 ms for the names; "hua dinh anh" for every
# field, 5 people, 4 ms merged). Above, the merge stops after the first 50 in name order, and GIN
# would read and sort every one found ("nguyen van": 0.2 against 290 ms). The estimate (each
# word's share of the people, multiplied) holds for words that are spread as the words of names
# are; the words of units go together ("so tu phap": 85 estimated, 1,757 found; "cao loc", "y
# te" lost 2 ms each to GIN first), so for every field GIN is tried only when each word is
# mostly a name's (together()). Where the estimate is wrong all the same, GIN stops after
# _GIN_AT_MOST people and the merge answers instead.
GIN_BELOW = 300.0
_GIN_AT_MOST = 400
_NAME_LIKE = 0.45   # a word is a name's when this share of the people with it have it in their name
_STATS_FOR_S = 300.0   # the shares and a conference's size are read again after this long


def together(db: PgDatabase, words: Sequence[str], *, in_name: bool, lo: int, hi: int) -> float:
    """How many people of the conference (the search rowids in lo..hi) the statistics say have
    every word (in the name with `in_name`): each word's share of all people, multiplied, times
    the conference's people. Infinite without statistics (a server not yet analysed merges, as
    before), for a conference that holds less than a quarter of the people (GIN reads every
    conference's lists, where the merge reads this conference's ranges alone), and for every
    field when a word is mostly a unit's or a position's (_NAME_LIKE)."""
    stats = _key_shares(db)
    if stats is None:
        return float("inf")
    shares, floor, people = stats
    size = _conference_size(db, lo, hi)
    if size * 4 < people:
        return float("inf")
    kind = "n" if in_name else "a"
    keys = {word[:PREFIX_LETTERS] for word in words}
    if not in_name and any(shares.get("n" + key, floor) < _NAME_LIKE * shares.get("a" + key, floor) for key in keys):
        return float("inf")   # a word mostly of units or positions: such words go together
    estimate = float(size)
    for key in keys:
        # "dinh din": everyone with Đinh has "din" too; the shorter narrows nothing
        if not any(other != key and other.startswith(key) for other in keys):
            estimate *= shares.get(kind + key, floor)
    return estimate


# A key most people have (the "t" of "tinh" and "trung tam" in every field: 92 %) costs about
# 0.35 ms to intersect; without it GIN finds a few more people (fewer than twice as many), each
# tested on the row (_TEST_US). Only such keys are left out: the estimates of a name's words
# together run low ("hoang van hai": 52 estimated, 450 found), so leaving out a rarer key ("d",
# 26 %) let GIN find more than _GIN_AT_MOST, and the merge had to answer after all.
_GIN_KEY_US = 350.0
_GIN_KEY_COMMON = 0.5


def _gin_keys(db: PgDatabase, words: Sequence[str], *, in_name: bool, lo: int, hi: int,
              ) -> tuple[list[str] | None, bool]:
    """The keys to look up in the GIN index (None when the merge is the way: one word, or words
    not rare together), and whether they are every word's: a prefix of another word's key
    ("din" of "dinh") narrows nothing and is left out; so are keys most people have while testing
    the people they would have excluded costs less than intersecting them."""
    estimate = together(db, words, in_name=in_name, lo=lo, hi=hi) if len(words) > 1 else float("inf")
    stats = _key_shares(db)
    if estimate >= GIN_BELOW or stats is None:
        return None, False
    shares, floor, _ = stats
    kind = "n" if in_name else "a"
    prefixes = {word[:PREFIX_LETTERS] for word in words}
    keys = sorted((kind + p for p in prefixes if not any(o != p and o.startswith(p) for o in prefixes)),
                  key=lambda key: shares.get(key, floor))
    found, every_key = estimate, True
    while len(keys) > 1 and (share := shares.get(keys[-1], floor)) >= _GIN_KEY_COMMON:
        without = found / share
        if without >= GIN_BELOW or (without - found) * _TEST_US >= _GIN_KEY_US:
            break
        keys.pop()
        found, every_key = without, False
    return sorted(keys), every_key


def _key_shares(db: PgDatabase) -> tuple[dict[str, float], float, float] | None:
    """The share of the people with each common search key (the statistics of the GIN index:
    PostgreSQL keeps its expression's commonest elements), the share of the rarest of them, and
    the number of people; read once per connection every few minutes."""
    now = time.monotonic()
    cached = db.search_stats.get("shares")
    if cached is not None and now - cached[0] < _STATS_FOR_S:
        return cached[1]
    row = cursor(
        db, "SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, "
        "(SELECT reltuples FROM pg_class WHERE oid = 'attendees'::regclass) FROM pg_stats s "
        "WHERE s.schemaname = current_schema() AND s.tablename = 'attendees_search_keys'", formatted=True).fetchone()
    shares = None
    if row and row[0] and row[2] > 0:
        elems, freqs, people = row
        shares = (dict(zip(elems, freqs, strict=False)), min(freqs[:len(elems)]), float(people))
    db.search_stats["shares"] = (now, shares)
    return shares


def _conference_size(db: PgDatabase, lo: int, hi: int) -> int:
    """How many people a conference has (its search rowids lo..hi), read every few minutes."""
    now = time.monotonic()
    cached = db.search_stats.get((lo, hi))
    if cached is None or now - cached[0] >= _STATS_FOR_S:
        size = cursor(db, "SELECT count(*) FROM attendees WHERE search_rowid > %s AND search_rowid < %s",
                      (lo, hi), formatted=True).fetchone()[0]
        cached = db.search_stats[(lo, hi)] = (now, size)
    return cached[1]


def search_condition(lo: int, hi: int, words: Sequence[str]) -> tuple[str, dict[str, Any]]:
    """For the attendee list's filter: the same words test, in the store's `:name` style."""
    if not words:
        return "(a.search_rowid > :lo AND a.search_rowid < :hi)", {"lo": lo, "hi": hi}
    return (f"a.search_rowid IN ({_matching(words, in_name=False, named=lambda n: f':{n}')})",
            _word_params(lo, hi, words))
