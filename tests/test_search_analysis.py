"""The Czech analysis chain: case, diacritics and inflection meet; numbers stay whole."""

from __future__ import annotations

import pytest

from minutesparse.archive.search.analysis import analyze, exact_key, is_stop, light_stem, tokens, word_keys
from minutesparse.archive.search.whoosh_schema import keys_analyzer


def keys(word: str) -> set[str]:
    return set(word_keys(word.lower()))


@pytest.mark.parametrize("group", [
    "rada rady radě radu radou Rada RADĚ rade",
    "dotace dotací dotacím dotaci dotacich",
    "rozpočet rozpočtu rozpočtovým rozpočtové rozpoctovym rozpocet",
    "Prachař Prachaře Prachařem Prachařovi prachare",
    "úkol úkoly úkolů ukoly",
    "obec obce obcí obcim",
    "Lipová Lipové Lipovou lipove",
    "Papoušek Papouška Papouškem papouskem",
])
def test_inflected_and_diacritics_free_forms_share_a_key(group):
    words = group.split()
    first = keys(words[0])
    for w in words[1:]:
        assert first & keys(w), f"{words[0]} {sorted(first)} and {w} {sorted(keys(w))} share no key"


@pytest.mark.parametrize("a,b", [("rada", "radnice"), ("škola", "školka"), ("stavba", "stav"),
                                 ("dar", "daň"), ("prodej", "prodejna")])
def test_different_words_stay_apart(a, b):
    assert not keys(a) & keys(b)


def test_exact_key_keeps_diacritics():
    assert exact_key("pásu") != exact_key("pasu")
    assert exact_key("radě") == exact_key("rada")


@pytest.mark.parametrize("text,token", [
    ("Usnesení č. RM/1/1/2022 bylo", "rm/1/1/2022"),
    ("usnesení 1386/45", "1386/45"),
    ("č. 12/2024/RM.", "12/2024/rm"),
    ("ve výši 10.000 Kč", "10000"),
    ("částka 4 000 Kč", "4000"),
    ("celkem 1 250 000,50 Kč", "1250000,50"),
])
def test_numbers_are_whole_tokens(text, token):
    assert token in [w for _, _, _, w in tokens(text)]


def test_dates_and_vote_counts_are_not_amounts():
    assert [w for _, _, _, w in tokens("16.5. 2024 5 5 0 0 0")] == ["16", "5", "2024", "5", "5", "0", "0", "0"]


def test_stop_words_are_dropped_but_vote_labels_and_flats_are_not():
    assert is_stop("a") and is_stop("že") and is_stop("pri") and is_stop("při")
    assert not is_stop("pro") and not is_stop("proti") and not is_stop("byt")
    assert analyze("dotace a že na rozpočet") == [word_keys("dotace"), word_keys("rozpočet")]


def test_whoosh_chain_gives_the_same_keys_with_positions_and_chars():
    toks = [(t.text, t.pos, t.startchar, t.endchar)
            for t in keys_analyzer()("Radě a rozpočtu", positions=True, chars=True)]
    assert [t[1] for t in toks] == sorted(t[1] for t in toks)
    assert ("rad", 0, 0, 4) in toks
    assert {t[0] for t in toks if t[1] == 1} == set(word_keys("rozpočtu"))
    assert all(t[2] == 7 for t in toks if t[1] == 1)  # the stop word "a" is gone, positions renumbered


def test_light_stemmer_on_plain_words():
    assert light_stem("rozpoctovym") == light_stem("rozpocet") == "rozpock"
    assert light_stem("pozemcich") == light_stem("pozemek")


def test_wordgroup_recall_and_precision_do_not_regress():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "relevance.py"
    spec = importlib.util.spec_from_file_location("relevance_script", path)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    for groups, min_recall in ((script.WORDGROUPS, 0.95), (script.HELDOUT, 0.95)):
        r, p = script.pair_scores(script.load_wordgroups(groups), lambda w: set(word_keys(w)))
        assert r >= min_recall and p >= 0.97, (groups.name, r, p)
