"""Numbered schema migrations. Never edit a released migration: add the next one.

The schema version of a database is the number of migrations of this set applied to it, and is
mirrored in PRAGMA user_version for other tools to read."""

from __future__ import annotations

import sqlite3

from sqlite_utils.migrations import Migrations

from desktop_app.store.engine import Database, optimize_search_indexes

MIGRATION_SET = "hoinghi"
APPLICATION_ID = 0x484E4748  # "HNGH": marks the file as ours for `file(1)` and for our own checks

_STATUSES = "'invited', 'registered', 'walk_in', 'substitute'"
_METHODS = "'search', 'scan', 'walk_in', 'bulk', 'manual'"
_KINDS = ("'central', 'leadership', 'department', 'branch', 'party', 'district', 'commune', "
          "'press', 'enterprise', 'other'")

_INITIAL = f"""
CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ({_KINDS})),
    official_order INTEGER NOT NULL DEFAULT 0,
    code TEXT,
    group_name TEXT,
    parent_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
    valid_from TEXT,
    valid_to TEXT,
    successor_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
    catalog TEXT,
    note TEXT
);
CREATE UNIQUE INDEX units_catalog_name ON units(catalog, name_folded);
CREATE TABLE unit_aliases (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    match_key TEXT NOT NULL,
    UNIQUE (unit_id, match_key)
);
CREATE INDEX unit_aliases_match_key ON unit_aliases(match_key);

CREATE TABLE conferences (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT,
    venue TEXT NOT NULL DEFAULT '',
    organizer TEXT NOT NULL DEFAULT '',
    parent_agency TEXT NOT NULL DEFAULT '',
    chair TEXT NOT NULL DEFAULT '',
    place_name TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    numbering TEXT NOT NULL DEFAULT 'continuous' CHECK (numbering IN ('continuous', 'per_section')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    kinds TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sections_conference ON sections(conference_id, position);

CREATE TABLE topics (
    id INTEGER PRIMARY KEY,
    conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    presenter TEXT NOT NULL DEFAULT '',
    presenter_unit TEXT NOT NULL DEFAULT '',
    starts_at TEXT,
    ends_at TEXT,
    room TEXT NOT NULL DEFAULT ''
);
CREATE INDEX topics_conference ON topics(conference_id, position);

CREATE TABLE attendees (
    id INTEGER PRIMARY KEY,
    conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    full_name TEXT NOT NULL,
    salutation TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
    unit_name TEXT NOT NULL DEFAULT '',
    section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    protocol_rank INTEGER NOT NULL DEFAULT 100,
    code TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'invited' CHECK (status IN ({_STATUSES})),
    replaces_id INTEGER REFERENCES attendees(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    name_folded TEXT NOT NULL,
    position_folded TEXT NOT NULL,
    unit_folded TEXT NOT NULL,
    code_folded TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    search_rowid INTEGER NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (conference_id, code)
);
CREATE INDEX attendees_name_order ON attendees(conference_id, sort_key, id, search_rowid);
CREATE INDEX attendees_section ON attendees(section_id);
CREATE INDEX attendees_unit ON attendees(unit_id);
CREATE INDEX attendees_replaces ON attendees(replaces_id);
CREATE INDEX attendees_identity ON attendees(conference_id, name_folded, unit_folded);

CREATE TABLE check_ins (
    id INTEGER PRIMARY KEY,
    attendee_id INTEGER NOT NULL REFERENCES attendees(id) ON DELETE CASCADE,
    conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    topic_id INTEGER REFERENCES topics(id) ON DELETE CASCADE,
    checked_in_at TEXT NOT NULL,
    desk TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL CHECK (method IN ({_METHODS})),
    undone_at TEXT,
    undone_desk TEXT
);
-- One live check-in per person and scope (the conference itself is scope 0): a second desk that
-- races to check the same person in fails here instead of writing a duplicate.
CREATE UNIQUE INDEX check_ins_live ON check_ins(attendee_id, coalesce(topic_id, 0))
    WHERE undone_at IS NULL;
CREATE INDEX check_ins_conference ON check_ins(conference_id, coalesce(topic_id, 0), undone_at);
CREATE INDEX check_ins_desk ON check_ins(conference_id, desk, id);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    desk TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    conference_id INTEGER,
    details TEXT NOT NULL DEFAULT '{{}}'
);
CREATE INDEX audit_conference ON audit(conference_id, id);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


# The full-text index of schema version 1 (replaced in 0002; kept verbatim, as released).
_FTS_V1 = """
CREATE VIRTUAL TABLE attendees_fts USING fts5(
    name_folded, position_folded, unit_folded, code_folded,
    tokenize='unicode61 remove_diacritics 0', prefix='1 2 3'
);
CREATE TRIGGER attendees_fts_ai AFTER INSERT ON attendees BEGIN
    INSERT INTO attendees_fts(rowid, name_folded, position_folded, unit_folded, code_folded)
    VALUES (new.search_rowid, new.name_folded, new.position_folded, new.unit_folded, new.code_folded);
