"""Golden tests: every sample PDF parsed and compared with its hand-checked expected JSON.

One test per ``samples/<name>.pdf`` that has a ``samples/<name>.expected.json``.  All
mismatches of a sample are reported at once, one line each, naming the field path and both
values::

    smart_city_liberec: votes[1].counts.yes: expected 5, got None

Comparison rules (see samples/README.md, "How the golden test compares"):

- every field of the expected record is compared; fields the parser has in addition (new
  schema fields) are ignored.  Not compared: ``source.path``, ``parser_version``,
  ``classification`` (a free-text reason) and ``schema_version`` beyond its major number.
- strings are compared after collapsing whitespace (line breaks in the PDF are layout);
  ``title``, ``body.name`` and the places also ignoring letter case.
- ``raw`` is provenance, so it is compared by containment: the expected raw (whitespace
  collapsed) must occur in the parser's raw, which may carry a little more context (a label,
  a table header) but not more than ``3 × len(expected) + 200`` characters.
- ``warnings`` are compared as a set of codes (messages are free text).
- lists of records (agenda, votes, people …) are aligned on a key (number, family name,
  page+raw …) so one missing or extra item is reported as such instead of shifting every
  later item; ``resolutions[i].vote`` (an index into votes) is compared by the vote it
  points at.

Expected files are rewritten from the parser only with ``pytest --update-golden``
(review the diff before committing: they are hand-checked ground truth).
"""

from __future__ import annotations

import difflib
import json
import re
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

import minutesparse

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
GOLDEN = sorted(SAMPLES.glob("*.expected.json"))
NAMES = [p.name[: -len(".expected.json")] for p in GOLDEN]

NOT_COMPARED = {"source.path", "parser_version", "classification", "schema_version"}
# names and headings whose capitalisation depends on where they were read ("POZVÁNKA", "Komise bytové")
CASE_INSENSITIVE = {"title", "body.name", "meeting.place", "next_meeting.place"}
_WS = re.compile(r"\s+")


def norm(s: str) -> str:
    return _WS.sub(" ", s).strip()


@lru_cache(maxsize=1)
def tesseract_has_czech() -> bool:
    exe = shutil.which("tesseract")
    if not exe:
        return False
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return False
    return "ces" in (out.stdout + out.stderr).split()


def _short(value: Any, limit: int = 110) -> str:
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _key(path: str, item: Any) -> Any:
    """Alignment key of a list element (records are matched on it, not on position)."""
    if not isinstance(item, dict):
        return norm(item) if isinstance(item, str) else item
    if item.get("kind") == "person" or "family_name" in item:
        return norm(item.get("family_name") or "").casefold()
    if item.get("kind") == "body":
        return norm(item.get("name") or "").casefold()
    if path.endswith("agenda"):
        return item.get("number")
    if path.endswith("votes"):
        return (item.get("page"), item.get("item"), item.get("part"))
    if path.endswith("resolutions"):
        return item.get("number") or norm(item.get("text") or "")[:40]
    if path.endswith("tasks"):
        return norm(item.get("text") or "")[:30].casefold()
    if path.endswith("parts"):
        return item.get("label")
    if path.endswith("movements"):
        return (norm(item.get("person", {}).get("family_name", "")), item.get("event"))
    return json.dumps(item, sort_keys=True, ensure_ascii=False)


