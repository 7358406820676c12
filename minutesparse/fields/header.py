"""Stage 'header': title, body, municipality and the meeting's number, date, times and place.

Read in this order (the first source that gives a value wins):

- **title**: the title-area line with the document-type cue (``classify.title_index``),
  joined with its wrapped continuation (same heading font) or with a following line that
  starts with a preposition ("ZÁPIS" / "z 3. jednání …") or names the body in the genitive.
- **body**: in the title, the body right after a meeting word ("4. jednání *komise pro Smart
  City*"); else any body named in the title area; else a body abbreviation ("pro jednání ZMO").
- **municipality**: a header line ("Město Litovel", "OBEC ČERČANY", "Městský obvod Pardubice V"),
  the body's qualifier ("Rady města Litovel"), any "města/obce X" in the title area, and last the
  place-and-date line of the signatures ("Liberec 16.5. 2024").
- **meeting**: number from "4. jednání" / "45. schůze" / "Zápis č. 5/2024" / "Usnesení Rady obce X
  č. 15/2021"; date from a date label ("Datum konání:"), the title, the title area; times from
  "od 15:00", "16:30–18:05", "zahájil v 17:00", "ukončeno v 16.25 hod."; place from "Místo konání:",
  "v zasedací místnosti …", "na Obecním úřadě …", or the opening sentence that starts the meeting
  (never from inside a resolution list).  Lines wrapped at the margin are read joined
  (``joined_view``: "… od 18.00" / "hodin na obecním úřadě …").
- Town names written in the genitive ("Zastupitelstva města Kamenova") or the locative ("V Novém
  Městě na Moravě dne") are read back to the nominative by ``placenames``; a ``municipality_inferred``
  warning says so when the document never writes the nominative itself.
"""

from __future__ import annotations

import re

from minutesparse.document import Line, TextDocument
from minutesparse.fields import bodies, classify, dates, placenames, places
from minutesparse.fields.classify import despace as unspace
from minutesparse.fields.names import fold
from minutesparse.lang.cs import bodies as cs_bodies
from minutesparse.lang.cs import dates as cs_dates
from minutesparse.lang.cs import structure as cs
from minutesparse.schema import Body, Minutes


def _alt(words: tuple[str, ...] | list[str]) -> str:
    """Alternation of ``words`` as written and without diacritics ("jednání" also "jednani")."""
    forms = set(words) | {fold(w) for w in words if not w.isupper()}
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(forms, key=len, reverse=True))


_MEETING_NO = re.compile(
    rf"(?<![\d.])(\d{{1,3}})\s*(?:/\s*[IVXLC]{{1,6}}\s*)?\.\s*(?:\(?(?:{_alt(cs.MEETING_ADJECTIVES)})\)?\s+)*"
    rf"(?:{_alt(cs.MEETING_WORDS)})(?!\w)",
    re.IGNORECASE)
_MEETING_NO_ROMAN = re.compile(
    rf"(?<![\w./])([IVXLC]{{1,7}})\s*\.\s*(?:\(?(?:{_alt(cs.MEETING_ADJECTIVES)})\)?\s+)*(?:{_alt(cs.MEETING_WORDS)})(?!\w)")


