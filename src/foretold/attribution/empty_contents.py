"""Contents that hold no words: what a cue found is only a person or a pointer, so it reports
nothing said or thought.

- a lone "who" stands for a person, never for words ("the mayor, who was declared the
  winner by a thin margin": "who" is the one declared); a lone "which" or "that" can stand
  for a claim and stays ("the charge, which she denied");
- a lone object pronoun of a verb of saying or telling is the one addressed or a stand-in
  for words given elsewhere ("she asked me", "he took back his remarks a day after he said
  them", "the reports she filed against him"); "he said so" stays;
- a bare "to" whose verb was left out, alone or after the pronoun it governs, stands for
  words said before ("not because the board wants it to", "if the party wants him to");
- "the following" points at words still to come ("she posted the following:"), not words
  of its own;
- a "be" left with no predicate, which went to a "where", "as", "than" or "how" before the
  cue, holds no claim: "far from where the charts predicted [it would be]", "as high as
  analysts expected [it to be]".
"""

from __future__ import annotations

from foretold.attribution.cue import Cue
from foretold.attribution.cues import ADDRESSEE_VERBS
from foretold.attribution.speaker_words import OBJECT_PRONOUNS

# Relative pronouns that can only stand for a person.
PERSON_RELATIVES = frozenset(["who", "whom"])
# Verbs of saying, asking and telling, whose lone pronoun object is no content.
SAYING_VERBS = ADDRESSEE_VERBS | frozenset(["say", "ask", "report", "write"])
# Words that point at what comes next.
POINTERS = (("the", "following"),)
# Words before a cue that take the predicate of the "be" it reports: "where they said it was".
GAP_WORDS = frozenset(["where", "as", "than", "how"])
# Dependents of "be" that hold what it predicates: "it would be [near the reef]".
PREDICATE_DEPS = frozenset(
    ["attr", "acomp", "prep", "advmod", "npadvmod", "ccomp", "xcomp", "oprd", "advcl", "dobj"]
)


def empty_content(cue: Cue) -> bool:
    """The content is a lone "who", a lone object pronoun of a verb of saying, "the
    following", a bare "to" or a "be" whose predicate went before the cue: "who was declared
    the winner", "he asked me", "she wrote the following:", "if the party wants [him to]",
    "where they predicted [it would be]"."""
    words = tuple(t.lower_ for t in cue.content_tokens() if not t.is_punct)
    if words in POINTERS or gapped_be(cue) or elided_infinitive(cue):
        return True
    if len(words) != 1:
        return False
    if words[0] in PERSON_RELATIVES:
        return True
    return words[0] in OBJECT_PRONOUNS and cue.token.lemma_.lower() in SAYING_VERBS


def gapped_be(cue: Cue) -> bool:
    """The content is a bare "be" whose predicate a "where", "as", "than" or "how" before the
    cue took: "where the charts predicted [it would be]" (not "he said [it was]", an answer)."""
    verb = cue.token
    if not any(c.lower_ in GAP_WORDS and c.i < verb.i for c in verb.children):
        return False
    tokens = [t for t in cue.content_tokens() if not t.is_punct]
    heads = [t for t in tokens if t.head.i == verb.i and t.lemma_.lower() == "be"]
    if len(heads) != 1:
        return False
    be = heads[0]
    return not any(c.dep_ in PREDICATE_DEPS for c in be.children) and tokens[-1].i == be.i


def elided_infinitive(cue: Cue) -> bool:
    """The content is a "to" with no verb, alone or after pronouns: "if the party wants [him
    to]", "not because the board wants it [to]" (not "wants [him to stay]")."""
    tokens = [t for t in cue.content_tokens() if not t.is_punct]
    if not tokens:
        return False
    marker = tokens[-1]
    if marker.lower_ != "to" or marker.tag_ != "TO":
        return False
    return all(t.pos_ == "PRON" for t in [*tokens[:-1], *marker.children])
