"""`minutesparse parse` through click's CliRunner: formats, --out, exit codes, one-line errors,
and an Example block in every command's --help."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner

from minutesparse.cli import main
from minutesparse.schema import Minutes

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SEED = SAMPLES / "smart_city_liberec.pdf"
OTHER = SAMPLES / "zapis_financni_vybor_kamenny_ujezdec.pdf"


def run(*args: str) -> click.testing.Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def assert_one_line_error(r: click.testing.Result, *needles: str) -> None:
    err = r.stderr.strip()
    assert err and len(err.splitlines()) == 1, f"want one stderr line, got {r.stderr!r}"
    assert "Traceback" not in r.output
    for n in needles:
        assert n in err, f"{n!r} not in {err!r}"


# --- formats ----------------------------------------------------------------------------------

def test_parse_json_to_stdout_is_a_minutes_record() -> None:
    r = run("parse", SEED)
    assert r.exit_code == 0, r.output
    m = Minutes.model_validate_json(r.stdout)
    assert m.source.pages == 2
    assert m.source.path.endswith("smart_city_liberec.pdf")
    assert r.stderr == ""


def test_parse_yaml() -> None:
    r = run("parse", SEED, "--format", "yaml")
    assert r.exit_code == 0, r.output
    data = yaml.safe_load(r.stdout)
    Minutes.model_validate(data)
    assert data["source"]["pages"] == 2


def test_parse_text_is_a_readable_summary() -> None:
    r = run("parse", SEED, "--format", "text")
    assert r.exit_code == 0, r.output
    with pytest.raises(json.JSONDecodeError):
        json.loads(r.stdout)
    assert "smart_city_liberec.pdf" in r.stdout
    assert "Attendance" in r.stdout


# --- --out and several inputs -----------------------------------------------------------------

def test_out_dir_writes_one_json_per_input(tmp_path: Path) -> None:
    out = tmp_path / "parsed"
    r = run("parse", SEED, OTHER, "--out", out)
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in out.iterdir()) == sorted([f"{SEED.stem}.json", f"{OTHER.stem}.json"])
    m = Minutes.model_validate_json((out / f"{SEED.stem}.json").read_text(encoding="utf-8"))
    assert m.source.pages == 2
    assert r.stdout == ""  # records go to files, progress lines to stderr


def test_out_dir_with_yaml_uses_its_extension(tmp_path: Path) -> None:
    r = run("parse", SEED, "--format", "yaml", "--out", tmp_path)
    assert r.exit_code == 0, r.output
    assert (tmp_path / f"{SEED.stem}.yaml").is_file()


def test_several_paths_without_out_is_a_usage_error() -> None:
    r = run("parse", SEED, OTHER)
    assert r.exit_code == 2
    assert "--out" in r.output
    assert "Traceback" not in r.output


def test_no_path_is_a_usage_error() -> None:
    assert run("parse").exit_code == 2


def test_unknown_format_is_a_usage_error() -> None:
    assert run("parse", SEED, "--format", "xml").exit_code == 2


def test_a_failing_input_among_good_ones(tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_text("this is not a PDF", encoding="utf-8")
    out = tmp_path / "out"
    r = run("parse", SEED, bad, OTHER, "--out", out)
    assert r.exit_code == 1
    errors = [ln for ln in r.stderr.splitlines() if str(bad) in ln]
    assert len(errors) == 1 and "Traceback" not in r.output
    assert not [ln for ln in r.stderr.splitlines() if ln.startswith("Error") and str(bad) not in ln]
    # the good inputs were still written
    assert (out / f"{SEED.stem}.json").is_file() and (out / f"{OTHER.stem}.json").is_file()
    assert not (out / "broken.json").exists()


# --- bad inputs: one line, exit 1 ----------------------------------------------------------------

def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.pdf"
    r = run("parse", missing)
    assert r.exit_code == 1
    assert_one_line_error(r, str(missing))


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    r = run("parse", empty)
    assert r.exit_code == 1
    assert_one_line_error(r, str(empty))


def test_not_a_pdf(tmp_path: Path) -> None:
    fake = tmp_path / "zapis.pdf"
    fake.write_bytes("<html><body>Zápis</body></html>".encode())
    r = run("parse", fake)
    assert r.exit_code == 1
    assert_one_line_error(r, str(fake))


def test_truncated_pdf(tmp_path: Path) -> None:
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(SEED.read_bytes()[:900])
    r = run("parse", cut)
    assert r.exit_code in (0, 1)  # a salvageable prefix may parse; it must never crash
    assert "Traceback" not in r.output
    if r.exit_code == 1:
        assert_one_line_error(r, str(cut))


def test_password_protected_pdf(tmp_path: Path) -> None:
    pikepdf = pytest.importorskip("pikepdf")
    locked = tmp_path / "locked.pdf"
    with pikepdf.open(SEED) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(user="tajne", owner="tajne", R=6))
    r = run("parse", locked)
    assert r.exit_code == 1
    assert_one_line_error(r, str(locked))
    assert re.search(r"password|encrypt|heslo", r.stderr, re.I)


def test_owner_password_only_parses_normally(tmp_path: Path) -> None:
    pikepdf = pytest.importorskip("pikepdf")
    owner_only = tmp_path / "owner_only.pdf"
    with pikepdf.open(SEED) as pdf:
        pdf.save(owner_only, encryption=pikepdf.Encryption(user="", owner="vlastnik", R=6,
                                                           allow=pikepdf.Permissions(extract=False)))
    r = run("parse", owner_only)
    assert r.exit_code == 0, r.output
    m = Minutes.model_validate_json(r.stdout)
    assert m.source.pages == 2


# --- help ---------------------------------------------------------------------------------------

def _commands() -> list[tuple[str, click.Command]]:
    out: list[tuple[str, click.Command]] = [("", main)]
    out += sorted(main.commands.items())
    return out


def _ends_with_example(text: str | None) -> bool:
    """The text's last block is 'Example:' (or 'Examples:') followed only by indented lines."""
    if not text:
        return False
    lines = [ln.rstrip() for ln in text.strip().splitlines()]
    heads = [i for i, ln in enumerate(lines) if re.fullmatch(r"\s*Examples?:", ln)]
    if not heads:
        return False
    tail = [ln for ln in lines[heads[-1] + 1:] if ln.strip() and ln.strip() != "\b"]
    return bool(tail) and all(ln.startswith((" ", "\t")) for ln in tail)


@pytest.mark.parametrize("name,cmd", _commands(), ids=lambda x: x if isinstance(x, str) else "")
def test_help_ends_with_an_example_block(name: str, cmd: click.Command) -> None:
    args = [name, "--help"] if name else ["--help"]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0, r.output
    assert _ends_with_example(cmd.epilog) or _ends_with_example(cmd.help), \
        f"`minutesparse {name} --help`: its docstring or epilog must end with an Example: block"
    example = r.output[r.output.rindex("Example"):]
    assert re.search(rf"^\s+minutesparse {re.escape(name)}", example, re.M), \
        f"`minutesparse {name} --help`: the Example block shows no `minutesparse {name} …` line"


def test_example_detector_can_fail() -> None:
    assert _ends_with_example("Do it.\n\n\b\nExample:\n    minutesparse x\n")
    assert not _ends_with_example("Do it.\n\nExample:\n    minutesparse x\n\nMore prose at the end.")
    assert not _ends_with_example("No example here.")
