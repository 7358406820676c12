#!/usr/bin/env python
"""Agreement of our resolutions with the peer parser's on ../shared/corpus/litovel.

    .venv/bin/python scripts/litovel_agreement.py [CORPUS_DIR] [--details] [--cache DIR]

Prints, over the 50 Litovel resolution lists:

- resolution numbers: how many of the peer's ids we find (recall against the peer) and
  how many of ours the peer has (precision against the peer) — target >= 99.5 % both;
- actions: the share of common resolutions whose set of actions equals the peer's
  (target >= 95 %), and the kinds of disagreement;
- page furniture ("Stránka 1 z 5", "- 2 -") left inside resolution texts (target 0);
- meeting dates: our meeting.date against the peer's "datum".

``--details`` lists every disagreement (id, file, ours vs peer) for reading in the PDF,
grouped by kind: the peer writes the same verbs in the past tense ("projednala"); the peer
misses verbs that stand in the wording (a second verb of a part, "… a souhlasí s uzavřením",
"Současně Rada města … pověřuje …"); we miss verbs the peer has; other (e.g. the peer
merged the "NEPŘIJATÉ NÁVRHY" printed after the last resolution into it).
``--cache DIR`` keeps the extracted text of each PDF (pickled) so that re-runs after a
change to the field parsers take seconds instead of a minute.
The peer is another parser, not ground truth: where we disagree, the PDF decides.
"""

from __future__ import annotations

import argparse
import collections
import json
import pickle
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minutesparse.extract import read_pdf, to_text_document
from minutesparse.fields.pipeline import build_minutes
from minutesparse.fields.resolutions import find_verbs
from minutesparse.lang.cs import furniture
from minutesparse.schema import Minutes

_PAGE_WORDS = "|".join(re.escape(w) for w in furniture.PAGE_WORDS if len(w) > 1)
_OF = "|".join(re.escape(w) for w in furniture.OF_WORDS)
FURNITURE = re.compile(
    rf"(?i)(?:\b(?:{_PAGE_WORDS})\.?\s*\d+\s*(?:(?:{_OF})\s*\d+)?\b)|(?:(?:^|\n)\s*[-–—]\s*\d+\s*[-–—]\s*(?:\n|$))")


def normalise(action: str) -> str:
    """The peer writes some verbs in the past ("projednala"); ours are in the present."""
    found = find_verbs(action)
    return found[0].action if found and found[0].start == 0 else action


