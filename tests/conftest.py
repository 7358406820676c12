"""Shared test fixtures.  Area-specific fixtures live in the area's own test modules."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CORPUS = ROOT.parent / "shared" / "corpus"


QUARANTINE = Path(__file__).resolve().parent / "quarantine.txt"


def _quarantined() -> set[str]:
    if not QUARANTINE.is_file():
        return set()
    return {ln.strip() for ln in QUARANTINE.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests listed in tests/quarantine.txt run as non-strict xfail: held-out documents
    committed before the parser fix lands.  The list must be empty when work is finished."""
    names = _quarantined()
    if not names:
        return
    for item in items:
        if item.nodeid in names:
            item.add_marker(pytest.mark.xfail(reason="quarantined: held-out case being fixed", strict=False))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="Rewrite samples/*.expected.json from the current parser output (review the diff!).")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def corpus() -> Path:
    """../shared/corpus when present; tests using it skip otherwise."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus not present")
    return CORPUS


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES
