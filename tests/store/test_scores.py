import math
from datetime import date

import numpy as np
import pytest

from foretold.errors import NotFound, StoreError
from foretold.ingest.article import make_article
from foretold.questions.effective import effective_probability
from foretold.records import Extraction, Forecast, Horizon, Link
from foretold.scoring.leaderboard import leaderboard
from foretold.scoring.rules import brier
from foretold.scoring.table import ScoredForecasts, ScoreRow
from foretold.store.articles import insert_article
from foretold.store.forecasts import write_forecasts
from foretold.store.sqlite import SQLiteStore

SAID = date(2021, 12, 6)
EPOCH = date(1970, 1, 1).toordinal()
RESOLVED = date(2022, 2, 24)


class _Store(SQLiteStore):
    """The real SQLite store, with helpers that write forecasts and questions directly."""

    def add(self, *forecasts, text="Analysts spoke about what comes next.", published=SAID):
        article = make_article(text, publisher="Example News", published=published)
        records = tuple(
            Forecast(**{"article_id": article.id, "statement": text, **f}) for f in forecasts
        )
        with self.conn:
            self.conn.execute("BEGIN")
            insert_article(self.conn, article)
            write_forecasts(self.conn, Extraction(article=article, forecasts=records))
        return article

    def question(self, qid="q1", title="Will Russia launch a military offensive into Ukraine?"):
        self.conn.execute(
            "INSERT INTO questions (id, title, created_at) VALUES (?, ?, '2021-12-01')",
            (qid, title),
        )

    def link(self, forecast_id, qid="q1", negated=False, removed=False):
        self.conn.execute(
            "INSERT INTO links (forecast_id, question_id, negated, by, removed, decided_at)"
            " VALUES (?, ?, ?, 'machine', ?, '2021-12-07')",
            (forecast_id, qid, int(negated), int(removed)),
        )


@pytest.fixture
def store(tmp_path):
    opened = _Store(tmp_path / "scores.db")
    yield opened
    opened.conn.close()


def forecast(fid, who, p, said_on=SAID, **extra):
    return {
        "id": fid,
        "forecaster": who,
        "forecaster_id": who.lower().replace(" ", "-"),
        "start": 0,
        "end": 5,
        "proposition": "Russia invades Ukraine",
        "probability": p,
        "said_on": said_on,
        **extra,
    }


def by_name(board):
    return {row.forecaster: row for row in board}


def test_resolve_records_outcome_day_and_source(store):
    store.question()
    question = store.resolve_question("q1", "yes", RESOLVED, "https://example.org/news")
    assert (question.status, question.outcome, question.resolved_on) == (
        "resolved",
        "yes",
        RESOLVED,
    )
    assert question.source == "https://example.org/news"


def test_resolve_accepts_a_unique_id_prefix(store):
    store.question("abc123")
    assert store.resolve_question("abc", "no", RESOLVED).id == "abc123"


def test_resolve_refuses_unknown_question_and_bad_outcome(store):
    store.question()
    with pytest.raises(NotFound, match="'nope'"):
        store.resolve_question("nope", "yes", RESOLVED)
    with pytest.raises(StoreError, match="'maybe'"):
        store.resolve_question("q1", "maybe", RESOLVED)


def test_question_board_scores_linked_forecasts_with_hand_computed_brier(store):
    store.add(
        forecast("s1", "Tatiana Stanovaya", 0.8),
        forecast("s2", "Tatiana Stanovaya", 0.7),
        forecast("l1", "Fyodor Lukyanov", 0.2),
    )
    store.question()
    for fid in ("s1", "s2", "l1"):
        store.link(fid)
    store.resolve_question("q1", "yes", RESOLVED)
    board = by_name(store.leaderboard(question_id="q1"))
    assert board["Tatiana Stanovaya"].brier == pytest.approx((0.04 + 0.09) / 2)
    assert board["Fyodor Lukyanov"].brier == pytest.approx(0.64)
    assert board["Tatiana Stanovaya"].rank == 1
    assert board["Tatiana Stanovaya"].lead_days == (RESOLVED - SAID).days
    assert board["Tatiana Stanovaya"].peer > 0 > board["Fyodor Lukyanov"].peer


def test_negated_link_turns_the_probability_around(store):
    store.add(forecast("n1", "Many analysts", 0.8))  # "doubt it will happen", filed negated
    store.question()
    store.link("n1", negated=True)
    store.resolve_question("q1", "yes", RESOLVED)
    (row,) = store.leaderboard(question_id="q1")
    assert row.brier == pytest.approx((0.2 - 1) ** 2)


