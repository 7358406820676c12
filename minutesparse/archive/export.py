"""Exports: flat rows as JSONL/CSV/JSON, full documents as JSON, votes as Popolo VoteEvents.

Popolo / Open Civic Data VoteEvent (https://www.popoloproject.com/specs/vote-event.html):
``identifier``, ``motion_text``, ``start_date``, ``result`` (pass|fail), ``organization``,
``counts`` [{option, value}] with options yes|no|abstain|absent|"not voting", ``votes``
[{option, voter_name}] where the minutes name the voters, and ``sources``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO, Any, Iterable

from minutesparse.archive import query
from minutesparse.archive.ids import record_id
from minutesparse.archive.store import Store

FORMATS = ("jsonl", "csv", "json", "popolo")
WHATS = ("documents", "resolutions", "votes", "tasks", "attendance", "agenda")
_OPTIONS = (("yes", "yes"), ("no", "no"), ("abstain", "abstain"), ("not_voting", "not voting"))
_RESULTS = {"passed": "pass", "failed": "fail"}


def _label(label: str | None) -> str:
    return (label or "").strip().strip(").").lower()


def _motion_text(data: dict, index: int, vote: dict) -> str:
    if vote.get("part"):  # a part voted separately: its own wording
        for r in data.get("resolutions") or []:
            if r.get("vote") == index or (vote.get("resolution") and r.get("number") == vote["resolution"]):
                for part in r.get("parts") or []:
                    if _label(part.get("label")) == _label(vote["part"]) and part.get("text"):
                        return part["text"]
    for r in data.get("resolutions") or []:
        if r.get("vote") == index and r.get("text"):
            return r["text"]
    if vote.get("resolution"):
        for r in data.get("resolutions") or []:
            if r.get("number") == vote["resolution"] and r.get("text"):
                return r["text"]
    if vote.get("item"):
        for a in data.get("agenda") or []:
            if a.get("number") == vote["item"]:
                return a.get("title") or ""
    return vote.get("raw") or ""


def vote_events(docs: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Popolo VoteEvents for every vote of the given full documents (``query.full_documents``)."""
    events = []
    for data in docs:
        body = data.get("body") or {}
        meeting = data.get("meeting") or {}
        att = data.get("attendance") or {}
        for i, v in enumerate(data.get("votes") or []):
            k = v.get("counts") or {}
            counts = [{"option": opt, "value": k[key]} for key, opt in _OPTIONS if k.get(key) is not None]
            total, present = att.get("total_members"), k.get("present")
            if total is not None and present is not None and total >= present:
                counts.append({"option": "absent", "value": total - present})
            voters = v.get("voters") or {}
            ballots = [{"option": opt, "voter_name": p.get("name") or p.get("raw")}
                       for key, opt in _OPTIONS for p in voters.get(key) or []]
            events.append({
                "identifier": record_id(data["doc_id"], "vote", i),
                "motion_text": _motion_text(data, i, v),
                "start_date": meeting.get("date"),
                "result": _RESULTS.get(v.get("result") or ""),
                "organization": {"name": body.get("name"), "classification": body.get("kind"),
                                 "area": data.get("municipality")},
                "legislative_session": {"identifier": meeting.get("number"), "start_date": meeting.get("date")},
                "counts": counts,
                "votes": ballots,
                "sources": [{"url": Path(p).as_uri() if Path(p).is_absolute() else p,
                             "note": f"page {v.get('page')}, sha256 {data['source']['sha256']}"}
                            for p in data.get("sources") or []],
                "extras": {"item": v.get("item"), "resolution": v.get("resolution"), "part": v.get("part"),
                           "result_inferred": v.get("result_inferred", False), "page": v.get("page"),
                           "raw": v.get("raw")},
            })
    return events


def rows_for(store: Store, what: str, fmt: str, **filters: Any) -> list[dict[str, Any]]:
    """What ``export`` writes, as a list of objects."""
    if what not in WHATS:
        raise ValueError(f"unknown --what {what!r}; expected one of {', '.join(WHATS)}")
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "popolo":
        if what != "votes":
            raise ValueError("the popolo format is for votes only: use --what votes --format popolo")
        return vote_events(query.full_documents(store, **filters))
    if what == "documents" and fmt != "csv":
        return query.full_documents(store, **filters)
    return query.records(store, what, **filters)


def write(rows: list[dict[str, Any]], fmt: str, out: IO[str]) -> None:
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        fields: list[str] = []
        for r in rows:
            fields += [k for k in r if k not in fields]
        w = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v)
                        for k, v in r.items()})
    else:  # json, popolo
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
