""" "The government" standing for the one government an article has named with its place.

News names a government once with its place ("the United States government", "the
government of Samoa", "the Samoan government") and then calls it "the government" ("The
government said ..."). A reader takes that government only when the article has named no
other before: after "the German government" and "the Russian government", "the government"
could be either, and is left as written. "The administration" is read the same way, after
an administration named with its leader or its place ("the Lindqvist administration ...
The administration said ...": the Lindqvist administration).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from foretold.attribution.tagged_entities import tagged_entities
from foretold.attribution.token_index import tokens_lowered
from foretold.ids import normalise_name

_GOVERNMENT = "government"
# Nouns of an executive a bare description stands for once the article has named it.
EXECUTIVE_NOUNS = frozenset({_GOVERNMENT, "administration"})
# Labels of the place or nationality written before "government" ("the Samoan government").
_PLACE_LABELS = frozenset({"GPE", "NORP"})
# An administration is also named with its leader ("the Lindqvist administration").
_LEADER_LABELS = frozenset({"PERSON"})
# Labels of the place an "of" phrase after "government" names; the tagger often takes a
# small country for an organisation ("the government of Samoa").
_OF_LABELS = frozenset({"GPE", "ORG", "LOC"})


def named_governments(doc: Doc, noun: str = _GOVERNMENT) -> list[tuple[int, str]]:
    """Where each government (or, by ``noun``, administration) named with its place starts
    (a character offset) and its name, without an opening "the":
    a place or nationality right before "government" ("the United States government", "the
    Samoan government": "United States government", "Samoan government") or a place in an
    "of" phrase right after it ("the government of Samoa": "government of Samoa"); an
    administration also by its leader's name ("the Lindqvist administration")."""
    found: list[tuple[int, str]] = []
    labels = _PLACE_LABELS | (_LEADER_LABELS if noun != _GOVERNMENT else frozenset())
    ents = {token.i: ent for ent in tagged_entities(doc) for token in ent}
    for token in tokens_lowered(doc, (noun,)):
        if token.tag_ != "NN":
            continue
        before = ents.get(token.i - 1)
        if before is not None and before.end == token.i and before.label_ in labels:
            start = before.start + (doc[before.start].lower_ == "the")
            found.append((doc[start].idx, doc[start : token.i + 1].text))
            continue
        after = ents.get(token.i + 2)
        if (
            after is not None
            and after.start == token.i + 2
            and after.label_ in _OF_LABELS
            and doc[token.i + 1].lower_ == "of"
        ):
            found.append((token.idx, doc[token.i : after.end].text))
    return found


def bare_government(mention: Span) -> str | None:
    """The noun of a speaker mention that is "the government" or "the administration" and
    nothing more ("The government said": "government"); None for "the federal government",
    "a government" or "the government of Samoa"."""
    if (
        len(mention) == 2
        and mention[0].lower_ == "the"
        and mention[1].lower_ in EXECUTIVE_NOUNS
        and mention[1].tag_ == "NN"
    ):
        return mention[1].lower_
    return None


def only_government(named: list[tuple[int, str]], before: int) -> str | None:
    """The name of the one government named with its place before a character offset
    (`named_governments`), or None when none was or several were ("the German government
    ... the Russian government ... the government": either)."""
    names = {normalise_name(name): name for start, name in named if start < before}
    return next(iter(names.values())) if len(names) == 1 else None