class Comparer:
    def __init__(self, expected: dict, got: dict):
        self.expected_root, self.got_root = expected, got
        self.errors: list[str] = []

    def fail(self, path: str, exp: Any, got: Any) -> None:
        self.errors.append(f"{path}: expected {_short(exp)}, got {_short(got)}")

    def run(self) -> list[str]:
        self.value("", self.expected_root, self.got_root)
        return self.errors

    def value(self, path: str, exp: Any, got: Any) -> None:
        if path in NOT_COMPARED:
            if path == "schema_version" and str(exp).split(".")[0] != str(got).split(".")[0]:
                self.fail(path, exp, got)
            return
        if path == "warnings":
            e = sorted({w["code"] for w in exp})
            g = sorted({w["code"] for w in got or []})
            if e != g:
                self.fail("warnings (codes)", e, g)
            return
        if path.endswith(".vote") and path.startswith("resolutions"):
            self.vote_ref(path, exp, got)
            return
        if isinstance(exp, dict):
            if not isinstance(got, dict):
                self.fail(path, exp, got)
                return
            for k, v in exp.items():
                sub = f"{path}.{k}" if path else k
                if k not in got:
                    if sub not in NOT_COMPARED:
                        self.fail(sub, v, "<missing field>")
                    continue
                self.value(sub, v, got[k])
            return
        if isinstance(exp, list):
            if not isinstance(got, list):
                self.fail(path, exp, got)
                return
            self.sequence(path, exp, got)
            return
        if path.endswith(".raw") or path == "raw":
            self.raw(path, exp, got)
            return
        if isinstance(exp, str) and isinstance(got, str):
            e, g = norm(exp), norm(got)
            if path in CASE_INSENSITIVE:
                e, g = e.casefold(), g.casefold()
            if e != g:
                self.fail(path, exp, got)
            return
        if exp != got or type(exp) is not type(got):
            self.fail(path, exp, got)

    def raw(self, path: str, exp: Any, got: Any) -> None:
        if exp is None or exp == "":
            return  # nothing to check against
        g = norm(got) if isinstance(got, str) else ""
        e = norm(exp)
        if e not in g or len(g) > 3 * len(e) + 200:
            self.fail(path + " (containment)", exp, got)

    def sequence(self, path: str, exp: list, got: list) -> None:
        if all(not isinstance(x, (dict, list)) for x in exp + got):
            if [norm(x) if isinstance(x, str) else x for x in exp] != [
                    norm(x) if isinstance(x, str) else x for x in got]:
                self.fail(path, exp, got)
            return
        ek = [_key(path, x) for x in exp]
        gk = [_key(path, x) for x in got]
        sm = difflib.SequenceMatcher(a=[json.dumps(k, default=str) for k in ek],
                                     b=[json.dumps(k, default=str) for k in gk], autojunk=False)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            n = min(i2 - i1, j2 - j1) if op in ("equal", "replace") else 0
            for d in range(n):
                self.value(f"{path}[{i1 + d}]", exp[i1 + d], got[j1 + d])
            for i in range(i1 + n, i2):
                self.errors.append(f"{path}[{i}]: missing, expected {_short(exp[i])}")
            for j in range(j1 + n, j2):
                self.errors.append(f"{path}[+]: unexpected item (parser's [{j}]) {_short(got[j])}")

    def vote_ref(self, path: str, exp: Any, got: Any) -> None:
        def target(root: dict, idx: Any) -> Any:
            votes = root.get("votes") or []
            if isinstance(idx, int) and 0 <= idx < len(votes):
                v = votes[idx]
                return {"page": v.get("page"), "raw": norm(v.get("raw") or "")[:60]}
            return idx

        e, g = target(self.expected_root, exp), target(self.got_root, got)
        if exp is None or got is None:
            if exp != got:
                self.fail(path, exp, got)
            return
        if not (isinstance(e, dict) and isinstance(g, dict) and e["page"] == g["page"]
                and e["raw"] and (e["raw"] in norm(self.got_root["votes"][got].get("raw") or ""))):
            self.fail(path + " (points at)", e, g)


def compare(expected: dict, got: dict) -> list[str]:
    """All differences between an expected and a parsed record, one line each."""
    return Comparer(expected, got).run()


def _needs_ocr(expected: dict) -> bool:
    return bool(expected.get("source", {}).get("ocr"))


@pytest.mark.parametrize("name", NAMES)
def test_golden(name: str, update_golden: bool) -> None:
    expected_path = SAMPLES / f"{name}.expected.json"
    pdf = SAMPLES / f"{name}.pdf"
    assert pdf.is_file(), f"{name}: {pdf} is missing (run samples/make_samples.py)"
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    if _needs_ocr(expected) and not tesseract_has_czech():
        pytest.skip(f"{name}: image-only sample needs tesseract with Czech data (ces)")
    m = minutesparse.parse(pdf)
    got = m.model_dump(mode="json")
    if update_golden:
        got["source"]["path"] = f"samples/{pdf.name}"
        got["parser_version"] = ""
        expected_path.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        pytest.skip(f"{name}: expected JSON rewritten from the parser; review `git diff samples/`")
    errors = compare(expected, got)
    if errors:
        pytest.fail(f"{len(errors)} mismatches\n" + "\n".join(f"{name}: {e}" for e in errors), pytrace=False)


def test_every_sample_has_expected_json() -> None:
    pdfs = {p.stem for p in SAMPLES.glob("*.pdf")}
    assert pdfs, "no sample PDFs"
    assert pdfs == set(NAMES), f"PDFs without expected JSON: {sorted(pdfs - set(NAMES))}; " \
                               f"expected JSON without PDF: {sorted(set(NAMES) - pdfs)}"


