"""Adjectives that head a noun phrase of their own: with a determiner and no noun to modify,
an adjective stands for whoever it describes ("the 43-year-old asked", "the youngest said").
The parser may make such a phrase the root of a sentence that follows a quotation and hang
the verb of saying on it as a participle ('"Why?" the 43-year-old asked'): the phrase is then
the verb's subject, as a noun would be. It may also hang both the article and the adjective
on the verb after them ("The youngest said ..."): the two are still the verb's subject. Or
it may run the phrase, the verb and the verb's object into one noun phrase ("The 43-year-old
told reporters she would fight it": "43-year-old" and "told" both modifiers of "reporters",
the clause a relative on it): the phrase is the verb's subject, the clause what it told.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.misplaced_subjects import SUBJECT_DEPS

# Relations of a phrase that stands on its own in the clause, not of a modifier.
_PHRASE_DEPS = frozenset({"ROOT", "nsubj", "nsubjpass", "dobj", "pobj", "appos"})


def nominal_adjective(token: Token) -> bool:
    """``token`` is an adjective heading a phrase with a determiner of its own ("[the]
    43-year-old", "[the] youngest"), a noun phrase in all but its tag."""
    return (
        (
            token.pos_ == "ADJ"
            and token.dep_ in _PHRASE_DEPS
            and any(c.dep_ == "det" for c in token.children)
        )
        or article_on_verb(token)
        or _run_into_object(token)
    )


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
    if article_on_verb(token):
        return token.i - 1
    if _run_into_object(token):
        return token.head.left_edge.i
    return token.left_edge.i


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


# Tags of a verb that no noun phrase takes as a modifier before its noun.
_PAST_TAGS = frozenset({"VBD", "VBN"})


def adjective_run_into_object(verb: Token) -> Token | None:
    """The adjective a past verb follows when the parser hung both on the verb's object as
    its modifiers ("The 43-year-old told reporters she would ...": "43-year-old" and "told"
    modify "reporters"): the phrase the adjective heads is the verb's subject; None
    otherwise. The adjective must be one that stands for a person, with words of its own
    ("43-year-old") or a superlative ("the youngest"): "the new reported cases" is a noun
    phrase."""
    doc = verb.doc
    noun = verb.head
    if verb.dep_ != "amod" or verb.tag_ not in _PAST_TAGS or verb.i == 0:
        return None
    if noun.i != verb.i + 1 or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    adjective = doc[verb.i - 1]
    if adjective.pos_ != "ADJ" or adjective.dep_ != "amod" or adjective.head != noun:
        return None
    if adjective.tag_ != "JJS" and not any(adjective.children):
        return None
    if not any(c.dep_ == "det" and c.i < adjective.left_edge.i for c in noun.children):
        return None
    return adjective


def _run_into_object(adjective: Token) -> bool:
    """``adjective`` is the one `adjective_run_into_object` finds before the verb after it."""
    doc = adjective.doc
    after = adjective.i + 1
    return after < len(doc) and adjective_run_into_object(doc[after]) == adjective


def run_together_content(verb: Token) -> tuple[int, int] | None:
    """What a verb that `adjective_run_into_object` reads reports: the clause with a subject
    of its own the parser hung on the object as a relative ("told reporters [she would fight
    it]"); None otherwise."""
    if adjective_run_into_object(verb) is None:
        return None
    for clause in verb.head.rights:
        if clause.dep_ == "relcl" and any(
            c.dep_ in SUBJECT_DEPS and c.tag_ not in {"WDT", "WP"} for c in clause.lefts
        ):
            return clause.left_edge.i, clause.right_edge.i + 1
    return None
