"""Tasks: "Úkol …" lines, "ukládá X …" clauses, execution duties, deadlines, assignees."""

from __future__ import annotations

import pytest

import minutesparse
from minutesparse.fields.tasks import (
    find_deadline,
    match_task_cue,
    parse_duty,
    parse_parties,
    split_assignment,
)
from minutesparse.schema import BodyParty, Person


@pytest.mark.parametrize("text, expected", [
    ("zajistit opravu do 31. 12. 2024", ("2024-12-31", None)),
    ("Termín: 27. 1. 2025", ("2025-01-27", None)),
    ("Termín: do příštího jednání.", (None, "do příštího jednání")),
    ("Termín: EDU", (None, "EDU")),
    ("zajistit volby, a to do konce ledna roku 2023.", (None, "do konce ledna roku 2023")),
    ("zpracovat stanovisko průběžně", (None, "průběžně")),
    ("zveřejnit rozpočet do 15 dnů.", (None, "do 15 dnů")),
    ("zpracovat stanovisko k rozpočtu", (None, None)),
])
def test_deadlines(text: str, expected: tuple) -> None:
    assert find_deadline(text) == expected


def test_duty_lines() -> None:
    d = parse_duty("Zodpovídá: Ing. P. Hojgr  Termín: 27. 1. 2025")
    assert (d.responsible, d.deadline, d.deadline_text) == ("Ing. P. Hojgr", "2025-01-27", None)
    d = parse_duty("Termín: 25. 11. 2024 Zodpovídá: Ing. Lucie Pokorná")
    assert (d.responsible, d.deadline) == ("Ing. Lucie Pokorná", "2024-11-25")
    assert parse_duty("Rada města souhlasí, termín: 5. 5. 2024") is None  # not a duty line


def _names(parties: list) -> list[tuple[str, str]]:
    return [(p.kind, p.name if isinstance(p, BodyParty) else p.family_name) for p in parties]


def test_parties() -> None:
    assert _names(parse_parties("náměstky J. Šolce a V. Prachaře")) == [("person", "Šolc"), ("person", "Prachař")]
    assert all(p.role == "náměstek" for p in parse_parties("náměstky J. Šolce a V. Prachaře"))
    assert _names(parse_parties("starostovi obce")) == [("body", "starosta obce")]
    assert _names(parse_parties("OBH")) == [("body", "OBH")]
    assert _names(parse_parties("Radě města Litovel")) == [("body", "Rada města Litovel")]
    assert _names(parse_parties("odboru správy majetku a investic")) == [("body", "odbor správy majetku a investic")]
    assert _names(parse_parties("starostovi a místostarostovi")) == [("body", "starosta"), ("body", "místostarosta")]
    (p,) = parse_parties("místostarostu Pavla Horáka")
    assert isinstance(p, Person) and p.role == "místostarosta" and p.raw == "Pavla Horáka"


def test_split_assignment() -> None:
    a = split_assignment("OBH vypracovat projektovou dokumentaci na zateplení")
    assert (a.assignees, a.text) == ("OBH", "vypracovat projektovou dokumentaci na zateplení")
    a = split_assignment("tajemníkovi MěÚ předložit návrh rozpočtu do 31. 12. 2024")
    assert a.assignees == "tajemníkovi MěÚ"
    assert split_assignment("starostu podpisem smlouvy") is None  # an authorisation, no infinitive


def test_task_cues() -> None:
    c = match_task_cue("Úkol pro náměstky J. Šolce a V. Prachaře: Otevřít tuto debatu")
    assert (c.assignees, c.text) == ("náměstky J. Šolce a V. Prachaře", "Otevřít tuto debatu")
    c = match_task_cue("Úkol č. 3: Předložit přehled pohledávek")
    assert (c.number, c.assignees, c.text) == ("3", None, "Předložit přehled pohledávek")
    c = match_task_cue("Úkol: Ing. Kratochvíl zajistí prohlídku oken")
    assert c.assignees == "Ing. Kratochvíl"
    c = match_task_cue("Úkol: odbor správy majetku předloží přehled bytů")
    assert c.assignees == "odbor správy majetku"
    assert match_task_cue("Úkoly č. 1 a 2 ze zápisu č. 4/2024 byly splněny.") is None


