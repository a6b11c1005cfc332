"""Forecasts: every prediction in an article, who made it, how sure, by when, on what condition.

`find_forecasts(doc, article, attribution)` works sentence by sentence on the parsed body. It
uses the statements of the attribution stage (when given) for the forecaster and the date the
words were said, and its own fallbacks ("according to X", "X said") elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from foretold.forecasts.condition import find_condition
from foretold.forecasts.detect import (
    QUOTE_BREAK,
    SPEECH_VERBS,
    Candidate,
    find_candidates,
    speaks_for_own_side,
    verb_lemma,
)
from foretold.forecasts.forecaster import Forecaster, find_forecaster, in_quote
from foretold.forecasts.horizon import find_horizon
from foretold.forecasts.proposition import build_proposition
from foretold.ids import record_id
from foretold.records import Article, Forecast, ForecastKind, Person, Statement

EXTRACTOR = "foretold.forecasts.v1"


class AttributionLike(Protocol):
    """What the forecast stage reads from the attribution stage."""

    @property
    def people(self) -> tuple[Person, ...]: ...

    @property
    def statements(self) -> tuple[Statement, ...]: ...


def _attributed(sent: Span, statements: tuple[Statement, ...]) -> Callable[[Token], bool]:
    """Whether someone other than the narrator speaks a clause of the sentence: a statement
    holds the clause head, or the sentence is quoted, has a verb of saying or cites a source."""
    if (
        in_quote(sent)
        or any(verb_lemma(t) in SPEECH_VERBS and t.pos_ == "VERB" for t in sent)
        or "according to" in sent.text.lower()
    ):
        return lambda _token: True
    held = [s for s in statements if s.start < sent.end_char and sent.start_char < s.end]
    return lambda token: any(s.start <= token.idx < s.end for s in held)


def _evidence_span(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The sentence's span, kept within the paragraph of ``at`` and without edge whitespace
    or a stray closing quote from the sentence before."""
    cut = text.rfind("\n\n", start, at)
    if cut >= 0:
        start = cut + 2
    cut = text.find("\n\n", at, end)
    if cut >= 0:
        end = cut
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _clause_text(cand: Candidate) -> str:
    tokens = list(cand.target.subtree)
    doc = cand.target.doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def find_forecasts(
    doc: Doc, article: Article, attribution: AttributionLike | None = None
) -> tuple[Forecast, ...]:
    """Every forecast and stated intention in the article, in text order."""
    statements = tuple(attribution.statements) if attribution is not None else ()
    people = tuple(attribution.people) if attribution is not None else ()
    results: list[Forecast] = []
    seen: set[tuple[object, ...]] = set()
    for sent in doc.sents:
        candidates = find_candidates(sent, attributed=_attributed(sent, statements))
        for cand in candidates:
            forecast = _forecast(cand, article, statements, people)
            # the same prediction read twice from one piece of evidence is one forecast
            key = (
                forecast.start,
                forecast.end,
                forecast.kind,
                forecast.forecaster,
                forecast.probability,
                forecast.probability_words,
            )
            if key not in seen:
                seen.add(key)
                results.append(forecast)
    return tuple(results)


def _forecast(
    cand: Candidate,
    article: Article,
    statements: tuple[Statement, ...],
    people: tuple[Person, ...],
) -> Forecast:
    sent = cand.sent
    start, end = _evidence_span(article.text, sent.start_char, sent.end_char, cand.target.idx)
    start, end = _evidence_cut(article.text, start, end, cand.target.idx)
    start, end = _evidence_span(article.text, start, end, cand.target.idx)
    who = find_forecaster(cand, article, statements, people)
    kind = _kind(cand, who, people)
    said_on = (who.statement.said_on if who.statement else None) or article.published
    clause = cand.clause_text or _clause_text(cand)
    horizon = find_horizon(clause, said_on)
    exclude: set[int] = set()
    if horizon is not None:
        offset = sent.text.find(horizon.text)
        if offset >= 0:
            lo = sent.start_char + offset
            hi = lo + len(horizon.text)
            exclude = {t.i for t in sent if lo <= t.idx < hi}
            exclude.update(
                t.i
                for t in sent
                if t.i + 1 < sent.end
                and t.nbor().i in exclude
                and t.dep_ == "prep"
                and t.lower_ in {"in", "on", "by", "until", "before", "within"}
            )
    from foretold.forecasts.detect import subject_of

    proposition = build_proposition(cand.target, subject_of(cand.target), exclude, cand.clause_text)
    condition = cand.condition or find_condition(cand.target, list(cand.chain))
    if condition is None and sent[0].lower_ in {"if", "unless"}:
        head = sent[0].head
        tokens = sorted(head.subtree, key=lambda t: t.i)
        condition = sent.doc[tokens[0].i : tokens[-1].i + 1].text.strip(" ,")
    return Forecast(
        id=record_id(article.id, start, end, kind, cand.target.i),
        article_id=article.id,
        forecaster=who.name,
        statement=article.text[start:end],
        start=start,
        end=end,
        proposition=proposition or clause,
        probability=cand.reading.probability,
        forecaster_id=who.id,
        forecaster_role=who.role,
        statement_id=who.statement.id if who.statement else None,
        probability_words=cand.reading.words,
        condition=condition,
        horizon=horizon,
        said_on=said_on,
        kind=kind,
        extractor=EXTRACTOR,
    )


def _titles(doc: Doc, name: str) -> str:
    """The words of title before the name's mentions ("U.S. President Barack Obama")."""
    last = name.split()[-1] if name.split() else ""
    words: list[str] = []
    for token in doc:
        if token.text != last:
            continue
        i = token.i - len(name.split())
        while i >= 0 and token.i - i <= 8 and doc[i].pos_ in {"PROPN", "NOUN", "ADP", "DET"}:
            if doc[i].is_title or doc[i].pos_ == "ADP":
                words.append(doc[i].text)
            i -= 1
    return " ".join(words)


def _evidence_cut(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """Two quotations run together in one sentence ('"..." "..."') are two pieces of evidence."""
    for match in QUOTE_BREAK.finditer(text, start, end):
        opening = match.end() - 1
        if opening <= at:
            start = opening
        else:
            end = match.start() + len(match.group().split()[0])
            break
    return start, end


def _kind(cand: Candidate, who: Forecaster, people: tuple[Person, ...]) -> ForecastKind:
    """The candidate's kind, checked against who speaks: a speaker's own organisation ("the
    House", for its Speaker; "the banks", for a bank) acts by plan."""
    from foretold.forecasts.detect import subject_of

    sub = subject_of(cand.target)
    organisation = any(p.name == who.name and p.kind == "organization" for p in people) or any(
        e.label_ == "ORG"
        and e.text.removeprefix("the ").lower() == who.name.removeprefix("the ").lower()
        for e in cand.sent.doc.ents
    )
    role = " ".join(filter(None, (who.role, _titles(cand.sent.doc, who.name))))
    if cand.kind == "forecast" and speaks_for_own_side(cand, sub, role, organisation):
        return "intention"
    return cand.kind


__all__ = ["EXTRACTOR", "find_forecasts"]
