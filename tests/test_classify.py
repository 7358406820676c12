"""Document types from content, with the reason kept in ``classification``."""

from __future__ import annotations

import pytest

import minutesparse


@pytest.mark.parametrize("text, expected", [
    ("Zápis ze 4. jednání komise pro Smart City dne 16.5. 2024\nPřítomni: Jan Novák", "minutes"),
    ("Z Á P I S\nz 3. jednání Komise bytové", "minutes"),
    ("Záznam z jednání pracovní skupiny dne 3. 3. 2024\nPřítomni: Jan Novák", "minutes"),
    ("Město Litovel\nVýpis usnesení\nz 1. schůze Rady města Litovel, konané dne 27. října 2022", "resolutions"),
    ("OBEC ČERČANY\nU S N E S E N Í\nZastupitelstva obce Čerčany", "resolutions"),
    ("Městský obvod Pardubice V\nPozvánka\nna 3. řádné jednání Zastupitelstva\nProgram:\n1. Zahájení", "invitation"),
    ("OBEC Čerčany\nINFORMACE\no konání zasedání Zastupitelstva obce Čerčany č. 1/2020\nMísto konání: sál", "invitation"),
    (("Městský obvod Pardubice V Zpráva pro jednání ZMO\nTermín jednání: 13. 3. 2019\nNávrh usnesení:\n"
      "Zastupitelstvo schvaluje rozbor hospodaření"), "report"),
    ("Výroční zpráva o činnosti finančního výboru za rok 2023\nVýbor se sešel čtyřikrát.", "report"),
    ("Protokol o hlasování\nJmenovité hlasování členů zastupitelstva", "vote_record"),
    ("B I B\nč.1/2019\nBlešenský Informační Bulletin\nZápisy ze zasedání zastupitelstva jsou k nahlédnutí.", "other"),
    ("Svozový plán pro rok 2019\n1. 3.1. žlutá, červená", "other"),
    ("Obecně závazná vyhláška obce Lhota č. 1/2024 o místním poplatku", "other"),
    ("Úřad městského obvodu Pardubice V\nSměrnice č. 7/2018: Pravidla hospodaření se sociálním fondem", "other"),
])
def test_document_types(text, expected):
    m = minutesparse.parse_text(text)
    assert m.document_type == expected, m.classification
    assert m.classification is not None and m.classification.reason.startswith(expected)
    assert m.classification.cues and m.classification.cues[0] == expected


def test_body_structure_decides_without_a_title_cue():
    m = minutesparse.parse_text("Komise pro dopravu\n3. 4. 2024\nPřítomni: Jan Novák, Eva Malá\n1. Zahájení\n"
                                "Hlasování: pro 2, proti 0, zdržel se 0\nZapsal: Jan Novák")
    assert m.document_type == "minutes"
    assert "attendance" in m.classification.reason


def test_empty_text_is_other():
    m = minutesparse.parse_text("")
    assert m.document_type == "other"


_EXPORT = ("Číslo hlasování: 1\nČíslo bodu: 0\nZahájení - volba návrhové komise\nPro: 19\nProti: 0\nZdrželo se: 1\n"
           "Nehlasovali: 0\nPřítomni: 20\nNávrh byl schválen.\n   Pro:\nMgr. Tomáš Bernard  Helena Brejchová\n\n"
           "Číslo hlasování: 2\nČíslo bodu: 3\nProdej pozemku parc. č. 1120/4\nPro: 8\nProti: 9\nZdrželo se: 3\n"
           "Nehlasovali: 0\nPřítomni: 20\nNávrh nebyl schválen.\n")


@pytest.mark.parametrize("text", [
    "HLASOVÁNÍ ZASTUPITELŮ\n\nHlasování z 9. zasedání ZM Blatná, konaného dne 17.06.2024\n\n" + _EXPORT,
    "Hlasování z 12. zasedání Zastupitelstva obce Lipová, konaného dne 5. 3. 2024\n" + _EXPORT,
    "Výsledky hlasování\n12. zasedání Zastupitelstva města Kamenice dne 12. 9. 2023\n" + _EXPORT,
    _EXPORT,  # no title: numbered votes with their counts and no programme
])
def test_voting_system_exports_are_vote_records(text):
    m = minutesparse.parse_text(text)
    assert m.document_type == "vote_record", m.classification


def test_minutes_titles_that_mention_votes_stay_minutes():
    brno = ("ZÁPIS o průběhu zasedání Zastupitelstva města Brna včetně přijatých usnesení a výsledků hlasování\n"
            "Přítomni: Jan Novák\nHlasování č. 1: 46 - 0 - 0\nHlasování č. 2: 45 - 0 - 1")
    club = ("Zpráva z jednání výkonného výboru TJ Sokol Lhota ze dne 24. 9. 2020\nPřítomni: Balcar Jiří\n"
            "Program jednání:\n1. Schválení programu")
    school = ("Mimořádné jednání Školské rady při Základní škole Třebětice\nDatum: 17. 12. 2022\n"
              "Přítomní: Ondřej Špalek, Monika Vernerová\nBody programu\n1) Vyjasnění pravomocí")
    for text in (brno, club, school):
        assert minutesparse.parse_text(text).document_type == "minutes", text[:40]
