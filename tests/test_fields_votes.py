"""Votes: every notation, tables, roll calls, results, linking and the consistency checks."""

from __future__ import annotations

import pytest

import minutesparse
from minutesparse.document import Line
from minutesparse.fields.votes import infer_result, parse_vote_text, scan_vote
from minutesparse.schema import VoteCounts


def counts(text: str, **kw) -> dict | None:
    got = parse_vote_text(text, **kw)
    return got["counts"] if got else None


@pytest.mark.parametrize("text, expected", [
    ("pro 5, proti 0, zdržel se 0", {"yes": 5, "no": 0, "abstain": 0}),
    ("Hlasování: pro - 7, proti - 0, zdržel se – 0", {"yes": 7, "no": 0, "abstain": 0}),
    ("PRO ( 8 ) – PROTI ( 0 ) – ZDRŽEL SE ( 1 – Bc. Dušová )", {"yes": 8, "no": 0, "abstain": 1}),
    ("Pro 5, zdržel se 0, proti 0", {"yes": 5, "abstain": 0, "no": 0}),
    ("5 pro, 0 proti, 1 se zdržel", {"yes": 5, "no": 0, "abstain": 1}),
    ("(20/0/0)", {"yes": 20, "no": 0, "abstain": 0}),
    ("25 : 0 : 0 (pro : proti : zdrželo se)", {"yes": 25, "no": 0, "abstain": 0}),
    ("0 : 25 : 1 (proti : pro : zdrželo se)", {"no": 0, "yes": 25, "abstain": 1}),
    ("Hlasování: 5-0-0", {"yes": 5, "no": 0, "abstain": 0}),
    ("Hlasování: 7 – 0 – 1", {"yes": 7, "no": 0, "abstain": 1}),
    ("HLASOVÁNÍ: PRO 14", {"yes": 14}),
    ("Pro: 12 Proti: 1 Zdrželi se: 2 Nehlasovali: 1", {"yes": 12, "no": 1, "abstain": 2, "not_voting": 1}),
    ("Přítomno 9, pro 8, proti 1", {"present": 9, "yes": 8, "no": 1}),
    ("pro 5 proti 0 zdrzel se 0", {"yes": 5, "no": 0, "abstain": 0}),  # typed without diacritics
    ("Pro návrh hlasovalo 7 členů, proti 0, zdržel se 1", {"yes": 7, "no": 0, "abstain": 1}),
    ("pro/proti/zdržel se: 5/0/0", {"yes": 5, "no": 0, "abstain": 0}),
    ("Hlasování (proti/pro/zdržel se): 1/6/0", {"no": 1, "yes": 6, "abstain": 0}),
    ("Výsledek hlasování: pro 7 / proti 0 / zdržel se 0", {"yes": 7, "no": 0, "abstain": 0}),
    ("Usnesení bylo přijato 7 hlasy.", {"yes": 7}),
])
def test_inline_notations(text: str, expected: dict) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize("text", [
    "5-0-0",  # a bare group only counts in a vote context
    "parc. č. 12-3-4 v k. ú. Litovel",
    "Rada souhlasí s dotací pro 5 žáků",
    "zahájeno v 15:00 hodin, přítomno 8 členů",
    "Smlouva č. 1/2/2024 byla podepsána",
])
def test_not_votes(text: str) -> None:
    assert parse_vote_text(text) is None


def test_group_needs_context_but_accepts_it() -> None:
    assert counts("5-0-0", context=True) == {"yes": 5, "no": 0, "abstain": 0}


def test_named_dissenters_and_abstainers() -> None:
    got = parse_vote_text("Pro 10, zdržel se 2 (Ing. J. Hájek, Ing. P. Netolický), proti 2 (Ing. Vařecha, Ing. A. Jelínková)")
    assert got["voters"] == {"abstain": ["Ing. J. Hájek", "Ing. P. Netolický"],
                             "no": ["Ing. Vařecha", "Ing. A. Jelínková"]}
    got = parse_vote_text("PRO ( 6 ) – PROTI ( 2 – p. Kohout, p. Brabec ) – ZDRŽEL SE ( 1 – pí Malá )")
    assert got["voters"] == {"no": ["p. Kohout", "p. Brabec"], "abstain": ["pí Malá"]}


