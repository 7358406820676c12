"""``minutesparse eval``: field-level precision/recall/F1 against expected JSON."""

from __future__ import annotations

from pathlib import Path

import click

from minutesparse.cli import main
from minutesparse.cli.output import dump_json, format_option


def _table(report, details: bool) -> str:
    from minutesparse.evaluate import GROUPS

    head = f"{'group':<12} {'expected':>8} {'predicted':>9} {'matched':>7} {'precision':>9} {'recall':>7} {'F1':>6}"
    lines = [head, "-" * len(head)]
    for g in GROUPS:
        s = report.totals[g]
        lines.append(f"{g:<12} {s.expected:>8} {s.predicted:>9} {s.matched:>7} {s.precision:>9.3f} {s.recall:>7.3f} "
                     f"{s.f1:>6.3f}")
    if details:
        lines.append("")
        lines.append(f"{'document':<44} " + " ".join(f"{g[:6]:>6}" for g in GROUPS) + "   (F1)")
        for name, scores in report.documents.items():
            lines.append(f"{name[:44]:<44} " + " ".join(f"{scores[g].f1:>6.2f}" for g in GROUPS))
    for name, reason in report.failures.items():
        lines.append(f"failed: {name}: {reason}")
    return "\n".join(lines) + "\n"


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("pdf_dir", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@format_option("table", "json")
@click.option("--details", is_flag=True, help="Also show the F1 of every group for every document.")
@click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="OCR image-only pages with tesseract: when needed, always, or never.")
def eval_cmd(gold_dir: Path, pdf_dir: Path | None, fmt: str, details: bool, ocr: str) -> None:
    """Score the parser against hand-checked records: precision, recall and F1 per field group.

    GOLD_DIR holds <name>.expected.json files; each is compared with the parse of <name>.pdf
    from PDF_DIR (default: GOLD_DIR).  Groups: meeting facts, attendance, agenda, votes,
    resolutions, tasks, people (see minutesparse/evaluate.py for how items are matched).

    \b
    Example:
        minutesparse eval samples/
        minutesparse eval gold/ pdfs/ --format json
        minutesparse eval samples/ --details
    """
    from minutesparse.evaluate import evaluate, gold_files

    if not gold_files(gold_dir):
        raise click.ClickException(f"{gold_dir}: no *.expected.json files; point GOLD_DIR at a folder of expected records "
                                   "(for example samples/)")
    report = evaluate(gold_dir, pdf_dir, ocr=ocr)
    if fmt == "json":
        click.echo(dump_json(report.as_dict()))
    else:
        click.echo(_table(report, details), nl=False)
