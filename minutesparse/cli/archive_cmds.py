"""``minutesparse import | failures | show | stats | export``: thin layers over ``Archive``."""

from __future__ import annotations

import functools
import sqlite3
import sys
from pathlib import Path
from typing import Any, Callable

import click

from minutesparse.cli import main
from minutesparse.cli.output import dump_csv, dump_json, format_option

def examples(*lines: str) -> str:
    """An ``Example:`` block for a command's epilog, so ``--help`` ends with it."""
    return "\b\nExample:\n" + "\n".join(f"    {line}" for line in lines)


ARCHIVE_HELP = "Archive folder (default: $MINUTESPARSE_ARCHIVE or ./minutes-archive)."


def archive_option(f: Callable) -> Callable:
    return click.option("--archive", "archive_dir", type=click.Path(file_okay=False, path_type=Path),
                        envvar="MINUTESPARSE_ARCHIVE", default="minutes-archive", show_default=True,
                        help=ARCHIVE_HELP)(f)


def filter_options(f: Callable) -> Callable:
    """Record filters shared by ``export`` (and usable by any record-listing command)."""
    date = click.DateTime(formats=["%Y-%m-%d"])
    for opt in reversed([
        click.option("--body", help="Body name contains this (case and diacritics ignored), e.g. 'rada'."),
        click.option("--kind", type=click.Choice(["commission", "council", "assembly", "committee", "senate", "other"]),
                     help="Kind of body."),
        click.option("--municipality", help="Municipality contains this, e.g. 'Litovel'."),
        click.option("--from", "date_from", type=date, help="Meetings on or after YYYY-MM-DD."),
        click.option("--to", "date_to", type=date, help="Meetings on or before YYYY-MM-DD."),
        click.option("--type", "document_type",
                     type=click.Choice(["minutes", "resolutions", "invitation", "report", "vote_record", "other"]),
                     help="Document type."),
    ]):
        f = opt(f)
    return f


def _filters(**kw: Any) -> dict[str, Any]:
    out = {}
    for k, v in kw.items():
        if v is None:
            continue
        out[k] = v.date().isoformat() if hasattr(v, "date") else v
    return out


