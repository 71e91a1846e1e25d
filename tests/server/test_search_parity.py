"""Search on a server is the file's search (issue 13 item 2): the benchmark's 200 queries (names
typed one keystroke at a time, given names, parts of units, codes and their first letters,
queries that match nobody) and the same with accents and đ, on a demo of 3,000 attendees (after
another conference, so each search keeps to its conference's range) copied from a file to a
server: the same people in the same order on both, for the desk's first 50 and its first 500
(the second tier reaches further), and in the attendee list's filter; with the names looked up
in the prefix table and, for every query of several words, in the names' GIN index."""

from __future__ import annotations

import functools
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:   # the benchmark's query maker
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_search import load_people, queries  # noqa: E402
from desktop_app.domain.kinds import AttendeeOrder  # noqa: E402
from desktop_app.domain.listing import AttendeeFilter  # noqa: E402
from desktop_app.store import open_database, pg_search  # noqa: E402
from desktop_app.store.copying import copy_database  # noqa: E402
from desktop_app.store.demo import create_demo_series  # noqa: E402
from desktop_app.store.listing import attendee_ids  # noqa: E402
from desktop_app.store.ranks import conference_range  # noqa: E402
from desktop_app.store.search import search_attendees  # noqa: E402

ATTENDEES = 3_000
WITH_ACCENTS = ("Đặng Thị Hoà", "đức", "Nguyễn Văn", "Sở Tư pháp", "UBND huyện Cao Lộc", "Phó Giám đốc", "hoà",
                "Lạng Sơn", "NGUYỄN", "Đ")


def test_the_benchmarks_queries_find_the_same_people_in_the_same_order_on_a_server(tmp_path, pg_cluster,
                                                                                   monkeypatch):
    file_db = open_database(tmp_path / "demo.sqlite", desk="Bàn 1")
    earlier, conference = create_demo_series(file_db, 2, attendees=ATTENDEES)
    name = pg_cluster.fresh()
    server = open_database(pg_cluster.url(name), desk="Bàn 1")
    try:
        copy_database(file_db, server)
        texts = queries(load_people(file_db, conference.id), random.Random(ATTENDEES)) + list(WITH_ACCENTS)
        assert len(set(texts)) > 150
        # The copy left the planner's statistics: the estimate of how many have every word
        lo, hi = conference_range(conference.id)
        together = functools.partial(pg_search.together, server, in_name=True, lo=lo, hi=hi)
        assert together(["nguyen", "van"]) > 10 * together(["dang", "thi", "hoa"])
        assert together(["dinh", "din"]) == together(["dinh"])
        in_any_field = functools.partial(pg_search.together, server, in_name=False, lo=lo, hi=hi)
        assert in_any_field(["so", "tu", "phap"]) == float("inf")   # a unit's words go together: merged
        assert in_any_field(["dang", "thi", "hoa"]) < float("inf")  # a name's words: estimated
        assert pg_search._ranged(server, ["nguyen", "van", "bich"], in_name=True, lo=lo, hi=hi)[0] == "bich"
        found = {limit: {t: [a.id for a in search_attendees(file_db, conference.id, t, limit=limit)] for t in texts}
                 for limit in (50, 500)}
        assert sum(bool(ids) for ids in found[50].values()) > 150   # most queries find someone
        assert not any(set(ids) & _ids_of(file_db, earlier.id) for ids in found[500].values())
        for way in ("as chosen", "GIN", "the last word's range", "every range"):
            with monkeypatch.context() as m:
                if way == "GIN":   # every query of several words, however many it finds
                    m.setattr(pg_search, "together", lambda *a, **k: 0.0)
                    m.setattr(pg_search, "_GIN_AT_MOST", 10**6)
                elif way != "as chosen":   # the ranges merged, the rest tested on the row
                    m.setattr(pg_search, "together", lambda *a, **k: float("inf"))
                    last = way == "the last word's range"
                    m.setattr(pg_search, "_ranged", lambda db, words, last=last, **k: (
                        [words[-1]] if last else list(dict.fromkeys(words))))
                for limit, expected in found.items():
                    differ = {t: (on_server, ids) for t, ids in expected.items()
                              if (on_server := [a.id for a in search_attendees(server, conference.id, t, limit=limit)])
                              != ids}
                    assert differ == {}, (limit, way)
        listed = {t: attendee_ids(file_db, conference.id, order=AttendeeOrder.NAME, filter=AttendeeFilter(text=t))
                  for t in texts}
        assert sum(len(ids) > 50 for ids in listed.values()) > 20   # lists longer than a desk's answer
        assert {t: ids for t, ids in listed.items() if attendee_ids(
            server, conference.id, order=AttendeeOrder.NAME, filter=AttendeeFilter(text=t)) != ids} == {}
    finally:
        server.close()
        file_db.close()
        pg_cluster.drop(name)


def _ids_of(db, conference_id: int) -> set[int]:
    return set(attendee_ids(db, conference_id))


def test_gin_leaves_out_the_keys_that_narrow_little(monkeypatch):
    """A key of another word's prefix ("din" of "dinh") narrows nothing; a key most people have
    (the "t" of "tinh" in every field) costs more to intersect than testing the few more people
    found without it. A rarer common key stays ("d", 26 %: the estimate of a name's words
    together runs low, and GIN would find more than it may)."""
    shares = {"ndinh": 0.01, "ndin": 0.012, "nthi": 0.2, "nhoang": 0.1, "nvan": 0.09, "nhai": 0.05, "nd": 0.26,
              "anguyen": 0.1, "nnguyen": 0.1, "abich": 0.02, "nbich": 0.02, "at": 0.92, "nt": 0.45}
    monkeypatch.setattr(pg_search, "_key_shares", lambda db: (shares, 0.001, 100_000.0))
    monkeypatch.setattr(pg_search, "_conference_size", lambda db, lo, hi: 100_000)
    gin_keys = functools.partial(pg_search._gin_keys, None, lo=0, hi=1 << 40)
    assert gin_keys(["dinh", "din", "thi"], in_name=True) == (["ndinh", "nthi"], True)
    assert gin_keys(["hoang", "van", "hai", "d"], in_name=True) == (["nd", "nhai", "nhoang", "nvan"], True)
    assert gin_keys(["nguyen", "bich", "t"], in_name=False) == (["abich", "anguyen"], False)
    assert gin_keys(["nguyen"], in_name=True) == (None, False)   # one word: its range, in name order
    assert gin_keys(["nguyen", "thi"], in_name=True) == (None, False)   # 3,000 together: merged
    way = pg_search._way(None, ["nguyen", "bich", "t"], in_name=False, lo=0, hi=1 << 40)
    assert way["keys"] == ["abich", "anguyen"] and not way["exact"] and way["tested"]
