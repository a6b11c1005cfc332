"""Fixtures for the attribution tests: the statements the whole stage finds in a text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from foretold.attribution import Attribution, attribute
from foretold.ingest.article import make_article


@pytest.fixture
def attributed(nlp) -> Callable[[str], Attribution]:
    """The people and statements the whole stage finds in a text."""

    def read(text: str) -> Attribution:
        article = make_article(text, language="en")
        return attribute(nlp(article.text), article)

    return read


# The day the texts of `said_days` are published on.
PUBLISHED = date(2020, 6, 23)  # a Tuesday


@pytest.fixture
def said_days(nlp) -> Callable[[str], list[tuple[str, date | None]]]:
    """Each statement's text and the day it was said, in a text published on a Tuesday,
    2020-06-23."""

    def read(text: str) -> list[tuple[str, date | None]]:
        article = make_article(text, language="en", published=PUBLISHED)
        return [(s.text, s.said_on) for s in attribute(nlp(article.text), article).statements]

    return read


@pytest.fixture
def speaker_of(attributed) -> Callable[[str, str], str | None]:
    """The speaker of the first statement of a text whose words hold the given words."""

    def read(text: str, words: str) -> str | None:
        return next(s for s in attributed(text).statements if words in s.text).speaker

    return read


@pytest.fixture
def cue_words(nlp) -> Callable[[str], list[str]]:
    """The cue word of each statement found in a text, in order."""

    def read(text: str) -> list[str]:
        article = make_article(text, language="en")
        return [s.cue for s in attribute(nlp(article.text), article).statements]

    return read


@pytest.fixture
def contents(nlp) -> Callable[[str], list[tuple[str, str]]]:
    """(cue, text) of each statement found in a text, in order."""

    def read(text: str) -> list[tuple[str, str]]:
        article = make_article(text, language="en")
        return [(s.cue, s.text) for s in attribute(nlp(article.text), article).statements]

    return read


@pytest.fixture
def parsed(nlp) -> Callable[..., Doc]:
    """A hand-built parse: words with their heads, dependency labels, tags and lemmas."""
    pos = {"VBD": "VERB", "VBG": "VERB", "PRP": "PRON", "NNS": "NOUN", "NN": "NOUN", "JJ": "ADJ"}
    pos |= {",": "PUNCT", "IN": "ADP", "DT": "DET", "VBZ": "VERB", "MD": "AUX", "VB": "VERB"}
    pos |= {"NNP": "PROPN", "VBN": "VERB", "RP": "ADP", "POS": "PART", "PRP$": "PRON"}
    pos |= {"CC": "CCONJ", ".": "PUNCT", "VBP": "VERB", "RB": "ADV", "WDT": "PRON"}
    pos |= {"TO": "PART", ":": "PUNCT"}

    def build(words, heads, deps, tags, lemmas) -> Doc:
        return Doc(
            nlp.vocab,
            words=words,
            heads=heads,
            deps=deps,
            tags=tags,
            pos=[pos[t] for t in tags],
            lemmas=lemmas,
        )

    return build


@pytest.fixture
def from_rows(nlp) -> Callable[[list[str]], Doc]:
    """A hand-built parse from rows of "word head dep tag pos lemma"."""

    def build(rows: list[str]) -> Doc:
        fields = [row.split() for row in rows]
        return Doc(
            nlp.vocab,
            words=[f[0] for f in fields],
            heads=[int(f[1]) for f in fields],
            deps=[f[2] for f in fields],
            tags=[f[3] for f in fields],
            pos=[f[4] for f in fields],
            lemmas=[f[5] for f in fields],
        )

    return build


@pytest.fixture
def refusal(parsed) -> Callable[[str, str], Doc]:
    """A hand-built parse of "Lee faulted Reed for backing the board's refusal to fund it and
    <verb> for a vote", with the conjunct hung on the noun's infinitive, for a verb and its
    lemma."""

    def build(verb: str, lemma: str) -> Doc:
        words = ["Lee", "faulted", "Reed", "for", "backing", "the", "board", "'s", "refusal", "to"]
        words += ["fund", "it", "and", verb, "for", "a", "vote"]
        heads = [1, 1, 1, 1, 3, 6, 8, 6, 4, 10, 8, 10, 10, 10, 13, 16, 14]
        deps = ["nsubj", "ROOT", "dobj", "prep", "pcomp", "det", "poss", "case", "dobj", "aux"]
        deps += ["acl", "dobj", "cc", "conj", "prep", "det", "pobj"]
        tags = ["NNP", "VBD", "NNP", "IN", "VBG", "DT", "NN", "POS", "NN", "TO", "VB", "PRP"]
        tags += ["CC", "VBD", "IN", "DT", "NN"]
        lemmas = ["Lee", "fault", "Reed", "for", "back", "the", "board", "'s", "refusal", "to"]
        lemmas += ["fund", "it", "and", lemma, "for", "a", "vote"]
        return parsed(words, heads, deps, tags, lemmas)

    return build
