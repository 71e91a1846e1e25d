"""A whole database copied between a file and a server, in either direction (`hoinghi copy`):
prepare the list on a file before the day, put it on the server in the morning, take the
server's data home as a file afterwards. A server's backups are such copies, into files."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.domain.errors import Conflict
from desktop_app.store.engine import (
    Database,
    execute,
    execute_many,
    on_server,
    optimize_search_indexes,
    rows,
    scalar,
    write_transaction,
)

# Parents before children, so every reference finds its row.
TABLES = ("units", "unit_aliases", "conferences", "sections", "topics", "invited_units", "attendees", "check_ins",
          "audit", "settings")
_CHUNK = 5_000
# References to rows of the same table, which may come later in id order: copied as NULL, then set.
_SELF_REFERENCES = {"units": ("parent_id", "successor_id"), "attendees": ("replaces_id",)}


def _columns(db: Database, table: str) -> list[str]:
    if on_server(db):
        return [r["column_name"] for r in rows(
            db, "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = :t ORDER BY ordinal_position", {"t": table})]
    return [r["name"] for r in rows(db, f"PRAGMA table_info({table})")]


def is_empty(db: Database) -> bool:
    """Nothing of anyone's yet: no conference (the shipped unit catalogs do not count)."""
    return not scalar(db, "SELECT count(*) FROM conferences")


def copy_database(source: Database, target: Database, *, replace: bool = False,
                  progress: Callable[[str, int], None] = lambda _table, _rows: None) -> dict[str, int]:
    """Make `target` (migrated to this program's schema, as open_database leaves it) hold exactly
    what `source` holds, ids included, in one transaction: all or nothing. A target that already
    holds conferences is refused unless `replace`. Returns the rows copied per table."""
    if not is_empty(target) and not replace:
        raise Conflict("copy_target_not_empty", path=target.path)
    counts: dict[str, int] = {}
    with write_transaction(target):
        for table in reversed(TABLES):
            execute(target, f"DELETE FROM {table}")
        for table in TABLES:
            counts[table] = _copy_table(source, target, table, progress)
        if on_server(target):   # identity columns go on after the largest id copied
            for table in TABLES:
                if table != "settings":
                    scalar(target, f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                   f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)")
    optimize_search_indexes(target)
    return counts


def _copy_table(source: Database, target: Database, table: str, progress: Callable[[str, int], None]) -> int:
    wanted = set(_columns(target, table))
    columns = [c for c in _columns(source, table) if c in wanted]
    names = ", ".join(columns)
    later = [c for c in _SELF_REFERENCES.get(table, ()) if c in columns]
    values = ", ".join("NULL" if c in later else ":" + c for c in columns)
    insert = f"INSERT INTO {table} ({names}) VALUES ({values})"
    key = "key" if table == "settings" else "id"
    done, last = 0, None
    while True:
        where = "" if last is None else f" WHERE {key} > :last"
        batch = rows(source, f"SELECT {names} FROM {table}{where} ORDER BY {key} LIMIT {_CHUNK}",
                     {"last": last} if last is not None else None)
        if not batch:
            break
        execute_many(target, insert, batch)
        done += len(batch)
        last = batch[-1][key]
        progress(table, done)
    for column in later:
        pairs = rows(source, f"SELECT id, {column} AS ref FROM {table} WHERE {column} IS NOT NULL")
        execute_many(target, f"UPDATE {table} SET {column} = :ref WHERE id = :id", pairs)
    return done
