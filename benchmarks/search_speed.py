"""Search benchmark (not a test): index >= 100,000 generated records, time query classes.

    .venv/bin/python benchmarks/search_speed.py                 # 100k+ records (a few minutes)
    .venv/bin/python benchmarks/search_speed.py --records 20000 # quicker
    .venv/bin/python benchmarks/search_speed.py --keep /tmp/big # keep (and reuse) the index

Prints index build records/s and query latency p50/p95 (ms) for term, 4-term, phrase,
filtered and faceted queries (each query run through SearchIndex.search with limit 20,
snippets included, in a warm process — as a library user or a long-running service sees it).
Documents are generated from Czech municipal vocabulary, deterministically (seeded).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minutesparse.archive.search import IndexDoc, SearchIndex  # noqa: E402
from minutesparse.schema import (  # noqa: E402
    AgendaItem, Attendance, Body, BodyParty, Meeting, Minutes, Person, Resolution, Source, Task, Vote, VoteCounts,
)

TOWNS = ["Litovel", "Lipová", "Horní Mlýn", "Dolní Lhota", "Nové Sedlice", "Kamenný Újezdec", "Třebovice",
         "Malá Skála", "Velké Losiny", "Bílý Potok", "Černá Hora", "Zlatá Olešnice"]
BODIES = [("Rada města {}", "council"), ("Zastupitelstvo obce {}", "assembly"), ("Finanční výbor {}", "committee"),
          ("Komise pro životní prostředí {}", "commission"), ("Kontrolní výbor {}", "committee")]
SUBJECTS = ["poskytnutí dotace", "rozpočtové opatření", "prodej pozemku", "pronájem nebytových prostor",
            "uzavření veřejnoprávní smlouvy", "opravu chodníku", "rekonstrukci mateřské školy", "výměnu oken",
            "zadání veřejné zakázky", "nájem bytu", "směnu pozemků", "výsadbu stromořadí", "opravu místní komunikace",
            "rozšíření kanalizace", "odměny členům zastupitelstva", "přijetí daru", "zřízení věcného břemene",
            "program rozvoje obce", "závěrečný účet", "obecně závaznou vyhlášku o místním poplatku"]
OBJECTS = ["spolku TJ Sokol", "Mysliveckému spolku", "Základní škole", "sboru dobrovolných hasičů", "společnosti Vodovody a.s.",
           "Technickým službám", "knihovně", "farnosti", "Domu dětí a mládeže", "občanům místní části"]
VERBS = ["schvaluje", "neschvaluje", "bere na vědomí", "doporučuje", "ukládá", "pověřuje", "souhlasí", "revokuje",
         "jmenuje", "určuje"]
GIVEN = ["Jan", "Petr", "Jana", "Eva", "Pavel", "Lucie", "Martin", "Hana", "Tomáš", "Marie", "Josef", "Lenka"]
FAMILY = ["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Marek",
          "Pokorný", "Král", "Prachař", "Šolc", "Papoušek", "Kohout", "Beneš", "Říha", "Malý", "Bureš"]


def person(rng: random.Random, role: str | None = None) -> Person:
    g, f = rng.choice(GIVEN), rng.choice(FAMILY)
    return Person(name=f"{g} {f}", family_name=f, given_name=g, titles_before=rng.choice([[], ["Ing."], ["Mgr."]]),
                  role=role, raw=f"{g} {f}")


def make_doc(i: int, rng: random.Random) -> IndexDoc:
    town = rng.choice(TOWNS)
    body_t, kind = rng.choice(BODIES)
    year = rng.choice([2019, 2020, 2021, 2022, 2023, 2024])
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    number = rng.randint(1, 60)
    prefix = {"council": "RM", "assembly": "ZM"}.get(kind, "V")
    agenda = [AgendaItem(number=str(k + 1), title=f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(OBJECTS)}",
                         presenters=[person(rng)], page=1 + k // 3) for k in range(5)]
    resolutions, votes, tasks = [], [], []
    for k in range(8):
        verb = rng.choice(VERBS)
        subject, obj = rng.choice(SUBJECTS), rng.choice(OBJECTS)
        amount = f"{rng.randint(1, 900)} {rng.randint(0, 999):03d} Kč"
        text = (f"{body_t.format(town)} {verb} {subject} {obj} ve výši {amount} "
                f"a ukládá odboru správy majetku zajistit realizaci do konce roku {year}.")
        yes = rng.randint(3, 9)
        no = rng.randint(0, 3)
        result = "passed" if yes > no + 2 else "failed"
        votes.append(Vote(resolution=f"{prefix}/{number}/{k + 1}/{year}", counts=VoteCounts(present=yes + no, yes=yes, no=no, abstain=0),
                          result=result, raw=f"Hlasování: pro {yes}, proti {no}, zdržel se 0", page=1 + k // 3))
        resolutions.append(Resolution(number=f"{prefix}/{number}/{k + 1}/{year}", text=text, actions=[verb, "ukládá"],
                                      adopted=result == "passed", vote=k, page=1 + k // 3))
    for k in range(3):
        tasks.append(Task(assignees=[rng.choice([person(rng, "starosta"), BodyParty(name="odbor správy majetku")])],
                          text=f"zajistit {rng.choice(SUBJECTS)} {rng.choice(OBJECTS)}", deadline=f"{year}-12-31", page=2))
    att = Attendance(present=[person(rng) for _ in range(6)], excused=[person(rng)], guests=[person(rng, "host")])
    m = Minutes(document_type=rng.choice(["minutes", "resolutions"]), title=f"Zápis z {number}. jednání {body_t.format(town)}",
                body=Body(name=body_t.format(town), kind=kind), municipality=town, meeting=Meeting(number=number, date=date),
                attendance=att, agenda=agenda, votes=votes, resolutions=resolutions, tasks=tasks,
                source=Source(path=f"/archiv/{i:06d}.pdf", sha256=f"{i:064d}", pages=3))
    return IndexDoc(doc_id=f"{i:016d}", minutes=m, sources=[m.source.path])


RECORDS_PER_DOC = 1 + 5 + 8 + 8 + 3 + 8

QUERIES = {
    "term": [{"query": w} for w in ["dotace", "pozemku", "chodník", "kanalizace", "Prachař", "smlouvy", "hasičů",
                                      "knihovna", "vyhlaska", "rozpocet", "stromořadí", "daru"]],
    "4-term": [{"query": q} for q in ["dotace spolek sokol výše", "prodej pozemku obec rozpočet", "oprava chodníku místní komunikace",
                                        "rekonstrukce materske skoly okna", "pronájem prostor knihovna smlouva",
                                        "zakázka kanalizace odbor majetku"]],
    "phrase": [{"query": q} for q in ['"veřejnoprávní smlouvy"', '"prodej pozemku"', '"opravu chodníku"',
                                        '"materske skoly"', '"věcného břemene"', '"závěrečný účet"']],
    "filtered": [dict(query=w, type="resolution", **{"from": "2022-01-01", "to": "2023-12-31"}, body="rada")
                 for w in ["dotace", "pozemku", "chodník", "smlouvy", "kanalizace", "daru"]]
                + [dict(query="", type="vote", result="failed", municipality="Litovel"),
                   dict(query="", person="Prachaře", type="task")],
    "faceted": [dict(query=w, facets=True) for w in ["dotace", "pozemku", "chodník", "smlouvy", "kanalizace", "Novák"]]
               + [dict(query="dotace", type="resolution", facets=True, **{"from": "2023-01-01", "to": "2023-12-31"})],
}


def _pct(values: list[float], q: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, int(round(q * (len(v) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=100_000, help="at least this many records (default 100000)")
    ap.add_argument("--keep", type=Path, help="archive folder to build in and keep (reused when it has an index)")
    ap.add_argument("--rounds", type=int, default=5, help="times each query is run (after one warm-up)")
    ap.add_argument("--jobs", type=int, help="processes preparing records for the build (default: one per core)")
    args = ap.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="mp-search-bench-"))
    index = SearchIndex(folder)
    try:
        if not (args.keep and index.exists() and index.count() >= args.records):
            n_docs = -(-args.records // RECORDS_PER_DOC)
            rng = random.Random(20240516)
            t = time.perf_counter()
            docs = [make_doc(i, rng) for i in range(n_docs)]
            gen = time.perf_counter() - t
            t, c = time.perf_counter(), time.process_time()
            kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            index.rebuild(docs, jobs=args.jobs)
            build, writer_cpu = time.perf_counter() - t, time.process_time() - c
            kids = resource.getrusage(resource.RUSAGE_CHILDREN)
            prep_cpu = kids.ru_utime + kids.ru_stime - kids0.ru_utime - kids0.ru_stime
            n = index.count()
            print(f"generated {n_docs} documents in {gen:.1f} s")
            print(f"index build: {n} records in {build:.1f} s = {n / build:,.0f} records/s "
                  f"({n_docs / build:,.1f} documents/s); one writer ({writer_cpu:.0f} s CPU), records prepared "
                  f"in {args.jobs or 'one per core'} processes ({prep_cpu:.0f} s CPU); load average "
                  f"{os.getloadavg()[0]:.2f}")
        n = index.count()
        size = sum(p.stat().st_size for p in index.path.iterdir()) / 1e6
        print(f"index: {n:,} records, {size:.0f} MB on disk")
        print("latency per query (ms): wall clock, and CPU time of this process (the same on an idle")
        print("machine; lower when other processes share the cores)")
        print(f"{'class':10s} {'queries':>7s} {'p50':>7s} {'p95':>7s} {'max':>7s} {'CPU p50':>8s} {'CPU p95':>8s}  mean hits")
        worst = worst_cpu = 0.0
        for cls, queries in QUERIES.items():
            times, cpu = [], []
            totals = []
            for q in queries:
                params = dict(q)
                text = params.pop("query")
                index.search(text, **params)  # warm-up (first use of a segment's columns)
                for _ in range(args.rounds):
                    t, c = time.perf_counter(), time.process_time()
                    res = index.search(text, **params)
                    times.append((time.perf_counter() - t) * 1000)
                    cpu.append((time.process_time() - c) * 1000)
                totals.append(res.total)
            p50, p95 = _pct(times, 0.5), _pct(times, 0.95)
            c50, c95 = _pct(cpu, 0.5), _pct(cpu, 0.95)
            worst, worst_cpu = max(worst, p95), max(worst_cpu, c95)
            print(f"{cls:10s} {len(queries):7d} {p50:7.1f} {p95:7.1f} {max(times):7.1f} {c50:8.1f} {c95:8.1f}  "
                  f"{statistics.mean(totals):,.0f}")
        print(f"target p95 < 100 ms for every class: {'met' if worst < 100 else 'NOT met'} "
              f"(worst p95 {worst:.1f} ms wall, {worst_cpu:.1f} ms CPU); load average {os.getloadavg()[0]:.2f}")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
