"""Open questions the writer states with no one to hold them: "it is unclear" and its kin
with an embedded question report that question, with no holder ("It is unclear [whether the
mayor knew]", "it remains unknown [who will replace her]", "[Whether the plan passes] is not
clear", "[whether it works] is hard to say"). A plain "clear" counts only when negated ("it
is not clear why"), "hard" only with an infinitive of telling ("hard to say", not "hard to
find"); a clause with no question word is not an open question ("it is clear that she
won"), and a question holding a verb of saying of its own leaves that report its words ("it
is unclear whether she [said] so"); other cues inside it ("whether the mayor knew") make no
statement of their own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.content_ends import clause_end
from foretold.attribution.cue import Cue, char_range
from foretold.attribution.cues import QUESTION_OPENERS, cue_lemma
from foretold.attribution.empty_contents import SAYING_VERBS
from foretold.attribution.ranges import finish
from foretold.attribution.speaker_backgrounds import TOPIC_SPEAKING_VERBS

# Adjectives that say a question is open: "it is unclear", "it remains uncertain".
UNCLEAR_WORDS = frozenset({"unclear", "uncertain", "unknown"})
# An adjective that says a question is open only when negated: "it is not clear".
NEGATABLE_WORDS = frozenset({"clear"})
# Adjectives of difficulty that open a question with an infinitive of telling: "it is hard
# to say whether ...".
DIFFICULT_WORDS = frozenset({"hard", "difficult", "impossible"})
TELLING_VERBS = frozenset({"say", "tell", "know", "predict"})
OPEN_WORDS = UNCLEAR_WORDS | NEGATABLE_WORDS | DIFFICULT_WORDS
# Verbs that link an impersonal subject to such an adjective: "it is", "it remains".
LINKING_VERBS = frozenset({"be", "remain", "seem"})
# Clitic forms of "be", which the lemmatiser may leave as they are.
_CLITIC_BE = frozenset({"'s", "’s"})
# Question words that open an embedded question.
QUESTION_WORDS = QUESTION_OPENERS | {"where"}
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "csubj"})
# Verbs of saying whose report inside a question stays a report of its own: "whether she
# [said] so", "whether he can [comment] on it".
_SPEAKING_VERBS = SAYING_VERBS | TOPIC_SPEAKING_VERBS


def unclear_question(doc: Doc, adjective: Token) -> Cue | None:
    """ "It is unclear whether X", "it's not clear why", "whether X is unclear", "whether X is
    hard to say": the embedded question is the content and no one holds it."""
    if not _open(adjective):
        return None
    verb = adjective.head
    if adjective.dep_ != "acomp" or not _linking(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "expl"}), None)
    if subject is not None and subject.lower_ != "it":
        return None
    telling = [c for c in adjective.children if c.dep_ == "xcomp"]
    for child in [*adjective.rights, *verb.children, *(c for t in telling for c in t.rights)]:
        if child.dep_ in _CLAUSE_DEPS and (start := _question_start(child)) is not None:
            if (child.dep_ != "csubj" and child.i < adjective.i) or _reports(child):
                continue
            ranges = finish(doc, [(start, clause_end(child) + 1)], adjective.i)
            if ranges:
                return Cue(adjective, adjective.text, None, [char_range(doc, *r) for r in ranges])
        if child.i > adjective.i and child.dep_ == "advmod" and child.lower_ in QUESTION_WORDS:
            return Cue(adjective, adjective.text, None, [char_range(doc, child.i, child.i + 1)])
    return None


def _linking(verb: Token) -> bool:
    """Whether a verb links a subject to an adjective: "is", "remains", "it's"."""
    return verb.lemma_.lower() in LINKING_VERBS or verb.lower_ in _CLITIC_BE


def _reports(clause: Token) -> bool:
    """Whether a clause holds a verb of saying of its own: "whether she [said] so" (but not
    "whether the mayor [knew] about it", "whether the study [shows] a benefit")."""
    return any(
        t.pos_ == "VERB" and cue_lemma(t.lemma_, t.text) in _SPEAKING_VERBS for t in clause.subtree
    )


def _open(adjective: Token) -> bool:
    """Whether an adjective says a question is open: "unclear", "clear" with a negation on it
    or on its linking verb ("is not clear"), or "hard" with an infinitive of telling ("hard to
    say", not "hard to find")."""
    word = adjective.lower_
    if word in DIFFICULT_WORDS:
        return any(
            c.dep_ == "xcomp" and c.lemma_.lower() in TELLING_VERBS for c in adjective.children
        )
    if word in UNCLEAR_WORDS:
        return True
    if word not in NEGATABLE_WORDS:
        return False
    return any(c.dep_ == "neg" for c in [*adjective.children, *adjective.head.children])


def _question_start(clause: Token) -> int | None:
    """Where an embedded question opens: at its question word, past a hedging adverb before
    it ("[exactly] how it was spent" opens at "how")."""
    left = clause.left_edge.i
    for token in clause.doc[left : min(left + 2, clause.i + 1)]:
        if token.lower_ in QUESTION_WORDS:
            return token.i
    return None
