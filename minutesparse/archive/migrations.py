"""Versioned SQLite schema of the archive store.

``PRAGMA user_version`` holds the number of migrations applied; ``MIGRATIONS`` is the
ordered list of scripts.  Never edit a released script: append a new one.  Each script
runs in its own transaction together with the ``user_version`` bump, so a crash leaves
the database at the previous version, never half-migrated.

The tables are meant to be read by analysts with plain ``sqlite3`` or Datasette:
readable names, foreign keys, one row per fact, and ``v_*`` views that join in the
body, meeting date and source path.
"""

from __future__ import annotations

import sqlite3

_V1 = """
CREATE TABLE bodies (
    id            INTEGER PRIMARY KEY,
    name          TEXT,
    kind          TEXT,
    municipality  TEXT
);
CREATE INDEX bodies_name ON bodies(name);

CREATE TABLE meetings (
    id          INTEGER PRIMARY KEY,
    body_id     INTEGER REFERENCES bodies(id),
    number      INTEGER,
    date        TEXT,            -- YYYY-MM-DD
    start_time  TEXT,
    end_time    TEXT,
    place       TEXT
);
CREATE INDEX meetings_body_date ON meetings(body_id, date);

CREATE TABLE documents (
    id              INTEGER PRIMARY KEY,
    doc_id          TEXT NOT NULL UNIQUE,        -- first 16 hex digits of sha256 (archive/ids.py)
    sha256          TEXT NOT NULL UNIQUE,
    document_type   TEXT NOT NULL,
    title           TEXT,
    body_id         INTEGER REFERENCES bodies(id),
    meeting_id      INTEGER REFERENCES meetings(id),
    municipality    TEXT,
    meeting_date    TEXT,
    meeting_number  INTEGER,
    pages           INTEGER NOT NULL,
    ocr             INTEGER NOT NULL DEFAULT 0,
    warnings        INTEGER NOT NULL DEFAULT 0,  -- number of parser warnings
    parser_version  TEXT NOT NULL,
    schema_version  TEXT NOT NULL,
    indexed         INTEGER NOT NULL DEFAULT 0,  -- 1 once the search index holds this version
    imported_at     TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    json            TEXT NOT NULL                -- the full Minutes record
);
CREATE INDEX documents_body ON documents(body_id);
CREATE INDEX documents_date ON documents(meeting_date);
CREATE INDEX documents_unindexed ON documents(indexed) WHERE indexed = 0;

CREATE TABLE sources (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    path         TEXT NOT NULL UNIQUE,
    size         INTEGER,
    first_seen   TEXT NOT NULL,
    last_seen    TEXT NOT NULL
);
CREATE INDEX sources_document ON sources(document_id);

CREATE TABLE people (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,          -- display form, nominative, no titles
    family_name    TEXT NOT NULL,
    given_name     TEXT,
    UNIQUE (name, family_name)
);

CREATE TABLE attendance (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    record_id      TEXT NOT NULL UNIQUE,   -- <doc_id>:person:<n>
    person_id      INTEGER NOT NULL REFERENCES people(id),
    status         TEXT NOT NULL CHECK (status IN ('present', 'guest', 'excused', 'absent')),
    titles_before  TEXT,
    titles_after   TEXT,
    role           TEXT,
    raw            TEXT
);
CREATE INDEX attendance_document ON attendance(document_id);
CREATE INDEX attendance_person ON attendance(person_id);

CREATE TABLE agenda_items (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    record_id    TEXT NOT NULL UNIQUE,
    position     INTEGER NOT NULL,
    number       TEXT NOT NULL,
    title        TEXT NOT NULL,
    presenters   TEXT,                     -- names joined by ', '
    page         INTEGER NOT NULL,
    raw          TEXT
);
CREATE INDEX agenda_document ON agenda_items(document_id);

CREATE TABLE votes (
    id               INTEGER PRIMARY KEY,
    document_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    record_id        TEXT NOT NULL UNIQUE,
    position         INTEGER NOT NULL,
    item             TEXT,
    resolution       TEXT,
    part             TEXT,
    present          INTEGER,
    yes              INTEGER,
    no               INTEGER,
    abstain          INTEGER,
    not_voting       INTEGER,
    result           TEXT CHECK (result IN ('passed', 'failed') OR result IS NULL),
    result_inferred  INTEGER NOT NULL DEFAULT 0,
    unanimous        INTEGER NOT NULL DEFAULT 0,
    page             INTEGER NOT NULL,
    raw              TEXT
);
CREATE INDEX votes_document ON votes(document_id);

CREATE TABLE vote_voters (
    id         INTEGER PRIMARY KEY,
    vote_id    INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id),
    option     TEXT NOT NULL CHECK (option IN ('yes', 'no', 'abstain', 'not_voting'))
);
CREATE INDEX vote_voters_vote ON vote_voters(vote_id);

CREATE TABLE resolutions (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    record_id      TEXT NOT NULL UNIQUE,
    position       INTEGER NOT NULL,
    number         TEXT,
    item           TEXT,
    text           TEXT NOT NULL,
    actions        TEXT,                   -- verbs joined by ', '
    adopted        INTEGER,                -- 1, 0 or NULL (unknown)
    refers_to      TEXT,                   -- referenced resolution numbers joined by ', '
    responsible    TEXT,                   -- parties joined by ', '
    deadline       TEXT,
    deadline_text  TEXT,
    vote_id        INTEGER REFERENCES votes(id) ON DELETE SET NULL,
    page           INTEGER NOT NULL,
    page_end       INTEGER,
    raw            TEXT
);
CREATE INDEX resolutions_document ON resolutions(document_id);
CREATE INDEX resolutions_number ON resolutions(number);

CREATE TABLE resolution_parts (
    id             INTEGER PRIMARY KEY,
    resolution_id  INTEGER NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    label          TEXT NOT NULL,
    text           TEXT NOT NULL,
    action         TEXT
);
CREATE INDEX resolution_parts_resolution ON resolution_parts(resolution_id);

CREATE TABLE tasks (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    record_id      TEXT NOT NULL UNIQUE,
    position       INTEGER NOT NULL,
    item           TEXT,
    resolution     TEXT,
    text           TEXT NOT NULL,
    deadline       TEXT,
    deadline_text  TEXT,
    page           INTEGER NOT NULL,
    raw            TEXT
);
CREATE INDEX tasks_document ON tasks(document_id);

CREATE TABLE task_assignees (
    id         INTEGER PRIMARY KEY,
    task_id    INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    person_id  INTEGER REFERENCES people(id),  -- NULL when the assignee is an office or body
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('person', 'body'))
);
CREATE INDEX task_assignees_task ON task_assignees(task_id);

CREATE TABLE failures (
    id              INTEGER PRIMARY KEY,
    path            TEXT NOT NULL UNIQUE,
    sha256          TEXT,
    reason          TEXT NOT NULL,         -- encrypted, corrupt, truncated, empty, not_pdf, scanned_no_text, timeout, crash, internal_error
    message         TEXT NOT NULL,
    parser_version  TEXT NOT NULL,
    time            TEXT NOT NULL
);
CREATE INDEX failures_reason ON failures(reason);

CREATE VIEW v_documents AS
SELECT d.doc_id, d.document_type, d.title, b.name AS body, b.kind AS body_kind,
       COALESCE(d.municipality, b.municipality) AS municipality,
       d.meeting_number, d.meeting_date, d.pages, d.ocr, d.warnings, d.parser_version, d.sha256,
       (SELECT group_concat(s.path, char(10)) FROM sources s WHERE s.document_id = d.id) AS sources,
       d.imported_at, d.updated_at
FROM documents d LEFT JOIN bodies b ON b.id = d.body_id;

CREATE VIEW v_resolutions AS
SELECT r.record_id, d.doc_id, d.document_type, b.name AS body, b.kind AS body_kind, d.municipality,
       d.meeting_date, d.meeting_number, r.number, r.item, r.actions, r.adopted, r.text,
       r.refers_to, r.responsible, r.deadline, r.deadline_text,
       v.yes, v.no, v.abstain, v.result, r.page,
       (SELECT min(s.path) FROM sources s WHERE s.document_id = d.id) AS source
FROM resolutions r
JOIN documents d ON d.id = r.document_id
LEFT JOIN bodies b ON b.id = d.body_id
LEFT JOIN votes v ON v.id = r.vote_id;

CREATE VIEW v_votes AS
SELECT v.record_id, d.doc_id, d.document_type, b.name AS body, b.kind AS body_kind, d.municipality,
       d.meeting_date, d.meeting_number, v.item, v.resolution, v.part,
       v.present, v.yes, v.no, v.abstain, v.not_voting, v.result, v.result_inferred, v.unanimous,
       v.page, v.raw,
       (SELECT min(s.path) FROM sources s WHERE s.document_id = d.id) AS source
FROM votes v
JOIN documents d ON d.id = v.document_id
LEFT JOIN bodies b ON b.id = d.body_id;

CREATE VIEW v_tasks AS
SELECT t.record_id, d.doc_id, d.document_type, b.name AS body, b.kind AS body_kind, d.municipality,
       d.meeting_date, d.meeting_number, t.item, t.resolution,
       (SELECT group_concat(a.name, ', ') FROM task_assignees a WHERE a.task_id = t.id) AS assignees,
       t.text, t.deadline, t.deadline_text, t.page,
       (SELECT min(s.path) FROM sources s WHERE s.document_id = d.id) AS source
FROM tasks t
JOIN documents d ON d.id = t.document_id
LEFT JOIN bodies b ON b.id = d.body_id;

CREATE VIEW v_agenda AS
SELECT g.record_id, d.doc_id, d.document_type, b.name AS body, b.kind AS body_kind, d.municipality,
       d.meeting_date, d.meeting_number, g.number, g.title, g.presenters, g.page,
       (SELECT min(s.path) FROM sources s WHERE s.document_id = d.id) AS source
FROM agenda_items g
JOIN documents d ON d.id = g.document_id
LEFT JOIN bodies b ON b.id = d.body_id;

CREATE VIEW v_attendance AS
SELECT a.record_id, d.doc_id, d.document_type, b.name AS body, b.kind AS body_kind, d.municipality,
       d.meeting_date, d.meeting_number, p.name, p.family_name, p.given_name,
       a.titles_before, a.titles_after, a.role, a.status,
       (SELECT min(s.path) FROM sources s WHERE s.document_id = d.id) AS source
FROM attendance a
JOIN documents d ON d.id = a.document_id
JOIN people p ON p.id = a.person_id
LEFT JOIN bodies b ON b.id = d.body_id;
"""

MIGRATIONS: tuple[str, ...] = (_V1,)
SCHEMA_VERSION = len(MIGRATIONS)


class NewerArchive(RuntimeError):
    """The archive was written by a newer minutesparse."""


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to ``SCHEMA_VERSION``; returns the number of scripts applied."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise NewerArchive(
            f"the archive has schema version {current} but this minutesparse knows only {SCHEMA_VERSION}; "
            "upgrade minutesparse")
    applied = 0
    for version in range(current + 1, SCHEMA_VERSION + 1):
        script = MIGRATIONS[version - 1]
        # executescript() commits first; wrap script + version bump in one explicit transaction.
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.rollback()
            raise
        applied += 1
    return applied
