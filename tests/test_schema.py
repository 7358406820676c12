"""`minutesparse schema` is a valid JSON Schema and every sample (expected and parsed) validates.

Validation uses the independent ``jsonschema`` package, not pydantic, so the printed schema is
checked as other applications would use it.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from minutesparse.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
EXPECTED = sorted(SAMPLES.glob("*.expected.json"))
PDFS = sorted(SAMPLES.glob("*.pdf"))


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    r = CliRunner().invoke(main, ["schema"])
    assert r.exit_code == 0, r.output
    schema = json.loads(r.stdout)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _errors(validator, doc: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))]


def test_schema_is_draft_2020_12_and_names_the_contract(validator) -> None:
    schema = validator.schema
    assert schema["$schema"].endswith("2020-12/schema")
    for field in ("schema_version", "document_type", "body", "municipality", "meeting", "attendance", "agenda",
                  "votes", "resolutions", "tasks", "next_meeting", "chair", "recorder", "verifiers", "warnings",
                  "source"):
        assert field in schema["properties"], field


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.name)
def test_expected_json_validates(validator, path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert _errors(validator, doc) == []


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_parse_output_validates(validator, pdf: Path) -> None:
    """What `minutesparse parse` prints for every sample is valid under `minutesparse schema`."""
    r = CliRunner().invoke(main, ["parse", str(pdf), "--format", "json", "--ocr", "never"])
    assert r.exit_code == 0, r.output
    assert _errors(validator, json.loads(r.stdout)) == []


def test_schema_rejects_broken_records(validator) -> None:
    doc = json.loads((SAMPLES / "smart_city_liberec.expected.json").read_text(encoding="utf-8"))
    bad_type = dict(doc, document_type="newsletter")
    assert _errors(validator, bad_type)
    no_raw = json.loads(json.dumps(doc))
    del no_raw["votes"][0]["raw"]
    assert any("raw" in e for e in _errors(validator, no_raw))
    unknown = dict(doc, surprise=1)
    assert _errors(validator, unknown)  # additional properties are not allowed
    bad_party = json.loads(json.dumps(doc))
    bad_party["tasks"][0]["assignees"][0]["kind"] = "robot"
    assert _errors(validator, bad_party)
