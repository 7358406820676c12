"""Resolutions: labels, wording, parts, actions, adoption, references, provenance."""

from __future__ import annotations

import pytest

import minutesparse
from minutesparse.fields.resolutions import find_actions, find_references, match_label


@pytest.mark.parametrize("text, number, rest", [
    ("Usnesení č. 12/2024/RM", "12/2024/RM", ""),
    ("Číslo: RM/1/1/2022", "RM/1/1/2022", ""),
    ("Usnesení č. 1386/45", "1386/45", ""),
    ("(usnesení č. 8/2018 R)", "8/2018 R", ""),
    ("Usnesení č. 5/2024: Zastupitelstvo obce schvaluje", "5/2024", "Zastupitelstvo obce schvaluje"),
    ("USNESENÍ ZASTUPITELSTVA OBCE č. 5/2023", "5/2023", ""),
    ("U S N E S E N Í č. 7", "7", ""),
    ("Usnesení FV/5/1/2024: Finanční výbor doporučuje", "FV/5/1/2024", "Finanční výbor doporučuje"),
    ("Usnesení číslo 45/2023 –", "45/2023", ""),
    ("Usnesení č. ZMČ 6/1/2024", "ZMČ 6/1/2024", ""),  # the body's abbreviation after the mark
    ("Usnesení č.: ZM 2/2/2025", "ZM 2/2/2025", ""),
    ("Usnesení 0123/03/2024/ZK", "0123/03/2024/ZK", ""),
])
def test_labels(text: str, number: str, rest: str) -> None:
    lm = match_label(text)
    assert lm is not None and (lm.number, lm.rest) == (number, rest)


@pytest.mark.parametrize("text", [
    "usnesení č. RM/2777/83/2022.",  # a reference wrapped to the start of a line
    "Usnesení ze 45. schůze Rady města Horní Kamenice",  # a title
    "Usnesení o vydání změny č. 1 ÚP Čerčan",  # a running header
    "Číslo zprávy:",
    "Usnesení 5 členů komise",
    "Usnesení:",
])
def test_not_labels(text: str) -> None:
    assert match_label(text) is None


def test_bare_number_only_under_a_title() -> None:
    assert match_label("č. 1.??/2022 ze dne ??. měsíc 2022") is None
    assert match_label("č. 1.??/2022 ze dne ??. měsíc 2022", after_title=True).number == "1.??/2022"
    assert match_label("č. RM/320/11/2023 odprodej herního prvku", after_title=True) is None


@pytest.mark.parametrize("text, actions", [
    ("Rada města Litovel schvaluje uzavření smlouvy.", ["schvaluje"]),
    ("Zastupitelstvo obce schválilo rozpočet.", ["schvaluje"]),
    ("Komise vzala na vědomí zprávu.", ["bere na vědomí"]),
    ("Rada města Litovel se seznámila se záměrem.", ["byla seznámena"]),
    ("ZM schvaluje rozbor a bere na vědomí komentář k rozboru.", ["schvaluje", "bere na vědomí"]),
    ("Komise doporučuje přidělit byt žadatelce (pořadí 1) a jako náhradníka určuje žadatele.",
     ["doporučuje", "určuje"]),
    ("Rada schvaluje předpis, kterým se mění a doplňuje směrnice.", ["schvaluje"]),
    ("Rada schvaluje dodatek. Dodatkem se mění čl. III.", ["schvaluje"]),
    ("Rada stanovuje odznak. Dále Rada města Litovel stanovuje, že tajemník …", ["stanovuje"]),
    ("Rada neschvaluje žádost a nesouhlasí s prodejem.", ["neschvaluje", "nesouhlasí"]),
])
def test_actions_normalised_to_present(text: str, actions: list[str]) -> None:
    assert find_actions(text) == actions


def test_references() -> None:
    assert find_references("a) revokuje usnesení č. RM/2777/83/2022.") == ["RM/2777/83/2022"]
    assert find_references("schváleného usnesením číslo RM/326/11/2023 a RM/1/1/2022") == \
        ["RM/326/11/2023", "RM/1/1/2022"]
    # numbers shaped like the document's own scheme count without the word "usnesení"
    assert find_references("v souladu s RM/972/34/2024 a RZ 110/2023/ZM", {"A/9/9/9"}) == ["RM/972/34/2024"]


