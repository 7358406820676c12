"""``minutesparse search`` and ``minutesparse reindex``: thin layers over ``Archive.search``."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import click

from minutesparse.cli import main
from minutesparse.cli.archive_cmds import archive_option, examples, friendly_errors
from minutesparse.cli.output import dump_csv, dump_json, format_option

RECORD_TYPES = ["document", "agenda", "resolution", "vote", "task", "person"]
CSV_COLUMNS = ("type", "id", "source", "page", "meeting_date", "body", "municipality", "number",
               "actions", "result", "adopted", "persons", "score", "snippet", "text")
_MARK = re.compile(r"</?mark>")


@main.command("search", epilog=examples(
    'minutesparse search "dotace" --type resolution --from 2023-01-01 --to 2023-12-31',
    'minutesparse search "rozpoctove opatreni" --body rada --facets',
    'minutesparse search "\\"portál otevřených dat\\" OR smart" --format json',
    'minutesparse search "" --type task --person "Prachaře" --sort date',
    'minutesparse search "RM/1/1/2022"',
))
@click.argument("query", required=False, default="")
@click.option("--type", "types", multiple=True, type=click.Choice(RECORD_TYPES),
              help="Record type (repeat for several).")
@click.option("--body", help="Body name has these words, e.g. 'rada' or 'komise smart'.")
@click.option("--kind", type=click.Choice(["commission", "council", "assembly", "committee", "senate", "other"]),
              help="Kind of body.")
@click.option("--municipality", help="Municipality, e.g. 'Litovel' (any case form).")
@click.option("--from", "date_from", type=click.DateTime(formats=["%Y-%m-%d"]), help="Meetings on or after YYYY-MM-DD.")
@click.option("--to", "date_to", type=click.DateTime(formats=["%Y-%m-%d"]), help="Meetings on or before YYYY-MM-DD.")
@click.option("--action", help="Resolution verb, e.g. 'schvaluje', 'bere na vědomí'.")
@click.option("--result", type=click.Choice(["passed", "failed"]), help="Vote or resolution result.")
@click.option("--adopted/--rejected", default=None, help="Only adopted (or rejected) resolutions.")
@click.option("--person", help="A person's name in any case form ('Prachaře', 'J. Šolce').")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True)
@click.option("--facets", is_flag=True, help="Also count the matches by body, year, type and action.")
@click.option("--limit", "-n", type=click.IntRange(min=0, max=10_000), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip the first N hits (paging).")
@archive_option
@format_option("table", "json", "csv")
@friendly_errors
def search_cmd(query: str, types: tuple[str, ...], body: str | None, kind: str | None, municipality: str | None,
               date_from: Any, date_to: Any, action: str | None, result: str | None, adopted: bool | None,
               person: str | None, sort: str, facets: bool, limit: int, offset: int, archive_dir: Path,
               fmt: str) -> None:
    """Search every record of the archive: documents, agenda items, resolutions, votes, tasks, people.

    QUERY: words in any case form, with or without diacritics ("rade" finds "radě"),
    "exact phrases", AND / OR / NOT, parentheses, prefix*.  Words are all required; when no
    record has all of them, records with some of them are shown (marked "relaxed").  An empty
    QUERY lists the records that pass the filters, newest first.
    """
    from minutesparse.archive import Archive

    filters: dict[str, Any] = dict(
        type=list(types) or None, body=body, kind=kind, municipality=municipality,
        date_from=date_from.date() if date_from else None, date_to=date_to.date() if date_to else None,
        action=action, result=result, adopted=adopted, person=person, sort=sort, facets=facets,
        limit=limit, offset=offset,
    )
    res = Archive(archive_dir).search(query, **{k: v for k, v in filters.items() if v is not None})
    if fmt == "json":
        click.echo(dump_json(_json(res)))
    elif fmt == "csv":
        rows = [{k: _plain(getattr(h, k)) if k in ("snippet",) else getattr(h, k) for k in CSV_COLUMNS} for h in res.hits]
        click.echo(dump_csv(rows), nl=False)
    else:
        _print_table(res, offset)


def _plain(s: str) -> str:
    return _MARK.sub("", s)


def _json(res: Any) -> dict[str, Any]:
    data = res.model_dump(mode="json", exclude_none=False)
    for h in data["hits"]:
        if h.get("record") is None:
            h.pop("record", None)
    return {"query": data["query"], "total": data["total"], "relaxed": data["relaxed"],
            "hits": data["hits"], "facets": data["facets"]}


def _print_table(res: Any, offset: int) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    con = Console(highlight=False)
    shown = f"{offset + 1}–{offset + len(res.hits)} of {res.total}" if res.hits else f"0 of {res.total}"
    note = "  (no record has every word; showing records with some)" if res.relaxed else ""
    t = Table(title=f"{shown} records for {res.query!r}{note}", title_justify="left", show_lines=True)
    t.add_column("#", justify="right")
    t.add_column("record", overflow="ellipsis", no_wrap=True, max_width=34)
    t.add_column("match", ratio=1, min_width=30)
    for i, h in enumerate(res.hits, start=offset + 1):
        label = h.type + (f" {h.number}" if h.number else "")
        src = f"{Path(h.source).name}:{h.page}" if h.page else Path(h.source).name
        record = "\n".join(escape(x) for x in (label, h.meeting_date or "", h.body or "", src) if x)
        t.add_row(str(i), record, _bold(h.snippet))
    con.print(t)
    for name, counts in res.facets.items():
        if counts:
            ft = Table(title=f"by {name}", title_justify="left")
            ft.add_column(name)
            ft.add_column("records", justify="right")
            for k, n in counts.items():
                ft.add_row(k, str(n))
            con.print(ft)


def _bold(snippet: str) -> str:
    """<mark>…</mark> -> rich bold markup, everything else escaped."""
    from rich.markup import escape

    out = []
    for i, part in enumerate(re.split(r"</?mark>", snippet.replace("\n", " "))):
        out.append(f"[bold reverse]{escape(part)}[/]" if i % 2 else escape(part))
    return "".join(out)


@main.command("reindex", epilog=examples(
    "minutesparse reindex",
    "minutesparse reindex --archive ./minutes-archive",
))
@archive_option
@friendly_errors
def reindex_cmd(archive_dir: Path) -> None:
    """Rebuild the search index from the archive's record store.

    Needed after upgrading minutesparse (when search says the index is of another version)
    or if the index folder was lost.  Searches keep working on the old index until the new
    one is complete.
    """
    from minutesparse.archive import Archive
    from minutesparse.archive.search import SearchIndex

    started = time.monotonic()
    arch = Archive(archive_dir)
    n = arch.reindex()
    records = SearchIndex(arch.path).count()
    click.echo(f"reindexed {n} documents ({records} records) in {time.monotonic() - started:.1f} s")