def test_removed_links_intentions_and_void_conditions_do_not_count(store):
    store.add(
        forecast("a", "Counted", 0.9),
        forecast("b", "Unlinked By Person", 0.9),
        forecast("c", "Just Intending", 0.9, kind="intention"),
        forecast("d", "Condition Failed", 0.1, condition="if the talks fail"),
    )
    store.question()
    store.link("a")
    store.link("b", removed=True)
    store.link("c")
    store.link("d")
    store.conn.execute("INSERT INTO conditions VALUES ('d', 0, '2022-01-01')")
    store.resolve_question("q1", "yes", RESOLVED)
    assert [r.forecaster for r in store.leaderboard(question_id="q1")] == ["Counted"]


def test_a_yes_after_the_horizon_ended_counts_against_the_forecast(store):
    early = Horizon(date(2022, 1, 1), date(2022, 1, 31), "in January")
    store.add(forecast("h", "Too Early", 0.9, horizon=early))
    store.question()
    store.link("h")
    store.resolve_question("q1", "yes", RESOLVED)
    (row,) = store.leaderboard(question_id="q1")
    assert row.brier == pytest.approx(0.81)


def test_open_annulled_and_after_the_fact_forecasts_are_not_scored(store):
    store.add(forecast("x", "Hindsight", 0.99, said_on=date(2022, 3, 1)))
    store.add(forecast("o", "Open Question", 0.5), text="Another article about the future.")
    for qid in ("q1", "q2", "q3"):
        store.question(qid, f"Question {qid}")
    store.link("x", "q1")
    store.link("o", "q2")
    store.link("o", "q3")
    store.resolve_question("q1", "yes", RESOLVED)
    store.resolve_question("q3", "annulled", RESOLVED)
    assert store.leaderboard(min_resolved=1) == []
    assert store.scored_forecasts().size == 0


def test_full_board_hides_forecasters_below_the_minimum_count(store):
    store.add(
        *[forecast(f"m{i}", "Many Calls", 0.7) for i in range(5)], forecast("one", "One", 1.0)
    )
    for i in range(5):
        store.question(f"q{i}", f"Question {i}")
        store.link(f"m{i}", f"q{i}")
        store.resolve_question(f"q{i}", "yes", RESOLVED)
    store.link("one", "q0")
    full = store.leaderboard()
    assert [r.forecaster for r in full] == ["Many Calls"]
    assert full[0].forecasts == 5 and full[0].questions == 5
    assert {r.forecaster for r in store.leaderboard(question_id="q0")} == {"Many Calls", "One"}


def test_person_record_lists_every_forecast_with_evidence_question_and_score(store):
    text = "Stanovaya said Putin is no longer bluffing."
    store.add(
        forecast("s1", "Tatiana Stanovaya", 0.8),
        forecast("s2", "Tatiana Stanovaya", 0.6),
        text=text,
    )
    store.add(forecast("l1", "Fyodor Lukyanov", 0.2), text="Lukyanov doubted it.")
    store.question()
    store.link("s1")
    store.link("l1")
    store.resolve_question("q1", "yes", RESOLVED)
    record = store.person_record("stanovaya")
    assert (record.forecaster, record.forecaster_id) == ("Tatiana Stanovaya", "tatiana-stanovaya")
    entries = {e.forecast_id: e for e in record.entries}
    assert set(entries) == {"s1", "s2"}
    assert entries["s1"].evidence == text
    (filed,) = entries["s1"].questions
    assert filed.title.startswith("Will Russia")
    assert filed.score.brier == pytest.approx(0.04)
    assert filed.score.log_score == pytest.approx(math.log(0.8))
    assert filed.score.lead_days == (RESOLVED - SAID).days
    assert entries["s2"].questions == ()
    assert record.summary.resolved == 1 and record.summary.forecasts == 2
    assert record.summary.peer > 0


def test_person_lookup_refuses_unknown_and_ambiguous_names(store):
    store.add(forecast("a", "Anna Smith", 0.5), forecast("b", "Anna Jones", 0.5))
    with pytest.raises(NotFound, match="several"):
        store.person_record("Anna")
    with pytest.raises(NotFound, match="no forecaster"):
        store.person_record("Nobody Here")
    assert store.person_record("anna-jones").forecaster == "Anna Jones"