RESOLUTION_LIST = """Město Horní Kamenice
Výpis usnesení ze 45. schůze Rady města Horní Kamenice konané dne 9. 12. 2024
Číslo: RM/505/45/2024
Rada města Horní Kamenice
a) schvaluje uzavření nájemní smlouvy na nebytové prostory v přízemí budovy
č. p. 118, za nájemné ve výši 9 600 Kč měsíčně,
b) pověřuje starostu města podpisem smlouvy.
Zodpovídá: Ing. P. Hojgr Termín: 27. 1. 2025
Číslo: RM/506/45/2024
Rada města Horní Kamenice revokuje usnesení RM/471/42/2024 ze dne 28. 10. 2024 ve věci zakázky
\f„Oprava chodníku“ a schvaluje zrušení výběrového řízení.
Mgr. Tomáš Hrubeš v. r.
starosta města
"""


def test_resolution_list() -> None:
    m = minutesparse.parse_text(RESOLUTION_LIST)
    first, second = m.resolutions
    assert first.number == "RM/505/45/2024"
    assert first.text.startswith("Rada města Horní Kamenice\na) schvaluje uzavření")
    assert "Číslo" not in first.text and "Zodpovídá" not in first.text
    assert [(p.label, p.action) for p in first.parts] == [("a", "schvaluje"), ("b", "pověřuje")]
    assert first.parts[0].text.endswith("měsíčně")  # the part's own wording, no trailing comma
    assert first.actions == ["schvaluje", "pověřuje"]
    assert [p.family_name for p in first.responsible] == ["Hojgr"]
    assert first.deadline == "2025-01-27"
    assert "Zodpovídá: Ing. P. Hojgr" in first.raw
    assert second.actions == ["revokuje", "schvaluje"]
    assert second.references == ["RM/471/42/2024"]
    assert (second.page, second.page_end) == (1, 2)  # continued across the page break
    assert "v. r." not in second.text and "starosta" not in second.text


def test_unnumbered_after_cue_and_rejected_by_vote() -> None:
    m = minutesparse.parse_text(
        "Návrh usnesení: ZO schvaluje podání žádosti o dotaci.\n"
        "Hlasování: pro - 3, proti - 4, zdržel se – 1\n"
        "Návrh nebyl přijat.\n"
        "Starosta poděkoval přítomným.\n")
    (r,) = m.resolutions
    assert r.number is None and r.text == "ZO schvaluje podání žádosti o dotaci."
    assert r.adopted is False and r.vote == 0 and m.votes[0].result == "failed"


def test_prose_that_looks_like_a_resolution_is_not_one() -> None:
    m = minutesparse.parse_text("Rada města schválila loni rozpočet, letos se k němu vrátí.\n"
                                "Diskuse se týkala oprav chodníků.\n")
    assert m.resolutions == []


def test_rejected_section() -> None:
    m = minutesparse.parse_text(
        "Výpis usnesení\nČíslo: ZM/5/7/2023\nZastupitelstvo města Litovel schvaluje dodatek.\n"
        "NEPŘIJATÉ NÁVRHY\nČást usnesení k bodu č. 3.:\nZastupitelstvo města Litovel ukládá odboru MHaSI "
        "zajistit opravu.\n")
    adopted, rejected = m.resolutions
    assert adopted.number == "ZM/5/7/2023" and "NEPŘIJATÉ" not in adopted.text
    assert rejected.number is None and rejected.adopted is False and rejected.item == "3"
    assert m.tasks == []  # a rejected proposal assigns nothing


def test_parts_with_numbered_items_and_own_verbs() -> None:
    m = minutesparse.parse_text(
        "USNESENÍ\nZastupitelstva obce Horní Ves\nč. 5/2024 ze dne 3. 4. 2024\no změně územního plánu\n"
        "Zastupitelstvo obce Horní Ves:\nA) Bere na vědomí\n1. informaci pořizovatele;\n2. stanovisko úřadu.\n"
        "B) Ověřilo\nnávrh změny a konstatuje, že není v rozporu.\nC) Ukládá starostovi obce\n"
        "1. zajistit vyhotovení změny;\n2. doručit změnu veřejnou vyhláškou do 30. 6. 2024.\n")
    (r,) = m.resolutions
    assert r.number == "5/2024"
    assert r.text.startswith("Zastupitelstvo obce Horní Ves:")  # the title line is not wording
    assert [(p.label, p.action) for p in r.parts] == [("A", "bere na vědomí"), ("B", "ověřuje"), ("C", "ukládá")]
    assert r.actions == ["bere na vědomí", "ověřuje", "konstatuje", "ukládá"]
    assert [t.text for t in m.tasks] == ["zajistit vyhotovení změny", "doručit změnu veřejnou vyhláškou do 30. 6. 2024"]
    assert {a.name for t in m.tasks for a in t.assignees} == {"starosta obce"}
    assert m.tasks[1].deadline == "2024-06-30"


