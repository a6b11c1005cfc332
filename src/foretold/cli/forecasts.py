"""`foretold forecasts list`: the stored forecasts, by forecaster or by words."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from foretold.cli.common import DbOption, JsonOption, console, reporting_errors, store_for
from foretold.records import to_jsonable

app = typer.Typer(help="Forecasts read from the stored articles.", no_args_is_help=True)


@app.command("list")
def list_forecasts(
    by: Annotated[str | None, typer.Option("--by", help="Forecaster name (or part of it).")] = None,
    search: Annotated[
        str | None, typer.Option("--search", help="Words in the proposition or evidence.")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List forecasts, newest first."""
    with reporting_errors(), store_for(db) as store:
        found = store.list_forecasts(by=by, search=search, limit=limit)
    if as_json:
        print(json.dumps(to_jsonable(found), ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{len(found)} forecasts")
    for column in ("id", "said on", "forecaster", "p", "proposition", "by", "if"):
        table.add_column(column)
    for f in found:
        table.add_row(
            f.id[:8],
            f.said_on.isoformat() if f.said_on else "",
            f.forecaster,
            f"{f.probability:.2f}",
            f.proposition,
            f.horizon.end.isoformat() if f.horizon and f.horizon.end else "",
            f.condition or "",
        )
    console.print(table)
