"""Reported clauses whose subject the parse took for the reporting verb's object: in "bankers
who concluded the mayor would win the vote" the parse may make "the mayor" the object of
"concluded" and hang "would win" on a verb far above, as a clause of its own with no subject.
A modal right after the object of a clause verb starts no clause of its own: "would", "will"
or "could" must follow the subject of its verb, and the only noun before it is the object, so
the object is that subject and the report runs through the modal verb's phrase ("concluded
[the mayor would win the vote]"), even when the parse gave that verb a subject standing before
the cue. Not when the modal's verb has a subject after the cue ("said the plan, which he could
back, ..."), nor when it is the conjunct of another verb, whose subject it shares ("holds a lead
in May, when ten seats will be at stake"), nor when the object holds a comma, which may set off
the real subject ("keeps a lead over Lee, a loss there would hurt"), nor past a comma and "and"
that close the verb's phrase."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import CLAUSE_VERBS, cue_lemma
from foretold.attribution.ranges import Range

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


def modal_subject_content(verb: Token, found_so_far: list[Range]) -> Range | None:
    """For a clause verb whose object runs right up to a modal that the parse hung on a verb
    outside that object, a verb with no subject of its own after the cue: the object through
    the end of that verb's phrase ("concluded [the mayor would win the vote], and ..."), or
    None; also None when the content found so far already runs past the object."""
    if verb.pos_ != "VERB" or cue_lemma(verb.lemma_, verb.text) not in CLAUSE_VERBS:
        return None
    found = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    doc = verb.doc
    if found is None or found.pos_ not in {"NOUN", "PROPN"} or found.right_edge.i + 1 >= len(doc):
        return None
    if any(end > found.right_edge.i + 1 for _, end in found_so_far):
        return None
    modal = doc[found.right_edge.i + 1]
    main = modal.head
    if modal.tag_ != "MD" or modal.dep_ != "aux" or main.i <= modal.i:
        return None
    if main.sent != verb.sent or main.pos_ not in {"VERB", "AUX"} or main.dep_ == "conj":
        return None
    if any(c.dep_ in _SUBJECT_DEPS and c.i > verb.i for c in main.children):
        return None
    if any(t.is_punct for t in doc[found.left_edge.i : found.right_edge.i + 1]):
        return None
    end = main.right_edge.i
    later = [c.i for c in main.rights if c.dep_ in {"cc", "conj"}]
    for child in main.rights:
        if child.text == "," and any(i > child.i for i in later):
            end = min(end, child.i - 1)  # ", and many more": the writer's list goes on
    return found.left_edge.i, end + 1