def test_placeholder_and_missing_verb_warnings() -> None:
    m = minutesparse.parse_text("USNESENÍ\nč. 1.??/2022 ze dne ??. měsíc 2022\nZastupitelstvo obce Čerčany:\n"
                                "A) Bere na vědomí informaci.\nUsnesení č. 7/2022\nZastupitelstvo obce Čerčany "
                                "projekt Chodník.\n")
    codes = {w.code for w in m.warnings}
    assert {"placeholder", "resolution_no_action"} <= codes
    assert m.resolutions[0].number == "1.??/2022" and m.resolutions[0].adopted is None


def test_cercany_draft(corpus) -> None:
    m = minutesparse.parse(corpus / "cercany" / "usneseni.pdf", ocr="never")
    (r,) = m.resolutions
    assert r.number == "1.??/2022"
    assert [p.label for p in r.parts] == ["A", "B", "C", "D", "E"]
    assert r.parts[0].action == "bere na vědomí" and r.parts[4].action == "ukládá"
    assert len(m.tasks) == 7 and all(t.resolution == "1.??/2022" for t in m.tasks)
    assert all(a.name == "starosta obce" for t in m.tasks for a in t.assignees)
    assert "placeholder" in {w.code for w in m.warnings}


def test_roman_parts_with_own_verbs() -> None:
    m = minutesparse.parse_text("Usnesení č. 5/2024\nZastupitelstvo obce Horní Ves\nI. schvaluje rozpočet obce na rok 2025,\n"
                                "II. ukládá starostovi zveřejnit rozpočet do 15 dnů.\nHlasování: pro 9, proti 0, zdržel se 0\n")
    (r,) = m.resolutions
    assert [(p.label, p.action) for p in r.parts] == [("I", "schvaluje"), ("II", "ukládá")]
    assert r.adopted is True and m.votes[0].part is None  # one vote for the whole resolution
    (t,) = m.tasks
    assert t.resolution == "5/2024" and t.deadline_text == "do 15 dnů"


def test_numbered_list_of_resolutions_vs_parts() -> None:
    m = minutesparse.parse_text("Usnesení z 5. zasedání:\n1. ZO schvaluje program jednání.\n"
                                "2. ZO schvaluje rozpočtové opatření č. 3/2024\nv předloženém znění.\n"
                                "3. ZO bere na vědomí zprávu kontrolního výboru.\nZapsal: Jan Novák\n")
    assert [r.text for r in m.resolutions] == [
        "ZO schvaluje program jednání.", "ZO schvaluje rozpočtové opatření č. 3/2024 v předloženém znění.",
        "ZO bere na vědomí zprávu kontrolního výboru."]
    m = minutesparse.parse_text("Usnesení č. 1/2024\nZastupitelstvo obce Lhota:\n1) schvaluje program jednání,\n"
                                "2) schvaluje ověřovatele,\n3) bere na vědomí zprávu.\n")
    (r,) = m.resolutions
    assert [p.label for p in r.parts] == ["1", "2", "3"] and r.actions == ["schvaluje", "bere na vědomí"]


def test_minutes_resolution_without_vote_is_reported() -> None:
    m = minutesparse.parse_text("Zápis z 3. zasedání zastupitelstva obce Lhota\nPřítomni: Jan Novák, Petr Malý\n"
                                "Usnesení č. 3/2024: Zastupitelstvo obce schvaluje rozpočet.\n"
                                "Starosta poděkoval přítomným.\n")
    assert m.document_type == "minutes"
    assert "resolution_without_vote" in {w.code for w in m.warnings}


