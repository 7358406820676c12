"""Attendance: headings, list formats, counts, by-list, quorum, movements."""

from __future__ import annotations

import sys
from pathlib import Path

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


def test_several_headings_on_one_line():
    a = _att("Přítomno: 7, omluveni: 2 (Ing. Radek Novák, Bc. Eva Malinová), hosté: 1 (Jana Procházková, TIC)\n"
             "Členové komise: Mgr. Jan Holub (předseda), Petra Svobodová, Ing. Milan Šťastný\n1. Zahájení")
    assert (a.present_count, _names(a.excused), _names(a.guests)) == (7, ["Radek Novák", "Eva Malinová"],
                                                                     ["Jana Procházková"])
    assert _names(a.present) == ["Jan Holub", "Petra Svobodová", "Milan Šťastný"]


def test_letter_spaced_prefixed_and_commented_headings():
    a = _att("P ř í t o m n i:\nMgr. Karel Filípek - starosta města\nD á l e   p ř í t o m n i:\nJitka Hejlová - k bodu 1")
    assert (_names(a.present), _names(a.guests)) == (["Karel Filípek"], ["Jitka Hejlová"])
    b = _att("Dle prezenční listiny přítomni: Ing. Jan Brzák, Mgr. Pavel Holeček\nOmluveni: Ing. Libor Kotas, Ph.D.")
    assert (_names(b.present), _names(b.excused)) == (["Jan Brzák", "Pavel Holeček"], ["Libor Kotas"])
    c = _att("Přítomni (abecedně dle příjmení):\nMgr. Petr Bakala\nKarel Červenka\n"
             "Nepřítomen člen ZMČ, omluven: Ing. Petr Souček, Ph.D., zástupce starosty\n"
             "Přítomní za ÚMČ: Radana Šimonová, tajemnice ÚMČ")
    assert (_names(c.present), _names(c.excused), _names(c.guests)) == (
        ["Petr Bakala", "Karel Červenka"], ["Petr Souček"], ["Radana Šimonová"])


def test_group_labels_counts_at_the_end_and_substitutes():
    a = _att("Přítomni:\nVV SDH: R. Dudík, M. Němcová – 2 osoby\nOmluveni: Za VV SDH: J. Sláma\nZa starosty KSH: V. Švubová")
    assert (_names(a.present), a.present_count, _names(a.excused)) == (["R. Dudík", "M. Němcová"], 2,
                                                                       ["J. Sláma", "V. Švubová"])
    b = _att("Přítomni:\nBaxant, Berka, Čihák (3)\nNáhradníci:\nKujanová za Velemínského (1)")
    assert ([p.family_name for p in b.present], b.present_count) == (["Baxant", "Berka", "Čihák"], 3)
    assert [p.family_name for p in b.guests] == ["Kujanová"]


def test_status_written_at_an_entry():
    a = _att("Nepřítomni: p. Žák – omluven, Ing. Jan Malý")
    assert ([p.family_name for p in a.excused], _names(a.absent)) == (["Žák"], ["Jan Malý"])


@pytest.mark.parametrize("text, count, total, excused", [
    ("Konstatoval, že je přítomno 8 z 9 zastupitelů. Omluvil Ing. Miroslava Kuchaře.", 8, 9, ["Miroslav Kuchař"]),
    ("Z celkového počtu 15 členů je přítomno 13 členů, omluveni jsou pan Jurka a paní Polívková.", 13, 15,
     ["Jurka", "Polívková"]),
    ("Školská rada je přítomná v počtu osm z devíti členů a je usnášeníschopná.", 8, 9, []),
    ("Bylo přítomno 11 členů, 3 členové omluveni Ing. J. Pinkas, M. Hořejší, D. Valentová.", 11, None,
     ["J. Pinkas", "M. Hořejší", "D. Valentová"]),
])
def test_attendance_stated_in_prose(text, count, total, excused):
    a = minutesparse.parse_text(f"Zápis z 5. zasedání zastupitelstva obce dne 1. 2. 2024\n{text}\n1. Zahájení").attendance
    assert (a.present_count, a.total_members, _names(a.excused)) == (count, total, excused)


