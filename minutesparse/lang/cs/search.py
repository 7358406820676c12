"""Czech data for the search analyzer: stop words, the diacritics-free stemmer's suffixes, labels.

Only data lives here; the machinery that uses it is ``minutesparse.archive.search.analysis``.

Stop words start from spaCy's Czech list (``spacy.lang.cs.stop_words``, a maintained list) minus
the words that carry meaning in minutes: vote labels ("pro", "proti"), "článek", "strana", …

The suffix tables are those of the Czech *light* stemmer of Dolamic & Savoy ("Indexing and
stemming approaches for the Czech language", IP&M 2009; the algorithm Lucene ships as
``CzechStemmer``), rewritten for text that has lost its diacritics (people type "rozpoctovym"
for "rozpočtovým").  The Snowball Czech stemmer (PyStemmer) handles the accented forms.
"""

from __future__ import annotations

import importlib.util as _importlib_util
from pathlib import Path as _Path


def _spacy_cs_stop_words() -> frozenset[str]:
    """spaCy's Czech stop-word list, read from its data file without importing spaCy (the
    ``spacy`` package import costs ~0.6 s, most of a ``minutesparse search`` command)."""
    spec = _importlib_util.find_spec("spacy")  # locating a top-level package does not import it
    if spec is None or spec.origin is None:
        raise ImportError("spacy is not installed; it is a dependency of minutesparse")
    path = _Path(spec.origin).parent / "lang" / "cs" / "stop_words.py"
    data_spec = _importlib_util.spec_from_file_location("_spacy_cs_stop_words", path)
    if data_spec is None or data_spec.loader is None:
        raise ImportError(f"cannot read spaCy's Czech stop words at {path}")
    module = _importlib_util.module_from_spec(data_spec)
    data_spec.loader.exec_module(module)  # a data-only module: one set literal, no imports
    return frozenset(module.STOP_WORDS)


_SPACY_STOP_WORDS = _spacy_cs_stop_words()

#: spaCy stop words that are search terms in minutes (votes, documents, parties, numbers of members).
KEEP_WORDS: frozenset[str] = frozenset({
    "pro", "proti", "ano", "ne", "článek", "článku", "články", "strana", "email", "den", "večer",
    "nový", "nové", "noví", "první", "další", "sto", "tisíc", "tisíce", "nula", "dobrý",
    "jeden", "jedna", "jedno", "dva", "dvě", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět", "deset",
    "jedenáct", "dvanáct", "třináct", "čtrnáct", "patnáct", "šestnáct", "sedmnáct", "osmnáct", "devatenáct",
    "dvacet", "cz",
})

#: Function words frequent in minutes that spaCy's list lacks.
EXTRA_STOP_WORDS: frozenset[str] = frozenset({
    "č", "tj", "tzn", "resp", "event", "popř", "apod", "atd", "atp", "jejímž", "jehož", "jímž",
    "jako", "dne", "dle", "podle", "ohledně", "včetně", "ke", "ku", "vč",
})

#: Accented stop words, lower case.
STOP_WORDS: frozenset[str] = frozenset(
    w.rstrip(".") for w in (set(_SPACY_STOP_WORDS) - KEEP_WORDS) | EXTRA_STOP_WORDS
)

#: Diacritics-free spellings of stop words that are also content words and so must not be dropped
#: when typed without diacritics ("být" -> "byt" is a flat, "dál" -> "dal" a verb).
FOLDED_STOP_EXCEPTIONS: frozenset[str] = frozenset({"byt", "dal", "mam", "pote", "ceny"})

# --- the diacritics-free light stemmer (see the module docstring) --------------------------------
# Each table: (minimum word length, suffixes).  Suffixes marked "palatal" end in a front vowel
# that softened the stem's last consonant; the stemmer then undoes the softening (PALATAL_RULES).

#: Case endings removed outright, longest first.
CASE_SUFFIXES: tuple[tuple[int, tuple[str, ...]], ...] = (
    (8, ("atech",)),
    (7, ("atum",)),
    (6, ("ach", "ata", "aty", "ych", "ama", "ami", "ove", "ovi", "ymi")),
    (5, ("um", "at", "am", "os", "us", "ym", "mi", "ou")),
    (4, ("u", "y", "a", "o")),
)

#: Case endings after which the stem ends in a softened consonant: strip the vowel part only
#: ("ech" leaves "…e" so that PALATAL_RULES see "ce"/"ze"/"ste").
PALATAL_SUFFIXES: tuple[tuple[int, tuple[str, ...]], ...] = (
    (7, ("etem",)),
    (6, ("ech", "ich", "eho", "emi", "emu", "ete", "eti", "iho", "imi", "imu")),
    (5, ("em", "es", "im")),
    (4, ("e", "i")),
)

#: Softened endings and what they were before softening (ce -> k, ze -> h, ste -> sk …);
#: the last character of the ending is the front vowel that is dropped.
PALATAL_RULES: tuple[tuple[str, str], ...] = (
    ("cte", "ck"), ("cti", "ck"), ("ste", "sk"), ("sti", "sk"),
    ("ce", "k"), ("ci", "k"), ("ze", "h"), ("zi", "h"),
)

#: Possessive-adjective suffixes ("Novákova" -> "Novák", "Evina" -> "Ev").
POSSESSIVE_SUFFIXES: tuple[tuple[int, str], ...] = ((5, "ov"), (6, "in"))

#: The fleeting vowel dropped before a stem's last consonant when an ending is added (pozemek/pozemku).
FLEETING_VOWEL = "e"
#: Final letters after which an "e" is never dropped (a vowel: "-ea", "-eu").
FLEETING_KEEP_AFTER = frozenset("aeiouy")

#: Stem-final normalisation: consonant alternations seen across a paradigm
#: (rozpočet/rozpočtu, obec/obce, pozemek/pozemku).
FINAL_ALTERNATIONS: tuple[tuple[str, str], ...] = (("ct", "ck"), ("st", "sk"), ("c", "k"), ("z", "h"))

#: Czech words for attendance categories, indexed with person records so "omluven" finds the excused.
ATTENDANCE_WORDS: dict[str, str] = {
    "present": "přítomen přítomna přítomni člen",
    "guest": "host hosté přizván",
    "excused": "omluven omluvena omluveni",
    "absent": "nepřítomen nepřítomna nepřítomni neomluven",
}

#: Czech words for vote results, indexed with vote records.
RESULT_WORDS: dict[str, str] = {"passed": "přijato schváleno", "failed": "nepřijato neschváleno zamítnuto"}

#: Czech names of each record type, indexed with the record ("úkoly pro Prachaře" finds tasks).
TYPE_WORDS: dict[str, str] = {
    "document": "dokument zápis",
    "agenda": "bod programu",
    "resolution": "usnesení",
    "vote": "hlasování",
    "task": "úkol",
    "person": "",
}
