"""`foretold eval`: score the extractors against hand-annotated gold files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from foretold.cli.common import QuietOption, console, progress, reporting_errors

app = typer.Typer(help="Score the extractors against gold data.", no_args_is_help=True)

LimitOption = Annotated[int | None, typer.Option(help="Only the first N articles.")]
ModelOption = Annotated[str | None, typer.Option(help="spaCy pipeline package to use.")]
HalfOption = Annotated[
    str | None,
    typer.Option(
        help="Only one half of the file: 'dev' (the 2nd, 4th, ... articles, which rules "
        "are written against) or 'check' (the 1st, 3rd, ...)."
    ),
]


def _scoring_bar(quiet: bool):
    """A progress bar over the articles being scored (none when quiet)."""

    def bar(items, total):
        return progress(items, "Scoring", total=total, quiet=quiet)

    return bar


def _print_name_errors(scores, kind: str = "") -> None:
    """The missed gold names, the wrong names and the second names of one entity."""
    prefix = f"{kind} " if kind else ""
    for article, name in scores.misses():
        console.print(f"miss  {prefix}{article}: {name}", highlight=False)
    for article, name in scores.wrong():
        console.print(f"wrong {prefix}{article}: {name}", highlight=False)
    for article, name, canon in scores.duplicates():
        console.print(f"dup   {prefix}{article}: {name!r} again for {canon!r}", highlight=False)


# Three decimals: a target such as F1 >= 0.80 is told apart from 0.797 at a glance. The
# "spk" figures count a statement right when its span and its speaker both are.
_SPAN_COLUMNS = ("span P", "span R", "span F1", "spk P", "spk R", "spk F1")


@app.command("quotes")
def quotes(
    file: Annotated[Path, typer.Argument(help="Gold quotes, JSONL (see data/quotes/README.md).")],
    limit: LimitOption = None,
    model: ModelOption = None,
    baseline: Annotated[
        bool, typer.Option("--baseline/--no-baseline", help="Also run textacy's baseline.")
    ] = True,
    half: HalfOption = None,
    quiet: QuietOption = False,
) -> None:
    """Precision, recall and F1 of statement spans and span+speaker, per kind and overall."""
    from foretold.evaluation.quotes import SCOPES, evaluate_quotes

    bar = _scoring_bar(quiet)
    with reporting_errors():
        result = evaluate_quotes(
            file, limit=limit, model=model, baseline=baseline, half=half, progress=bar
        )
    name = f"{file.name}, {half} half" if half else file.name
    for scores in (result.system, result.baseline):
        if scores is None:
            continue
        table = Table(
            title=f"{scores.name} on {name} ({result.articles} articles)",
            caption="spk: span and speaker both right",
        )
        table.add_column("scope", no_wrap=True)
        for column in ("pred", "gold", *_SPAN_COLUMNS):
            table.add_column(column, justify="right")
        for scope in SCOPES:
            counts = scores.scopes[scope]
            figures = (*counts.span(), *counts.span_speaker())
            table.add_row(
                scope,
                str(counts.predicted),
                str(counts.gold),
                *(f"{figure:.3f}" for figure in figures),
            )
        console.print(table)
    if result.baseline is not None and result.baseline.skipped_paragraphs:
        console.print(
            f"baseline: {result.baseline.skipped_paragraphs} paragraphs skipped "
            "(unbalanced quotation marks)"
        )


@app.command("forecasts")
def forecasts(
    file: Annotated[
        Path, typer.Argument(help="Gold forecasts, JSONL (see docs/forecast-gold.md).")
    ],
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list misses and false alarms.")
    ] = False,
) -> None:
    """Precision, recall and F1 of forecast detection; forecaster, direction and probability."""
    from foretold.cli.common import reporting_errors
    from foretold.evaluation.forecasts import evaluate, read_gold

    with reporting_errors():
        golds = read_gold(file)
    scores = evaluate(golds)
    summary = scores.summary()
    table = Table(title=f"Forecasts on {file.name} ({len(golds)} articles)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, value in summary.items():
        table.add_row(key, str(value))
    console.print(table)
    if errors:
        for article, text in scores.misses:
            console.print(f"miss  {article}: {text}", highlight=False)
        for article, text in scores.false_alarms:
            console.print(f"false {article}: {text[:160]}", highlight=False)
        for article, gold, got in scores.wrong_forecaster:
            console.print(f"who   {article}: {gold!r} read as {got!r}", highlight=False)


@app.command("speakers")
def speakers(
    file: Annotated[
        Path, typer.Argument(help="Gold speakers, JSONL (see tests/data/speakers_wikinews.md).")
    ],
    limit: LimitOption = None,
    model: ModelOption = None,
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list missed speakers and wrong names.")
    ] = False,
    quiet: QuietOption = False,
) -> None:
    """Precision, recall and F1 of the named speakers of each article's statements."""
    from foretold.evaluation.speakers import evaluate, read_gold

    bar = _scoring_bar(quiet)
    with reporting_errors():
        golds = read_gold(file, limit=limit)
        scores = evaluate(golds, model=model, progress=bar)
    table = Table(title=f"Named speakers on {file.name} ({len(golds)} articles)")
    for column in ("pred", "gold", "matched", "canonical", "P", "R", "F1"):
        table.add_column(column, justify="right")
    table.add_row(
        str(scores.predicted),
        str(scores.gold),
        str(scores.tp),
        str(scores.canonical),
        f"{scores.precision:.2f}",
        f"{scores.recall:.2f}",
        f"{scores.f1:.2f}",
    )
    console.print(table)
    for article in scores.failures:
        console.print(f"failed {article}", highlight=False)
    if errors:
        _print_name_errors(scores)


