"""Adjectives that head a noun phrase of their own: with a determiner and no noun to modify,
an adjective stands for whoever it describes ("the 43-year-old asked", "the youngest said").
The parser may make such a phrase the root of a sentence that follows a quotation and hang
the verb of saying on it as a participle ('"Why?" the 43-year-old asked'): the phrase is then
the verb's subject, as a noun would be.
"""

from __future__ import annotations

from spacy.tokens import Token

# Relations of a phrase that stands on its own in the clause, not of a modifier.
_PHRASE_DEPS = frozenset({"ROOT", "nsubj", "nsubjpass", "dobj", "pobj", "appos"})


def nominal_adjective(token: Token) -> bool:
    """``token`` is an adjective heading a phrase with a determiner of its own ("[the]
    43-year-old", "[the] youngest"), a noun phrase in all but its tag."""
    return (
        token.pos_ == "ADJ"
        and token.dep_ in _PHRASE_DEPS
        and any(c.dep_ == "det" for c in token.children)
    )


def frames_quotation(verb: Token) -> bool:
    """A verb of saying hung as a participle right after such a phrase, the phrase right after
    a closing quotation mark ('"Why?" the 43-year-old asked'): the frame of the quotation, in
    which the phrase is the one who asked, not a passive "the one asked"."""
    head = verb.head
    first = head.left_edge.i
    return (
        verb.dep_ == "acl"
        and nominal_adjective(head)
        and verb.i == head.i + 1
        and first > 0
        and head.doc[first - 1].is_quote
    )
