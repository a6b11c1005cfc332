"""A report made at an occasion the narration has dated: after "Today, Lee delivered her
budget speech." a later "In the speech, Lee said ..." tells what she said on that occasion,
so it was said today. The narration dates the occasion when a verb with a day of its own
("Today, Lee [delivered] her speech", "On Sunday, crowds [attended] a rally", "[During] the
tribute, Sunday evening, guests [made] appearances") holds an occasion noun as its object or
after "in", "at" or "during". The report's cue, or a verb it hangs from, names its occasion
after "in", "at", "during" or "throughout" by a definite "the", "that" or "this" phrase
("during the broadcast", "at the annual conference", "in the video broadcast of the speech")
with no time of its own.

Strict, as a wrong day is worse than none: the pointing phrase names the same occasion noun
(its head, a compound of it or the occasion after its "of"), or a broadcast word for a show,
or "the event" for any occasion; the dated occasion is at most eight sentences before; every
such dated occasion in that reach has the same day; no undated "a speech" of the noun comes
between to open another occasion; and the speaker is named between the dated occasion and
the report, so took part in it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from foretold.attribution.continued_days import cue_verbs
from foretold.attribution.dates import OCCASION_NOUNS, cue_date
from foretold.attribution.sentence_index import SentenceIndex
from foretold.attribution.tagged_entities import DATE_ENTS
from foretold.records import Statement

# Occasions narration tells of besides the occasions of words: "attended a [party]".
_EVENT_NOUNS = frozenset(
    {
        "tribute", "party", "event", "ceremony", "summit", "convention", "show", "program",
        "programme", "concert", "festival", "telecast", "special", "lecture", "vigil", "gala",
        "forum", "conference",
    }
)  # fmt: skip
OCCASIONS = OCCASION_NOUNS | _EVENT_NOUNS
# Words of a broadcast and of the shows a broadcast airs: "the tribute ... during the
# broadcast".
_BROADCASTS = frozenset(
    {"broadcast", "telecast", "show", "program", "programme", "tribute", "special", "episode"}
)
# The noun that stands for any occasion: "At the event, Lee said".
_ANY = "event"
# Determiners of a phrase pointing back at an occasion told of: "during [the] broadcast".
_POINTING = frozenset({"the", "that", "this"})
# Determiners that open another occasion: "[a] speech".
_OPENING = frozenset({"a", "an", "another"})
# Prepositions of an occasion a report was made at: "[in] the speech".
_REPORT_PREPS = frozenset({"in", "at", "during", "throughout"})
# Prepositions of an occasion a dated act took place at: "On Monday, [at] the summit, ...".
_ACT_PREPS = frozenset({"in", "at", "during"})
# Verbs whose subject is an occasion: "the debate [took] place on Monday".
_HAPPENING = frozenset({"take", "begin", "open", "start", "air", "end", "close"})
# Subordinators of a clause telling the time of its main verb: "[While] introducing it".
_WHILE = frozenset({"while", "when", "as"})
# Date words that tell how often an occasion is held, not when: "the [annual] conference".
_FREQUENCIES = frozenset({"annual", "yearly", "monthly", "weekly", "daily"})
# How many sentences before the report a dated occasion may be told of.
_REACH = 8


@dataclass(frozen=True)
class _Dated:
    """An occasion noun the narration dates: its sentence, lemmas and day."""

    sentence: int
    lemmas: frozenset[str]
    day: date


def narrated_occasion_days(
    doc: Doc, statements: list[Statement], published: date | None
) -> list[Statement]:
    """The statements, each undated one whose cue names a dated occasion of the narration
    before it by a pointing phrase given the occasion's day (see the module's note)."""
    sentence_index: SentenceIndex | None = None  # built once, when an undated report is met
    occasions: list[_Dated] | None = None  # read once, when a report points back
    out = list(statements)
    for index, statement in enumerate(statements):
        if statement.said_on is not None or statement.speaker is None:
            continue
        if sentence_index is None:
            sentence_index = SentenceIndex.of(doc)
        sentences = sentence_index.sentences
        number = max(sentence_index.number(statement.start), 0)  # the sentence it is in
        phrases = _pointing_phrases(sentences[number], statement)
        if not phrases:
            continue
        if occasions is None:
            occasions = _dated_occasions(sentences, published)
        day = _occasion_day(sentences, occasions, number, phrases, statement.speaker)
        if day is not None:
            out[index] = replace(statement, said_on=day)
    return out


def _dated_occasions(sentences: list[Span], published: date | None) -> list[_Dated]:
    """Every occasion noun held by a verb the narration dates with a day: "Today, Lee
    [delivered] her [speech]"."""
    found: list[_Dated] = []
    for number, sentence in enumerate(sentences):
        for verb in sentence:
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            nouns = _held_occasions(verb)
            if not nouns:
                continue
            day = cue_date(verb, published)
            if day is not None:
                found.extend(_Dated(number, _lemmas(noun), day) for noun in nouns)
    return found