# --------------------------------------------------------------------------- real-world variety
@pytest.mark.parametrize("text, number, rest", [
    ("1. Usn. 210/2024/POMŠ", "210/2024/POMŠ", ""),  # a numbered overview with the abbreviation
    ("Usnesení KV 3/1/2023: Kontrolní výbor bere na vědomí", "KV 3/1/2023", "Kontrolní výbor bere na vědomí"),
    ("Usnesenl č. 4/1/2O21", "4/1/2021", ""),  # OCR: l for í, O for 0
    ("USNESENÍ Č. 3/1/2023", "3/1/2023", ""),
])
def test_more_labels(text: str, number: str, rest: str) -> None:
    lm = match_label(text)
    assert lm is not None and (lm.number, lm.rest) == (number, rest)


@pytest.mark.parametrize("text, actions", [
    ("ZASTUPITELSTVO OBCE SCHVALUJE PROGRAM A URČUJE OVĚŘOVATELE ZÁPISU.", ["schvaluje", "určuje"]),
    ("Zastupitelé dali souhlas s úhradou členského příspěvku.", ["souhlasí"]),
    ("Rada obce bere na vědoml informaci o plnění usnesení.", ["bere na vědomí"]),  # OCR
    ("ZO schvaluje pravidla provizoria. Zastupitelstvo obce zároveň ukládá starostovi předložit rozpočet.",
     ["schvaluje", "ukládá"]),
    ("Rada doporučuje ZMO přijmout následující usnesení: ZMO schvaluje zásady a ukládá starostovi …",
     ["doporučuje"]),
    ("Rada doporučuje ZM schválit „Zastupitelstvo schvaluje zásady a ruší směrnici č. 2“.", ["doporučuje"]),
])
def test_actions_of_real_wordings(text: str, actions: list[str]) -> None:
    assert find_actions(text) == actions


def test_passive_wording_gets_its_verb() -> None:
    m = minutesparse.parse_text("Usnesení č. 22/2023\nJako ověřovatelé zápisu byli schváleni paní E. Veselá a pan M. Jirků.\n"
                                "Pro: 5     proti: 0     zdrželi se: 0\n")
    assert m.resolutions[0].actions == ["schvaluje"]


def test_body_and_verb_on_their_own_lines_and_number_after_the_vote() -> None:
    m = minutesparse.parse_text("Ověřovatelé zápisu:\nRada města\nvolí\nověřovatele zápisu Mgr. Synkovou M.\n"
                                "Výsledek hlasování:\nPro: 4\nProti: 0\nZdrželo se: 0\nUsnesení č.: 702\n\n"
                                "Program jednání:\nRada města\nschvaluje\nprogram jednání.\nPro: 4\nProti: 0\n"
                                "Zdrželo se: 0\nUsnesení č.: 703\n")
    assert [(r.number, r.actions, r.vote) for r in m.resolutions] == [("702", ["volí"], 0), ("703", ["schvaluje"], 1)]
    assert [v.resolution for v in m.votes] == ["702", "703"]


def test_vote_right_before_the_label() -> None:
    m = minutesparse.parse_text("1) Program zasedání\nStarosta předložil program.\nHlasování: 13 – 0 – 0\n"
                                "Usnesení č. 3/1/2024: ZM schvaluje program zasedání.\n")
    (r,), (v,) = m.resolutions, m.votes
    assert r.vote == 0 and r.adopted is True and v.resolution == "3/1/2024"


def test_vote_named_before_its_wording() -> None:
    """"Výsledek hlasování o usnesení č.: 41/2023" / counts / then the wording."""
    m = minutesparse.parse_text("Výsledek hlasování o usnesení č.: 41/2023\npro 13, proti 0, zdržel se 0\n"
                                "Zastupitelstvo obce\nA) určuje ověřovatele zápisu,\nB) volí návrhovou komisi.\n"
                                "Starosta přistoupil ke schválení programu.\n")
    (r,) = m.resolutions
    assert (r.number, r.actions, [p.label for p in r.parts], r.vote) == ("41/2023", ["určuje", "volí"], ["A", "B"], 0)
    assert "Starosta" not in r.text


def test_resolutions_listed_at_the_end_grouped_by_verb() -> None:
    m = minutesparse.parse_text("K bodu 5\nZastupitelstvo vzalo informace na vědomí.\n"
                                "Usnesení z 8. zasedání Zastupitelstva obce Bukovina ze dne 19. 6. 2023\n"
                                "Zastupitelstvo obce schvaluje:\n1. ověřovatele zápisu,\n2. závěrečný účet obce.\n"
                                "Zastupitelstvo obce bere na vědomí:\n1. informaci o knihovně.\n")
    assert [(r.actions, [p.label for p in r.parts]) for r in m.resolutions] == [
        (["schvaluje"], ["1", "2"]), (["bere na vědomí"], ["1"])]


