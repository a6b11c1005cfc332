"""`foretold questions ...` and the top-level `link`, `unlink` and `condition` commands."""

from __future__ import annotations

import json
from typing import Annotated, Literal

import typer
from rich.table import Table

from foretold.cli.common import DbOption, JsonOption, console, open_db, parse_date
from foretold.errors import ForetoldError
from foretold.questions.effective import effective_of
from foretold.records import to_jsonable

app = typer.Typer(help="Questions that forecasts are filed under.", no_args_is_help=True)


@app.command("new")
def new(
    title: Annotated[str, typer.Argument(help="The yes/no question, e.g. 'Will X happen?'.")],
    criteria: Annotated[str | None, typer.Option(help="How the question resolves.")] = None,
    closes: Annotated[
        str | None, typer.Option(help="Last day it can resolve (YYYY-MM-DD).")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Create a question and link the stored forecasts that belong to it."""
    closes_on = parse_date(closes, "--closes")
    with open_db(db) as store:
        question = store.create_question(title, criteria, closes_on)
        linked = store.forecasts_of_question(question.id)
    if as_json:
        data = to_jsonable(question) | {"linked_forecasts": len(linked)}
        console.print_json(json.dumps(data))
        return
    console.print(f"{question.id}  {question.title}  ({len(linked)} forecasts linked)")


@app.command("list")
def list_(
    status: Annotated[str | None, typer.Option(help="open or resolved.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List the questions."""
    with open_db(db) as store:
        questions = store.list_questions(status)
        counts = {q.id: len(store.links_of_question(q.id)) for q in questions}
    if as_json:
        rows = [to_jsonable(q) | {"links": counts[q.id]} for q in questions]
        console.print_json(json.dumps(rows))
        return
    table = Table()
    for column in ("id", "title", "closes", "status", "outcome", "links"):
        table.add_column(column)
    for q in questions:
        closes = q.closes.isoformat() if q.closes else ""
        table.add_row(q.id, q.title, closes, q.status, q.outcome or "", str(counts[q.id]))
    console.print(table)


@app.command("show")
def show(
    question_id: Annotated[str, typer.Argument(metavar="ID", help="Question id (or prefix).")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """A question with its linked forecasts, their orientation and who linked them."""
    with open_db(db) as store:
        question = store.get_question(question_id)
        linked = store.forecasts_of_question(question.id)
    if as_json:
        data = to_jsonable(question) | {
            "forecasts": [
                {
                    "id": lf.forecast.id,
                    "forecaster": lf.forecast.forecaster,
                    "proposition": lf.forecast.proposition,
                    "statement": lf.forecast.statement,
                    "probability": lf.forecast.probability,
                    "said_on": to_jsonable(lf.forecast.said_on),
                    "negated": lf.link.negated,
                    "confidence": lf.link.confidence,
                    "by": lf.link.by,
                    "condition": lf.forecast.condition,
                    "condition_met": lf.condition_met,
                    "effective_probability": effective_of(lf, question),
                }
                for lf in linked
            ]
        }
        console.print_json(json.dumps(data))
        return
    console.print(f"[bold]{question.title}[/bold]  ({question.id})", highlight=False)
    resolved = (
        f", resolved {question.outcome} on {question.resolved_on}" if question.outcome else ""
    )
    console.print(f"closes {question.closes or '-'}, {question.status}{resolved}", highlight=False)
    table = Table()
    for column in (
        "forecast",
        "forecaster",
        "said",
        "p",
        "p(yes)",
        "orientation",
        "by",
        "evidence",
    ):
        table.add_column(column)
    for lf in linked:
        f = lf.forecast
        p_yes = effective_of(lf, question)
        by = "person" if lf.link.by == "person" else f"machine {lf.link.confidence:.2f}"
        table.add_row(
            f.id[:10],
            f.forecaster,
            f.said_on.isoformat() if f.said_on else "",
            f"{f.probability:.2f}",
            "void" if p_yes is None else f"{p_yes:.2f}",
            "negated" if lf.link.negated else "same",
            by,
            f.statement,
        )
    console.print(table)


@app.command("suggest")
def suggest(
    min_size: Annotated[int, typer.Option(help="Forecasts a suggestion needs.")] = 2,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Propose questions from clusters of similar forecasts that no question holds."""
    from foretold.nlp import load_nlp
    from foretold.questions.embedding import load_embedder
    from foretold.questions.suggest import suggest_questions

    with open_db(db) as store:
        pairs = store.unlinked_forecasts()
    suggestions = suggest_questions(pairs, load_embedder(), load_nlp(), min_size=min_size)
    if as_json:
        console.print_json(json.dumps(to_jsonable(suggestions)))
        return
    if not suggestions:
        console.print("No suggestions: too few similar unlinked forecasts.")
    for s in suggestions:
        console.print(f"[bold]{s.title}[/bold]  (cohesion {s.cohesion})", highlight=False)
        for fid, prop in zip(s.forecast_ids, s.propositions, strict=True):
            console.print(f"  {fid[:10]}  {prop}", highlight=False)


@app.command("conditions")
def conditions(
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Suggest whether unmarked conditions were met, from the questions already resolved."""
    with open_db(db) as store:
        suggestions = store.suggest_conditions()
        texts = {s.forecast_id: store.get_forecast(s.forecast_id).condition for s in suggestions}
    if as_json:
        console.print_json(json.dumps(to_jsonable(suggestions)))
        return
    if not suggestions:
        console.print("No suggestions: no resolved question answers an unmarked condition.")
        return
    table = Table("forecast", "condition", "suggested", "from question", "confidence")
    for s in suggestions:
        table.add_row(
            s.forecast_id[:10],
            texts[s.forecast_id] or "",
            "met" if s.met else "unmet",
            s.question_id[:10],
            f"{s.confidence:.2f}",
        )
    console.print(table)
    console.print("Record a decision with: foretold condition FORECAST met|unmet")


def link(
    forecast: Annotated[str, typer.Argument(help="Forecast id (or prefix).")],
    question: Annotated[str, typer.Argument(help="Question id (or prefix).")],
    negated: Annotated[
        bool, typer.Option("--negated", help="The forecast predicts the opposite of yes.")
    ] = False,
    db: DbOption = None,
) -> None:
    """File a forecast under a question (a person's decision wins over the machine's)."""
    with open_db(db) as store:
        made = store.link(forecast, question, negated=negated)
    way = "negated" if made.negated else "same orientation"
    console.print(f"linked {made.forecast_id} to {made.question_id} ({way})")


def unlink(
    forecast: Annotated[str, typer.Argument(help="Forecast id (or prefix).")],
    question: Annotated[str, typer.Argument(help="Question id (or prefix).")],
    db: DbOption = None,
) -> None:
    """Take a forecast out of a question; re-linking by the machine will not undo it."""
    with open_db(db) as store:
        made = store.unlink(forecast, question)
    console.print(f"unlinked {made.forecast_id} from {made.question_id}")


def condition(
    forecast: Annotated[str, typer.Argument(help="Forecast id (or prefix).")],
    status: Annotated[str, typer.Argument(metavar="met|unmet", help="Was the condition met?")],
    db: DbOption = None,
) -> None:
    """Record whether a conditional forecast's condition was met (unmet makes it void)."""
    if status not in ("met", "unmet"):
        raise ForetoldError(f"condition status {status!r}: use met or unmet")
    met: Literal[True, False] = status == "met"
    with open_db(db) as store:
        store.set_condition(forecast, met)
    console.print(f"condition of {forecast} marked {status}")