def _roman_value(s: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total, prev = 0, 0
    for ch in reversed(s):
        v = values[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total or None


_LABEL_NO = re.compile(rf"(?<!\w)(?:{_alt(cs.NUMBER_LABELS)})\s*(\d{{1,3}})(?:\s*/\s*(?:\d{{2,4}}))?(?![\d/])",
                       re.IGNORECASE)
_DATE_LABEL = re.compile(rf"^\s*(?:{_alt(cs.DATE_LABELS)})(?:\s+(?:{_alt(cs.DATE_LABEL_SUFFIXES)}))?\s*:", re.IGNORECASE)
_PLACE_LABEL = re.compile(rf"(?:^|[,;]\s*)(?:{_alt(cs.PLACE_LABELS)})\s*:\s*", re.IGNORECASE)
_START_WORDS = re.compile(rf"(?<!\w)(?:{_alt(cs.START_LABELS)})(?!\w)", re.IGNORECASE)
_END_WORDS = re.compile(rf"(?<!\w)(?:{_alt(cs.END_LABELS)})(?!\w)", re.IGNORECASE)
_BODY_END_WORDS = re.compile(rf"(?<!\w)(?:{_alt([w for w in cs.END_LABELS if len(w) > 3])})(?!\w)", re.IGNORECASE)
_BODY_START_WORDS = re.compile(rf"(?<!\w)(?:{_alt([w for w in cs.START_LABELS if len(w) > 3])})(?!\w)", re.IGNORECASE)
_RANGE = re.compile(r"(?<![\d:.])([01]?\d|2[0-3])[:.]([0-5]\d)\s*[-–—]\s*([01]?\d|2[0-3])[:.]([0-5]\d)(?!\d)")
_NEXT = re.compile(rf"(?:{_alt(cs.NEXT_MEETING_CUES)})", re.IGNORECASE)


# --------------------------------------------------------------------------- wrapped lines


def _wraps(line: Line, nxt: Line) -> bool:
    """``nxt`` continues the sentence of ``line`` (a paragraph wrapped at the margin)."""
    t, n = line.text.rstrip(), nxt.text.lstrip()
    if re.search(r"\s\d{1,3}\.$", t) and n[:1].islower() and nxt.page == line.page:
        return True  # "… o konání 18." / "zasedání Zastupitelstva …"
    if re.search(r"(?<!\d)\d{1,2}\.\s?\d{1,2}\.$", t) and re.match(r"(?:19|20)\d\d(?!\d)", n) and nxt.page == line.page:
        return True  # "… konaného dne 22. 3." / "2023 v zasedací místnosti …"
    if not t or not n or t.endswith((".", ":", ";", "!", "?")) or nxt.page != line.page:
        return False
    if re.match(r"^[^\W\d_][\w ]{0,30}:", n):
        return False  # the next line is a label of its own ("Doba konání: …")
    last = t.split()[-1]
    # "… v Dolním" / "Bousíně": a name's adjective left at the margin
    name_cut = last[:1].isupper() and fold(last).endswith(cs_bodies.NAME_CUT_ENDINGS) and n[:1].isupper()
    return (n[:1].islower() or n[:1].isdigit() or n[:1] == "(" or (len(last) <= 3 and last.islower())
            or last[-1:].isdigit() or name_cut)


def joined_view(lines: list[Line]) -> list[Line]:
    """Each line with the next one appended when the paragraph wraps there ("… od 18.00" / "hodin na
    obecním úřadě …"), so phrases cut by the margin are read whole."""
    out = []
    for k, ln in enumerate(lines):
        text, j = ln.text.rstrip(), k
        while j + 1 < len(lines) and j - k < 3 and _wraps(lines[j], lines[j + 1]):
            j += 1
            text = f"{text} {lines[j].text.strip()}"
        out.append(ln if j == k else Line(text=text, page=ln.page, top=ln.top, x0=ln.x0, x1=ln.x1, size=ln.size,
                                          bold=ln.bold))
    return out


# --------------------------------------------------------------------------- title


def _body_size(doc: TextDocument) -> float:
    sizes = sorted(ln.size for ln in doc.lines if ln.size)
    return sizes[len(sizes) // 2] if sizes else 0.0


def _starts_with_body(text: str) -> bool:
    found = bodies.find_bodies(text)
    return bool(found) and found[0].start <= 1


def title_lines(doc: TextDocument, area: list[Line]) -> list[Line]:
    idx = classify.title_index(doc, area)
    if idx is None:
        return []
    out = [area[idx]]
    body = _body_size(doc)
    first = area[idx]
    for ln in area[idx + 1: idx + 4]:
        text = ln.text.strip()
        so_far = " ".join(x.text for x in out)
        same_style = (first.size and abs(ln.size - first.size) < 0.3 and ln.bold == first.bold
                      and first.size > body + 0.5 and not re.match(r"^[^\W\d_][\w ]{0,30}:", text)
                      and (text[:1].islower() or so_far.rstrip().endswith((",", "-", "–"))))
        first_word = fold(text.split(" ", 1)[0]) if text else ""
        has_meeting = re.search(rf"(?:{_alt(cs.MEETING_WORDS)})", so_far, re.IGNORECASE) is not None
        prep = first_word in cs.TITLE_CONTINUATIONS and not has_meeting
        body_gen = (not bodies.find_bodies(so_far) and not has_meeting and _starts_with_body(text)
                    and len(out) == 1 and len(first.text.split()) <= 3)
        last_body = bodies.find_bodies(so_far)
        body_tail = (bool(last_body) and not so_far.rstrip().endswith((".", ",")) and text[:1].islower()
                     and bodies.municipality_in(so_far.split()[-1] + " " + text) is not None)
        last_word = so_far.split()[-1] if so_far.split() else ""
        # "… Fakulty zdravotnických studií Západočeské" / "univerzity v Plzni": a proper adjective at the
        # margin, its noun on the next line
        adjective_cut = (last_word[:1].isupper() and fold(last_word).endswith(cs_bodies.TITLE_ADJECTIVE_CUT_ENDINGS)
                         and text[:1].islower() and len(text.split()) <= 6 and not _TITLE_TAIL.match(" " + text))
        if same_style or prep or body_gen or body_tail or adjective_cut:
            out.append(ln)
        else:
            break
    return out


_TITLE_TAIL = re.compile(rf",?\s+(?:{_alt(cs.TITLE_TAIL_CUES)})(?!\w).*$", re.IGNORECASE)


def _title_text(lines: list[Line]) -> str:
    parts = [unspace(ln.text.strip()) for ln in lines]
    # a joined continuation ends before "…, konaného dne 15. 6. 2023 od 18:00 hodin v …"
    parts[1:] = [_TITLE_TAIL.sub("", p) for p in parts[1:]]
    if len(parts) > 1 and parts[0].isupper() and len(parts[0].split()) <= 2:
        parts[0] = parts[0].capitalize()  # "ZÁPIS" + "z 3. jednání …" -> "Zápis z 3. jednání …"
    return " ".join(" ".join(parts).split()).strip(" ,;:")


# --------------------------------------------------------------------------- body and municipality


def _pick_body(found: list[bodies.BodyMention]) -> bodies.BodyMention | None:
    if not found:
        return None
    real = [b for b in found if b.head not in cs.MEETING_BODIES]
    pool = real or found
    after = [b for b in pool if b.after_meeting_word]
    return (after or pool)[0]


def _fuller(chosen: bodies.BodyMention, area: list[Line]) -> bodies.BodyMention:
    """"z jednání komise konaného …" under the heading "Komise pro rozvoj cestovního ruchu": a bare
    head takes the full name the title area gives the same kind of body."""
    if fold(chosen.name) != fold(chosen.head):
        return chosen
    for ln in area:
        for b in bodies.find_bodies(unspace(ln.text)):
            if b.head == chosen.head and len(b.name) > len(chosen.name):
                return bodies.BodyMention(name=b.name, kind=b.kind, head=b.head, start=chosen.start, end=chosen.end,
                                          after_meeting_word=chosen.after_meeting_word,
                                          municipality=b.municipality or chosen.municipality)
    return chosen


def _find_body(title: str | None, area: list[Line]) -> tuple[bodies.BodyMention | None, tuple[str, str] | None]:
    title_found = [b for b in bodies.find_bodies(title) if b.head not in cs.MEETING_BODIES] if title else []
    after = [b for b in title_found if b.after_meeting_word]
    if after:
        return _fuller(after[0], area), None
    area_found = [(ln, [b for b in bodies.find_bodies(unspace(v.text)) if b.start < len(unspace(ln.text))])
                  for ln, v in zip(area, joined_view(area))]
    fuller = {b.head for b in title_found if fold(b.name) != fold(b.head)}
    for ln, found in area_found:
        for b in found:
            if b.after_meeting_word and b.head not in cs.MEETING_BODIES:
                if fold(b.name) == fold(b.head) and b.head in fuller:
                    continue  # "… program jednání rady." below "Usnesení Rady obce Kostelní Lhota"
                return b, None
        ab = bodies.abbreviation_body(ln.text, after_meeting_word=True)
        if ab:
            # "Zápis z 5. zasedání AS PedF" under "Akademický senát Pedagogické fakulty …": the full name
            full = next((b for _l, fs in area_found for b in fs if b.kind == ab[1] and len(b.name) > len(ab[0])), None)
            return (full, None) if full is not None else (None, ab)
    if title_found:
        return title_found[0], None
    if title:
        meeting_bodies = bodies.find_bodies(title)
        if meeting_bodies:
            return meeting_bodies[0], None
    for _ln, found in area_found:
        pick = _pick_body(found)
        if pick:
            return pick, None
    for ln in area:
        ab = bodies.abbreviation_body(ln.text)
        if ab:
            return None, ab
    return None, None


def _attendance_body(doc: TextDocument) -> bodies.BodyMention | None:
    from minutesparse.lang.cs import attendance as cs_att

    heads = tuple(h for h in cs_att.HEADINGS if len(h.split()) > 1)
    for ln in doc.lines[:40]:
        low = ln.text.strip().lower()
        if low.startswith(heads):
            found = bodies.find_bodies(ln.text.split(":")[0])
            if found:
                b = found[0]
                return bodies.BodyMention(name=b.name.split()[0].lower() if len(b.name.split()) == 1 else b.name,
                                          kind=b.kind, head=b.head, start=b.start, end=b.end,
                                          after_meeting_word=False, municipality=b.municipality)
    return None


def _titlecase(name: str) -> str:
    if not name.isupper():
        return name
    return " ".join(w if len(w) <= 1 or re.fullmatch(r"[IVX]+", w) else "-".join(p.capitalize() for p in w.split("-"))
                    for w in name.split())


_HEADER = re.compile(rf"^\s*(?:{_alt(tuple(h for h in cs_bodies.MUNICIPALITY_HEADERS))})\s+(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])",
                     re.IGNORECASE)


def _header_municipality(lines: list[Line]) -> str | None:
    nonname = {w.lower() for w in cs_bodies.NON_NAME_WORDS}
    for ln in lines:
        text = unspace(ln.text.strip())
        m = _HEADER.match(text)
        if not m:
            continue
        words: list[str] = []
        parts = re.split(r"\s+", text[m.end():])
        for k, w in enumerate(parts):
            w2 = w.strip(",;:")
            link = (w2.lower() in cs_bodies.TOWN_NAME_LINKS and words and k + 1 < len(parts)
                    and parts[k + 1][:1].isupper())  # "Hradec nad Svitavou"
            if not link and (not w2 or not (w2[:1].isupper() or w2[:1].isdigit()) or w2.lower() in nonname
                             or re.search(r"\d{3}", w2)):
                break
            words.append(w2)
            if w != w2:
                break
        if words:
            return _titlecase(" ".join(words))
    return None


_CAP = r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w-]+"
_PLACE_DATE = re.compile(
    rf"^\s*(?:({'|'.join(w.capitalize() for w in cs_bodies.NAME_LOCATIVE_PREPOSITIONS)})\s+)?({_CAP}(?:\s+{_CAP}){{0,2}}(?:\s+(?:{'|'.join(cs_bodies.TOWN_NAME_LINKS)})\s+{_CAP}(?:\s+{_CAP})?)?)"
    rf"\s*,?\s*(?:(?:{_alt(cs.DATE_WORDS)})\s*:?\s*)?$")


def _place_date_municipality(doc: TextDocument) -> str | None:
    """"Liberec 16.5. 2024" / "V Liberci dne 16. 5. 2024" / "V Novém Městě na Moravě dne …" near the
    signatures (the locative after "V" read back to the nominative)."""
    nonname = {w.lower() for w in cs_bodies.NON_NAME_WORDS}
    for ln in reversed(doc.lines[-25:]):
        found = dates.find_dates(ln.text)
        if not found:
            continue
        d = found[0]
        m = _PLACE_DATE.match(ln.text[:d.start])
        if not m or ln.text[d.end:].strip(" .,"):
            continue
        name = m.group(2)
        if name.split()[0].lower() in nonname:
            continue
        if m.group(1):
            name = placenames.nominative(name, "loc")
        return name
    return None


# --------------------------------------------------------------------------- date, number, times, place


def _meeting_number(title: str, area: list[Line]) -> int | None:
    raw_area, area = area, joined_view(area)
    for text in [title] + [ln.text for ln in area]:
        text = unspace(text)
        m = _MEETING_NO.search(text)
        if m:
            return int(m.group(1))
        r = _MEETING_NO_ROMAN.search(text)
        if r and _roman_value(r.group(1)):
            return _roman_value(r.group(1))
    cue = re.compile(rf"(?:{_alt(cs.MEETING_WORDS + cs.TYPE_TITLE_CUES['minutes'] + cs.TYPE_TITLE_CUES['invitation'])})",
                     re.IGNORECASE)
    if title:
        # "Usnesení Rady obce Kostelní Lhota č. 15/2021": a number right after the body's name
        for b in bodies.find_bodies(unspace(title)):
            lm = _LABEL_NO.match(unspace(title), b.end) if re.match(r"\s+\S", unspace(title)[b.end:]) else None
            lm = lm or _LABEL_NO.match(unspace(title), b.end + len(unspace(title)[b.end:]) - len(unspace(title)[b.end:].lstrip()))
            if lm:
                return int(lm.group(1))
    # a header table's cell that holds only the number ("Zápis ze schůze výboru" | "č. 6/2022" below it)
    if any(cue.search(unspace(ln.text)) for ln in raw_area):
        for ln in raw_area:
            for cell in ln.cells or re.split(r"\t+|\s+\|\s+", ln.text):
                lm = _LABEL_NO.fullmatch(unspace(cell).strip())
                if lm and cell.strip() != ln.text.strip():
                    return int(lm.group(1))
    for text in [title] + [ln.text for ln in area]:
        text = unspace(text)
        for m in _LABEL_NO.finditer(text):
            # "Zápis č. 5/2024", "zasedání … č. 1/2020" - never "Směrnice č. 7" or "Usnesení č. 12"
            if cue.search(text[:m.start()]) and not re.match(r"\s*[A-Z](?![^\W\d_])", text[m.end():m.end() + 3]):
                return int(m.group(1))
    return None


def _meeting_date(title: str, area: list[Line], doc: TextDocument) -> tuple[str | None, Line | None]:
    for ln in area:
        if _DATE_LABEL.match(ln.text):
            d = dates.parse_date(ln.text)
            if d:
                return d, ln
    d = dates.parse_date(title)
    if d:
        return d, next((ln for ln in area if dates.parse_date(ln.text) == d), None)
    for ln, whole in zip(area, joined_view(area), strict=True):
        if _NEXT.search(whole.text):
            continue
        d = dates.parse_date(ln.text) or dates.parse_date(whole.text)
        if d:
            return d, ln
    return None, None


def _times_in(text: str) -> list[str]:
    return [t for t, _s, _e in dates.find_times(text)]


OPENING_LINES = 60  # where minutes state when the meeting started


def _start_end(area: list[Line], date_line: Line | None, doc: TextDocument) -> tuple[str | None, str | None]:
    start = end = None
    candidates = ([date_line] if date_line is not None else []) + [ln for ln in area if ln is not date_line]
    for ln in candidates:
        if _NEXT.search(ln.text):
            continue
        r = _RANGE.search(ln.text)
        if r:
            start = start or f"{int(r.group(1)):02d}:{r.group(2)}"
            end = end or f"{int(r.group(3)):02d}:{r.group(4)}"
            break
        for t, s, _e in dates.find_times(ln.text):
            before = ln.text[max(0, s - 25):s]
            if _END_WORDS.search(before) and not _START_WORDS.search(before[-6:]):
                end = end or t
            elif start is None:
                start = t
        if start:
            break
    # "ukončeno v …" anywhere (also inside a long title area: a one-paragraph document)
    body_lines = doc.lines
    for i, ln in enumerate(body_lines):
        opening = i < OPENING_LINES  # a start cue counts in the opening only ("… akce „Zahájení sezóny“ od 8.00")
        if not (_BODY_END_WORDS.search(ln.text) or (start is None and opening and _BODY_START_WORDS.search(ln.text))):
            continue
        text = ln.text + (" " + body_lines[i + 1].text if i + 1 < len(body_lines) else "")
        times = dates.find_times(text)
        if not times:
            continue
        sm = _BODY_START_WORDS.search(ln.text) if opening else None
        if start is None and sm and not _NEXT.search(ln.text):
            after = [t for t, s, _e in times if s >= sm.start()]
            if after:
                start = after[0]
        em = _BODY_END_WORDS.search(ln.text)
        if em:
            after = [t for t, s, _e in times if s >= em.start()]
            if after:
                end = after[0]  # the last "ukončeno" in the document wins
    return start, end


# a labelled place ends where a time clause follows it ("Místo: klubovna areálu, začátek v 17:00 hod.")
_PLACE_VALUE_END = re.compile(
    rf",\s*(?:{_alt(tuple(w for w in cs_dates.START_CUES + cs_dates.END_CUES if len(w) > 2))})(?!\w)"
    rf"|,?\s+(?:{_alt(cs_dates.TIME_PREPOSITIONS)})\s+\d{{1,2}}[:.,]\d{{2}}", re.IGNORECASE)


def _place(area: list[Line], opening: list[Line]) -> str | None:
    for k, ln in enumerate(area):
        m = _PLACE_LABEL.search(ln.text)
        if m:
            value = ln.text[m.end():].strip()
            cut = _PLACE_VALUE_END.search(value)
            value = value[:cut.start()] if cut and cut.start() > 0 else value
            if k + 1 < len(area) and area[k + 1].text.strip().startswith("("):
                value += " " + area[k + 1].text.strip()
            value = value.strip(" .;")
            if value:
                return places.place_nominative(value) if value.split(" ", 1)[0].lower() in cs.PLACE_PREPOSITIONS else value
    for k, ln in enumerate(area):
        if _NEXT.search(ln.text):
            continue
        text = ln.text + (" " + area[k + 1].text if k + 1 < len(area) and area[k + 1].text.strip().startswith("(") else "")
        span = places.find_place_phrase(text)
        if span:
            return places.place_nominative(text[span[0]:span[1]])
    # the opening sentence that starts the meeting ("… bylo zahájeno v 18:00 hod. v zasedací místnosti ÚMČ")
    for ln in opening:
        if not _BODY_START_WORDS.search(ln.text) or _NEXT.search(ln.text):
            continue
        span = places.find_place_phrase(ln.text)
        if span:
            return places.place_nominative(ln.text[span[0]:span[1]])
    # a header writing the place in the nominative after the time ("… od 18 hodin, velká zasedací místnost radnice")
    for ln in area:
        if _NEXT.search(ln.text):
            continue
        span = places.find_bare_place(ln.text)
        if span:
            return ln.text[span[0]:span[1]].strip(" ,.;")
    return None


# --------------------------------------------------------------------------- stage


def apply(doc: TextDocument, m: Minutes) -> None:
    if not doc.lines:
        return
    area = classify.title_area(doc)
    tlines = title_lines(doc, area)
    title = _title_text(tlines) if tlines else None
    m.title = title or None

    # body: the one whose meeting this is ("jednání komise …", "pro jednání ZMO"), else any named
    chosen, abbr = _find_body(title, area) if m.document_type != "other" else (None, None)
    if chosen is None and abbr is None and m.document_type != "other":
        chosen = _attendance_body(doc)  # "Členové komise:" names the body when the title does not
    if chosen is not None:
        m.body = Body(name=chosen.name, kind=chosen.kind)  # type: ignore[arg-type]
    elif abbr is not None:
        m.body = Body(name=abbr[0], kind=abbr[1])  # type: ignore[arg-type]

    # municipality
    evidence = " ".join(ln.text for ln in doc.lines[:120])
    muni = _header_municipality(area[:8] + list(doc.furniture[:6]))
    if not muni and chosen is not None:
        muni = chosen.municipality
    if not muni:
        for ln in area:
            muni = bodies.municipality_in(unspace(ln.text))
            if muni:
                break
    if not muni and abbr is not None:
        for ln in area:
            muni = bodies.abbreviation_place(unspace(ln.text))  # "Zápis ze zasedání ZO Lipová č. 3/2019"
            if muni:
                break
    union = bodies.names_union(title or "")  # a union of municipalities has no municipality of its own
    if not muni and not union:
        muni = _place_date_municipality(doc)
    if not muni and not union:
        for ln in doc.lines[:40]:
            muni = bodies.municipality_in(unspace(ln.text))
            if muni:
                break
    m.municipality = muni
    if muni and not placenames.written_in(muni, evidence) and not placenames.written_in(muni, " ".join(
            ln.text for ln in doc.lines[-25:])):
        m.warn("municipality_inferred", f"municipality {muni!r} read back to the nominative; the document "
               "does not write it so", area[0].page if area else None)
    if m.body.name and m.body.kind and chosen is None and muni and muni not in m.body.name:
        # an abbreviation ("ZMO") completed with the municipality: "Zastupitelstvo městského obvodu Pardubice V"
        m.body = Body(name=f"{m.body.name} {muni}", kind=m.body.kind)

    if m.document_type == "other":
        return  # a newsletter's or regulation's dates and places are not a meeting's
    # meeting
    m.meeting.number = _meeting_number(title or "", area)
    date, date_line = _meeting_date(title or "", area, doc)
    m.meeting.date = date
    view = joined_view(area)
    date_view = next((v for ln, v in zip(area, view) if ln is date_line), None)
    m.meeting.start_time, m.meeting.end_time = _start_end(view, date_view, doc)
    area_ids = {id(ln) for ln in area}
    # the place is named before the first resolution of a resolution list, never inside one
    cut = next((k for k, ln in enumerate(area) if k and classify.starts_resolution(ln.text)), len(area))
    m.meeting.place = _place(joined_view(area[:cut]),
                             joined_view([ln for ln in doc.lines[:40] if id(ln) not in area_ids])
                             if m.document_type == "minutes" else [])
    if date is None and m.document_type in ("minutes", "resolutions", "invitation"):
        m.warn("meeting_date_missing", "no meeting date found in the title or the header", area[0].page if area else None)
    if m.body.name is None and m.document_type in ("minutes", "resolutions", "invitation"):
        m.warn("body_missing", "no body (komise, rada, zastupitelstvo …) named in the title area",
               area[0].page if area else None)
