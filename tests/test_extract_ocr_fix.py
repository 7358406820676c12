"""OCR'd lines: label words, item numbers and stray table rules repaired (``extract/ocr_fix.py``)."""

from __future__ import annotations

import pytest

import minutesparse
from minutesparse.document import Line
from minutesparse.extract.ocr_fix import repair_label, repair_lines, repair_text


@pytest.mark.parametrize("raw, fixed", [
    ("Pfitomni: Jan Novák, Petr Malý", "Přítomni: Jan Novák, Petr Malý"),
    ("0mluveni: Karel Veselý", "Omluveni: Karel Veselý"),
    ("Nepfítomni: p. Žák", "Nepřítomni: p. Žák"),
    ("Ověfovatelé zápisu: Jan Novák", "Ověřovatelé zápisu: Jan Novák"),
    ("| Program:", "Program:"),
    ("Omluveni: Karel Veselý |", "Omluveni: Karel Veselý"),
    ("3, Různé", "3. Různé"),
    ("l. Zahájení", "1. Zahájení"),
    ("Schůzi zahájil a řídil předseda jaroslav Hnízdil.", "Schůzi zahájil a řídil předseda Jaroslav Hnízdil."),
])
def test_ocr_misreads_of_anchors_are_repaired(raw: str, fixed: str) -> None:
    assert repair_text(raw) == fixed


@pytest.mark.parametrize("text", [
    "Přítomni: Jan Novák",             # right already
    "Pritomni: Jan Novak",             # without diacritics: the parsers fold, nothing to repair
    "Jan Novák: navrhl doplnit bod",   # a speaker, no label near
    "10.30: přestávka",
    "Hlasování: pro 5, proti 0",
    "3, 5 a 7 jsou liché",             # a small letter after the comma: no item number
    "schválen návrh Rady obce",        # small words before a capital that are no given names
])
def test_lines_that_need_no_repair_stay(text: str) -> None:
    assert repair_text(text) == text


def test_ambiguous_or_far_words_are_not_forced_to_a_label() -> None:
    assert repair_label("Pozn") is None          # too short to judge
    assert repair_label("Poznámka") is None      # no label within one letter


def test_repair_keeps_line_geometry() -> None:
    ln = Line(text="Pfitomni: Jan Novák", page=2, top=100.0, x0=50.0, x1=300.0, size=11.0, bold=True)
    out = repair_lines([ln])[0]
    assert out.text.startswith("Přítomn") and (out.page, out.top, out.x0, out.x1, out.size, out.bold) == (
        2, 100.0, 50.0, 300.0, 11.0, True)


def test_repaired_ocr_text_parses_attendance_and_programme() -> None:
    noisy = ("Zápis z jednání finančního výboru obce Lhota ze dne 3. 5. 2023\n"
             "Pfitomni: Jan Novák, Petr Malý, Eva Dvořáková\n0mluveni: Karel Veselý\n| Program:\n"
             "l. Zahájení\n2. Rozpočet na rok 2024\n3, Různé\nZapsala: Eva Dvořáková\n")
    m = minutesparse.parse_text("\n".join(repair_text(t) for t in noisy.splitlines()))
    assert [p.family_name for p in m.attendance.present] == ["Novák", "Malý", "Dvořáková"]
    assert [p.family_name for p in m.attendance.excused] == ["Veselý"]
    assert [(a.number, a.title) for a in m.agenda] == [("1", "Zahájení"), ("2", "Rozpočet na rok 2024"), ("3", "Různé")]
