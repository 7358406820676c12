"""Repair the anchors of OCR'd lines that the field parsers rely on.

Tesseract reads Czech minutes well, but the few words every parser keys on are exactly where a
misread hurts most: a label at the start of a line ("Pfitomni:" for "Přítomni:", "0mluveni:" for
"Omluveni:"), the number of a programme item ("3, Různé", "l. Zahájení"), a table rule read as a
stray "|".  This module fixes only those, and only on OCR'd pages:

- a line's first one to three words before a colon that miss a known label (``lang.cs.lexicon
  .ocr_labels``) by one letter (two in long labels), after folding diacritics and look-alike
  characters, are replaced by the label as the lexicon writes it;
- "3," / "3;" / "l." opening a line before a capitalised word is an item number "3." / "1.";
- a "|" alone at a line's start or end is dropped;
- a known given name read in small letters before a capitalised word ("předseda jaroslav Hnízdil")
  gets its capital back (``lang.cs.people.GIVEN_NAMES_*``).

Everything else stays as OCR read it (names, numbers, prose).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from minutesparse.document import Line
from minutesparse.lang.cs import lexicon
from minutesparse.lang.cs import people as cs_people

_LABEL_HEAD = re.compile(r"^(?P<lead>\s*)(?P<head>(?:[^\W\d_]|[0|$])[^:\n]{1,40}?)\s*:")
_ITEM_NUMBER = re.compile(r"^(?P<lead>\s*)(?P<num>\d{1,2}|[lI])\s*[,;](?=\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])")
_ITEM_L = re.compile(r"^(?P<lead>\s*)[lI](?=\.\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])")
_STRAY_BAR = re.compile(r"^\s*\|\s*(?=[^\W\d_])|\s+\|\s*$")


def _fold(text: str) -> str:
    text = "".join(lexicon.OCR_LOOKALIKES.get(c, c) for c in text.lower())
    text = unicodedata.normalize("NFD", text)
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Mn").split())


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    out: dict[str, str] = {}
    for w in lexicon.ocr_labels():
        out.setdefault(_fold(w), w)  # the first written form the data lists ("přítomni" before "přítomní")
    return out


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it is sure to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        cur = [i]
        for j, cb in enumerate(b, start=1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def repair_label(head: str) -> str | None:
    """The label ``head`` was meant to be, when OCR missed it by a letter; None when it is fine
    or no label is near enough."""
    folded = _fold(head)
    labels = _labels()
    upper = next((c.isupper() for c in head if c.isalpha()), False)
    if folded in labels:
        if not any(c in lexicon.OCR_LOOKALIKES for c in head):
            return None  # written right ("Přítomni", or "Pritomni" without diacritics: the parsers fold)
        word = labels[folded]
        return word[:1].upper() + word[1:] if upper or not head[:1].isalpha() else word
    if len(folded) < 5:
        return None
    limit = 1 if len(folded) < 9 else 2
    near = [(d, lab) for lab in labels if (d := _distance(folded, lab, limit)) <= limit]
    if not near:
        return None
    best = min(d for d, _ in near)
    choices = {labels[lab] for d, lab in near if d == best}
    if len(choices) != 1:
        return None
    word = choices.pop()
    return word[:1].upper() + word[1:] if upper else word


_SMALL_GIVEN = re.compile(r"(?<![\w.])([a-záčďéěíňóřšťúůýž]{4,})(?=\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+)")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return cs_people.GIVEN_NAMES_MALE | cs_people.GIVEN_NAMES_FEMALE


def _capital_given(m: re.Match[str]) -> str:
    word = m.group(1)
    cap = word[:1].upper() + word[1:]
    return cap if cap in _given_names() else word


def repair_text(text: str) -> str:
    text = _STRAY_BAR.sub("", text) if "|" in text else text
    text = _SMALL_GIVEN.sub(_capital_given, text)
    m = _ITEM_NUMBER.match(text)
    if m:
        num = "1" if m.group("num") in "lI" else m.group("num")
        text = f"{m.group('lead')}{num}.{text[m.end():]}"
    else:
        text = _ITEM_L.sub(lambda mm: f"{mm.group('lead')}1", text, count=1)
    m = _LABEL_HEAD.match(text)
    if m and len(m.group("head").split()) <= 3:
        fixed = repair_label(m.group("head"))
        if fixed is not None:
            text = f"{m.group('lead')}{fixed}{text[m.end('head'):]}"
    return text


def repair_lines(lines: list[Line]) -> list[Line]:
    """OCR'd lines with their label words, item numbers and stray rules repaired."""
    out = []
    for ln in lines:
        fixed = repair_text(ln.text)
        if fixed == ln.text:
            out.append(ln)
        else:
            out.append(Line(text=fixed, page=ln.page, top=ln.top, x0=ln.x0, x1=ln.x1, size=ln.size, bold=ln.bold,
                            cells=ln.cells, table=ln.table))
    return out
