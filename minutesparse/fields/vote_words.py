"""The vote vocabulary: count labels and the fields they fill, result and unanimity phrases,
and the normalisation every vote line goes through first (a digit or letter misread by OCR
inside a label, "zdr žel se" broken by a stray space, "O" read for a zero).

All words come from ``lang.cs.votes``; ``votes`` reads notations with them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from minutesparse.fields.phrases import (
    fix_ocr_digits,
    fold,
    ocr_key,
    phrase_alternation,
    word_regex,
)
from minutesparse.lang.cs import votes as cs

COUNT_FIELDS = ("present", "yes", "no", "abstain", "not_voting")
BALLOT_FIELDS = ("yes", "no", "abstain", "not_voting")

LABEL_OF: dict[str, str] = {}
for _f, _forms in cs.COUNT_LABELS.items():
    for _form in _forms:
        LABEL_OF[fold(" ".join(_form.split()))] = _f
WEAK = {fold(w) for w in cs.WEAK_LABELS}

LABELS = phrase_alternation(LABEL_OF.keys() | {f for forms in cs.COUNT_LABELS.values() for f in forms})
RESULT_HEAD = phrase_alternation(cs.RESULT_HEADERS)
DASH = r"[-–—]"
CUE = word_regex(cs.VOTE_CUES)
UNANIMOUS = word_regex(cs.UNANIMOUS)
FAILED = word_regex(cs.RESULT_FAILED)
PASSED = word_regex(cs.RESULT_PASSED)
COUNTER_PROPOSAL = word_regex(cs.COUNTER_PROPOSAL_WORDS)

FILLERS = phrase_alternation(cs.FILLERS)
VOCAB = {w for forms in cs.COUNT_LABELS.values() for f in forms for w in fold(f).split()} | {
    w for f in cs.RESULT_HEADERS + cs.VOTE_CUES + cs.RESULT_PASSED + cs.RESULT_FAILED for w in fold(f).split()}
_DIGIT_IN_WORD = re.compile(r"[^\W\d_]+\d[^\W\d_]*")


def _repair(m: re.Match[str]) -> str:
    """"NE0HLASOVAL" -> "NEHLASOVAL", "PR0TI" -> "PROTI", "prot1" -> "proti": a digit typed
    or recognised inside a label."""
    word = m.group(0)
    for cand in (fix_ocr_digits(word), re.sub(r"\d", "", word)):
        if fold(cand) in VOCAB:
            return cand
    return _OCR_VOCAB.get(ocr_key(word), word)


# OCR confuses i/í/l/1 and o/0: "Hlasovánl", "prot1", "zdržel se O".  Vocabulary words are
# recognised by a key that maps every confusable character to one letter.
_OCR_VOCAB = {ocr_key(w): w for w in VOCAB if len(w) >= 4}
_OCR_WORD = re.compile(r"[^\W_]{4,}")
_LONE_O = re.compile(r"(?<=[\s:(])[Oo](?=\s*(?:[,;)]|$))")
_OCR_SUSPECT = re.compile(r"[^\W\d_]{3,}[l1|](?![^\W\d_])|(?<![\w])[Oo](?![\w])")
_LABEL_BEFORE_O = re.compile(rf"(?<![\w])(?:{LABELS})\s*[:=]?\s*[Oo](?![\w])", re.IGNORECASE)


def _ocr_word(m: re.Match[str]) -> str:
    word = m.group(0)
    if fold(word) in VOCAB:
        return word
    return _OCR_VOCAB.get(ocr_key(word), word)


_SPLIT_WORD = re.compile(r"(?<![\w])([^\W\d_]{2,6}) ([^\W\d_]{2,7})(?![\w])")


def _join_split(m: re.Match[str]) -> str:
    """"zdr žel" -> "zdržel": a vote word broken by a stray space (OCR, justified text)."""
    a, b = m.group(1), m.group(2)
    if fold(a + b) in VOCAB and fold(a) not in VOCAB and fold(b) not in VOCAB:
        return a + b
    return m.group(0)


@lru_cache(maxsize=4096)
def norm(text: str) -> str:
    if any(c.isdigit() for c in text):
        text = _DIGIT_IN_WORD.sub(_repair, text)
        text = _SPLIT_WORD.sub(_join_split, text)
    if _OCR_SUSPECT.search(text):
        text = _OCR_WORD.sub(_ocr_word, text)
        text = _LONE_O.sub("0", text) if _LABEL_BEFORE_O.search(text) else text
    return text


# every word any vote notation needs; a line with none of them and no digit is no vote
_ANY_VOTE_WORD = VOCAB | {w for f in cs.UNANIMOUS + cs.RESULT_FAILED + cs.RESULT_PASSED for w in fold(f).split()}


_ANY_GROUP = re.compile(r"\d\s*[/:\-–—]\s*\d+\s*[/:\-–—]\s*\d")


@lru_cache(maxsize=4096)
def may_be_vote(text: str) -> bool:
    """Cheap pre-check: a vote word ("pro", "hlasování", "přijato" …) or a number group."""
    return bool(_ANY_GROUP.search(text)) or not _ANY_VOTE_WORD.isdisjoint(re.findall(r"[^\W\d_]+", fold(norm(text))))


def field_of(label: str) -> str:
    return LABEL_OF.get(fold(" ".join(label.split())), "")


def stated_result(text: str) -> str | None:
    """'failed' / 'passed' when ``text`` states a result ("Návrh nebyl přijat"), else None."""
    t = norm(text)
    if FAILED.search(t):
        return "failed"
    if PASSED.search(t):
        return "passed"
    return None


def counter_proposal(text: str) -> bool:
    """Is ``text`` (a vote's first line) the vote on a counter-proposal or an amendment?"""
    first = text.split("\n", 1)[0]
    return bool(COUNTER_PROPOSAL.search(first) or COUNTER_PROPOSAL.search(fold(first)))