def _held_occasions(verb: Token) -> list[Token]:
    """Occasion nouns a verb holds: its object ("delivered a [speech]"), the object of its
    "in", "at" or "during" ("[During] the [tribute], guests made appearances") or its subject
    when it happens ("the [debate] took place")."""
    nouns: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"} or (
            child.dep_ == "nsubj" and verb.lemma_.lower() in _HAPPENING
        ):
            nouns.append(child)
        elif child.dep_ == "prep" and child.lower_ in _ACT_PREPS:
            nouns.extend(c for c in child.children if c.dep_ == "pobj")
    return [n for n in nouns if _lemmas(n)]


def _lemmas(noun: Token) -> frozenset[str]:
    """The occasion words of a noun phrase: its head and compounds ("video [broadcast]") and
    the occasion after its "of" ("broadcast of the [speech]")."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words.extend(c for c in prep.children if c.dep_ == "pobj")
    return frozenset(w.lemma_.lower() for w in words if w.lemma_.lower() in OCCASIONS)


def _pointing_phrases(sentence: Span, statement: Statement) -> list[Token]:
    """Occasion nouns a definite phrase points back at, after "in", "at", "during" or
    "throughout" on the statement's cue or a verb it hangs from, with no time of its own:
    "[During] the [broadcast], Lee said", "started, at the annual [conference], by hinting"."""
    found: list[Token] = []
    for cue in cue_verbs(sentence, statement.cue):
        if _own_time(cue, statement):
            return []
        for verb in _occasion_verbs(cue):
            for prep in verb.children:
                if prep.dep_ != "prep" or prep.lower_ not in _REPORT_PREPS:
                    continue
                for noun in (c for c in prep.children if c.dep_ == "pobj"):
                    noun = _course_of(noun)
                    if _pointed(noun) and not any(_timed(t) for t in noun.subtree):
                        found.append(noun)
    return found


def _occasion_verbs(cue: Token) -> list[Token]:
    """The cue, the verbs it hangs from and their "while" or "when" clauses, whose
    occasion is the cue's: "[While introducing] it, at the conference, Lee [started] by
    [hinting] ..."."""
    chain = [cue, *(a for a in cue.ancestors if a.pos_ in {"VERB", "AUX"})]
    clauses = [
        c
        for verb in chain
        for c in verb.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _WHILE for m in c.children)
    ]
    return [*chain, *clauses]


def _timed(token: Token) -> bool:
    """A time in an occasion phrase: "the [2015] speech"; not how often it is held ("the
    [annual] conference")."""
    return token.ent_type_ in DATE_ENTS and token.lower_ not in _FREQUENCIES


def _course_of(noun: Token) -> Token:
    """The occasion of "the course of the debate"; the noun itself otherwise."""
    if noun.lower_ != "course":
        return noun
    objects = [o for p in noun.children if p.lower_ == "of" for o in p.children]
    return objects[0] if objects else noun


def _pointed(noun: Token) -> bool:
    """An occasion noun under a determiner that points back: "the [speech]"."""
    return bool(_lemmas(noun)) and any(
        c.dep_ == "det" and c.lower_ in _POINTING for c in noun.children
    )


def _own_time(cue: Token, statement: Statement) -> bool:
    """A time on the cue outside the statement's words: "said [last year] in the speech"."""
    for child in cue.children:
        if statement.start <= child.idx < statement.end:
            continue
        if child.ent_type_ in DATE_ENTS:
            return True
        if child.dep_ == "prep" and any(c.ent_type_ in DATE_ENTS for c in child.children):
            return True
    return False


def _occasion_day(
    sentences: list[Span],
    occasions: list[_Dated],
    number: int,
    phrases: list[Token],
    speaker: str,
) -> date | None:
    """The one day of the dated occasions in reach that the phrases point back at, when the
    speaker is named from the occasion on and no other occasion of the noun opens between."""
    days: set[date] = set()
    first = number
    for occasion in occasions:
        if not number - _REACH <= occasion.sentence < number:
            continue
        if any(_related(_lemmas(noun), occasion.lemmas) for noun in phrases):
            days.add(occasion.day)
            first = min(first, occasion.sentence)
    if len(days) != 1 or first == number:
        return None
    span = [t for s in sentences[first:number] for t in s]  # before the report's own
    names = {w for w in speaker.split() if len(w) > 2 and w[0].isupper()}
    if not any(t.text in names for t in span):
        return None  # the speaker is not told of at the occasion
    if _opened_between(sentences, first, number, phrases):
        return None
    return next(iter(days))


def _related(pointing: frozenset[str], dated: frozenset[str]) -> bool:
    """A pointing phrase's occasion words and a dated occasion's name the same occasion: a
    shared word, a broadcast of a show, or "the event"."""
    return bool(
        pointing & dated or _ANY in pointing or (pointing & _BROADCASTS and dated & _BROADCASTS)
    )


def _opened_between(sentences: list[Span], first: int, number: int, phrases: list[Token]) -> bool:
    """An undated "a speech" of the pointed noun after the dated occasion's sentence: another
    occasion told of that the phrase may point at instead."""
    heads = {noun.lemma_.lower() for noun in phrases}
    return any(
        t.lemma_.lower() in heads
        and any(c.dep_ == "det" and c.lower_ in _OPENING for c in t.children)
        for s in sentences[first + 1 : number + 1]
        for t in s
    )
