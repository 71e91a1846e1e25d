"""Check-ins: one live check-in per person and scope (the conference or one topic), durable on
commit, never duplicated across desks, undone without losing history."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from desktop_app.domain.errors import Conflict, DatabaseLocked, NotFound, NothingToUndo
from desktop_app.domain.kinds import AttendeeStatus, CheckInMethod
from desktop_app.domain.models import Attendee, AttendeeInput, CheckIn, CheckInResult
from desktop_app.domain.text import clean
from desktop_app.domain.validation import validate_desk
from desktop_app.store import attendees as attendee_store
from desktop_app.store import audit
from desktop_app.store.convert import time_in, time_out
from desktop_app.store.engine import (
    Database,
    execute,
    insert_returning_id,
    is_integrity_error,
    on_server,
    one,
    rows,
    scalar,
    write_transaction,
)
from desktop_app.store.scans import find_scanned


def _check_in(r: dict[str, Any]) -> CheckIn:
    return CheckIn(
        id=r["id"], attendee_id=r["attendee_id"], conference_id=r["conference_id"], topic_id=r["topic_id"],
        at=time_in(r["checked_in_at"]), desk=r["desk"], method=CheckInMethod(r["method"]),
        undone_at=time_in(r["undone_at"]), undone_desk=r["undone_desk"],
        client_id=r.get("client_id"), double_of=r.get("double_of"),
    )


def live_check_in(db: Database, attendee_id: int, topic_id: int | None = None) -> CheckIn | None:
    r = one(
        db,
        "SELECT * FROM check_ins WHERE attendee_id = :a AND coalesce(topic_id, 0) = :scope "
        "AND undone_at IS NULL",
        {"a": attendee_id, "scope": topic_id or 0},
    )
    return None if r is None else _check_in(r)


def check_in(
    db: Database,
    attendee_id: int,
    *,
    topic_id: int | None = None,
    method: CheckInMethod = CheckInMethod.SEARCH,
    desk: str | None = None,
    at: datetime | None = None,
    client_id: str | None = None,
    keep_double: bool = False,
) -> CheckInResult:
    """Record that someone arrived. If they already had, nothing is written and the result says
    when and at which desk (`already=True`).

    `client_id`: the id the desk gave this check-in; sent again, it is recorded once and the
    result says so (`recorded_before=True`). `keep_double`: a check-in made at a desk that was cut
    off, for someone already checked in meanwhile, is kept as a double to review (`double=True`)."""
    desk = db.desk if desk is None else validate_desk(desk)
    at = (at or db.now()).replace(microsecond=0)
    if on_server(db):   # one statement, one round trip (issue 13 item 3)
        return _check_in_on_server(db, attendee_id, topic_id, method, desk, at, client_id, keep_double)
    try:
        with write_transaction(db):
            sent = None if client_id is None else _by_client_id(db, client_id)
            if sent is not None:
                return _recorded_before(db, sent)
            attendee = attendee_store.get_attendee(db, attendee_id, topic_id=topic_id)
            earlier = live_check_in(db, attendee_id, topic_id)
            if earlier is not None and keep_double:
                return CheckInResult(attendee, _record_double(db, earlier, at, desk, method, client_id), double=True)
            if earlier is not None:
                return CheckInResult(attendee, earlier, already=True)
            _require_topic_of(db, attendee, topic_id)
            check_in_id = scalar(
                db,
                "INSERT INTO check_ins (attendee_id, conference_id, topic_id, checked_in_at, desk, method, client_id) "
                "VALUES (:a, :c, :t, :at, :desk, :method, :client_id) "
                "ON CONFLICT (client_id) WHERE client_id IS NOT NULL DO NOTHING RETURNING id",
                {"a": attendee_id, "c": attendee.conference_id, "t": topic_id, "at": time_out(at),
                 "desk": desk, "method": str(method), "client_id": client_id},
            )
            if check_in_id is None:   # the same client id, sent by another connection just now
                return _recorded_before(db, _by_client_id(db, client_id))  # type: ignore[arg-type]
            audit.record(db, "check_in", "attendee", attendee_id, conference_id=attendee.conference_id,
                         desk=desk, topic_id=topic_id, method=str(method), check_in_id=check_in_id)
    except Exception as exc:
        if not is_integrity_error(exc):
            raise
        sent = None if client_id is None else _by_client_id(db, client_id)
        if sent is not None:
            return _recorded_before(db, sent)
        # Another connection won the race between our read and our insert (only possible when
        # the lock was not held, e.g. a savepoint inside someone else's transaction).
        earlier = live_check_in(db, attendee_id, topic_id)
        if earlier is None:
            raise
        return CheckInResult(attendee_store.get_attendee(db, attendee_id, topic_id=topic_id), earlier, True)
    attendee = attendee_store.get_attendee(db, attendee_id, topic_id=topic_id)
    replaces = None if attendee.replaces_id is None else attendee_store.get_attendee(
        db, attendee.replaces_id, topic_id=topic_id)
    return CheckInResult(attendee, get_check_in(db, check_in_id),
                         replaced_by=_substitute_of(db, attendee_id, topic_id), replaces=replaces)


def _by_client_id(db: Database, client_id: str) -> CheckIn | None:
    r = one(db, "SELECT * FROM check_ins WHERE client_id = :cid", {"cid": client_id})
    return None if r is None else _check_in(r)


def _recorded_before(db: Database, sent: CheckIn) -> CheckInResult:
    return CheckInResult(attendee_store.get_attendee(db, sent.attendee_id, topic_id=sent.topic_id), sent,
                         already=sent.double_of is None, recorded_before=True, double=sent.double_of is not None)


def _record_double(db: Database, earlier: CheckIn, at: datetime, desk: str, method: CheckInMethod,
                   client_id: str | None) -> CheckIn:
    """A second check-in of someone already in, kept beside the live one: undone as it arrives
    (one live check-in per person), pointing at the live one, never merged into it."""
    double_id = insert_returning_id(
        db,
        "INSERT INTO check_ins (attendee_id, conference_id, topic_id, checked_in_at, desk, method, client_id, "
        "undone_at, undone_desk, double_of) VALUES (:a, :c, :t, :at, :desk, :method, :client_id, :now, :desk, "
        ":double_of)",
        {"a": earlier.attendee_id, "c": earlier.conference_id, "t": earlier.topic_id, "at": time_out(at),
         "desk": desk, "method": str(method), "client_id": client_id, "now": time_out(db.now()),
         "double_of": earlier.id},
    )
    audit.record(db, "double_check_in", "attendee", earlier.attendee_id, conference_id=earlier.conference_id,
                 desk=desk, topic_id=earlier.topic_id, check_in_id=double_id, double_of=earlier.id)
    return get_check_in(db, double_id)


def count_doubles(db: Database, conference_id: int) -> int:
    """Check-ins kept as doubles in a conference (made at cut-off desks), for someone to look at."""
    return int(scalar(db, "SELECT count(*) FROM check_ins WHERE conference_id = :c AND double_of IS NOT NULL",
                      {"c": conference_id}))


# A server's check-in is one statement (pg_engine.check_in), not a transaction of five: on a
# LAN the round trips are the cost. Asked again only when another desk's check-in of the same
# person (or with the same client id) committed while the statement ran, or the person was
# removed meanwhile.
_SERVER_ATTEMPTS = 3


def _check_in_on_server(db: Database, attendee_id: int, topic_id: int | None, method: CheckInMethod, desk: str,
                        at: datetime, client_id: str | None, keep_double: bool) -> CheckInResult:
    from desktop_app.store import pg_engine

    params = {"a": attendee_id, "t": topic_id, "scope": topic_id or 0, "at": time_out(at), "desk": desk,
              "method": str(method), "client_id": client_id, "keep_double": keep_double,
              "now": time_out(db.now())}
    for attempt in range(_SERVER_ATTEMPTS):
        try:
            found = pg_engine.check_in(db, attendee_store.SELECT, SUBSTITUTE_OF, params)
        except Exception as exc:
            if not is_integrity_error(exc) or attempt == _SERVER_ATTEMPTS - 1:
                raise
            continue   # removed while we checked them in: asked again, NotFound below
        me = found["self"]
        if me["ck_outcome"] is not None:
            return _server_result(db, found, attendee_id, topic_id)
        if me["id"] is None:
            raise NotFound(entity="attendee", id=attendee_id)
        if not me["ck_allowed"]:
            raise NotFound(entity="topic", id=topic_id)
    # Undone and checked in again by other desks three times over while we asked: busy, try again.
    raise DatabaseLocked(path=db.path, sqlite_error="", detail="check-in raced")


def _server_result(db: Database, found: dict[str, dict[str, Any]], attendee_id: int,
                   topic_id: int | None) -> CheckInResult:
    """What the file's transaction answers, from the statement's rows."""
    me = found["self"]
    made = _check_in({k.removeprefix("ck_"): v for k, v in me.items() if k.startswith("ck_")})
    outcome = me["ck_outcome"]
    if outcome == "sent" and (me["id"] is None or (made.attendee_id, made.topic_id) != (attendee_id, topic_id)):
        return _recorded_before(db, made)   # a client id of someone else's check-in: told as the file tells it
    if outcome == "fresh":   # `x` read the snapshot from before this check-in
        me = {**me, "checked_in_at": me["ck_checked_in_at"], "checked_in_desk": me["ck_desk"]}
    attendee = attendee_store.attendee_from_row(me)
    if outcome == "sent":
        return CheckInResult(attendee, made, already=made.double_of is None, recorded_before=True,
                             double=made.double_of is not None)
    if outcome != "fresh":
        return CheckInResult(attendee, made, already=outcome == "already", double=outcome == "double")
    others = {role: attendee_store.attendee_from_row(r) for role, r in found.items() if role != "self"}
    return CheckInResult(attendee, made, replaced_by=others.get("replaced_by"), replaces=others.get("replaces"))


# The substitute registered in :a's place to show: the first checked in, else the first added.
SUBSTITUTE_OF = (
    "SELECT s.id FROM attendees s LEFT JOIN check_ins k ON k.attendee_id = s.id "
    "AND coalesce(k.topic_id, 0) = :scope AND k.undone_at IS NULL "
    "WHERE s.replaces_id = :a ORDER BY CASE WHEN k.id IS NULL THEN 1 ELSE 0 END, k.checked_in_at, s.id LIMIT 1")


def _substitute_of(db: Database, attendee_id: int, topic_id: int | None) -> Attendee | None:
    """A substitute registered in this person's place: the first checked in, else the first added."""
    substitute_id = scalar(db, SUBSTITUTE_OF, {"a": attendee_id, "scope": topic_id or 0})
    return None if substitute_id is None else attendee_store.get_attendee(db, substitute_id, topic_id=topic_id)


