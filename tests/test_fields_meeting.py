"""Meeting facts: title, body, municipality, number, date, times, place; signatures; next meeting."""

from __future__ import annotations

from pathlib import Path

import pytest

import minutesparse

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_0cd74ed28c505c6b.txt"


def _m(text: str):
    return minutesparse.parse_text(text)


@pytest.mark.parametrize("title, number, body, kind", [
    ("Zápis ze 4. jednání komise pro Smart City dne 16.5. 2024", 4, "komise pro Smart City", "commission"),
    ("Usnesení ze 45. schůze Rady města Horní Kamenice", 45, "Rada města Horní Kamenice", "council"),
    ("Zápis z 12. zasedání Zastupitelstva obce Dolní Lomnice", 12, "Zastupitelstvo obce Dolní Lomnice", "assembly"),
    ("Zápis č. 5/2024 z jednání finančního výboru", 5, "finanční výbor", "committee"),
    ("Zápis ze 7. zasedání Akademického senátu Fakulty stavební Západomoravské univerzity v Třebovicích", 7,
     "Akademický senát Fakulty stavební Západomoravské univerzity v Třebovicích", "senate"),
    ("Zápis z výroční členské schůze spolku Přátelé Jizerky, z. s.", None, "Přátelé Jizerky, z. s.", "other"),
    ("Zápis z 3. jednání dozorčí rady společnosti Vodovody a.s.", 3, "dozorčí rada společnosti Vodovody a.s.", "other"),
    ("Zápis z 2. jednání osadního výboru Chudobín", 2, "osadní výbor Chudobín", "committee"),
])
def test_title_number_body(title, number, body, kind):
    m = _m(f"{title}\nPřítomni: Jan Novák, Petr Malý\nZapsal: Jan Novák")
    assert m.title == title
    assert m.meeting.number == number
    assert (m.body.name, m.body.kind) == (body, kind)


def test_letter_spaced_title_joins_its_continuation():
    m = _m("Z Á P I S\nz 3. jednání Komise bytové Rady města Nové Sedlice\nkonaného dne 14. března 2024 od 16:00 hod. "
           "v zasedací místnosti radnice\nČlenové komise přítomni: p. Kohout J., pí Malá P.")
    assert m.document_type == "minutes"
    assert m.title == "Zápis z 3. jednání Komise bytové Rady města Nové Sedlice"
    assert (m.body.name, m.body.kind) == ("Komise bytová", "commission")
    assert m.municipality == "Nové Sedlice"
    assert m.meeting.number == 3
    assert m.meeting.date == "2024-03-14"
    assert m.meeting.start_time == "16:00"
    assert m.meeting.place == "zasedací místnost radnice"


@pytest.mark.parametrize("header, municipality", [
    ("Město Litovel", "Litovel"),
    ("M ě s t o L i t o v e l", "Litovel"),
    ("OBEC ČERČANY", "Čerčany"),
    ("Městský obvod Pardubice V", "Pardubice V"),
    ("Statutární město Liberec", "Liberec"),
])
def test_municipality_from_header(header, municipality):
    m = _m(f"{header}\nUsnesení\nz 5. schůze rady ze dne 12. 9. 2024\nČíslo: RM/1/5/2024\nRada schvaluje program.")
    assert m.municipality == municipality
    assert m.meeting.date == "2024-09-12"


def test_municipality_from_signature_place_line():
    m = _m("Zápis z jednání komise dne 3. 4. 2024\nPřítomni: Jan Novák, Eva Malá\nZapsala: Eva Malá\nLiberec 3.4. 2024")
    assert m.municipality == "Liberec"


@pytest.mark.parametrize("line, date", [
    ("Datum konání: 12. 9. 2024", "2024-09-12"),
    ("konané dne 27. října 2022", "2022-10-27"),
    ("ze dne 8.12.2022", "2022-12-08"),
    ("Datum a čas: 21. října 2024, 16:30–18:05 hod.", "2024-10-21"),
])
def test_meeting_date_forms(line, date):
    m = _m(f"Zápis z jednání výboru\n{line}\nPřítomni: Jan Novák, Eva Malá")
    assert m.meeting.date == date