def test_whole_minutes_in_one_paragraph() -> None:
    text = ("Zápis z 12. zasedání ZO Ratiboř ze dne 5. září 2022 Přítomni: viz prezenční listina Jednání zahájil "
            "starosta obce v 17:00 hod. 1. Dodatek jednacího řádu Místostarostka seznámila přítomné s návrhem. "
            "USNESENÍ č. 12/1: ZO schvaluje Dodatek č. 1 Jednacího řádu ZO. Hlasování: pro 9, proti 0, zdržel se 0 "
            "2. Prodej akcií Starosta informoval o nabídce na odkup akcií společnosti Vodovody Oslava a.s. "
            "USNESENÍ č. 12/2: ZO neschvaluje prodej 40 ks akcií. Hlasování: pro 7, proti 1, zdržel se 1 "
            "Zapsala: Petra Lorková")
    m = minutesparse.parse_text(text)
    assert [(r.number, r.actions, m.votes[r.vote].counts.yes) for r in m.resolutions] == [
        ("12/1", ["schvaluje"], 9), ("12/2", ["neschvaluje"], 7)]


def test_listed_resolution_is_not_an_agenda_heading() -> None:
    m = minutesparse.parse_text("Program:\n1. Zpráva o činnosti\n2. Členské příspěvky\n1. Zpráva o činnosti\n"
                                "Předseda shrnul akce.\nUsnesení výroční členské schůze:\n"
                                "1. Členská schůze bere na vědomí zprávu o činnosti.\nHlasování: jednomyslně\n"
                                "2. Členská schůze schvaluje příspěvek 400 Kč.\nHlasování: pro 19, proti 3, zdržel se 1\n")
    assert [r.actions for r in m.resolutions] == [["bere na vědomí"], ["schvaluje"]]
    assert [r.vote for r in m.resolutions] == [0, 1]


def test_committee_protocol_whose_only_decision_is_in_the_past_tense() -> None:
    """Blešno-like tender protocol: no label, no vote, "Komise doporučila …"."""
    m = minutesparse.parse_text("PROTOKOL O POSOUZENÍ A HODNOCENÍ NABÍDEK\nČlenové komise:\nJaroslav Nosek\n"
                                "Zadavatel obdržel tři nabídky.\nKomise doporučila zadavateli uzavřít smlouvu o dílo "
                                "s uchazečem Klempířství Hudec.\nJednání ukončeno v 16:45 hod.\n")
    (r,) = m.resolutions
    assert r.actions == ["doporučuje"] and r.text.endswith("Klempířství Hudec.") and r.vote is None


def test_prose_decision_is_no_resolution_when_the_document_has_others() -> None:
    m = minutesparse.parse_text("Usnesení č. 1/2024: ZO schvaluje program.\nHlasování: pro 7, proti 0, zdržel se 0\n"
                                "K bodu 5\nZastupitelstvo vzalo informace na vědomí.\n")
    assert [r.number for r in m.resolutions] == ["1/2024"]


def test_caps_reference_wrapped_to_a_line_start_is_no_label() -> None:
    m = minutesparse.parse_text("USNESENÍ Č. 3/3/2023\nZASTUPITELSTVO OBCE UKLÁDÁ STAROSTOVI PŘEDLOŽIT INFORMACI O PLNĚNÍ\n"
                                "USNESENÍ Č. 7/4/2022.\nHLASOVÁNÍ: PRO 7 PROTI 0 ZDRŽEL SE 0\n")
    (r,) = m.resolutions
    assert r.number == "3/3/2023" and r.references == ["7/4/2022"] and r.vote == 0


def test_blesno_scan_gives_the_committee_recommendation(corpus) -> None:
    import shutil
    if not shutil.which("tesseract"):
        pytest.skip("tesseract not installed")
    m = minutesparse.parse(corpus / "blesno" / "vr-radary-protokol.pdf")
    assert any(r.actions == ["doporučuje"] and "Darebníček" in r.text for r in m.resolutions)


def test_a_protocol_narrating_another_body_has_no_resolution() -> None:
    m = minutesparse.parse_text("Zápis z jednání komise pro kulturu\nPřítomni: J. Novák, P. Malá\n"
                                "Rada města schválila loni rozpočet na kulturu, letos se k němu vrátí.\n"
                                "Zapsala: P. Malá\n")
    assert m.resolutions == []


