"""The timeline chart: what the news believed about a question, day by day (matplotlib, Agg)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from foretold.records import Question
from foretold.scoring.records import TimelinePoint
from foretold.scoring.timeline import TimelineEntry


def plot_timeline(
    question: Question,
    points: Sequence[TimelinePoint],
    entries: Sequence[TimelineEntry],
    path: str | Path,
) -> Path:
    """Draw the median of live forecasts (a step line), their range (a band), each forecast
    (a dot) and the resolution (a vertical line) into a PNG file; returns its path."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = Path(path)
    fig, ax = plt.subplots(figsize=(9, 4.5), dpi=100)
    try:
        days = [p.day for p in points]
        medians = [p.median if p.median is not None else float("nan") for p in points]
        if days:
            ax.step(days, medians, where="post", color="tab:blue", linewidth=2, label="median")
            for here, after in zip(points, points[1:], strict=False):
                if here.low is not None and here.high is not None:
                    ax.fill_between(
                        [here.day, after.day], here.low, here.high, color="tab:blue", alpha=0.12
                    )
        if entries:
            ax.scatter(
                [e.said_on for e in entries],
                [e.probability for e in entries],
                color="tab:gray",
                s=18,
                zorder=3,
                label="forecasts",
            )
        if question.resolved_on is not None:
            ax.axvline(
                question.resolved_on,
                color="tab:red",
                linestyle="--",
                label=f"resolved {question.outcome}",
            )
        ax.set_ylim(-0.02, 1.02)
        ax.set_ylabel('probability of "yes"')
        ax.set_title(question.title, fontsize=11)
        ax.grid(alpha=0.3)
        if days or entries:
            ax.legend(loc="best", fontsize=8)
        fig.autofmt_xdate()
        fig.tight_layout()
        out.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(out, format="png")
    finally:
        plt.close(fig)
    return out
