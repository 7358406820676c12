"""Agenda: numbering styles, wrapped titles, presenters, additions, body headings, invitations."""

from __future__ import annotations

import pytest

import minutesparse


def _agenda(body: str, head: str = "Zápis z 5. jednání komise dne 1. 2. 2024\nPřítomni: Jan Novák, Eva Malá\n"):
    return minutesparse.parse_text(head + body).agenda


def _nt(agenda):
    return [(a.number, a.title) for a in agenda]


@pytest.mark.parametrize("fmt", ["{n}/ {t}", "{n}. {t}", "{n}) {t}", "Bod {n}. {t}"])
def test_numbering_styles(fmt):
    titles = ["Zahájení", "Rozpočet obce na rok 2025", "Různé"]
    lines = "\n".join(fmt.format(n=i, t=t) for i, t in enumerate(titles, start=1))
    agenda = _agenda(f"Program jednání:\n{lines}\nK programu nebyly vzneseny připomínky.")
    assert _nt(agenda) == [("1", "Zahájení"), ("2", "Rozpočet obce na rok 2025"), ("3", "Různé")]
    assert all(a.page == 1 and a.raw for a in agenda)


def test_roman_and_sub_items_flat_and_ordered():
    agenda = _agenda("Program:\nI. Zahájení\nII. Žádosti o byty\n2.1. Byt č. 4, Zahradní 812\n2.2 Byt č. 11\n"
                     "2.2.1. Podrobnost\nIII. Různé\nDiskuse proběhla.")
    assert [a.number for a in agenda] == ["I", "II", "2.1", "2.2", "2.2.1", "III"]
    numbers = [a.number for a in agenda]
    assert len(numbers) == len(set(numbers))


def test_sub_items_of_arabic_items():
    agenda = _agenda("Program:\n1. Zahájení\n2. Rozpočet – prof. Ing. Vladimír Chalupa, CSc.\n"
                     "2.1. Rozdělení příspěvku\n2.2. Investiční plán\n3. Různé\n")
    assert _nt(agenda) == [("1", "Zahájení"), ("2", "Rozpočet"), ("2.1", "Rozdělení příspěvku"),
                           ("2.2", "Investiční plán"), ("3", "Různé")]
    assert [(p.name, p.titles_before, p.titles_after) for p in agenda[1].presenters] == [
        ("Vladimír Chalupa", ["prof.", "Ing."], ["CSc."])]


def test_wrapped_titles_are_joined():
    agenda = _agenda("Program:\n1. Zahájení\n2. Obecně závazná vyhláška o místním poplatku za obecní systém odpadového\n"
                     "hospodářství\n3. Různé\n")
    assert agenda[1].title == "Obecně závazná vyhláška o místním poplatku za obecní systém odpadového hospodářství"
    assert agenda[1].raw.endswith("hospodářství")


def test_presenters_after_dash_and_dash_in_title():
    agenda = _agenda("Program jednání:\n1. Portál otevřených dat – Mgr. M. Malý, Ing. V. Prachař\n"
                     "2. Žádost o prodloužení nájemní smlouvy – byt č. 7, Husova 233\n3. Různé")
    assert agenda[0].title == "Portál otevřených dat"
    assert [p.name for p in agenda[0].presenters] == ["M. Malý", "V. Prachař"]
    assert agenda[1].title == "Žádost o prodloužení nájemní smlouvy – byt č. 7, Husova 233"
    assert agenda[1].presenters == []


def test_procedural_intro_and_body_headings_are_not_items():
    agenda = _agenda("1/ Přijetí navrženého programu jednání:\n1/ Aktuální vize – Mgr. M. Malý\n2/ Portál dat\n"
                     "PŘÍTOMNO: PRO: PROTI:\nProjednávání bodů dle programu:\n1/ Aktuální vize\nText.\n2/ Portál dat\nText.")
    assert _nt(agenda) == [("1", "Aktuální vize"), ("2", "Portál dat")]


def test_programme_introduced_by_a_sentence_and_repeated_in_the_body():
    agenda = _agenda("1. Zahájení, schválení programu\nPředsedající seznámil přítomné s návrhem programu v souladu s "
                     "pozvánkou zveřejněnou na\núřední desce:\n1. Zahájení, schválení programu\n2. Rozpočtové opatření\n"
                     "3. Diskuse a závěr\nK programu nebyly vzneseny žádné návrhy na doplnění.\n2. Rozpočtové opatření\nText.")
    assert _nt(agenda) == [("1", "Zahájení, schválení programu"), ("2", "Rozpočtové opatření"), ("3", "Diskuse a závěr")]


def test_additions_never_duplicate():
    agenda = _agenda("Program:\n1. Zahájení\n2. Rozpočet\n3. Různé\nDoplnění programu:\n3. Různé\n4. Prodej pozemku\n"
                     "Schválený program:\n1. Zahájení\n2. Rozpočet\n3. Různé\n4. Prodej pozemku\nText.")
    assert _nt(agenda) == [("1", "Zahájení"), ("2", "Rozpočet"), ("3", "Různé"), ("4", "Prodej pozemku")]


