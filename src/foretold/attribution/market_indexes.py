"""A stock market index is a figure, not a body: "the Dow gained 3% over the week", "the
Nasdaq was up nearly nine points", "the Harbour Composite Index lost 6.3 percent". The tagger
reads such names as organisations; a name every mention of which reads as an index (named
an index, or moving up or down by points or percent; a possessive, "the Dow's descent", says
nothing either way) makes no record in the people table (unless a statement is credited to it).

A body that is mentioned in any other way stays: "Nasdaq says all trades were reviewed" is
the exchange; a company whose shares the text says rose is written without "the" ("Velo
Motors gained 9.7%") and stays."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from foretold.attribution.cues import word_set
from foretold.attribution.entities import ORG_WORDS

# Last words of the names of stock market indexes ("Straits Times Index", "Harbour
# Industrial Average", "Velo Composite") and the common nouns written after a name to call
# it an index ("the Velo index").
INDEX_WORDS = word_set("index indexes indices average composite")

# Verbs by which an index moves or stands at a level ("rose", "closed at", "was up").
MOVE_VERBS = word_set(
    """
    rise fall gain lose close drop surge climb slip tumble end finish shed add jump plunge
    sink decline rally edge slide soar dip rebound bottom open trade sag retreat advance
    """
)

# Words that give a measure in points or percent ("nine points", "3 percent", "3%").
MEASURE_WORDS = word_set("% percent per cent points point pts")

# Words that set a move in a contest, whose points a party or a team wins ("fell 10 points
# behind", "gained 4 points in the poll"), not an index.
CONTEST_WORDS = word_set("behind ahead poll polls vote votes election elections survey game match")

# Adverbs by which "to be" gives a move ("was up 1.2%", "was down 74 points").
MOVE_ADVERBS = word_set("up down higher lower")


def names_market_index(doc: Doc, mentions: Iterable[tuple[int, int, str]]) -> bool:
    """Whether every mention of an entity reads as a stock market index
    (``mentions_index``): the entity is that figure, whatever the tagger calls it."""
    spans = [doc.char_span(start, end, alignment_mode="expand") for start, end, _ in mentions]
    if any(s is None or not len(s) for s in spans):
        return False
    named = [s for s in spans if s is not None and not _owns(s)]
    return bool(named) and all(mentions_index(s) for s in named)


def mentions_index(span: Span) -> bool:
    """Whether a name reads as a stock market index where it stands: its last word or the
    noun it modifies calls it an index ("the Velo Composite Index", "the Velo index"), it is
    written with "the", singular, and the subject of a move measured in points or percent
    ("the Velo fell 82 points", "the Velo was up 1.2%", "the Velo and the Arno gained 3%");
    a company's name goes without "the" ("Velo Motors gained 9.7%": its shares did), and a
    party or a team is plural ("the Velonians gained 4 points in the poll")."""
    root = span.root
    if span[-1].lower_ in INDEX_WORDS:
        return True
    if root.dep_ == "compound" and root.head.lower_ in INDEX_WORDS:
        return True
    subject = root
    while subject.dep_ == "conj":
        subject = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or not _with_article(span):
        return False
    if root.tag_ == "NNPS":
        return False  # "the Conservatives gained 4 points", "the Lakers lost by 9 points"
    if span[-1].lower_ in ORG_WORDS:
        return False  # "the Velo Party gained 5 points", "the Velo Times lost 20 percent"
    verb = subject.head
    measures = [t for t in verb.subtree if t not in span and _measure(t)]
    # A share of something is no move of a figure: "the Velo closed 30 percent of its stores".
    return (
        _moves(verb)
        and bool(measures)
        and not any(c.lower_ == "of" for t in measures for c in t.children)
        and not any(t.lower_ in CONTEST_WORDS for t in verb.subtree)
    )


def _with_article(span: Span) -> bool:
    """A name written with "the" ("the Velo"), as an index's name is and a company's is not
    ("Velo Motors rose 5%": the company, by its shares)."""
    doc = span.doc
    first = span[0] if span[0].lower_ == "the" or span.start == 0 else doc[span.start - 1]
    return first.lower_ == "the"


def _owns(span: Span) -> bool:
    """A possessive mention ("the Velo's descent"), which says nothing of what the name is."""
    root = span.root
    return root.dep_ == "poss" or any(t.dep_ == "case" for t in root.children)


def _moves(verb: Token) -> bool:
    """A verb of rising or falling, or "to be" with "up" or "down" ("was up")."""
    if verb.lemma_.lower() in MOVE_VERBS:
        return True
    return verb.lemma_ == "be" and any(c.lower_ in MOVE_ADVERBS for c in verb.children)


def _measure(token: Token) -> bool:
    """A word giving a measure in points or percent, or a bare level ("closed at 1,622");
    sums of money and counts of things are no measure of an index."""
    if token.lower_ in MEASURE_WORDS or token.ent_type_ == "PERCENT":
        return True
    return (
        token.like_num
        and token.dep_ in ("pobj", "dobj", "npadvmod")
        and token.ent_type_ not in ("MONEY", "DATE", "TIME")
    )
