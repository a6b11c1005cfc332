"""Options and helpers shared by the commands."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from foretold.errors import ForetoldError
from foretold.store import default_db, open_store

if TYPE_CHECKING:
    from foretold.store.sqlite import SQLiteStore

T = TypeVar("T")

console = Console()
errors = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="FORETOLD_DB",
        help="Database file (default: $FORETOLD_DB or ./foretold.db).",
        show_default=False,
    ),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def open_db(db: str | None) -> SQLiteStore:
    """The store named by --db (or $FORETOLD_DB, or ./foretold.db)."""
    return open_store(db or default_db())


@contextmanager
def store_for(db: str | None) -> Iterator[SQLiteStore]:
    store = open_db(db)
    try:
        yield store
    finally:
        store.close()


def parse_date(value: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option value, or a one-line error naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ForetoldError(f"{option}: {value!r} is not a date (YYYY-MM-DD)") from None


def progress(items: Iterable[T], label: str, total: int | None = None, quiet: bool = False):
    """Show a progress bar on a terminal (never with --quiet or when output is piped)."""
    if quiet or not sys.stderr.isatty():
        yield from items
        return
    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn()]
    with Progress(*columns, TimeElapsedColumn(), console=errors, transient=True) as bar:
        task = bar.add_task(label, total=total)
        for item in items:
            yield item
            bar.advance(task)


@contextmanager
def reporting_errors() -> Iterator[None]:
    """Turn a domain error into one line on stderr and exit status 1."""
    try:
        yield
    except ForetoldError as error:
        raise fail(str(error)) from None


def fail(message: str) -> typer.Exit:
    """Print a one-line error and return the exit to raise."""
    errors.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(1)
