"""A title whose first words are a list of fields, which the parser may read as a list of
subjects: in "said the firm's sales, service and marketing vice president" the speaker is the
vice president, and "sales" and "service" name what the title covers, like "marketing".
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.speaker_words import people, person_noun


def coordinated_title(head: Token) -> Token | None:
    """The person noun that closes a list joined to a subject noun that names no one, when
    only that last item has a person noun, none has a determiner of its own and the subject
    noun has no phrase or clause after it: "the firm's [sales], service and marketing [vice
    president]" gives "president" (not "sales and the director", "the plant and its workers",
    nor "sales at the plant and its director")."""
    if head.pos_ != "NOUN" or people(head) or person_noun(head):
        return None
    conjuncts = [t for t in head.subtree if t.dep_ == "conj" and t.i > head.i]
    if not conjuncts:
        return None
    title = _field_title(conjuncts[-1])
    if title is None:
        title, fields = conjuncts[-1], conjuncts[:-1]
    else:
        fields = conjuncts[:-1]  # the gerund that holds the title is a field word itself
    if title.pos_ != "NOUN" or not person_noun(title):
        return None
    if any(field.pos_ != "NOUN" or people(field) or person_noun(field) for field in fields):
        return None
    if any(c.dep_ in {"det", "poss"} for word in [*fields, title] for c in word.children):
        return None
    if any(c.dep_ in {"prep", "relcl", "acl", "appos"} for c in head.children):
        return None
    return title


def _field_title(field: Token) -> Token | None:
    """The title noun the parse made the object of a field word it took for a gerund:
    "marketing [vice president]" read as "marketing the vice president"."""
    if field.tag_ != "VBG":
        return None
    return next(
        (
            c
            for c in field.rights
            if c.dep_ == "dobj" and c.left_edge.i == field.i + 1 and person_noun(c)
        ),
        None,
    )
