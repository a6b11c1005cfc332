"""An unnamed source described by its access to the matter, with the adjective phrase after
its noun: "someone familiar with the talks said", "officials close to the mayor said",
"a person knowledgeable about the deal said". The noun alone ("someone", "officials") says
little and, for a pronoun, looks like someone named before; with the phrase the reader knows
which source the article means, so the mention runs through it. The phrase is an adjective of
access and its preposition with an object, cut before a mark, a verb or a relative word, so
that no clause joins it ("someone familiar with the talks who asked not to be named": the
phrase ends at "talks")."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.entities import people_noun

# Adjectives that describe a source by its access to the matter: "familiar with", "close to".
_ACCESS_ADJECTIVES = frozenset({"familiar", "close", "knowledgeable", "privy"})
# Pronouns for one unnamed person: "someone familiar with the talks".
_SOMEONE = frozenset({"someone", "somebody", "anyone", "anybody"})
# Nouns for a source that are not nouns for a person: "sources close to the club".
_SOURCE_NOUNS = frozenset({"source", "sources", "insider", "insiders"})
# Most words of the phrase, adjective included: "familiar with the city's budget talks".
_PHRASE_LENGTH = 8
# Words the phrase never ends with: "close to the mayor and" before a cut.
_OPEN_ENDS = frozenset({"CCONJ", "DET", "ADP", "PART", "SCONJ", "ADV"})


def access_end(head: Token) -> int:
    """Where an unnamed source ends with the phrase of access right after it ("someone
    familiar with the situation said": after "situation"; "sources close to the mayor":
    after "mayor"); right after the head when no such phrase follows it, the phrase has no
    object before its cut, or it is longer than a short phrase."""
    doc = head.doc
    after = head.i + 1
    if after + 2 >= len(doc) or not _source_word(head):
        return after
    adjective = doc[after]
    if (
        adjective.lower_ not in _ACCESS_ADJECTIVES
        or adjective.dep_ != "amod"
        or adjective.head != head
    ):
        return after
    preposition = doc[after + 1]
    if preposition.dep_ != "prep" or preposition.head != adjective:
        return after
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    if not objects:
        return after
    end = after + 2
    while end <= preposition.right_edge.i and not _cut(doc[end]):
        end += 1
    while end > after + 2 and doc[end - 1].pos_ in _OPEN_ENDS:
        end -= 1
    words = [t for t in doc[after:end] if not t.is_punct and t.tag_ != "POS"]
    if end <= objects[0].i or len(words) > _PHRASE_LENGTH:
        return after
    return end


def _source_word(head: Token) -> bool:
    """A word for an unnamed source: an indefinite pronoun for a person, "source(s)",
    "insider(s)", or a common noun for a person or group ("officials", "a person")."""
    lower = head.lower_
    if lower in _SOMEONE or lower in _SOURCE_NOUNS:
        return True
    return head.pos_ == "NOUN" and people_noun(head)


def _cut(token: Token) -> bool:
    """A word the phrase stops before: a mark other than an apostrophe or a hyphen inside a
    name, a verb, or a relative word ("who", "which", "that")."""
    if token.is_punct:
        return token.text not in {"'", "\u2019", "-", "&"}
    return token.pos_ in {"VERB", "AUX"} or token.tag_ in {"WDT", "WP", "WP$"}
