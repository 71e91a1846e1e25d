"""The desk's search on a PostgreSQL server: engine.matching_ranks and engine.search_condition,
as the file's FTS5 queries answer them, on the prefix table and the GIN index of search keys that
pg_schema keeps (schema versions 6 and 7).

Each query word is one range of attendee_prefixes (a word's prefix of up to six letters, in name
order), so a search can merge the ranges of its words and stop after the first 50, as FTS5 does;
where the words are rare together, the GIN index intersects them instead and reads only the
people found. Which of the two, and which ranges, is chosen per query from the index's statistics
(the share of the people with each key): the same people in the same order whichever is taken
(tests/server/test_search_parity.py).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from typing import Any

from desktop_app.store.pg_engine import PgDatabase, cursor
from desktop_app.store.pg_schema import PREFIX_LETTERS

_WORD_END = chr(0x10FFFF)   # sorts after every character in the "C" collation: w <= word < w + END


def _term(i: int, word: str, *, in_name: bool, named: Callable[[str], str], whole_words: bool) -> str:
    """Rows p{i} of attendee_prefixes: the attendees with a word (of the name alone with
    `in_name`) that starts with `word`, in the conference's range; a word longer than the
    table's prefixes is checked in attendee_words (with `whole_words`; else on the row, _ROW_TEST)."""
    test = (f"p{i}.prefix = {named(f'p{i}')} AND p{i}.name_only = {'true' if in_name else 'false'} "
            f"AND p{i}.search_rowid > {named('lo')} AND p{i}.search_rowid < {named('hi')}")
    if whole_words and len(word) > PREFIX_LETTERS:
        name = f" AND w{i}.in_name" if in_name else ""
        test += (f" AND EXISTS (SELECT 1 FROM attendee_words w{i} WHERE w{i}.search_rowid = p{i}.search_rowid"
                 f"{name} AND w{i}.word >= {named(f'w{i}')} AND w{i}.word < {named(f'w{i}_end')})")
    return test


def _matching(words: Sequence[str], *, in_name: bool, named: Callable[[str], str] = lambda n: f"%({n})s",
              whole_words: bool = True) -> str:
    """SELECT p0.search_rowid of the attendees where every word is a prefix of one of their
    words: each word one range of attendee_prefixes, already in search_rowid (name) order, joined
    on the search rowid. The ranges are unique by search rowid (the table's key), so a plain join
    intersects them; written as EXISTS, PostgreSQL de-duplicated a whole range by hashing and
    sorted it (75 ms for "pho giam doc"). With the values in the statement (ClientCursor) the
    planner sees how many rows each prefix has: it merges the ordered ranges, or starts from the
    rarest and looks the others up, and stops after the LIMIT, as FTS5 does."""
    sql = "SELECT p0.search_rowid FROM attendee_prefixes p0"
    for i in range(1, len(words)):
        sql += f" JOIN attendee_prefixes p{i} ON p{i}.search_rowid = p0.search_rowid"
    return sql + " WHERE " + " AND ".join(
        _term(i, word, in_name=in_name, named=named, whole_words=whole_words) for i, word in enumerate(words))


def _word_params(lo: int, hi: int, words: Sequence[str]) -> dict[str, Any]:
    params: dict[str, Any] = {"lo": lo, "hi": hi}
    for i, word in enumerate(words):
        params[f"p{i}"] = word[:PREFIX_LETTERS]
        params[f"w{i}"], params[f"w{i}_end"] = word, word + _WORD_END
    return params


# Each person the ranges find is tested on their row, as the desk's test (store/search.py) reads
# them: every word starts a word of the name (of the name, position or unit for every field). The
# folded columns are words of letters and digits between single spaces (domain.text.fold), so
# " " + word starts a word exactly where it follows a space, and nothing in a word is special to
# LIKE. The every-field tier takes a code only whole, as the file's FTS5 query does
# (engine.py): the prefix table holds the prefixes of a code's words too, and people that the
# words found only by those ("hoang quang g": hundreds whose code starts with G) were read and
# dropped by the desk, which asked again for twice as many, round after round. The test is also
# what lets a range be left out (_ranged): a word that a third of the people have is tested on
# the few rows the rarer words find, not merged as a range of 30,000.
_NAME_TEST = "' ' || f.name_folded LIKE ALL (CAST(%(likes)s AS text[]))"
_FIELDS_TEST = ("(f.code_folded = %(whole)s OR ' ' || f.name_folded || ' ' || f.position_folded || ' '"
                "|| f.unit_folded "
                "LIKE ALL (CAST(%(likes)s AS text[])))")
_ROW_TEST = " AND (SELECT {test} FROM attendees f WHERE f.search_rowid = {row})"


