"""`foretold resolve`, `scores`, `person` and `timeline`: who was right, what the news believed."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from foretold.cli.common import (
    DbOption,
    JsonOption,
    console,
    parse_date,
    reporting_errors,
    store_for,
)
from foretold.errors import ForetoldError
from foretold.records import to_jsonable
from foretold.scoring.leaderboard import DEFAULT_MIN_RESOLVED
from foretold.scoring.records import ForecasterScore, QuestionScore, TrackRecord

TABLE_ROWS = 50


def resolve(
    question: Annotated[str, typer.Argument(help="Question id (or a unique prefix).")],
    outcome: Annotated[str, typer.Argument(help="yes, no or annulled.")],
    on: Annotated[str, typer.Option("--on", help="Day it resolved (YYYY-MM-DD).")],
    source: Annotated[
        str | None, typer.Option("--source", help="Where the answer comes from (a link).")
    ] = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Record how a question resolved: yes, no or annulled, on a day."""
    with reporting_errors(), store_for(db) as store:
        day = parse_date(on, "--on")
        if day is None:
            raise ForetoldError("--on: a day is required")
        resolved = store.resolve_question(question, outcome.strip().lower(), day, source)
    if as_json:
        print(json.dumps(to_jsonable(resolved), ensure_ascii=False, indent=2))
        return
    console.print(
        f"[bold]{resolved.title}[/bold] resolved [bold]{resolved.outcome}[/bold] "
        f"on {resolved.resolved_on}" + (f" ({resolved.source})" if resolved.source else ""),
        highlight=False,
    )


