"""A clause before a verb with a thing for its object is a deed beside it, not its content:
in "To cut costs, the firm ordered new machines, the rival ordered extra stock" the parser
hangs the first clause on the second "ordered" as if it were reported, but a verb that has
already taken a thing as its direct object ("extra stock") does not report a clause set
before it. A listener as object still lets it report one ("[The vote will slip], she told
reporters", "[Rates will rise], he warned the board"): a pronoun, a name, or a verb whose
object is the one addressed."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import ADDRESSEE_VERBS, HUMAN_SUBJECTS, cue_lemma

# Verbs whose direct object may be the one addressed besides the telling verbs.
_LISTENER_VERBS = ADDRESSEE_VERBS | frozenset(
    {"warn", "ask", "promise", "caution", "urge", "reassure", "write", "email", "text", "teach"}
)


def parallel_deed(clause: Token, verb: Token) -> bool:
    """The clause stands before the verb, and the verb has a direct object after it that is a
    thing, not a listener: "[To cut costs, the firm ordered new machines], the rival ordered
    extra stock" (not "[It will fail], she told reporters")."""
    if clause.i > verb.i or cue_lemma(verb.lemma_, verb.text) in _LISTENER_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ != "NOUN":
        return False
    return obj.ent_type_ not in HUMAN_SUBJECTS  # a person or a body of people may listen
