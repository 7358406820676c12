"""Attendance: headings, list formats, counts, by-list, quorum, movements."""

from __future__ import annotations

import pytest

import minutesparse


def _att(body: str):
    return minutesparse.parse_text("Zápis z 5. jednání komise dne 1. 2. 2024\n" + body).attendance


def _names(people):
    return [p.name for p in people]


def test_seed_style_lists():
    a = _att("Přítomni členové: Mgr. M. Malý, Ing. J. Vytiska, Ing. J. Křiklan, Bc. L. Roubínek, E. Kožušník\n"
             "Stálí hosté: Ing. Vojtěch Prachař – garant SC, Ing. J. Bureš MBA,  Mgr. Jiří Šolc,  Ing. M. Čech\n"
             "Omluven: Ing. Z. Vavřina, Bc. J. Stodůlka\n (komise je usnášení schopná)\n1/ Program")
    assert _names(a.present) == ["M. Malý", "J. Vytiska", "J. Křiklan", "L. Roubínek", "E. Kožušník"]
    assert _names(a.guests) == ["Vojtěch Prachař", "J. Bureš", "Jiří Šolc", "M. Čech"]
    assert a.guests[0].role == "garant SC" and a.guests[1].titles_after == ["MBA"]
    assert _names(a.excused) == ["Z. Vavřina", "J. Stodůlka"]
    assert (a.present_count, a.quorum) == (5, True)


@pytest.mark.parametrize("heading, field", [
    ("Přítomni", "present"), ("Přítomno", "present"), ("Členové komise", "present"), ("Přítomní členové AS FSt", "present"),
    ("Členové komise přítomni", "present"), ("Omluveni", "excused"), ("Omluvena", "excused"),
    ("Nepřítomni omluveni", "excused"), ("Nepřítomni", "absent"), ("Neomluveni", "absent"), ("Hosté", "guests"),
    ("Stálí hosté", "guests"), ("Přizváni", "guests"), ("Náhradníci", "guests"),
])
def test_headings(heading, field):
    a = _att(f"{heading}: Ing. Jan Novák, Eva Malá\n1. Zahájení")
    assert _names(getattr(a, field)) == ["Jan Novák", "Eva Malá"]


def test_dash_heading_and_surname_first_lists():
    a = _att("Omluven – Ing. Z. Vavřina\nČlenové komise přítomni: p. Kohout J., pí Malá P., Bc. Dušová M.")
    assert _names(a.excused) == ["Z. Vavřina"]
    assert _names(a.present) == ["J. Kohout", "P. Malá", "M. Dušová"]


def test_wrapped_list_and_one_per_line_list():
    a = _att("Přítomni: Ing. Pavel Horák, Jana Kubíčková, Mgr. Petr Novák, Ing. Lenka Dvořáková, Josef\n"
             "Macháček, Bc. Tereza Šimková\nOmluven: MUDr. Karel Sýkora")
    assert _names(a.present) == ["Pavel Horák", "Jana Kubíčková", "Petr Novák", "Lenka Dvořáková", "Josef Macháček",
                                 "Tereza Šimková"]
    b = _att("Členové komise:\nJan Fryml, zastupitel ZO Blešno\nPavel Janko, místostarosta ZO Blešno\n"
             "OTEVÍRÁNÍ OBÁLEK\nZadavatel přijal do konce soutěžní lhůty čtyři nabídky.")
    assert [(p.name, p.role) for p in b.present] == [("Jan Fryml", "zastupitel ZO Blešno"),
                                                     ("Pavel Janko", "místostarosta ZO Blešno")]


def test_list_continues_across_a_page_break():
    a = _att("Přítomni:\nprof. Ing. Karel Hudec, CSc.\nIng. Marek Souček, Ph.D.\f"
             "Bc. Jakub Holeček\nLucie Pavlíková\nOmluveni: Bc. Natálie Vrbová")
    assert _names(a.present) == ["Karel Hudec", "Marek Souček", "Jakub Holeček", "Lucie Pavlíková"]
    assert _names(a.excused) == ["Natálie Vrbová"]


