"""Import speed: pages/s and files/s with --jobs 1 and --jobs 2, against plain pdfplumber.

Generates N sample-like PDFs (tests/pdfgen.py), then in the same run times
  1. plain ``pdfplumber`` ``extract_text`` over every page of every file (one process),
  2. ``Archive.import_paths(jobs=1)`` into a fresh archive,
  3. ``Archive.import_paths(jobs=2)`` into another fresh archive,
and prints the rates, the 2-vs-1 speed-up (target >= 1.7x on 2 cores) and the ratio of
each import to the plain text extraction.  Not a test; run it on a quiet machine:

    .venv/bin/python benchmarks/import_speed.py            # N=200
    .venv/bin/python benchmarks/import_speed.py -n 400 --repeat 3   # alternate jobs 1/2 three times
    .venv/bin/python benchmarks/import_speed.py --dir ../shared/corpus/litovel   # real documents

The wall-clock speed-up needs two idle cores: other processes on the machine take them from the
two workers (the load average is printed with every run).  The CPU times are not skewed that
way: per file, p = parsing (worker CPU) and o = the single writer's CPU (store + index); with
one worker the writer runs beside it, so 2 jobs on 2 cores can at best be 2p/(p+o) faster.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import pdfgen  # noqa: E402

from minutesparse.archive import Archive  # noqa: E402


def plain_pdfplumber(paths: list[Path]) -> tuple[float, int]:
    import pdfplumber

    t0 = time.perf_counter()
    pages = 0
    for p in paths:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    return time.perf_counter() - t0, pages


def timed_import(src: Path, work: Path, jobs: int, ocr: str, run: int = 0) -> dict:
    archive = Archive(work / f"archive-jobs{jobs}-{run}")
    load0 = os.getloadavg()[0]
    kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu0, t0 = time.process_time(), time.perf_counter()
    report = archive.import_paths([src], jobs=jobs, ocr=ocr)
    seconds = time.perf_counter() - t0
    main_cpu = time.process_time() - cpu0
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    worker_cpu = kids.ru_utime + kids.ru_stime - kids0.ru_utime - kids0.ru_stime
    assert report.outcomes["failed"] == 0, report.failures[:3]
    return {"jobs": jobs, "seconds": seconds, "files": report.files, "pages": report.pages,
            "pages_per_s": report.pages / seconds, "files_per_s": report.files / seconds,
            "writer_cpu_s": main_cpu, "workers_cpu_s": worker_cpu,
            "load_before": load0, "load_after": os.getloadavg()[0]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=200, help="number of generated PDFs (default 200)")
    ap.add_argument("--ocr", default="never", choices=["auto", "always", "never"])
    ap.add_argument("--dir", type=Path, help="time these PDFs (e.g. ../shared/corpus/litovel) instead of generated ones")
    ap.add_argument("--repeat", type=int, default=1, help="alternate the jobs 1 and jobs 2 imports this many times")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = ap.parse_args()

    # the importer imports the parser (and the search package) once per process, before it forks
    # its workers: do it here, so that the first timed import does not pay for it alone
    import minutesparse.archive.search  # noqa: F401
    import minutesparse.extract  # noqa: F401
    import minutesparse.fields.pipeline  # noqa: F401

    with tempfile.TemporaryDirectory(prefix="mp-bench-") as tmp:
        work = Path(tmp)
        if args.dir:
            src = args.dir
            paths = sorted(p for p in src.rglob("*") if p.suffix.lower() == ".pdf")
            args.n = len(paths)
        else:
            src = work / "pdfs"
            paths = pdfgen.generate(src, args.n)
        base_s, base_pages = plain_pdfplumber(paths)
        runs = [timed_import(src, work, jobs, args.ocr, k) for k in range(args.repeat) for jobs in (1, 2)]
        chars = sum(len(t) for t in _texts(paths[:50])) / min(50, len(paths))
    ones = [r for r in runs if r["jobs"] == 1]
    twos = [r for r in runs if r["jobs"] == 2]
    one, two = _median(ones), _median(twos)
    pairs = [a["seconds"] / b["seconds"] for a, b in zip(ones, twos)]
    w = statistics.median(r["workers_cpu_s"] for r in ones) / args.n * 1000
    o = statistics.median(r["writer_cpu_s"] for r in ones) / args.n * 1000
    result = {
        "files": args.n, "pages": base_pages, "chars_per_file": round(chars),
        "pdfplumber": {"seconds": base_s, "pages_per_s": base_pages / base_s, "files_per_s": args.n / base_s},
        "import": runs,
        "speedup_jobs2_vs_jobs1": one["seconds"] / two["seconds"],
        "speedup_best_times": min(r["seconds"] for r in ones) / min(r["seconds"] for r in twos),
        "speedup_per_pair": pairs,
        "cpu_ms_per_file": {"parse_workers": w, "writer": o}, "speedup_bound_cpu": 2 * w / (w + o),
        "import_jobs1_vs_pdfplumber": one["seconds"] / base_s,
        "import_jobs2_vs_pdfplumber": two["seconds"] / base_s,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{args.n} {'PDFs from ' + str(args.dir) if args.dir else 'generated PDFs'}, {base_pages} pages, "
          f"{chars:,.0f} characters per file (pdfplumber text)")
    print(f"{'':22}{'seconds':>9}{'pages/s':>10}{'files/s':>10}{'x pdfplumber':>14}{'load avg':>16}")
    print(f"{'pdfplumber extract':22}{base_s:9.2f}{base_pages / base_s:10.1f}{args.n / base_s:10.1f}{1:14.2f}")
    for r in runs:
        print(f"{'import --jobs ' + str(r['jobs']):22}{r['seconds']:9.2f}{r['pages_per_s']:10.1f}"
              f"{r['files_per_s']:10.1f}{r['seconds'] / base_s:14.2f}{r['load_before']:8.2f}{r['load_after']:8.2f}")
    print(f"CPU per file: parsing {w:.0f} ms (workers), store + index {o:.1f} ms (the one writer); "
          f"on 2 cores the best 2-vs-1 speed-up is 2p/(p+o) = {result['speedup_bound_cpu']:.2f}x")
    verdict = "OK" if result["speedup_jobs2_vs_jobs1"] >= 1.7 else "below the 1.7x target"
    each = ", ".join(f"{x:.2f}" for x in pairs)
    print(f"speed-up jobs 2 vs 1: {result['speedup_jobs2_vs_jobs1']:.2f}x from median times ({verdict}), "
          f"{result['speedup_best_times']:.2f}x from best times, per pair: {each}; "
          f"load average now {os.getloadavg()[0]:.2f} (other processes skew wall times)")


def _median(runs: list[dict]) -> dict:
    return sorted(runs, key=lambda r: r["seconds"])[(len(runs) - 1) // 2]  # the lower of two


def _texts(paths: list[Path]) -> list[str]:
    import pdfplumber

    out = []
    for p in paths:
        with pdfplumber.open(p) as pdf:
            out.append("".join(page.extract_text() or "" for page in pdf.pages))
    return out


if __name__ == "__main__":
    main()
