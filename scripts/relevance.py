"""Measure search quality.

    python scripts/relevance.py               recall@5 and MRR of tests/relevance/queries.yaml
    python scripts/relevance.py --wordgroups  pairwise recall/precision of each stemming candidate
                                              on tests/relevance/wordgroups.txt

The relevance set indexes the hand-checked ``samples/*.expected.json`` (plus the small texts in
tests/relevance/texts/) and checks that each query returns its expected records in the top 5.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

WORDGROUPS = ROOT / "tests" / "relevance" / "wordgroups.txt"
HELDOUT = ROOT / "tests" / "relevance" / "wordgroups_heldout.txt"


def load_wordgroups(path: Path = WORDGROUPS) -> list[list[str]]:
    groups = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        words = line.split()
        if words[0] == "trap":
            words = words[1:]
        groups.append([w.lower() for w in words])
    return groups


def pair_scores(groups: list[list[str]], keys: Callable[[str], set[str]]) -> tuple[float, float]:
    """Query forms (accented and diacritics-free) against document forms (accented):
    recall = share of same-group pairs that share a key; precision = share of key-sharing
    pairs that are in the same group."""
    from minutesparse.archive.search.analysis import fold

    docs = [(gi, keys(w)) for gi, g in enumerate(groups) for w in g]
    queries = [(gi, keys(w)) for gi, g in enumerate(groups) for w in set(g) | {fold(x) for x in g}]
    tp = fp = fn = 0
    for (gq, kq), (gd, kd) in itertools.product(queries, docs):
        hit = bool(kq & kd)
        if gq == gd:
            tp += hit
            fn += not hit
        else:
            fp += hit
    return tp / (tp + fn), tp / (tp + fp) if tp + fp else 1.0


def candidates() -> dict[str, Callable[[str], set[str]]]:
    import Stemmer

    from minutesparse.archive.search.analysis import fold, light_stem, word_keys

    snow = Stemmer.Stemmer("czech")
    out: dict[str, Callable[[str], set[str]]] = {
        "fold only (no stemming)": lambda w: {fold(w)},
        "Snowball czech (PyStemmer), then fold": lambda w: {fold(snow.stemWord(w))},
        "fold, then Snowball czech": lambda w: {snow.stemWord(fold(w))},
        "CHOSEN: light stemmer on folded text": lambda w: set(word_keys(w)),
        "both keys: Snowball+fold | light(fold)": lambda w: {fold(snow.stemWord(w)), light_stem(fold(w))},
    }
    try:
        import simplemma

        out["simplemma 'cs' lemma, then fold"] = lambda w: {fold(simplemma.lemmatize(w, lang="cs").lower())}
    except ImportError:
        print("(simplemma not installed: skipped)")
    try:
        import gzip
        import json

        import spacy_lookups_data

        table = json.load(gzip.open(Path(spacy_lookups_data.__file__).parent / "data" / "cs_lemma_lookup.json.gz"))
        out["spaCy cs_lemma_lookup, then fold"] = lambda w: {fold(table.get(w, w).lower())}
    except ImportError:
        print("(spacy-lookups-data not installed: skipped)")
    return out


def wordgroups_report() -> None:
    lists = {"dev": load_wordgroups(WORDGROUPS), "held-out": load_wordgroups(HELDOUT)}
    for name, groups in lists.items():
        n = sum(len(g) for g in groups)
        print(f"{name}: {len(groups)} groups, {n} forms (+ their diacritics-free spellings as queries)")
    print(f"{'candidate':45s} {'dev R':>6s} {'dev P':>6s} {'held R':>6s} {'held P':>6s}")
    for name, keys in candidates().items():
        scores = [f"{x:6.3f}" for groups in lists.values() for x in pair_scores(groups, keys)]
        print(f"{name:45s} {' '.join(scores)}")


def relevance_report(verbose: bool) -> int:
    from relevance.harness import TOP, check_query, load_queries, relevance_index

    queries = load_queries()
    found = 0
    rr = 0.0
    failed = 0
    scored = 0
    with relevance_index() as index:
        for q in queries:
            ranks, problems = check_query(index, q)
            found += sum(1 for r in ranks.values() if r is not None and r <= TOP)
            if ranks:
                scored += 1
                best = min((r for r in ranks.values() if r is not None), default=None)
                rr += 1.0 / best if best else 0.0
            if problems:
                failed += 1
                print(f"  FAIL {q['query']!r} {q['filters']}: {'; '.join(problems)}")
            elif verbose:
                print(f"  ok   {q['query']!r} {q['filters']}: {ranks}")
    total = sum(len(q["expect"]) for q in queries)
    print(f"{len(queries)} queries ({failed} failing), {total} expected records")
    print(f"recall@{TOP} = {found / total:.3f}")
    print(f"MRR       = {rr / scored:.3f}   (over the {scored} queries with expected records: 1/rank of the first one found)")
    return 1 if failed else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wordgroups", action="store_true", help="compare stemming candidates on the word list")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if args.wordgroups:
        wordgroups_report()
        return 0
    return relevance_report(args.verbose)


if __name__ == "__main__":
    sys.exit(main())