def test_times_and_place_from_labels_and_body():
    m = _m("Zápis z 12. zasedání Zastupitelstva obce Dolní Lomnice\nDatum konání: 12. 9. 2024\n"
           "Místo konání: zasedací místnost Obecního úřadu Dolní Lomnice, Hlavní 12\nPřítomni: Jan Novák, Eva Malá\n"
           "1. Zahájení\nZasedání zahájil v 17:00 hod. starosta obce.\nZasedání bylo ukončeno v 20.15 hod.")
    assert m.meeting.start_time == "17:00"
    assert m.meeting.end_time == "20:15"
    assert m.meeting.place == "zasedací místnost Obecního úřadu Dolní Lomnice, Hlavní 12"
    range_m = _m("Zápis z jednání výboru\nDatum a čas: 21. října 2024, 16:30–18:05 hod.\nPřítomni: Jan Novák")
    assert (range_m.meeting.start_time, range_m.meeting.end_time) == ("16:30", "18:05")


def test_next_meeting_is_not_the_meeting():
    m = _m("Zápis z jednání komise dne 16.5. 2024\nPřítomni: Jan Novák, Eva Malá\n"
           "Další zasedání komise se bude konat ve čtvrtek 13.6. 2024 od 15:00 hodin v zasedací\n"
           "místnosti č. 209. Pozvánky budou včas odeslány.\nZapsala: Eva Malá")
    assert m.meeting.start_time is None
    assert m.next_meeting is not None
    assert m.next_meeting.model_dump() == {"date": "2024-06-13", "start_time": "15:00", "place": "zasedací místnost č. 209"}


def test_next_meeting_inside_a_resolution_is_not_announced():
    m = _m("Usnesení z 5. schůze Rady města Litovel ze dne 1. 2. 2024\nČíslo: RM/1/5/2024\n"
           "Rada města Litovel ukládá OBH předložit na další schůzi RM 20. 2. 2024 návrh.")
    assert m.next_meeting is None


def test_signatures_labels_and_blocks():
    m = _m("Zápis z jednání výboru dne 1. 2. 2024\nPřítomni: Ing. Hana Vojáčková, Bc. Martin Zelenka, Mgr. Ondřej Král\n"
           "Zapsal: Bc. Martin Zelenka\nOvěřil: Mgr. Ondřej Král\nIng. Hana Vojáčková v. r.\npředsedkyně finančního výboru")
    assert m.recorder.name == "Martin Zelenka" and m.recorder.role is None
    assert [v.name for v in m.verifiers] == ["Ondřej Král"]
    assert (m.chair.name, m.chair.role, m.chair.raw) == ("Hana Vojáčková", "předsedkyně finančního výboru",
                                                         "Ing. Hana Vojáčková")


def test_verifiers_named_in_a_resolution():
    m = _m("Zápis ze zasedání Zastupitelstva obce Lhota dne 1. 2. 2024\nPřítomni: Jana Kubíčková, Josef Macháček, Petr Malý\n"
           "ZO určuje ověřovateli zápisu Janu Kubíčkovou a Josefa Macháčka a zapisovatelkou Marii Štěpánkovou.")
    assert [v.name for v in m.verifiers] == ["Jana Kubíčková", "Josef Macháček"]


def test_chair_from_running_text_links_to_roster():
    m = _m("Zápis z 3. jednání komise dne 1. 2. 2024\nČlenové komise přítomni: Mgr. Sedláček O., p. Vaněk L.\n"
           "Jednání zahájil a řídil předseda komise Mgr. O. Sedláček, přivítal přítomné.")
    assert m.chair is not None and m.chair.family_name == "Sedláček"


