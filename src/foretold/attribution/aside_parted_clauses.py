"""A that-clause parted from its cue noun by an aside set off by commas: in "The city went ahead
despite concerns, even among its own engineers, that the bridge was unsafe" the parse may hang
the clause on the sentence's verb ("went"). That verb already has what it does ("went ahead",
"decided [to trade]") and takes no second clause after the noun, so the clause is what the
noun holds.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import CUE_LEMMAS
from foretold.attribution.cues import cue_lemma
from foretold.attribution.ranges import Range, finish

# The most words an aside between a cue noun and its clause runs to: "even inside his own
# administration".
_LONGEST_ASIDE = 8
# Tags of a tensed verb, which makes the words between the commas a clause, not an aside.
_TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Relations of what a verb does or says besides a clause: "decided [to trade]", "lost [it]".
_OWN_OBJECT_DEPS = frozenset({"dobj", "xcomp"})


def aside_parted_clause(doc: Doc, noun: Token) -> list[Range]:
    """The that-clause after a cue noun, a comma, a short aside and a comma, when the parse
    hung it on a verb the noun's phrase belongs to that reports nothing or already has an
    object of its own before the noun: "despite concerns, even among aides, [that it might
    fail]"; empty otherwise."""
    opening = noun.right_edge.i + 1
    if opening >= len(doc) or doc[opening].text != ",":
        return []
    closing = next(
        (i for i in range(opening + 2, min(opening + _LONGEST_ASIDE + 2, len(doc) - 1))
         if doc[i].text == ","),
        None,
    )  # fmt: skip
    if closing is None or any(t.tag_ in _TENSED_TAGS for t in doc[opening:closing]):
        return []
    that = doc[closing + 1]
    if that.lower_ != "that" or that.dep_ != "mark":
        return []
    clause = that.head
    if clause.dep_ not in {"ccomp", "advcl"} or clause.left_edge.i != that.i:
        return []
    host = clause.head
    if host.i > noun.i or noun not in host.subtree:
        return []
    if cue_lemma(host.lemma_, host.text) in CUE_LEMMAS and not any(
        c.dep_ in _OWN_OBJECT_DEPS and c.i < noun.i for c in host.children
    ):
        return []  # "said, in a letter to the board, that ...": the verb's own clause
    return finish(doc, [(that.i, clause.right_edge.i + 1)], noun.i)
