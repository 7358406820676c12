"""Is a page's text layer readable Czech, or garbled (a bad OCR layer, a broken font map)?

The signal, measured per page on word tokens (letters, at least two chars):

- ``known``: share of tokens that are frequent Czech forms (``lang.cs.lexicon``);
- ``odd``: share of tokens with a digit or a symbol between letters ("Bene5ov",
  "kon6ni", "NavrZen'f"), a capital inside a lower-case word ("zAkonae") or letters
  outside the Czech alphabet, or pdfminer's "(cid:123)" for unmapped glyphs (all-capital
  tokens — abbreviations — are not counted);
- ``diacritics``: share of tokens with a Czech diacritic letter.

``score = odd + (1 - known) * 0.5 + (diacritics < 0.05) * 0.25`` grows with garbling;
a page is garbled when ``score >= GARBLED_AT`` and it has at least ``MIN_TOKENS`` tokens
(short pages — a signature page, a table of numbers — are never judged).  The threshold
was set on every page of ../shared/corpus (see the extract report); the scores of the
whole corpus are printed by ``python -m minutesparse.extract.garble DIR``.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass

from minutesparse.lang.cs.lexicon import ALPHABET, COMMON_WORDS, DIACRITIC_LETTERS

MIN_TOKENS = 25
GARBLED_AT = 0.65

_TOKEN = re.compile(r"\S+")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_INNER_ODD = re.compile(r"[^\W\d_][\d$@#|{}\[\]\\^~<>'`]+[^\W\d_]")
_ALPHA = set(ALPHABET)
_DIACRITIC = set(DIACRITIC_LETTERS)


@dataclass(slots=True, frozen=True)
class GarbleScore:
    tokens: int
    known: float
    odd: float
    diacritics: float

    @property
    def score(self) -> float:
        return self.odd + (1.0 - self.known) * 0.5 + (0.25 if self.diacritics < 0.05 else 0.0)

    @property
    def judged(self) -> bool:
        return self.tokens >= MIN_TOKENS

    @property
    def garbled(self) -> bool:
        return self.judged and self.score >= GARBLED_AT

    def describe(self) -> str:
        return (f"score {self.score:.2f} (known words {self.known:.0%}, odd tokens {self.odd:.0%}, "
                f"with diacritics {self.diacritics:.0%}, {self.tokens} tokens)")


def _inner_capital(word: str) -> bool:
    """'zAkonae' (a capital between lower-case letters)."""
    return any(a.islower() and b.isupper() and c.islower() for a, b, c in zip(word, word[1:], word[2:]))


def garble_score(text: str) -> GarbleScore:
    text = unicodedata.normalize("NFC", text)
    tokens = 0
    known = odd = diac = 0
    for raw in _TOKEN.findall(text):
        word = _EDGE.sub("", raw)
        if len(word) < 2 or not any(ch.isalpha() for ch in word):
            continue
        low = word.lower()
        if low.isdigit() or word.isupper():
            continue
        tokens += 1
        if low in COMMON_WORDS:
            known += 1
        letters = [ch for ch in low if ch.isalpha()]
        if "cid:" in low or _INNER_ODD.search(low) or _inner_capital(word) or any(ch not in _ALPHA for ch in letters):
            odd += 1
        if any(ch in _DIACRITIC for ch in letters):
            diac += 1
    if not tokens:
        return GarbleScore(0, 0.0, 0.0, 0.0)
    return GarbleScore(tokens, known / tokens, odd / tokens, diac / tokens)


def _main(argv: list[str]) -> int:  # pragma: no cover - a development report
    """Print the garble score of every page of every PDF under the given folders."""
    from pathlib import Path

    from minutesparse.extract.pdf import page_texts

    for root in argv or ["."]:
        files = [Path(root)] if Path(root).is_file() else sorted(
            p for p in Path(root).rglob("*") if p.suffix.lower() == ".pdf")
        for path in files:
            for number, text in page_texts(path):
                s = garble_score(text)
                flag = "GARBLED" if s.garbled else ("short" if not s.judged else "")
                print(f"{s.score:5.2f} {flag:7s} {path}#{number}  {s.describe()}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(_main(sys.argv[1:]))
