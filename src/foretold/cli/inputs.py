"""Options shared by the commands that read articles (`ingest`, `extract`)."""

from __future__ import annotations

from typing import Annotated

import typer

from foretold.cli.common import parse_date
from foretold.errors import ForetoldError
from foretold.ingest import ReadOptions

FetchOption = Annotated[bool, typer.Option("--fetch", help="Download the pages linked by feeds.")]
PublishedOption = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for articles that lack one."),
]
FieldOption = Annotated[
    list[str] | None,
    typer.Option(
        "--field", help="Map an article field to a JSON Lines key, e.g. --field text=body."
    ),
]
ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model", help="Installed spaCy pipeline (default: $FORETOLD_SPACY_MODEL or bundled)."
    ),
]
NProcessOption = Annotated[int, typer.Option("--n-process", help="Parser processes.")]


def read_options(
    *,
    fetch: bool = False,
    published: str | None = None,
    field: list[str] | None = None,
    body_only: bool = False,
) -> ReadOptions:
    fields = {}
    for pair in field or []:
        name, sep, key = pair.partition("=")
        if not sep or not name or not key:
            raise ForetoldError(f"--field {pair!r}: expected FIELD=KEY, e.g. text=body")
        fields[name.strip()] = key.strip()
    defaults = ReadOptions()
    return ReadOptions(
        fetch=fetch,
        body_only=body_only,
        published=parse_date(published, "--published"),
        jsonl_fields={**defaults.jsonl_fields, **fields},
    )