def scores(
    question: Annotated[
        str | None, typer.Option("--question", help="Only the forecasts filed under this question.")
    ] = None,
    min_forecasts: Annotated[
        int | None,
        typer.Option(
            "--min-forecasts",
            help=(
                "Hide forecasters with fewer scored forecasts (default: "
                f"{DEFAULT_MIN_RESOLVED} on the full board, 1 with --question)."
            ),
            show_default=False,
        ),
    ] = None,
    limit: Annotated[int, typer.Option(help="Rows in the table (JSON has all).")] = TABLE_ROWS,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """The leaderboard: Brier, log score, skill and peer score per forecaster (lower Brier is
    better), with 95% bootstrap intervals."""
    with reporting_errors(), store_for(db) as store:
        if min_forecasts is not None and min_forecasts < 0:
            raise ForetoldError(f"--min-forecasts: {min_forecasts} is negative")
        title = store.get_scored_question(question).title if question else None
        if min_forecasts is None:
            min_forecasts = 1 if question else DEFAULT_MIN_RESOLVED
        board = store.leaderboard(question_id=question, min_resolved=min_forecasts)
    if as_json:
        print(json.dumps(to_jsonable(board), ensure_ascii=False, indent=2))
        return
    console.print(_board_table(board[:limit], title, len(board), min_forecasts))


def person(
    name: Annotated[str, typer.Argument(help="Forecaster name, id, or a unique part of a name.")],
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """A forecaster's track record: every forecast, its evidence, its questions and scores."""
    with reporting_errors(), store_for(db) as store:
        record = store.person_record(name)
    if as_json:
        print(json.dumps(to_jsonable(record), ensure_ascii=False, indent=2))
        return
    _print_record(record)


def timeline(
    question: Annotated[str, typer.Argument(help="Question id (or a unique prefix).")],
    png: Annotated[
        str | None, typer.Option("--png", help="Also draw the chart into this PNG file.")
    ] = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """What the news believed: the median of the live forecasts on a question, by date."""
    from foretold.scoring.chart import plot_timeline
    from foretold.scoring.timeline import timeline as aggregate

    with reporting_errors(), store_for(db) as store:
        asked = store.get_scored_question(question)
        entries = store.timeline_entries(asked.id)
        points = aggregate(entries)
        if png:
            plot_timeline(asked, points, entries, png)
    if as_json:
        print(json.dumps(to_jsonable(points), ensure_ascii=False, indent=2))
        return
    table = Table(title=asked.title)
    for column in ("from", "live", "median", "lowest", "highest"):
        table.add_column(column, justify="left" if column == "from" else "right")
    for p in points:
        table.add_row(
            p.day.isoformat(),
            str(p.live),
            _num(p.median, 2),
            _num(p.low, 2),
            _num(p.high, 2),
        )
    console.print(table)
    if asked.resolved_on:
        console.print(f"resolved {asked.outcome} on {asked.resolved_on}", highlight=False)
    if png:
        console.print(f"chart: {png}", highlight=False)


def _board_table(
    board: list[ForecasterScore], title: str | None, total: int, min_forecasts: int
) -> Table:
    heading = f"{total} forecasters" + (f" on: {title}" if title else "")
    if min_forecasts > 1:
        heading += f" with at least {min_forecasts} scored forecasts (--min-forecasts)"
    table = Table(title=heading, caption="Brier: lower is better; 95% bootstrap intervals")
    for column in ("#", "forecaster", "forecasts", "scored", "Brier", "log score", "skill"):
        table.add_column(column, justify="left" if column == "forecaster" else "right")
    for column in ("peer", "lead days"):
        table.add_column(column, justify="right")
    for row in board:
        table.add_row(
            str(row.rank),
            row.forecaster,
            str(row.forecasts),
            str(row.resolved),
            _with_ci(row.brier, row.brier_ci, 3),
            _with_ci(row.log_score, row.log_score_ci, 2),
            _with_ci(row.skill, row.skill_ci, 2),
            _with_ci(row.peer, row.peer_ci, 0),
            _num(row.lead_days, 0),
        )
    return table


def _print_record(record: TrackRecord) -> None:
    console.print(f"[bold]{record.forecaster}[/bold] ({record.forecaster_id})", highlight=False)
    s = record.summary
    if s is None:
        console.print("no scored forecasts yet", highlight=False)
    else:
        console.print(
            f"{s.forecasts} forecasts, {s.resolved} scored on {s.questions} questions: "
            f"Brier {_with_ci(s.brier, s.brier_ci, 3)}, "
            f"log score {_with_ci(s.log_score, s.log_score_ci, 2)}, "
            f"skill {_with_ci(s.skill, s.skill_ci, 2)}, peer {_with_ci(s.peer, s.peer_ci, 0)}, "
            f"lead {_num(s.lead_days, 0)} days",
            highlight=False,
        )
    table = Table(show_lines=True)
    for column in ("said on", "p", "forecast and evidence", "question", "outcome", "Brier"):
        table.add_column(column, justify="right" if column in ("p", "Brier") else "left")
    for e in record.entries:
        evidence = f"{e.proposition}\n[dim]“{e.evidence}”[/dim]"
        if e.condition:
            evidence += f"\n[dim]condition: {e.condition}[/dim]"
        if e.kind != "forecast":
            evidence += f"\n[dim]({e.kind}, not scored)[/dim]"
        questions = [f"{q.title}{' (negated)' if q.negated else ''}" for q in e.questions]
        outcomes = [_outcome(q) for q in e.questions]
        briers = [_num(q.score.brier, 3) if q.score else "" for q in e.questions]
        table.add_row(
            e.said_on.isoformat() if e.said_on else "",
            f"{e.probability:.2f}",
            evidence,
            "\n".join(questions) or "[dim]not filed under a question[/dim]",
            "\n".join(outcomes),
            "\n".join(briers),
        )
    console.print(table)


def _outcome(q: QuestionScore) -> str:
    if q.void:
        return "void (condition unmet)"
    if q.status != "resolved":
        return "open"
    return f"{q.outcome} on {q.resolved_on}"


def _num(value: float | None, digits: int) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def _with_ci(value: float | None, ci: tuple[float, float] | None, digits: int) -> str:
    if value is None:
        return ""
    if ci is None or ci[0] == ci[1]:
        return f"{value:.{digits}f}"
    return f"{value:.{digits}f} [{ci[0]:.{digits}f}, {ci[1]:.{digits}f}]"