@pytest.mark.skipif(not SEED.is_file(), reason="seed text not present")
def test_seed_meeting_facts():
    m = minutesparse.parse_text(SEED.read_text(encoding="utf-8"))
    assert m.document_type == "minutes"
    assert (m.meeting.number, m.meeting.date) == (4, "2024-05-16")
    assert (m.body.name, m.body.kind, m.municipality) == ("komise pro Smart City", "commission", "Liberec")
    assert m.next_meeting.model_dump() == {"date": "2024-06-13", "start_time": "15:00", "place": "zasedací místnost č. 209"}
    assert m.recorder.family_name == "Lenertová"
    assert [v.family_name for v in m.verifiers] == ["Roubínek"]
    assert m.chair.family_name == "Malý"


def test_plain_text_signature_columns():
    m = _m("ZÁPIS\nz 12. schůze Rady města Nová Paka\nkonané dne 3. dubna 2024 v kanceláři starosty\n"
           "Přítomni: Ing. Petr Holý, Mgr. Jana Veselá\nJednání zahájeno v 15.00 hod.\nJednání ukončeno v 17.05 hod.\n"
           "Zapsala: Ing. Marie Horká\nIng. Petr Holý                                Mgr. Jana Veselá\n"
           "starosta                                      místostarostka")
    assert (m.meeting.start_time, m.meeting.end_time, m.meeting.place) == ("15:00", "17:05", "kancelář starosty")
    assert (m.chair.name, m.chair.role, m.chair.raw) == ("Petr Holý", "starosta", "Ing. Petr Holý")


def test_verifiers_in_a_resolution_with_titles_and_initials():
    m = _m("Z á p i s č. 5\nz jednání Finančního výboru Zastupitelstva města Liberec dne 12. 9. 2024\n"
           "Přítomni (5): Ing. Novák J., Bc. Malá E., Dvořák P., Ing. Svobodová K., Mgr. Horák T.\n"
           "Usnesení: Výbor bere na vědomí. Ověřovatelé zápisu ve složení Ing. J. Novák a Bc. E. Malá.\n"
           "V Liberci dne 13. 9. 2024\nZapsal: Mgr. T. Horák")
    assert (m.title, m.meeting.number, m.municipality) == (
        "Zápis č. 5 z jednání Finančního výboru Zastupitelstva města Liberec dne 12. 9. 2024", 5, "Liberec")
    assert m.attendance.present_count == 5
    assert [v.name for v in m.verifiers] == ["J. Novák", "E. Malá"]


@pytest.mark.parametrize("text, municipality", [
    ("Zápis ze zasedání Výboru finančního Zastupitelstva města Kamenova konaného dne 29. 8. 2018", "Kamenov"),
    ("ZAPIS Z 2. JEDNANI KOMISE PRO ZIVOTNI PROSTREDI RADY MESTA CERVENA HORA", "Cervena Hora"),
    ("Zápis z 1. jednání kontrolního výboru Obce Dolní Újezdec", "Dolní Újezdec"),
    ("Zápis z jednání Zastupitelstva obce Horní Radouň dne 3. 3. 2023", "Horní Radouň"),
])
def test_municipality_in_any_case_and_spelling(text, municipality):
    m = _m(f"{text}\nPřítomni: Jan Novák, Eva Malá")
    assert m.municipality == municipality


@pytest.mark.parametrize("line, municipality", [
    ("V Novém Městě na Moravě dne 13. 10. 2022", "Nové Město na Moravě"),
    ("V Kolíně dne 15. 10. 2010", "Kolín"),
    ("V Praze dne 1. 2. 2024", "Praha"),
    ("Ve Velkém Meziříčí dne 1. 2. 2024", "Velké Meziříčí"),
])
def test_municipality_from_the_place_and_date_line(line, municipality):
    m = _m(f"Zápis z jednání komise dne 3. 4. 2024\nPřítomni: Jan Novák, Eva Malá\nZapsala: Eva Malá\n{line}")
    assert m.municipality == municipality


