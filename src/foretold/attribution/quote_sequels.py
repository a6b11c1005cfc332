"""A participle of saying right after a closing quotation, which goes on for the one quoted.

In 'Lee remarked, "The plan failed," further adding, "We must try again."' the parser hangs
"adding" on the quoted words, or leaves it in the sentence of the last quoted words, so that
its subject is read inside the quotation; the participle goes on with the report that opened
the quotation before it, and has the subject of that report's verb. The same holds with the
comma set outside the marks ('"The plan failed", also noting, "..."') and after a quotation
that opened inside the reported clause ('Lee said the plan "had failed," further adding, "..."').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import Cue, char_range
from foretold.attribution.cues import CLAUSE_VERBS, cue_lemma
from foretold.attribution.labels import quotation_at
from foretold.attribution.speakers import subject_of

# Tags of a participle in -ing, also when the tagger took it for a noun ("further remarking").
PARTICIPLE_TAGS = frozenset({"VBG", "NN"})
# Marks between a reporting verb and the quotation it opens: 'said, "..."', 'wrote: "..."'.
_OPENING_MARKS = frozenset({",", ":"})


def quote_sequel(doc: Doc, token: Token, in_quote: list[int]) -> Cue | None:
    """A clause verb in -ing right after a closing quotation mark (past its own modifiers:
    "further", "later") and before a comma or colon and a new quotation, as in 'Lee remarked,
    "The plan failed," further adding, "We must try again."': the new quotation, said by the
    subject of the verb that opened the quotation before the participle."""
    i = token.i
    if token.tag_ not in PARTICIPLE_TAGS or not token.lower_.endswith("ing"):
        return None
    if cue_lemma(token.lemma_, token.text) not in CLAUSE_VERBS:
        return None
    if i + 2 >= len(doc) or doc[i + 1].text not in _OPENING_MARKS:
        return None
    quotation = quotation_at(doc, i + 2, in_quote)
    if quotation is None or _own_subject(token, in_quote):
        return None
    before = i - 1
    while before > 0 and doc[before].head == token and doc[before].dep_ in {"advmod", "amod"}:
        before -= 1
    if _comma_after_quotation(doc, before, in_quote):
        before -= 1  # '"The plan failed", also noting, "..."': the comma set outside the marks
    if before < 1 or in_quote[before] < 0 or not doc[before].is_quote:
        return None
    verb = _opening_report(doc, before, in_quote)
    subject = subject_of(verb) if verb is not None else None
    if subject is None:
        return None
    return Cue(token, token.text, subject, [char_range(doc, *quotation)])


def _own_subject(token: Token, in_quote: list[int]) -> bool:
    """A participle the parse gave a subject that can be its own: one outside quotation marks,
    or a pronoun inside them that stands for the one quoted ('"I did my part," adding ...')."""
    if token.pos_ != "VERB":
        return False
    own = subject_of(token)
    return own is not None and (in_quote[own.i] < 0 or own.pos_ == "PRON")


def _comma_after_quotation(doc: Doc, i: int, in_quote: list[int]) -> bool:
    """A comma outside quotation marks right after a closing one, as news set in logical
    punctuation writes it: '"The plan failed"[,] further adding'."""
    return (
        i > 1
        and doc[i].text == ","
        and in_quote[i] < 0
        and doc[i - 1].is_quote
        and in_quote[i - 1] >= 0
    )


def _opening_report(doc: Doc, last: int, in_quote: list[int]) -> Token | None:
    """The verb right before the quotation that ends at token ``last``, past a comma or colon
    ('Lee remarked, "..."'), or, for a quotation that opens inside a reported clause, the
    reporting verb of that clause ('Lee said the plan "had failed," further adding ...':
    said); None when the quotation opens otherwise."""
    first = last
    while first > 0 and in_quote[first - 1] == in_quote[last]:
        first -= 1
    i = first - 1
    while i >= 0 and doc[i].text in _OPENING_MARKS:
        i -= 1
    if i >= 0 and doc[i].pos_ == "VERB" and in_quote[i] < 0:
        return doc[i]
    return _governing_report(doc[first], in_quote)


def _governing_report(token: Token, in_quote: list[int]) -> Token | None:
    """The first verb outside quotation marks above ``token`` in the parse, when it is a
    verb of saying that takes a clause ('Lee [said] the plan "had failed"'), else None."""
    while token.head.i != token.i:  # the root is its own head
        token = token.head
        if in_quote[token.i] < 0 and token.pos_ == "VERB":
            return token if cue_lemma(token.lemma_, token.text) in CLAUSE_VERBS else None
    return None
