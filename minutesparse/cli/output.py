"""Output options shared by every command that prints records (defined once, as in sqlite-utils)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Callable, Iterable

import click


def format_option(*choices: str, default: str | None = None) -> Callable:
    """``--format`` with the given choices; every record-printing command takes ``json``."""
    return click.option(
        "--format", "fmt", type=click.Choice(list(choices), case_sensitive=False),
        default=default or choices[0], show_default=True, help="Output format.",
    )


def dump_json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, default=str)


def dump_yaml(obj: Any) -> str:
    import yaml

    return yaml.safe_dump(obj, allow_unicode=True, sort_keys=False, width=110)


def dump_csv(rows: Iterable[dict]) -> str:
    rows = list(rows)
    buf = io.StringIO()
    if not rows:
        return ""
    fields: list[str] = []
    for r in rows:
        for k in r:
            if k not in fields:
                fields.append(k)
    w = csv.DictWriter(buf, fieldnames=fields, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v) for k, v in r.items()})
    return buf.getvalue()


def fail(message: str) -> None:
    """One line on stderr, no traceback."""
    click.echo(f"Error: {message}", err=True)