def test_stated_results() -> None:
    assert parse_vote_text("Hlasování: 5-0-0 – přijato")["result"] == "passed"
    assert parse_vote_text("pro 3, proti 4, zdržel se 1. Návrh nebyl přijat.")["result"] == "failed"
    assert parse_vote_text("Schváleno jednomyslně.")["unanimous"] is True


def _lines(*texts: str, cells: bool = False) -> list[Line]:
    return [Line(text=t, page=1, cells=t.split("|") if cells and "|" in t else None) for t in texts]


def test_plain_text_table_with_typo() -> None:
    lines = _lines("PŘÍTOMNO: PRO: PROTI: ZDRŽEL SE: NE0HLASOVAL: VÝSLEDEK:", "5 5 0 0 0 Přijato",
                   "- Program jednání byl schválen", "Projednávání bodů")
    found = scan_vote(lines, 0)
    assert found is not None
    assert found.counts == {"present": 5, "yes": 5, "no": 0, "abstain": 0, "not_voting": 0}
    assert found.result == "passed"
    assert found.end == 3  # the result sentence belongs to the vote


def test_ruled_table_cells_in_any_column_order() -> None:
    header = Line(text="PRO PROTI ZDRŽEL SE PŘÍTOMNO", page=2, cells=["PRO", "PROTI", "ZDRŽEL SE", "PŘÍTOMNO"])
    values = Line(text="7 1 1 9", page=2, cells=["7", "1", "1", "9"])
    found = scan_vote([header, values], 0)
    assert found.counts == {"yes": 7, "no": 1, "abstain": 1, "present": 9}
    assert found.page == 2


def test_labels_one_per_line() -> None:
    lines = _lines("Hlasování:", "Pro: 6", "Proti: 1", "Zdržel se: 0", "Usnesení bylo přijato.", "Další bod")
    found = scan_vote(lines, 0)
    assert found.counts == {"yes": 6, "no": 1, "abstain": 0}
    assert found.result == "passed"
    assert found.end == 5


def test_counts_continued_on_the_next_lines() -> None:
    lines = _lines("Hlasování: pro 7", "proti 0", "zdržel se 1", "Usnesení bylo přijato.", "Starosta poděkoval.")
    found = scan_vote(lines, 0)
    assert found.counts == {"yes": 7, "no": 0, "abstain": 1} and found.result == "passed" and found.end == 4


def test_roll_call_with_totals() -> None:
    lines = _lines("Na žádost člena proběhlo jmenovité hlasování:", "Ing. Pavel Horák – pro", "Jana Kubíčková – pro",
                   "Josef Macháček – proti", "Radek Beneš – zdržel se", "Celkem: pro 2, proti 1, zdržel se 1",
                   "Usnesení bylo přijato.")
    found = scan_vote(lines, 0)
    assert found.notation == "roll_call"
    assert found.voters == {"yes": ["Ing. Pavel Horák", "Jana Kubíčková"], "no": ["Josef Macháček"],
                            "abstain": ["Radek Beneš"]}
    assert found.counts == {"yes": 2, "no": 1, "abstain": 1}
    assert found.result == "passed"
    assert found.end == len(lines)


def test_roll_call_table_with_marks() -> None:
    rows = [["Člen", "Pro", "Proti", "Zdržel se"], ["Ing. Jan Novák", "x", "", ""], ["Petr Malý", "x", "", ""],
            ["Eva Svobodová", "", "", "x"], ["Celkem", "2", "0", "1"]]
    lines = [Line(text=" ".join(r), page=1, cells=r) for r in rows]
    found = scan_vote(lines, 0)
    assert found.notation == "roll_call"
    assert found.voters == {"yes": ["Ing. Jan Novák", "Petr Malý"], "abstain": ["Eva Svobodová"]}
    assert found.counts == {"yes": 2, "no": 0, "abstain": 1}


