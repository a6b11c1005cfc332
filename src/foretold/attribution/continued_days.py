"""A report that goes on with the speaker's report just before it was made on the same day:
after "Lee said on Monday the plant would close." the next sentence of the paragraph "Lee also
said the workers would be paid." or "She added that talks would go on." tells more of what was
said on that occasion, so it was said on Monday too. The sentence's cue says it goes on: "also"
on the verb of saying, or "add"; the report before it, in the sentence right before, is by the
same speaker and has a day, and the report that goes on has none of its own. A report in
another paragraph, one whose cue neither adds nor says "also" ("Lee said the plant was
old."), or one whose cue carries a time phrase of its own, even one the date reading resolves
to no day ("Lee also said last year ..."), may be of another occasion and keeps no day. A day
so carried passes on down a run of such reports ("said on Sunday ... also said ... added").

A quotation that backs up the paraphrase before it goes on with it too: after "Lee said on
Monday the plant would close." the next sentence '"We tried everything," she said.' gives her
words on that occasion, as news writing sets a report's quotation right after its gist. The
statement is a direct quotation by the same speaker, in the same paragraph, right after the
dated report, and its verb carries no time phrase of its own ('"Q," she said in 2015'). A
day read from a source ("according to the report dated May 2, ...") names no occasion of
speaking, so a quotation after it keeps no day.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from foretold.attribution.tagged_entities import DATE_ENTS
from foretold.records import Statement

# Verbs of saying that tell more of what was said on the same occasion.
_ADDING_VERBS = frozenset({"add"})


def continued_days(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """The statements, each undated one that goes on with the speaker's dated report in the
    sentence right before it given that report's day (see the module's note); a day so given
    passes on down a run of such reports ("said on Sunday ... also said ... added ...")."""
    sentences = list(doc.sents)
    starts = [s.start_char for s in sentences]
    numbers = [bisect_right(starts, s.start) - 1 for s in statements]
    days: dict[tuple[int, str], set[date]] = {}
    ends: dict[tuple[int, str], int] = {}
    spoken: set[tuple[int, str]] = set()  # reports whose day is an occasion of speaking
    out = list(statements)
    for index in sorted(range(len(statements)), key=lambda i: statements[i].start):
        statement, number = statements[index], numbers[index]
        if statement.speaker is None:
            continue
        key = (number, statement.speaker)
        day = statement.said_on
        if day is None and number > 0:
            day = _carried_day(doc, statement, sentences[number], days, ends, spoken, number - 1)
            if day is not None:
                out[index] = replace(statement, said_on=day)
        if day is not None:
            days.setdefault(key, set()).add(day)
            ends[key] = max(ends.get(key, 0), statement.end)
            if not statement.cue.lower().startswith("according"):
                spoken.add(key)
    return out


def _carried_day(
    doc: Doc,
    statement: Statement,
    sentence: Span,
    days: dict[tuple[int, str], set[date]],
    ends: dict[tuple[int, str], int],
    spoken: set[tuple[int, str]],
    previous: int,
) -> date | None:
    """The day of the speaker's report in sentence ``previous``, the one before, when there is
    one day, the report is in the same paragraph and the statement's cue goes on with it."""
    key = (previous, statement.speaker or "")
    found = days.get(key, set())
    if len(found) != 1:
        return None  # none, or reports of several days
    if "\n" in doc.text[ends[key] : statement.start]:
        return None  # a new paragraph
    if _going_on(sentence, statement.cue) or (
        key in spoken and _backing_quote(sentence, statement)
    ):
        return next(iter(found))
    return None


def _backing_quote(sentence: Span, statement: Statement) -> bool:
    """A direct quotation whose verb of saying has no time phrase of its own: '"We tried
    everything," she said.' after the speaker's dated paraphrase."""
    if statement.kind != "direct":
        return False
    verbs = [t for t in sentence if t.text == statement.cue and t.pos_ in {"VERB", "AUX"}]
    return bool(verbs) and not any(_own_time(verb) or _dated_phrase(verb) for verb in verbs)


def _dated_phrase(verb: Token) -> bool:
    """A time somewhere inside a phrase on the verb: "said [in a 2015 interview]"."""
    return any(
        t.ent_type_ in DATE_ENTS
        for child in verb.children
        if child.dep_ in {"prep", "npadvmod", "advmod"}
        for t in child.subtree
    )


def _going_on(sentence: Span, cue: str) -> bool:
    """A verb of saying in the sentence, the statement's cue, that tells more of the same
    occasion: "Lee [also said] ...", "she [added] ..."."""
    verbs = [t for t in sentence if t.text == cue and t.pos_ in {"VERB", "AUX"}]
    return any(_adding(verb) and not _own_time(verb) for verb in verbs)


def _adding(verb: Token) -> bool:
    """ "added", or a verb with "also" on it: "also said"."""
    return verb.lemma_.lower() in _ADDING_VERBS or any(
        c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children
    )


def _own_time(verb: Token) -> bool:
    """A time phrase on the verb itself, a day or not: "also said [last year]", "added [in
    March]"."""
    for child in verb.children:
        if child.ent_type_ in DATE_ENTS:
            return True
        if child.dep_ == "prep" and any(c.ent_type_ in DATE_ENTS for c in child.children):
            return True
    return False
