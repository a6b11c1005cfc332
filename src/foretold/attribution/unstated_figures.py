"""Figures published without their value: a report of the act, not of what was reported.

"Report", "announce", "release" and the like with a noun of figures for object ("the firms
reported [their January sales]", "the bank will announce [its quarterly earnings]") say that
the figures came out, not what they were; the object names a topic, not content. A value or
a judgement on the figures keeps the report ("reported [a 9% drop in sales]", "announced
[record profits]", "reported [weak sales]", "reported [sales of 3,000 cars]").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue
from foretold.attribution.tagged_entities import DATE_ENTS

# Verbs that publish figures: "reported [its sales]", "released [the results]".
PUBLISHING_VERBS = frozenset({"report", "announce", "release", "post", "publish", "disclose"})
# Nouns of figures a firm or a body publishes: "[sales]", "[earnings]", "[results]".
FIGURE_NOUNS = frozenset(
    {
        *("sales", "earnings", "results", "figures", "numbers", "profits", "revenues"),
        *("revenue", "statistics", "accounts", "finances", "turnover", "deliveries"),
    }
)
# Words before a figure noun that only say whose figures they are or for when: "[its
# quarterly] earnings", "[the January] sales", "[first-quarter] results".
_PERIOD_WORDS = frozenset(
    {
        *("quarterly", "annual", "monthly", "weekly", "yearly", "latest", "full", "year"),
        *("first", "second", "third", "fourth", "quarter", "half", "fiscal", "financial"),
        *("new", "official", "preliminary", "final", "-", "its", "their", "the", "his", "her"),
    }
)


def unstated_figures(cue: Cue) -> bool:
    """Whether a publishing verb's whole content is its object, a noun of figures with no
    value: "reported [their January sales]" (not "reported [a drop in sales]", "reported
    [strong sales]", "reported [that sales fell]")."""
    verb = cue.token
    if verb.lemma_.lower() not in PUBLISHING_VERBS or cue.quoted:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or not _bare_figures(objects[0]):
        return False
    tokens = [t for t in cue.content_tokens() if not t.is_punct]
    subtree = {t.i for t in objects[0].subtree}
    return bool(tokens) and all(t.i in subtree for t in tokens)


def _bare_figures(noun: Token) -> bool:
    """A noun of figures with nothing but an owner, a period or a time before it and nothing
    after it: "[their January sales]", "[its quarterly earnings]" (not "[sales] of 3,000
    cars", "[record] profits")."""
    if noun.pos_ != "NOUN" or noun.lower_ not in FIGURE_NOUNS:
        return False
    if any(True for _ in noun.rights):
        return False
    return all(_period_word(t) for t in noun.subtree if t.i != noun.i)


def _period_word(token: Token) -> bool:
    """A word that says whose figures or for what time: "its", "quarterly", "January"."""
    return (
        token.lower_ in _PERIOD_WORDS
        or token.ent_type_ in DATE_ENTS
        or token.dep_ == "poss"
        or token.tag_ == "POS"
    )
