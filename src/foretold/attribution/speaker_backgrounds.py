"""Background on a speaker: a relative clause on the subject of "say" or "tell" tells the
reader who the speaker is, and what it says without a clause of its own is a deed or a tie of
that speaker, not a second report ('"It will pass," said Ann Lee, who endorsed the mayor';
'Lee, who has known him for years, told reporters ...'). A relative clause that reports a
clause ('said Lee, who noted that the vote failed') or carries a quotation stays a report.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS

# The plain verbs of saying, which introduce a speaker and whose subject a relative clause
# identifies: "said Lee, who ...", "Lee, who ..., told reporters".
SAYING_VERBS = frozenset({"say", "tell"})

# Relative pronouns that stand for the speaker as the subject of the clause.
RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})


def speaker_background(cue: Cue, content: list[Token]) -> bool:
    """A cue in a relative clause on the subject of "say" or "tell" whose unquoted content
    has no clause of its own: "said Lee, who [endorsed the mayor]"."""
    subject = cue.subject
    if cue.quoted or subject is None or subject.lower_ not in RELATIVE_SUBJECTS:
        return False
    speaker = _antecedent(cue.token)
    if speaker is None or speaker.dep_ != "nsubj" or speaker.head.lemma_ not in SAYING_VERBS:
        return False
    return not any(
        t.dep_ in SUBJECT_DEPS and t.head != cue.token and t.head in content for t in content
    )


def _antecedent(verb: Token) -> Token | None:
    """The noun a relative clause describes, through coordinated verbs of the clause and
    appositions ("Lee, a senator who voted ... and backed ...": Lee), or None."""
    while verb.dep_ == "conj" and verb.head.dep_ in {"relcl", "conj"}:
        verb = verb.head
    if verb.dep_ != "relcl":
        return None
    noun = verb.head
    while noun.dep_ == "appos":
        noun = noun.head
    return noun
