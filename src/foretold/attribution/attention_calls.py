"""Calls for attention: a verb of calling, drawing or bringing with "attention" for object
points at what follows "to", which is what the subject raises, not the attention itself: "the
report calls attention to [delays at the port]", "her speech drew national attention to [the
housing shortage]", "they brought more attention to [the strike]", with the phrases on the
verb that go on with it ("drew attention to [the rule as a cause of delays]") but not the
medium it was raised in ("called attention to [the cost of housing] in a speech"). Without a
"to" phrase nothing is raised ("the trial drew national attention").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.content_ends import medium_cut
from foretold.attribution.cue import Cue, char_range
from foretold.attribution.object_content import further_phrases
from foretold.attribution.ranges import trim
from foretold.attribution.speakers import subject_of

# Verbs that with "attention" for object point it at something: "called attention to".
ATTENTION_VERBS = frozenset({"call", "draw", "bring"})


def attention_call(doc: Doc, verb: Token) -> Cue | None:
    """ "Called (more) attention to [X]": X is what the subject raised."""
    if verb.lemma_.lower() not in ATTENTION_VERBS:
        return None
    noun = next((c for c in verb.rights if c.dep_ == "dobj" and c.lower_ == "attention"), None)
    subject = None if noun is None else subject_of(verb)
    if noun is None or subject is None:
        return None
    for prep in [*noun.rights, *verb.rights]:
        if prep.dep_ != "prep" or prep.lower_ != "to" or prep.i < noun.i:
            continue
        target = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
        if target is None:
            return None
        end = medium_cut(target, target.right_edge.i + 1)  # "[X] in a speech"
        end = further_phrases(verb, prep, end)  # "[X as a cause of Y]"
        content = trim(doc, target.left_edge.i, end)
        if content is None:
            return None
        phrase = doc[verb.i : prep.i + 1].text  # the whole phrase: "called attention to"
        return Cue(verb, phrase, subject, [char_range(doc, *content)])
    return None
