"""Embedding models side by side: load time (fresh process) and sentences per second.

    .venv/bin/python bench/embedding.py [--sentences 2000]

The baseline is all-MiniLM-L6-v2 (sentence-transformers, torch); the figure that matters
is the static model's ratio to it, measured in the same run on the same sentences.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "wikinews.jsonl"
FALLBACK = "Analysts expect the central bank to raise interest rates before the end of the year."

LOAD = """
import time
start = time.perf_counter()
from foretold.questions.embedding import load_embedder
load_embedder({name!r}).encode(["warm up"])
print(time.perf_counter() - start)
"""


def sentences(limit: int) -> list[str]:
    """Sentences from the Wikinews corpus (or one repeated sentence without it)."""
    found: list[str] = []
    if CORPUS.exists():
        for line in CORPUS.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            found += [s for s in re.split(r"(?<=[.!?])\s+", text) if 20 < len(s) < 400]
            if len(found) >= limit:
                break
    return (found or [FALLBACK] * limit)[:limit]


def load_seconds(name: str) -> float:
    """Import and load time of one model in a fresh interpreter."""
    code = LOAD.format(name=name)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def throughput(name: str, texts: list[str]) -> float:
    from foretold.questions.embedding import load_embedder

    model = load_embedder(name)
    model.encode(texts[:32])
    start = time.perf_counter()
    model.encode(texts)
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000)
    args = parser.parse_args()
    texts = sentences(args.sentences)
    rows = {}
    for name in ("minilm", "static"):
        rows[name] = (load_seconds(name), throughput(name, texts))
    base_load, base_rate = rows["minilm"]
    print(f"{len(texts)} sentences")
    print(f"{'model':8} {'load s':>8} {'sentences/s':>12} {'load ratio':>11} {'speed ratio':>12}")
    for name, (load, rate) in rows.items():
        print(
            f"{name:8} {load:8.2f} {rate:12.0f} {load / base_load:11.2f} {rate / base_rate:12.1f}"
        )


if __name__ == "__main__":
    main()