def _require_topic_of(db: Database, attendee: Attendee, topic_id: int | None) -> None:
    if topic_id is None:
        return
    r = one(db, "SELECT conference_id FROM topics WHERE id = :t", {"t": topic_id})
    if r is None or r["conference_id"] != attendee.conference_id:
        raise NotFound(entity="topic", id=topic_id)


def check_in_by_code(
    db: Database, conference_id: int, code: str, *, topic_id: int | None = None,
    method: CheckInMethod = CheckInMethod.SCAN, desk: str | None = None,
) -> CheckInResult:
    """Check in the person whose code `code` is, as typed or as an input method changed it
    (store/scans.py); several people for a changed scan raise AmbiguousCode."""
    match = find_scanned(db, conference_id, code, topic_id=topic_id)
    if match is None:
        raise NotFound(entity="code", code=clean(code).upper())
    return check_in(db, match.attendee.id, topic_id=topic_id, method=method, desk=desk)


def get_check_in(db: Database, check_in_id: int) -> CheckIn:
    r = one(db, "SELECT * FROM check_ins WHERE id = :id", {"id": check_in_id})
    if r is None:
        raise NotFound(entity="check_in", id=check_in_id)
    return _check_in(r)


def undo_check_in(db: Database, attendee_id: int, *, topic_id: int | None = None,
                  desk: str | None = None) -> CheckIn:
    """Undo someone's live check-in; the row stays, marked undone, for the history."""
    desk = db.desk if desk is None else validate_desk(desk)
    if on_server(db):
        return _undo_on_server(db, "person", {"a": attendee_id, "scope": topic_id or 0, "desk": desk},
                               NothingToUndo(attendee_id=attendee_id))
    with write_transaction(db):
        live = live_check_in(db, attendee_id, topic_id)
        if live is None:
            raise NothingToUndo(attendee_id=attendee_id)
        _mark_undone(db, live, desk)
    return get_check_in(db, live.id)