def test_lettered_decisions_under_one_item() -> None:
    m = minutesparse.parse_text("1) Stavební záležitosti:\na) OZ schválilo projekt rodinného domu.\n"
                                "Pro: 6 proti: 0 zdrž.: 0\nb) OZ vzalo na vědomí zprávu auditorky – bez závad.\n"
                                "c) OZ schválilo vybudování branek.\nPro: 5 proti: 0 zdrž.: 1\n")
    assert [(r.actions, r.vote) for r in m.resolutions] == [(["schvaluje"], 0), (["bere na vědomí"], None),
                                                             (["schvaluje"], 1)]


def test_verb_heading_over_numbered_wordings() -> None:
    m = minutesparse.parse_text("Usnesení zastupitelstva obce Dolní Vlkovice III/2024\n"
                                "Zastupitelstvo projednalo a schválilo:\nUsnesení č. 5/24\n"
                                "Závěrečný účet obce za rok 2023 bez výhrad.\nUsnesení č. 6/24\n"
                                "Zastupitelstvo pověřuje starostu jednáním o výměně pozemků.\n")
    assert [(r.number, r.actions) for r in m.resolutions] == [("5/24", ["schvaluje"]), ("6/24", ["pověřuje"])]


def test_decision_starting_inside_a_line_before_its_vote() -> None:
    m = minutesparse.parse_text("Zápis ze zasedání Akademického senátu 2. lékařské fakulty\n2. Volba kandidáta\n"
                                "Tajné hlasování řídila volební komise. Akademický senát 2. LF navrhuje prof. MUDr. T. Zímu\n"
                                "jako kandidáta na funkci rektora.\n18 : 5 : 2 schváleno\n")
    (r,) = m.resolutions
    assert r.actions == ["navrhuje"] and r.text.startswith("Akademický senát 2. LF navrhuje") and r.vote == 0


def test_narrated_proposal_of_another_body_takes_no_vote() -> None:
    m = minutesparse.parse_text("Zápis ze zasedání Zastupitelstva obce Střelice\n2. Prodej pozemku\n"
                                "Záměr byl zveřejněn. Rada obce navrhla prodat pozemek za 650 Kč/m2. Zastupitel podal protinávrh.\n"
                                "Hlasování o protinávrhu: pro 3, proti 5, zdržel se 1 – protinávrh nebyl přijat.\n")
    assert m.resolutions == [] and m.votes[0].result == "failed"


def test_programme_listed_inside_a_resolution_is_no_item_heading() -> None:
    """The points "1) … 2) …" of a listed programme are no headings, even with "K bodu 3" later."""
    m = minutesparse.parse_text("ZÁPIS č. 7/2022 ze zastupitelstva obce Koberovice\nUsnesení 1/7:\nI. Program jednání\n"
                                "1) Zahájení\n2) Zpráva o činnosti rady\n3) Úprava rozpočtu\nII. Složení návrhové komise: "
                                "A. Babická, L. Dlabalová.\nHlasování Pro 15, proti 0, zdržel se 0\nK bodu 3: Úprava rozpočtu\n"
                                "Usnesení 2/7: Zastupitelstvo obce schvaluje rozpočtové opatření.\nHlasování Pro 14, proti 0, zdržel se 1\n")
    first, second = m.resolutions
    assert [p.label for p in first.parts] == ["I", "II"] and first.vote == 0 and second.vote == 1


# --------------------------------------------------------------------------- fourth held-out batch (39-55)
def test_reference_with_the_bodys_abbreviation() -> None:
    assert find_references("I. revokuje své usnesení č. ZMČ 4/7/2024 ze dne 12. 3. 2024,") == ["ZMČ 4/7/2024"]


def test_a_label_that_is_the_subject_of_a_sentence_opens_nothing() -> None:
    m = minutesparse.parse_text("Bod 4 – Revokace\nUsnesení č. 3/9/2024 ze dne 12. 9. 2024 obsahovalo chybnou výši dotace.\n"
                                "Návrh usnesení:\nZastupitelstvo obce revokuje usnesení č. 3/9/2024.\n"
                                "Výsledek hlasování: Pro 7 Proti 0 Zdrželi se 0\nUsnesení č. 4/4/2024 bylo schváleno.\n")
    assert [(r.number, r.actions, r.references) for r in m.resolutions] == [("4/4/2024", ["revokuje"], ["3/9/2024"])]


