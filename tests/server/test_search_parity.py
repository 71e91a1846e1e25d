"""Search on a server is the file's search (issue 13 item 2): the benchmark's 200 queries (names
typed one keystroke at a time, given names, parts of units, codes and their first letters,
queries that match nobody) and the same with accents and đ, on a 2,000-attendee demo copied
from a file to a server: the same people in the same order on both."""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:   # the benchmark's query maker
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_search import load_people, queries  # noqa: E402
from desktop_app.store import open_database  # noqa: E402
from desktop_app.store.copying import copy_database  # noqa: E402
from desktop_app.store.demo import create_demo  # noqa: E402
from desktop_app.store.search import search_attendees  # noqa: E402

ATTENDEES = 2_000
WITH_ACCENTS = ("Đặng Thị Hoà", "đức", "Nguyễn Văn", "Sở Tư pháp", "UBND huyện Cao Lộc", "Phó Giám đốc", "hoà",
                "Lạng Sơn", "NGUYỄN", "Đ")


def test_the_benchmarks_queries_find_the_same_people_in_the_same_order_on_a_server(tmp_path, pg_cluster):
    file_db = open_database(tmp_path / "demo.sqlite", desk="Bàn 1")
    conference = create_demo(file_db, attendees=ATTENDEES)
    name = pg_cluster.fresh()
    server = open_database(pg_cluster.url(name), desk="Bàn 1")
    try:
        copy_database(file_db, server)
        texts = queries(load_people(file_db, conference.id), random.Random(ATTENDEES)) + list(WITH_ACCENTS)
        assert len(set(texts)) > 150
        found = {t: [a.id for a in search_attendees(file_db, conference.id, t)] for t in texts}
        assert sum(bool(ids) for ids in found.values()) > 150   # most queries find someone
        differ = {t: ([a.id for a in search_attendees(server, conference.id, t)], ids)
                  for t, ids in found.items()
                  if [a.id for a in search_attendees(server, conference.id, t)] != ids}
        assert differ == {}
    finally:
        server.close()
        file_db.close()
        pg_cluster.drop(name)