def undo_last_check_in(db: Database, conference_id: int, *, desk: str | None = None,
                       topic_id: int | None = None) -> CheckIn:
    """Undo the latest live check-in made at this desk (Ctrl+Z at the desk)."""
    desk = db.desk if desk is None else validate_desk(desk)
    if on_server(db):
        return _undo_on_server(db, "last_at_desk", {"c": conference_id, "scope": topic_id or 0, "desk": desk},
                               NothingToUndo(conference_id=conference_id, desk=desk))
    with write_transaction(db):
        r = one(
            db,
            "SELECT * FROM check_ins WHERE conference_id = :c AND desk = :desk AND undone_at IS NULL "
            "AND coalesce(topic_id, 0) = :scope ORDER BY id DESC LIMIT 1",
            {"c": conference_id, "desk": desk, "scope": topic_id or 0},
        )
        if r is None:
            raise NothingToUndo(conference_id=conference_id, desk=desk)
        live = _check_in(r)
        _mark_undone(db, live, desk)
    return get_check_in(db, live.id)


def _undo_on_server(db: Database, which: str, params: dict[str, Any], nothing: NothingToUndo) -> CheckIn:
    """One statement (pg_engine.undo_check_in). A desk that undid the same check-in a moment
    earlier leaves nothing to undo here, as on a file."""
    from desktop_app.store import pg_engine

    r = pg_engine.undo_check_in(db, which, {**params, "at": time_out(db.now())})
    if r is None:
        raise nothing
    return _check_in(r)


