"""Resolutions: number labels, the body's wording, actions, parts and references.

Pure functions over text; ``decisions.apply`` decides which lines form a resolution.
All words come from ``lang.cs.decisions``.

- ``match_label(text)``: "Usnesení č. 12/2024/RM", "Číslo: RM/1/1/2022",
  "(usnesení č. 8/2018 R)" -> the number and any text after it on the line.
- ``subject_verb(text)``: "Rada města Litovel schvaluje …" / "ZO schvaluje …" /
  "Zastupitelstvo obce Čerčany:" -> where the body's wording starts and its verb.
- ``find_actions(text)`` / ``leading_action(text)``: resolution verbs, normalised to the
  present tense ("schválila" -> "schvaluje", "vzalo na vědomí" -> "bere na vědomí").
- ``split_parts(lines)``: a) b) c) / A) B) / I. II. / 1. 2. parts, nested "1. a)" kept.
- ``find_references(text)``: numbers of other resolutions named in the wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutesparse.fields.phrases import (
    fold,
    is_caps,
    ocr_key,
    phrase_alternation,
    unspace,
)
from minutesparse.lang.cs import decisions as cs

# --------------------------------------------------------------------------- numbers
_UP = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
# "12/2024/RM", "RM/1/1/2022", "1386/45", "8/2018 R", "1.??/2022", "ZM-3-2024", "45"
NUMBER = (rf"(?:[{_UP}]{{1,6}}[/-])?(?:\d|\?\?)[\d?]*(?:[./-](?:[\w?]+))*"
          rf"(?:\s[{_UP}]{{1,3}}(?=\s*(?:\)|$|:)))?")

_LABEL_WORDS = phrase_alternation(cs.LABEL_WORDS)
_MARKS = phrase_alternation(cs.NUMBER_MARKS)
_COLON_WORDS = phrase_alternation(cs.COLON_LABEL_WORDS)
_MARK_RE = re.compile(rf"(?<![\w])(?:{_MARKS})", re.IGNORECASE)

# "Usnesení č. 12/2024/RM: …", "USNESENÍ ZASTUPITELSTVA OBCE č. 5", "(usnesení č. 8/2018 R)",
# "Usnesení FV/5/1/2024: …"
_LABEL = re.compile(
    rf"^\s*(?P<listno>\d{{1,3}}[.)]\s+)?(?P<prefix>(?:{phrase_alternation(cs.LABEL_PREFIXES)})\s+)?(?P<open>\()?\s*(?P<word>{_LABEL_WORDS})(?P<extra>(?:\s+[^\W\d_]+\.?){{0,3}}?)\s*(?:(?P<mark>{_MARKS})\s*)?:?\s*"
    rf"(?P<num>{NUMBER})\s*(?P<close>\))?\s*(?P<sep>[:.–—-])?\s*(?P<rest>.*)$",
    re.IGNORECASE)
# "Číslo: RM/1/1/2022", "Č. usnesení: 5/2023"
_COLON_LABEL = re.compile(
    rf"^\s*(?P<word>{_COLON_WORDS})(?:\s+{phrase_alternation([cs.RESOLUTION_WORD])})?\s*:\s*(?P<num>{NUMBER})\s*[:.–—-]?\s*(?P<rest>.*)$",
    re.IGNORECASE)
# "č. 1.??/2022 ze dne …" right under an "USNESENÍ" title
_BARE_LABEL = re.compile(rf"^\s*(?:{_MARKS})\s*(?P<num>{NUMBER})(?P<rest>.*)$", re.IGNORECASE)


_PROPOSAL = re.compile(rf"(?:{phrase_alternation(cs.PROPOSAL_CUES)})(?![\w])", re.IGNORECASE)
_BARE_FOLLOW = re.compile(rf"^\s*(?:{phrase_alternation(cs.BARE_LABEL_FOLLOWERS)})(?![\w])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LabelMatch:
    number: str
    rest: str  # text after the label on the same line (the start of the wording, if any)
    parenthesized: bool
    proposal: bool  # "Návrh usnesení č. …"
    vote: bool = False  # "Výsledek hlasování o usnesení č. 5: …" — the line may also hold the vote


def _clean_number(num: str) -> str:
    num = num.strip().rstrip(".,;:")
    return _OCR_ZERO.sub("0", num) if any(c in num for c in "Oo") else num


_OCR_ZERO = re.compile(r"(?<=\d)[Oo]|[Oo](?=\d)")  # "2O21": a letter O read or typed for a zero
# body abbreviations that may stand between the label and its number ("Usnesení KV 3/1/2023")
_BODY_ABBREVIATIONS = {b for b in cs.RESOLVING_BODIES if b.isupper() and " " not in b}
_LABEL_HEADS = {ocr_key(w): w for w in cs.LABEL_WORDS if " " not in w and not w.endswith(".")}


def _ocr_label_word(text: str) -> str:
    """"Usnesenl č. 4/1/2O21" -> "Usnesení č. …": the label word misread by OCR."""
    m = re.match(r"\s*(?:\d{1,3}[.)]\s+)?\(?([^\W\d_][^\W_]{4,})", text)
    if not m:
        return text
    word = m.group(1)
    canon = _LABEL_HEADS.get(ocr_key(word))
    if canon is None or fold(word) == fold(canon):
        return text
    canon = canon.upper() if word.isupper() else (canon[:1].upper() + canon[1:] if word[:1].isupper() else canon)
    return text[:m.start(1)] + canon + text[m.end(1):]


def _label_ok(m: re.Match[str]) -> bool:
    word, num = m.group("word"), m.group("num")
    paren = bool(m.group("open"))
    if m.group("prefix"):
        return bool(m.group("mark"))  # "Hlasování o usnesení č. 5": always with "č."
    # a label starts with a capital ("Usnesení č. 5") unless parenthesised; a lower-case
    # "usnesení č. 5" at a line start is a wrapped reference inside prose
    if not (word[:1].isupper() or paren):
        return False
    if paren and not m.group("close"):
        return False
    extra = m.group("extra").split()
    if extra and extra[0].islower() and len(extra[0]) <= 3:
        return False  # "Usnesení o vydání změny č. 1 …", "Usnesení ze 45. schůze": a title, not a label
    if m.group("mark"):
        return True
    if extra:
        return False  # "Usnesení ze 45. schůze": words between label and number need "č."
    if paren:
        return True
    # without "č.": a scheme-like number ("FV/5/1/2024") or one followed by ":"/"–"/the end
    if re.search(r"[/-]", num) and re.search(r"\d", num):
        return True
    return m.group("sep") in (":", "–", "—", "-") or (not m.group("rest") and not m.group("sep"))


# "Usnesení č. ZMČ 6/1/2024", "Usnesení č.: ZM 2/2/2025": the body's abbreviation after the mark
_ABBR_ALT = "|".join(sorted(map(re.escape, _BODY_ABBREVIATIONS), key=len, reverse=True))
_ABBR_AFTER_MARK = re.compile(
    rf"^\s*(?P<word>(?i:{_LABEL_WORDS}))\s*(?i:{_MARKS})\s*:?\s*(?P<abbr>{_ABBR_ALT})"
    rf"\s+(?P<num>\d[\d./-]*[/-]\d[\w/.-]*)\s*(?P<sep>[:.–—-])?\s*(?P<rest>.*)$")


def _abbreviated_body(m: re.Match[str]) -> bool:
    extra = m.group("extra").split()
    return (len(extra) == 1 and extra[0] in _BODY_ABBREVIATIONS and not m.group("prefix") and m.group("word")[:1].isupper()
            and bool(re.search(r"\d[/-]\d", m.group("num"))))


def match_label(text: str, *, after_title: bool = False) -> LabelMatch | None:
    """The resolution-number label at the start of ``text``, or None.

    ``after_title`` allows the bare "č. 5/2024" form, used right under a "Usnesení" title.
    """
    t = _ocr_label_word(unspace(text.strip()))
    m = _LABEL.match(t)
    if m and re.search(r"[\d?]", m.group("num")) and _label_ok(m):
        return LabelMatch(_clean_number(m.group("num")), m.group("rest").strip(), bool(m.group("open")),
                          bool(_PROPOSAL.match(m.group("word"))), vote=bool(m.group("prefix")))
    if m and _abbreviated_body(m):  # "Usnesení KV 3/1/2023: …"
        return LabelMatch(f"{m.group('extra').strip()} {_clean_number(m.group('num'))}", m.group("rest").strip(),
                          bool(m.group("open")), False)
    m = _ABBR_AFTER_MARK.match(t)
    if m and m.group("word")[:1].isupper():
        return LabelMatch(f"{m.group('abbr')} {_clean_number(m.group('num'))}", m.group("rest").strip(), False, False)
    m = _COLON_LABEL.match(t)
    if m and m.group("word")[:1].isupper() and re.search(r"\d", m.group("num")):
        return LabelMatch(_clean_number(m.group("num")), m.group("rest").strip(), False, False)
    if after_title:
        m = _BARE_LABEL.match(t)
        if m and (not m.group("rest").strip() or _BARE_FOLLOW.match(m.group("rest"))):
            return LabelMatch(_clean_number(m.group("num")), "", False, False)
    return None


_DATE_LEAD = re.compile(rf"^\s*(?:{phrase_alternation(cs.LABEL_DATE_WORDS)})\s+", re.IGNORECASE)


def label_in_prose(rest: str) -> bool:
    """Is the text after a label the rest of a sentence about that resolution ("Usnesení
    č. 3/9/2024 ze dne 12. 9. 2024 obsahovalo chybnou výši dotace.") rather than its title
    or wording?"""
    t = rest.strip()
    if not t or not t.endswith((".", "!", "?")):
        return False
    lead = _DATE_LEAD.match(t)
    if lead:
        from minutesparse.fields.dates import find_dates

        dates = [d for d in find_dates(t) if d.start <= lead.end() + 1]
        if dates:
            t = t[dates[0].end:].strip(" ,")
    word = re.match(r"[^\W\d_]+", t)
    if word is None or not word.group(0).islower() or _BARE_FOLLOW.match(t):
        return False
    w = word.group(0)
    if not (w in cs.PROSE_VERBS or (len(w) > 3 and w.endswith(cs.PROSE_VERB_ENDINGS))):
        return False  # "… ze dne 3. 5. 2024 o prodeji pozemku.": a title after the number
    return subject_verb(t) is None and leading_action(t, 2) is None


_BARE_NUMBERED = re.compile(r"^\s*(?P<num>\d{1,3}/\d{1,4}(?:/\d{2,4})?)\s+(?P<rest>[^\W\d_].*)$")


def bare_numbered(text: str) -> LabelMatch | None:
    """"3/7 starostovi obce zajistit …": a resolution number with no label word at the start of a
    point under a verb heading ("III. ukládá:"), the point's wording in lower case after it."""
    m = _BARE_NUMBERED.match(text)
    if not m or not m.group("rest")[:1].islower():
        return None
    return LabelMatch(m.group("num"), m.group("rest").strip(), False, False)


def verb_heading(text: str) -> str | None:
    """"I. schvaluje:" / "bere na vědomí:" / "III. ukládá:": the verb of the points below it."""
    t = text.strip()
    if not t.endswith(":"):
        return None
    pl = part_label(t)
    body = t[pl.end:] if pl else t
    v = leading_action(body, 1)
    if v is None or body[v.end:].strip(" :"):
        return None
    return v.action


def number_shape(number: str) -> str:
    """"RM/1/1/2022" -> "A/9/9/9": the pattern of a numbering scheme."""
    s = re.sub(r"\d+", "9", number)
    return re.sub(rf"[{_UP}a-z]+", "A", s)


# --------------------------------------------------------------------------- verbs
_FORM_TO_ACTION: dict[str, str] = {}
for _canonical, _forms in cs.ACTIONS.items():
    for _f in (_canonical, *_forms):
        _FORM_TO_ACTION[fold(" ".join(_f.split()))] = _canonical
_ALL_FORMS = [f for canon, forms in cs.ACTIONS.items() for f in (canon, *forms)]
_VERB_RE = re.compile(rf"(?<![\w])(?P<verb>{phrase_alternation(_ALL_FORMS)})(?![\w])", re.IGNORECASE)


def _canon(form: str) -> str:
    return _FORM_TO_ACTION[fold(" ".join(form.split()))]


@dataclass(frozen=True, slots=True)
class VerbMatch:
    action: str
    start: int
    end: int


# the same forms without diacritics, matched on the folded text (much faster; folding
# keeps offsets for precomposed letters, checked below)
_FOLDED_ALT = "|".join(r"\s+".join(map(re.escape, f.split())) for f in sorted(_FORM_TO_ACTION, key=len, reverse=True))
_FOLDED_VERB_RE = re.compile(rf"(?<![\w])(?P<verb>{_FOLDED_ALT})(?![\w])")


def find_verbs(text: str) -> list[VerbMatch]:
    folded = fold(text)
    if len(folded) == len(text):
        return [VerbMatch(_FORM_TO_ACTION[" ".join(m.group("verb").split())], m.start(), m.end())
                for m in _FOLDED_VERB_RE.finditer(folded)]
    return [VerbMatch(_canon(m.group("verb")), m.start(), m.end()) for m in _VERB_RE.finditer(text)]


def leading_action(text: str, max_words: int = 2) -> VerbMatch | None:
    """The verb a clause starts with ("schvaluje …", "Bere na vědomí", "dále souhlasí")."""
    m = _VERB_RE.search(text)
    if not m:
        return None
    before = text[:m.start()]
    if len(re.findall(r"[^\W\d_]+", before)) > max_words - 1:
        return None
    return VerbMatch(_canon(m.group("verb")), m.start(), m.end())


# body subjects: "Rada města Litovel", "Komise Smart City", "ZO", "Zastupitelstvo obce Čerčany"
_BODY_ALT = "|".join(re.escape(b) for b in sorted(cs.RESOLVING_BODIES, key=len, reverse=True))
_BODY = re.compile(rf"^\s*(?:{_BODY_ALT})(?![\w])")
_BODY_CI = re.compile(rf"^\s*(?:{_BODY_ALT})(?![\w])", re.IGNORECASE)  # for text typed in capitals


def body_at_start(text: str) -> re.Match[str] | None:
    return (_BODY_CI if is_caps(text) else _BODY).match(text)


@dataclass(frozen=True, slots=True)
class Subject:
    verb: VerbMatch | None  # None for a subject standing alone ("Zastupitelstvo obce Čerčany:")
    subject: str


_ORDINAL = re.compile(r"(?<![\w.])\d{1,2}\.\s+(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])")


def subject_verb(text: str, max_subject_words: int = 9) -> Subject | None:
    """A resolving body at the start of ``text`` followed by its verb (or a colon)."""
    t = text.strip()
    if not body_at_start(t):
        return None
    m = _VERB_RE.search(t)
    if m:
        subj = t[:m.start()].strip(" ,:")
        n = len(re.findall(r"\S+", subj))
        # no sentence end inside the subject; "č." and ordinals ("Akademický senát 2. LF") are no ends
        if 1 <= n <= max_subject_words and "." not in _ORDINAL.sub(" ", _MARK_RE.sub("", subj)).rstrip("."):
            return Subject(VerbMatch(_canon(m.group("verb")), m.start(), m.end()), subj)
    words = re.findall(r"\S+", t.rstrip(":"))
    if len(words) <= 6 and (t.endswith(":") or not re.search(r"[.;,]", t)):
        return Subject(None, t.rstrip(" :"))
    return None


_RELATIVE = re.compile(rf"(?<![\w])(?:{phrase_alternation(cs.RELATIVE_WORDS)})(?![\w])", re.IGNORECASE)
_AND = phrase_alternation(cs.AND_WORDS)
_REFLEXIVE = phrase_alternation(cs.REFLEXIVE)
_AFTER_REFLEXIVE = re.compile(rf"(?:^|\s)(?:{_REFLEXIVE})$", re.IGNORECASE)
_AFTER_REFLEXIVE_AND = re.compile(rf"(?:^|\s)(?:{_REFLEXIVE})\s+\S+\s+(?:{_AND})$", re.IGNORECASE)
_AFTER_AND = re.compile(rf"(?:^|[\s,;])(?:{_AND})$", re.IGNORECASE)
_AND_FEW_WORDS = re.compile(rf"(?:^|\s)(?:{_AND})((?:\s+[^\W\d_]+){{1,3}})$", re.IGNORECASE)


def coordinated_actions(text: str) -> list[VerbMatch]:
    """Verbs that start a further clause of the same decision: "… a bere na vědomí …",
    "… a jako náhradníka určuje …", "Dále Rada města Litovel stanovuje …", "…; souhlasí …"."""
    out = []
    for v in find_verbs(text):
        before = text[:v.start].rstrip()
        if _AFTER_REFLEXIVE.search(before):
            continue  # "Dodatkem se mění …": a reflexive passive, not the body's decision
        if _AFTER_REFLEXIVE_AND.search(before):
            continue  # "kterým se mění a doplňuje …": a second passive verb
        if _AFTER_AND.search(before) or before.endswith(";"):
            out.append(v)
            continue
        # "a jako náhradníka určuje": "a" and at most three words before a present-tense verb
        tail = re.split(r"[,;:.()]", before)[-1]
        m = _AND_FEW_WORDS.search(tail)
        if m and fold(text[v.start:v.end]) == fold(v.action) and not _RELATIVE.search(m.group(1)):
            out.append(v)
            continue
        sentence = re.split(r"[.!?]\s+", before)[-1]
        if sentence != before and len(sentence.split()) <= 6 and (
                body_at_start(sentence) or body_at_start(re.sub(r"^\s*\w+\s+", "", sentence))):
            out.append(v)  # "Dále Rada města Litovel stanovuje", "… . Zastupitelstvo obce zároveň ukládá"
    return out


_NESTED = re.compile(rf"(?<![\w])(?:{phrase_alternation(cs.NESTED_RESOLUTION_CUES)})(?![\w])\s*:?", re.IGNORECASE)
_QUOTED = re.compile(r"[„“\"»«][^„“\"»«]{12,}[“”\"«»]")


def own_wording(text: str) -> str:
    """The part of a wording that is the body's own: a resolution quoted for another body
    ("doporučuje ZM přijmout následující usnesení: ZM schvaluje …", „…“) is cut away."""
    m = _NESTED.search(text)
    if m:
        text = text[:m.end()]
    return _QUOTED.sub(" ", text) if any(q in text for q in "„\"»") else text


_PASSIVE_FORM: dict[str, str] = {fold(f): canon for canon, forms in cs.PASSIVE_ACTIONS.items() for f in forms}
_PASSIVE_RE = re.compile(rf"(?<![\w])(?:{phrase_alternation([f for fs in cs.PASSIVE_ACTIONS.values() for f in fs])})(?![\w])",
                         re.IGNORECASE)


def first_clause_action(text: str) -> str | None:
    """For a numbered wording without a recognised decision verb: the verb of its first clause,
    active ("Zastupitelstvo dnešního dne schválilo …") or passive ("Jako ověřovatelé zápisu byli
    schváleni …")."""
    clause = re.split(r"[.;:]\s", text, maxsplit=1)[0]
    found = [(m.start(), _PASSIVE_FORM[fold(" ".join(m.group(0).split()))]) for m in _PASSIVE_RE.finditer(clause)]
    found += [(v.start, v.action) for v in find_verbs(clause) if not _RELATIVE.search(clause[:v.start])]
    return min(found)[1] if found else None


_VERB_WORDS = {fold(w) for f in _ALL_FORMS for w in f.split()}
_OCR_VERB_WORDS = {ocr_key(w): w for w in _VERB_WORDS if len(w) >= 4}
_WORD = re.compile(r"[^\W_]{4,}")


def _ocr_verbs(text: str) -> str:
    """"bere na vědoml" -> "bere na vedomi": verb words misread by OCR (í/l/1, o/0)."""
    def fix(m: re.Match[str]) -> str:
        w = m.group(0)
        return w if fold(w) in _VERB_WORDS else _OCR_VERB_WORDS.get(ocr_key(w), w)
    return _WORD.sub(fix, text)


def find_actions(text: str) -> list[str]:
    """The verbs of a resolution's wording, in order, without repeats: the leading verb and
    coordinated ones ("… a bere na vědomí …").  Verbs in subordinate clauses, quotations
    and reflexive passives ("se mění") are not the body's decisions.  When none is found, verb
    words misread by OCR are repaired and the search repeated."""
    out = _find_actions(text)
    if not out:
        repaired = _ocr_verbs(text)
        if repaired != text:
            out = _find_actions(repaired)
    return out


def _find_actions(text: str) -> list[str]:
    text = own_wording(text)
    found: list[VerbMatch] = []
    sv = subject_verb(text)
    if sv and sv.verb:
        found.append(sv.verb)
    else:
        lv = leading_action(text)
        if lv:
            found.append(lv)
    found += coordinated_actions(text)
    out: list[str] = []
    for v in sorted(found, key=lambda v: v.start):
        if v.action not in out:
            out.append(v.action)
    return out


# --------------------------------------------------------------------------- parts
# "a)", "(a)", "A)", "II.", "3." — a dot must be followed by a space ("a.s." is no label)
_PART = re.compile(r"^\s*(?:(?P<paren>\((?P<pl>[a-zA-Z]|[IVX]{1,4}|\d{1,2})\))|(?P<l>[a-z]|[A-Z]|[IVX]{1,4}|\d{1,2})"
                   r"(?P<p>\)|\.(?=\s)))\s*(?=\S)")
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]