def friendly_errors(f: Callable) -> Callable:
    """Library errors -> one-line ``click.ClickException`` with a hint; never a traceback."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from minutesparse.archive import ArchiveBusy, ArchiveMissing, RecordNotFound
        from minutesparse.archive.migrations import NewerArchive

        try:
            return f(*args, **kwargs)
        except (ArchiveBusy, ArchiveMissing, RecordNotFound, NewerArchive) as exc:
            raise click.ClickException(str(exc)) from None
        except FileNotFoundError as exc:
            raise click.ClickException(f"{exc.args[0] if exc.args else exc}; check the path") from None
        except PermissionError as exc:
            raise click.ClickException(f"{exc.filename or exc}: permission denied; choose a writable --archive") from None
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
        except sqlite3.DatabaseError as exc:
            raise click.ClickException(
                f"the archive database cannot be read ({exc}); is --archive a minutesparse archive?") from None

    return wrapper


def _archive(archive_dir: Path):
    from minutesparse.archive import Archive

    return Archive(archive_dir)


def _table(title: str, rows: list[tuple[str, Any]], headers: tuple[str, str] = ("", "files")) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title=title, title_justify="left")
    t.add_column(headers[0])
    t.add_column(headers[1], justify="right")
    for k, v in rows:
        t.add_row(str(k), str(v))
    Console(highlight=False).print(t)


# ---------------------------------------------------------------------------------------- import
@main.command("import", epilog=examples(
    'minutesparse import ~/archiv/zapisy --archive ./minutes-archive',
    'minutesparse import samples/ --jobs 2 --ocr never',
    'minutesparse failures',
))
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@archive_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Parallel parser processes (default: one per core).")
@click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="OCR image-only pages with tesseract: when needed, always, or never.")
@click.option("--reparse", is_flag=True, help="Parse every file again, even when stored by this parser version.")
@click.option("--timeout", type=click.FloatRange(min=0), default=120.0, show_default=True,
              help="Seconds per file before it is recorded as failure 'timeout' (0 = no limit).")
@format_option("table", "json")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@friendly_errors
def import_cmd(paths: tuple[Path, ...], archive_dir: Path, jobs: int | None, ocr: str, reparse: bool,
               timeout: float, fmt: str, quiet: bool) -> None:
    """Import PDFs (files or folders, walked recursively) into the archive.

    Files are keyed by content (sha256): unchanged files are skipped, the same bytes under
    another name become another source path of one document, and documents parsed by an
    older parser version are parsed again.  Bad files (encrypted, corrupt, truncated,
    empty, not a PDF, scanned without OCR, timeout) never stop the batch: they are
    listed by `minutesparse failures`.  Exit 0 when the batch ran, even with failed files.
    Interrupted (Ctrl-C, kill -9)?  Run the same command again: it resumes.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    archive = _archive(archive_dir)
    err = Console(stderr=True, highlight=False)
    show_bar = not quiet and err.is_terminal
    bar = Progress(TextColumn("[bold]import[/]"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                   TextColumn("{task.fields[rate]} pages/s"), TextColumn("ETA"), TimeRemainingColumn(),
                   TextColumn("[red]{task.fields[failed]} failed[/]"), console=err, disable=not show_bar,
                   transient=False)
    task = bar.add_task("import", total=None, rate="0.0", failed=0)

    def on_progress(p: Any) -> None:
        import time

        elapsed = max(time.perf_counter() - p.started, 1e-6)
        bar.update(task, total=p.total, completed=p.done, rate=f"{p.pages / elapsed:.1f}", failed=p.failed)

    with bar:
        report = archive.import_paths(paths, jobs=jobs, ocr=ocr, reparse=reparse, progress=on_progress,
                                      timeout=timeout)
    if fmt == "json":
        click.echo(dump_json(report.as_dict()))
        return
    d = report.as_dict()
    rows: list[tuple[str, Any]] = [("files found", d["files"])]
    rows += [(k, d[k]) for k in ("imported", "updated", "unchanged", "duplicate", "failed")]
    rows += [(f"  failed: {k}", v) for k, v in d["failed_by_reason"].items()]
    rows += [(f"  type: {k}", v) for k, v in d["by_document_type"].items()]
    rows += [("documents in archive", d["documents"]), ("pages parsed", d["pages_parsed"]),
             ("seconds", d["seconds"]), ("pages/s", d["pages_per_second"])]
    if d["ignored_non_pdf"]:
        rows.append(("other files skipped (not *.pdf)", d["ignored_non_pdf"]))
    _table(f"Import into {archive.path}", rows)
    if report.failures:
        click.echo(f"{len(report.failures)} file(s) failed: see `minutesparse failures --archive {archive.path}`")


# ---------------------------------------------------------------------------------------- failures
@main.command("failures", epilog=examples(
    'minutesparse failures',
    'minutesparse failures --format json | jq \'.[] | select(.reason == "encrypted") | .path\'',
))
@archive_option
@format_option("table", "json", "csv")
@friendly_errors
def failures_cmd(archive_dir: Path, fmt: str) -> None:
    """List the files that could not be imported, with the reason.

    Reasons: encrypted, corrupt, truncated, empty, not_pdf, scanned_no_text, timeout,
    crash, unreadable, internal_error.  A failed file is tried again by the next import.
    """
    rows = _archive(archive_dir).failures()
    if fmt == "json":
        click.echo(dump_json(rows))
    elif fmt == "csv":
        click.echo(dump_csv(rows), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table

        t = Table(title=f"{len(rows)} failed file(s)", title_justify="left")
        for col in ("reason", "path", "message"):
            t.add_column(col, overflow="fold")
        for r in rows:
            t.add_row(r["reason"], r["path"], r["message"])
        Console(highlight=False).print(t)


# ---------------------------------------------------------------------------------------- show
@main.command("show", epilog=examples(
    'minutesparse show 3f9a1c0d2b4e5f60',
    'minutesparse show 3f9a1c0d2b4e5f60:resolution:2 --format json',
))
@click.argument("record_id")
@archive_option
@format_option("text", "json")
@friendly_errors
def show_cmd(record_id: str, archive_dir: Path, fmt: str) -> None:
    """Show one document (by its id) or one record of it (<doc_id>:<type>:<n>).

    Record types: agenda, resolution, vote, task, person.  Ids are printed by
    `export`, `search` and `stats`; a unique prefix of a document id works too.
    """
    rec = _archive(archive_dir).get(record_id)
    if fmt == "json":
        click.echo(dump_json(rec))
        return
    click.echo(f"{rec['type']} {rec['id']}   ({rec['document_type']}, {rec['body'] or '—'}, "
               f"{rec['meeting_date'] or 'no date'})")
    for p in rec["sources"]:
        click.echo(f"source: {p}")
    if rec["type"] == "document":
        from minutesparse.cli.text_summary import summary
        from minutesparse.schema import Minutes

        click.echo(summary(Minutes.model_validate(rec["record"])), nl=False)
        return
    for k, v in rec["record"].items():
        if v in (None, [], {}, ""):
            continue
        click.echo(f"{k}: {v if not isinstance(v, (list, dict)) else dump_json(v)}")


# ---------------------------------------------------------------------------------------- stats
@main.command("stats", epilog=examples(
    'minutesparse stats',
    'minutesparse stats --format json | jq .documents',
))
@archive_option
@format_option("table", "json")
@friendly_errors
def stats_cmd(archive_dir: Path, fmt: str) -> None:
    """Count the archive: distinct documents, source files, failures, by type, body, year.
    """
    s = _archive(archive_dir).stats()
    if fmt == "json":
        click.echo(dump_json(s))
        return
    rows: list[tuple[str, Any]] = [("documents", s["documents"]), ("source files", s["sources"]),
                                   ("failed files", s["failures"]), ("pages", s["pages"])]
    for group in ("by_type", "by_kind", "by_year", "failures_by_reason"):
        rows += [(f"{group.replace('_', ' ')}: {k}", v) for k, v in s[group].items()]
    rows += [(f"records: {k}", v) for k, v in s["records"].items()]
    _table("Archive", rows, ("", "count"))
    _table("Documents by body", list(s["by_body"].items()), ("body", "documents"))


# ---------------------------------------------------------------------------------------- export
@main.command("export", epilog=examples(
    'minutesparse export --what resolutions --format csv --body rada --from 2024-01-01 > usneseni.csv',
    'minutesparse export --what votes --format popolo --out votes.json',
    'minutesparse export --what documents --format jsonl --type minutes',
))
@click.option("--what", type=click.Choice(["documents", "resolutions", "votes", "tasks", "attendance", "agenda"]),
              default="documents", show_default=True, help="Which records.")
@format_option("jsonl", "csv", "json", "popolo")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of stdout.")
@filter_options
@archive_option
@friendly_errors
def export_cmd(what: str, fmt: str, out: Path | None, archive_dir: Path, **filters: Any) -> None:
    """Export records as JSON Lines, CSV, JSON, or votes as Popolo VoteEvents.

    documents in jsonl/json are the full records (with doc_id and sources); everything
    else is one flat row per record, as in the store's v_* views.  --format popolo needs
    --what votes (Popolo / Open Civic Data VoteEvent objects).
    """
    archive = _archive(archive_dir)
    if out is None:
        archive.export(what, fmt, sys.stdout, **_filters(**filters))
    else:
        n = archive.export(what, fmt, out, **_filters(**filters))
        click.echo(f"{n} record(s) -> {out}", err=True)
