"""A full disk, made portably: the database may not grow by a single page through one connection."""

from __future__ import annotations

from typing import Any

# A person who cannot fit in pages already there: a long position of distinct words fills several
# blocks of the search index; a long note needs overflow pages of its own.
BULKY_POSITION = " ".join(f"Ủy{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(95))
BULKY_NOTE = "Đại biểu ghi chú ắằẳẵặ " * 170


def leave_no_room(db: Any, *, compact: bool = True) -> None:
    """Make `db`'s connection see a full disk: no free page inside the file (VACUUM), and no page
    more (max_page_count, which holds for this connection only). A change that needs a new page
    then fails with SQLITE_FULL, as on a disk with no space left."""
    if compact:
        db.conn.execute("VACUUM")
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages}")


def integrity(path: Any) -> str:
    """SQLite's own verdict on the file, through a fresh connection."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
