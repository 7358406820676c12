"""Find and normalise dates and times written the Czech way.

"16.5. 2024", "12. 9. 2024", "27. října 2022", "ze dne 8.12.2022", "16. V. 2024" -> "YYYY-MM-DD";
"15:00", "16.25 hod.", "17 hodin" -> "HH:MM".  Month names come from ``lang.cs.dates``.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass

from minutesparse.lang.cs import dates as cs


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")


_MONTH_WORD: dict[str, int] = {}
for _num, _forms in cs.MONTHS.items():
    for _f in _forms:
        if not _f.isupper():  # Roman numerals handled separately (case-sensitive)
            _MONTH_WORD[_f] = _num
            _MONTH_WORD[_fold(_f)] = _num
_ROMAN: dict[str, int] = {f: n for n, forms in cs.MONTHS.items() for f in forms if f.isupper()}

_month_alt = "|".join(sorted((re.escape(k) for k in _MONTH_WORD), key=len, reverse=True))
_roman_alt = "|".join(sorted(_ROMAN, key=len, reverse=True))

# 16.5.2024 / 16. 5. 2024 / 16.5. 2024 / 16/5/2024
_NUMERIC = re.compile(r"(?<![\d/])(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*((?:19|20)\d{2}|\d{2}(?![\d.]))")
# 27. října 2022 / 27 října 2022 / 1. září 2023
_WORDY = re.compile(rf"(?<!\d)(\d{{1,2}})\s*\.?\s*({_month_alt})\b\.?\s*((?:19|20)\d{{2}})?", re.IGNORECASE)
# 16. V. 2024
_ROMAN_DATE = re.compile(rf"(?<!\d)(\d{{1,2}})\s*\.\s*({_roman_alt})\s*\.\s*((?:19|20)\d{{2}})")
# 15:00 / 16.25 hod. / 17 hodin / 9,30 h
_hour_alt = "|".join(re.escape(w) for w in sorted(cs.HOUR_WORDS, key=len, reverse=True))
_TIME = re.compile(rf"(?<![\d.,:])([01]?\d|2[0-3])\s*(?:[:.,]\s*([0-5]\d))?\s*(?:({_hour_alt})(?![^\W\d_])|(?=\s|$|[,;)]))",
                   re.IGNORECASE)
_TIME_COLON = re.compile(r"(?<![\d.,:])([01]?\d|2[0-3])\s*:\s*([0-5]\d)(?!\d)")
# "17.00", "18. 15" without an hour word: a time only right after a cue ("Zahájení: 17.00", "v 16. 30")
_TIME_BARE = re.compile(r"(?<![\d.,:])([01]?\d|2[0-3])\s*[.,]\s?([0-5]\d)(?![\d])(?!\s*[.,]\s*\d)")
_BARE_CUE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(
    re.escape(_fold(c)).replace(r"\ ", r"\s+") for c in sorted(cs.BARE_TIME_CUES, key=len, reverse=True))
    + r")\s*:?\s*$")


@dataclass(frozen=True, slots=True)
class DateMatch:
    iso: str | None  # None when day/month known but year missing
    start: int
    end: int
    text: str
    day: int
    month: int
    year: int | None


def _valid(y: int, m: int, d: int) -> bool:
    try:
        _dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _year(y: str | None) -> int | None:
    if not y:
        return None
    n = int(y)
    return n + 2000 if n < 100 else n


_OCR_O = re.compile(r"(?<=\d)[Oo](?=\d)|(?<=\d\d)[Oo](?!\w)|(?<=[.\s][12])[Oo](?=\d)")


def find_dates(text: str, default_year: int | None = None) -> list[DateMatch]:
    """All dates in ``text`` in order of appearance.  ``default_year`` fills "13.6." style dates.
    A letter O among digits is read as a zero ("14. 6. 2O22" from OCR or a typist)."""
    text = _OCR_O.sub("0", text)  # one letter for one digit: positions stay
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, d: int, mo: int, y: int | None) -> None:
        if any(s < m.end() and m.start() < e for s, e in taken):
            return
        y2 = y if y is not None else default_year
        iso = f"{y2:04d}-{mo:02d}-{d:02d}" if y2 is not None and _valid(y2, mo, d) else None
        if y2 is not None and iso is None:
            return
        if not 1 <= mo <= 12 or not 1 <= d <= 31:
            return
        taken.append((m.start(), m.end()))
        found.append(DateMatch(iso, m.start(), m.end(), m.group(0), d, mo, y))

    for m in _NUMERIC.finditer(text):
        add(m, int(m.group(1)), int(m.group(2)), _year(m.group(3)))
    for m in _ROMAN_DATE.finditer(text):
        add(m, int(m.group(1)), _ROMAN[m.group(2)], _year(m.group(3)))
    for m in _WORDY.finditer(text):
        mo = _MONTH_WORD.get(m.group(2).lower()) or _MONTH_WORD.get(_fold(m.group(2)))
        if mo:
            add(m, int(m.group(1)), mo, _year(m.group(3)))
    # "13.6." without a year (only when a default year is known)
    if default_year is not None:
        for m in re.finditer(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.(?!\s*\d)", text):
            add(m, int(m.group(1)), int(m.group(2)), None)
    found.sort(key=lambda d: d.start)
    return found


def parse_date(text: str, default_year: int | None = None) -> str | None:
    """The first date in ``text`` as ``YYYY-MM-DD``, or None."""
    for d in find_dates(text, default_year):
        if d.iso:
            return d.iso
    return None


def find_times(text: str) -> list[tuple[str, int, int]]:
    """Times of day in ``text`` as (``HH:MM``, start, end).  Bare numbers count only
    with an hour word ("17 hodin"); "15:00" and "16.25 hod." always count; "17.00" and
    "18. 15" without an hour word count right after a time cue ("Zahájení: 17.00", "v 16. 30").
    Dates are masked first so "16.5. 2024" is never a time."""
    masked = list(text)
    for d in find_dates(text, default_year=2000):
        for i in range(d.start, d.end):
            masked[i] = " "
    s = "".join(masked)
    out: list[tuple[str, int, int]] = []
    spans: list[tuple[int, int]] = []
    for m in _TIME_COLON.finditer(s):
        out.append((f"{int(m.group(1)):02d}:{m.group(2)}", m.start(), m.end()))
        spans.append((m.start(), m.end()))
    for m in _TIME.finditer(s):
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        if m.group(3) is None:
            continue  # a bare number without "hod." is not a time
        out.append((f"{int(m.group(1)):02d}:{m.group(2) or '00'}", m.start(), m.end()))
        spans.append((m.start(), m.end()))
    for m in _TIME_BARE.finditer(s):
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        if _BARE_CUE.search(_fold(s[max(0, m.start() - 20):m.start()])):
            out.append((f"{int(m.group(1)):02d}:{m.group(2)}", m.start(), m.end()))
    out.sort(key=lambda t: t[1])
    return out


def parse_time(text: str) -> str | None:
    t = find_times(text)
    return t[0][0] if t else None
