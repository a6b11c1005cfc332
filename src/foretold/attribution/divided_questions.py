"""A question that a divided or undecided holder keeps open: "The board is [split] on [whether
to sell]", "Lawmakers remain [at odds] over [how to fund it]", "The two camps [clashed] over
[who should lead]", "The panel has [deadlocked] on [whether the rule applies]", "The polls
were [unclear] as to [who would win]". The predicate says that the subject holds views on the
question, and the question after the preposition is what those views are about; the subject
holds it. Only an embedded question counts: a noun after the preposition names an issue, not
a view ("the party is divided over the budget")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.content_ends import clause_end
from foretold.attribution.cue import Cue, char_range
from foretold.attribution.ranges import finish
from foretold.attribution.speakers import subject_of
from foretold.attribution.unclear_questions import QUESTION_WORDS

# Words of a divided, deadlocked or undecided holder: "split", "divided", "torn", "at odds",
# "clashed", "differ", "deadlocked", "undecided", and of a holder that leaves a question open:
# "unclear", "murky".
DIVIDED_WORDS = frozenset(
    {"split", "divided", "torn", "undecided", "deadlocked", "odds", "clash", "clashed",
     "clashes", "clashing", "differ", "differs", "differed", "differing", "unclear", "murky"}
)  # fmt: skip
# Prepositions that name what the views are about: "split on", "at odds over", "torn about",
# "unclear as to".
_TOPIC_PREPOSITIONS = frozenset({"on", "over", "about", "as"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def divided_question(doc: Doc, word: Token) -> Cue | None:
    """The question a divided holder keeps open, held by the predicate's subject; None when
    the preposition after the predicate takes no question or no one holds it."""
    predicate = _predicate(word)
    if predicate is None:
        return None
    question = _question_after(word, predicate)
    if question is None:
        return None
    holder = next((c for c in predicate.children if c.dep_ in _SUBJECT_DEPS), None)
    if holder is None:
        holder = subject_of(predicate.head if predicate.dep_ == "acomp" else predicate)
    if holder is None or holder.lower_ in {"it", "there"}:
        return None
    ranges = finish(doc, [question], word.i)
    if not ranges:
        return None
    return Cue(word, word.text, holder, [char_range(doc, *r) for r in ranges])


def _predicate(word: Token) -> Token | None:
    """The verb or adjective whose subject holds the views: the word itself ("they [clashed]",
    "the board is [split]"), or the verb "at odds" hangs on ("lawmakers [remain] at odds")."""
    if word.lower_ == "odds":
        at = word.head
        return at.head if word.dep_ == "pobj" and at.lower_ == "at" else None
    if word.pos_ in {"VERB", "ADJ"} or word.dep_ == "acomp":
        return word
    return None


def _question_after(word: Token, predicate: Token) -> tuple[int, int] | None:
    """The embedded question right after the preposition of topic that follows the word:
    "on [whether to sell]", "as to [who would win]"; None when that preposition takes
    anything else."""
    heads = [word, word.head] if word.dep_ == "acomp" or predicate != word else [word]
    for prep in (c for head in heads for c in head.rights if c.i > word.i):
        if prep.dep_ != "prep" or prep.lower_ not in _TOPIC_PREPOSITIONS:
            continue
        if prep.lower_ == "as":  # "as to": the question hangs on "to"
            prep = next((c for c in prep.children if c.lower_ == "to" and c.i == prep.i + 1), None)
            if prep is None:
                return None
        question = next((c for c in prep.children if c.dep_ in {"pcomp", "pobj"}), None)
        if question is None and not any(prep.children):
            question = _hung_clause(prep)  # "are murky on [when ...]", hung on "are"
        if question is None or question.left_edge.i != prep.i + 1:
            return None
        first = question.left_edge
        if first.lower_ not in QUESTION_WORDS or first.lower_ == "if":
            return None
        return first.i, clause_end(question) + 1
    return None


def _hung_clause(prep: Token) -> Token | None:
    """A clause right after a bare preposition that the parse hung on the verb above it:
    "rules are murky on [when it applies]" with "applies" under "are"."""
    verb = prep.head.head if prep.head.dep_ == "acomp" else prep.head
    return next(
        (c for c in verb.rights if c.dep_ in {"advcl", "ccomp"} and c.left_edge.i == prep.i + 1),
        None,
    )
