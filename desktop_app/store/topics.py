"""Session topics (chuyên đề) of a conference, in order."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from desktop_app.domain.errors import NotFound, ValidationError
from desktop_app.domain.models import Topic
from desktop_app.domain.text import clean
from desktop_app.store import audit
from desktop_app.store.convert import time_in, time_out
from desktop_app.store.engine import (
    Database,
    execute,
    insert_returning_id,
    moved,
    one,
    renumber,
    rows,
    scalar,
    write_transaction,
)


def _topic(r: dict[str, Any]) -> Topic:
    return Topic(id=r["id"], conference_id=r["conference_id"], position=r["position"], title=r["title"],
                 presenter=r["presenter"], presenter_unit=r["presenter_unit"],
                 starts_at=time_in(r["starts_at"]), ends_at=time_in(r["ends_at"]), room=r["room"])


def _validated(topic: Topic) -> Topic:
    title = clean(topic.title)
    if not title:
        raise ValidationError("required", field="title")
    if topic.starts_at and topic.ends_at and topic.ends_at < topic.starts_at:
        raise ValidationError("end_before_start", field="ends_at")
    for name in ("title", "presenter", "presenter_unit", "room"):
        if len(clean(getattr(topic, name))) > 500:
            raise ValidationError("too_long", field=name, limit=500)
    return replace(topic, title=title, presenter=clean(topic.presenter),
                   presenter_unit=clean(topic.presenter_unit), room=clean(topic.room))


def list_topics(db: Database, conference_id: int) -> list[Topic]:
    return [_topic(r) for r in rows(
        db, "SELECT * FROM topics WHERE conference_id = :c ORDER BY position, id", {"c": conference_id})]


def get_topic(db: Database, topic_id: int) -> Topic:
    r = one(db, "SELECT * FROM topics WHERE id = :id", {"id": topic_id})
    if r is None:
        raise NotFound(entity="topic", id=topic_id)
    return _topic(r)


def add_topic(
    db: Database, conference_id: int, title: str, *, presenter: str = "", presenter_unit: str = "",
    starts_at: datetime | None = None, ends_at: datetime | None = None, room: str = "",
) -> Topic:
    t = _validated(Topic(0, conference_id, 0, title, presenter, presenter_unit, starts_at, ends_at, room))
    with write_transaction(db):
        position = (scalar(db, "SELECT max(position) FROM topics WHERE conference_id = :c",
                           {"c": conference_id}) or 0) + 1
        topic_id = insert_returning_id(
            db,
            "INSERT INTO topics (conference_id, position, title, presenter, presenter_unit, starts_at, "
            "ends_at, room) VALUES (:c, :p, :title, :presenter, :unit, :s, :e, :room)",
            {"c": conference_id, "p": position, "title": t.title, "presenter": t.presenter,
             "unit": t.presenter_unit, "s": time_out(t.starts_at), "e": time_out(t.ends_at), "room": t.room},
        )
        audit.record(db, "add", "topic", topic_id, conference_id=conference_id, title=t.title)
    return get_topic(db, topic_id)


def update_topic(db: Database, topic: Topic) -> Topic:
    get_topic(db, topic.id)
    t = _validated(topic)
    with write_transaction(db):
        execute(
            db,
            "UPDATE topics SET title = :title, presenter = :presenter, presenter_unit = :unit, "
            "starts_at = :s, ends_at = :e, room = :room WHERE id = :id",
            {"title": t.title, "presenter": t.presenter, "unit": t.presenter_unit,
             "s": time_out(t.starts_at), "e": time_out(t.ends_at), "room": t.room, "id": t.id},
        )
        audit.record(db, "update", "topic", t.id, conference_id=t.conference_id, title=t.title)
    return get_topic(db, t.id)


def move_topic(db: Database, topic_id: int, new_position: int) -> None:
    """Move a topic to `new_position` (1-based); the others close up around it."""
    item = get_topic(db, topic_id)
    ids = moved([x.id for x in list_topics(db, item.conference_id)], topic_id, new_position)
    with write_transaction(db):
        renumber(db, "topics", ids)
        audit.record(db, "move", "topic", topic_id, conference_id=item.conference_id, position=new_position)


def delete_topic(db: Database, topic_id: int) -> None:
    """Remove a topic and the attendance recorded for it."""
    topic = get_topic(db, topic_id)
    with write_transaction(db):
        execute(db, "DELETE FROM topics WHERE id = :id", {"id": topic_id})
        renumber(db, "topics", [t.id for t in list_topics(db, topic.conference_id)])
        audit.record(db, "delete", "topic", topic_id, conference_id=topic.conference_id, title=topic.title)
