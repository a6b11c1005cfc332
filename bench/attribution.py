"""Throughput of the attribution stage against the bare parse, on the same texts, in one run.

    python bench/attribution.py [--limit N] [--model NAME]

Prints articles per second of ``nlp.pipe`` alone and of ``nlp.pipe`` followed by
``attribute`` on every Doc, and their ratio (the target is at least 0.8). The two passes
alternate over several rounds and the fastest of each counts, since a busy machine slows
whichever pass it happens to overlap. The ratio within one pass (parse time against parse
plus attribution time, clocked separately) is printed too: it does not depend on the load
staying the same between passes.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from foretold.attribution import attribute
from foretold.ingest.article import make_article
from foretold.nlp import load_nlp

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "quotes" / "dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--file", type=Path, default=DEV)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--model", default=None)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with args.file.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    texts = texts[: args.limit] if args.limit else texts
    articles = [make_article(t, clean=False, language="en") for t in texts]
    nlp = load_nlp(args.model)
    list(nlp.pipe(texts[:5]))  # warm up

    bare_times, full_times, inside = [], [], []
    statements = 0
    for _ in range(args.rounds):
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        bare_times.append(time.perf_counter() - start)

        start = time.perf_counter()
        statements = 0
        attributing = 0.0
        for article, doc in zip(articles, nlp.pipe(texts, batch_size=16), strict=True):
            before = time.perf_counter()
            statements += len(attribute(doc, article).statements)
            attributing += time.perf_counter() - before
        full_times.append(time.perf_counter() - start)
        inside.append((full_times[-1] - attributing) / full_times[-1])
    bare, full = min(bare_times), min(full_times)

    n = len(texts)
    print(f"articles: {n}, statements found: {statements}")
    print(f"nlp.pipe alone:           {n / bare:7.2f} articles/s")
    print(f"nlp.pipe + attribution:   {n / full:7.2f} articles/s")
    print(f"ratio: {bare / full:.2f} (target >= 0.80)")
    print(f"ratio within one pass: {max(inside):.2f} (parse time / parse + attribution time)")


if __name__ == "__main__":
    main()
