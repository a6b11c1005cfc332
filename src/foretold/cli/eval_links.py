"""`foretold eval links FILE`: precision, recall and orientation of question linking."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from foretold.cli.common import console, errors
from foretold.questions.embedding import EMBEDDERS, EmbedderError, load_embedder
from foretold.questions.evaluate import LinkScores, evaluate, read_pairs, summary_rows
from foretold.questions.linking import Linker


def links(
    file: Annotated[
        Path, typer.Argument(help="Labelled pairs (JSONL), e.g. tests/data/links_dev.jsonl.")
    ],
    embedder: Annotated[
        list[str] | None,
        typer.Option(
            "--embedder", "-e", help="Model(s) to compare: static, minilm (default: both)."
        ),
    ] = None,
    misses: Annotated[
        bool, typer.Option("--misses", help="List the pairs decided wrongly.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Measure how well forecasts are linked to questions on a labelled set."""
    from foretold.nlp import load_nlp

    pairs = read_pairs(file)
    nlp = load_nlp()
    results: list[tuple[str, LinkScores]] = []
    for name in embedder or list(EMBEDDERS):
        try:
            model = load_embedder(name)
        except EmbedderError as error:
            if embedder:  # asked for by name: a real error
                raise
            errors.print(f"skipped: {error}", highlight=False)
            continue
        results.append((name, evaluate(pairs, Linker(model, nlp))))
    rows = summary_rows(results)
    if as_json:
        console.print_json(json.dumps(rows))
        return
    table = Table(title=f"Linking on {file.name}")
    for column in rows[0]:
        table.add_column(column, justify="left" if column == "embedder" else "right")
    for row in rows:
        table.add_row(*(str(v) for v in row.values()))
    console.print(table)
    if misses:
        for name, scores in results:
            console.print(f"[bold]{name}[/bold]: pairs decided wrongly")
            for pair, decision in scores.misses:
                gold = ("negated" if pair.negated else "linked") if pair.linked else "not linked"
                said = (
                    ("negated" if decision.negated else "linked")
                    if decision.linked
                    else "not linked"
                )
                console.print(
                    f"  {pair.question.id} {pair.question.title!r} / {pair.forecast.proposition!r}:"
                    f" gold {gold}, decided {said} (confidence {decision.confidence})",
                    highlight=False,
                )