@pytest.mark.parametrize("line, count, total", [
    ("Přítomno 9 z 11 členů, komise je usnášeníschopná.", 9, 11),
    ("Výbor je usnášeníschopný (přítomno 5 z 7 členů).", 5, 7),
    ("přítomno 8 členů zastupitelstva", 8, None),
])
def test_counts(line, count, total):
    a = _att(f"Přítomni: Jan Novák, Eva Malá\n{line}\n1. Zahájení")
    assert (a.present_count, a.total_members) == (count, total)


def test_count_in_heading():
    a = _att("Přítomni (19): dle prezenční listiny\n1. Zahájení")
    assert (a.present_count, a.by_list, a.present) == (19, True, [])


def test_by_list_with_totals():
    a = _att("Přítomni: dle prezenční listiny 14 členů z celkového počtu 22 členů spolku. Členská schůze je "
             "usnášeníschopná.\nHost: Ing. Jaroslav Bednář – zástupce Správy CHKO")
    assert (a.by_list, a.present_count, a.total_members, a.quorum) == (True, 14, 22, True)
    assert [(p.name, p.role) for p in a.guests] == [("Jaroslav Bednář", "zástupce Správy CHKO")]


def test_quorum_negative():
    a = _att("Přítomni: Jan Novák\nKomise není usnášeníschopná.")
    assert a.quorum is False


def test_movements():
    m = minutesparse.parse_text("Zápis ze zasedání zastupitelstva dne 1. 2. 2024\n"
                                "Přítomni: Mgr. Petr Novák, Ing. Lenka Dvořáková, Jan Malý\n"
                                "2. Rozpočet\np. Novák se dostavil v 17:40 (přítomno 3 členů zastupitelstva).\n"
                                "6. Zpráva\np. Dvořáková odešla v 19:30 (přítomno 2 členové).")
    mv = m.attendance.movements
    assert [(x.event, x.time, x.raw) for x in mv] == [("arrived", "17:40", "p. Novák se dostavil v 17:40"),
                                                      ("left", "19:30", "p. Dvořáková odešla v 19:30")]
    # linked to the roster: the fuller identity from the list
    assert (mv[0].person.name, mv[0].person.titles_before) == ("Petr Novák", ["Mgr."])
    assert m.attendance.present_count == 3


def test_vote_table_header_is_not_attendance():
    a = _att("PŘÍTOMNO: 5, PRO: 5, PROTI: 0\nHlasování: pro 5")
    assert a.present == [] and a.present_count is None


def test_attendance_table_rows():
    from minutesparse.document import Line, TextDocument
    from minutesparse.fields.pipeline import build_minutes

    lines = [Line("Zápis z jednání výboru dne 3. 3. 2024", 1), Line("Jméno Účast", 1, cells=["Jméno", "Účast"]),
             Line("Ing. Jan Novák přítomen", 1, cells=["Ing. Jan Novák", "přítomen"]),
             Line("Eva Malá omluvena", 1, cells=["Eva Malá", "omluvena"]),
             Line("Petr Dvořák pro", 1, cells=["Petr Dvořák", "pro"])]  # a roll-call vote, not attendance
    a = build_minutes(TextDocument(lines=lines, page_count=1)).attendance
    assert (_names(a.present), _names(a.excused)) == (["Jan Novák"], ["Eva Malá"])


def test_roman_meeting_number_and_more_labels():
    m = minutesparse.parse_text("Zápis z XII. zasedání Zastupitelstva obce Lhota dne 3. 3. 2024\n"
                                "Přítomni: Jan Novák, Eva Malá\nJednání řídil: Jan Novák\nZápis vyhotovila: Eva Malá")
    assert (m.meeting.number, m.chair.name, m.recorder.name) == (12, "Jan Novák", "Eva Malá")