def test_inferred_result_rule() -> None:
    # majority of the members when known, else of those present, else of the votes cast
    assert infer_result(VoteCounts(yes=4, no=0, abstain=3)) == "passed"
    assert infer_result(VoteCounts(yes=4, no=0, abstain=3), total_members=9) == "failed"
    assert infer_result(VoteCounts(yes=3, no=1), present=7) == "failed"
    assert infer_result(VoteCounts(yes=3, no=4, abstain=1)) == "failed"
    assert infer_result(VoteCounts(no=3)) is None


MINUTES = """Zápis z 3. jednání finančního výboru
Přítomni: Ing. Jan Novák, Petr Malý, Eva Svobodová
1. Zahájení
2. Rozpočet
1. Zahájení
Program byl schválen (3/0/0).
2. Rozpočet
Návrh usnesení: Finanční výbor doporučuje zastupitelstvu schválit rozpočet na rok 2025.
Hlasování: pro 2, proti 1, zdržel se 0 – přijato
Usnesení č. FV/3/1/2025: Finanční výbor schvaluje
a) plán kontrol,
Pro 3, proti 0, zdržel se 0
b) termíny jednání.
Pro 1, proti 2, zdržel se 0
"""


def test_votes_linked_to_resolutions_and_parts() -> None:
    m = minutesparse.parse_text(MINUTES)
    assert [(v.counts.yes, v.counts.no) for v in m.votes] == [(3, 0), (2, 1), (3, 0), (1, 2)]
    programme, budget, part_a, part_b = m.votes
    assert programme.resolution is None and programme.result == "passed"  # "byl schválen" states it
    assert budget.result == "passed" and not budget.result_inferred
    assert (part_a.resolution, part_a.part, part_a.result) == ("FV/3/1/2025", "a", "passed")
    assert (part_b.resolution, part_b.part, part_b.result) == ("FV/3/1/2025", "b", "failed")
    unnumbered, numbered = m.resolutions
    assert unnumbered.vote == 1 and unnumbered.adopted is True
    assert numbered.vote == 2 and [p.label for p in numbered.parts] == ["a", "b"]
    assert numbered.adopted is True  # part a was adopted


def test_vote_checks_warn_on_contradictions() -> None:
    text = ("Přítomni: Jan Novák, Petr Malý, Eva Svobodová\n"
            "Návrh usnesení: Komise schvaluje program.\n"
            "Přítomno: 3, pro: 3, proti: 1, zdržel se: 0\n"
            "Návrh usnesení: Komise schvaluje rozpočet.\n"
            "Hlasování: pro 1, proti 2, zdržel se 0. Usnesení bylo přijato.\n"
            "Návrh usnesení: Komise bere na vědomí zprávu.\n"
            "Hlasování: pro 2, proti 0 (Novák, Malý), zdržel se 0\n")
    m = minutesparse.parse_text(text)
    codes = [w.code for w in m.warnings]
    assert "vote_count_mismatch" in codes
    assert "vote_result_mismatch" in codes
    assert "vote_names_mismatch" in codes


def test_clean_votes_give_no_warnings() -> None:
    m = minutesparse.parse_text("Návrh usnesení: ZO schvaluje program.\nHlasování: pro - 7, proti - 0, zdržel se – 0\n"
                                "Usnesení č. 2/12/2024 bylo přijato.\n")
    assert m.votes[0].resolution == "2/12/2024" and m.resolutions[0].number == "2/12/2024"
    assert not [w for w in m.warnings if w.code.startswith("vote")]


