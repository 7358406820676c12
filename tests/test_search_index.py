"""SearchIndex: update/delete/rebuild keep the index in step; filters, facets, snippets, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutesparse.archive.search import IndexDoc, SearchError, SearchIndex
from minutesparse.schema import Minutes

FIXTURES = Path(__file__).resolve().parent / "relevance" / "fixtures"


def doc(name: str) -> IndexDoc:
    m = Minutes.model_validate(json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8")))
    return IndexDoc(doc_id=name, minutes=m, sources=[f"/archiv/{name}.pdf", f"/kopie/{name}.pdf"])


@pytest.fixture
def index(tmp_path: Path) -> SearchIndex:
    idx = SearchIndex(tmp_path)
    idx.update([doc("rada_lipova_12"), doc("zo_horni_mlyn_45")])
    return idx


def test_index_lives_in_the_archive_folder(index: SearchIndex, tmp_path: Path):
    assert (tmp_path / "index").is_dir()
    lipova = 1 + 8 + 2 + 2 + 4  # document, resolutions, votes, tasks, people
    mlyn = 1 + 5 + 3 + 3 + 2 + 7
    assert index.count() == lipova + mlyn


def test_update_replaces_a_documents_records(index: SearchIndex):
    d = doc("rada_lipova_12")
    d.minutes.resolutions = d.minutes.resolutions[:1]
    d.minutes.resolutions[0].text = "Rada města Lipová schvaluje kanalizační přípojku."
    index.update([d])
    assert index.search("tělocvičny").total == 0
    assert [h.id for h in index.search("přípojka").hits] == ["rada_lipova_12:resolution:0"]


def test_delete_removes_every_record_of_a_document(index: SearchIndex):
    index.delete(["zo_horni_mlyn_45"])
    assert index.search("", municipality="Horní Mlýn").total == 0
    assert index.search("", municipality="Lipová").total > 0


def test_rebuild_replaces_everything(index: SearchIndex):
    n = index.rebuild([doc("rm_dolni_lhota_24")])
    assert n == 1
    assert index.search("", municipality="Lipová").total == 0
    assert index.search("Dušovou").hits[0].id == "rm_dolni_lhota_24:resolution:2"


def test_hit_carries_provenance_and_record_fields(index: SearchIndex):
    h = index.search("1386/45", type="resolution").hits[0]
    assert (h.type, h.id, h.doc_id, h.page) == ("resolution", "zo_horni_mlyn_45:resolution:1", "zo_horni_mlyn_45", 2)
    assert h.source == "/archiv/zo_horni_mlyn_45.pdf" and len(h.sources) == 2
    assert (h.meeting_date, h.meeting_number, h.body, h.body_kind) == ("2024-03-20", 45, "Zastupitelstvo obce Horní Mlýn", "assembly")
    assert h.municipality == "Horní Mlýn" and h.document_type == "minutes"
    assert h.actions == ["schvaluje", "pověřuje"] and h.result == "passed" and h.adopted is True
    assert h.counts["yes"] == 4 and h.number == "1386/45" and h.score > 0


def test_snippet_highlights_matches_written_differently(index: SearchIndex):
    h = index.search("dotacim spolkum", type="resolution", municipality="Horní Mlýn").hits[0]
    assert "<mark>dotací</mark>" in h.snippet and "<mark>spolkům</mark>" in h.snippet


def test_person_filter_accepts_any_case_and_initials(index: SearchIndex):
    ids = {h.id for h in index.search("", person="Procházkovi", type="task").hits}
    assert ids == {"zo_horni_mlyn_45:task:0"}
    assert index.search("", person="J. Procházka", type="person").total == 1
    assert index.search("", person="Dvořáka", type="vote").total == 0


def test_date_range_and_sort_by_date(index: SearchIndex):
    res = index.search("schvaluje", type="resolution", sort="date", **{"from": "2023-01-01", "to": "2024-12-31"})
    dates = [h.meeting_date for h in res.hits]
    assert dates == sorted(dates, reverse=True) and dates[0] == "2024-03-20" and dates[-1] == "2023-05-11"
    assert index.search("schvaluje", date_from="2024-01-01", type="resolution").total == 3


def test_facets_count_all_matches_not_only_the_page(index: SearchIndex):
    res = index.search("", type="resolution", facets=True, limit=1)
    assert len(res.hits) == 1 and res.total == 11
    assert res.facets["body"] == {"Rada města Lipová": 8, "Zastupitelstvo obce Horní Mlýn": 3}
    assert res.facets["year"] == {"2023": 8, "2024": 3}
    assert res.facets["action"]["schvaluje"] == 8


def test_and_then_relaxed_or(index: SearchIndex):
    res = index.search("tělocvičny xyzzy")
    assert res.relaxed and res.hits[0].id == "rada_lipova_12:resolution:1"
    assert index.search("tělocvičny AND xyzzy").total == 0


@pytest.mark.parametrize("filters,message", [
    ({"type": "meeting"}, "type"),
    ({"result": "maybe"}, "result"),
    ({"from": "2024-13-01"}, "from"),
    ({"from": "2024-02-01", "to": "2024-01-01"}, "after"),
    ({"colour": "red"}, "colour"),
])
def test_bad_filters_are_one_line_errors(index: SearchIndex, filters, message):
    with pytest.raises(SearchError) as err:
        index.search("dotace", **filters)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_stop_words_only_and_missing_index_are_clear_errors(index: SearchIndex, tmp_path: Path):
    with pytest.raises(SearchError, match="common words"):
        index.search("a že")
    with pytest.raises(SearchError, match="reindex"):
        SearchIndex(tmp_path / "elsewhere").search("dotace")


def test_index_of_another_version_asks_for_reindex(index: SearchIndex, tmp_path: Path):
    meta = tmp_path / "index" / "minutesparse-search.json"
    meta.write_text(json.dumps({"engine": "whoosh", "version": -1}))
    with pytest.raises(SearchError, match="reindex"):
        SearchIndex(tmp_path).search("dotace")
    fresh = SearchIndex(tmp_path)
    assert fresh.rebuild([doc("rm_dolni_lhota_24")]) == 1
    assert fresh.search("Dušovou").total == 1
