"""Searching while an import writes: readers are never blocked and see each batch once committed."""

from __future__ import annotations

import multiprocessing as mp
import time
from pathlib import Path

from minutesparse.archive.search import IndexDoc, SearchIndex
from minutesparse.schema import Minutes, Resolution, Source

BATCHES = 8
PER_BATCH = 5


def make_doc(batch: int, n: int) -> IndexDoc:
    doc_id = f"b{batch:02d}d{n:02d}"
    m = Minutes(
        document_type="resolutions", municipality="Souběžná Lhota", meeting={"number": batch, "date": "2024-01-01"},
        body={"name": "Rada obce Souběžná Lhota", "kind": "council"},
        resolutions=[Resolution(number=f"{batch}/{n}/2024", text=f"Rada obce schvaluje souběžnou dotaci č. {batch}/{n}.",
                                actions=["schvaluje"], page=1)],
        source=Source(path=f"/x/{doc_id}.pdf", sha256=doc_id.ljust(64, "0"), pages=1),
    )
    return IndexDoc(doc_id=doc_id, minutes=m, sources=[m.source.path])


def writer(archive: str, done) -> None:
    idx = SearchIndex(Path(archive))
    for b in range(1, BATCHES):
        idx.update([make_doc(b, n) for n in range(PER_BATCH)])
        time.sleep(0.15)
    done.set()


def test_readers_see_committed_batches_while_a_writer_runs(tmp_path: Path):
    idx = SearchIndex(tmp_path)
    idx.update([make_doc(0, n) for n in range(PER_BATCH)])
    ctx = mp.get_context("spawn")
    done = ctx.Event()
    proc = ctx.Process(target=writer, args=(str(tmp_path), done))
    proc.start()
    seen: list[int] = []
    slowest = 0.0
    deadline = time.monotonic() + 120
    while not done.is_set() and time.monotonic() < deadline:
        t = time.perf_counter()
        total = SearchIndex(tmp_path).search("dotace", type="resolution", limit=1).total
        slowest = max(slowest, time.perf_counter() - t)
        seen.append(total)
        time.sleep(0.02)
    proc.join(60)
    assert proc.exitcode == 0
    final = SearchIndex(tmp_path).search("dotace", type="resolution").total
    assert final == BATCHES * PER_BATCH
    assert seen == sorted(seen), "a reader saw records disappear"
    assert all(n % PER_BATCH == 0 for n in seen), "a reader saw half a batch"
    assert len(set(seen)) >= 3, f"readers saw too few intermediate states: {sorted(set(seen))}"
    assert slowest < 5.0, f"a reader waited {slowest:.1f} s"