def test_timeline_takes_the_median_of_live_oriented_forecasts(store):
    store.add(forecast("a", "A", 0.2, said_on=date(2022, 1, 1)))
    store.add(forecast("b", "B", 0.9, said_on=date(2022, 1, 5)), text="B spoke.")
    store.add(forecast("c", "C", 0.3, said_on=date(2022, 1, 10)), text="C spoke.")
    store.question()
    store.link("a")
    store.link("b")
    store.link("c", negated=True)  # 0.7 that it happens
    store.resolve_question("q1", "yes", date(2022, 2, 1))
    points = [(p.day.isoformat(), p.live, p.median) for p in store.question_timeline("q1")]
    assert points == [
        ("2022-01-01", 1, 0.2),
        ("2022-01-05", 2, pytest.approx(0.55)),
        ("2022-01-10", 3, pytest.approx(0.7)),
        ("2022-02-01", 0, None),
    ]


@pytest.mark.parametrize("negated", [False, True])
@pytest.mark.parametrize("horizon_end", [None, date(2022, 1, 31), date(2022, 12, 31)])
@pytest.mark.parametrize("condition_met", [None, True, False])
@pytest.mark.parametrize("outcome", ["yes", "no"])
def test_scores_follow_the_effective_probability_rule(
    store, negated, horizon_end, condition_met, outcome
):
    horizon = Horizon(None, horizon_end, "by then") if horizon_end else None
    spec = forecast("f", "Someone", 0.7, horizon=horizon, condition="if talks fail")
    store.add(spec)
    store.question()
    store.link("f", negated=negated)
    if condition_met is not None:
        store.conn.execute("INSERT INTO conditions VALUES ('f', ?, '2022-01-01')", (condition_met,))
    question = store.resolve_question("q1", outcome, RESOLVED)
    record = Forecast(**{"article_id": "a", "statement": "s", **spec})
    expected = effective_probability(
        record, Link("f", "q1", negated=negated), question, condition_met
    )
    board = store.leaderboard(question_id="q1")
    if expected is None:
        assert board == []
    else:
        (row,) = board
        assert row.brier == pytest.approx(brier(expected, outcome == "yes"))


def test_score_rows_follow_later_changes_and_a_rebuild_gives_the_same_rows(store):
    store.add(forecast("a", "A", 0.8), forecast("b", "B", 0.3, condition="if talks fail"))
    store.question()
    store.link("a")
    store.link("b")
    store.resolve_question("q1", "yes", RESOLVED)
    assert {r.forecaster for r in store.leaderboard(question_id="q1")} == {"A", "B"}
    store.conn.execute("INSERT INTO conditions VALUES ('b', 0, '2022-01-01')")
    store.conn.execute("UPDATE links SET negated = 1 WHERE forecast_id = 'a'")
    (row,) = store.leaderboard(question_id="q1")
    assert (row.forecaster, row.brier) == ("A", pytest.approx(0.64))
    store.conn.execute("DELETE FROM conditions")
    store.conn.execute("DELETE FROM links WHERE forecast_id = 'a'")
    assert [r.forecaster for r in store.leaderboard(question_id="q1")] == ["B"]
    before = store.conn.execute("SELECT * FROM score_rows ORDER BY forecast_id").fetchall()
    assert store.rebuild_score_rows() == 1
    after = store.conn.execute("SELECT * FROM score_rows ORDER BY forecast_id").fetchall()
    assert [tuple(r) for r in before] == [tuple(r) for r in after]


def _random_store(store, seed):
    """A small store with every case the rules name: negated, removed and machine links,
    intentions, unmet conditions, horizons, open and annulled questions, forecasts made after
    the resolution or on unknown days, several forecasts by one person on one day."""
    with store.transaction():
        _fill_randomly(store, np.random.default_rng(seed))


