"""Czech vote vocabulary (data only): count labels, result phrases, vote cues.

The vote parser (``minutesparse.fields.votes``) builds its regexes from these lists;
it never spells a Czech word itself.  Matching is case-insensitive; every form is
listed as it is written (with diacritics); the parser also accepts the folded
(accent-less) spelling of each form, because scans and hasty typists drop háčky.
"""

from __future__ import annotations

# Count labels -> VoteCounts field.  Longer forms first is not required (the parser sorts).
COUNT_LABELS: dict[str, tuple[str, ...]] = {
    "present": (
        "přítomno", "přítomni", "přítomných", "přítomen", "přítomen/a", "přítomna",
        "počet přítomných", "přítomných členů",
    ),
    "yes": (
        "pro", "hlasovalo pro", "hlasovali pro", "pro hlasovalo", "pro návrh",
        "ano",
    ),
    "no": (
        "proti", "hlasovalo proti", "hlasovali proti", "proti návrhu", "ne",
    ),
    "abstain": (
        "zdržel se", "zdržela se", "zdrželo se", "zdrželi se", "zdržely se", "zdržel/a se",
        "se zdržel", "se zdržela", "se zdrželo", "se zdrželi", "se zdržely",
        "zdrželo se hlasování", "zdrželi se hlasování",
        "zdržení", "zdržení se", "zdržuje se", "zdrž.", "zdržel", "zdrželo", "zdrželi",
    ),
    "not_voting": (
        "nehlasoval", "nehlasovala", "nehlasovalo", "nehlasovali", "nehlasoval/a",
        "nehlasující", "nehlasuje",
    ),
}

# Labels too short or too common to count as a vote on their own (they need a vote cue
# or another label on the same line): "ano"/"ne" also mean yes/no in ordinary prose.
WEAK_LABELS: tuple[str, ...] = ("ano", "ne")

# Words that may stand between a label and its count ("Pro návrh hlasovalo 7 členů").
FILLERS: tuple[str, ...] = ("hlasovalo", "hlasovali", "hlasoval", "hlasovala", "hlasovaly", "členů", "členové")

# "Usnesení bylo přijato 7 hlasy": a count of yes votes after a result phrase.
VOTE_NOUNS: tuple[str, ...] = ("hlasy", "hlasů", "hlasem")

# Nouns after a count ("pro 4 členové / proti 0 členů / zdrželo se hlasování 1 člen").
COUNT_NOUNS: tuple[str, ...] = (
    "člen", "členů", "členové", "členy", "členka", "členky", "hlas", "hlasy", "hlasů", "hlasem",
    "zastupitel", "zastupitelé", "zastupitelů", "radní", "radních", "senátor", "senátorů",
    "osoba", "osoby", "osob", "přítomných",
)

# Column headers of ruled vote tables that are not counts.
RESULT_HEADERS: tuple[str, ...] = ("výsledek", "výsledek hlasování", "usnesení")

# Words that make a line a vote line ("Hlasování: pro 7 …", "Výsledek hlasování: 5-0-0").
VOTE_CUES: tuple[str, ...] = (
    "hlasování", "hlasovalo", "hlasovali", "hlasováno", "výsledek hlasování",
    "hlasování o návrhu", "hlasování o usnesení",
)

# Legend naming the order of a bare number triple: "25 : 0 : 0 (pro : proti : zdrželo se)".
# The parser reads the legend with COUNT_LABELS; without a legend the order is this one.
DEFAULT_TRIPLE_ORDER: tuple[str, ...] = ("yes", "no", "abstain", "not_voting")

# All present voted for: "jednomyslně", "všemi hlasy".
UNANIMOUS: tuple[str, ...] = (
    "jednomyslně", "jednohlasně", "všemi hlasy", "všemi hlasy přítomných", "všichni pro",
    "všichni přítomní pro", "všichni přítomní hlasovali pro", "všichni hlasovali pro",
    "všichni členové hlasovali pro", "všichni zastupitelé hlasovali pro", "všichni přítomní členové hlasovali pro",
)

# Stated results.  Failed phrases are tried first ("nebyl přijat" contains "přijat").
RESULT_FAILED: tuple[str, ...] = (
    "nepřijato", "nepřijat", "nepřijata", "nebylo přijato", "nebyl přijat", "nebyla přijata",
    "neschváleno", "neschválen", "neschválena", "nebylo schváleno", "nebyl schválen",
    "nebyla schválena", "zamítnuto", "zamítnut", "zamítnuta", "návrh nebyl přijat",
    "usnesení nebylo přijato", "nebylo odsouhlaseno", "neodsouhlaseno",
    "nebyl podpořen", "nebyla podpořena", "nebylo podpořeno", "nezískal většinu", "nezískala většinu",
)
RESULT_PASSED: tuple[str, ...] = (
    "přijato", "přijat", "přijata", "bylo přijato", "byl přijat", "byla přijata",
    "schváleno", "schválen", "schválena", "bylo schváleno", "byl schválen", "byla schválena",
    "odsouhlaseno", "bylo odsouhlaseno", "usnesení bylo přijato", "návrh byl přijat",
)

# A sentence that states a result on its own line ("Usnesení bylo přijato.") becomes a
# vote without counts only when it names what was voted on with one of these subjects.
RESULT_SUBJECTS: tuple[str, ...] = ("usnesení", "návrh", "návrh usnesení", "program", "program jednání")

# Roll-call options written after a name ("Ing. J. Novák – pro"): same labels as counts.
ROLL_CALL_SEPARATORS: tuple[str, ...] = ("–", "-", ":", "—")

# Words joining the names of voters ("proti 2 (Novák a Dvořák)").
NAME_JOINERS: tuple[str, ...] = ("a",)

# A vote on a counter-proposal or an amendment ("Hlasování o protinávrhu D. Oulehlíka: …"),
# held before the vote on the proposal itself: it is not the vote of a proposal read before it.
COUNTER_PROPOSAL_WORDS: tuple[str, ...] = (
    "protinávrh", "protinávrhu", "protinávrhem", "pozměňovací návrh", "pozměňovacím návrhu",
    "pozměňovacího návrhu", "pozměňující návrh", "pozměňujícím návrhu",
)

# "nikdo proti", "nikdo se nezdržel", "Nikdo nebyl proti": a count of zero.  The word for
# nobody, the verbs that may follow it, and the negated abstention forms.
NOBODY_WORDS: tuple[str, ...] = ("nikdo", "nikdo nebyl", "nikdo nehlasoval")
NEGATED_ABSTAIN: tuple[str, ...] = (
    "se nezdržel", "nezdržel se", "se nezdržela", "nezdržela se", "se nezdrželo", "nezdrželo se",
)