@pytest.mark.parametrize("line, who, event, time", [
    ("V 18:19 hod přišla paní Zdena Tomanová.", "Zdena Tomanová", "arrived", "18:19"),
    ("Předčasný odchod pí. Bártová 19,50 hod.", "Bártová", "left", "19:50"),
    ("V 17:25 hod. se dostavil Roman Kadlčík.", "Roman Kadlčík", "arrived", "17:25"),
])
def test_movements_with_the_name_after_the_verb(line, who, event, time):
    m = minutesparse.parse_text(f"Zápis ze zasedání zastupitelstva dne 1. 2. 2024\nPřítomni: Jan Novák\n{line}")
    assert [(x.person.name, x.event, x.time) for x in m.attendance.movements] == [(who, event, time)]


def test_quorum_with_words_between():
    a = _att("Přítomni: Jan Novák\nzasedání je schopno platně jednat a usnášet se.")
    assert a.quorum is True


def test_every_excuse_of_the_opening_in_its_case():
    m = minutesparse.parse_text(
        "Zápis ze zasedání Zastupitelstva obce Kozlov konaného dne 20. 10. 2011\nStarosta konstatoval, že je "
        "přítomno 10 členů zastupitelstva. Omluveni jsou pí. Fialová, p. Mazal a p. Kala, který se možná dostaví "
        "později. Omluvil také Ing. Miroslava Mouchu a pana Pavla Kurku.\n")
    assert _names(m.attendance.excused) == ["Fialová", "Mazal", "Kala", "Miroslav Moucha", "Pavel Kurka"]
    assert m.attendance.present_count == 10


def test_movement_in_a_bracket_belongs_to_its_entry():
    a = _att("Přítomní:\nMgr. Lukáš Bernášek, PhDr. Hynek Kratochvíl (přišel v 17:50), Ludmila Mullerová, "
             "MUDr. Věnceslava Svobodová (přišla v 18:05), Petr Malý (odešel v 19:10)\n")
    assert [(mv.person.family_name, mv.event, mv.time) for mv in a.movements] == [
        ("Kratochvíl", "arrived", "17:50"), ("Svobodová", "arrived", "18:05"), ("Malý", "left", "19:10")]
    assert len(a.present) == 5


def test_office_staff_heading_and_roles_with_places():
    a = _att("Omluveny: Mgr. Markéta Blahová, Eva Švehlíková\n"
             "Za ÚMČ byly dále přítomny: Ing. Jitka Gallová – vedoucí odboru stavebního, Mgr. Renata Pokorná – "
             "vedoucí odboru vnitřních věcí\n"
             "Hosté: npor. Ing. Michal Hejduk, velitel požární stanice v Nové Bystřici\nBc. Martin Šťastný, manažer\n")
    assert [p.family_name for p in a.guests] == ["Gallová", "Pokorná", "Hejduk", "Šťastný"]
    assert a.guests[2].role == "velitel požární stanice v Nové Bystřici"


def test_public_count_is_no_member_count():
    a = _att("Členů zastupitelstva přítomno: 12\nomluveni: ing. Franc, ing. Pokorák\nneomluveni: p. Čurda Vladimír\n"
             "Občanů přítomno: 3\n")
    assert a.present_count == 12
    assert [p.family_name for p in a.absent] == ["Čurda"]


def test_label_cells_of_a_table_are_lists(tmp_path):
    """"Omluveni: | (2) Jaroslav Železný, …": a ruled table of label cells (a voting system's export)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent / "realistic"))
    import meeting_layout

    text = ("Zápis ze zasedání zastupitelstva č. 2/2025\nMěsto Hostomice\ndatum: 2. 4. 2025\n"
            "Přítomni:\t(3) Milan Paluš, Zdeněk Fejfar, Ing. Karel Krištof\n"
            "Omluveni:\t(2) Jaroslav Železný, Jaroslava Vosecká\nNepřítomni:\t(0)\n"
            "Přítomno je 3 členů a zastupitelstvo je usnášeníschopné.\n")
    pdf = meeting_layout.layout_to_pdf(text, {}, tmp_path / "cells.pdf")
    a = minutesparse.parse(pdf, ocr="never").attendance
    assert [p.family_name for p in a.excused] == ["Železný", "Vosecká"]
    assert [p.family_name for p in a.present] == ["Paluš", "Fejfar", "Krištof"]