def test_mv_template_and_vote_labels_with_numbers() -> None:
    # the Ministry of the Interior's model minutes: wording, vote, then "Usnesení č. 1 bylo schváleno."
    m = minutesparse.parse_text("Návrh usnesení:\nZastupitelstvo obce Bořetín určuje ověřovateli zápisu Pavla "
                                "Koukala a Stanislava Zíku.\nVýsledek hlasování: Pro 7 Proti 0 Zdrželi se 0\n"
                                "Usnesení č. 1 bylo schváleno.\n")
    assert [(r.number, r.vote, r.adopted) for r in m.resolutions] == [("1", 0, True)]
    m = minutesparse.parse_text("Výsledek hlasování o usnesení č.: 41/2015\nA) určuje skrutátory\n"
                                "B) určuje členy návrhové komise\nPro 13 Proti 0 Zdržel se 0\n")
    (r,) = m.resolutions
    assert r.number == "41/2015" and [p.label for p in r.parts] == ["A", "B"] and m.votes[0].counts.yes == 13
    m = minutesparse.parse_text("Návrh usnesení: ZO schvaluje program.\n"
                                "Hlasování o usnesení č. 2/2024: pro 7, proti 0, zdržel se 0\n")
    assert [(r.number, r.vote) for r in m.resolutions] == [("2/2024", 0)] and m.votes[0].resolution == "2/2024"


def test_named_roll_by_option_as_exported_by_council_software() -> None:
    # the layout of minutes exported from common council-meeting software: one line per
    # option, the count in parentheses, then the names (wrapping over several lines)
    text = ("Hlasování\n"
            "pro: (5) Mgr. Jiří Hladík , Josef Hnyk , Lukáš Král ,\n"
            "Eva Kopřivová , Bc. Michal Burdek\n"
            "proti (1) Ing. Miroslav Vacek\n"
            "zdržel se: (0)\n"
            "nehlasoval: (0)\n"
            "Návrh byl přijat\n"
            "Projednávání bodu bylo ukončeno v 15:05:00\n")
    m = minutesparse.parse_text(text)
    (v,) = m.votes
    assert (v.counts.yes, v.counts.no, v.counts.abstain, v.counts.not_voting) == (5, 1, 0, 0)
    assert [p.family_name for p in v.voters.yes] == ["Hladík", "Hnyk", "Král", "Kopřivová", "Burdek"]
    assert [p.family_name for p in v.voters.no] == ["Vacek"]
    assert v.result == "passed" and not v.result_inferred


def test_vote_record_with_names_under_each_option() -> None:
    text = ("Číslo hlasování: 1\nČíslo bodu: 4.\nProdej pozemku\n"
            "Zastupitelé hlasovali následovně:\nPro: 3\nProti: 1\nZdrželo se: 0\nNehlasovali: 0\nPřítomni: 4\n"
            "Návrh byl schválen.\nPro:\nMgr. Roman Cápal  Petr Hanák\nIng. Pavel Charvát\nProti:\nLibor Truhlář\n"
            "Číslo hlasování: 2\nČíslo bodu: 5.\nPro: 4\nProti: 0\nZdrželo se: 0\n")
    m = minutesparse.parse_text(text)
    first, second = m.votes
    assert (first.item, first.counts.present, first.counts.yes, first.result) == ("4", 4, 3, "passed")
    assert [p.family_name for p in first.voters.yes] == ["Cápal", "Hanák", "Charvát"]
    assert [p.family_name for p in first.voters.no] == ["Truhlář"]
    assert (second.item, second.counts.yes) == ("5", 4)


# --------------------------------------------------------------------------- real-world variety
@pytest.mark.parametrize("text, expected", [
    ("Hlasovánl: pro 5 , prot1 0 , zdržel se O", {"yes": 5, "no": 0, "abstain": 0}),  # OCR: l/1 for í/i, O for 0
    ("Hlasování : pro 5, proti 0, zdr žel se 0", {"yes": 5, "no": 0, "abstain": 0}),  # a stray space in a word
    ("Hlasování: pro 5, proti 0.", {"yes": 5, "no": 0}),  # abstentions not stated
])
def test_noisy_notations(text: str, expected: dict) -> None:
    assert counts(text) == expected


