"""Field-level precision / recall / F1 of the parser against hand-checked expected JSON.

``evaluate(gold_dir, pdf_dir=None)`` parses ``<name>.pdf`` for every ``<name>.expected.json``
and compares the two records group by group.  Each group turns a record into a multiset of
*items*; an item found in both is a true positive, so

    precision = matched / predicted items,  recall = matched / expected items,  F1 = harmonic mean.

Matching per group (strings compared with whitespace collapsed; names in the nominative):

- **meeting**: one item per non-empty fact: document_type, title, body name, body kind,
  municipality, meeting number/date/start/end/place, next meeting date/time/place.
- **attendance**: one item per listed person (list, family name, given name or initial) plus
  present_count, total_members, quorum and by_list when set.
- **agenda**: (number, title) per item.
- **votes**: (item, resolution, part, yes, no, abstain, not_voting, result) per vote.
- **resolutions**: (number, adopted, actions) per resolution; an un-numbered one is keyed by
  the first 60 characters of its text instead of the number.
- **tasks**: (resolution or item, assignees' names, deadline or deadline text) per task.
- **people**: every person anywhere (lists, presenters, assignees, responsibles, voters, chair,
  recorder, verifiers) as (where, name, family name): checks the nominative and roster linking.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GROUPS = ("meeting", "attendance", "agenda", "votes", "resolutions", "tasks", "people")


def _s(v: Any) -> Any:
    return " ".join(v.split()) if isinstance(v, str) else v


def _items_meeting(d: dict) -> list[tuple]:
    out = []
    facts = {
        "document_type": d.get("document_type"), "title": d.get("title"),
        "body.name": (d.get("body") or {}).get("name"), "body.kind": (d.get("body") or {}).get("kind"),
        "municipality": d.get("municipality"),
    }
    for k, v in (d.get("meeting") or {}).items():
        facts[f"meeting.{k}"] = v
    for k, v in (d.get("next_meeting") or {}).items():
        facts[f"next_meeting.{k}"] = v
    for k, v in facts.items():
        if v not in (None, ""):
            out.append((k, _s(v)))
    return out


def _person_key(p: dict) -> tuple:
    if p.get("kind") == "body":
        return ("body", _s(p.get("name")))
    return (_s(p.get("family_name")), _s(p.get("given_name")))


def _items_attendance(d: dict) -> list[tuple]:
    a = d.get("attendance") or {}
    out: list[tuple] = []
    for cat in ("present", "guests", "excused", "absent"):
        out.extend((cat, *_person_key(p)) for p in a.get(cat) or [])
    for k in ("present_count", "total_members", "quorum"):
        if a.get(k) is not None:
            out.append((k, a[k]))
    if a.get("by_list"):
        out.append(("by_list", True))
    return out


def _items_agenda(d: dict) -> list[tuple]:
    return [(a.get("number"), _s(a.get("title"))) for a in d.get("agenda") or []]


def _items_votes(d: dict) -> list[tuple]:
    out = []
    for v in d.get("votes") or []:
        c = v.get("counts") or {}
        out.append((v.get("item"), v.get("resolution"), v.get("part"), c.get("yes"), c.get("no"), c.get("abstain"),
                    c.get("not_voting"), v.get("result")))
    return out


def _items_resolutions(d: dict) -> list[tuple]:
    out = []
    for r in d.get("resolutions") or []:
        key = r.get("number") or _s(r.get("text") or "")[:60]
        out.append((key, r.get("adopted"), tuple(r.get("actions") or [])))
    return out


def _items_tasks(d: dict) -> list[tuple]:
    out = []
    for t in d.get("tasks") or []:
        who = tuple(sorted(_s(p.get("name") or "") for p in t.get("assignees") or []))
        out.append((t.get("resolution") or t.get("item"), who, t.get("deadline") or _s(t.get("deadline_text"))))
    return out


def _items_people(d: dict) -> list[tuple]:
    out: list[tuple] = []

    def add(where: str, p: dict | None) -> None:
        if p and p.get("kind", "person") == "person":
            out.append((where, _s(p.get("name")), _s(p.get("family_name"))))

    a = d.get("attendance") or {}
    for cat in ("present", "guests", "excused", "absent"):
        for p in a.get(cat) or []:
            add(f"attendance.{cat}", p)
    for it in d.get("agenda") or []:
        for p in it.get("presenters") or []:
            add(f"agenda.{it.get('number')}", p)
    for t in d.get("tasks") or []:
        for p in t.get("assignees") or []:
            add("tasks.assignees", p)
    for r in d.get("resolutions") or []:
        for p in r.get("responsible") or []:
            add("resolutions.responsible", p)
    for v in d.get("votes") or []:
        for k, people in (v.get("voters") or {}).items():
            for p in people:
                add(f"votes.{k}", p)
    for k in ("chair", "recorder"):
        add(k, d.get(k))
    for p in d.get("verifiers") or []:
        add("verifiers", p)
    return out


_EXTRACT = {
    "meeting": _items_meeting, "attendance": _items_attendance, "agenda": _items_agenda, "votes": _items_votes,
    "resolutions": _items_resolutions, "tasks": _items_tasks, "people": _items_people,
}


@dataclass(slots=True)
class Score:
    expected: int = 0
    predicted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else (1.0 if not self.expected else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.expected += other.expected
        self.predicted += other.predicted
        self.matched += other.matched

    def as_dict(self) -> dict[str, float | int]:
        return {"expected": self.expected, "predicted": self.predicted, "matched": self.matched,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def compare(expected: dict, predicted: dict) -> dict[str, Score]:
    """Scores per group for one document (both as plain JSON dicts)."""
    out = {}
    for g in GROUPS:
        e, p = Counter(_EXTRACT[g](expected)), Counter(_EXTRACT[g](predicted))
        out[g] = Score(sum(e.values()), sum(p.values()), sum((e & p).values()))
    return out


def misses(expected: dict, predicted: dict, group: str) -> tuple[list[tuple], list[tuple]]:
    """(expected items not found, predicted items not expected) of one group: for reading failures."""
    e, p = Counter(_EXTRACT[group](expected)), Counter(_EXTRACT[group](predicted))
    return sorted((e - p).elements(), key=str), sorted((p - e).elements(), key=str)


@dataclass(slots=True)
class Report:
    totals: dict[str, Score] = field(default_factory=lambda: {g: Score() for g in GROUPS})
    documents: dict[str, dict[str, Score]] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "totals": {g: s.as_dict() for g, s in self.totals.items()},
            "documents": {n: {g: s.as_dict() for g, s in gs.items()} for n, gs in self.documents.items()},
            "failures": self.failures,
        }


def gold_files(gold_dir: Path) -> list[Path]:
    return sorted(gold_dir.glob("*.expected.json"))


def evaluate(gold_dir: Path, pdf_dir: Path | None = None, ocr: str = "auto") -> Report:
    """Parse every sample that has an expected JSON and score it."""
    import minutesparse
    from minutesparse.errors import MinutesparseError

    report = Report()
    for gold in gold_files(gold_dir):
        name = gold.name[: -len(".expected.json")]
        pdf = (pdf_dir or gold_dir) / f"{name}.pdf"
        if not pdf.is_file() and pdf_dir is not None:
            pdf = gold_dir / f"{name}.pdf"
        expected = json.loads(gold.read_text(encoding="utf-8"))
        try:
            predicted = minutesparse.parse(pdf, ocr=ocr).model_dump(mode="json")  # type: ignore[arg-type]
        except MinutesparseError as exc:
            report.failures[name] = str(exc)
            predicted = {}
        scores = compare(expected, predicted)
        report.documents[name] = scores
        for g, s in scores.items():
            report.totals[g].add(s)
    return report
