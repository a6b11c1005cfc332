"""Appositions that are the subject of the clause after them: the parser may hang the
subject of a clause on the noun before it as an apposition when an aside set off by commas
stands between the subject and its verb. In "According to the Post, Friday's storm, at 120
km/h, was the strongest" the storm is what was the strongest, not a description of the Post;
so it gives the Post no role."""

from __future__ import annotations

from spacy.tokens import Token

# The most tokens an aside between a subject and its verb may hold, between its commas.
_ASIDE_WORDS = 6
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def subject_before_aside(noun: Token) -> bool:
    """An apposition followed by an aside set off by commas and then a verb with no subject
    before it, which the apposition is: "According to the Post, [Friday's storm], at 120
    km/h, was the strongest"; "Ann Lee, the mayor, on Monday, said" keeps the mayor as a
    description, as "said" has its subject Ann Lee before it."""
    doc = noun.doc
    opening = noun.right_edge.i + 1
    if opening >= len(doc) or doc[opening].text != ",":
        return False
    # the closing comma at most _ASIDE_WORDS + 1 tokens past the opening one, a word after it
    last = min(opening + _ASIDE_WORDS + 2, noun.sent.end - 1)
    closing = next((i for i in range(opening + 1, last) if doc[i].text == ","), None)
    if closing is None or any(t.pos_ in {"VERB", "AUX"} for t in doc[opening + 1 : closing]):
        return False  # "Ann Lee, a biologist, questioned the data, saying ..."
    verb = doc[closing + 1]
    return verb.pos_ in {"VERB", "AUX"} and not any(
        c.dep_ in _SUBJECTS and c.i < verb.i for c in verb.children
    )
