"""Write the fixture database of the current schema version: tests/data/schemas/v<N>.sqlite and
the manifest v<N>.json that says what it holds.

Run it once when a schema version is released (after adding a migration), then commit both
files. Released fixtures are never regenerated: they stand for the files people already have,
and tests/unit/test_database.py opens every one of them with the current program (migrating the
older ones) and checks that nothing was lost.

    .venv/bin/python tests/data/schemas/make_fixture.py
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent


class _Clock:
    """The demo day, one second per reading: the file is the same whenever it is generated."""

    def __init__(self) -> None:
        self.now = datetime(2022, 9, 14, 6, 30)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def build(path: Path) -> dict:
    """A small but varied database: the demo conference with check-ins (one undone), topic
    attendance, a substitute and a walk-in, plus a second conference with multi-line notes."""
    from desktop_app.domain.kinds import Numbering
    from desktop_app.store import checkins, conferences, open_database, topics
    from desktop_app.store.attendees import list_attendees
    from desktop_app.store.database import schema_version
    from desktop_app.store.demo import create_demo
    from desktop_app.store.engine import scalar

    db = open_database(path, desk="Bàn 1", clock=_Clock())
    demo = create_demo(db, seed=2022)
    people = list_attendees(db, demo.id)
    absent = [a for a in people if a.checked_in_at is None]
    first_topic = topics.list_topics(db, demo.id)[0]
    for person in absent[:5]:
        checkins.check_in(db, person.id, topic_id=first_topic.id, desk="Bàn 2")
    checkins.check_in(db, absent[5].id, desk="Bàn 2")
    checkins.undo_check_in(db, absent[5].id, desk="Bàn 2")
    other = conferences.create_conference(
        db, "Hội nghị sơ kết công tác thông tin đối ngoại 6 tháng đầu năm 2023",
        datetime(2023, 7, 10, 8, 0), ends_at=datetime(2023, 7, 10, 11, 30), venue="Phòng họp số 2",
        notes="Dòng một\nDòng hai: “ngoặc kép” và 'nháy đơn'", numbering=Numbering.PER_SECTION)
    tables = ("units", "unit_aliases", "conferences", "sections", "topics", "attendees", "check_ins", "audit")
    manifest = {
        "schema_version": schema_version(db),
        "counts": {t: scalar(db, f"SELECT count(*) FROM {t}") for t in tables},
        "live_check_ins": scalar(db, "SELECT count(*) FROM check_ins WHERE undone_at IS NULL"),
        "conferences": [demo.id, other.id],
        "people": [{"id": a.id, "full_name": a.full_name, "code": a.code, "unit": a.unit_name}
                   for a in people[:10]],
        "search": {"duc": ["Nguyễn Văn Đức", "Hoàng Minh Đức"], "dang thi hoa": ["Đặng Thị Hoà"]},
    }
    db.close()
    return manifest


def main() -> int:
    sys.path.insert(0, str(HERE.parents[2]))
    from desktop_app.store.migrations import SCHEMA_VERSION

    target = HERE / f"v{SCHEMA_VERSION}.sqlite"
    if target.exists() and "--force" not in sys.argv:
        print(f"{target.name} exists: a released fixture is never regenerated (--force to override).")
        return 1
    for stale in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        stale.unlink(missing_ok=True)
    manifest = build(target)
    target.with_suffix(".json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"Wrote {target} ({target.stat().st_size:,} bytes) and {target.with_suffix('.json').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
