"""`foretold extract`: analyse articles without a database and print JSON."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from foretold.cli.common import errors, reporting_errors
from foretold.cli.inputs import FieldOption, ModelOption, PublishedOption, read_options
from foretold.ingest import ReadFailure, read_inputs
from foretold.pipeline import Failure, analyse
from foretold.serialize import extraction_to_dict


def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, URLs or - for stdin.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object (one input).")] = False,
    as_jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON line per article.")] = False,
    published: PublishedOption = None,
    body: Annotated[
        bool,
        typer.Option("--body", help="Inputs are clean bodies: offsets index the input itself."),
    ] = False,
    field: FieldOption = None,
    model: ModelOption = None,
) -> None:
    """Print people, statements and forecasts read from articles, as JSON."""
    from foretold.nlp import load_nlp

    with reporting_errors():
        if as_json == as_jsonl:
            raise typer.BadParameter("give exactly one of --json or --jsonl")
        options = read_options(published=published, field=field, body_only=body)
    failed = 0
    articles = []
    for item in read_inputs(inputs, options):
        if isinstance(item, ReadFailure):
            errors.print(f"[red]failed:[/red] {item}", highlight=False, soft_wrap=True)
            failed += 1
        else:
            articles.append(item)
    if as_json and len(articles) > 1:
        errors.print(f"{len(articles)} articles read: use --jsonl for more than one")
        raise typer.Exit(2)
    nlp = load_nlp(model) if articles else None
    for result in analyse(articles, nlp) if articles else ():
        if isinstance(result, Failure):
            errors.print(f"[red]failed:[/red] {result}", highlight=False, soft_wrap=True)
            failed += 1
            continue
        data = extraction_to_dict(result)
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2 if as_json else None))
    if failed:
        raise typer.Exit(1)
