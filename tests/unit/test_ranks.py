"""Search rowids stay in name order through inserts, edits, deletes and renumbering."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.models import AttendeeInput
from desktop_app.store import attendees, ranks
from desktop_app.store.engine import SEARCH_INDEXES, rows
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
                min_size=1, max_size=25))
def test_random_edits_keep_ranks_in_name_order(user_folder_factory, operations):
    from desktop_app.store import open_database
    from desktop_app.store.conferences import create_conference

    db = open_database(user_folder_factory("ranks") / "r.sqlite")
    c = create_conference(db, "X", __import__("datetime").datetime(2022, 1, 1))
    given_names = ["An", "Anh", "Ánh", "Ăn", "Ân", "Bình", "Đức", "Dũng", "Hà", "Hải", "Hưng", "Yến"]
    old = ranks.SPACE_BITS
    ranks.SPACE_BITS = 10
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
        ranks.SPACE_BITS = old
        db.close()


@pytest.mark.parametrize("existing", [[], [("m", 500)]])
def test_bulk_allocation_into_an_empty_or_small_conference(existing):
    keys = [f"k{i:03d}" for i in range(100)]
    got = ranks.allocate(existing, keys, 0, 1 << 20)
    assert got == sorted(got) and len(set(got)) == 100