@app.command("people")
def people(
    file: Annotated[
        Path, typer.Argument(help="Gold people, JSONL (see tests/data/people_wikinews.md).")
    ],
    limit: LimitOption = None,
    model: ModelOption = None,
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list missed and wrong names.")
    ] = False,
    quiet: QuietOption = False,
) -> None:
    """Precision, recall and F1 of the person and organisation names of each article's
    people table, and the people and organisations given the other kind."""
    from foretold.evaluation.people import evaluate, read_gold

    bar = _scoring_bar(quiet)
    with reporting_errors():
        golds = read_gold(file, limit=limit)
        scores = evaluate(golds, model=model, progress=bar)
    table = Table(title=f"People table on {file.name} ({len(golds)} articles)")
    for column in ("kind", "pred", "gold", "matched", "P", "R", "F1"):
        table.add_column(column, justify="left" if column == "kind" else "right")
    for kind, counts in (("person", scores.people), ("organization", scores.organizations)):
        table.add_row(
            kind,
            str(counts.predicted),
            str(counts.gold),
            str(counts.tp),
            f"{counts.precision:.2f}",
            f"{counts.recall:.2f}",
            f"{counts.f1:.2f}",
        )
    console.print(table)
    console.print(
        f"person tagged as organisation: {len(scores.person_as_organization)}; "
        f"organisation tagged as person: {len(scores.organization_as_person)}",
        highlight=False,
    )
    for article in scores.failures:
        console.print(f"failed {article}", highlight=False)
    if not errors:
        return
    for kind, counts in (("person", scores.people), ("org", scores.organizations)):
        _print_name_errors(counts, kind)
    for article, name, canon in scores.person_as_organization:
        line = f"kind  {article}: person {canon!r} as organisation {name!r}"
        console.print(line, highlight=False)
    for article, name, canon in scores.organization_as_person:
        line = f"kind  {article}: organisation {canon!r} as person {name!r}"
        console.print(line, highlight=False)


@app.command("said-on")
def said_on(
    file: Annotated[
        Path, typer.Argument(help="Gold days, JSONL (see tests/data/said_on_wikinews.md).")
    ],
    limit: LimitOption = None,
    model: ModelOption = None,
    half: HalfOption = None,
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list missed items and wrong days.")
    ] = False,
    quiet: QuietOption = False,
) -> None:
    """Coverage of the gold statements and accuracy of the day each was said."""
    from foretold.evaluation.said_on import evaluate, read_gold

    bar = _scoring_bar(quiet)
    with reporting_errors():
        golds = read_gold(file, limit=limit, half=half)
        scores = evaluate(golds, model=model, progress=bar)
    name = f"{file.name}, {half} half" if half else file.name
    title = f"Days statements were said, {name} ({len(golds)} articles)"
    table = Table(title=title, min_width=len(title) + 2)
    table.add_column("measure")
    table.add_column("value", justify="right")
    dated = scores.count("right", "wrong", "none")
    undated = scores.count("false", "null")
    rows = (
        ("gold items", len(scores.items)),
        ("matched", f"{len(scores.items) - scores.count('missed')} ({scores.coverage:.2f})"),
        ("dated, matched", dated),
        ("right day", f"{scores.count('right')} ({scores.accuracy:.2f})"),
        ("wrong day", scores.count("wrong")),
        ("no day", scores.count("none")),
        ("undated, matched", undated),
        ("false day", f"{scores.count('false')} ({scores.false_rate:.2f})"),
    )
    for key, value in rows:
        table.add_row(key, str(value))
    console.print(table)
    for article in scores.failures:
        console.print(f"failed {article}", highlight=False)
    if errors:
        for result in scores.errors():
            gold = result.item.said_on.isoformat() if result.item.said_on else "null"
            got = result.got.isoformat() if result.got else "null"
            console.print(
                f"{result.outcome:6} {result.article}: {result.item.quote!r} gold {gold}, "
                f"got {got}",
                highlight=False,
                soft_wrap=True,
            )
