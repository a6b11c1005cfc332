"""`foretold articles list|show`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from foretold.cli.common import DbOption, console, reporting_errors, store_for

app = typer.Typer(help="Browse stored articles.", no_args_is_help=True)


@app.command("list")
def list_articles(
    search: Annotated[str | None, typer.Option("--search", help="Full-text search.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
    db: DbOption = None,
) -> None:
    """List articles, newest first, or those matching --search."""
    with store_for(db) as store:
        rows = store.list_articles(search=search, limit=limit)
    table = Table("id", "published", "publisher", "title", "copy of")
    for row in rows:
        table.add_row(
            row["id"],
            row["published"] or "",
            row["publisher"] or "",
            row["title"] or "",
            row["duplicate_of"] or "",
        )
    console.print(table)


@app.command("show")
def show_article(
    article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix).")],
    db: DbOption = None,
) -> None:
    """Show one article: metadata and clean body."""
    with reporting_errors(), store_for(db) as store:
        article = store.get_article(article_id)
    console.print(f"[bold]{article.title or '(untitled)'}[/bold]", highlight=False)
    meta = [
        ("id", article.id),
        ("url", article.url),
        ("authors", ", ".join(article.authors)),
        ("agency", article.agency),
        ("publisher", article.publisher),
        ("published", article.published_at or article.published),
        ("language", article.language),
        ("source", article.source),
    ]
    for name, value in meta:
        if value:
            console.print(f"{name}: {value}", highlight=False)
    for caption in article.captions:
        console.print(f"caption: {caption.text} ({caption.credit or 'no credit'})", highlight=False)
    console.print()
    console.print(article.text, highlight=False, markup=False)