END;
CREATE TRIGGER attendees_fts_ad AFTER DELETE ON attendees BEGIN
    DELETE FROM attendees_fts WHERE rowid = old.search_rowid;
END;
CREATE TRIGGER attendees_fts_au
AFTER UPDATE OF name_folded, position_folded, unit_folded, code_folded, search_rowid ON attendees BEGIN
    DELETE FROM attendees_fts WHERE rowid = old.search_rowid;
    INSERT INTO attendees_fts(rowid, name_folded, position_folded, unit_folded, code_folded)
    VALUES (new.search_rowid, new.name_folded, new.position_folded, new.unit_folded, new.code_folded);
END;
"""


def _m0001_initial(db: Database) -> None:
    _run_script(db, _INITIAL + _FTS_V1)


# Schema version 2: the search indexes of engine.SEARCH_INDEXES (why: see there). A names-only
# index for the first tier, detail=column, external content, prefix indexes up to six letters.
# At 100,000 attendees the desk's p95 went from about 4 ms to under 2 ms (docs/benchmarks.md).
_FTS_V2 = """
DROP TRIGGER attendees_fts_ai;
DROP TRIGGER attendees_fts_ad;
DROP TRIGGER attendees_fts_au;
DROP TABLE attendees_fts;
CREATE VIRTUAL TABLE attendees_fts USING fts5(
    name_folded, position_folded, unit_folded, code_folded,
    content='attendees', content_rowid='search_rowid',
    tokenize='unicode61 remove_diacritics 0', prefix='1 2 3 4 5 6', detail=column
);
CREATE VIRTUAL TABLE attendee_names_fts USING fts5(
    name_folded,
    content='attendees', content_rowid='search_rowid',
    tokenize='unicode61 remove_diacritics 0', prefix='1 2 3 4 5 6', detail=column
);
CREATE TRIGGER attendees_search_ai AFTER INSERT ON attendees BEGIN
    INSERT INTO attendees_fts(rowid, name_folded, position_folded, unit_folded, code_folded)
    VALUES (new.search_rowid, new.name_folded, new.position_folded, new.unit_folded, new.code_folded);
    INSERT INTO attendee_names_fts(rowid, name_folded) VALUES (new.search_rowid, new.name_folded);
END;
CREATE TRIGGER attendees_search_ad AFTER DELETE ON attendees BEGIN
    INSERT INTO attendees_fts(attendees_fts, rowid, name_folded, position_folded, unit_folded, code_folded)
    VALUES ('delete', old.search_rowid, old.name_folded, old.position_folded, old.unit_folded, old.code_folded);
    INSERT INTO attendee_names_fts(attendee_names_fts, rowid, name_folded)
    VALUES ('delete', old.search_rowid, old.name_folded);
END;
CREATE TRIGGER attendees_search_au
AFTER UPDATE OF name_folded, position_folded, unit_folded, code_folded, search_rowid ON attendees BEGIN
    INSERT INTO attendees_fts(attendees_fts, rowid, name_folded, position_folded, unit_folded, code_folded)
    VALUES ('delete', old.search_rowid, old.name_folded, old.position_folded, old.unit_folded, old.code_folded);
    INSERT INTO attendee_names_fts(attendee_names_fts, rowid, name_folded)
    VALUES ('delete', old.search_rowid, old.name_folded);
    INSERT INTO attendees_fts(rowid, name_folded, position_folded, unit_folded, code_folded)
    VALUES (new.search_rowid, new.name_folded, new.position_folded, new.unit_folded, new.code_folded);
    INSERT INTO attendee_names_fts(rowid, name_folded) VALUES (new.search_rowid, new.name_folded);
