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
    ("Městský obvod Pardubice V Zpráva pro jednání ZMO\nTermín jednání: 13. 3. 2019\nNávrh usnesení:\n"
     "Zastupitelstvo schvaluje rozbor hospodaření", "report"),
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