@dataclass(frozen=True, slots=True)
class PartLabel:
    style: str  # "a)", "A)", "I.", "1.", "(a)" …
    index: int  # 0-based position in its sequence
    label: str  # as a label: "a", "B", "II", "3"
    end: int  # where the text after the label starts


def part_label(text: str) -> PartLabel | None:
    m = _PART.match(text)
    if not m:
        return None
    raw = m.group("pl") or m.group("l")
    punct = ")" if m.group("paren") else m.group("p")
    if raw.isdigit():
        if punct == "." and text[m.end():m.end() + 1].isdigit():
            return None  # "1. 384 m²": a number broken at the line end, not a label
        return PartLabel("1" + punct, int(raw) - 1, raw, m.end())
    if raw in _ROMAN and (punct == "." or raw not in "IVX" or len(raw) > 1):
        return PartLabel("I" + punct, _ROMAN.index(raw), raw, m.end())
    if len(raw) == 1:
        style = ("a" if raw.islower() else "A") + punct
        return PartLabel(style, ord(raw.lower()) - ord("a"), raw, m.end())
    return None


# --------------------------------------------------------------------------- references
_REF_CUE = phrase_alternation(cs.REFERENCE_CUES)
_LIST_WORDS = phrase_alternation(cs.AND_WORDS + cs.RANGE_WORDS)
_REF = re.compile(
    rf"(?<![\w])(?:{_REF_CUE})\s*(?:(?:{_MARKS})\s*)?(?P<abbr>(?-i:{_ABBR_ALT})\s+(?=\d))?"
    rf"(?P<list>{NUMBER}(?:\s*(?:,|{_LIST_WORDS}|–|-|—)\s*{NUMBER})*)",
    re.IGNORECASE)
_LIST_SPLIT = re.compile(rf"\s*(?:,|\s(?:{_LIST_WORDS})\s|–|—|\s-\s)\s*", re.IGNORECASE)


def find_references(text: str, shapes: set[str] | None = None, own: str | None = None) -> list[str]:
    """Other resolutions named in ``text``: after "usnesení (č.)", or any token shaped
    like the document's own resolution numbers (``shapes``, e.g. "A/9/9/9")."""
    out: list[str] = []
    for m in _REF.finditer(text):
        abbr = m.group("abbr")
        for num in _LIST_SPLIT.split(m.group("list")):
            num = _clean_number(num)
            if abbr and num[:1].isdigit():
                num = f"{abbr.strip()} {num}"  # "usnesení č. ZMČ 4/7/2024"
            if re.search(r"\d", num) and ("/" in num or "-" in num or "." in num) and num not in out:
                out.append(num)
    if shapes:
        for m in re.finditer(rf"(?<![\w/]){NUMBER}", text):
            num = _clean_number(m.group(0))
            if number_shape(num) in shapes and "/" in num and num not in out:
                out.append(num)
    return [n for n in out if n != own]
