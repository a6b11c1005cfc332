"""`foretold ingest`: read articles from anywhere, analyse them and store everything."""

from __future__ import annotations

from collections import Counter
from itertools import islice
from typing import Annotated

import typer

from foretold.cli.common import (
    DbOption,
    QuietOption,
    console,
    errors,
    progress,
    reporting_errors,
    store_for,
)
from foretold.cli.inputs import (
    FetchOption,
    FieldOption,
    ModelOption,
    NProcessOption,
    PublishedOption,
    read_options,
)
from foretold.ingest import ReadFailure, read_inputs
from foretold.pipeline import Failure, analyse
from foretold.records import Article

BATCH = 16


def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, URLs or - for stdin.")],
    db: DbOption = None,
    quiet: QuietOption = False,
    fetch: FetchOption = False,
    published: PublishedOption = None,
    field: FieldOption = None,
    model: ModelOption = None,
    n_process: NProcessOption = 1,
) -> None:
    """Read, clean, analyse and store articles; print what was new, duplicated or failed."""
    from foretold.nlp import load_nlp

    with reporting_errors():
        options = read_options(fetch=fetch, published=published, field=field)
    counts: Counter[str] = Counter()
    failures: list[str] = []
    with store_for(db) as store:
        stream = progress(read_inputs(inputs, options), "Ingesting", quiet=quiet)
        while batch := list(islice(stream, BATCH)):
            fresh: list[Article] = []
            for item in batch:
                if isinstance(item, ReadFailure):
                    failures.append(str(item))
                elif store.has_article(item.id):
                    counts["duplicate"] += 1
                else:
                    fresh.append(item)
            if not fresh:
                continue
            for result in analyse(fresh, load_nlp(model), n_process=n_process):
                if isinstance(result, Failure):
                    failures.append(str(result))
                    continue
                put = store.put_extraction(result)
                counts[put.status] += 1
                counts["statements"] += len(result.statements) if put.status == "new" else 0
                counts["forecasts"] += len(result.forecasts) if put.status == "new" else 0
    for line in failures:
        errors.print(f"[red]failed:[/red] {line}", highlight=False, soft_wrap=True)
    console.print(
        f"{counts['new']} new, {counts['duplicate']} duplicates, "
        f"{counts['near-duplicate']} near-duplicates, {len(failures)} failed "
        f"({counts['statements']} statements, {counts['forecasts']} forecasts)",
        highlight=False,
    )
    if failures:
        raise typer.Exit(1)
