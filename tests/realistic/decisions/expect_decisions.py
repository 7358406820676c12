"""Compare a parsed :class:`Minutes` with a held-out decisions expectations file (``*.yaml``).

Shared by ``tests/test_realistic_decisions.py`` (one test per document and field) and
``scripts/realistic_decisions_report.py`` (per-field accuracy).  The format and the rules are in
this folder's README: absent keys are not checked; expected and parsed votes, resolutions and
tasks are aligned in order (the best order-preserving pairing), so one missed or extra item does
not shift every later comparison.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent

LISTS = ("votes", "resolutions", "tasks")
ITEM_FIELDS: dict[str, tuple[str, ...]] = {
    "votes": ("counts", "result", "resolution", "item", "part", "voters"),
    "resolutions": ("number", "actions", "adopted", "parts", "references", "text", "item", "voted"),
    "tasks": ("assignees", "deadline", "deadline_text", "resolution", "item", "text"),
}
FIELDS = tuple(f"{lst}.{f}" for lst in LISTS for f in ("count",) + ITEM_FIELDS[lst])


def fold(value: Any) -> str:
    text = "" if value is None else str(value)
    text = unicodedata.normalize("NFD", text.casefold())
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    text = text.replace("–", "-").replace("—", "-").replace("„", '"').replace("“", '"')
    return " ".join(text.split()).strip(" .,;:")


def _number(value: Any) -> str | None:
    return None if value is None else re.sub(r"\s+", "", fold(value))


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    text_path: Path
    expected: dict[str, Any]

    @property
    def text(self) -> str:
        return self.text_path.read_text(encoding="utf-8")

    def known_wrong(self, field: str, pdf: bool = False, ocr: bool = False) -> str | None:
        key = "known_wrong_ocr" if ocr else "known_wrong_pdf" if pdf else "known_wrong"
        return (self.expected.get(key) or {}).get(field)


def _ballot_keys(data: dict) -> dict:
    """YAML 1.1 reads the keys ``yes``/``no`` as booleans: give them back their names."""
    for v in data.get("votes") or []:
        for key in ("counts", "voters"):
            if isinstance(v.get(key), dict):
                v[key] = {({True: "yes", False: "no"}.get(k, k) if isinstance(k, bool) else k): x
                          for k, x in v[key].items()}
    return data


def load_cases(directory: Path = HERE) -> list[Case]:
    out = []
    for yml in sorted(directory.glob("*.yaml")):
        txt = yml.with_suffix(".txt")
        if txt.is_file():
            data = yaml.safe_load(yml.read_text(encoding="utf-8")) or {}
            out.append(Case(yml.stem, txt, _ballot_keys(data)))
    return out


# --------------------------------------------------------------------------- actual values
def _party_name(p: Any) -> str:
    return p.family_name if getattr(p, "kind", "") == "person" else p.name


def actual(lst: str, obj: Any, field: str) -> Any:
    """The parsed value of ``field`` of one vote / resolution / task."""
    if lst == "votes":
        if field == "counts":
            return obj.counts.model_dump()
        if field == "voters":
            return {k: [p.family_name for p in getattr(obj.voters, k)] for k in ("yes", "no", "abstain", "not_voting")}
        return getattr(obj, field)
    if lst == "resolutions":
        if field == "parts":
            return [p.label for p in obj.parts]
        if field == "voted":
            return obj.vote is not None
        return getattr(obj, field)
    if field == "assignees":
        return [_party_name(p) for p in obj.assignees]
    return getattr(obj, field)


# --------------------------------------------------------------------------- comparisons
def _eq_scalar(exp: Any, got: Any) -> bool:
    if exp is None or got is None:
        return exp is None and got is None
    if isinstance(exp, bool) or isinstance(got, bool):
        return exp == got
    return fold(exp) == fold(got)


def _eq_counts(exp: dict, got: dict) -> bool:
    if not exp:
        return not any(v is not None for v in got.values())
    return all(got.get(k) == v for k, v in exp.items())


def _eq_voters(exp: dict, got: dict) -> bool:
    return all(Counter(map(fold, v)) == Counter(map(fold, got.get(k, []))) for k, v in exp.items())


def _eq_list(exp: list, got: list) -> bool:
    return [fold(x) for x in exp] == [fold(x) for x in got]


def _eq_set(exp: list, got: list) -> bool:
    return Counter(_number(x) for x in exp) == Counter(_number(x) for x in got)


def _eq_prefix(exp: Any, got: Any) -> bool:
    if exp is None or got is None:
        return exp is None and got is None
    return fold(got).startswith(fold(exp))


def _eq_assignees(exp: list, got: list) -> bool:
    if len(exp) != len(got):
        return False
    left = [fold(g) for g in got]
    for e in map(fold, exp):
        hit = next((k for k, g in enumerate(left) if g == e or g.startswith(e + " ")), None)
        if hit is None:
            return False
        left.pop(hit)
    return True


def _eq_number(exp: Any, got: Any) -> bool:
    return _number(exp) == _number(got)


COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "votes.counts": _eq_counts, "votes.voters": _eq_voters, "votes.resolution": _eq_number,
    "resolutions.number": _eq_number, "resolutions.actions": _eq_list, "resolutions.parts": _eq_list,
    "resolutions.references": _eq_set, "resolutions.text": _eq_prefix, "tasks.resolution": _eq_number,
    "tasks.assignees": _eq_assignees, "tasks.text": _eq_prefix,
}


def agrees(lst: str, field: str, exp_item: dict, obj: Any) -> bool:
    return COMPARE.get(f"{lst}.{field}", _eq_scalar)(exp_item[field], actual(lst, obj, field))


# --------------------------------------------------------------------------- alignment
_IDENTITY = {"votes": ("counts", "result"), "resolutions": ("number", "text", "actions"), "tasks": ("text", "assignees")}


def _score(lst: str, exp_item: dict, obj: Any) -> float | None:
    stated = [f for f in ITEM_FIELDS[lst] if f in exp_item]
    good = [f for f in stated if agrees(lst, f, exp_item, obj)]
    key = next((f for f in _IDENTITY[lst] if f in exp_item and not (f == "number" and exp_item[f] is None)), None)
    if (key is not None and key in good) or (stated and len(good) >= 0.75 * len(stated)):
        return 1.0 + len(good)
    return None


def align(lst: str, expected: list[dict], got: list[Any]) -> list[Any | None]:
    """For each expected item its parsed counterpart (or None): the order-preserving pairing
    with the highest total agreement."""
    n, m = len(expected), len(got)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            s = _score(lst, expected[i], got[j])
            best[i][j] = max(best[i + 1][j], best[i][j + 1], (s + best[i + 1][j + 1]) if s is not None else -1)
    out: list[Any | None] = []
    i = j = 0
    while i < n:
        if j < m:
            s = _score(lst, expected[i], got[j])
            if s is not None and best[i][j] == s + best[i + 1][j + 1]:
                out.append(got[j])
                i, j = i + 1, j + 1
                continue
            if best[i][j] == best[i][j + 1]:
                j += 1
                continue
        out.append(None)
        i += 1
    return out


# --------------------------------------------------------------------------- results
@dataclass(frozen=True, slots=True)
class Check:
    field: str
    ok: bool
    expected: Any
    got: Any
    where: str  # "votes[2]" …


def checks(case: Case, m: Any) -> Iterator[Check]:
    """Every stated expectation of ``case`` against the parse ``m``."""
    for lst in LISTS:
        if lst not in case.expected:
            continue
        exp_items = case.expected[lst] or []
        got = list(getattr(m, lst))
        yield Check(f"{lst}.count", len(exp_items) == len(got), len(exp_items), len(got), lst)
        pairs = align(lst, exp_items, got)
        for k, (e, g) in enumerate(zip(exp_items, pairs)):
            for field in ITEM_FIELDS[lst]:
                if field not in e:
                    continue
                if g is None:
                    yield Check(f"{lst}.{field}", False, e[field], "<missing>", f"{lst}[{k}]")
                else:
                    yield Check(f"{lst}.{field}", agrees(lst, field, e, g), e[field], actual(lst, g, field),
                                f"{lst}[{k}]")


def fields_of(case: Case) -> list[str]:
    stated = set()
    for lst in LISTS:
        if lst in case.expected:
            stated.add(f"{lst}.count")
            for e in case.expected[lst] or []:
                stated.update(f"{lst}.{f}" for f in e if f in ITEM_FIELDS[lst])
    return [f for f in FIELDS if f in stated]
