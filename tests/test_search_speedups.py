"""The whoosh speed-ups and the worker-side preparation change nothing but speed: the same
queries give the same hits, scores and totals with and without them."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh import fields
from whoosh import index as windex
from whoosh import query as Q
from whoosh.codec.whoosh3 import W3Codec

from minutesparse.archive.search import IndexDoc, SearchIndex, prepare, whoosh_speedups
from minutesparse.archive.search.models import PreparedDoc
from minutesparse.schema import AgendaItem, Body, Meeting, Minutes, Person, Resolution, Source, Vote, VoteCounts

WORDS = [f"w{i}" for i in range(40)]


def _random_index(path: Path, n: int, seed: int, limitmb: int = 128) -> None:
    """Postings of skewed frequency over several segments (some with deletions); a small
    ``limitmb`` makes the writer spill its postings to sorted runs on disk."""
    rng = random.Random(seed)
    path.mkdir()
    ix = windex.create_in(str(path), fields.Schema(id=fields.ID(stored=True), t=fields.TEXT(phrase=True)))
    done = 0
    for batch in (n // 2, n // 4, n - n // 2 - n // 4):
        w = ix.writer(codec=W3Codec(compression=rng.choice([0, 3])), limitmb=limitmb)
        for i in range(done, done + batch):
            k = rng.randint(1, 30)
            w.add_document(id=str(i), t=" ".join(rng.choice(WORDS[: rng.randint(2, 40)]) for _ in range(k)))
        if done:
            w.delete_by_term("id", str(rng.randrange(done)))
        w.commit(merge=False)
        done += batch


def _run_all(path: Path, queries: list[Q.Query]) -> list:
    ix = windex.open_dir(str(path))
    out = []
    with ix.searcher() as s:
        for q in queries:
            res = s.search(q, limit=None)
            out.append([(hit.docnum, round(hit.score, 6)) for hit in res])
            m = q.matcher(s)  # skip_to over the raw matcher, to targets in and between blocks
            ids = []
            target = 0
            while m.is_active():
                m.skip_to(target)
                if not m.is_active():
                    break
                ids.append(m.id())
                target = m.id() + 1 + (m.id() % 7) * 37
                m.next() if m.is_active() and m.id() < target and target % 2 else None
            out.append(ids)
    return out


def _block_stats(path: Path) -> dict:
    """Per term, each posting block's statistics (what the writer computed from field lengths)."""
    out = {}
    with windex.open_dir(str(path)).searcher() as s:
        for sub, _ in s.leaf_searchers():
            r = sub.reader()
            for term in r.lexicon("t"):
                m = r.postings("t", term)
                while hasattr(m, "child"):  # the segment's deletions filter
                    m = m.child
                blocks = []
                while m.is_active():
                    blocks.append((m.block_max_id(), m.block_min_length(), m.block_max_length(), m.block_max_weight()))
                    m.skip_to(m.block_max_id() + 1)
                out[(r.segment().segment_id() if hasattr(r, "segment") else 0, term)] = blocks
    return sorted(out.values())


def test_speedups_give_the_same_results_as_whoosh(tmp_path: Path) -> None:
    rng = random.Random(5)
    queries: list[Q.Query] = []
    for _ in range(40):
        ws = rng.sample(WORDS, rng.randint(1, 4))
        kind = rng.choice(["and", "or", "phrase", "term"])
        if kind == "term":
            queries.append(Q.Term("t", ws[0]))
        elif kind == "and":
            queries.append(Q.And([Q.Term("t", w) for w in ws]))
        elif kind == "or":
            queries.append(Q.Or([Q.Term("t", w) for w in ws]))
        else:
            queries.append(Q.Phrase("t", ws[:2] if len(ws) > 1 else ws * 2))
    try:
        whoosh_speedups.revert()
        _random_index(tmp_path / "a", 3000, 1)
        want = _run_all(tmp_path / "a", queries)
        assert whoosh_speedups.apply()
        _random_index(tmp_path / "b", 3000, 1)  # written with the patched flush
        assert _run_all(tmp_path / "a", queries) == want
        assert _run_all(tmp_path / "b", queries) == want
        assert _block_stats(tmp_path / "b") == _block_stats(tmp_path / "a")
        _random_index(tmp_path / "c", 3000, 1, limitmb=1)  # spilled to marshal runs
        assert _run_all(tmp_path / "c", queries) == want
        assert _block_stats(tmp_path / "c") == _block_stats(tmp_path / "a")
    finally:
        whoosh_speedups.apply()
    assert any(len(x) > 300 for x in want)  # long posting lists: several blocks were skipped


