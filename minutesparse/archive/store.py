"""The SQLite record store: one normalised row per fact plus each document's full JSON.

Only the importer (the single writer, holding the archive lock) calls the ``write_*``
methods; each writes one document or one failure in ONE transaction, so a ``kill -9``
can never leave half a record.  Readers (``show``, ``stats``, ``export``, search) open
the same file concurrently: WAL mode lets them read while an import writes.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from minutesparse.archive.ids import doc_id as make_doc_id
from minutesparse.archive.ids import record_id
from minutesparse.archive.migrations import migrate

DB_NAME = "archive.sqlite"
ATTENDANCE_GROUPS = (("present", "present"), ("guests", "guest"), ("excused", "excused"), ("absent", "absent"))


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _join(values: list[str] | None) -> str | None:
    values = [v for v in values or [] if v]
    return ", ".join(values) if values else None


def _party_name(p: dict) -> str:
    return p.get("name") or p.get("raw") or ""


@dataclass(slots=True)
class Known:
    """What the store knows about a sha256."""

    id: int
    doc_id: str
    parser_version: str
    indexed: bool


class Store:
    """The archive's SQLite database (``<archive>/archive.sqlite``)."""

    def __init__(self, archive_dir: Path, *, create: bool = True):
        self.path = Path(archive_dir) / DB_NAME
        if not create and not self.path.exists():
            raise FileNotFoundError(str(self.path))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per document.
        self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA busy_timeout=30000")
        migrate(self.conn)

    def close(self) -> None:
        self.conn.close()

    # ------------------------------------------------------------------ lookups
    def known(self, sha256: str) -> Known | None:
        row = self.conn.execute(
            "SELECT id, doc_id, parser_version, indexed FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return Known(row["id"], row["doc_id"], row["parser_version"], bool(row["indexed"])) if row else None

    def failure_at(self, path: str) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM failures WHERE path = ?", (path,)).fetchone()

    def source_paths(self, document_id: int) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT path FROM sources WHERE document_id = ? ORDER BY path", (document_id,))]

    # ------------------------------------------------------------------ writes (single writer)
    def write_document(self, data: dict[str, Any], sources: list[tuple[str, int | None]]) -> tuple[str, list[str]]:
        """Insert or replace one parsed document with its source paths, in one transaction.

        Returns ``("imported"|"updated", orphaned_doc_ids)``: documents whose last source
        path now holds these bytes are removed (the file at that path changed).
        """
        sha = data["source"]["sha256"]
        did = make_doc_id(sha)
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            row = c.execute("SELECT id, imported_at FROM documents WHERE sha256 = ?", (sha,)).fetchone()
            body_id = self._body(data)
            meeting_id = self._meeting(data, body_id)
            m = data.get("meeting") or {}
            values = dict(
                doc_id=did, sha256=sha, document_type=data.get("document_type") or "other", title=data.get("title"),
                body_id=body_id, meeting_id=meeting_id, municipality=data.get("municipality"),
                meeting_date=m.get("date"), meeting_number=m.get("number"),
                pages=int(data["source"].get("pages") or 0), ocr=int(bool(data["source"].get("ocr"))),
                warnings=len(data.get("warnings") or []), parser_version=data.get("parser_version") or "",
                schema_version=data.get("schema_version") or "", indexed=0, updated_at=now(),
                json=json.dumps(data, ensure_ascii=False),
            )
            if row is None:
                values["imported_at"] = values["updated_at"]
                cols = ", ".join(values)
                c.execute(f"INSERT INTO documents ({cols}) VALUES ({', '.join('?' * len(values))})",
                          tuple(values.values()))
                document_id = c.execute("SELECT id FROM documents WHERE sha256 = ?", (sha,)).fetchone()[0]
                outcome = "imported"
            else:
                document_id = row["id"]
                sets = ", ".join(f"{k} = ?" for k in values)
                c.execute(f"UPDATE documents SET {sets} WHERE id = ?", (*values.values(), document_id))
                for table in ("attendance", "agenda_items", "resolutions", "votes", "tasks"):
                    c.execute(f"DELETE FROM {table} WHERE document_id = ?", (document_id,))
                outcome = "updated"
            self._children(document_id, did, data)
            orphans = self._attach_sources(document_id, sha, sources)
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return outcome, orphans

    def add_sources(self, sha256: str, sources: list[tuple[str, int | None]]) -> tuple[int, list[str]]:
        """Record new paths for bytes already stored.  Returns (paths added, orphaned doc_ids)."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            document_id = c.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()[0]
            before = c.execute("SELECT count(*) FROM sources WHERE document_id = ?", (document_id,)).fetchone()[0]
            orphans = self._attach_sources(document_id, sha256, sources)
            after = c.execute("SELECT count(*) FROM sources WHERE document_id = ?", (document_id,)).fetchone()[0]
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return after - before, orphans

    def write_failure(self, path: str, sha256: str | None, reason: str, message: str,
                      parser_version: str) -> list[str]:
        """Record (or refresh) the failure of one path; a path that used to hold a stored
        document no longer does.  Returns orphaned doc_ids."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            orphans = self._detach_path(path)
            c.execute(
                "INSERT INTO failures (path, sha256, reason, message, parser_version, time) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, reason = excluded.reason, "
                "message = excluded.message, parser_version = excluded.parser_version, time = excluded.time",
                (path, sha256, reason, message, parser_version, now()))
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return orphans

    def mark_indexed(self, doc_ids: list[str]) -> None:
        if not doc_ids:
            return
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        c.executemany("UPDATE documents SET indexed = 1 WHERE doc_id = ?", [(d,) for d in doc_ids])
        c.execute("COMMIT")

    def mark_all_unindexed(self) -> None:
        self.conn.execute("UPDATE documents SET indexed = 0")

    # ------------------------------------------------------------------ write helpers
    def _attach_sources(self, document_id: int, sha: str, sources: list[tuple[str, int | None]]) -> list[str]:
        orphans: list[str] = []
        t = now()
        for path, size in sources:
            old = self.conn.execute("SELECT document_id FROM sources WHERE path = ?", (path,)).fetchone()
            if old is not None and old[0] != document_id:
                orphans += self._detach_path(path)
            self.conn.execute(
                "INSERT INTO sources (document_id, path, size, first_seen, last_seen) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(path) DO UPDATE SET last_seen = excluded.last_seen, size = excluded.size",
                (document_id, path, size, t, t))
            self.conn.execute("DELETE FROM failures WHERE path = ?", (path,))
        return orphans

    def _detach_path(self, path: str) -> list[str]:
        """Remove ``path`` as a source; delete its document if that was its last path."""
        row = self.conn.execute("SELECT document_id FROM sources WHERE path = ?", (path,)).fetchone()
        if row is None:
            return []
        self.conn.execute("DELETE FROM sources WHERE path = ?", (path,))
        left = self.conn.execute("SELECT count(*) FROM sources WHERE document_id = ?", (row[0],)).fetchone()[0]
        if left:
            return []
        did = self.conn.execute("SELECT doc_id FROM documents WHERE id = ?", (row[0],)).fetchone()[0]
        self.conn.execute("DELETE FROM documents WHERE id = ?", (row[0],))
        return [did]

    def _body(self, data: dict) -> int | None:
        body = data.get("body") or {}
        name, kind, muni = body.get("name"), body.get("kind"), data.get("municipality")
        if not (name or kind):
            return None
        row = self.conn.execute(
            "SELECT id FROM bodies WHERE name IS ? AND kind IS ? AND municipality IS ?", (name, kind, muni)).fetchone()
        if row:
            return row[0]
        return self.conn.execute("INSERT INTO bodies (name, kind, municipality) VALUES (?, ?, ?)",
                                 (name, kind, muni)).lastrowid

    def _meeting(self, data: dict, body_id: int | None) -> int | None:
        m = data.get("meeting") or {}
        if not m.get("date") and m.get("number") is None:
            return None
        row = self.conn.execute(
            "SELECT id FROM meetings WHERE body_id IS ? AND date IS ? AND number IS ?",
            (body_id, m.get("date"), m.get("number"))).fetchone()
        if row:
            self.conn.execute(
                "UPDATE meetings SET start_time = coalesce(start_time, ?), end_time = coalesce(end_time, ?), "
                "place = coalesce(place, ?) WHERE id = ?", (m.get("start_time"), m.get("end_time"), m.get("place"), row[0]))
            return row[0]
        return self.conn.execute(
            "INSERT INTO meetings (body_id, number, date, start_time, end_time, place) VALUES (?, ?, ?, ?, ?, ?)",
            (body_id, m.get("number"), m.get("date"), m.get("start_time"), m.get("end_time"), m.get("place"))).lastrowid

    def _person(self, p: dict) -> int:
        name = p.get("name") or p.get("raw") or "?"
        family = p.get("family_name") or name
        self.conn.execute("INSERT OR IGNORE INTO people (name, family_name, given_name) VALUES (?, ?, ?)",
                          (name, family, p.get("given_name")))
        return self.conn.execute("SELECT id FROM people WHERE name = ? AND family_name = ?", (name, family)).fetchone()[0]

    def _children(self, document_id: int, did: str, data: dict) -> None:
        c = self.conn
        att = data.get("attendance") or {}
        n = 0
        for key, status in ATTENDANCE_GROUPS:
            for p in att.get(key) or []:
                c.execute(
                    "INSERT INTO attendance (document_id, record_id, person_id, status, titles_before, titles_after, "
                    "role, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (document_id, record_id(did, "person", n), self._person(p), status,
                     _join(p.get("titles_before")), _join(p.get("titles_after")), p.get("role"), p.get("raw")))
                n += 1
        c.executemany(
            "INSERT INTO agenda_items (document_id, record_id, position, number, title, presenters, page, raw) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(document_id, record_id(did, "agenda", i), i, a.get("number") or "", a.get("title") or "",
              _join([_party_name(p) for p in a.get("presenters") or []]), a.get("page") or 0, a.get("raw"))
             for i, a in enumerate(data.get("agenda") or [])])
        vote_ids: list[int] = []
        for i, v in enumerate(data.get("votes") or []):
            k = v.get("counts") or {}
            vid = c.execute(
                "INSERT INTO votes (document_id, record_id, position, item, resolution, part, present, yes, no, abstain, "
                "not_voting, result, result_inferred, unanimous, page, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (document_id, record_id(did, "vote", i), i, v.get("item"), v.get("resolution"), v.get("part"),
                 k.get("present"), k.get("yes"), k.get("no"), k.get("abstain"), k.get("not_voting"), v.get("result"),
                 int(bool(v.get("result_inferred"))), int(bool(v.get("unanimous"))), v.get("page") or 0, v.get("raw"))
            ).lastrowid
            vote_ids.append(vid)
            for option, people in (v.get("voters") or {}).items():
                for p in people or []:
                    c.execute("INSERT INTO vote_voters (vote_id, person_id, option) VALUES (?, ?, ?)",
                              (vid, self._person(p), option))
        for i, r in enumerate(data.get("resolutions") or []):
            vi = r.get("vote")
            rid = c.execute(
                "INSERT INTO resolutions (document_id, record_id, position, number, item, text, actions, adopted, "
                "refers_to, responsible, deadline, deadline_text, vote_id, page, page_end, raw) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (document_id, record_id(did, "resolution", i), i, r.get("number"), r.get("item"), r.get("text") or "",
                 _join(r.get("actions")), None if r.get("adopted") is None else int(r["adopted"]),
                 _join(r.get("references")), _join([_party_name(p) for p in r.get("responsible") or []]),
                 r.get("deadline"), r.get("deadline_text"),
                 vote_ids[vi] if isinstance(vi, int) and 0 <= vi < len(vote_ids) else None,
                 r.get("page") or 0, r.get("page_end"), r.get("raw"))).lastrowid
            c.executemany(
                "INSERT INTO resolution_parts (resolution_id, position, label, text, action) VALUES (?, ?, ?, ?, ?)",
                [(rid, j, p.get("label") or "", p.get("text") or "", p.get("action"))
                 for j, p in enumerate(r.get("parts") or [])])
        for i, t in enumerate(data.get("tasks") or []):
            tid = c.execute(
                "INSERT INTO tasks (document_id, record_id, position, item, resolution, text, deadline, deadline_text, "
                "page, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (document_id, record_id(did, "task", i), i, t.get("item"), t.get("resolution"), t.get("text") or "",
                 t.get("deadline"), t.get("deadline_text"), t.get("page") or 0, t.get("raw"))).lastrowid
            for p in t.get("assignees") or []:
                is_person = p.get("kind", "person") == "person"
                c.execute("INSERT INTO task_assignees (task_id, person_id, name, kind) VALUES (?, ?, ?, ?)",
                          (tid, self._person(p) if is_person else None, _party_name(p), "person" if is_person else "body"))

    # ------------------------------------------------------------------ reads
    def iter_documents(self, where: str = "1", params: tuple = ()) -> Iterator[sqlite3.Row]:
        yield from self.conn.execute(
            f"SELECT id, doc_id, sha256, json FROM documents WHERE {where} ORDER BY id", params)

    def document_row(self, doc_id: str) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()

    def counts(self) -> dict[str, int]:
        tables = ("documents", "sources", "failures", "resolutions", "votes", "tasks", "agenda_items", "attendance")
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