def undo_added_person(db: Database, attendee_id: int, *, desk: str | None = None) -> Attendee:
    """Undo a walk-in or a substitute as a whole (Ctrl+Z after F2 or F3 at the desk): their live
    check-ins undone and the record removed, so a substitute's replacement goes too. The audit
    log keeps both steps. Anyone else on the list is a Conflict: only added people are undone so."""
    desk = db.desk if desk is None else validate_desk(desk)
    with write_transaction(db):
        person = attendee_store.get_attendee(db, attendee_id)
        if person.status not in (AttendeeStatus.WALK_IN, AttendeeStatus.SUBSTITUTE):
            raise Conflict("not_added_at_desk", attendee_id=attendee_id)
        for r in rows(db, "SELECT * FROM check_ins WHERE attendee_id = :a AND undone_at IS NULL ORDER BY id",
                      {"a": attendee_id}):
            _mark_undone(db, _check_in(r), desk)
        attendee_store.delete_attendee(db, attendee_id)
    return person


def _mark_undone(db: Database, live: CheckIn, desk: str) -> None:
    execute(db, "UPDATE check_ins SET undone_at = :at, undone_desk = :desk WHERE id = :id",
            {"at": time_out(db.now()), "desk": desk, "id": live.id})
    audit.record(db, "undo_check_in", "attendee", live.attendee_id, conference_id=live.conference_id,
                 desk=desk, check_in_id=live.id)


