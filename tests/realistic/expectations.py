"""Compare a parsed :class:`Minutes` with a held-out expectations file (``*.yaml``).

Shared by ``tests/test_realistic_meeting.py`` (one test per document and field) and
``scripts/realistic_report.py`` (per-field accuracy table).  The rules are in
``tests/realistic/meeting/README.md``: absent keys are not checked; people are compared by
family name (case and diacritics ignored) as multisets; a scalar given as a list accepts any
of its values; titles and places are compared without case, diacritics and trailing
punctuation.
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
MEETING_DIR = HERE / "meeting"

# report order
FIELDS = (
    "document_type", "body.name", "body.kind", "municipality",
    "meeting.number", "meeting.date", "meeting.start_time", "meeting.end_time", "meeting.place",
    "present", "present_count", "total_members", "excused", "absent", "guests", "quorum", "movements",
    "agenda", "presenters", "chair", "recorder", "verifiers", "next_meeting",
)


def fold(value: Any) -> str:
    text = "" if value is None else str(value)
    text = unicodedata.normalize("NFD", text.casefold())
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    text = text.replace("–", "-").replace("—", "-")
    return " ".join(text.split()).strip(" .,;:")


@dataclass(frozen=True, slots=True)
class Case:
    name: str                 # file stem
    text_path: Path
    expected: dict[str, Any]

    @property
    def text(self) -> str:
        return self.text_path.read_text(encoding="utf-8")

    def known_wrong(self, field: str, pdf: bool = False, ocr: bool = False) -> str | None:
        key = "known_wrong_ocr" if ocr else "known_wrong_pdf" if pdf else "known_wrong"
        return (self.expected.get(key) or {}).get(field)


def load_cases(directory: Path = MEETING_DIR) -> list[Case]:
    out = []
    for yml in sorted(directory.glob("*.yaml")):
        txt = yml.with_suffix(".txt")
        if txt.is_file():
            out.append(Case(yml.stem, txt, yaml.safe_load(yml.read_text(encoding="utf-8")) or {}))
    return out


# --------------------------------------------------------------------------- field checks
# Each returns (ok, expected-as-shown, actual-as-shown).

def _scalar(expected: Any, actual: Any, text: bool = False) -> tuple[bool, Any, Any]:
    options = expected if isinstance(expected, list) else [expected]
    if text:
        ok = any((o is None and actual is None) or (o is not None and actual is not None and fold(o) == fold(actual))
                 for o in options)
    else:
        ok = any(str(o) == str(actual) if o is not None and actual is not None else o is actual for o in options)
    return ok, expected, actual


def _family(p: Any) -> str | None:
    return None if p is None else p.family_name


def _people(expected: list[str], actual: list[Any]) -> tuple[bool, Any, Any]:
    got = [p.family_name for p in actual]
    return Counter(fold(x) for x in expected) == Counter(fold(x) for x in got), sorted(expected), sorted(got)


def _person(expected: Any, actual: Any) -> tuple[bool, Any, Any]:
    return _scalar(expected, _family(actual), text=True)


def _agenda(expected: list[list[str]], m: Any) -> tuple[bool, Any, Any]:
    got = [[a.number, a.title] for a in m.agenda]
    ok = [(str(n), fold(t)) for n, t in expected] == [(n, fold(t)) for n, t in got]
    return ok, expected, got


def _presenters(expected: dict[str, list[str]], m: Any) -> tuple[bool, Any, Any]:
    items = {a.number: a for a in m.agenda}
    got = {str(k): sorted(p.family_name for p in items[str(k)].presenters) if str(k) in items else None
           for k in expected}
    ok = all(got[str(k)] is not None and Counter(map(fold, v)) == Counter(map(fold, got[str(k)]))
             for k, v in expected.items())
    return ok, expected, got


def _movements(expected: list[list[str]], m: Any) -> tuple[bool, Any, Any]:
    got = [[mv.person.family_name, mv.event, mv.time] for mv in m.attendance.movements]
    ok = Counter((fold(f), e, t) for f, e, t in expected) == Counter((fold(f), e, t) for f, e, t in got)
    return ok, expected, got


def _next_meeting(expected: dict[str, Any] | None, m: Any) -> tuple[bool, Any, Any]:
    nm = m.next_meeting
    if expected is None:
        return nm is None, None, nm and nm.model_dump()
    if nm is None:
        return False, expected, None
    got = nm.model_dump()
    ok = all(_scalar(v, got.get(k), text=(k == "place"))[0] for k, v in expected.items())
    return ok, expected, got


def _meeting(key: str) -> Callable[[Any, Any], tuple[bool, Any, Any]]:
    return lambda exp, m: _scalar(exp, getattr(m.meeting, key), text=(key == "place"))


CHECKS: dict[str, tuple[Callable[[dict], Any], Callable[[Any, Any], tuple[bool, Any, Any]]]] = {
    "document_type": (lambda e: e.get("document_type", ...), lambda x, m: _scalar(x, m.document_type)),
    "body.name": (lambda e: (e.get("body") or {}).get("name", ...), lambda x, m: _scalar(x, m.body.name, text=True)),
    "body.kind": (lambda e: (e.get("body") or {}).get("kind", ...), lambda x, m: _scalar(x, m.body.kind)),
    "municipality": (lambda e: e.get("municipality", ...), lambda x, m: _scalar(x, m.municipality, text=True)),
    "meeting.number": (lambda e: (e.get("meeting") or {}).get("number", ...), _meeting("number")),
    "meeting.date": (lambda e: (e.get("meeting") or {}).get("date", ...), _meeting("date")),
    "meeting.start_time": (lambda e: (e.get("meeting") or {}).get("start_time", ...), _meeting("start_time")),
    "meeting.end_time": (lambda e: (e.get("meeting") or {}).get("end_time", ...), _meeting("end_time")),
    "meeting.place": (lambda e: (e.get("meeting") or {}).get("place", ...), _meeting("place")),
    "present": (lambda e: e.get("present", ...), lambda x, m: _people(x, m.attendance.present)),
    "present_count": (lambda e: e.get("present_count", ...), lambda x, m: _scalar(x, m.attendance.present_count)),
    "total_members": (lambda e: e.get("total_members", ...), lambda x, m: _scalar(x, m.attendance.total_members)),
    "excused": (lambda e: e.get("excused", ...), lambda x, m: _people(x, m.attendance.excused)),
    "absent": (lambda e: e.get("absent", ...), lambda x, m: _people(x, m.attendance.absent)),
    "guests": (lambda e: e.get("guests", ...), lambda x, m: _people(x, m.attendance.guests)),
    "quorum": (lambda e: e.get("quorum", ...), lambda x, m: _scalar(x, m.attendance.quorum)),
    "movements": (lambda e: e.get("movements", ...), _movements),
    "agenda": (lambda e: e.get("agenda", ...), _agenda),
    "presenters": (lambda e: e.get("presenters", ...), _presenters),
    "chair": (lambda e: e.get("chair", ...), lambda x, m: _person(x, m.chair)),
    "recorder": (lambda e: e.get("recorder", ...), lambda x, m: _person(x, m.recorder)),
    "verifiers": (lambda e: e.get("verifiers", ...), lambda x, m: _people(x, m.verifiers)),
    "next_meeting": (lambda e: e.get("next_meeting", ...), _next_meeting),
}


def fields_of(case: Case) -> list[str]:
    """The fields ``case`` states an expectation for, in report order."""
    return [f for f in FIELDS if CHECKS[f][0](case.expected) is not ...]


def check(case: Case, field: str, m: Any) -> tuple[bool, Any, Any]:
    getter, compare = CHECKS[field]
    return compare(getter(case.expected), m)


def results(case: Case, m: Any) -> Iterator[tuple[str, bool, Any, Any]]:
    for f in fields_of(case):
        ok, exp, got = check(case, f, m)
        yield f, ok, exp, got


# --------------------------------------------------------------------------- PDF rendering


_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
)


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "HeldOutSans" not in pdfmetrics.getRegisteredFontNames():
        path = next((f for f in _FONTS if Path(f).exists()), None)
        if path is None:
            raise RuntimeError("no TrueType font with Czech glyphs found for the PDF tests")
        pdfmetrics.registerFont(TTFont("HeldOutSans", path))
    return "HeldOutSans"


def text_to_pdf(text: str, path: Path) -> Path:
    """Draw ``text`` as an A4 PDF with reportlab the way a word processor would print it:
    11 pt, long lines wrapped at the margin, form feeds start a new page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    name = _font()
    width, height = A4
    left, top, bottom, size = 56.0, height - 60.0, 60.0, 11.0
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for page_no, page in enumerate(text.split("\f")):
        if page_no:
            c.showPage()
        y = top
        for raw in page.split("\n"):
            line = re.sub(r"\s+$", "", raw)
            wrapped = simpleSplit(line, name, size, width - 2 * left) if line.strip() else [""]
            for piece in wrapped:
                if y < bottom:
                    c.showPage()
                    y = top
                c.setFont(name, size)
                c.drawString(left, y, piece)
                y -= size * 1.35
    c.save()
    return path
