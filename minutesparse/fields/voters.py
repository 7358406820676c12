"""Names of those who voted: lists after a count ("proti 2 (Novák, Dvořák)"), under a heading
("Pro:" and lines of names), and the names whose separators were lost ("Stužka Nováková" with
two against; "Mgr. Tomáš Bernard Helena Brejchová" from a vote-record export).

Only raw names come out; ``fields.people`` turns them into persons.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from minutesparse.document import Line
from minutesparse.fields.names import is_known_given_name
from minutesparse.fields.phrases import phrase_alternation
from minutesparse.lang.cs import titles as cs_titles
from minutesparse.lang.cs import votes as cs

NAME_SPLIT = re.compile(rf"[,;]|\s+(?:{phrase_alternation(cs.NAME_JOINERS)})\s+", re.IGNORECASE)


def name_list(text: str) -> list[str] | None:
    """"Mgr. Jiří Hladík , Josef Hnyk , Lukáš Král" -> the names; None for other text."""
    if re.search(r"\d", text):
        return None
    chunks = [c.strip(" .|") for c in NAME_SPLIT.split(text) if c.strip(" .|")]
    named = [c for c in chunks if any(w[:1].isupper() for w in c.split())]
    return chunks if chunks and len(named) >= 0.6 * len(chunks) else None


_NAME_WORD = re.compile(r"^(?:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][^\s,;]*|[a-z]{2,5}\.)[,;]?$")


def name_block(lines: list[Line], k: int, is_heading: Callable[[str], object]) -> tuple[list[str], int]:
    """The names under a "Pro:" heading, over as many lines as they take; a name broken at a
    line end ("… Havlas Mgr." / "Miroslav Hlaváček") is read whole."""
    names: list[str] = []
    while k < len(lines):
        got = names_block_line(lines[k].text, is_heading)
        if got is not None:
            names += got
            k += 1
            continue
        # lines of capitalised words whose separators were lost: join them, then split
        j = k
        while j < len(lines) and not re.search(r"\d", lines[j].text) and not is_heading(lines[j].text) \
                and all(_NAME_WORD.match(w) for w in lines[j].text.split()) and j < k + 6:
            j += 1
        joined = names_block_line(" ".join(ln.text for ln in lines[k:j]), is_heading) if j > k else None
        if not joined:
            break
        names += joined
        k = j
    return names, k


def names_block_line(text: str, is_heading: Callable[[str], object]) -> list[str] | None:
    """Names separated by commas, semicolons or wide gaps ("Mgr. R. Cápal  Petr Hanák")."""
    if re.search(r"\d", text) or is_heading(text):
        return None
    chunks = [c.strip(" .|") for c in re.split(r"\s*[,;]\s*|\s{2,}|\t", text.strip()) if c.strip(" .|")]
    out: list[str] = []
    for c in chunks:
        if len(c.split()) <= 4:
            out.append(c)
            continue
        run = split_name_run(c)  # the gaps were lost: "Mgr. Tomáš Bernard Helena Brejchová Josef Eichler"
        if run is None:
            return None  # names run together that cannot be told apart: not split by guesswork
        out.extend(run)
    return out if out and all(any(w[:1].isupper() for w in c.split()) for c in out) else None


_TITLE_TOKENS = {t for title in cs_titles.TITLES_BEFORE for t in title.split()}


def split_name_run(text: str) -> list[str] | None:
    """Full names written one after another with no separator: a new name starts at a title
    ("… Bernard RNDr. Ladislav …") or at a known given name once the previous name has its
    given and family name ("… Helena Brejchová Josef …").  None unless every piece is a name of
    two or three words (with its titles)."""
    names: list[list[str]] = []
    plain = 0  # words of the current name that are not titles
    for tok in text.split():
        title = tok in _TITLE_TOKENS or tok + "." in _TITLE_TOKENS
        if names and ((title and plain >= 1 and names[-1][-1] not in _TITLE_TOKENS)
                      or (not title and plain >= 2 and is_known_given_name(tok))):
            names.append([])
            plain = 0
        if not names:
            names.append([])
        names[-1].append(tok)
        plain += 0 if title else 1
    pieces = [" ".join(n) for n in names]
    ok = all(2 <= sum(t not in _TITLE_TOKENS and t + "." not in _TITLE_TOKENS for t in n) <= 3 for n in names)
    return pieces if ok and len(pieces) > 1 else None


def split_run_together(names: list[str], count: int | None) -> list[str]:
    """"Proti: Stužka Nováková" with 2 against: family names typed without separators are
    split word by word, but only when that gives exactly the stated count (plain capitalised
    words, no titles or initials, which would make the split a guess)."""
    if count is None or len(names) >= count:
        return names
    out: list[str] = []
    for name in names:
        words = name.split()
        if len(words) > 1 and all(w[:1].isupper() and w.isalpha() for w in words):
            out.extend(words)
        else:
            out.append(name)
    return out if len(out) == count else names