def _fill_randomly(store, rng):
    day0 = date(2022, 1, 1).toordinal()
    store.conn.execute(
        "INSERT INTO articles (id, title, body, published, ingested_at, pipeline_version)"
        " VALUES ('a', 'Article', 'text', NULL, '2022-01-01', 'test')"
    )
    outcomes = ["yes", "no", "yes", "no", "annulled", None]
    for i in range(8):
        outcome = outcomes[i % len(outcomes)]
        store.question(f"q{i}", f"Question {i}")
        if outcome is not None:
            store.resolve_question(
                f"q{i}", outcome, date.fromordinal(day0 + int(rng.integers(20, 60)))
            )
    for i in range(160):
        who = int(rng.integers(0, 12))
        said = None if rng.random() < 0.05 else date.fromordinal(day0 + int(rng.integers(0, 50)))
        horizon = date.fromordinal(day0 + int(rng.integers(5, 70))) if rng.random() < 0.3 else None
        store.conn.execute(
            "INSERT INTO forecasts (id, article_id, kind, forecaster, forecaster_id, statement,"
            ' start, "end", proposition, probability, condition, horizon_end, said_on, extractor)'
            " VALUES (?, 'a', ?, ?, ?, 's', 0, 1, 'p', ?, ?, ?, ?, 'test')",
            (
                f"f{i}",
                "intention" if rng.random() < 0.05 else "forecast",
                f"Person {who}",
                None if who == 11 else f"person-{who}",
                float(rng.choice([0.0, 0.05, 0.2, 0.5, 0.7, 0.93, 1.0])),
                "if talks fail" if i % 7 == 0 else None,
                horizon and horizon.isoformat(),
                said and said.isoformat(),
            ),
        )
        store.link(f"f{i}", f"q{int(rng.integers(0, 8))}", rng.random() < 0.2, rng.random() < 0.05)
        if i % 7 == 0 and i % 2 == 0:
            store.conn.execute("INSERT INTO conditions VALUES (?, 0, '2022-01-01')", (f"f{i}",))


def _reference(conn):
    """Per forecaster: the scores the module docstrings define, computed the plain way."""
    from collections import defaultdict
    from datetime import timedelta

    def day(text):
        return None if text is None else date.fromisoformat(text).toordinal()

    pairs = defaultdict(list)  # forecaster -> [(question, p, happened, said, live_until, resolved)]
    for r in conn.execute(
        "SELECT COALESCE(f.forecaster_id, f.forecaster), f.kind, f.probability, f.condition,"
        " f.horizon_end, f.said_on, l.negated, l.removed, q.id, q.status, q.outcome,"
        " q.resolved_on, c.met FROM links l JOIN forecasts f ON f.id = l.forecast_id"
        " JOIN questions q ON q.id = l.question_id"
        " LEFT JOIN conditions c ON c.forecast_id = f.id"
    ):
        key, kind, prob, condition, horizon, said, negated, removed, qid = tuple(r)[:9]
        status, outcome, resolved_on, met = tuple(r)[9:]
        if kind != "forecast" or removed or status != "resolved" or outcome == "annulled":
            continue
        if condition and met == 0:
            continue
        resolved, said, horizon = day(resolved_on), day(said), day(horizon)
        if said is not None and said > resolved:
            continue
        p = 1.0 - prob if negated else prob
        happened = outcome == "yes" and (horizon is None or horizon >= resolved)
        live_until = resolved if horizon is None else min(horizon + 1, resolved)
        pairs[key].append((qid, p, happened, said, live_until, resolved))
    assert timedelta  # days are ordinals throughout

    # peer score: walk every day of every question
    intervals = defaultdict(lambda: defaultdict(dict))  # question -> forecaster -> start -> [x, e]
    for key, rows in pairs.items():
        for qid, p, happened, said, live_until, _ in rows:
            if said is None:
                continue
            x = math.log(min(max(p, 0.01), 0.99) if happened else 1 - min(max(p, 0.01), 0.99))
            slot = intervals[qid][key].setdefault(said, [[], said + 1])
            slot[0].append(x)
            slot[1] = max(slot[1], live_until, said + 1)
    peer = defaultdict(list)
    for by_forecaster in intervals.values():
        spans = {}  # forecaster -> [(start, end, x)]
        for key, starts in by_forecaster.items():
            ordered = sorted(starts)
            spans[key] = [
                (s, min(starts[s][1], ordered[k + 1]) if k + 1 < len(ordered) else starts[s][1],
                 sum(starts[s][0]) / len(starts[s][0]))
                for k, s in enumerate(ordered)
            ]  # fmt: skip
        first = min(s for runs in spans.values() for s, _, _ in runs)
        last = max(e for runs in spans.values() for _, e, _ in runs)
        totals, crowded = defaultdict(float), set()
        for t in range(first, last):
            standing = {k: x for k, runs in spans.items() for s, e, x in runs if s <= t < e}
            if len(standing) < 2:
                continue
            everyone = sum(standing.values())
            for k, x in standing.items():
                totals[k] += x - (everyone - x) / (len(standing) - 1)
                crowded.add(k)
        for k in crowded:
            peer[k].append(100.0 * totals[k] / (last - first))

    out = {}
    for key, rows in pairs.items():
        briers = [(p - happened) ** 2 for _, p, happened, _, _, _ in rows]
        logs = [
            math.log(min(max(p, 0.01), 0.99) if h else 1 - min(max(p, 0.01), 0.99))
            for _, p, h, _, _, _ in rows
        ]
        leads = [resolved - said for *_, said, _, resolved in rows if said is not None]
        out[key] = {
            "resolved": len(rows),
            "brier": sum(briers) / len(rows),
            "log_score": sum(logs) / len(rows),
            "skill": 1 - sum(briers) / len(rows) / 0.25,
            "questions": len({r[0] for r in rows}),
            "lead_days": sum(leads) / len(leads) if leads else None,
            "peer": sum(peer[key]) / len(peer[key]) if peer[key] else None,
        }
    return out


