from click.testing import CliRunner

import minutesparse
from minutesparse.cli import main


def test_parse_text_returns_minutes():
    m = minutesparse.parse_text("Zápis z jednání\nRada města dne 16.5. 2024")
    assert m.source.pages == 1


def test_missing_file_is_one_line_exit_1(tmp_path):
    r = CliRunner().invoke(main, ["parse", str(tmp_path / "nope.pdf")])
    assert r.exit_code == 1
    assert "no such file" in r.output
    assert "Traceback" not in r.output