def _doc(i: int) -> IndexDoc:
    m = Minutes(
        document_type="minutes", title=f"Zápis z {i}. jednání rady města", body=Body(name="Rada města Lipová", kind="council"),
        municipality="Lipová", meeting=Meeting(number=i, date=f"2024-0{1 + i % 9}-1{i % 10}"),
        agenda=[AgendaItem(number="1", title="Prodej pozemku a rozpočtové opatření", presenters=[], page=1)],
        votes=[Vote(counts=VoteCounts(present=7, yes=7 - i % 3, no=i % 3, abstain=0), result="passed",
                    raw="Hlasování: pro 7, proti 0, zdržel se 0", page=1)],
        resolutions=[Resolution(number=f"RM/{i}/1/2024", text=f"Rada města Lipová schvaluje prodej pozemku "
                                                             f"p. č. {i}/5 a dotaci {i * 1000} Kč spolku TJ Sokol.",
                                actions=["schvaluje"], adopted=True, vote=0, page=1)],
        source=Source(path=f"/a/{i}.pdf", sha256=f"{i:064d}", pages=1),
    )
    m.attendance.present = [Person(name="Jiří Šolc", family_name="Šolc", given_name="Jiří", raw="Jiří Šolc")]
    return IndexDoc(doc_id=f"{i:016d}", minutes=m, sources=[f"/a/{i}.pdf"])


@pytest.mark.parametrize("query,filters", [
    ("pozemku", {}), ('"prodej pozemku"', {}), ("sokol dotace", {}), ("schvaluje", {"type": "resolution"}),
    ("Šolce", {"facets": True}), ("", {"person": "Šolc", "sort": "date"}), ('"rozpočtové opatření"', {"type": "agenda"}),
])
def test_prepared_documents_index_like_plain_ones(tmp_path: Path, query: str, filters: dict) -> None:
    docs = [_doc(i) for i in range(30)]
    plain, ahead = SearchIndex(tmp_path / "plain"), SearchIndex(tmp_path / "ahead")
    plain.update(docs)
    prepared = [prepare(d) for d in docs]
    for p in prepared:
        p.sources = [f"/b/{p.doc_id}.pdf", "/c/copy.pdf"]  # the writer knows every path
    ahead.update(prepared)
    a, b = plain.search(query, **filters), ahead.search(query, **filters)
    assert a.total == b.total > 0
    assert [(h.id, h.score, h.snippet) for h in a.hits] == [(h.id, h.score, h.snippet) for h in b.hits]
    assert a.facets == b.facets
    assert all(h.sources == [f"/b/{h.doc_id}.pdf", "/c/copy.pdf"] and h.source == h.sources[0] for h in b.hits)


def test_a_document_prepared_for_another_engine_is_refused(tmp_path: Path) -> None:
    idx = SearchIndex(tmp_path)
    with pytest.raises(ValueError, match="prepared for"):
        idx.update([PreparedDoc("0" * 16, [], engine="whoosh/0")])


def test_parallel_rebuild_builds_the_same_index(tmp_path: Path) -> None:
    from minutesparse.archive.search import index as index_mod

    docs = [_doc(i) for i in range(index_mod.PARALLEL_MIN + 6)]
    one, two = SearchIndex(tmp_path / "one"), SearchIndex(tmp_path / "two")
    assert one.rebuild(docs, jobs=1) == two.rebuild(iter(docs), jobs=2) == len(docs)
    assert one.count() == two.count()
    for query, filters in (("pozemku", {"limit": 100}), ('"prodej pozemku"', {}), ("", {"sort": "date", "facets": True})):
        a, b = one.search(query, **filters), two.search(query, **filters)
        assert a.total == b.total > 0 and a.facets == b.facets
        assert [(h.id, h.score, h.source) for h in a.hits] == [(h.id, h.score, h.source) for h in b.hits]


def _texts_doc(texts: list[str]) -> IndexDoc:
    m = Minutes(document_type="minutes", title="Zápis", agenda=[
        AgendaItem(number=str(i + 1), title=t, presenters=[], page=1) for i, t in enumerate(texts)],
        source=Source(path="/a/x.pdf", sha256="1" * 64, pages=1))
    return IndexDoc(doc_id="1" * 16, minutes=m, sources=["/a/x.pdf"])


def test_phrases_read_word_pairs_in_order_across_stop_words(tmp_path: Path) -> None:
    idx = SearchIndex(tmp_path)
    idx.update([_texts_doc(["Prodej pozemku obci Lipová", "Prodej obci a pozemku", "Pozemku prodej",
                            "Prodej a pozemku v obci", "Prodej pozemku Lipová, pozemku obci"])])

    def agenda(query: str) -> set[str]:
        return {h.number for h in idx.search(query, type="agenda").hits}

    assert agenda('"prodej pozemku"') == {"1", "4", "5"}  # "a" is a stop word, as at index time
    assert agenda('"prodeje pozemků"') == {"1", "4", "5"}  # any case form
    assert agenda('"prodej pozemku obci"') == {"1", "4"}  # both pairs, in a row (not in 5)
    assert agenda('"pozemku obci"') == {"1", "4", "5"}
    assert agenda('"obci pozemku"') == {"2"}
    assert agenda("prodej pozemku") == {"1", "2", "3", "4", "5"}  # no quotes: words anywhere