@pytest.mark.parametrize("seed", [1, 2])
def test_full_board_equals_a_plain_reference_on_a_random_store(store, seed):
    _random_store(store, seed)
    expected = _reference(store.conn)
    board = store.leaderboard(min_resolved=1, resamples=200)
    assert {row.forecaster_id for row in board} == set(expected)
    for row in board:
        want = expected[row.forecaster_id]
        for field, value in want.items():
            got = getattr(row, field)
            assert (got is None) == (value is None), (row.forecaster_id, field)
            if value is not None:
                assert got == pytest.approx(value, abs=1e-9), (row.forecaster_id, field)
    briers = [row.brier for row in board]
    assert briers == sorted(briers)
    # the intervals and calibration equal those of the plain table path (`from_rows`)
    rows = [
        ScoreRow(
            forecaster=name,
            forecaster_id=key,
            question_id=qid,
            probability=p,
            happened=happened,
            said_on=None if said is None else date.fromordinal(int(said) + EPOCH),
            live_until=date.fromordinal(int(until) + EPOCH),
            resolved_on=date.fromordinal(int(resolved) + EPOCH),
        )
        for key, name, qid, p, happened, said, until, resolved in _table_rows(store)
    ]
    counts = dict(
        store.conn.execute(
            "SELECT COALESCE(forecaster_id, forecaster), count(*) FROM forecasts"
            " WHERE kind = 'forecast' GROUP BY 1"
        ).fetchall()
    )
    plain = leaderboard(ScoredForecasts.from_rows(rows, counts), min_resolved=1, resamples=200)
    assert [r.forecaster_id for r in plain] == [r.forecaster_id for r in board]
    for fast, slow in zip(board, plain, strict=True):
        assert fast.forecasts == slow.forecasts and fast.calibration == slow.calibration
        for field in ("brier_ci", "log_score_ci", "skill_ci", "peer_ci"):
            assert getattr(fast, field) == pytest.approx(getattr(slow, field), abs=1e-9)


def _table_rows(store):
    """The scored pairs the full view reads, through the per-question path."""
    names = dict(
        store.conn.execute("SELECT COALESCE(forecaster_id, forecaster), forecaster FROM forecasts")
    )
    out = []
    for qid in [r[0] for r in store.conn.execute("SELECT id FROM questions")]:
        try:
            view = store.scored_forecasts(question_id=qid)
        except NotFound:
            continue
        for i in range(view.size):
            key = view.forecaster_ids[view.forecaster[i]]
            out.append(
                (
                    key,
                    names[key],
                    qid,
                    float(view.probability[i]),
                    bool(view.happened[i]),
                    None if np.isnan(view.said_day[i]) else view.said_day[i],
                    view.live_until_day[i],
                    view.resolved_day[i],
                )
            )
    return out


@pytest.mark.parametrize("seed", [3])
def test_person_summaries_follow_the_reference_through_cached_peer_scores(store, seed):
    _random_store(store, seed)

    def check():
        expected = _reference(store.conn)
        for key, want in expected.items():
            summary = store.person_record(key).summary
            assert summary.resolved == want["resolved"]
            assert summary.brier == pytest.approx(want["brier"], abs=1e-9)
            assert (summary.peer is None) == (want["peer"] is None)
            if want["peer"] is not None:
                assert summary.peer == pytest.approx(want["peer"], abs=1e-9)

    check()
    assert store.conn.execute("SELECT count(*) FROM peer_cached").fetchone()[0] > 0
    # later changes drop the cached scores of the questions they touch
    store.conn.execute("UPDATE links SET negated = 1 - negated WHERE rowid % 3 = 0")
    store.conn.execute("UPDATE forecasts SET said_on = '2022-01-02' WHERE rowid % 5 = 0")
    store.resolve_question("q0", "no", date(2022, 2, 10))
    check()
