"""Background on a speaker: a relative clause on the subject of "say" or "tell" tells the
reader who the speaker is, and what it says without a clause of its own is a deed or a tie of
that speaker, not a second report ('"It will pass," said Ann Lee, who endorsed the mayor';
'Lee, who has known him for years, told reporters ...'). A relative clause that reports a
clause ('said Lee, who noted that the vote failed'), a gerund clause ('Lee, who recalled
meeting the senator in 1998, said ...'; 'said Lee, who accused the mayor of hiding the
audit': a charge told in a gerund clause after the verb's preposition), a judgement of
what its object is or is like ('said Lee, who likened the race to a brawl', 'who called the
plan a fraud'), a topic spoken or written about ('said Lee, who wrote about the case') or a
quotation stays a report.
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
    ) and not (
        _gerund_clause(cue.token, content)
        or _judgement(cue.token, content)
        or _spoken_topic(cue.token, content)
    )


def _gerund_clause(verb: Token, content: list[Token]) -> bool:
    """The content is a gerund clause of the verb, a remembered or admitted act rather than a
    deed of the speaker: "who recalled [meeting the senator]", "who admitted [taking it]",
    or of a preposition of the verb or of its object (where the parse may hang it), the act
    charged or credited: "who accused the mayor [of hiding the audit]" (but "who accused the
    mayor [of fraud]" is a past deed)."""
    return any(
        t.tag_ == "VBG"
        and (
            (t.head == verb and t.dep_ in {"xcomp", "ccomp"})
            or (
                t.dep_ == "pcomp"
                and t.head.dep_ == "prep"
                and (
                    t.head.head == verb or (t.head.head.dep_ == "dobj" and t.head.head.head == verb)
                )
            )
        )
        for t in content
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


# Verbs of comparing, whose "to" phrase says what the object is like: "likened the race to a
# brawl".
LIKENING_VERBS = frozenset({"liken", "compare"})


def _judgement(verb: Token, content: list[Token]) -> bool:
    """The content says what the verb's object is or is like, in a predicate after the object
    ("called the plan [a fraud]", "described it [as a mess]") or a comparison ("likened the
    race [to a brawl]")."""
    likening = verb.lemma_.lower() in LIKENING_VERBS
    return any(
        t.head == verb
        and (
            t.dep_ == "oprd"
            or (t.dep_ == "prep" and (t.lower_ == "as" or (likening and t.lower_ == "to")))
        )
        for t in content
    )


# Verbs of speaking or writing whose "about" or "on" phrase is a topic the speaker addressed:
# "who wrote about the case", "who testified on the bill".
TOPIC_SPEAKING_VERBS = frozenset(
    {"write", "speak", "talk", "comment", "testify", "complain", "joke", "boast", "brag", "warn"}
)


def _spoken_topic(verb: Token, content: list[Token]) -> bool:
    """The content is the topic of a verb of speaking or writing, what the speaker said
    something about: "who wrote about [the case]"."""
    if verb.lemma_.lower() not in TOPIC_SPEAKING_VERBS:
        return False
    topics = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ in {"about", "on"}]
    return any(t in topics or t.head in topics for t in content)
