"""spaCy for Czech: tokenization, sentence boundaries and rule patterns for people.

The pipeline is a blank ``spacy.blank("cs")`` built from ``models/cs_minutes/``:

- ``config.cfg``                 the pipeline (sentences, entity_ruler, person_spans)
- ``tokenizer_exceptions.json``  titles kept as one token ("Ing.", "Ph.D.", "Ing. arch." parts)
- ``patterns/*.jsonl``           EntityRuler patterns: TITLE, ROLE, HONORIFIC, GOVERNOR, PERSON

The pattern files are generated from the Czech data in ``minutesparse.lang.cs`` (titles,
role nouns, case governors), so the language knowledge has one home:

    python -m minutesparse.nlp build      # rewrite models/cs_minutes/ from lang/cs
    python -m minutesparse.nlp check      # exit 1 when models/ is out of date

The pipeline is loaded lazily, once per process (``get_nlp()``), and only run on short spans
(a sentence that assigns a task, a signature line), never on whole documents.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAME = "cs_minutes"
_PKG_DIR = Path(__file__).resolve().parent


def model_dir() -> Path:
    """``models/cs_minutes`` inside the installed package (a symlink to the repo's ``models/``
    in a checkout, real files in a wheel)."""
    for base in (_PKG_DIR / "models", _PKG_DIR.parent / "models"):
        if (base / MODEL_NAME / "config.cfg").is_file():
            return base / MODEL_NAME
    raise FileNotFoundError(f"spaCy assets {MODEL_NAME!r} not found next to the minutesparse package")


# --------------------------------------------------------------------------- assets from lang data

_INITIAL_REGEX = r"^[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]h?\.$"
_CAP_WORD_REGEX = r"^[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+(?:-[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+)?$"
_CAPS_WORD_REGEX = r"^[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{3,}$"


def _title_tokens(title: str) -> list[str]:
    """How a title is tokenized once the special cases are in place: each dotted part
    is one token ("Ing. arch." -> ["Ing.", "arch."])."""
    return title.split()


def build_assets() -> dict[str, Any]:
    """Everything ``models/cs_minutes`` holds besides config.cfg, from ``lang.cs`` data."""
    from minutesparse.fields import names
    from minutesparse.lang.cs import dates as cs_dates
    from minutesparse.lang.cs import people as cs_people
    from minutesparse.lang.cs import structure as cs_structure
    from minutesparse.lang.cs import titles as cs_titles

    exceptions = sorted({tok for t in cs_titles.TITLES_BEFORE + cs_titles.TITLES_AFTER + cs_titles.HONORIFICS
                         for tok in _title_tokens(t) if tok.endswith(".") and len(tok) > 2}
                        | {"v.", "r.", "p."}
                        | {a for a in cs_structure.ABBREVIATIONS + cs_dates.HOUR_WORDS if a.endswith(".")})
    titles = [{"label": "TITLE", "pattern": [{"ORTH": tok} for tok in _title_tokens(t)]}
              for t in cs_titles.TITLES_BEFORE + cs_titles.TITLES_AFTER]
    honorifics = [{"label": "HONORIFIC", "pattern": [{"ORTH": h}]} for h in cs_titles.HONORIFICS]
    role_forms = sorted(names.role_forms())
    roles = [{"label": "ROLE", "pattern": [{"LOWER": {"IN": role_forms}}]}]
    governors = [{"label": "GOVERNOR", "pattern": [{"LOWER": {"IN": sorted(cs_people.CASE_GOVERNORS)}}]}]
    initial = {"TEXT": {"REGEX": _INITIAL_REGEX}}
    cap = {"TEXT": {"REGEX": _CAP_WORD_REGEX}}
    caps = {"TEXT": {"REGEX": _CAPS_WORD_REGEX}}
    hon = {"ORTH": {"IN": sorted({*cs_titles.HONORIFICS,
                                  *(h.capitalize() for h in cs_titles.HONORIFICS if len(h.rstrip(".")) > 1)})}}
    # the last token of a title before a name, in any letter case ("Ing.", "ing.", "ING.")
    title = {"LOWER": {"IN": sorted({t.split()[-1].lower() for t in cs_titles.TITLES_BEFORE})}}
    person = [
        # the longest match wins: "pana Jiřího Vondráka" is one person, not "pana Jiřího" + "Vondráka"
        {"label": "PERSON", "id": "honorific-given-family", "pattern": [hon, cap, cap]},
        {"label": "PERSON", "id": "honorific-initial-family", "pattern": [hon, initial, cap]},
        {"label": "PERSON", "id": "honorific-title-family", "pattern": [hon, title, cap]},
        {"label": "PERSON", "id": "honorific-title-given-family", "pattern": [hon, title, cap, cap]},
        {"label": "PERSON", "id": "title-given-family", "pattern": [title, cap, cap]},
        {"label": "PERSON", "id": "title-initial-family", "pattern": [title, initial, cap]},
        {"label": "PERSON", "id": "initial-family", "pattern": [initial, cap]},
        {"label": "PERSON", "id": "initials-family", "pattern": [initial, initial, cap]},
        {"label": "PERSON", "id": "given-family", "pattern": [cap, cap]},
        {"label": "PERSON", "id": "given-given-family", "pattern": [cap, cap, cap]},
        {"label": "PERSON", "id": "family-initial", "pattern": [cap, initial]},
        {"label": "PERSON", "id": "caps-family-given", "pattern": [caps, cap]},
        {"label": "PERSON", "id": "anonymised", "pattern": [initial, initial]},
        {"label": "PERSON", "id": "honorific-family", "pattern": [hon, cap]},
        {"label": "PERSON", "id": "title-family", "pattern": [title, cap]},
    ]
    return {
        "tokenizer_exceptions.json": exceptions,
        "patterns/titles.jsonl": titles,
        "patterns/honorifics.jsonl": honorifics,
        "patterns/roles.jsonl": roles,
        "patterns/governors.jsonl": governors,
        "patterns/persons.jsonl": person,
    }


def _serialise(name: str, value: Any) -> str:
    if name.endswith(".jsonl"):
        return "".join(json.dumps(v, ensure_ascii=False, sort_keys=True) + "\n" for v in value)
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def write_assets(target: Path | None = None) -> list[Path]:
    target = target or model_dir()
    written = []
    for name, value in build_assets().items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_serialise(name, value), encoding="utf-8")
        written.append(path)
    return written


def stale_assets() -> list[str]:
    """Asset files that differ from what ``lang.cs`` data generates (empty = up to date)."""
    base = model_dir()
    out = []
    for name, value in build_assets().items():
        path = base / name
        if not path.is_file() or path.read_text(encoding="utf-8") != _serialise(name, value):
            out.append(name)
    return out


# --------------------------------------------------------------------------- the pipeline


def _register_components() -> None:
    from spacy.language import Language

    if "minutesparse_person_spans" in Language.factories:
        return

    @Language.component("minutesparse_sentences")
    def sentences_component(doc: Doc) -> Doc:
        """Sentence starts for Czech minutes: after ".", "!" or "?" when the next token starts
        with a capital, except after a day or month number ("5. 12. 2024", "13. června") or an
        ordinal list number; titles, initials and abbreviations are single tokens already."""
        for i, tok in enumerate(doc):
            if i == 0:
                tok.is_sent_start = True
                continue
            prev = doc[i - 1]
            start = False
            if prev.text in (".", "!", "?") and tok.text[:1].isupper():
                before = doc[i - 2] if i >= 2 else None
                ordinal = before is not None and before.is_digit and len(before.text) <= 2
                start = not ordinal
            tok.is_sent_start = start
        return doc

    @Language.component("minutesparse_person_spans")
    def person_spans_component(doc: Doc) -> Doc:
        """Attach to each PERSON the titles, honorific, role noun and case governor written
        before it ("pro náměstky J. Šolce" -> span "pro náměstky J. Šolce")."""
        from spacy.tokens import Span

        ents = list(doc.ents)
        spans: list[Span] = []
        for k, ent in enumerate(ents):
            if ent.label_ != "PERSON":
                continue
            start = ent.start
            j = k - 1
            while j >= 0:
                prev = ents[j]
                gap = doc[prev.end:start]
                if prev.label_ in ("TITLE", "HONORIFIC") and len(gap) == 0 or prev.label_ == "ROLE" and len(gap) <= 3 and all(t.is_lower and t.is_alpha for t in gap):
                    start = prev.start
                elif prev.label_ == "GOVERNOR" and len(gap) == 0:
                    start = prev.start
                    break
                else:
                    break
                j -= 1
            end = ent.end
            while end < len(doc) and any(e.start == end and e.label_ == "TITLE" for e in ents):
                end = next(e.end for e in ents if e.start == end and e.label_ == "TITLE")
            spans.append(Span(doc, start, end, label="PERSON_MENTION"))
        doc.spans["people"] = spans
        return doc


@functools.lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The Czech pipeline, built once per process from ``models/cs_minutes``."""
    import spacy
    from spacy.util import load_config

    _register_components()
    base = model_dir()
    config = load_config(base / "config.cfg")
    nlp = spacy.blank("cs", config=config)
    for orth in json.loads((base / "tokenizer_exceptions.json").read_text(encoding="utf-8")):
        nlp.tokenizer.add_special_case(orth, [{"ORTH": orth}])
    ruler = nlp.get_pipe("entity_ruler")
    patterns: list[dict] = []
    for path in sorted((base / "patterns").glob("*.jsonl")):
        patterns.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp


def person_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """Person mentions in running text as (span text, start char, end char).  The span
    includes the titles, honorific, role noun and preposition written before the name (the
    people parser reads the grammatical case from them)."""
    if not text.strip():
        return
    doc = get_nlp()(text)
    for span in doc.spans.get("people", []):
        yield span.text, span.start_char, span.end_char


def sentences(text: str) -> list[str]:
    """Sentences of ``text``: the ``minutesparse_sentences`` rule component over the tokenizer
    with titles, initials and abbreviations kept whole, so "Ing. J. Novák", "16:00 hod." and
    "5. 12. 2024" never end a sentence by their dots."""
    if not text.strip():
        return []
    return [s.text.strip() for s in get_nlp()(text).sents if s.text.strip()]


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "check"
    if cmd == "build":
        for p in write_assets():
            print(p)
        return 0
    if cmd == "check":
        stale = stale_assets()
        for name in stale:
            print(f"out of date: {name} (run: python -m minutesparse.nlp build)")
        return 1 if stale else 0
    print("usage: python -m minutesparse.nlp build|check", file=sys.stderr)
    return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