MINUTES = """Zápis z jednání komise
2. Portál otevřených dat
Úkol pro náměstky J. Šolce a V. Prachaře: Otevřít tuto debatu na poradě vedení a zjistit postoje rady
města ke strategii sběru dat.
Úkol č. 3: Předložit výboru přehled pohledávek
včetně návrhu postupu jejich vymáhání.
Termín: 25. 11. 2024 Zodpovídá: Ing. Lucie Pokorná
Úkol: odbor správy majetku předloží komisi přehled volných bytů – termín: do příštího jednání.
Usnesení č. 6/12/2024: ZO bere na vědomí zprávu kontrolního výboru a ukládá starostovi zajistit odstranění
nedostatků v evidenci smluv do 31. 10. 2024.
Hlasování: pro 7, proti 0, zdržel se 0
Usnesení č. 7/12/2024: ZO schvaluje prodej pozemku a pověřuje starostu podpisem kupní smlouvy.
Hlasování: pro 7, proti 0, zdržel se 0
Zapsala: Marie Štěpánková
"""


def test_tasks_in_minutes() -> None:
    m = minutesparse.parse_text(MINUTES)
    solc_prachar, receivables, flats, defects = m.tasks
    assert [p.family_name for p in solc_prachar.assignees] == ["Šolc", "Prachař"]
    assert solc_prachar.text.endswith("ke strategii sběru dat.")
    assert solc_prachar.raw.startswith("Úkol pro náměstky")
    assert receivables.text == "Předložit výboru přehled pohledávek včetně návrhu postupu jejich vymáhání."
    assert receivables.deadline == "2024-11-25"
    assert [p.family_name for p in receivables.assignees] == ["Pokorná"]
    assert flats.text == "odbor správy majetku předloží komisi přehled volných bytů"
    assert flats.deadline_text == "do příštího jednání" and flats.deadline is None
    assert _names(flats.assignees) == [("body", "odbor správy majetku")]
    assert defects.resolution == "6/12/2024"
    assert defects.text == "zajistit odstranění nedostatků v evidenci smluv do 31. 10. 2024"
    assert defects.deadline == "2024-10-31"
    assert _names(defects.assignees) == [("body", "starosta")]
    assert defects.raw.startswith("ukládá starostovi zajistit")
    # "pověřuje starostu podpisem" authorises, it assigns no task


def test_execution_duty_is_a_task_of_its_resolution() -> None:
    m = minutesparse.parse_text("Číslo: RM/512/45/2024\nRada města souhlasí s umístěním sídla spolku.\n"
                                "Zodpovídá: Mgr. L. Vondrák Termín: 20. 12. 2024\n")
    (r,), (t,) = m.resolutions, m.tasks
    assert t.resolution == "RM/512/45/2024" and t.text == r.text
    assert t.deadline == r.deadline == "2024-12-20"
    assert [p.family_name for p in t.assignees] == ["Vondrák"]
    assert t.raw == "Zodpovídá: Mgr. L. Vondrák Termín: 20. 12. 2024"


def test_duty_fills_the_ukládá_task_instead_of_a_second_one() -> None:
    m = minutesparse.parse_text("Usnesení č. 3/2024\nRada ukládá tajemníkovi připravit návrh řádu.\n"
                                "Termín: 31. 3. 2024\n")
    (t,) = m.tasks
    assert _names(t.assignees) == [("body", "tajemník")] and t.deadline == "2024-03-31"


def test_task_without_assignee_is_reported() -> None:
    m = minutesparse.parse_text("Úkol: Připravit podklady pro rozpočet.\n")
    (t,) = m.tasks
    assert t.assignees == []
    assert "task_no_assignee" in {w.code for w in m.warnings}


def test_list_of_tasks() -> None:
    m = minutesparse.parse_text("Úkoly:\n- starosta zajistí opravu chodníku do 30. 6. 2025,\n"
                                "- místostarosta připraví výběrové\nřízení na dodavatele.\n")
    first, second = m.tasks
    assert (_names(first.assignees), first.deadline) == ([("body", "starosta")], "2025-06-30")
    assert second.text == "místostarosta připraví výběrové řízení na dodavatele."
    assert _names(second.assignees) == [("body", "místostarosta")]
    assert second.raw.startswith("místostarosta připraví")