def add_walk_in(
    db: Database, conference_id: int, data: AttendeeInput, *, topic_id: int | None = None,
    desk: str | None = None, client_id: str | None = None,
) -> CheckInResult:
    """Someone not on the list: added and checked in, in one step. With the desk's `client_id`, a
    walk-in sent again is added once (the result says `recorded_before`)."""
    with write_transaction(db):
        sent = None if client_id is None else _by_client_id(db, client_id)
        if sent is not None:
            return _recorded_before(db, sent)
        walk_in = attendee_store.add_attendee(
            db, conference_id, _with_status(data, AttendeeStatus.WALK_IN))
        return check_in(db, walk_in.id, topic_id=topic_id, method=CheckInMethod.WALK_IN, desk=desk,
                        client_id=client_id)


def add_substitute_and_check_in(
    db: Database, replaced_id: int, data: AttendeeInput, *, topic_id: int | None = None,
    desk: str | None = None, client_id: str | None = None,
) -> CheckInResult:
    """The unit sent someone else: record the substitute and check them in. With the desk's
    `client_id`, a substitute sent again is added once (the result says `recorded_before`)."""
    with write_transaction(db):
        sent = None if client_id is None else _by_client_id(db, client_id)
        if sent is not None:
            return _recorded_before(db, sent)
        substitute = attendee_store.add_substitute(db, replaced_id, data)
        return check_in(db, substitute.id, topic_id=topic_id, method=CheckInMethod.MANUAL, desk=desk,
                        client_id=client_id)


def _with_status(data: AttendeeInput, status: AttendeeStatus) -> AttendeeInput:
    return replace(data, status=status)


def bulk_check_in(
    db: Database, conference_id: int, items: list[tuple[int, datetime, str, CheckInMethod]],
    *, topic_id: int | None = None,
) -> int:
    """Check many people in at once (attendee id, time, desk, method), all or nothing; those
    already checked in are left as they were. Returns how many were checked in."""
    done = 0
    items = [(attendee_id, at, validate_desk(desk), method) for attendee_id, at, desk, method in items]
    with write_transaction(db):
        for attendee_id, at, desk, method in items:
            cur = execute(
                db,
                "INSERT INTO check_ins (attendee_id, conference_id, topic_id, checked_in_at, "
                "desk, method) SELECT a.id, a.conference_id, :t, :at, :desk, :method FROM attendees a "
                "WHERE a.id = :a AND a.conference_id = :c ON CONFLICT DO NOTHING",
                {"a": attendee_id, "c": conference_id, "t": topic_id, "at": time_out(at), "desk": desk,
                 "method": str(method)},
            )
            done += cur.rowcount
        audit.record(db, "bulk_check_in", "attendee", None, conference_id=conference_id, count=done,
                     topic_id=topic_id)
    return done


def recent_check_ins(
    db: Database, conference_id: int, *, desk: str | None = None, topic_id: int | None = None,
    limit: int = 20,
) -> list[tuple[CheckIn, Attendee]]:
    """The latest live check-ins (of one desk, or of all), newest first, with who it was."""
    sql = ("SELECT * FROM check_ins WHERE conference_id = :c AND undone_at IS NULL "
           "AND coalesce(topic_id, 0) = :scope")
    params: dict[str, Any] = {"c": conference_id, "scope": topic_id or 0, "limit": limit}
    if desk is not None:
        sql += " AND desk = :desk"
        params["desk"] = validate_desk(desk)
    sql += " ORDER BY id DESC LIMIT :limit"
    found = [_check_in(r) for r in rows(db, sql, params)]
    return [(c, attendee_store.get_attendee(db, c.attendee_id, topic_id=topic_id)) for c in found]


def check_in_history(db: Database, attendee_id: int) -> list[CheckIn]:
    """Every check-in of a person, undone ones included, oldest first."""
    return [_check_in(r) for r in rows(
        db, "SELECT * FROM check_ins WHERE attendee_id = :a ORDER BY id", {"a": attendee_id})]


def desks_seen(db: Database, since: datetime, until: datetime) -> list[str]:
    """The desks that checked someone in (in any conference) between two moments, by name."""
    return [r["desk"] for r in rows(
        db, "SELECT DISTINCT desk FROM check_ins WHERE checked_in_at >= :since AND checked_in_at < :until "
            "AND desk <> '' ORDER BY desk", {"since": time_out(since), "until": time_out(until)})]
