"""The Czech analysis chain: tokenizer | lowercase | numbers | stop words | stem | accent fold.

The same chain analyses records at index time and words at query time, so "radě", "rade",
"radou" and "Rada" all meet at one index term, the word's *key*: ``light(fold(word))``, the
Dolamic–Savoy light stemmer run on the diacritics-free word.  It is written by hand (its suffix
tables are data in :mod:`minutesparse.lang.cs.search`) because no package stems Czech typed
without diacritics: the Snowball Czech stemmer (PyStemmer 3.1) needs the diacritics (on
"rozpoctovym" it strips nothing).

Measured on ``tests/relevance/wordgroups.txt`` (``scripts/relevance.py --wordgroups``), query
forms with and without diacritics against accented document forms, recall / precision:
Snowball then fold 0.84 / 0.98; light(fold) 0.96 / 0.98 (held-out list 0.98 / 1.00); both
keys at one position 0.97 / 0.98 (held-out 0.98 / 1.00), but then every query word reads two
posting lists, which made queries 2.5x slower at 100k records; simplemma 0.63; spaCy lookups
0.40.  So one key.

Snowball is used for the second, diacritics-preserving field (:func:`exact_key`): records
spelled with the query's exact diacritics rank above folded matches ("pásu" above "pasů").

Resolution numbers ("RM/1/1/2022", "1386/45", "12/2024/RM") and amounts ("10.000", "4 000")
stay one token each; amounts lose their thousands separators so "10 000" finds "10.000".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterator

import Stemmer

from minutesparse.lang.cs import search as cs

# Token pattern: numbers with slashes (resolution numbers), amounts with thousands separators,
# decimals, then words.  No Czech in here: it is pure character classes.
TOKEN_PATTERN = re.compile(
    r"""
    (?=[\w/]*\d)(?:[^\W_]+/)+[^\W_]+                     # RM/1/1/2022, 1386/45, 12/2024/RM
  | (?<![\d.,])\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?(?!\d)   # 10.000, 4 000, 1 250 000,50
  | \d+(?:,\d+)?                                      # 25, 1,5
  | [^\W\d_]+                                         # words
    """,
    re.VERBOSE,
)
_SEPARATORS = re.compile(r"[ \u00a0\u202f.]")
AMOUNT_PATTERN = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?(?!\d)")


def join_amounts(text: str) -> str:
    """"dotace 10 000 Kč" -> "dotace 10000 Kč": a query parser must not split an amount."""
    return AMOUNT_PATTERN.sub(lambda m: normalize_number(m.group()), text)

_stemmer = Stemmer.Stemmer("czech")
_FOLD = {}


def fold(text: str) -> str:
    """Remove diacritics: "Prachaře" -> "Prachare" (letters only lose their combining marks)."""
    out = _FOLD.get(text)
    if out is None:
        out = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
        out = unicodedata.normalize("NFC", out)
        if len(_FOLD) < 200_000:
            _FOLD[text] = out
    return out


_FOLDED_STOPS = frozenset(fold(w) for w in cs.STOP_WORDS) - cs.FOLDED_STOP_EXCEPTIONS


def is_stop(word: str) -> bool:
    """``word`` lower case.  Accented words are compared as written, plain ones also folded."""
    return word in cs.STOP_WORDS or (word.isascii() and word in _FOLDED_STOPS)


def is_literal(word: str) -> bool:
    """Numbers and resolution numbers are matched as written, never stemmed."""
    return any(c.isdigit() for c in word)


def normalize_number(word: str) -> str:
    """"10.000" -> "10000"; "4 000" -> "4000"; other tokens unchanged."""
    if word[:1].isdigit() and "/" not in word:
        return _SEPARATORS.sub("", word)
    return word


# --- the diacritics-free light stemmer -----------------------------------------------------------

def _palatalise(s: str) -> str:
    """Undo the softening before a front vowel (ce -> k, ste -> sk) and drop that vowel."""
    for ending, hard in cs.PALATAL_RULES:
        if s.endswith(ending):
            return s[: -len(ending)] + hard
    return s[:-1]


def _tiers() -> list[tuple[int, tuple[str, ...], tuple[str, ...]]]:
    """(minimum length, palatal suffixes, plain suffixes), longest words first."""
    palatal, plain = dict(cs.PALATAL_SUFFIXES), dict(cs.CASE_SUFFIXES)
    return [(n, palatal.get(n, ()), plain.get(n, ())) for n in sorted(palatal.keys() | plain.keys(), reverse=True)]


_TIERS = _tiers()


def _remove_case(s: str) -> str:
    for min_len, palatal, plain in _TIERS:
        if len(s) < min_len:
            continue
        for suf in palatal:
            if s.endswith(suf):
                return _palatalise(s[: len(s) - len(suf) + 1])
        for suf in plain:
            if s.endswith(suf):
                return s[: -len(suf)]
    return s


def _remove_possessive(s: str) -> str:
    for min_len, suf in cs.POSSESSIVE_SUFFIXES:
        if len(s) >= min_len and s.endswith(suf):
            return s[:-2] if suf[0] not in "ei" else _palatalise(s[:-1])
    return s


def _normalize_final(s: str) -> str:
    """Drop a fleeting vowel before the last consonant, then harden the final consonant, so that
    a bare stem meets its inflected forms (obec/obce -> obk, rozpočet/rozpočtu -> rozpock)."""
    if len(s) > 3 and s[-2] == cs.FLEETING_VOWEL and s[-1] not in cs.FLEETING_KEEP_AFTER:
        s = s[:-2] + s[-1]
    for ending, hard in cs.FINAL_ALTERNATIONS:
        if s.endswith(ending):
            return s[: -len(ending)] + hard
    return s


def light_stem(folded: str) -> str:
    """Light Czech stemmer for diacritics-free lower-case words ("rozpoctovym" -> "rozpock")."""
    return _normalize_final(_remove_possessive(_remove_case(folded)))


# --- keys ----------------------------------------------------------------------------------------

@lru_cache(maxsize=200_000)
def search_key(word: str) -> str:
    """The index key of one lower-case token: numbers as written, words light-stemmed and folded."""
    if is_literal(word):
        return normalize_number(word)
    return light_stem(fold(word))


def word_keys(word: str) -> tuple[str, ...]:
    """Keys of one lower-case token (one; a tuple so that a richer analysis could add more)."""
    return (search_key(word),)


@lru_cache(maxsize=200_000)
def exact_key(word: str) -> str:
    """The key of the diacritics-preserving field: the Snowball stem, unfolded."""
    if is_literal(word):
        return normalize_number(word)
    return _stemmer.stemWord(word)


def tokens(text: str) -> Iterator[tuple[int, int, int, str]]:
    """(position, start, end, lower-case token) of every non-stop token; positions skip nothing
    (stop words are removed and the rest renumbered, the same at index and query time)."""
    pos = 0
    for m in TOKEN_PATTERN.finditer(text):
        word = m.group().lower()
        if is_stop(word):
            continue
        yield pos, m.start(), m.end(), normalize_number(word)
        pos += 1


def analyze(text: str) -> list[tuple[str, ...]]:
    """Keys per position of ``text`` (for tests and the relevance script)."""
    return [word_keys(w) for _, _, _, w in tokens(text)]
