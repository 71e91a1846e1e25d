"""Attendance counts: overall, per section, per unit, per topic.

Invited, present and absent follow store.seats: a unit that sent someone else counts as present
once, not as one present and one absent."""

from __future__ import annotations

from desktop_app.domain.models import ConferenceStats, GroupStats
from desktop_app.store import tallies
from desktop_app.store.engine import Database, one
from desktop_app.store.listing import topic_attendance
from desktop_app.store.sections import list_sections
from desktop_app.store.topics import list_topics

_LAST = 1_000_000  # the place of people without a section: after every section


def conference_stats(db: Database, conference_id: int, *, present: bool = True) -> ConferenceStats:
    """From index counts (store.tallies), never the seat rule asked of every row: 22 s at
    1,000,000 people before. Units and sections without a seat are left out. `present=False`
    leaves the check-ins uncounted (every `present` is None): the groups of a million people in
    half the time, for the statistics view to show before it asks for the full counts."""
    parts = tallies.tallies(db, conference_id, present=present)
    positions = {s.id: (s.position, s.title) for s in list_sections(db, conference_id)}
    section_seats: dict[int | None, list[int]] = {}
    for t in parts:
        counts = section_seats.setdefault(t.section_id, [0, 0])
        counts[0] += t.seats
        counts[1] += t.present
    sections = [
        GroupStats(key=f"section:{section_id or 0}", title=positions.get(section_id, (0, ""))[1],
                   invited=invited, present=came if present else None)
        for section_id, (invited, came) in sorted(
            section_seats.items(), key=lambda item: positions.get(item[0], (_LAST, ""))[0])
        if invited
    ]
    merged = [u for u in tallies.by_unit(db, parts, per_section=False) if u.seats]
    first_section = {u.key: min(positions.get(t.section_id, (_LAST, ""))[0] for t in u.parts if t.seats)
                     for u in merged}
    units = [GroupStats(key=u.key, title=u.title, invited=u.seats, present=u.present if present else None,
                        kind=u.kind)
             for u in sorted(merged, key=lambda u: first_section[u.key])]   # stable: official order within
    invited = sum(t.seats for t in parts)
    attendance = topic_attendance(db, conference_id) if present else {}
    topics = [GroupStats(key=f"topic:{t.id}", title=t.title, invited=invited,
                         present=attendance.get(t.id, 0) if present else None)
              for t in list_topics(db, conference_id)]
    return ConferenceStats(
        invited=invited, present=sum(t.present for t in parts) if present else None,
        walk_ins=sum(u.walk_ins for u in merged),
        substitutes=sum(u.substitutes for u in merged), sections=tuple(sections), units=tuple(units),
        topics=tuple(topics),
    )


def present_count(db: Database, conference_id: int, *, topic_id: int | None = None) -> int:
    """How many are checked in (for the desk's counter, polled often)."""
    r = one(db, "SELECT count(*) AS n FROM check_ins WHERE conference_id = :c AND coalesce(topic_id, 0) = :s "
                "AND undone_at IS NULL", {"c": conference_id, "s": topic_id or 0})
    return int(r["n"]) if r else 0
