"""Relative reports whose clause the parse tore apart: in "The agency, which warned on Monday
a strike was likely at the port, faces questions" the parse may take "a strike" for the object
of "warned" and "was" for the main verb of the sentence, with "The agency" its subject. A
tensed verb right after the object of a reporting verb in a comma-set relative clause is the
object's own verb: the content is the object through that verb's phrase, up to the comma
that closes the relative clause."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import CLAUSE_VERBS, cue_lemma
from foretold.attribution.ranges import Range
from foretold.attribution.tensed_verbs import tensed


def torn_relative_content(verb: Token) -> Range | None:
    """For a clause verb heading a relative clause set off by a comma, whose object runs right
    up to the verb that governs the relative clause's noun: the object through the comma that
    closes the relative clause ("which warned [a strike was likely at the port],"), or None."""
    if verb.dep_ != "relcl" or cue_lemma(verb.lemma_, verb.text) not in CLAUSE_VERBS:
        return None
    host = verb.head
    main = host.head
    if host.dep_ not in {"nsubj", "nsubjpass"} or main.i <= verb.i or not tensed(main):
        return None
    doc = verb.doc
    if verb.left_edge.i == 0 or doc[verb.left_edge.i - 1].text != ",":
        return None
    found = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if found is None or found.right_edge.i + 1 != main.i:
        return None
    close = next((t.i for t in doc[main.i : main.sent.end] if t.text == ","), None)
    if close is None:
        return None
    return found.left_edge.i, close
