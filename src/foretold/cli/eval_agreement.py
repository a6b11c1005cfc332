"""`foretold eval agreement DIR`: how far annotators agree, and the system with each."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from foretold.cli.common import QuietOption, console, errors, fail, progress, reporting_errors
from foretold.evaluation.agreement import Agreement, span_f1_interval
from foretold.evaluation.quotes import SCOPES, Counts

_COLUMNS = ("gold", "span P", "span R", "span F1", "spk P", "spk R", "spk F1")


def _figures(counts: Counts) -> tuple[str, ...]:
    return (str(counts.gold), *(f"{x:.3f}" for x in (*counts.span(), *counts.span_speaker())))


def _scope_table(agreement: Agreement) -> Table:
    table = Table(
        title=f"Attribution agreement on {agreement.articles} multiply-annotated articles",
        caption="each annotator in turn is the gold, against another annotator or foretold; "
        "spk: span and speaker both right",
    )
    table.add_column("against")
    table.add_column("scope", no_wrap=True)
    for column in _COLUMNS:
        table.add_column(column, justify="right")
    rows = (("annotator", agreement.annotators), ("foretold", agreement.system))
    for who, scores in rows:
        for scope in SCOPES:
            table.add_row(who, scope, *_figures(scores.scopes[scope]))
    return table


def _annotator_table(agreement: Agreement) -> Table:
    table = Table(title="Against each annotator, all kinds")
    table.add_column("annotator")
    for column in ("foretold span F1", "foretold spk F1", "others span F1", "others spk F1"):
        table.add_column(column, justify="right")
    for annotator, (system, others) in sorted(agreement.by_annotator.items()):
        figures = (system.span()[2], system.span_speaker()[2])
        figures += (others.span()[2], others.span_speaker()[2])
        table.add_row(annotator, *(f"{x:.3f}" for x in figures))
    return table


def _intervals(agreement: Agreement) -> str:
    lines = []
    for which, who in ((0, "annotators"), (1, "foretold")):
        span = span_f1_interval(agreement.per_article, which)
        speaker = span_f1_interval(agreement.per_article, which, speaker=True)
        lines.append(
            f"{who}: 95% interval over articles, span F1 {span[0]:.3f}-{span[1]:.3f}, "
            f"span+speaker F1 {speaker[0]:.3f}-{speaker[1]:.3f}"
        )
    return "\n".join(lines)


def agreement(
    directory: Annotated[
        Path,
        typer.Argument(
            help="A directory in PolNeAR's layout: text/<article>.txt and "
            "attributions/<article>_<annotator>.ann (brat standoff)."
        ),
    ],
    model: Annotated[str | None, typer.Option(help="spaCy pipeline package to use.")] = None,
    quiet: QuietOption = False,
) -> None:
    """How far annotators agree with each other, and the system with each of them."""
    from foretold.evaluation.agreement import evaluate_agreement

    def bar(items, total):
        return progress(items, "Scoring", total=total, quiet=quiet)

    with reporting_errors():
        result = evaluate_agreement(directory, model=model, progress=bar)
    for problem in result.problems:
        errors.print(f"skipped {problem}", highlight=False, soft_wrap=True)
    if not result.articles:
        raise fail(f"{directory}: no article has two or more annotation files")
    console.print(_scope_table(result))
    console.print(_annotator_table(result))
    console.print(_intervals(result), highlight=False)
    console.print(
        f"units most annotators mark: {result.majority_units} (per annotator), foretold finds "
        f"{result.majority_recall():.3f}; foretold's units most annotators mark: "
        f"{result.majority_precision():.3f} of {result.system_units}",
        highlight=False,
    )