def test_inferred_municipality_is_reported():
    m = _m("Zápis ze zasedání Zastupitelstva města Kamenova dne 29. 8. 2018\nPřítomni: Jan Novák, Eva Malá")
    assert any(w.code == "municipality_inferred" for w in m.warnings)


@pytest.mark.parametrize("title, body", [
    ("Zápis ze zasedání Akademického senátu 3. LF UK dne 3. 4. 2017", "Akademický senát 3. LF UK"),
    ("Zápis ze zasedání Školské rady 4. 9. 2018", "Školská rada"),
    ("Zápis z 10. schůze shromáždění vlastníků jednotek dne 23. 4. 2016", "shromáždění vlastníků jednotek"),
])
def test_body_names_with_numbers_and_fixed_words(title, body):
    assert _m(f"{title}\nPřítomni: Jan Novák, Eva Malá").body.name == body


def test_recorder_verifiers_and_chair_named_in_running_text():
    m = _m("Zápis z 5. zasedání zastupitelstva obce Lhota dne 3. 3. 2023\nPřítomni: Jan Novák, Eva Malá, Petr Kos\n"
           "Zasedání bylo zahájeno v 18.00 hodin starostou obce, panem Petrem Kosem. Zapisovatelkou určil paní "
           "Martinu Bílkovou. Ověřovatelé zápisu byli zvoleni p. Novák a pí. Malá.")
    assert (m.chair.name, m.recorder.name, [p.name for p in m.verifiers]) == (
        "Petr Kos", "Martina Bílková", ["Jan Novák", "Eva Malá"])


def test_next_meeting_in_a_numbered_item_after_a_clause():
    m = _m("Zápis ze schůze osadního výboru dne 1.12.2018\nPřítomni: Jan Novák, Eva Malá\n"
           "5. Schůze výboru v lednu nebude, další schůze bude 2.2.2019 v 17 hodin v klubovně.")
    assert m.next_meeting is not None
    assert (m.next_meeting.date, m.next_meeting.start_time, m.next_meeting.place) == ("2019-02-02", "17:00", "klubovna")


def test_wrapped_title_gives_time_and_place_whole():
    m = _m("Zápis z 3. jednání komise\nkonaného dne 12. 10. 2022 od 17:00 hod. v malé zasedací místnosti\nradnice\n"
           "Přítomni: Jan Novák, Eva Malá")
    assert (m.meeting.start_time, m.meeting.place) == ("17:00", "malá zasedací místnost radnice")


@pytest.mark.parametrize("title, number, body, municipality", [
    ("Zápis z 1. (ustavujícího) zasedání Zastupitelstva obce Horní Lhota konaného dne 5. 11. 2018", 1,
     "Zastupitelstvo obce Horní Lhota", "Horní Lhota"),
    ("Zápis ze zasedání ZO Lipová č. 3/2019, konaného dne 3. 4. 2019", 3, "Zastupitelstvo obce Lipová", "Lipová"),
    ("Zápis z mimořádného zasedání Zastupitelstva města Třebíče dne 2. 2. 2021", None,
     "Zastupitelstvo města Třebíče", "Třebíč"),
    ("Zápis z 5. jednání Komise výstavby a životního prostředí Rady města Hustopeče", 5,
     "Komise výstavby a životního prostředí", "Hustopeče"),
    ("Usnesení Rady obce Kostelní Lhota č. 15/2021 ze dne 3. 5. 2021", 15, "Rada obce Kostelní Lhota", "Kostelní Lhota"),
])
def test_more_title_forms(title, number, body, municipality):
    m = _m(f"{title}\nPřítomni: Jan Novák, Eva Malá\nZapsal: Jan Novák")
    assert (m.meeting.number, m.body.name, m.municipality) == (number, body, municipality)


