"""A source phrase right after or inside a relative clause set off by a comma sources that
clause only: in "Critics attacked the plan, which would cut the budget by half, according to
the council" and in "Critics attacked the plan, which, according to the council, would cut the
budget by half" the council gave the size of the cut, not the critics' attack. A phrase that
closes the sentence after the relative clause does so only when the clause the relative hangs
in is someone's words or stance already, as the attack is; otherwise the source gives the
whole sentence: in "Lee was in Cairo to visit his mother, who had fallen ill, according to the
paper" the paper told of the trip as well as of the illness."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import CUE_LEMMAS
from foretold.attribution.cues import cue_lemma
from foretold.attribution.ranges import Range

_RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "whose"})


def sourced_relative(according: Token) -> Range | None:
    """The token range of the comma-set relative clause that ends right before ", according
    to X", or None: "the deal, [which would cut costs], according to aides"."""
    doc = according.doc
    if according.i < 4 or doc[according.i - 1].text != ",":
        return None
    last = doc[according.i - 2]
    clause = next((t for t in (last, *last.ancestors) if t.dep_ == "relcl"), None)
    if clause is None or clause.right_edge.i != last.i:
        return None
    first = clause.left_edge
    if first.lower_ not in _RELATIVE_PRONOUNS or first.i == 0:
        return None
    if doc[first.i - 1].text != "," or clause.head.i >= first.i:
        return None
    if _unreported_host(clause):
        return None
    return first.i, last.i + 1


def _unreported_host(clause: Token) -> bool:
    """Whether the relative clause hangs under verbs none of which reports, so the sentence
    around it is no one's words or stance of their own: "Lee was in Cairo to visit his
    mother, who ..." (not "Critics attacked the plan, which ...", nor a sentence the parser
    gave no verb outside the clause)."""
    verbs = [t for t in clause.head.ancestors if t.pos_ in {"VERB", "AUX"}]
    return bool(verbs) and not any(
        cue_lemma(verb.lemma_, verb.text) in CUE_LEMMAS for verb in verbs
    )


def relative_host(according: Token) -> Token | None:
    """The verb of the comma-set relative clause a source phrase sits inside, set off by a
    comma after its relative pronoun with the clause going on after it, or None: "the deal,
    which, according to aides, [would cut costs]" (but not "the deal, which they signed
    according to aides", where the phrase may close the sentence)."""
    doc = according.doc
    for head in according.ancestors:
        if head.dep_ != "relcl":
            continue
        first = head.left_edge
        if (
            first.lower_ in _RELATIVE_PRONOUNS
            and first.i > 0
            and first.i < according.i
            and doc[first.i - 1].text == ","
            and doc[according.i - 1].text == ","
            and head.right_edge.i > according.right_edge.i
        ):
            return head
        return None
    return None
