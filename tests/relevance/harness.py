"""The relevance set: documents to index and the queries that must find their records.

Documents: the hand-written ``tests/relevance/fixtures/*.json`` and the hand-checked
``samples/*.expected.json`` (both loaded as ``Minutes``; the parser is not involved, so the
set measures search only).  A document's id is its file stem.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from pathlib import Path
from typing import Any, Iterator

import yaml

from minutesparse.archive.search import IndexDoc, SearchIndex
from minutesparse.schema import Minutes

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
QUERIES = HERE / "queries.yaml"
TOP = 5


def documents() -> list[IndexDoc]:
    docs = []
    paths = sorted((HERE / "fixtures").glob("*.json")) + sorted((ROOT / "samples").glob("*.expected.json"))
    for p in paths:
        stem = p.name.removesuffix(".expected.json").removesuffix(".json")
        m = Minutes.model_validate(json.loads(p.read_text(encoding="utf-8")))
        docs.append(IndexDoc(doc_id=stem, minutes=m, sources=[f"{stem}.pdf"]))
    return docs


def load_queries() -> list[dict[str, Any]]:
    """Queries whose documents are all present (a sample not yet written is skipped)."""
    present = {d.doc_id for d in documents()}
    out = []
    for q in yaml.safe_load(QUERIES.read_text(encoding="utf-8")):
        needed = {rid.split(":")[0] for rid in q.get("expect", [])}
        if needed <= present:
            q.setdefault("filters", {})
            q.setdefault("expect", [])
            out.append(q)
    return out


@contextlib.contextmanager
def relevance_index() -> Iterator[SearchIndex]:
    with tempfile.TemporaryDirectory(prefix="mp-relevance-") as tmp:
        index = SearchIndex(Path(tmp))
        index.rebuild(documents())
        yield index


def run_query(index: SearchIndex, q: dict[str, Any]) -> dict[str, int | None]:
    """Rank (1-based, within the top 50) of every expected record, None when missing."""
    return check_query(index, q)[0]


def check_query(index: SearchIndex, q: dict[str, Any]) -> tuple[dict[str, int | None], list[str]]:
    """(rank of every expected record, problems); no problems means the query passes."""
    res = index.search(str(q["query"]), limit=50, **q["filters"])
    ids = [h.id for h in res.hits]
    ranks = {rid: (ids.index(rid) + 1 if rid in ids else None) for rid in q["expect"]}
    problems = [f"{rid} at rank {r}" for rid, r in ranks.items() if r is None or r > TOP]
    if q.get("rank") == 1 and q["expect"] and (not ids or ids[0] != q["expect"][0]):
        problems.append(f"{q['expect'][0]} is not first (first: {ids[0] if ids else None})")
    for name, want in (q.get("facets") or {}).items():
        got = {k: res.facets.get(name, {}).get(str(k)) for k in want}
        if got != {str(k): v for k, v in want.items()}:
            problems.append(f"facet {name}: {res.facets.get(name)} (want {want})")
    return ranks, problems
