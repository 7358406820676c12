"""Parse speed: full ``minutesparse`` parse against plain pdfplumber ``extract_text``.

    .venv/bin/python benchmarks/parse_speed.py [DIR] [--repeat N] [--limit K]

For every PDF in DIR (default ../shared/corpus/litovel) and in the same run, after one
warm-up pass (imports, spaCy models, caches), N repeats (default 3) time

- **plumber**: ``pdfplumber.open`` + ``page.extract_text()`` for every page (the baseline);
- **parse**: what ``minutesparse.parse`` does, stage by stage: ``extract`` (read_pdf:
  chars, tables, OCR), ``layout`` (furniture, hyphenation), ``fields`` (build_minutes),
  with the field stages timed one by one.

It prints a table per file (median of the repeats), the totals, the ratio
parse/plumber on the medians and on the best runs (the issue's target: <= 2.0) and the
time share per stage.  Not a test: run it by hand; it takes about 2 x N x the plumber
time of the folder.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pdfplumber

from minutesparse.extract import read_pdf, to_text_document
from minutesparse.fields import pipeline

DEFAULT_DIR = ROOT.parent / "shared" / "corpus" / "litovel"


def plumber_time(path: Path) -> float:
    t = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
    return time.perf_counter() - t


class StageClock:
    """Wraps every field stage's ``apply`` to add up its time (no change to the pipeline)."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        for stage in pipeline.STAGES:
            name = stage.__name__.rsplit(".", 1)[-1]
            original = stage.apply

            def timed(doc, m, _original=original, _name=name):  # type: ignore[no-untyped-def]
                t = time.perf_counter()
                try:
                    return _original(doc, m)
                finally:
                    self.spent[_name] += time.perf_counter() - t

            stage.apply = timed  # type: ignore[attr-defined]

    def take(self) -> dict[str, float]:
        out = dict(self.spent)
        self.spent.clear()
        return out


def parse_times(path: Path, clock: StageClock) -> dict[str, float]:
    t0 = time.perf_counter()
    raw = read_pdf(path)
    t1 = time.perf_counter()
    doc = to_text_document(raw)
    t2 = time.perf_counter()
    pipeline.build_minutes(doc)
    t3 = time.perf_counter()
    out = {"extract": t1 - t0, "layout": t2 - t1, "fields": t3 - t2, "parse": t3 - t0}
    out.update({f"fields.{k}": v for k, v in clock.take().items()})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR, help="folder of PDFs (default: %(default)s)")
    ap.add_argument("--repeat", type=int, default=3, help="timed repeats after the warm-up (default 3)")
    ap.add_argument("--limit", type=int, default=0, help="only the first K files (0: all)")
    args = ap.parse_args(argv)
    files = sorted(p for p in args.dir.iterdir() if p.suffix.lower() == ".pdf") if args.dir.is_dir() else []
    if args.limit:
        files = files[: args.limit]
    if not files:
        print(f"no PDFs in {args.dir}", file=sys.stderr)
        return 1

    clock = StageClock()
    for path in files:  # warm-up: imports, models, caches
        plumber_time(path)
        parse_times(path, clock)

    plumber: dict[Path, list[float]] = defaultdict(list)
    ours: dict[Path, list[dict[str, float]]] = defaultdict(list)
    for _ in range(args.repeat):
        for path in files:  # interleaved, so both see the same machine load
            plumber[path].append(plumber_time(path))
            ours[path].append(parse_times(path, clock))

    med = statistics.median
    print(f"{'file':52s} {'pages':>5s} {'plumber':>8s} {'parse':>8s} {'ratio':>6s}")
    tot_p = tot_o = best_p = best_o = 0.0
    stage_tot: dict[str, float] = defaultdict(float)
    for path in files:
        with pdfplumber.open(path) as pdf:
            pages = len(pdf.pages)
        p = med(plumber[path])
        o = med(r["parse"] for r in ours[path])
        tot_p += p
        tot_o += o
        best_p += min(plumber[path])
        best_o += min(r["parse"] for r in ours[path])
        for key in ours[path][0]:
            stage_tot[key] += med(r.get(key, 0.0) for r in ours[path])
        print(f"{path.name[:52]:52s} {pages:5d} {p:8.3f} {o:8.3f} {o / p:6.2f}")
    print(f"{'TOTAL (median of ' + str(args.repeat) + ')':52s} {'':5s} {tot_p:8.3f} {tot_o:8.3f} {tot_o / tot_p:6.2f}")
    print(f"{'TOTAL (best of ' + str(args.repeat) + ')':52s} {'':5s} {best_p:8.3f} {best_o:8.3f} {best_o / best_p:6.2f}")
    print(f"\nparse/plumber ratio: {tot_o / tot_p:.2f} (medians), {best_o / best_p:.2f} (best runs); target <= 2.0")
    print("\ntime per stage (sum of per-file medians):")
    parse_total = stage_tot["parse"] or 1.0
    for key in ["extract", "layout", "fields"] + sorted(k for k in stage_tot if k.startswith("fields.")):
        indent = "    " if key.startswith("fields.") else "  "
        print(f"{indent}{key:24s} {stage_tot[key]:8.3f} s  {100 * stage_tot[key] / parse_total:5.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
