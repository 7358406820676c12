"""Per-field accuracy of the decisions parser (votes, resolutions, tasks) on the held-out texts.

    .venv/bin/python scripts/realistic_decisions_report.py             # table: field, checked, right, accuracy
    .venv/bin/python scripts/realistic_decisions_report.py --failures  # also every wrong value, expected vs got
    .venv/bin/python scripts/realistic_decisions_report.py --pdf       # through a reportlab PDF of each text
    .venv/bin/python scripts/realistic_decisions_report.py --only 07   # documents whose name contains "07"
    .venv/bin/python scripts/realistic_decisions_report.py --range 39-55 --pdf-only   # one batch, its PDF cases
    .venv/bin/python scripts/realistic_decisions_report.py --ocr       # the one-page scans (ocr: true) through tesseract

The texts and expectations are ``tests/realistic/decisions/*.txt|yaml`` (format in the README
there); the comparison is ``tests/realistic/decisions/expect_decisions.py``.  ``known_wrong``
entries are counted as wrong: the table measures the parser, not the test suite.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "realistic"))
sys.path.insert(0, str(ROOT / "tests" / "realistic" / "decisions"))

import expect_decisions as ex
import expectations as meeting_ex
import meeting_scan
from layout_pdf import layout_to_pdf

import minutesparse


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--failures", action="store_true", help="list every wrong value")
    ap.add_argument("--pdf", action="store_true", help="parse a reportlab PDF of each text instead of the text")
    ap.add_argument("--pdf-only", action="store_true",
                    help="with --pdf: only the documents whose yaml gives a PDF layout (pdf:)")
    ap.add_argument("--ocr", action="store_true",
                    help="only the documents marked ocr: true, drawn, scanned to an image-only PDF and OCR'd")
    ap.add_argument("--only", help="only documents whose name contains this")
    ap.add_argument("--range", help="only documents numbered FIRST-LAST (e.g. 39-55)")
    args = ap.parse_args(argv)

    cases = [c for c in ex.load_cases() if not args.only or args.only in c.name]
    if args.range:
        first, _, last = args.range.partition("-")
        cases = [c for c in cases if int(first) <= int(c.name[:2]) <= int(last or first)]
    if args.pdf_only:
        args.pdf = True
        cases = [c for c in cases if c.expected.get("pdf")]
    if args.ocr:
        args.pdf = True
        cases = [c for c in cases if c.expected.get("ocr")]
    per_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures: list[tuple[str, ex.Check]] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            if args.pdf:
                out = Path(tmp) / f"{case.name}.pdf"
                layout = case.expected.get("pdf")
                pdf = layout_to_pdf(case.text, layout, out) if layout else meeting_ex.text_to_pdf(case.text, out)
                if args.ocr:
                    scan = meeting_scan.scan_pdf(pdf, Path(tmp) / f"{case.name}.scan.pdf", meeting_scan.seed_of(case.name))
                    m = minutesparse.parse(scan, ocr="auto")
                else:
                    m = minutesparse.parse(pdf, ocr="never")
            else:
                m = minutesparse.parse_text(case.text, path=str(case.text_path))
            for chk in ex.checks(case, m):
                per_field[chk.field][0] += 1
                per_field[chk.field][1] += chk.ok
                if not chk.ok:
                    failures.append((case.name, chk))
    elapsed = time.perf_counter() - started

    total = [0, 0]
    print(f"{'field':<24} {'checked':>7} {'right':>6} {'accuracy':>9}")
    for field in ex.FIELDS:
        n, ok = per_field.get(field, [0, 0])
        if not n:
            continue
        total[0] += n
        total[1] += ok
        print(f"{field:<24} {n:>7} {ok:>6} {ok / n:>8.0%}")
    print(f"{'ALL':<24} {total[0]:>7} {total[1]:>6} {total[1] / max(total[0], 1):>8.1%}")
    docs_ok = len(cases) - len({name for name, _ in failures})
    print(f"\n{len(cases)} documents ({'OCR' if args.ocr else 'PDF' if args.pdf else 'text'}), {docs_ok} with every field right; {elapsed:.1f} s")
    if args.failures:
        for name, chk in failures:
            print(f"\n{name} :: {chk.field} {chk.where}\n  expected: {chk.expected}\n  got:      {chk.got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