def test_counts_followed_by_nouns_one_per_line() -> None:
    """"pro 4 členové / proti 0 členů / zdrželo se hlasování 1 člen" (a village's usnesení page)."""
    lines = [Line(t, 1) for t in ("pro 4 členové", "proti 0 členů", "zdrželo se hlasování 1 člen", "Zapsala: X")]
    vf = scan_vote(lines, 0)
    assert vf is not None and vf.counts == {"yes": 4, "no": 0, "abstain": 1} and vf.end == 3


def test_everybody_voted_for() -> None:
    m = minutesparse.parse_text("Usnesení č. 9/3/2024\nZastupitelstvo obce stanoví odměny.\n"
                                "Všichni přítomní hlasovali pro. Nikdo nebyl proti, nikdo se nezdržel.\n")
    (v,) = m.votes
    assert v.unanimous and v.result == "passed" and v.resolution == "9/3/2024"


def test_names_run_together_are_split_by_the_count() -> None:
    m = minutesparse.parse_text("Usnesení č. R/1/2023\nRada obce neschvaluje příspěvek.\n"
                                "Hlasování: pro 3, proti 2, zdržel se 0\nProti: Stužka Nováková\n")
    assert [p.family_name for p in m.votes[0].voters.no] == ["Stužka", "Nováková"]


def test_names_run_together_are_not_split_by_guesswork() -> None:
    """One name of two words against one "against": kept as one person."""
    m = minutesparse.parse_text("Usnesení č. R/2/2023\nRada obce neschvaluje příspěvek.\n"
                                "Hlasování: pro 4, proti 1, zdržel se 0\nProti: Jan Stužka\n")
    assert [p.family_name for p in m.votes[0].voters.no] == ["Stužka"]


def test_voters_named_without_diacritics_stay_as_written() -> None:
    m = minutesparse.parse_text("Usneseni c. 2/2022:\nZastupitelstvo obce schvaluje cenu vodneho.\n"
                                "Hlasovani: pro 4, proti 1 (Stastny), zdrzel se 1 (Sima).\n")
    v = m.votes[0]
    assert ([p.family_name for p in v.voters.no], [p.family_name for p in v.voters.abstain]) == (["Stastny"], ["Sima"])


def test_full_names_run_together_split_at_titles_and_given_names() -> None:
    from minutesparse.fields.voters import split_name_run
    assert split_name_run("Mgr. Tomáš Bernard Helena Brejchová Josef Eichler RNDr. Ladislav Havlas") == [
        "Mgr. Tomáš Bernard", "Helena Brejchová", "Josef Eichler", "RNDr. Ladislav Havlas"]
    assert split_name_run("Stužka Nováková") is None  # family names alone: only the count can split them


def test_names_under_a_heading_wrapped_mid_name() -> None:
    """A vote-record export whose name columns lost their gaps and wrap inside a name."""
    lines = [Line(t, 1) for t in ("Pro: 8", "Proti: 3", "Zdrželo se: 0", "Návrh nebyl schválen.", "Proti:",
                                  "Mgr. Tomáš Bernard Helena Brejchová Mgr.", "Miroslav Hlaváček")]
    vf = scan_vote(lines, 0)
    assert vf is not None and vf.result == "failed"
    assert vf.voters["no"] == ["Mgr. Tomáš Bernard", "Helena Brejchová", "Mgr. Miroslav Hlaváček"]


# --------------------------------------------------------------------------- fourth held-out batch (39-55)
@pytest.mark.parametrize("text, expected", [
    ("Návrh byl schválen 41 hlasy, proti 0, zdrželo se 2.", {"yes": 41, "no": 0, "abstain": 2}),
    ("14 pro, nikdo proti, nikdo se nezdržel", {"yes": 14, "no": 0, "abstain": 0}),
    ("12 pro, nikdo proti, 2 se zdrželi", {"yes": 12, "no": 0, "abstain": 2}),
    ("Usnesení bylo přijato všemi hlasy přítomných (24).", {"yes": 24, "no": 0, "abstain": 0}),
    ("Hlasování: schváleno (proti: 1 / zdržel se: 2 / pro: 18)", {"no": 1, "abstain": 2, "yes": 18}),
])
def test_batch4_notations(text: str, expected: dict) -> None:
    assert counts(text) == expected