@pytest.mark.parametrize("title, body", [
    ("Zápis z jednání komise kultury, sportu a volného času dne 5. 3. 2024", "komise kultury, sportu a volného času"),
    ("Zápis z 1. zasedání Komise pro kulturu, sport a volný čas", "Komise pro kulturu, sport a volný čas"),
    ("Zápis z 2. jednání výboru pro výchovu, vzdělávání a zaměstnanost", "výbor pro výchovu, vzdělávání a zaměstnanost"),
    ("Zápis z jednání komise výstavby, konaného dne 5. 5. 2024", "komise výstavby"),
    ("Zápis z 11. zasedání Akademického senátu Fakulty zdravotnických studií Západočeské univerzity v Plzni",
     "Akademický senát Fakulty zdravotnických studií Západočeské univerzity v Plzni"),
])
def test_body_names_with_commas_and_small_letter_words(title, body):
    m = _m(f"{title}\nPřítomni: Jan Novák, Petr Malý\nZapsal: Jan Novák")
    assert m.body.name == body


def test_three_signature_blocks_side_by_side():
    body = ("Zápis ze shromáždění vlastníků jednotek konaného dne 14. 5. 2024\n"
            "Shromáždění zvolilo předsedajícím Ing. Pavla Hrubého.\nProgram:\n1. Zahájení\n2. Různé\n"
            "V Kolíně dne 20. 5. 2024\n\n")
    for sig in ("Ing. Pavel Hrubý\tMgr. Klára Veselá\tOldřich Barták\npředsedající\tzapisovatelka\tověřovatel zápisu",
                ("N e d o m a  Pavel\tV e s e l á  Klára\tB a r t á k  Oldřich\n"
                 "předsedající\tzapisovatelka\tověřovatel zápisu")):
        m = _m(body + sig)
        assert m.chair.family_name == ("Hrubý" if "Hrubý" in sig else "Nedoma")
        assert m.recorder.family_name == "Veselá"
        assert [p.family_name for p in m.verifiers] == ["Barták"]


def test_roles_in_running_text_stay_in_their_paragraph():
    text = ("Zápis z 1. zasedání komise pro kulturu dne 23. 1. 2023\nPřítomni: MUDr. Antonín Katran, Martin Jarošík, "
            "Mgr. Bořek Černoch\nProgram jednání:\n1. Úvod\n2. Volba místopředsedy komise a ověřovatele zápisu\n"
            "3. Různé\nAd 1.) Úvod\nPředseda komise MUDr. Antonín Katran přivítal všechny přítomné.\n"
            "Ad 2.) Volba místopředsedy komise a ověřovatele zápisu\n"
            "Na post místopředsedy komise byl navržen pan Martin Jarošík, s kandidaturou souhlasil.\n"
            "Na post ověřovatele zápisu byl navržen pan Mgr. Bořek Černoch, s kandidaturou souhlasil.\n")
    m = _m(text)
    assert [p.family_name for p in m.verifiers] == ["Černoch"]
    assert m.chair.family_name == "Katran"


def test_verifiers_with_roles_between_them_and_chair_signing_as_verifier():
    text = ("Zápis z valné hromady svazku obcí Mikroregion Podhradí dne 25. 6. 2018\nProgram:\n1) Zahájení\n"
            "2) Volba ověřovatele zápisu\n3) Zpráva revizní komise (plk. Ing. Lukáš Jankovský)\n"
            "2) Volba ověřovatele zápisu: Ověřovateli zápisu byli zvoleni Vladimír Macek, starosta obce Písečná, "
            "a starosta obce Volešná Ing. Ladislav Bartošek.\n")
    assert [p.family_name for p in _m(text).verifiers] == ["Macek", "Bartošek"]
    club = ("Zpráva z jednání výkonného výboru TJ Sokol Lhota ze dne 24. 9. 2020\nPřítomni: Balcárek Jiří, Šimák Karel\n"
            "1. Schválení programu\nProgram byl schválen.\nZapsala: Machová Kateřina\nOvěřil: Šimák Karel, předseda\n")
    m = _m(club)
    assert m.document_type == "minutes" and m.chair.family_name == "Šimák"