def matching_ranks(db: PgDatabase, in_name: bool, lo: int, hi: int, words: Sequence[str], limit: int) -> list[int]:
    """The file's FTS5 query: the people in the conference's range whose words the query's words
    start (of the name alone with `in_name`), in name order, stopping after `limit`. Names whose
    words the statistics say are rare together are looked up in the GIN index of search keys;
    the rest, and whatever GIN finds too many of, by merging the ordered ranges of the rarer
    words and testing the others on the row."""
    if not words:
        return []
    if len(words) > 1 and together(db, words, in_name=in_name, lo=lo, hi=hi) < GIN_BELOW:
        found = _by_keys(db, in_name, lo, hi, words)
        if found is not None:
            return found[:limit]
    sql, params = _merged(in_name, lo, hi, words, _ranged(db, words, in_name=in_name, lo=lo, hi=hi))
    return [r[0] for r in cursor(db, sql + " ORDER BY 1 LIMIT %(limit)s", {**params, "limit": limit}, formatted=True)]


def _merged(in_name: bool, lo: int, hi: int, words: Sequence[str], ranged: Sequence[str]) -> tuple[str, dict[str, Any]]:
    """The ranges of the `ranged` words merged, every word tested on the row (unless the ranges
    say it all: the names' index, every word ranged, none longer than the prefixes)."""
    sql = _matching(ranged, in_name=in_name, whole_words=False)
    params = {**_word_params(lo, hi, ranged), "likes": [f"% {word}%" for word in words], "whole": " ".join(words)}
    if not in_name or len(ranged) < len(words) or any(len(word) > PREFIX_LETTERS for word in words):
        sql += _ROW_TEST.format(test=_NAME_TEST if in_name else _FIELDS_TEST,
                                row=f"greatest({', '.join(f'p{i}.search_rowid' for i in range(len(ranged)))})")
    return sql, params


# Which ranges to merge, by what each costs (measured at 100,000 attendees): a range read to where
# the rarer ones are, about 0.3 µs a row (the people with a given name sit together in name
# order, so a common word's range is read up to them: "nga tin" read 23,000 of "tin" for 0.5 ms
# of work, 2.2 ms in all); a found person tested on their row, about 2.2 µs ("nguyen bich t"
# tested the 3,500 people with Bích, 7.7 ms, where merging "nguyen" too took 2.4). A word left
# out is tested on the row.
_RANGE_US = 0.3
_TEST_US = 2.2
_RANGES = 3


def _ranged(db: PgDatabase, words: Sequence[str], *, in_name: bool, lo: int, hi: int) -> list[str]:
    """The words whose ranges are merged: the rarest, and the next rarest while each costs less
    to merge than testing the people it leaves out would (all of them without statistics)."""
    words = [w for w in dict.fromkeys(words) if not any(o != w and o.startswith(w) for o in words)]
    stats = _key_shares(db)
    if stats is None:
        return words
    shares, floor, _ = stats
    kind = "n" if in_name else "a"
    share = {w: shares.get(kind + w[:PREFIX_LETTERS], floor) for w in words}
    size = _conference_size(db, lo, hi)
    ordered = sorted(words, key=lambda w: share[w])
    best: tuple[float, list[str]] | None = None
    for k in range(1, min(len(ordered), _RANGES) + 1):
        ranged = ordered[:k]
        found = size * math.prod(share[w] for w in ranged)
        tested = not in_name or k < len(words) or any(len(w) > PREFIX_LETTERS for w in words)
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

# The keys of the words in GIN (pg_schema: 'n' or 'a' and a prefix of up to six letters), the
# found person's row tested as the merge tests it (_ROW_TEST; a name's keys say it all unless a
# word is longer than the prefixes). One statement whatever the words, so it is prepared: no
# planning. `+ 0`: the search rowid's range is tested on the rows GIN finds, never walked in
# name order.
_BY_KEYS = f"""
SELECT r FROM (
    SELECT f.search_rowid + 0 AS r FROM attendees f
    WHERE hoinghi_search_keys(f.name_folded, f.position_folded, f.unit_folded, f.code_folded)
          @> CAST(%(keys)s AS text[])
      AND f.search_rowid + 0 > %(lo)s AND f.search_rowid + 0 < %(hi)s
      AND CASE WHEN %(in_name)s THEN %(exact)s OR {_NAME_TEST} ELSE {_FIELDS_TEST} END
    LIMIT %(at_most)s) found
ORDER BY r"""


def _by_keys(db: PgDatabase, in_name: bool, lo: int, hi: int, words: Sequence[str]) -> list[int] | None:
    """Everyone in the range with every word (in the name with `in_name`), in name order, by the
    GIN index; None when there are _GIN_AT_MOST of them or more (the merge finds the first ones
    sooner)."""
    kind = "n" if in_name else "a"
    params = {"keys": sorted({kind + word[:PREFIX_LETTERS] for word in words}), "lo": lo, "hi": hi,
              "in_name": in_name, "exact": all(len(word) <= PREFIX_LETTERS for word in words),
              "whole": " ".join(words), "likes": [f"% {word}%" for word in words], "at_most": _GIN_AT_MOST}
    found = [r[0] for r in cursor(db, _BY_KEYS, params, prepare=True, formatted=True)]
    return None if len(found) >= _GIN_AT_MOST else found


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
