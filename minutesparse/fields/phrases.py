"""Regexes built from language word lists (the lists live in ``minutesparse.lang``).

``phrase_alternation(["zdržel se", "pro"])`` gives an alternation that matches each
phrase case-insensitively with any whitespace between its words, and also without
diacritics ("zdrzel se"), longest phrase first so "zdržel se" wins over "zdržel".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case without diacritics: "Zdržel se" -> "zdrzel se"."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")


def _phrase_regex(phrase: str) -> str:
    words = phrase.split()
    out = []
    for w in words:
        chars = []
        for ch in w:
            base = fold(ch)
            if base != ch.lower() and base.isalpha():
                chars.append(f"[{re.escape(ch.lower())}{re.escape(base)}]")
            else:
                chars.append(re.escape(ch.lower()))
        out.append("".join(chars))
    return r"\s*".join(out) if len(words) == 1 else r"\s+".join(out)


@lru_cache(maxsize=256)
def _alternation(phrases: tuple[str, ...]) -> str:
    uniq = sorted(set(phrases), key=len, reverse=True)
    return "|".join(_phrase_regex(p) for p in uniq)


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex alternation (no group) of ``phrases``; compile it with ``re.IGNORECASE``."""
    return _alternation(tuple(phrases))


def word_regex(phrases: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Any of ``phrases`` as whole words (not inside a longer word)."""
    return re.compile(rf"(?<![\w])(?:{phrase_alternation(phrases)})(?![\w])", flags)


def starts_with(phrases: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Any of ``phrases`` at the start of a string, as whole words."""
    return re.compile(rf"^\s*(?:{phrase_alternation(phrases)})(?![\w])", flags)


_SPACED = re.compile(r"(?<!\S)((?:[^\W\d_] ){3,}[^\W\d_])(?!\S)")


def unspace(text: str) -> str:
    """Join letter-spaced words: "U S N E S E N Í č. 5" -> "USNESENÍ č. 5"."""
    return _SPACED.sub(lambda m: m.group(1).replace(" ", ""), text)


def fix_ocr_digits(text: str) -> str:
    """A zero between letters is a capital O typed or recognised wrongly ("NE0HLASOVAL")."""
    return re.sub(r"(?<=[^\W\d_])0(?=[^\W\d_])", "O", text)


_OCR_CONFUSABLE = str.maketrans({"l": "i", "1": "i", "|": "i", "0": "o"})


def ocr_key(word: str) -> str:
    """A key under which OCR's usual confusions (í/i/l/1, o/0) coincide: "Hlasovánl",
    "Hlasování" and "HLASOVÁNÍ" share it, so a misread vocabulary word can still be recognised."""
    return fold(word).translate(_OCR_CONFUSABLE)


def is_caps(text: str) -> bool:
    """Text typed in capitals ("ZASTUPITELSTVO OBCE SCHVALUJE …")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
