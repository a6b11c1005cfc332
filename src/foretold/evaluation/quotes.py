"""Score attribution against gold quotes (the format of the quotes dev set's README).

Units: a gold quote is its fragments (``quote_spans``, else the whole span); a predicted unit
is the statements one cue produced in one paragraph (same speaker mention, same cue word at
the same place), so '"X," she said. "Y."' counts as one unit, as in the gold, and 'she said
X and said Y' as two; without a mention, a statement in a
later sentence that is not a quotation after a quotation comes from another cue.

Matching: a predicted and a gold unit match when they share at least half of the words of
the larger one (quote marks and punctuation ignored), one to one, best overlaps first. The
speaker is right when the predicted speaker mention shares at least half of the words of the
smaller of it and the gold source span (or both have none). Precision per kind is over
predicted units of that kind, recall over gold units of that kind.

The baseline is textacy's ``direct_quotations``; on unbalanced quotation marks it is re-run
paragraph by paragraph and paragraphs that still fail are skipped.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from foretold.errors import ForetoldError
from foretold.evaluation.measures import f1, share
from foretold.records import Statement

KINDS = ("direct", "mixed", "indirect")
SCOPES = (*KINDS, "direct+mixed", "all")
_WORD = re.compile(r"\w+")
_PARAGRAPH = re.compile(r"[^\n]+")
_QUOTE_CHARS = set("\"'`\u201c\u201d\u201e\u00ab\u00bb")

Spans = tuple[tuple[int, int], ...]


class GoldFileError(ForetoldError):
    """A gold file could not be read."""


@dataclass(frozen=True, slots=True)
class Unit:
    """One attribution: content fragments, kind, and speaker span(s) (None when unstated)."""

    fragments: Spans
    kind: str
    speaker: Spans | None = None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    quotes: tuple[Unit, ...]


@dataclass
class Counts:
    """Counts for one scope: predicted, gold, span matches and span+speaker matches."""

    predicted: int = 0
    gold: int = 0
    span_hits_pred: int = 0
    span_hits_gold: int = 0
    speaker_hits_pred: int = 0
    speaker_hits_gold: int = 0

    @staticmethod
    def prf(
        hits_pred: int, predicted: int, hits_gold: int, gold: int
    ) -> tuple[float, float, float]:
        p, r = share(hits_pred, predicted), share(hits_gold, gold)
        return p, r, f1(p, r)

    def span(self) -> tuple[float, float, float]:
        return self.prf(self.span_hits_pred, self.predicted, self.span_hits_gold, self.gold)

    def span_speaker(self) -> tuple[float, float, float]:
        return self.prf(self.speaker_hits_pred, self.predicted, self.speaker_hits_gold, self.gold)


@dataclass
class Scores:
    """Counts per scope for one system."""

    name: str
    scopes: dict[str, Counts] = field(default_factory=lambda: {s: Counts() for s in SCOPES})
    articles: int = 0
    skipped_paragraphs: int = 0


def _in_scope(kind: str) -> Iterator[str]:
    yield kind
    if kind in {"direct", "mixed"}:
        yield "direct+mixed"
    yield "all"


def load_gold(path: str | Path, limit: int | None = None) -> list[GoldArticle]:
    """Read a gold JSONL file: one article per line with its quotes."""
    path = Path(path)
    if not path.is_file():
        raise GoldFileError(f"{path}: no such file")
    articles = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            if limit is not None and len(articles) >= limit:
                break
            try:
                record = json.loads(line)
                articles.append(_gold_article(record))
            except (ValueError, KeyError, TypeError) as error:
                raise GoldFileError(f"{path}:{number}: not a gold article ({error})") from error
    return articles


def _gold_article(record: dict[str, Any]) -> GoldArticle:
    quotes = []
    for quote in record["quotes"]:
        fragments = quote.get("quote_spans") or [[quote["quote_start"], quote["quote_end"]]]
        speaker = None
        if quote.get("speaker") is not None:
            speaker_spans = quote.get("speaker_spans") or [
                [quote["speaker_start"], quote["speaker_end"]]
            ]
            speaker = tuple((int(a), int(b)) for a, b in speaker_spans)
        quotes.append(Unit(tuple((int(a), int(b)) for a, b in fragments), quote["kind"], speaker))
    return GoldArticle(record["id"], record["text"], tuple(quotes))


def units_from_statements(text: str, statements: Iterable[Statement]) -> list[Unit]:
    """Group the statements of one cue within a paragraph into one unit. Without a speaker
    mention the cue word alone cannot tell two cues apart, so a statement that opens a new
    sentence after the last one of its group starts a unit of its own, unless both are
    quotations ('"X," the report said. "Y."' is one cue's)."""
    units: list[Unit] = []
    groups: dict[tuple[Any, ...], list[Statement]] = {}
    order: list[tuple[Any, ...]] = []
    latest: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for statement in sorted(statements, key=lambda s: s.start):
        mention = statement.speaker_mention
        paragraph = text.count("\n", 0, statement.start) if mention is None else None
        key = (
            (mention.start, mention.end) if mention else None,
            (statement.cue, statement.cue_start),
            paragraph if mention is None else _paragraph_of(text, statement.start, mention.start),
        )
        if mention is None:
            base = key
            key = latest.get(base, base)
            if key in groups and _new_sentence(text, groups[key][-1], statement):
                key = (*base, len(order))
            latest[base] = key
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(statement)
    for key in order:
        members = groups[key]
        kinds = {s.kind for s in members}
        kind = kinds.pop() if len(kinds) == 1 else "mixed"
        mention = members[0].speaker_mention
        units.append(
            Unit(
                tuple((s.start, s.end) for s in members),
                kind,
                ((mention.start, mention.end),) if mention else None,
            )
        )
    return units


_SENTENCE_BREAK = re.compile(r"[.?!][\"'\u201d]?\s+[\"\u201c]?[A-Z]")


def _new_sentence(text: str, last: Statement, statement: Statement) -> bool:
    """The statement opens a sentence after ``last`` ends, and not both are quotations."""
    if last.kind == "direct" and statement.kind == "direct":
        return False
    return bool(_SENTENCE_BREAK.search(text, last.end - 1, statement.start + 1))


def _paragraph_of(text: str, start: int, anchor: int) -> int:
    """0 when ``start`` is in the anchor's paragraph, else the number of breaks between."""
    low, high = sorted((start, anchor))
    return text.count("\n", low, high)


def quote_kind(text: str, fragments: Spans) -> str:
    """The gold heuristic: direct if every fragment is within quote marks, mixed if any."""
    inside = []
    touches = False
    for start, end in fragments:
        piece = text[max(0, start - 1) : end + 1]
        marks = [c for c in piece if c in _QUOTE_CHARS and c != "'"] or [
            m for m in ("''", "``") if m in piece
        ]
        touches = touches or bool(marks)
        core = text[start:end].strip(" ,.;:!?")
        before = text[max(0, start - 2) : start + 2]
        after = text[max(0, end - 2) : end + 2]
        inside.append(
            any(c in _QUOTE_CHARS for c in before)
            and any(c in _QUOTE_CHARS for c in after)
            and bool(core)
        )
    if inside and all(inside):
        return "direct"
    return "mixed" if touches else "indirect"


class _Words:
    """Word positions of a text, to turn character spans into word sets."""

    def __init__(self, text: str) -> None:
        self.starts = []
        self.ends = []
        for match in _WORD.finditer(text):
            self.starts.append(match.start())
            self.ends.append(match.end())

    def of(self, spans: Spans | None) -> frozenset[int]:
        if not spans:
            return frozenset()
        words: set[int] = set()
        for start, end in spans:
            i = bisect_left(self.ends, start + 1)
            while i < len(self.starts) and self.starts[i] < end:
                words.add(i)
                i += 1
        return frozenset(words)


def match_units(text: str, gold: list[Unit], predicted: list[Unit]) -> list[tuple[int, int, bool]]:
    """One-to-one matches (gold index, predicted index, speaker right), best overlaps first."""
    words = _Words(text)
    gold_words = [words.of(u.fragments) for u in gold]
    pred_words = [words.of(u.fragments) for u in predicted]
    candidates = []
    for g, gw in enumerate(gold_words):
        if not gw:
            continue
        for p, pw in enumerate(pred_words):
            if not pw:
                continue
            shared = len(gw & pw)
            if shared and shared / max(len(gw), len(pw)) >= 0.5:
                candidates.append((shared / max(len(gw), len(pw)), g, p))
    candidates.sort(reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matches = []
    for _, g, p in candidates:
        if g in used_gold or p in used_pred:
            continue
        used_gold.add(g)
        used_pred.add(p)
        matches.append((g, p, speaker_matches(words, gold[g].speaker, predicted[p].speaker)))
    return matches


def speaker_matches(words: _Words, gold: Spans | None, predicted: Spans | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    gw, pw = words.of(gold), words.of(predicted)
    if not gw or not pw:
        return False
    return len(gw & pw) / min(len(gw), len(pw)) >= 0.5


def score_article(scores: Scores, text: str, gold: list[Unit], predicted: list[Unit]) -> None:
    """Add one article's matches to the running counts."""
    matches = match_units(text, gold, predicted)
    scores.articles += 1
    for unit in gold:
        for scope in _in_scope(unit.kind):
            scores.scopes[scope].gold += 1
    for unit in predicted:
        for scope in _in_scope(unit.kind):
            scores.scopes[scope].predicted += 1
    for g, p, speaker_ok in matches:
        for scope in _in_scope(gold[g].kind):
            counts = scores.scopes[scope]
            counts.span_hits_gold += 1
            counts.speaker_hits_gold += speaker_ok
        for scope in _in_scope(predicted[p].kind):
            counts = scores.scopes[scope]
            counts.span_hits_pred += 1
            counts.speaker_hits_pred += speaker_ok


def baseline_units(doc: Any) -> tuple[list[Unit], int]:
    """textacy's direct quotations as units, and the number of paragraphs skipped."""
    from textacy.extract.triples import direct_quotations

    try:
        return [_baseline_unit(t, 0) for t in direct_quotations(doc)], 0
    except ValueError:
        pass
    units: list[Unit] = []
    skipped = 0
    for match in _PARAGRAPH.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or not span.text.strip():
            continue
        try:
            triples = list(direct_quotations(span.as_doc()))
        except ValueError:
            skipped += 1
            continue
        units.extend(_baseline_unit(t, span.start_char) for t in triples)
    return units, skipped


def _baseline_unit(triple: Any, offset: int) -> Unit:
    content = triple.content
    fragments = ((content.start_char + offset, content.end_char + offset),)
    speaker = None
    if triple.speaker:
        first, last = triple.speaker[0], triple.speaker[-1]
        speaker = ((first.idx + offset, last.idx + len(last.text) + offset),)
    return Unit(fragments, "direct", speaker)


@dataclass
class QuoteEvaluation:
    """Scores of the attribution stage and (optionally) the baseline on one gold file."""

    system: Scores
    baseline: Scores | None
    articles: int


HALVES = ("dev", "check")


def half_of(articles: list[GoldArticle], half: str | None) -> list[GoldArticle]:
    """One half of a gold file: ``dev`` keeps the 2nd, 4th, ... articles (the half rules are
    written against), ``check`` the 1st, 3rd, ... (the half a rule must not make worse)."""
    if half is None:
        return articles
    if half not in HALVES:
        raise GoldFileError(f"--half: {half!r} is not one of {', '.join(HALVES)}")
    first = 1 if half == "dev" else 0
    return articles[first::2]


def evaluate_quotes(
    path: str | Path,
    *,
    limit: int | None = None,
    model: str | None = None,
    baseline: bool = True,
    half: str | None = None,
    progress: Callable[[Iterable[GoldArticle], int], Iterable[GoldArticle]] | None = None,
) -> QuoteEvaluation:
    """Run attribution (and the baseline) over a gold file and count matches; ``progress``
    wraps the articles as they are scored (a progress bar)."""
    from foretold.attribution import attribute
    from foretold.ingest.article import make_article
    from foretold.nlp import load_nlp

    gold_articles = half_of(load_gold(path, limit), half)
    nlp = load_nlp(model)
    system = Scores("foretold")
    base = Scores("textacy direct_quotations") if baseline else None
    texts = (g.text for g in gold_articles)
    articles: Iterable[GoldArticle] = gold_articles
    if progress is not None:
        articles = progress(gold_articles, len(gold_articles))
    for gold, doc in zip(articles, nlp.pipe(texts, batch_size=16), strict=True):
        article = make_article(gold.text, clean=False, language="en", source=gold.id)
        attribution = attribute(doc, article)
        predicted = units_from_statements(gold.text, attribution.statements)
        score_article(system, gold.text, list(gold.quotes), predicted)
        if base is not None:
            units, skipped = baseline_units(doc)
            units = [
                Unit(u.fragments, quote_kind(gold.text, u.fragments), u.speaker) for u in units
            ]
            base.skipped_paragraphs += skipped
            score_article(base, gold.text, list(gold.quotes), units)
    return QuoteEvaluation(system, base, len(gold_articles))