# --------------------------------------------------------------------------- real-world variety
def test_recurring_deadline_is_text_not_a_date() -> None:
    assert find_deadline("zveřejnit složení komisí na webu města každoročně k 31. 12.", 2024) == (
        None, "každoročně k 31. 12.")
    m = minutesparse.parse_text("Usnesení č. RM/7/2024\nRada města ukládá tajemníkovi zveřejnit složení komisí "
                                "každoročně k 31. 12.\n")
    (t,) = m.tasks
    assert (t.deadline, t.deadline_text) == (None, "každoročně k 31. 12.")


@pytest.mark.parametrize("text, phrase", [
    ("předložit NA PŘÍŠTÍM ZASEDÁNÍ INFORMACI O PLNĚNÍ", "NA PŘÍŠTÍM ZASEDÁNÍ"),
    ("zajistí zapracování připomínek do příštího jednání komise", "do příštího jednání komise"),
])
def test_next_meeting_deadline(text: str, phrase: str) -> None:
    assert find_deadline(text, 2024) == (None, phrase)


def test_request_is_a_task() -> None:
    """"žádá děkana o zveřejnění … do 30. 11." asks someone to act (an academic senate)."""
    m = minutesparse.parse_text("Usnesení: AS FLD souhlasí se změnou podmínek a žádá děkana o jejich zveřejnění "
                                "do 30. 11. 2023.\n18 : 0 : 0 schváleno\n")
    (t,) = m.tasks
    assert _names(t.assignees) == [("body", "děkan")] and t.deadline == "2023-11-30"


def test_assignment_in_prose_outside_a_resolution() -> None:
    """A committee's "ukládá" sentence with no label, cue or vote still assigns a task."""
    m = minutesparse.parse_text("K bodu 3\nKontrolní výbor ukládá svému členovi Pavlu Zajícovi provést do 30. 11. 2023 "
                                "kontrolu evidence smluv.\nZapsal: S. Kurdík\n")
    (t,) = m.tasks
    assert [p.family_name for p in t.assignees] == ["Zajíc"] and t.deadline == "2023-11-30"
    assert t.resolution is None and m.resolutions == [] or all(r.number is None for r in m.resolutions)


def test_assembly_ukládá_list_gives_one_task_per_point() -> None:
    m = minutesparse.parse_text("Usnesení z 8. zasedání Zastupitelstva obce Bukovina ze dne 19. 6. 2023\n"
                                "Zastupitelstvo obce ukládá:\n1. místostarostovi připravit smlouvu o dílo do 15. 7. 2023,\n"
                                "2. starostce zajistit prohlídku mostu statikem.\n")
    first, second = m.tasks
    assert (_names(first.assignees), first.deadline) == ([("body", "místostarosta")], "2023-07-15")
    assert _names(second.assignees) == [("body", "starostka")] and second.text.startswith("zajistit prohlídku")


def test_tasks_quoted_for_another_body_are_not_tasks() -> None:
    m = minutesparse.parse_text("Číslo: 1460/RMO/54/2024\nRada městského obvodu doporučuje zastupitelstvu přijmout "
                                "následující usnesení: „Zastupitelstvo městského obvodu schvaluje Zásady a ukládá "
                                "starostovi předkládat zprávu každoročně k 31. 12.“\n")
    assert m.tasks == [] and m.resolutions[0].actions == ["doporučuje"]


def test_wrapped_date_continues_a_dash_list_item() -> None:
    m = minutesparse.parse_text("Úkoly:\n- Ing. Švubová zpracuje srovnání nákladů, termín:\n20. 5. 2024\n"
                                "- Karel Kubíček prověří nabídky bank.\n")
    first, second = m.tasks
    assert first.deadline == "2024-05-20" and [p.family_name for p in second.assignees] == ["Kubíček"]



def test_office_adjective_in_the_dative_becomes_nominative() -> None:
    from minutesparse.fields.tasks import parse_parties

    assert [p.name for p in parse_parties("odboru finančnímu")] == ["odbor finanční"]
    assert [p.name for p in parse_parties("stavebnímu úřadu")] == ["stavební úřad"]
    assert [p.name for p in parse_parties("vedoucímu finančního odboru")] == ["vedoucí finančního odboru"]


def test_task_cue_with_a_doer_whose_verb_ends_in_e() -> None:
    m = minutesparse.parse_text("4. Různé\nÚkol: tajemník komise zašle zápis členům komise do 16. 10. 2023.\n")
    (t,) = m.tasks
    assert _names(t.assignees) == [("body", "tajemník komise")] and t.deadline == "2023-10-16"
