"""Adjectives that head a noun phrase of their own: with a determiner and no noun to modify,
an adjective stands for whoever it describes ("the 43-year-old asked", "the youngest said").
The parser may make such a phrase the root of a sentence that follows a quotation and hang
the verb of saying on it as a participle ('"Why?" the 43-year-old asked'): the phrase is then
the verb's subject, as a noun would be. It may also hang both the article and the adjective
on the verb after them ("The youngest said ..."): the two are still the verb's subject.
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
    ) or article_on_verb(token)


def article_on_verb(token: Token) -> bool:
    """``token`` is an adjective the parser hung, with the article before it, on the verb
    right after it ("[The youngest] said ...": "The" and "youngest" both under "said"): a
    phrase of its own, the verb's subject."""
    doc = token.doc
    verb = token.head
    return (
        token.pos_ == "ADJ"
        and token.dep_ == "advmod"
        and verb.i == token.i + 1
        and verb.pos_ == "VERB"
        and token.i > 0
        and doc[token.i - 1].dep_ == "det"
        and doc[token.i - 1].head == verb
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


def phrase_start(token: Token) -> int:
    """Where the phrase an adjective heads opens: at its article ("[The] youngest")."""
    return token.i - 1 if article_on_verb(token) else token.left_edge.i


def adjective_before(verb: Token) -> Token | None:
    """The adjective right before a verb that ``article_on_verb`` makes its subject, or
    None."""
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    return before if before.head == verb and article_on_verb(before) else None


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
