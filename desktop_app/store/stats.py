"""Attendance counts: overall, per section, per unit, per topic.

Invited, present and absent follow store.seats: a unit that sent someone else counts as present
once, not as one present and one absent."""

from __future__ import annotations

from desktop_app.domain.kinds import UnitKind
from desktop_app.domain.models import ConferenceStats, GroupStats
from desktop_app.store import seats
from desktop_app.store.engine import Database, one, rows

# Every seat of conference :c with whether it is present at the conference itself.
_SEATS = f"""
SELECT a.id, a.section_id, a.unit_id, a.unit_name, a.unit_folded, a.status, {seats.present("a", "0")} AS present
FROM attendees a
WHERE a.conference_id = :c AND {seats.holds_seat("a")}
"""


def conference_stats(db: Database, conference_id: int) -> ConferenceStats:
    params = {"c": conference_id}
    totals = one(
        db,
        f"SELECT count(*) AS invited, count(*) FILTER (WHERE present) AS present, "
        f"count(*) FILTER (WHERE status = 'walk_in') AS walk_ins, "
        f"count(*) FILTER (WHERE status = 'substitute') AS substitutes FROM ({_SEATS})",
        params,
    )
    assert totals is not None
    sections = [
        GroupStats(key=f"section:{r['section_id'] or 0}", title=r["title"] or "", invited=r["invited"],
                   present=r["present"])
        for r in rows(
            db,
            f"SELECT x.section_id, s.title, s.position, count(*) AS invited, "
            f"count(*) FILTER (WHERE x.present) AS present "
            f"FROM ({_SEATS}) x LEFT JOIN sections s ON s.id = x.section_id "
            f"GROUP BY x.section_id, s.title, s.position ORDER BY coalesce(s.position, 1000000)",
            params,
        )
    ]
    units = [
        GroupStats(key=r["key"], title=r["title"], invited=r["invited"], present=r["present"],
                   kind=UnitKind(r["kind"]) if r["kind"] else None)
        for r in rows(
            db,
            f"SELECT coalesce('unit:' || x.unit_id, 'name:' || x.unit_folded) AS key, "
            f"min(x.unit_name) AS title, min(u.kind) AS kind, count(*) AS invited, "
            f"count(*) FILTER (WHERE x.present) AS present, "
            f"min(coalesce(s.position, 1000000)) AS section_position "
            f"FROM ({_SEATS}) x LEFT JOIN units u ON u.id = x.unit_id "
            f"LEFT JOIN sections s ON s.id = x.section_id "
            f"GROUP BY key ORDER BY section_position, min(coalesce(u.official_order, 1000000)), min(x.unit_folded)",
            params,
        )
    ]
    topics = [
        GroupStats(key=f"topic:{r['id']}", title=r["title"], invited=totals["invited"], present=r["present"])
        for r in rows(
            db,
            "SELECT t.id, t.title, (SELECT count(*) FROM check_ins k WHERE k.topic_id = t.id "
            "AND k.undone_at IS NULL) AS present FROM topics t WHERE t.conference_id = :c "
            "ORDER BY t.position",
            params,
        )
    ]
    return ConferenceStats(
        invited=totals["invited"], present=totals["present"], walk_ins=totals["walk_ins"],
        substitutes=totals["substitutes"], sections=tuple(sections), units=tuple(units), topics=tuple(topics),
    )


def present_count(db: Database, conference_id: int, *, topic_id: int | None = None) -> int:
    """How many are checked in (for the desk's counter, polled often)."""
    r = one(db, "SELECT count(*) AS n FROM check_ins WHERE conference_id = :c AND coalesce(topic_id, 0) = :s "
                "AND undone_at IS NULL", {"c": conference_id, "s": topic_id or 0})
    return int(r["n"]) if r else 0
