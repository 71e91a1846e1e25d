"""The audit log: every change a person makes, with the desk and the time."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from desktop_app.domain.models import AuditEntry
from desktop_app.store.convert import time_in, time_out
from desktop_app.store.engine import Database, execute, rows


def record(
    db: Database,
    action: str,
    entity: str,
    entity_id: int | None,
    *,
    conference_id: int | None = None,
    desk: str | None = None,
    **details: Any,
) -> None:
    """Write one audit entry; call it inside the transaction of the change it describes."""
    execute(
        db,
        "INSERT INTO audit (at, desk, action, entity, entity_id, conference_id, details) "
        "VALUES (:at, :desk, :action, :entity, :entity_id, :conference_id, :details)",
        {
            "at": time_out(db.now()),
            "desk": db.desk if desk is None else desk,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "conference_id": conference_id,
            "details": json.dumps(details, ensure_ascii=False, default=str),
        },
    )


def list_entries(db: Database, *, conference_id: int | None = None, limit: int = 200) -> list[AuditEntry]:
    """The newest entries first."""
    sql = "SELECT * FROM audit"
    params: dict[str, Any] = {"limit": limit}
    if conference_id is not None:
        sql += " WHERE conference_id = :conference_id"
        params["conference_id"] = conference_id
    sql += " ORDER BY id DESC LIMIT :limit"
    return [
        AuditEntry(
            id=r["id"], at=time_in(r["at"]), desk=r["desk"], action=r["action"], entity=r["entity"],
            entity_id=r["entity_id"], conference_id=r["conference_id"], details=json.loads(r["details"]),
        )
        for r in rows(db, sql, params)
    ]


def history(
    db: Database, conference_id: int, *, attendee_id: int | None = None, desk: str | None = None,
    since: datetime | None = None, limit: int = 10_000,
) -> list[tuple[AuditEntry, str]]:
    """A conference's audit log, oldest first, each entry with the name of the person it is about
    (as stored now, or as written in the entry when the person was deleted); optionally only one
    person's entries (with the adding of a substitute in their place), or one desk's, or those
    from `since` on (the day's log)."""
    sql = ("SELECT l.*, a.full_name AS person FROM audit l "
           "LEFT JOIN attendees a ON l.entity = 'attendee' AND a.id = l.entity_id "
           "WHERE l.conference_id = :c")
    params: dict[str, Any] = {"c": conference_id, "limit": limit}
    if attendee_id is not None:
        # The person's own entries, and the arrival of a substitute in their place.
        sql += (" AND l.entity = 'attendee' AND (l.entity_id = :a OR (l.action = 'add' AND l.entity_id IN "
                "(SELECT s.id FROM attendees s WHERE s.replaces_id = :a)))")
        params["a"] = attendee_id
    if desk is not None:
        sql += " AND l.desk = :desk"
        params["desk"] = desk
    if since is not None:
        sql += " AND l.at >= :since"
        params["since"] = time_out(since)
    found = rows(db, sql + " ORDER BY l.id LIMIT :limit", params)
    # The deleted are named by their "delete" entry, which keeps who it was.
    gone = {r["entity_id"]: str(json.loads(r["details"]).get("full_name", "")) for r in rows(
        db, "SELECT entity_id, details FROM audit WHERE conference_id = :c AND entity = 'attendee' "
            "AND action = 'delete'", {"c": conference_id})} if any(r["person"] is None for r in found) else {}
    out = []
    for r in found:
        details = json.loads(r["details"])
        entry = AuditEntry(id=r["id"], at=time_in(r["at"]), desk=r["desk"], action=r["action"], entity=r["entity"],
                           entity_id=r["entity_id"], conference_id=r["conference_id"], details=details)
        out.append((entry, r["person"] or gone.get(r["entity_id"]) or str(details.get("full_name", ""))))
    return out
