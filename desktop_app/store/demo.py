"""Build the demo conference (and, for benchmarks, one with any number of attendees)."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta

from desktop_app.domain import codes
from desktop_app.domain import demo_data as demo
from desktop_app.domain.kinds import AttendeeStatus, CheckInMethod, UnitKind
from desktop_app.domain.models import AttendeeInput, Conference, Topic, Unit
from desktop_app.domain.protocol import RANK_CHAIR, RANK_LEADER
from desktop_app.store import attendees as attendee_store
from desktop_app.store import checkins, conferences, topics
from desktop_app.store import units as unit_store
from desktop_app.store.engine import Database, optimize_search_indexes, write_transaction

# People whose names the desk demo relies on ("duc", "dang thi hoa", "huyen", "cao loc").
_FIXED = (
    ("Nguyễn Văn Đức", "Phó Giám đốc", "Sở Thông tin và Truyền thông", False),
    ("Đặng Thị Hoà", "Trưởng phòng Thông tin - Báo chí - Xuất bản", "Sở Thông tin và Truyền thông", True),
    ("Hoàng Minh Đức", "Phó Tổng Biên tập", "Báo Lạng Sơn", False),
    ("Lương Đức Thắng", "Phó Chủ tịch UBND huyện", "Huyện Cao Lộc", False),
    ("Vi Thị Thu Hà", "Chánh Văn phòng HĐND và UBND huyện", "Huyện Cao Lộc", True),
)


def create_demo(db: Database, *, attendees: int | None = None, seed: int = 2022,
                title: str = demo.TITLE, starts_at: datetime = demo.STARTS_AT,
                merge_index: bool = True) -> Conference:
    """The 14/9/2022 Lạng Sơn conference with its topics, sections and people; about a third
    checked in. With `attendees`, exactly that many people (synthetic beyond the usual ~120).
    `title` and `starts_at` make another conference of the same shape (create_demo_series)."""
    rng = random.Random(seed)
    unit_store.ensure_default_catalogs(db)
    with write_transaction(db):
        conference = conferences.create_conference(
            db, title, starts_at, ends_at=starts_at + (demo.ENDS_AT - demo.STARTS_AT), venue=demo.VENUE,
            organizer=demo.ORGANIZER, parent_agency=demo.PARENT_AGENCY, chair=demo.CHAIR,
            place_name=demo.PLACE, doc_number=demo.DOC_NUMBER, invitation_subject=demo.INVITATION_SUBJECT,
            invitation_body=demo.INVITATION_BODY, signer_title=demo.SIGNER_TITLE, signer_name=demo.SIGNER_NAME,
            recipients=demo.RECIPIENTS,
        )
        sessions = []
        for title, (h1, m1), (h2, m2) in demo.TOPICS:
            day = starts_at.date()
            sessions.append(topics.add_topic(
                db, conference.id, title, presenter="Lãnh đạo Cục Báo chí",
                presenter_unit=demo.PRESS_DEPARTMENT, room="Hội trường",
                starts_at=datetime.combine(day, datetime.min.time()).replace(hour=h1, minute=m1),
                ends_at=datetime.combine(day, datetime.min.time()).replace(hour=h2, minute=m2),
            ))
        # The usual demo has a substitute and a walk-in on top; `attendees` counts them too.
        extras = 2 if attendees is None or attendees > 22 else 0
        people = list(_people(db, rng, None if attendees is None else attendees - extras, starts_at))
        ids = attendee_store.add_attendees(db, conference.id, people, rng=rng, action="demo",
                                           merge_index=merge_index)
        present = _arrivals(db, conference.id, ids, rng, starts_at, with_extras=bool(extras))
        _morning_sessions(db, conference.id, sessions[:2], present, rng)
    return conference


def create_demo_series(db: Database, conferences: int, *, attendees: int | None = None, seed: int = 2022,
                       progress: Callable[[int], None] | None = None) -> list[Conference]:
    """A province's years in one file: `conferences` conferences of the demo's shape, a week
    apart and ending with the demo conference itself (14/9/2022), each with `attendees` people.
    The search index is merged once at the end: merging it after each list rewrote the whole
    index every time (quadratic in the file's size). `progress(done)` after each conference."""
    made = []
    for n in range(conferences):
        weeks_back = conferences - 1 - n
        starts_at = demo.STARTS_AT - timedelta(weeks=weeks_back)
        title = demo.TITLE if weeks_back == 0 else \
            demo.SERIES_TITLES[weeks_back % len(demo.SERIES_TITLES)].format(year=starts_at.year)
        made.append(create_demo(db, attendees=attendees, seed=seed + weeks_back, title=title,
                                starts_at=starts_at, merge_index=False))
        if progress is not None:
            progress(n + 1)
    with write_transaction(db):
        optimize_search_indexes(db)
    return made


def _units(db: Database, on: date) -> dict[str, Unit]:
    return {u.name: u for u in unit_store.list_units(db) if u.valid_on(on)}


def _people(db: Database, rng: random.Random, total: int | None, starts_at: datetime) -> Iterator[AttendeeInput]:
    names = demo.NameMaker(rng)
    units = _units(db, starts_at.date())
    usual = list(_usual_people(units, names))
    count = len(usual) if total is None else total
    for person in usual[:count]:
        yield _input(person, units, names)
    pool = [u for u in units.values() if u.kind is not UnitKind.COMMUNE]
    for _ in range(max(0, count - len(usual))):
        name, female = names.make()
        unit = rng.choice(pool)
        position = rng.choice(demo.EXTRA_POSITIONS)
        yield _input(demo.DemoPerson(name, "Đồng chí", position, unit.name, female), units, names)


def _input(p: demo.DemoPerson, units: dict[str, Unit], names: demo.NameMaker) -> AttendeeInput:
    unit = units.get(p.unit)
    return AttendeeInput(
        full_name=p.full_name, salutation=p.salutation, position=p.position,
        unit_name=_written_unit(p.unit), unit_id=unit.id if unit else None,
        phone=names.phone(), protocol_rank=p.protocol_rank,
    )


def _written_unit(name: str) -> str:
    """Units as invite lists write them: "UBND huyện Cao Lộc", not "Huyện Cao Lộc"."""
    if name.startswith("Huyện "):
        return "UBND huyện " + name.removeprefix("Huyện ")
    if name == "Thành phố Lạng Sơn":
        return "UBND thành phố Lạng Sơn"
    return name


def _usual_people(units: dict[str, Unit], names: demo.NameMaker) -> Iterator[demo.DemoPerson]:
    yield demo.DemoPerson(demo.CHAIR, "Đồng chí",
                          "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh",
                          "Ủy ban nhân dân tỉnh Lạng Sơn", False, RANK_CHAIR)
    for position in ("Phó Cục trưởng Cục Báo chí", "Trưởng phòng Quản lý báo chí in"):
        name, female = names.make()
        yield demo.DemoPerson(name, "Đồng chí", position, demo.PRESS_DEPARTMENT, female, RANK_LEADER)
    for full_name, position, unit, female in _FIXED:
        yield demo.DemoPerson(full_name, "Đồng chí", position, unit, female)
    for unit in sorted(units.values(), key=lambda u: u.official_order):
        for position, count in demo.POSITIONS.get(_position_group(unit), ()):
            for _ in range(count):
                name, female = names.make()
                salutation = ("Bà" if female else "Ông") if unit.kind is UnitKind.ENTERPRISE else "Đồng chí"
                yield demo.DemoPerson(name, salutation, position, unit.name, female)


def _position_group(unit: Unit) -> str | None:
    if unit.kind in (UnitKind.CENTRAL, UnitKind.LEADERSHIP, UnitKind.COMMUNE):
        return None
    if unit.name == "Thành phố Lạng Sơn":
        return "city"
    if unit.group == "press_central_resident":
        return "central_press"
    return str(unit.kind)


def _arrivals(db: Database, conference_id: int, ids: list[int], rng: random.Random, opening: datetime, *,
              with_extras: bool) -> list[tuple[int, str]]:
    """About a third arrive between 07:00 and 07:40, at two desks; the chair at 07:25. One unit
    sends a substitute and one walk-in comes (unless the demo is tiny). Returns (id, desk) of
    everyone present."""
    if not ids:
        return []
    chosen = [ids[0]] + [i for i in ids[1:] if rng.random() < 0.28]
    items = []
    for attendee_id in chosen:
        minutes = 25 if attendee_id == ids[0] else rng.randint(0, 40 * 60) / 60
        items.append((attendee_id, opening - timedelta(minutes=30) + timedelta(minutes=minutes),
                      rng.choice(demo.DESKS), rng.choice((CheckInMethod.SEARCH, CheckInMethod.SCAN))))
    checkins.bulk_check_in(db, conference_id, items)
    present = [(attendee_id, desk) for attendee_id, _at, desk, _method in items]
    if with_extras:
        arrived = set(chosen)
        absent = [i for i in ids[10:] if i not in arrived]
        replaced = attendee_store.get_attendee(db, absent[0])
        name, _ = demo.NameMaker(rng).make()
        sub = attendee_store.add_substitute(db, replaced.id, AttendeeInput(
            full_name=name, salutation="Đồng chí", position="Chuyên viên", note="Đi thay",
            code=_unused_code(db, conference_id, rng)))
        walk_in = attendee_store.add_attendee(db, conference_id, AttendeeInput(
            full_name="Hà Thị Thanh Huyền", salutation="Đồng chí", position="Phóng viên",
            unit_name="Báo Lạng Sơn", status=AttendeeStatus.WALK_IN, code=_unused_code(db, conference_id, rng)))
        checkins.bulk_check_in(db, conference_id, [
            (sub.id, opening - timedelta(minutes=4), demo.DESKS[0], CheckInMethod.MANUAL),
            (walk_in.id, opening - timedelta(minutes=2), demo.DESKS[1], CheckInMethod.WALK_IN),
        ])
        present += [(sub.id, demo.DESKS[0]), (walk_in.id, demo.DESKS[1])]
    return present


def _morning_sessions(db: Database, conference_id: int, sessions: list[Topic], present: list[tuple[int, str]],
                      rng: random.Random) -> None:
    """Most of those present sit in the first session, a few fewer in the second; the day is
    still young, so the afternoon topics have nobody yet."""
    for topic, share in zip(sessions, (0.85, 0.7), strict=False):
        start = topic.starts_at or demo.STARTS_AT
        items = [(attendee_id, start - timedelta(minutes=5) + timedelta(seconds=rng.randint(0, 900)), desk,
                  CheckInMethod.SEARCH)
                 for attendee_id, desk in present if rng.random() < share]
        checkins.bulk_check_in(db, conference_id, items, topic_id=topic.id)


def _unused_code(db: Database, conference_id: int, rng: random.Random) -> str:
    """A seeded code, so the same seed gives the same demo."""
    while True:
        code = codes.new_code(rng)
        if attendee_store.get_by_code(db, conference_id, code) is None:
            return code
