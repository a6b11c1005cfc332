"""A thing brought to an end, not a finding: "conclude" with a noun phrase for its object and
no clause reports no one's conclusion but the close of an event or a process ("the band
concluded its tour in Paris", "making four releases, concluding the review by May"), while
"the panel concluded that the dam failed" and "the study concluded the drug works" report
what was found."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue

# Tags of a verb or auxiliary: a content that holds one is a clause, a finding.
_VERB_POS = frozenset({"VERB", "AUX"})


def thing_ended(cue: Cue) -> bool:
    """A "conclude" whose only content is a common-noun object with no verb in it: "the
    talks concluded [the first round]", "concluding [the disclosure process]" (not "concluded
    [that it failed]", "concluded [the tests were flawed]", nor a quoted conclusion)."""
    verb = cue.token
    if verb.lemma_.lower() != "conclude" or cue.quoted:
        return False
    children = list(verb.children)
    if any(c.dep_ in {"ccomp", "xcomp", "advcl", "parataxis"} and c.i > verb.i for c in children):
        return False
    objects = [c for c in children if c.dep_ == "dobj"]
    if len(objects) != 1 or not _common_noun(objects[0]):
        return False
    return not any(t.pos_ in _VERB_POS for t in cue.content_tokens())


def _common_noun(noun: Token) -> bool:
    """A common noun, the name of an event or a process ("its tour", "the review")."""
    return noun.pos_ == "NOUN" and noun.tag_ in {"NN", "NNS"}
