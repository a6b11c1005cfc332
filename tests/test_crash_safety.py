"""kill -9 in the middle of a batch: every article is either fully stored or absent."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

ARTICLES = 40


def _corpus(shared_data, tmp_path):
    lines = (shared_data / "corpus" / "wikinews.jsonl").read_text().splitlines()
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines[100 : 100 + ARTICLES]) + "\n")
    return path


def _ingest(db, corpus):
    return [sys.executable, "-m", "foretold", "ingest", "--quiet", "--db", str(db), str(corpus)]


def _per_article(db):
    with sqlite3.connect(db) as conn:
        articles = [r[0] for r in conn.execute("SELECT id FROM articles")]
        statements = dict(
            conn.execute("SELECT article_id, count(*) FROM statements GROUP BY article_id")
        )
        forecasts = dict(
            conn.execute("SELECT article_id, count(*) FROM forecasts GROUP BY article_id")
        )
    return {a: (statements.get(a, 0), forecasts.get(a, 0)) for a in articles}


def _count(db):
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_killed_batch_leaves_whole_articles_and_resumes(shared_data, tmp_path):
    corpus = _corpus(shared_data, tmp_path)
    reference_db = tmp_path / "reference.db"
    subprocess.run(_ingest(reference_db, corpus), check=True, capture_output=True)
    reference = _per_article(reference_db)
    assert len(reference) == ARTICLES
    assert sum(s for s, _ in reference.values()) > 0

    crashed_db = tmp_path / "crashed.db"
    process = subprocess.Popen(_ingest(crashed_db, corpus), stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(crashed_db) < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL

    partial = _per_article(crashed_db)
    assert 0 < len(partial) < ARTICLES
    for article_id, counts in partial.items():
        assert counts == reference[article_id], article_id

    resumed = subprocess.run(_ingest(crashed_db, corpus), capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{len(partial)} duplicates" in resumed.stdout
    assert _per_article(crashed_db) == reference
