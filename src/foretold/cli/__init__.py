"""The `foretold` command: one Typer app, one module per command group."""

from __future__ import annotations

import typer

from foretold.cli import (
    articles,
    eval_agreement,
    eval_links,
    extract,
    forecasts,
    ingest,
    people,
    questions,
    scores,
)
from foretold.cli import eval as evaluate
from foretold.errors import ForetoldError

app = typer.Typer(
    name="foretold",
    help="Read the news and keep score of who foretold what.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command("ingest")(ingest.ingest)
app.command("extract")(extract.extract)
app.add_typer(articles.app, name="articles")
app.add_typer(forecasts.app, name="forecasts")
app.add_typer(evaluate.app, name="eval")
app.add_typer(people.app, name="people")
app.add_typer(questions.app, name="questions")
app.command("link")(questions.link)
app.command("unlink")(questions.unlink)
app.command("condition")(questions.condition)
evaluate.app.command("links")(eval_links.links)
evaluate.app.command("agreement")(eval_agreement.agreement)
app.command("resolve")(scores.resolve)
app.command("scores")(scores.scores)
app.command("person")(scores.person)
app.command("timeline")(scores.timeline)


def main() -> None:
    """Entry point: domain errors become one line on stderr and exit status 1."""
    from foretold.cli.common import fail

    try:
        app(standalone_mode=True)
    except ForetoldError as error:
        raise SystemExit(fail(str(error)).exit_code) from None
