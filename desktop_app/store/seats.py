"""What a seat is, written once: every count of invited, present and absent builds on these SQL pieces.

The rule, in words:

- Everyone on a conference's list holds one seat: the invited and registered, each walk-in (a new
  seat) and each substitute ("người đi thay").
- A person whom a substitute replaces (some attendee's `replaces_id` points at them) gives their
  seat up, once however many substitutes they have, unless they came anyway: a live (not undone)
  check-in in this conference, at the desk or for a topic, keeps their seat beside the substitute's.
- A substitute of a substitute follows the same rule, so a chain A ← S ← T is one seat (T's) until
  A or S comes.
- Several substitutes of one person are a seat each: the unit sent them all, and if all come the
  hall holds that many, so present never exceeds invited.
- Present in a scope (the conference itself, or one topic) is a live check-in for that scope; a
  checked-in person always holds a seat. Absent is a seat without one. The seats are the same in
  every scope: a topic's invited figure is the conference's.

`gave_up` lists the few people without a seat from the substitutes' `replaces_id` index, so the
counts polled often (the desk, the conference list) are "everyone less these" and never visit
every attendee; `holds_seat` is the same rule as a condition on one row, for queries that visit
every row anyway (statistics, the grouped attendee list)."""

from __future__ import annotations

SCOPE = ":scope"  # the parameter holding the scope: 0 for the conference, else a topic id


def came(a: str) -> str:
    """`a` (an alias of attendees) has a live check-in in any scope (check_ins_live index)."""
    return (f"EXISTS (SELECT 1 FROM check_ins seat_k WHERE seat_k.attendee_id = {a}.id "
            f"AND seat_k.undone_at IS NULL)")


def replaced(a: str) -> str:
    """Some substitute replaces `a` (attendees_replaces index)."""
    return f"EXISTS (SELECT 1 FROM attendees seat_r WHERE seat_r.replaces_id = {a}.id)"


def holds_seat(a: str) -> str:
    """`a` holds a seat: not replaced, or came anyway. A CASE, because SQLite evaluates both sides
    of AND/OR in a SELECT list: asking about check-ins only for the replaced halves the lookups."""
    return f"(CASE WHEN {replaced(a)} THEN {came(a)} ELSE 1 = 1 END)"   # a truth value on both engines


def present(a: str, scope: str = SCOPE) -> str:
    """`a` is checked in for the scope (0: the conference; else a topic id)."""
    return (f"EXISTS (SELECT 1 FROM check_ins seat_p WHERE seat_p.attendee_id = {a}.id "
            f"AND coalesce(seat_p.topic_id, 0) = {scope} AND seat_p.undone_at IS NULL)")


def gave_up(conference: str | None) -> str:
    """A query of (id, section_id, conference_id) of everyone in the conference `conference` (an
    SQL expression; None: in every conference, for one grouped count instead of one per conference)
    who gave their seat up: replaced and not come. Reached from the substitutes by id; the unary
    plus keeps SQLite from walking the whole conference instead."""
    which = "" if conference is None else f"AND +g.conference_id = {conference} "
    return (f"SELECT g.id, g.section_id, g.conference_id FROM attendees g "
            f"WHERE g.id IN (SELECT s.replaces_id FROM attendees s WHERE s.replaces_id > 0) "
            f"{which}AND NOT {came('g')}")
