"""`foretold people list|show`: people across articles, with roles and statements."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from foretold.cli.common import DbOption, console, reporting_errors, store_for
from foretold.store.people import StatedRole, names_and_descriptions, stated_roles

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
    """Show one person: names, roles over time and every stored statement.

    Other names come apart from descriptions ("the president"); a role stated alike in
    several articles is one line, with the days it was first and last stated."""
    with reporting_errors(), store_for(db) as store:
        person = store.get_person(name)
        roles = store.roles_of(person.id)
        statements = store.statements_by(person.id)
    console.print(f"[bold]{person.name}[/bold] ({person.kind}, {person.id})", highlight=False)
    names, descriptions = names_and_descriptions(person)
    if names:
        console.print(f"also called: {', '.join(names)}", highlight=False)
    if descriptions:
        console.print(f"described as: {', '.join(descriptions)}", highlight=False)
    for role in stated_roles(roles):
        console.print(f"role: {role.role} ({_when(role)})", highlight=False)
    console.print(f"statements: {len(statements)}", highlight=False)
    for statement in statements:
        when = statement.said_on.isoformat() if statement.said_on else "undated"
        console.print(
            f"- {when} {statement.kind} ({statement.cue or 'no cue'}): {statement.text}"
            f"  [dim][article {statement.article_id}][/dim]",
            highlight=False,
            soft_wrap=True,
        )


def _when(role: StatedRole) -> str:
    """ "2021-12-06, 1 article" or "2019-01-04 to 2020-07-25, 20 articles"."""
    days = " to ".join(
        dict.fromkeys(d.isoformat() for d in (role.first, role.last) if d is not None)
    )
    count = f"{role.articles} article{'s' if role.articles != 1 else ''}"
    return f"{days or 'undated'}, {count}"