END;
INSERT INTO attendees_fts(attendees_fts) VALUES ('rebuild');
INSERT INTO attendee_names_fts(attendee_names_fts) VALUES ('rebuild');
"""


def _m0002_search_by_column(db: Database) -> None:
    _run_script(db, _FTS_V2)
    optimize_search_indexes(db)


# Schema version 3: counts by section and unit without reading attendee rows (store/tallies.py).
# The grouped attendee list and the statistics of a conference of 1,000,000 people took 16 s and
# 22 s asking the seat rule of every row; from this index the people of each group are counted
# in index order, without a sort (docs/benchmarks.md, "A province's years in one file"). The
# check-ins' conference index gains the attendee, so counting who is present per group reads no
# check-in row (it replaces check_ins_conference, of which it is an extension).
GROUPS_V3 = """
CREATE INDEX attendees_groups ON attendees(conference_id, section_id, unit_id, unit_folded, unit_name, status);
DROP INDEX check_ins_conference;
CREATE INDEX check_ins_scope ON check_ins(conference_id, coalesce(topic_id, 0), undone_at, attendee_id);
"""


def _m0003_group_counts(db: Database) -> None:
    _run_script(db, GROUPS_V3)


# Schema version 4: what an invitation (giấy mời) needs, a badge's role line, and a check-in's own id.
# - conferences: the invitation's number and symbol ("123/GM-STTTT"), its subject and body, who signs
#   it (title, e.g. "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", and name) and its "Nơi nhận" lines;
# - invited_units: units invited without names ("mời đại diện lãnh đạo"), with a number of seats;
# - attendees.badge_role: the badge's role line (ĐẠI BIỂU, KHÁCH MỜI, …); empty means "from the section";
# - check_ins.client_id: the id a desk gives a check-in when it makes it, so that one sent again after
#   the network dropped is recorded once (NULL for check-ins made before, or directly on the file).
INVITATIONS_V4 = """
ALTER TABLE conferences ADD COLUMN doc_number TEXT NOT NULL DEFAULT '';
ALTER TABLE conferences ADD COLUMN invitation_subject TEXT NOT NULL DEFAULT '';
ALTER TABLE conferences ADD COLUMN invitation_body TEXT NOT NULL DEFAULT '';
ALTER TABLE conferences ADD COLUMN signer_title TEXT NOT NULL DEFAULT '';
ALTER TABLE conferences ADD COLUMN signer_name TEXT NOT NULL DEFAULT '';
ALTER TABLE conferences ADD COLUMN recipients TEXT NOT NULL DEFAULT '';
CREATE TABLE invited_units (
    id INTEGER PRIMARY KEY,
    conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL,
    unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
    unit_name TEXT NOT NULL,
    seats INTEGER NOT NULL DEFAULT 1 CHECK (seats >= 1),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (conference_id, unit_name)
);
ALTER TABLE attendees ADD COLUMN badge_role TEXT NOT NULL DEFAULT '';
ALTER TABLE check_ins ADD COLUMN client_id TEXT;
CREATE UNIQUE INDEX check_ins_client_id ON check_ins(client_id) WHERE client_id IS NOT NULL;
"""


def _m0004_invitations(db: Database) -> None:
    _run_script(db, INVITATIONS_V4)


# Schema version 5: a check-in sent from a desk that was cut off, for someone already checked in
# at another desk meanwhile, is kept as a double: a row undone on arrival (the live index allows
# one live check-in per person) whose double_of names the check-in it doubles, for someone to look at.
DOUBLES_V5 = """
ALTER TABLE check_ins ADD COLUMN double_of INTEGER REFERENCES check_ins(id) ON DELETE SET NULL;
CREATE INDEX check_ins_doubles ON check_ins(conference_id, double_of) WHERE double_of IS NOT NULL;
"""


def _m0005_doubles(db: Database) -> None:
    _run_script(db, DOUBLES_V5)


def _m0006_server_search(db: Database) -> None:
    """Schema version 6 changes only a server's search index (pg_schema.py: attendee_prefixes);
    the file's FTS5 prefix indexes already do what it does. A no-op here, so that version 6 means
    the same on both engines."""


def _m0007_server_search_plan(db: Database) -> None:
    """Schema version 7 adds a server's GIN index of each attendee's search keys (pg_schema.py),
    for words that are rare together; FTS5 intersects its prefix indexes already. A no-op here,
    as 0006 is."""


def _m0008_server_search_function(db: Database) -> None:
    """Schema version 8 adds a server's search functions (pg_schema.py: the desk's two tiers in
    one call, their plans kept); the file searches in-process. A no-op here, as 0006 is."""


# (name, function): the order is the schema version. Append; never reorder or rename.
_STEPS = (("0001_initial", _m0001_initial), ("0002_search_by_column", _m0002_search_by_column),
          ("0003_group_counts", _m0003_group_counts), ("0004_invitations", _m0004_invitations),
          ("0005_doubles", _m0005_doubles), ("0006_server_search", _m0006_server_search),
          ("0007_server_search_plan", _m0007_server_search_plan),
          ("0008_server_search_function", _m0008_server_search_function))

SCHEMA_VERSION = len(_STEPS)
KNOWN_MIGRATIONS = tuple(name for name, _ in _STEPS)


def _register() -> Migrations:
    registry = Migrations(MIGRATION_SET)
    for version, (name, step) in enumerate(_STEPS, start=1):

        def apply(db: Database, step=step, version=version) -> None:
            step(db)
            db.conn.execute(f"PRAGMA user_version = {int(version)}")
            db.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")

        registry(name=name)(apply)
    return registry


migrations = _register()


def _run_script(db: Database, script: str) -> None:
    """Run statements one by one: executescript() would COMMIT the migration's transaction."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.conn.execute(statement)
            statement = ""
    if statement.strip() and not statement.strip().startswith("--"):
        db.conn.execute(statement)
