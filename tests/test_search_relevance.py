"""The relevance set (tests/relevance/queries.yaml): every query finds its records in the top 5."""

from __future__ import annotations

import pytest

from relevance.harness import check_query, load_queries, relevance_index

QUERIES = load_queries()


@pytest.fixture(scope="module")
def index():
    with relevance_index() as idx:
        yield idx


def test_relevance_set_is_big_enough():
    assert len(QUERIES) >= 40
    assert sum(1 for q in QUERIES if q.get("facets")) >= 2


@pytest.mark.parametrize("q", QUERIES, ids=[f"{i}:{q['query']}" for i, q in enumerate(QUERIES)])
def test_query(index, q):
    _, problems = check_query(index, q)
    assert not problems, f"{q['query']!r} {q['filters']}: " + "; ".join(problems)
