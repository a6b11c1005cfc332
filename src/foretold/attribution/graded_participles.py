"""Graded participles: a past participle of a cue graded by "most", "least" or "much", with no
subject or auxiliary of its own, is an adjective of the noun after it, which names a thing
much or little talked about, not anything said: "the biggest and least [talked] about
change in town", "the most [discussed] plan" (but "what she talked about most", "the plan
was much discussed by the council").

A participle right after a word English uses only as a preposition is likewise an adjective
of the noun after it, even when the parser, misled by a capital at the start of a sentence,
takes the preposition for its subject: "Amid [reported] clashes in the north, the talks
stalled", "Despite [claimed] savings, costs rose" report nothing (but "Amid the clashes,
officials reported calm").
"""

from __future__ import annotations

from foretold.attribution.cue import Cue

# Adverbs that grade a participle as an adjective: "the least talked about".
GRADING_ADVERBS = frozenset({"most", "least", "much"})
# Words that are only ever prepositions, never a subject: "Amid reported clashes".
_PREPOSITION_WORDS = frozenset(
    {
        "among", "amongst", "amid", "amidst", "despite", "during", "via", "upon", "onto", "into",
        "unto", "within", "throughout", "toward", "towards", "per", "versus",
    }
)  # fmt: skip
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "agent", "ccomp", "xcomp"})


def graded_participle(cue: Cue) -> bool:
    """A cue participle graded by "most", "least" or "much" right before it, with nothing
    that gives it a clause of its own, and a content after it: "the least [talked] about
    change"."""
    verb = cue.token
    if verb.tag_ != "VBN" or cue.quoted or not cue.fragments or verb.i == 0:
        return False
    grade = verb.nbor(-1)
    if grade.lower_ not in GRADING_ADVERBS or grade.head != verb or grade.dep_ != "advmod":
        return False
    if any(c.dep_ in _OWN_CLAUSE_DEPS for c in verb.children):
        return False
    return cue.fragments[0][0] >= verb.idx + len(verb)


def participle_after_preposition(cue: Cue) -> bool:
    """A cue participle whose subject, as parsed, is a word that is only ever a preposition
    right before it: "Amongst [reported] incidents of theft, two were solved"."""
    verb = cue.token
    subject = cue.subject
    return (
        subject is not None
        and subject.lower_ in _PREPOSITION_WORDS
        and subject.i == verb.i - 1
        and verb.tag_ in {"VBN", "VBD"}
    )
