"""Search over real Litovel resolutions (../shared/corpus; skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

import minutesparse
from minutesparse.archive.search import IndexDoc, SearchIndex

FILES = [
    "rm-usneseni_z_10._schuze_rady_mesta_litovel_ze_dne_30._brezna_2023.pdf",
    "rm-usneseni_z_11._schuze_rady_mesta_litovel_ze_dne_20._dubna_2023.pdf",
    "rm-usneseni_z_30._schuze_rady_mesta_litovel_ze_dne_22._unora_2024.pdf",
]


@pytest.mark.corpus
def test_dotace_resolutions_of_2023_with_snippets_pages_and_facets(corpus: Path, tmp_path: Path):
    docs = []
    for name in FILES:
        m = minutesparse.parse(corpus / "litovel" / name)
        docs.append(IndexDoc(doc_id=m.source.sha256[:16], minutes=m, sources=[str(corpus / "litovel" / name)]))
    index = SearchIndex(tmp_path)
    index.rebuild(docs)
    res = index.search("dotace", type="resolution", facets=True, limit=50, **{"from": "2023-01-01", "to": "2023-12-31"})
    assert res.total >= 2, "the 2023 council resolutions about dotace"
    assert sum(res.facets["body"].values()) == res.total
    for h in res.hits:
        assert h.meeting_date.startswith("2023") and h.type == "resolution"
        assert h.page >= 1 and "<mark>" in h.snippet and Path(h.source).name in FILES[:2]
    assert index.search("dotaci", type="resolution", **{"from": "2024-01-01"}).total >= 0
