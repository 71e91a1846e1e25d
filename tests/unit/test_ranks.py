"""Search rowids stay in name order through inserts, edits, deletes and renumbering."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.models import AttendeeInput
from desktop_app.domain.text import name_sort_key
from desktop_app.store import attendees, ranks
from desktop_app.store.engine import SEARCH_INDEXES, on_server, rows
from desktop_app.store.search import search_attendees


def test_allocate_places_new_rows_between_neighbours_after_equal_keys():
    existing = [("a", 10), ("c", 20), ("c", 30)]
    # a and b go between 10 and 20; the new c after both old c's, with d, between 30 and 100
    assert ranks.allocate(existing, ["b", "c", "a", "d"], 0, 100) == [16, 53, 13, 76]
    assert ranks.allocate([("a", 10), ("b", 11)], ["a"], 0, 100) is None


def check_invariant(db, conference_id):
    ordered = rows(db, "SELECT id, search_rowid FROM attendees WHERE conference_id = :c ORDER BY sort_key, id",
                   {"c": conference_id})
    rank_list = [r["search_rowid"] for r in ordered]
    assert rank_list == sorted(rank_list) and len(set(rank_list)) == len(rank_list)
    lo, hi = ranks.conference_range(conference_id)
    assert all(lo < r < hi for r in rank_list)
    if on_server(db):   # the words table follows every rank (every attendee has a word: the code)
        indexed = [r["search_rowid"] for r in rows(
            db, "SELECT DISTINCT search_rowid FROM attendee_words WHERE search_rowid > :lo AND search_rowid < :hi "
                "ORDER BY search_rowid", {"lo": lo, "hi": hi})]
        assert indexed == rank_list
        prefixed = [r["search_rowid"] for r in rows(
            db, "SELECT DISTINCT search_rowid FROM attendee_prefixes WHERE search_rowid > :lo AND search_rowid < :hi "
                "ORDER BY search_rowid", {"lo": lo, "hi": hi})]
        assert prefixed == rank_list   # and so does the prefix table
        return
    fts = [r["rowid"] for r in rows(db, "SELECT rowid FROM attendees_fts WHERE rowid > :lo AND rowid < :hi "
                                       "ORDER BY rowid", {"lo": lo, "hi": hi})]
    assert fts == rank_list
    for index in SEARCH_INDEXES:  # the indexes hold exactly what the table holds
        db.conn.execute(f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")


def test_many_people_with_the_same_name_force_a_renumbering(catalog_db, conference, monkeypatch):
    monkeypatch.setattr(ranks, "SPACE_BITS", 9)  # a tiny range: gaps run out after a few inserts
    for i in range(20):
        attendees.add_attendee(catalog_db, conference.id, AttendeeInput(full_name="Nguyễn Văn An"))
        attendees.add_attendee(catalog_db, conference.id, AttendeeInput(full_name=f"Lê Thị {'ABCDEFGHIK'[i % 10]}"))
    check_invariant(catalog_db, conference.id)
    found = search_attendees(catalog_db, conference.id, "an", limit=100)
    assert [a.full_name for a in found][:20] == ["Nguyễn Văn An"] * 20
    assert [a.id for a in found[:20]] == sorted(a.id for a in found[:20])


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["add", "bulk", "rename", "delete"]), st.integers(0, 10_000)),
                min_size=1, max_size=25),
       st.sampled_from([(10, ranks.WINDOW, ranks.MAX_WINDOW, ranks.MIN_SPACING),   # windows grow to everyone
                        (12, 1, 2, 8)]))                                          # small windows that stop early
def test_random_edits_keep_ranks_in_name_order(user_folder_factory, operations, knobs):
    from desktop_app.store import open_database
    from desktop_app.store.conferences import create_conference

    db = open_database(user_folder_factory("ranks") / "r.sqlite")
    c = create_conference(db, "X", __import__("datetime").datetime(2022, 1, 1))
    given_names = ["An", "Anh", "Ánh", "Ăn", "Ân", "Bình", "Đức", "Dũng", "Hà", "Hải", "Hưng", "Yến"]
    names = ("SPACE_BITS", "WINDOW", "MAX_WINDOW", "MIN_SPACING")
    old = [getattr(ranks, name) for name in names]
    for name, value in zip(names, knobs, strict=True):
        setattr(ranks, name, value)
    try:
        for op, n in operations:
            rng = random.Random(n)
            name = f"{rng.choice(['Lê', 'Trần', 'Đặng'])} Văn {rng.choice(given_names)}"
            ids = [a.id for a in attendees.list_attendees(db, c.id)]
            if op == "add":
                attendees.add_attendee(db, c.id, AttendeeInput(full_name=name))
            elif op == "bulk":
                attendees.add_attendees(db, c.id, [AttendeeInput(full_name=f"Hồ Thị {g}")
                                                   for g in rng.sample(given_names, 4)])
            elif op == "rename" and ids:
                attendees.update_attendee(db, rng.choice(ids), AttendeeInput(full_name=name))
            elif op == "delete" and ids:
                attendees.delete_attendee(db, rng.choice(ids))
            check_invariant(db, c.id)
    finally:
        for name, value in zip(names, old, strict=True):
            setattr(ranks, name, value)
        db.close()


@pytest.mark.parametrize("existing", [[], [("m", 500)]])
def test_bulk_allocation_into_an_empty_or_small_conference(existing):
    keys = [f"k{i:03d}" for i in range(100)]
    got = ranks.allocate(existing, keys, 0, 1 << 20)
    assert got == sorted(got) and len(set(got)) == 100


def _ranks_by_id(db, conference_id):
    return {r["id"]: r["search_rowid"] for r in rows(
        db, "SELECT id, search_rowid FROM attendees WHERE conference_id = :c", {"c": conference_id})}


def _walk_ins(db, conference_id, count, monkeypatch, space_bits):
    """Adds `count` namesakes one by one to a conference of 2,000 people; how many of the others
    each one moved."""
    monkeypatch.setattr(ranks, "SPACE_BITS", space_bits)
    rng = random.Random(7)
    families, given = ["Lê", "Trần", "Đặng", "Nguyễn", "Phạm", "Vũ"], ["An", "Bình", "Đức", "Hà", "Yến", "Ân"]
    attendees.add_attendees(db, conference_id, [
        AttendeeInput(full_name=f"{rng.choice(families)} {rng.choice(['Văn', 'Thị'])} {rng.choice(given)} {i}")
        for i in range(2000)])
    moved = []
    for _ in range(count):
        before = _ranks_by_id(db, conference_id)
        added = attendees.add_attendee(db, conference_id, AttendeeInput(full_name="Nguyễn Văn An"))
        after = _ranks_by_id(db, conference_id)
        del after[added.id]
        moved.append(sum(after[i] != before[i] for i in before))
    return moved


def test_two_hundred_namesakes_move_no_one_else(catalog_db, conference, monkeypatch):
    # 2^34 for 2,000 people leaves the gaps of 100,000 people in 2^40: the 39-second desk
    moved = _walk_ins(catalog_db, conference.id, 200, monkeypatch, space_bits=34)
    assert moved == [0] * 200
    check_invariant(catalog_db, conference.id)
    found = search_attendees(catalog_db, conference.id, "nguyen van an", limit=300)
    namesakes = [a for a in found if a.full_name == "Nguyễn Văn An"]
    assert len(namesakes) == 200 and [a.id for a in namesakes] == sorted(a.id for a in namesakes)


def test_a_used_up_gap_moves_a_few_neighbours_not_the_conference(catalog_db, conference, monkeypatch):
    # 2^28 for 2,000 people: one gap holds about 128 namesakes, then a window of neighbours is
    # spread (here one-sided: "An" sorts after the numbered names, so the namesakes end the list)
    moved = _walk_ins(catalog_db, conference.id, 400, monkeypatch, space_bits=28)
    assert any(moved), "the gap was expected to run out"
    assert max(moved) <= 2 * ranks.MAX_WINDOW < 2000       # one action: a window, never everyone
    assert sum(moved) / len(moved) < 10                     # a handful of moves a walk-in, on average
    check_invariant(catalog_db, conference.id)
    names = [a.full_name for a in search_attendees(catalog_db, conference.id, "nguyen van", limit=2000)]
    assert names == sorted(names, key=name_sort_key)