def _lines(*texts: str, cells: bool = False) -> list[Line]:
    return [Line(t, 1, cells=[c.strip() for c in t.split("|")] if cells else None) for t in texts]


def test_shares_are_no_counts() -> None:
    """An owners' association votes by shares: "pro 68,12 %" is a vote, not 68 voters."""
    vf = scan_vote(_lines("Výsledek hlasování č. 1: pro 68,12 %, proti 0,00 %, zdrželo se 3,23 % hlasů",
                          "přítomných.", "Usnesení bylo přijato."), 0)
    assert vf is not None and vf.counts == {} and vf.result == "passed" and vf.end == 3


def test_roll_call_grid_of_names_over_votes() -> None:
    for cells in (True, False):
        sep = " | " if cells else " "
        lines = _lines(sep.join(["Kocourek", "Rybářová", "Šimek", "Dobiášová", "Pospíšil"]),
                       sep.join(["pro", "pro", "pro", "zdržela se", "proti"]), cells=cells)
        vf = scan_vote(lines, 0)
        assert vf is not None and vf.counts == {"yes": 3, "no": 1, "abstain": 1}, cells
        assert vf.voters["no"] == ["Pospíšil"] and vf.voters["abstain"] == ["Dobiášová"]


def test_a_table_of_tasks_is_no_roll_call() -> None:
    lines = _lines("Usnesení | Úkol | Odpovědný | Termín | Stav plnění",
                   "5/3/2023 | zajistit pasport komunikací | starostka | 31. 12. 2023 | splněno", cells=True)
    assert scan_vote(lines, 0) is None


def test_options_named_on_one_line() -> None:
    m = minutesparse.parse_text("Usnesení č. 44/17/2021\nZastupitelstvo města schvaluje pravidla provizoria.\n"
                                "Hlasování: PRO 9 PROTI 2 ZDRŽELI SE 3\nProti: Digrin, Páterová; zdrželi se: Davis, "
                                "Kotouč, Midkiff\n")
    (v,) = m.votes
    assert [p.family_name for p in v.voters.no] == ["Digrin", "Páterová"]
    assert [p.family_name for p in v.voters.abstain] == ["Davis", "Kotouč", "Midkiff"]


def test_wrapped_result_and_count() -> None:
    vf = scan_vote(_lines("Hlasování o protinávrhu: pro 12, proti 25, zdrželo se 6. Protinávrh nebyl", "přijat."), 0)
    assert vf is not None and vf.result == "failed" and vf.end == 2
    vf = scan_vote(_lines("návrh nebyl podpořen (proti: 14 / zdržel se: 3 / pro:", "4).", "Návrh usnesení: …"), 0)
    assert vf is not None and vf.counts == {"no": 14, "abstain": 3, "yes": 4} and vf.end == 2


def test_proposal_waits_for_its_vote_but_not_a_counter_proposals() -> None:
    m = minutesparse.parse_text(
        "2. Prodej pozemku\nNávrh usnesení: Zastupitelstvo města schvaluje prodej pozemku p. č. 12.\n"
        "Diskuze zahájena v 17:41\nZastupitel Král podal protinávrh.\n"
        "Hlasování o protinávrhu: pro 3, proti 6, zdržel se 0\n"
        "Hlasování: pro 8, proti 1, zdržel se 0\nUsnesení č.: ZM 2/2/2025\n")
    (r,) = m.resolutions
    assert r.number == "ZM 2/2/2025" and r.vote == 1 and r.adopted is True
    assert m.votes[0].result == "failed" and m.votes[0].resolution is None