def load(pdf: Path, cache: Path | None) -> Minutes:
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        key = cache / (pdf.stem + ".pickle")
        if key.exists():
            doc = pickle.loads(key.read_bytes())
        else:
            doc = to_text_document(read_pdf(pdf, ocr="never"))
            key.write_bytes(pickle.dumps(doc))
        return build_minutes(doc)
    return build_minutes(to_text_document(read_pdf(pdf, ocr="never")))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "litovel"))
    ap.add_argument("--details", action="store_true", help="list every disagreement")
    ap.add_argument("--cache", type=Path, default=None, help="cache extracted text here")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    peer_file = corpus / "peer_phase2.jsonl"
    if not peer_file.exists():
        print(f"error: {peer_file} not found", file=sys.stderr)
        return 2
    peer = {}
    for line in peer_file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            peer[row["id"]] = row

    t0 = time.perf_counter()
    ours: dict[str, tuple[str, object]] = {}
    duplicates: list[tuple[str, str]] = []
    unnumbered = 0
    dates_ok = dates_total = 0
    date_misses: list[str] = []
    furniture_hits: list[tuple[str, str, str]] = []
    rejected_actions: dict[str, set[str]] = collections.defaultdict(set)  # file -> verbs of its rejected proposals
    pdfs = sorted(corpus.glob("*.pdf"))
    for pdf in pdfs:
        m = load(pdf, args.cache)
        peer_dates = collections.Counter(peer[r.number]["datum"] for r in m.resolutions if r.number in peer)
        if peer_dates:
            dates_total += 1
            want = peer_dates.most_common(1)[0][0]
            if m.meeting.date == want:
                dates_ok += 1
            else:
                date_misses.append(f"{pdf.name}: ours {m.meeting.date} peer {want}")
        for r in m.resolutions:
            if r.number is None:
                unnumbered += 1
                if r.adopted is False:
                    rejected_actions[pdf.name].update(r.actions)
                continue
            if r.number in ours:
                duplicates.append((r.number, pdf.name))
            ours[r.number] = (pdf.name, r)
            for hit in FURNITURE.finditer(r.text):
                furniture_hits.append((r.number, pdf.name, hit.group(0).strip()))
    elapsed = time.perf_counter() - t0

    common = sorted(set(ours) & set(peer))
    only_ours = sorted(set(ours) - set(peer))
    only_peer = sorted(set(peer) - set(ours))
    recall = len(common) / len(peer) if peer else 0.0
    precision = len(common) / len(ours) if ours else 0.0

    same_actions = same_tense_free = 0
    covered = 0  # the peer's actions (in our present-tense normalisation) all among ours
    kinds: collections.Counter[str] = collections.Counter()
    action_diffs: list[str] = []
    groups: dict[str, list[str]] = collections.defaultdict(list)
    for rid in common:
        a = set(ours[rid][1].actions)  # type: ignore[attr-defined]
        b = set(peer[rid]["actions"])
        bn = {normalise(x) for x in b}
        if bn <= a:
            covered += 1
        if a == bn:
            same_tense_free += 1
        if a == b:
            same_actions += 1
            continue
        kinds[f"ours-only {sorted(a - b)} / peer-only {sorted(b - a)}"] += 1
        row = f"{rid} ({ours[rid][0]}): ours {sorted(a)} peer {sorted(b)}"
        action_diffs.append(row)
        wording = {v.action for v in find_verbs(ours[rid][1].text)}  # type: ignore[attr-defined]
        if a == bn:
            groups["the peer writes the same verbs in the past tense"].append(row)
        elif bn < a and (a - bn) <= wording:
            groups["the peer misses verbs that stand in the wording"].append(row)
        elif (bn - a) and (bn - a) <= rejected_actions[ours[rid][0]] and not (a - bn - wording):
            groups["the peer merged the rejected proposals printed after it"].append(row)
        elif a < bn:
            groups["we miss verbs the peer has"].append(row)
        else:
            groups["other"].append(row)
    act_rate = same_actions / len(common) if common else 0.0

    print(f"Litovel agreement over {len(pdfs)} PDFs ({elapsed:.1f} s)")
    print(f"  resolutions: ours {len(ours)} numbered (+{unnumbered} unnumbered), peer {len(peer)}, common {len(common)}")
    print(f"  ids: recall vs peer {recall:.2%}  precision vs peer {precision:.2%}  (target >= 99.5 % both)")
    print(f"  actions equal to the peer's: {same_actions}/{len(common)} = {act_rate:.2%}  (target >= 95 %)")
    tf = same_tense_free / len(common) if common else 0.0
    print(f"  ... with the peer's past tenses read as present: {same_tense_free}/{len(common)} = {tf:.2%}")
    print("  disagreements by who is wrong (read in the PDFs; --details lists them):")
    for g in ("the peer writes the same verbs in the past tense", "the peer misses verbs that stand in the wording",
              "the peer merged the rejected proposals printed after it", "we miss verbs the peer has", "other"):
        print(f"    {len(groups.get(g, [])):4d}  {g}")
    cov = covered / len(common) if common else 0.0
    print(f"  peer's actions (normalised to the present tense) all found by us: {covered}/{len(common)} = {cov:.2%}")
    print(f"  page furniture inside resolution texts: {len(furniture_hits)}")
    print(f"  meeting dates equal to the peer's datum: {dates_ok}/{dates_total}")
    if duplicates:
        print(f"  numbers found twice: {len(duplicates)}")
    print("  action disagreements by kind:")
    for k, n in kinds.most_common():
        print(f"    {n:4d}  {k}")
    if args.details:
        for title, rows in (("only ours", [f"{r} ({ours[r][0]})" for r in only_ours]),
                            ("only peer", [f"{r} (peer datum {peer[r]['datum']})" for r in only_peer]),
                            ("duplicates", [f"{a} ({b})" for a, b in duplicates]),
                            ("furniture", [f"{a} ({b}): {c!r}" for a, b, c in furniture_hits]),
                            ("dates", date_misses),
                            *((f"actions: {g}", rows) for g, rows in groups.items())):
            print(f"\n{title} ({len(rows)}):")
            for row in rows:
                print("  " + row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