def test_body_headings_when_no_programme_is_listed():
    agenda = _agenda("Ad 1) Zahájení\nJednání zahájil předseda.\nAd 2) Rozpočet\nText.\nAd 3) Různé\nText.")
    assert _nt(agenda) == [("1", "Zahájení"), ("2", "Rozpočet"), ("3", "Různé")]


def test_invitation_gives_its_agenda():
    m = minutesparse.parse_text(
        "Městský obvod Pardubice V\nPozvánka\nna 3. řádné jednání Zastupitelstva městského obvodu Pardubice V,\n"
        "které se koná\nve středu 13. března 2019 od 17.00 hod.\nv salonku DK Dukla\nProgram:\nI. Zahájení jednání\n"
        "II. Různé\nIII. Závěr\nNávrh projednávaného materiálu:\n1. Zpráva o činnosti starosty\n2. Kontrola plnění "
        "usnesení\nJiří Rejda, DiS. v. r.\nstarosta MO Pardubice V")
    assert m.document_type == "invitation"
    assert _nt(m.agenda) == [("I", "Zahájení jednání"), ("II", "Různé"), ("III", "Závěr"),
                             ("1", "Zpráva o činnosti starosty"), ("2", "Kontrola plnění usnesení")]
    assert (m.meeting.number, m.meeting.date, m.meeting.start_time, m.meeting.place) == (
        3, "2019-03-13", "17:00", "salonek DK Dukla")


def test_resolution_lists_have_no_agenda():
    m = minutesparse.parse_text("Město Litovel\nVýpis usnesení\nz 1. schůze Rady města Litovel, konané dne 27. října 2022\n"
                                "Číslo: RM/1/1/2022\nRada města Litovel\na) schvaluje výběr\nb) schvaluje smlouvu")
    assert m.agenda == []


def test_letter_sub_items_are_entries():
    agenda = _agenda("Program:\n1. Kontrola úkolů\n2. Majetkové záležitosti\n   a) prodej pozemku p. č. 123\n"
                     "   b) pronájem nebytových prostor\n3. Různé\n")
    assert _nt(agenda) == [("1", "Kontrola úkolů"), ("2", "Majetkové záležitosti"), ("2.a", "prodej pozemku p. č. 123"),
                           ("2.b", "pronájem nebytových prostor"), ("3", "Různé")]


def test_items_run_together_on_lines():
    agenda = _agenda("Program:\n1. Zahájení 2. Určení ověřovatelů zápisu 3. Schválení programu 4. Rozpočtové\n"
                     "opatření č. 2/2015 5. Různé\n1. Zahájení: Zasedání zahájil starosta.")
    assert _nt(agenda) == [("1", "Zahájení"), ("2", "Určení ověřovatelů zápisu"), ("3", "Schválení programu"),
                           ("4", "Rozpočtové opatření č. 2/2015"), ("5", "Různé")]


@pytest.mark.parametrize("line", [
    "Program schůze: 1. předání vyúčtování, 2. schválení stanov, hlasování, 3. rozpočet.",
    ("Rada obce schvaluje program jednání 67. schůze takto: 1) předání vyúčtování 2) schválení stanov, hlasování "
     "3) rozpočet"),
])
def test_inline_programme(line):
    agenda = _agenda(line + "\nText.")
    assert _nt(agenda) == [("1", "předání vyúčtování"), ("2", "schválení stanov, hlasování"), ("3", "rozpočet")]


def test_presenter_first_durations_and_table_columns():
    agenda = _agenda("Návrh programu:\n1. prof. MUDr. P. Strnad, DrSc. - Kontrola zápisu (10 min.)\n"
                     "2. Informace děkana členům AS (20 min.)\nText.")
    assert _nt(agenda) == [("1", "Kontrola zápisu"), ("2", "Informace děkana členům AS")]
    assert [p.family_name for p in agenda[0].presenters] == ["Strnad"]
    b = _agenda("Program jednání:\nÚvod, určení ověřovatelů zápisu      starosta\n"
                "1) K rozpočtovým opatřením      p. Ing. Čvančar\n2) Prodej pozemku p. č. 415/3\n3) Různé\nText.")
    assert _nt(b) == [("1", "K rozpočtovým opatřením"), ("2", "Prodej pozemku p. č. 415/3"), ("3", "Různé")]
    assert [p.family_name for p in b[0].presenters] == ["Čvančar"]


def test_signature_under_the_list_is_not_a_title():
    agenda = _agenda("Navržený program:\n1) Zahájení\n2) Závěr\ning. Martin Sedláček\nstarosta obce")
    assert _nt(agenda) == [("1", "Zahájení"), ("2", "Závěr")]


def test_plain_text_body_headings():
    agenda = _agenda("1. Zahájení\nZasedání zahájil starosta obce a přivítal přítomné.\n"
                     "2. Složení slibu\nVšichni členové složili slib bez výhrady.\n"
                     "3. Volba starosty\nZastupitelstvo volí starostou pana Jana Nováka.")
    assert _nt(agenda) == [("1", "Zahájení"), ("2", "Složení slibu"), ("3", "Volba starosty")]


