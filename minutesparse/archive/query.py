"""Reading the store: records by type with filters, one record by id, stats, failures."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from typing import Any

from minutesparse.archive.ids import split_id
from minutesparse.archive.store import Store

#: export/record kinds -> the view that lists them
VIEWS = {
    "documents": "v_documents",
    "resolutions": "v_resolutions",
    "votes": "v_votes",
    "tasks": "v_tasks",
    "attendance": "v_attendance",
    "agenda": "v_agenda",
}
#: ids.py record type -> key of the list in the Minutes JSON
_LISTS = {"agenda": "agenda", "resolution": "resolutions", "vote": "votes", "task": "tasks"}
_BOOL_COLUMNS = {"ocr", "adopted", "result_inferred", "unanimous"}


class RecordNotFound(LookupError):
    pass


def fold(text: str | None) -> str | None:
    """Case- and diacritics-insensitive form, for filters typed without háčky and čárky."""
    if text is None:
        return None
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


def _register(conn: sqlite3.Connection) -> None:
    conn.create_function("fold", 1, fold, deterministic=True)


_ALIASES = {"from": "date_from", "to": "date_to", "type": "document_type"}  # the CLI's spelling


def _where(filters: dict[str, Any]) -> tuple[str, list[Any]]:
    """Filters shared by every record kind (all optional)."""
    filters = {_ALIASES.get(k, k): v for k, v in filters.items() if v is not None}
    sql: list[str] = []
    args: list[Any] = []
    if filters.get("body"):
        sql.append("instr(fold(body), ?) > 0")
        args.append(fold(filters["body"]))
    if filters.get("municipality"):
        sql.append("instr(fold(municipality), ?) > 0")
        args.append(fold(filters["municipality"]))
    if filters.get("kind"):
        sql.append("body_kind = ?")
        args.append(filters["kind"])
    if filters.get("document_type"):
        sql.append("document_type = ?")
        args.append(filters["document_type"])
    if filters.get("date_from"):
        sql.append("meeting_date >= ?")
        args.append(str(filters["date_from"]))
    if filters.get("date_to"):
        sql.append("meeting_date <= ?")
        args.append(str(filters["date_to"]))
    if filters.get("doc_id"):
        sql.append("doc_id = ?")
        args.append(filters["doc_id"])
    unknown = set(filters) - {"body", "municipality", "kind", "document_type", "date_from", "date_to", "doc_id"}
    if unknown:
        raise ValueError(f"unknown filter(s): {', '.join(sorted(unknown))}")
    return (" WHERE " + " AND ".join(sql)) if sql else "", args


def _row(row: sqlite3.Row) -> dict[str, Any]:
    out = dict(row)
    for k in _BOOL_COLUMNS & out.keys():
        if out[k] is not None:
            out[k] = bool(out[k])
    if "sources" in out:
        out["sources"] = out["sources"].split("\n") if out["sources"] else []
    return out


def records(store: Store, what: str, **filters: Any) -> list[dict[str, Any]]:
    """Flat rows (one per record) of ``what`` in documents|resolutions|votes|tasks|attendance|agenda."""
    if what not in VIEWS:
        raise ValueError(f"unknown record kind {what!r}; expected one of {', '.join(VIEWS)}")
    _register(store.conn)
    where, args = _where(filters)
    order = "meeting_date, doc_id" if what == "documents" else "meeting_date, doc_id, record_id"
    rows = store.conn.execute(f"SELECT * FROM {VIEWS[what]}{where} ORDER BY {order}", args).fetchall()
    out = [_row(r) for r in rows]
    if what != "documents":  # record ids sort as text; restore the document's order
        out.sort(key=lambda r: (r.get("meeting_date") or "", r["doc_id"], int(r["record_id"].rsplit(":", 1)[1])))
    return out


def full_documents(store: Store, **filters: Any) -> list[dict[str, Any]]:
    """Full Minutes JSON of each matching document, with ``doc_id`` and ``sources``."""
    out = []
    for row in records(store, "documents", **filters):
        drow = store.document_row(row["doc_id"])
        out.append({"doc_id": row["doc_id"], "sources": row["sources"], **json.loads(drow["json"])})
    return out


def resolve_doc(store: Store, doc: str) -> sqlite3.Row:
    row = store.document_row(doc)
    if row is None and len(doc) >= 6:
        rows = store.conn.execute("SELECT * FROM documents WHERE doc_id LIKE ? LIMIT 2", (doc + "%",)).fetchall()
        if len(rows) == 1:
            row = rows[0]
    if row is None:
        raise RecordNotFound(f"no document {doc!r} in the archive")
    return row


def get(store: Store, rid: str) -> dict[str, Any]:
    """A document id or a record id (``<doc_id>:<type>:<n>``) -> the record with its context."""
    doc, rtype, index = split_id(rid.strip())
    row = resolve_doc(store, doc)
    data = json.loads(row["json"])
    context = {
        "doc_id": row["doc_id"], "sources": store.source_paths(row["id"]),
        "document_type": data.get("document_type"), "body": (data.get("body") or {}).get("name"),
        "municipality": data.get("municipality"), "meeting_date": (data.get("meeting") or {}).get("date"),
    }
    if rtype is None:
        return {"id": row["doc_id"], "type": "document", **context, "record": data}
    if rtype == "person":
        att = data.get("attendance") or {}
        people = [(k, p) for k in ("present", "guests", "excused", "absent") for p in att.get(k) or []]
        items = [{**p, "status": k} for k, p in people]
    else:
        items = data.get(_LISTS[rtype]) or []
    assert index is not None
    if index >= len(items):
        raise RecordNotFound(f"document {row['doc_id']} has no {rtype} #{index} (it has {len(items)})")
    record = items[index]
    if rtype == "resolution" and isinstance(record.get("vote"), int) and record["vote"] < len(data.get("votes") or []):
        record = {**record, "vote_record": data["votes"][record["vote"]]}
    return {"id": f"{row['doc_id']}:{rtype}:{index}", "type": rtype, **context, "record": record}


def failures(store: Store) -> list[dict[str, Any]]:
    rows = store.conn.execute(
        "SELECT path, reason, message, sha256, parser_version, time FROM failures ORDER BY reason, path").fetchall()
    return [dict(r) for r in rows]


def _group(store: Store, sql: str) -> dict[str, int]:
    return {(k if k is not None else "unknown"): n for k, n in store.conn.execute(sql).fetchall()}


def stats(store: Store) -> dict[str, Any]:
    c = store.counts()
    return {
        "documents": c["documents"],
        "sources": c["sources"],
        "failures": c["failures"],
        "pages": store.conn.execute("SELECT coalesce(sum(pages), 0) FROM documents").fetchone()[0],
        "by_type": _group(store, "SELECT document_type, count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1"),
        "by_body": _group(store, "SELECT body, count(*) FROM v_documents GROUP BY 1 ORDER BY 2 DESC, 1"),
        "by_kind": _group(store, "SELECT body_kind, count(*) FROM v_documents GROUP BY 1 ORDER BY 2 DESC, 1"),
        "by_year": _group(store, "SELECT substr(meeting_date, 1, 4), count(*) FROM documents GROUP BY 1 ORDER BY 1"),
        "failures_by_reason": _group(store, "SELECT reason, count(*) FROM failures GROUP BY 1 ORDER BY 2 DESC, 1"),
        "records": {k: c[k] for k in ("agenda_items", "resolutions", "votes", "tasks", "attendance")},
        "unindexed": store.conn.execute("SELECT count(*) FROM documents WHERE indexed = 0").fetchone()[0],
    }
