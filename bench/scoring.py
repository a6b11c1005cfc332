"""Benchmark: the full leaderboard and one person's record on a large synthetic store.

Builds a temporary SQLite store with 1,000,000 forecasts by 50,000 forecasters on 10,000
questions (most of them resolved), then times

- the full leaderboard (every forecaster: Brier, log score, skill, peer score, lead time,
  calibration bins, bootstrap intervals), target <= 5 s;
- one person's track record (every forecast with its evidence, questions and scores, plus the
  summary with its peer score), target <= 50 ms; for the busiest forecaster also the first
  record after the cached peer scores were dropped;

and prints each as a ratio against baselines measured in the same run on the same file: one
full pass over the forecasts table in SQL (``SELECT sum(probability) FROM forecasts``), every
forecast fetched into Python (``SELECT rowid, probability``), and one indexed lookup.

    .venv/bin/python bench/scoring.py [--forecasts N] [--questions N] [--forecasters N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np

from foretold.store import open_store
from foretold.store.sqlite import SQLiteStore

LEADERBOARD_TARGET = 5.0
PERSON_TARGET = 0.050
BATCH = 100_000


def build(
    store: SQLiteStore, forecasts: int, questions: int, forecasters: int, seed: int = 1
) -> None:
    """Fill the store with synthetic articles, questions, forecasts, links and conditions."""
    rng = np.random.default_rng(seed)
    conn = store.conn
    conn.execute("PRAGMA synchronous = OFF")
    # bulk load: drop the secondary indexes and triggers, recreate them afterwards and refill
    # `score_rows` (the schema ends up identical; the full-text index stays empty, scoring never
    # reads it)
    deferred = [
        r[0]
        for r in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"
            " AND tbl_name IN ('forecasts', 'links', 'articles', 'questions', 'conditions')"
        )
    ]
    for kind, name in conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger')"
        " AND sql IS NOT NULL"
        " AND tbl_name IN ('forecasts', 'links', 'articles', 'questions', 'conditions')"
    ).fetchall():
        conn.execute(f"DROP {kind} {name}")
    now = datetime.now(UTC).isoformat()
    first = date(2018, 1, 1).toordinal()

    # questions: 80% resolved (yes 40%), 2% of those annulled
    q_ids = [f"q{i:015x}" for i in range(questions)]
    q_resolved = rng.random(questions) < 0.8
    q_yes = rng.random(questions) < 0.4
    q_day = first + 400 + rng.integers(0, 1800, questions)
    q_outcome = np.where(rng.random(questions) < 0.02, "annulled", np.where(q_yes, "yes", "no"))
    with store.transaction() as c:
        c.executemany(
            "INSERT INTO questions (id, title, opened, closes, status, outcome, resolved_on,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    q_ids[i],
                    f"Will event {i} happen?",
                    date.fromordinal(int(q_day[i]) - 700).isoformat(),
                    date.fromordinal(int(q_day[i])).isoformat(),
                    "resolved" if q_resolved[i] else "open",
                    str(q_outcome[i]) if q_resolved[i] else None,
                    date.fromordinal(int(q_day[i])).isoformat() if q_resolved[i] else None,
                    now,
                )
                for i in range(questions)
            ),
        )

    # articles: ten forecasts each
    articles = max(1, forecasts // 10)
    with store.transaction() as c:
        c.executemany(
            "INSERT INTO articles (id, title, body, published, ingested_at, pipeline_version)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            ((f"a{i:015x}", f"Article {i}", "text", None, now, "bench") for i in range(articles)),
        )

    # forecasters: most forecast a few times, a few forecast a lot
    who = np.where(
        rng.random(forecasts) < 0.8,
        rng.integers(0, forecasters, forecasts),
        (forecasters * rng.random(forecasts) ** 3).astype(np.int64),
    )
    skill = rng.normal(0.0, 1.0, forecasters)
    question = rng.integers(0, questions, forecasts)
    truth = np.where(q_yes[question], 1.5, -1.5)
    logit = truth * (0.5 + 0.5 * np.tanh(skill[who])) + rng.normal(0.0, 1.0, forecasts)
    probability = np.round(1.0 / (1.0 + np.exp(-logit)), 2)
    said = q_day[question] - rng.integers(0, 700, forecasts)
    has_horizon = rng.random(forecasts) < 0.3
    horizon_end = said + rng.integers(30, 900, forecasts)
    negated = rng.random(forecasts) < 0.05
    probability = np.where(negated, 1.0 - probability, probability)
    kind = np.where(rng.random(forecasts) < 0.02, "intention", "forecast")
    conditional = np.arange(forecasts) % 97 == 0  # conditional; a third of them marked unmet
    for start in range(0, forecasts, BATCH):
        stop = min(start + BATCH, forecasts)
        with store.transaction() as c:
            c.executemany(
                "INSERT INTO forecasts (id, article_id, kind, forecaster, forecaster_id,"
                ' statement, start, "end", proposition, probability, condition, horizon_end,'
                " said_on, extractor) VALUES (?, ?, ?, ?, ?, ?, 0, 10, ?, ?, ?, ?, ?, 'bench')",
                (
                    (
                        f"f{i:015x}",
                        f"a{i // 10:015x}",
                        str(kind[i]),
                        f"Person {who[i]}",
                        f"person-{who[i]}",
                        "said so",
                        "it happens",
                        float(probability[i]),
                        "if talks fail" if conditional[i] else None,
                        date.fromordinal(int(horizon_end[i])).isoformat()
                        if has_horizon[i]
                        else None,
                        date.fromordinal(int(said[i])).isoformat(),
                    )
                    for i in range(start, stop)
                ),
            )
            c.executemany(
                "INSERT INTO links (forecast_id, question_id, negated, confidence, by, removed,"
                " decided_at) VALUES (?, ?, ?, 0.9, 'machine', ?, ?)",
                (
                    (f"f{i:015x}", q_ids[question[i]], int(negated[i]), int(i % 50 == 0), now)
                    for i in range(start, stop)
                ),
            )
    with store.transaction() as c:
        c.executemany(
            "INSERT INTO conditions (forecast_id, met, decided_at) VALUES (?, ?, ?)",
            ((f"f{i:015x}", int(i % 3 != 0), now) for i in range(0, forecasts, 97)),
        )
    with store.transaction() as c:
        for sql in deferred:
            c.execute(sql)
    store.rebuild_score_rows()  # the triggers that keep it were off during the load
    conn.execute("PRAGMA synchronous = NORMAL")


def timed(action: Callable[[], object], repeat: int = 1) -> tuple[float, object]:
    """Best wall time of ``repeat`` runs, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forecasts", type=int, default=1_000_000)
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--forecasters", type=int, default=50_000)
    parser.add_argument("--people", type=int, default=20, help="person records to time")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        with open_store(path) as store:
            started = time.perf_counter()
            build(store, args.forecasts, args.questions, args.forecasters)
            print(
                f"built {args.forecasts:,} forecasts, {args.questions:,} questions, "
                f"{args.forecasters:,} forecasters in {time.perf_counter() - started:.1f} s "
                f"({path.stat().st_size / 1e6:.0f} MB)"
            )
        # a fresh connection, as a command would open it
        with open_store(path) as store:
            scan, _ = timed(
                lambda: store.conn.execute("SELECT sum(probability) FROM forecasts").fetchone(),
                repeat=3,
            )
            plain = store.conn.cursor()
            plain.row_factory = None
            fetch, _ = timed(
                lambda: plain.execute("SELECT rowid, probability FROM forecasts").fetchall()
            )
            lookup, _ = timed(
                lambda: store.conn.execute(
                    "SELECT * FROM forecasts WHERE id = ?", (f"f{12345:015x}",)
                ).fetchone(),
                repeat=20,
            )
            board_time, board = timed(store.leaderboard)
            rows = board if isinstance(board, list) else []
            print(
                f"baselines: full pass over forecasts in SQL {scan * 1000:.0f} ms, "
                f"all forecasts fetched into Python {fetch * 1000:.0f} ms, "
                f"one forecast by id {lookup * 1e6:.0f} us"
            )
            print(
                f"full leaderboard: {board_time:.2f} s for {len(rows):,} forecasters "
                f"= {board_time / scan:.1f} x full pass, {board_time / fetch:.1f} x fetch all, "
                f"{board_time / LEADERBOARD_TARGET:.2f} x target ({LEADERBOARD_TARGET:.0f} s)"
            )
            counts = store.conn.execute(
                "SELECT forecaster_id, count(*) AS n FROM forecasts GROUP BY forecaster_id"
                " ORDER BY n"
            ).fetchall()
            picks = [counts[len(counts) * k // args.people][0] for k in range(args.people)]
            busiest = counts[-1]
            times = []
            for name in picks:
                elapsed, _ = timed(lambda n=name: store.person_record(n), repeat=3)
                times.append(elapsed)
            # the first record after the cached peer scores were dropped scores everyone on
            # the busiest forecaster's questions (and caches it); later ones read the cache
            with store.transaction() as c:
                c.execute("DELETE FROM peer_cached")
                c.execute("DELETE FROM peer_pairs")
            cold_time, _ = timed(lambda: store.person_record(busiest[0]))
            busiest_time, _ = timed(lambda: store.person_record(busiest[0]), repeat=3)
            median = statistics.median(times)
            print(
                f"person record: median {median * 1000:.1f} ms, slowest {max(times) * 1000:.1f} ms"
                f" over {len(picks)} forecasters = {median / scan:.3f} x full pass, "
                f"{median / lookup:.0f} x one lookup, "
                f"{median / PERSON_TARGET:.2f} x target ({PERSON_TARGET * 1000:.0f} ms)"
            )
            print(
                f"busiest forecaster ({busiest[1]:,} forecasts): {busiest_time * 1000:.1f} ms "
                f"= {busiest_time / scan:.2f} x full pass, "
                f"{busiest_time / PERSON_TARGET:.2f} x target; "
                f"{cold_time * 1000:.1f} ms = {cold_time / scan:.2f} x full pass "
                "with its peer scores not cached yet"
            )


if __name__ == "__main__":
    main()