def test_numbered_decisions_end_the_programme():
    agenda = _agenda("Program:\n1. Zahájení\n2. Rozpočet spolku na rok 2025\n"
                     "3. Členská schůze ukládá výboru připravit plán akcí.\n4. Usn. 211/2024/POSS – volba revizorů\n")
    assert _nt(agenda) == [("1", "Zahájení"), ("2", "Rozpočet spolku na rok 2025")]


def test_numbered_resolutions_are_no_body_headings():
    head = "Zápis z výroční členské schůze spolku Lipka dne 3. 2. 2024\nPřítomni: Jan Novák, Eva Malá\n"
    body = ("Usnesení:\n1. Usn. 210/2024/POSS\nČlenská schůze schvaluje výroční zprávu za rok 2023.\n"
            "2. Usn. 211/2024/POSS\nČlenská schůze volí revizory účtů Janu Malou a Petra Bílka.\n"
            "3. Členská schůze ukládá výboru\npřipravit plán akcí na rok 2024 do konce března.\n")
    assert minutesparse.parse_text(head + body).agenda == []


def test_decision_lines_recognised():
    from minutesparse.fields.agenda import is_decision

    for text in ("Usn. 211/2024/POSS – program", "Členská schůze ukládá výboru připravit", "ASF schválil náhradníky",
                 "AS FZS schvaluje rozpočet", "Usnesení č. 5/2024", "ZO schvaluje rozpočet"):
        assert is_decision(text), text
    for text in ("Zpráva o činnosti rady", "Usnesení, závěr", "Návrh usnesení a závěr", "Rozpočtové opatření č. 2/2024",
                 "Rada města – informace o schválení", "Komise pro výstavbu"):
        assert not is_decision(text), text


def test_presenters_in_a_bracket_and_bracketed_notes():
    agenda = _agenda("Program:\n1. Hasičský záchranný sbor (plk. Ing. Lukáš Jankovský, npor. Ing. Michal Hejduk)\n"
                     "2. Rozdělení dotací sportovním klubům (host Aneta Dušková)\n"
                     "3. Žádosti a drobná agenda komise (předkládá stavební komise);\n"
                     "4. Oprava chodníku (ulice Husova)\n"
                     "k bodu 1/\nVelitel představil novou organizaci územního odboru.\n")
    assert _nt(agenda) == [("1", "Hasičský záchranný sbor"), ("2", "Rozdělení dotací sportovním klubům"),
                           ("3", "Žádosti a drobná agenda komise"), ("4", "Oprava chodníku (ulice Husova)")]
    assert [p.family_name for p in agenda[0].presenters] == ["Jankovský", "Hejduk"]
    assert [p.family_name for p in agenda[1].presenters] == ["Dušková"]
    assert agenda[2].presenters == [] and agenda[3].presenters == []


def test_presenter_label_under_an_item_heading():
    agenda = _agenda("Program jednání\n1. Volba pracovních komisí\n2. Investiční akce ve městě\n3. Diskuse\n"
                     "Hlasování: pro 15\n"
                     "1. Volba pracovních komisí (bod číslo 1)\nPředkladatel: Milan Paluš\nBez rozpravy.\n"
                     "2. Investiční akce ve městě (bod číslo 2)\nPředkladatel: Ing. Karel Krištof\n")
    assert _nt(agenda) == [("1", "Volba pracovních komisí"), ("2", "Investiční akce ve městě"), ("3", "Diskuse")]
    assert [[p.family_name for p in a.presenters] for a in agenda] == [["Paluš"], ["Krištof"], []]


def test_body_headings_with_filler_words_and_inserted_items():
    head = "Zápis z 2/VIII. zasedání Zastupitelstva městské části Brno-Jundrov dne 14. 12. 2022\nOmluveny: Eva Malá\n"
    body = ("Bod 1. programu ZMČ – Technický bod (zahájení, volba ověřovatelů zápisu,\nschválení programu)\n"
            "Starosta navrhl rozšíření programu o bod 6a. Žádost klubu o poskytnutí dotace.\nNávrh usnesení:\n"
            "Zastupitelstvo schvaluje program.\n"
            "Bod 2. programu ZMČ – Rozpočet na rok 2023\nNávrh usnesení: Zastupitelstvo schvaluje rozpočet.\n"
            "Bod 2a. programu ZMČ – Žádost klubu o poskytnutí dotace\nBez rozpravy byla dotace schválena.\n"
            "Bod 3. programu ZMČ – Diskuse\nDo diskuse se nikdo nepřihlásil.\n")
    m = minutesparse.parse_text(head + body)
    assert m.meeting.number == 2
    assert _nt(m.agenda) == [("1", "Technický bod (zahájení, volba ověřovatelů zápisu, schválení programu)"),
                             ("2", "Rozpočet na rok 2023"), ("2a", "Žádost klubu o poskytnutí dotace"),
                             ("3", "Diskuse")]
