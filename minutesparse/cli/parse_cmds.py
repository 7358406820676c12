"""``minutesparse parse`` and ``minutesparse schema``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from minutesparse.cli import main
from minutesparse.cli.output import dump_json, dump_yaml, fail, format_option
from minutesparse.errors import MinutesparseError

_EXT = {"json": ".json", "yaml": ".yaml", "text": ".txt"}


def _render(m, fmt: str) -> str:
    data = m.model_dump(mode="json")
    if fmt == "json":
        return dump_json(data) + "\n"
    if fmt == "yaml":
        return dump_yaml(data)
    from minutesparse.cli.text_summary import summary

    return summary(m)


@main.command("parse")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@format_option("json", "yaml", "text")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write DIR/<stem>.json (or .yaml/.txt) per input instead of printing.")
@click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="OCR image-only pages with tesseract: when needed, always, or never.")
@click.option("--debug", is_flag=True, help="Show a traceback for unexpected errors.")
def parse_cmd(paths: tuple[Path, ...], fmt: str, out_dir: Path | None, ocr: str, debug: bool) -> None:
    """Parse minutes PDFs into structured records.

    With one PATH and no --out the record goes to stdout.  Exit status: 0 when every
    input parsed, 1 when any failed (one line per failure on stderr), 2 on usage errors.

    \b
    Example:
        minutesparse parse samples/smart_city_liberec.pdf
        minutesparse parse samples/smart_city_liberec.pdf --format text
        minutesparse parse zapisy/*.pdf --out parsed/
    """
    import minutesparse

    if len(paths) > 1 and out_dir is None:
        raise click.UsageError("several PATHs need --out DIR (one output file per input).")
    failed = 0
    used: set[str] = set()
    for path in paths:
        try:
            m = minutesparse.parse(path, ocr=ocr)  # type: ignore[arg-type]
        except MinutesparseError as exc:
            failed += 1
            reason = str(exc)
            fail(reason if str(path) in reason else f"{path}: {reason}")
            continue
        except Exception as exc:  # a parser bug must not kill the batch
            if debug:
                raise
            failed += 1
            fail(f"{path}: internal error ({type(exc).__name__}: {exc}); rerun with --debug for a traceback")
            continue
        text = _render(m, fmt)
        if out_dir is None:
            sys.stdout.write(text)
            continue
        out_dir.mkdir(parents=True, exist_ok=True)
        stem = path.stem
        name, n = stem, 1
        while name in used:
            n += 1
            name = f"{stem}-{n}"
        used.add(name)
        target = out_dir / f"{name}{_EXT[fmt]}"
        target.write_text(text, encoding="utf-8")
        click.echo(f"{path} -> {target}", err=True)
    if failed:
        sys.exit(1)


@main.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of a parsed record (the Minutes contract).

    \b
    Example:
        minutesparse schema > minutes.schema.json
    """
    from minutesparse.schema import json_schema_text

    click.echo(json_schema_text())
