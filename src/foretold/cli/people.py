"""`foretold people list|show`: people across articles, with roles and statements."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from foretold.cli.common import DbOption, console, reporting_errors, store_for

app = typer.Typer(help="Browse the people, organisations and groups quoted.", no_args_is_help=True)


@app.command("list")
def list_people(
    search: Annotated[str | None, typer.Option("--search", help="Match names and aliases.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
    db: DbOption = None,
) -> None:
    """List people by number of statements, or those matching --search."""
    with reporting_errors(), store_for(db) as store:
        people = store.list_people(search=search, limit=limit)
    table = Table("id", "name", "kind", "roles", "also called")
    for person in people:
        table.add_row(
            person.id,
            person.name,
            person.kind,
            "; ".join(person.roles[:3]),
            ", ".join(person.aliases[:4]),
        )
    console.print(table)


@app.command("show")
def show_person(
    name: Annotated[str, typer.Argument(help="Name, alias or id.")],
    db: DbOption = None,
) -> None:
    """Show one person: aliases, dated roles and every stored statement."""
    with reporting_errors(), store_for(db) as store:
        person = store.get_person(name)
        roles = store.roles_of(person.id)
        statements = store.statements_by(person.id)
    console.print(f"[bold]{person.name}[/bold] ({person.kind}, {person.id})", highlight=False)
    if person.aliases:
        console.print(f"also called: {', '.join(person.aliases)}", highlight=False)
    for role, stated_on, article_id in roles:
        when = stated_on.isoformat() if stated_on else "undated"
        console.print(f"role: {role} ({when}, article {article_id})", highlight=False)
    console.print(f"statements: {len(statements)}", highlight=False)
    for statement in statements:
        when = statement.said_on.isoformat() if statement.said_on else "undated"
        console.print(
            f"- {when} {statement.kind} ({statement.cue or 'no cue'}): {statement.text}"
            f"  [dim][article {statement.article_id}][/dim]",
            highlight=False,
            soft_wrap=True,
        )