@pytest.mark.parametrize("name", NAMES)
def test_expected_json_matches_its_pdf(name: str) -> None:
    """The expected JSON was written for exactly this PDF (regenerated PDFs need a review)."""
    import hashlib

    expected = json.loads((SAMPLES / f"{name}.expected.json").read_text(encoding="utf-8"))
    data = (SAMPLES / f"{name}.pdf").read_bytes()
    assert expected["source"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert len(data) < 200 * 1024, f"{name}.pdf is {len(data)} bytes (limit 200 KB)"


# --- the comparer itself must be able to fail -------------------------------------------------

def _person(family: str, raw: str) -> dict:
    return {"kind": "person", "name": family, "family_name": family, "given_name": None,
            "titles_before": [], "titles_after": [], "role": None, "raw": raw}


def test_comparer_names_field_and_both_values() -> None:
    exp = {"votes": [{"page": 1, "item": None, "part": None, "raw": "5 5 0", "counts": {"yes": 5}}]}
    got = {"votes": [{"page": 1, "item": None, "part": None, "raw": "PRO: 5 5 0", "counts": {"yes": None}}]}
    assert compare(exp, got) == ["votes[0].counts.yes: expected 5, got None"]


def test_comparer_reports_missing_and_extra_items_without_shifting() -> None:
    exp = {"attendance": {"present": [_person("Malý", "M. Malý"), _person("Vytiska", "J. Vytiska")]}}
    got = {"attendance": {"present": [_person("Kohout", "J. Kohout"), _person("Malý", "Mgr. M. Malý"),
                                      _person("Vytiska", "J. Vytiska")]}}
    errors = compare(exp, got)
    assert len(errors) == 1 and "unexpected" in errors[0] and "Kohout" in errors[0]


def test_comparer_raw_containment_and_whitespace() -> None:
    assert compare({"raw": "a  b\nc"}, {"raw": "label: a b c"}) == []
    assert compare({"raw": "a b c"}, {"raw": "a b"}) != []
    assert compare({"raw": "a b c"}, {"raw": "x" * 300 + "a b c"}) != []  # a whole page is not provenance


def test_comparer_warnings_by_code_and_ignored_fields() -> None:
    exp = {"warnings": [{"code": "ocr_used", "message": "x", "page": 1}], "parser_version": "",
           "source": {"path": "a.pdf", "pages": 1}}
    got = {"warnings": [{"code": "ocr_used", "message": "other words", "page": None}], "parser_version": "9",
           "source": {"path": "/tmp/b.pdf", "pages": 1}, "new_field": 1}
    assert compare(exp, got) == []
    got["warnings"].append({"code": "vote_count_mismatch", "message": "", "page": 2})
    assert compare(exp, got) == ["warnings (codes): expected [\"ocr_used\"], got [\"ocr_used\", \"vote_count_mismatch\"]"]


def test_comparer_resolution_vote_compared_by_target() -> None:
    v = lambda raw, page: {"page": page, "item": None, "part": None, "raw": raw}  # noqa: E731
    exp = {"votes": [v("5 0 0", 1)], "resolutions": [{"number": "1", "vote": 0}]}
    got = {"votes": [v("extra", 1), v("5 0 0", 1)], "resolutions": [{"number": "1", "vote": 1}]}
    errors = compare(exp, got)
    assert not [e for e in errors if "resolutions" in e]
    got["resolutions"][0]["vote"] = 0
    assert [e for e in compare(exp, got) if "resolutions[0].vote" in e]


def test_generator_is_deterministic(tmp_path: Path) -> None:
    """samples/make_samples.py reproduces the committed PDFs byte for byte."""
    import hashlib
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    import sys

    sys.modules[spec.name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    try:
        for fam in ("carlito", "liberation-serif", "liberation-sans", "dejavu-sans", "dejavu-serif"):
            mod.register_family(fam)
    except mod.SampleError as exc:
        pytest.skip(f"fonts to regenerate the samples are not installed: {exc}")
    assert mod.main(["--out", str(tmp_path)]) == 0
    for pdf in sorted(SAMPLES.glob("*.pdf")):
        made = tmp_path / pdf.name
        assert made.is_file(), f"{pdf.name} has no source text in samples/texts/"
        assert hashlib.sha256(made.read_bytes()).hexdigest() == hashlib.sha256(pdf.read_bytes()).hexdigest(), \
            f"{pdf.name}: regenerated PDF differs from the committed one"