def test_label_in_a_table_row_written_as_text():
    m = _m("Zápis ze zasedání zastupitelstva č. 2/2025\nMěsto Peckov\n| Přítomni: | (2) Milan Palouš, Ivana Trčková |\n"
           "| Omluveni: | (1) Jaroslav Železný |\n| Předsedající: | Milan Palouš |\n| Ověřovatelé: | Ivana Trčková |\n")
    assert m.chair.family_name == "Palouš" and [p.family_name for p in m.verifiers] == ["Trčková"]
    assert [p.family_name for p in m.attendance.excused] == ["Železný"]


@pytest.mark.parametrize("head, place", [
    ("Jednání komise dne 2. 2. 2017 od 18.00 hodin, salonek restaurace U Bílé labutě", "salonek restaurace U Bílé labutě"),
    ("Zápis z jednání stavební komise, konané dne 13. 3. 2017, od 18 hodin, velká zasedací místnost radnice.",
     "velká zasedací místnost radnice"),
    ("Zápis ze 4. jednání školské rady\nKonání:\n19. dubna 2023 v 17:30 ve sborovně gymnázia", "sborovna gymnázia"),
])
def test_place_in_the_nominative_or_after_a_label(head, place):
    m = _m(f"{head}\nPřítomni: Jan Novák, Petr Malý\nZapsal: Jan Novák")
    assert m.meeting.place == place


def test_next_meeting_place_in_the_nominative_and_towns_as_adjectives():
    m = _m("Zápis z jednání stavební komise dne 13. 3. 2017\nPřítomni: pan Bláha, pan Vlček\n"
           "Příští jednání SK je naplánováno na 10.4.2017 od 18,00 hod, velká zasedací místnost radnice.\n"
           "V Sadské dne 15.3.2017\nZapsal: Petr Bláha")
    assert m.next_meeting.place == "velká zasedací místnost radnice" and m.next_meeting.start_time == "18:00"
    assert m.municipality == "Sadská"
    assert _m("Zápis z veřejného zasedání Městského zastupitelstva Dolní Beřkovice\nPřítomni: Jan Novák, Petr Malý"
              ).municipality == "Dolní Beřkovice"


def test_title_wrapped_after_a_proper_adjective():
    m = _m("Zápis z 11. zasedání Akademického senátu Fakulty zdravotnických studií Západočeské\nuniverzity v Plzni\n"
           "konaného dne 7. února 2018 od 14:00 hodin\nPřítomni: Jan Novák, Petr Malý\nZapsal: Jan Novák")
    assert m.body.name == "Akademický senát Fakulty zdravotnických studií Západočeské univerzity v Plzni"
    assert m.meeting.date == "2018-02-07" and m.meeting.number == 11


def test_start_time_is_never_read_from_a_resolution_deep_in_the_text():
    filler = "".join(f"Rada města bere na vědomí informaci č. {k} o stavu investičních akcí města.\n" for k in range(70))
    m = _m("Usnesení z 9. schůze Rady města Litovel konané dne 9. 3. 2023\n" + filler +
           "Rada města souhlasí s konáním akce „Zahájení turistické sezóny“ dne 15. 4. 2023 v době od 8.00 "
           "do 15.00 hod. na náměstí.\n")
    assert m.meeting.start_time is None


def test_a_union_of_municipalities_is_no_municipality():
    m = _m("Zápis z Valné hromady dobrovolného svazku obcí Mikroregion Podhradí konané dne 25. 6. 2018\n"
           "Přítomni: 17 členských obcí dle prezenční listiny\nOvěřovateli zápisu byli zvoleni Vladimír Macek, "
           "starosta obce Písečná, a Ing. Ladislav Bartošek.\n")
    assert m.municipality is None
