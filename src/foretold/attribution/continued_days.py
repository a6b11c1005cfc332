"""A report that goes on with the speaker's report just before it was made on the same day:
after "Lee said on Monday the plant would close." the next sentence of the paragraph "Lee also
said the workers would be paid." or "She added that talks would go on." tells more of what was
said on that occasion, so it was said on Monday too. The sentence's cue says it goes on: "also"
on the verb of saying, or "add"; the report before it, in the sentence right before or in the
last before it in the paragraph that reports any words (past sentences of narration: "Lee said
on Monday the plant would close. Its 300 staff were sent home. Lee also said ..."), is by the
same speaker and has a day, and the report that goes on has none of its own. A report in
another paragraph, one whose cue neither adds nor says "also" ("Lee said the plant was
old."), or one whose cue carries a time phrase of its own, even one the date reading resolves
to no day ("Lee also said last year ..."), may be of another occasion and keeps no day. A day
so carried passes on down a run of such reports ("said on Sunday ... also said ... added"). A
report that runs over several sentences ('Lee said on Monday, "We tried. It failed."') is the
one right before the sentence after its last.

A quotation that backs up the paraphrase before it goes on with it too: after "Lee said on
Monday the plant would close." the next sentence '"We tried everything," she said.' gives her
words on that occasion, as news writing sets a report's quotation right after its gist. The
statement is a direct quotation by the same speaker, in the same paragraph, right after the
dated report, and its verb carries no time phrase of its own ('"Q," she said in 2015'). A
day read from a source ("according to the report dated May 2, ...") names no occasion of
speaking, so a quotation after it keeps no day. A time inside a quotation is what was said, not
a time of the verb ('"Three months ago," she said, "we began."'), though the parser may hang it
on the verb.

A report whose verb names its occasion as one told of before, "in the speech", "in the
statement", "in his resignation speech", was made on that occasion: it takes the day of the
speaker's last report of an occasion, in any sentence or paragraph before ("Lee announced her
resignation on Monday in a video. [...] In her speech, she said ..."), unless the verb has a
time of its own ("in the speech of 2015").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from foretold.attribution.content_ends import POSSESSIVES
from foretold.attribution.dates import OCCASION_NOUNS
from foretold.attribution.sentence_index import SentenceIndex
from foretold.attribution.tagged_entities import DATE_ENTS
from foretold.attribution.token_index import tokens_spelled
from foretold.records import Statement

# Determiners that point back at an occasion already told of: "in [the] speech".
_POINTING = frozenset({"the", "that", "this"})
# Verbs of saying that tell more of what was said on the same occasion.
_ADDING_VERBS = frozenset({"add"})


def continued_days(
    doc: Doc, statements: list[Statement], text: str | None = None
) -> list[Statement]:
    """The statements, each undated one that goes on with the speaker's dated report in the
    sentence right before it given that report's day (see the module's note); a day so given
    passes on down a run of such reports ("said on Sunday ... also said ... added ...")."""
    text = doc.text if text is None else text  # Doc.text joins every token
    sentence_index = SentenceIndex.of(doc)
    sentences = sentence_index.sentences
    numbers = [sentence_index.number(s.start) for s in statements]
    lasts = [sentence_index.number(max(s.start, s.end - 1)) for s in statements]
    quoted = [(s.start, s.end) for s in statements if s.kind == "direct"]
    voiced = {n for first, last in zip(numbers, lasts, strict=True) for n in range(first, last + 1)}
    days: dict[tuple[int, str], set[date]] = {}
    ends: dict[tuple[int, str], int] = {}
    spoken: set[tuple[int, str]] = set()  # reports whose day is an occasion of speaking
    latest: dict[str, date] = {}  # the day of each speaker's last report of an occasion
    out = list(statements)
    for index in sorted(range(len(statements)), key=lambda i: statements[i].start):
        statement, number = statements[index], numbers[index]
        if statement.speaker is None:
            continue
        day = statement.said_on
        if day is None and number > 0:
            reach = _last_voiced(text, sentences, voiced, number)
            day = _carried_day(
                text,
                statement,
                sentences[number],
                (days, ends, spoken),
                quoted,
                (number - 1, reach),
            )
            if day is None and _recalled_occasion(sentences[number], statement, quoted):
                day = latest.get(statement.speaker)
            if day is not None:
                out[index] = replace(statement, said_on=day)
        if day is None:
            continue
        if not statement.cue.lower().startswith("according"):
            latest[statement.speaker] = day
        for key in {(number, statement.speaker), (lasts[index], statement.speaker)}:
            days.setdefault(key, set()).add(day)
            ends[key] = max(ends.get(key, 0), statement.end)
            if not statement.cue.lower().startswith("according"):
                spoken.add(key)
    return out


def _last_voiced(text: str, sentences: list[Span], voiced: set[int], number: int) -> int:
    """The last sentence before sentence ``number`` that reports words, past sentences of
    narration in the same paragraph ("said on Monday ... Staff were sent home. [...] also
    said"); the one right before when none is found."""
    reach = number - 1
    while reach > 0 and reach not in voiced:
        if "\n" in text[sentences[reach - 1].start_char : sentences[reach].start_char]:
            return number - 1  # the paragraph opens here
        reach -= 1
    return reach


def _carried_day(
    text: str,
    statement: Statement,
    sentence: Span,
    reports: tuple[
        dict[tuple[int, str], set[date]], dict[tuple[int, str], int], set[tuple[int, str]]
    ],
    quoted: list[tuple[int, int]],
    before: tuple[int, int],
) -> date | None:
    """The day of the speaker's report in the sentence before, when there is one day, the
    report is in the same paragraph and the statement's cue goes on with it (``reports``: the
    days, ends and spoken occasions of the dated reports by sentence and speaker; ``quoted``:
    the character spans of direct quotations; ``before``: the sentence right before and the
    last one before it that reports words). A cue that adds or says "also" reaches back past
    sentences of narration to the last that reports words; a quotation backs up only the
    report right before it."""
    days, ends, spoken = reports
    previous, reach = before
    going_on = _going_on(sentence, statement.cue, quoted)
    key = ((reach if going_on else previous), statement.speaker or "")
    found = days.get(key, set())
    if len(found) != 1:
        return None  # none, or reports of several days
    if "\n" in text[ends[key] : statement.start]:
        return None  # a new paragraph
    if going_on or (key in spoken and _backing_quote(sentence, statement, quoted)):
        return next(iter(found))
    return None


def _backing_quote(sentence: Span, statement: Statement, quoted: list[tuple[int, int]]) -> bool:
    """A direct quotation whose verb of saying has no time phrase of its own: '"We tried
    everything," she said.' after the speaker's dated paraphrase."""
    if statement.kind != "direct":
        return False
    verbs = cue_verbs(sentence, statement.cue)
    return bool(verbs) and not any(
        _own_time(verb, quoted) or _dated_phrase(verb, quoted) for verb in verbs
    )


def _recalled_occasion(sentence: Span, statement: Statement, quoted: list[tuple[int, int]]) -> bool:
    """A verb of saying, the statement's cue, that names its occasion as one told of before: "in
    [the] speech", "in [his] resignation speech", with no time of its own."""
    verbs = cue_verbs(sentence, statement.cue)
    return any(
        not _own_time(verb, quoted) and not _dated_phrase(verb, quoted) and _pointed_occasion(verb)
        for verb in verbs
    )


def cue_verbs(sentence: Span, cue: str) -> list[Token]:
    """The verbs of the sentence written as the statement's cue: "[said]", "[added]"."""
    return [t for t in tokens_spelled(sentence, (cue,)) if t.pos_ in {"VERB", "AUX"}]


def _pointed_occasion(verb: Token) -> bool:
    """An occasion noun after "in", "at" or "during" on the verb, with a determiner that points
    back or a possessive: "continued [in the speech]", "[In his resignation speech], Lee said"."""
    return any(
        noun.lemma_.lower() in OCCASION_NOUNS
        and any(
            (c.dep_ == "det" and c.lower_ in _POINTING)
            or (c.dep_ == "poss" and c.lower_ in POSSESSIVES)
            for c in noun.children
        )
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in {"in", "at", "during"}
        for noun in prep.children
        if noun.dep_ == "pobj"
    )


def _dated_phrase(verb: Token, quoted: list[tuple[int, int]]) -> bool:
    """A time somewhere inside a phrase on the verb: "said [in a 2015 interview]"."""
    return any(
        t.ent_type_ in DATE_ENTS
        for child in _unquoted_children(verb, quoted)
        if child.dep_ in {"prep", "npadvmod", "advmod"}
        for t in child.subtree
    )


def _going_on(sentence: Span, cue: str, quoted: list[tuple[int, int]]) -> bool:
    """A verb of saying in the sentence, the statement's cue, that tells more of the same
    occasion: "Lee [also said] ...", "she [added] ..."."""
    verbs = cue_verbs(sentence, cue)
    return any(_adding(verb) and not _own_time(verb, quoted) for verb in verbs)


def _unquoted_children(verb: Token, quoted: list[tuple[int, int]]) -> list[Token]:
    """The verb's children outside direct quotations: a time the parser hung on the verb from
    inside the words ('"[Three months ago]," she said') is what was said."""
    return [
        child
        for child in verb.children
        if not any(start <= child.idx < end for start, end in quoted)
    ]


def _adding(verb: Token) -> bool:
    """ "added", or a verb with "also" on it: "also said"."""
    return verb.lemma_.lower() in _ADDING_VERBS or any(
        c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children
    )


def _own_time(verb: Token, quoted: list[tuple[int, int]]) -> bool:
    """A time phrase on the verb itself, a day or not: "also said [last year]", "added [in
    March]"."""
    for child in _unquoted_children(verb, quoted):
        if child.ent_type_ in DATE_ENTS:
            return True
        if child.dep_ == "prep" and any(c.ent_type_ in DATE_ENTS for c in child.children):
            return True
    return False
