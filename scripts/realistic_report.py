"""Per-field accuracy of the meeting-side parser on the held-out realistic texts.

    .venv/bin/python scripts/realistic_report.py            # table: field, checked, right, accuracy
    .venv/bin/python scripts/realistic_report.py --failures # also every wrong field, expected vs got
    .venv/bin/python scripts/realistic_report.py --pdf      # through a reportlab PDF instead of plain text
    .venv/bin/python scripts/realistic_report.py --from 41  # only the cases numbered 41 and up (a batch)
    .venv/bin/python scripts/realistic_report.py --ocr      # the scan cases only, through OCR of a degraded image

The texts and their expectations are ``tests/realistic/meeting/*.txt|yaml`` (see the README
there); the comparison rules are ``tests/realistic/expectations.py``.
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

import expectations as ex
import meeting_layout
import meeting_scan

import minutesparse


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--failures", action="store_true", help="list every wrong field")
    ap.add_argument("--pdf", action="store_true", help="parse a reportlab PDF of each text instead of the text")
    ap.add_argument("--ocr", action="store_true", help="the scan cases only: OCR a degraded picture of their PDF")
    ap.add_argument("--only", help="only cases whose name contains this")
    ap.add_argument("--from", dest="start", type=int, default=0, help="only cases numbered from this on")
    ap.add_argument("--to", dest="end", type=int, default=10**6, help="only cases numbered up to this")
    args = ap.parse_args(argv)

    def number(name: str) -> int:
        head = name.split("_", 1)[0]
        return int(head) if head.isdigit() else 0

    cases = [c for c in ex.load_cases() if (not args.only or args.only in c.name)
             and args.start <= number(c.name) <= args.end and (not args.ocr or c.expected.get("scan"))]
    per_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures: list[tuple[str, str, object, object]] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            if args.ocr:
                if case.expected.get("layout"):
                    drawn = meeting_layout.layout_to_pdf(case.text, case.expected["layout"], Path(tmp) / f"{case.name}.pdf")
                else:
                    drawn = ex.text_to_pdf(case.text, Path(tmp) / f"{case.name}.pdf")
                scan = meeting_scan.scan_pdf(drawn, Path(tmp) / f"{case.name}.scan.pdf", meeting_scan.seed_of(case.name),
                                             case.expected.get("scan"))
                m = minutesparse.parse(scan, ocr="auto")
            elif args.pdf and case.expected.get("layout"):
                pdf = meeting_layout.layout_to_pdf(case.text, case.expected["layout"], Path(tmp) / f"{case.name}.pdf")
                m = minutesparse.parse(pdf, ocr="never")
            elif args.pdf:
                m = minutesparse.parse(ex.text_to_pdf(case.text, Path(tmp) / f"{case.name}.pdf"), ocr="never")
            else:
                m = minutesparse.parse_text(case.text, path=str(case.text_path))
            for field, ok, exp, got in ex.results(case, m):
                per_field[field][0] += 1
                per_field[field][1] += ok
                if not ok:
                    failures.append((case.name, field, exp, got))
    elapsed = time.perf_counter() - started

    total = [0, 0]
    print(f"{'field':<20} {'checked':>7} {'right':>6} {'accuracy':>9}")
    for field in ex.FIELDS:
        n, ok = per_field.get(field, [0, 0])
        if not n:
            continue
        total[0] += n
        total[1] += ok
        print(f"{field:<20} {n:>7} {ok:>6} {ok / n:>8.0%}")
    print(f"{'ALL':<20} {total[0]:>7} {total[1]:>6} {total[1] / max(total[0], 1):>8.1%}")
    docs_ok = len(cases) - len({f[0] for f in failures})
    print(f"\n{len(cases)} documents ({'OCR' if args.ocr else 'PDF' if args.pdf else 'text'}), {docs_ok} with every field right; "
          f"{elapsed:.1f} s")
    if args.failures:
        for name, field, exp, got in failures:
            print(f"\n{name} :: {field}\n  expected: {exp}\n  got:      {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