def test_present_tense_decision_after_a_narrated_one() -> None:
    """"Komise projednala žádost … Komise doporučuje Radě …": the recommendation is the resolution."""
    m = minutesparse.parse_text("Komise pro územní rozvoj\nZápis z 5. jednání komise\n\n3. Změna územního plánu\n"
                                "Komise projednala žádost o změnu funkčního využití pozemků z plochy zemědělské na plochu\n"
                                "bydlení. Komise doporučuje Radě města žádost předložit zastupitelstvu.\nHlasování: 4 – 0 – 1\n")
    (r,) = m.resolutions
    assert r.actions == ["doporučuje"] and r.text.startswith("Komise doporučuje Radě města") and r.vote == 0


def test_summary_and_proceedings_give_each_resolution_once() -> None:
    m = minutesparse.parse_text(
        "Zápis z 6. zasedání Akademického senátu fakulty konaného dne 11. prosince 2023\n\n"
        "Závěry a usnesení:\n1. AS schválil program jednání.\n2. AS schvaluje rozpočet fakulty na rok 2024.\n\n"
        "Průběh jednání:\n1. Schválení programu\nHlasování: jednomyslně schváleno (proti: 0 / zdržel se: 0 / pro: 21)\n"
        "2. Rozpočet fakulty\nNávrh usnesení: AS schvaluje rozpočet fakulty na rok 2024.\n"
        "Hlasování: schváleno (proti: 1 / zdržel se: 2 / pro: 18)\n")
    assert [(r.text[:19], r.vote) for r in m.resolutions] == [("AS schválil program", 0), ("AS schvaluje rozpoč", 1)]


def test_verb_headings_over_bare_numbered_points() -> None:
    m = minutesparse.parse_text(
        "Usnesení z 3. zasedání Zastupitelstva obce Velký Luh konaného dne 19. 6. 2023\n\n"
        "Zastupitelstvo obce Velký Luh\nI. schvaluje:\n3/1 program 3. zasedání zastupitelstva obce,\n"
        "3/2 ověřovatele zápisu Petra Jandu a Ludmilu Skálovou,\nII. ukládá:\n"
        "3/3 starostovi obce zajistit uzavření smlouvy dle usnesení č. 3/2,\ntermín: 31. 8. 2023.\n\n"
        "Hlasování o usnesení: pro 9, proti 0, zdržel se 0.\n")
    assert [(r.number, r.actions, r.vote) for r in m.resolutions] == [
        ("3/1", ["schvaluje"], 0), ("3/2", ["schvaluje"], 0), ("3/3", ["ukládá"], 0)]
    (t,) = m.tasks
    assert t.resolution == "3/3" and [p.name for p in t.assignees] == ["starosta obce"] and t.deadline == "2023-08-31"


@pytest.mark.parametrize("rest, prose", [
    ("ze dne 12. 9. 2024 obsahovalo chybnou výši dotace.", True),
    ("je nadále platné.", True),
    ("ze dne 3. 5. 2024 o prodeji pozemku.", False),  # a title after the number
    ("k bodu 3.", False),
    ("Zastupitelstvo obce schvaluje prodej.", False),  # the wording
])
def test_label_in_prose(rest: str, prose: bool) -> None:
    from minutesparse.fields.resolutions import label_in_prose

    assert label_in_prose(rest) is prose


def test_the_same_wording_in_two_items_is_two_resolutions() -> None:
    m = minutesparse.parse_text(
        "Zápis z 3. zasedání Zastupitelstva obce Lhota\n\nProgram:\n1. Zpráva starosty\n2. Zpráva místostarosty\n\n"
        "1. Zpráva starosty\nNávrh usnesení: Zastupitelstvo obce bere na vědomí informaci o činnosti obecního úřadu.\n"
        "Hlasování: pro 7, proti 0, zdržel se 0\n\n"
        "2. Zpráva místostarosty\nNávrh usnesení: Zastupitelstvo obce bere na vědomí informaci o činnosti obecního úřadu.\n"
        "Hlasování: pro 6, proti 0, zdržel se 1\n")
    assert [(r.item, r.vote) for r in m.resolutions] == [("1", 0), ("2", 1)]
