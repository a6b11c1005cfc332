"""A court filing disposed of: a deed of the court, not words or a view.

"Dismiss", "reject", "uphold" and the like report a stance when they take a claim or an
argument ("she dismissed the report", "he rejected the argument"), but with a filing put to
a court for object they report what the court did with it: "the judge dismissed [the
lawsuit]", "the court rejected [the company's appeal]", "[the motion] was denied". A filing
judged as something ("he dismissed the lawsuit as frivolous") keeps the reporting sense, as
does an appeal or a petition for something ("she rejected the appeal for calm").

So is a writ issued: "the committee issued [a subpoena] for the records", "[the warrant] was
issued by a judge" tell of a legal act, while "issued [a statement]" or "issued [a warning]"
give words.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue

# Verbs a court uses to dispose of a filing: "dismissed [the suit]", "granted [the motion]".
DISPOSING_VERBS = frozenset(
    {"dismiss", "reject", "deny", "uphold", "overturn", "grant", "hear", "throw", "strike"}
)
# Nouns of a filing put to a court: "[the lawsuit]", "[an injunction]".
FILING_NOUNS = frozenset(
    {
        *("lawsuit", "lawsuits", "suit", "suits", "countersuit", "motion", "motions"),
        *("appeal", "appeals", "petition", "petitions", "injunction", "indictment", "subpoena"),
    }
)
# Nouns of a writ that compels someone, which its issuer serves rather than says: "issued [a
# subpoena] for the records", "[arrest warrants] were issued".
_WRIT_NOUNS = frozenset(
    {"subpoena", "subpoenas", "warrant", "warrants", "summons", "writ", "writs"}
)
# Nouns of a filing that are also a plea when they say what is asked: "an appeal [for calm]".
_PLEA_NOUNS = frozenset({"appeal", "appeals", "petition", "petitions"})


def court_filing_disposed(cue: Cue) -> bool:
    """Whether a disposing verb takes a court filing for its only object and judges it as
    nothing: "the judge dismissed [the lawsuit]", "[the appeal] was rejected" (but "he
    dismissed the lawsuit as frivolous", "she rejected the appeal for calm", "they rejected
    the claim")."""
    verb = cue.token
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DISPOSING_VERBS or cue.quoted:
        return False
    children = list(verb.children)
    if any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in children):
        return False
    if any(_judged_as(c) for c in children):
        return False
    things = [c for c in children if c.dep_ in {"dobj", "nsubjpass"}]
    return len(things) == 1 and _filing(things[0])


def _judged_as(child: Token) -> bool:
    """An "as" phrase that judges the object, on the verb or on a clause under it: "dismissed
    it [as] frivolous"."""
    return child.lower_ == "as" or (
        child.dep_ in {"advcl", "prep", "acomp"} and any(g.lower_ == "as" for g in child.children)
    )


def _filing(noun: Token) -> bool:
    """A noun of a court filing, not a plea for something: "[the suit]", "[an appeal] of the
    fine" (not "[an appeal] for calm", "[a petition] to the mayor")."""
    if noun.pos_ != "NOUN" or noun.lower_ not in FILING_NOUNS:
        return False
    if noun.lower_ in _PLEA_NOUNS:
        return not any(c.dep_ == "prep" and c.lower_ in {"for", "to"} for c in noun.children)
    return not any(c.dep_ == "prep" and c.lower_ == "as" for c in noun.children)


def writ_issued(cue: Cue) -> bool:
    """Whether "issue" takes a writ for its only object, in the active or the passive: "the
    committee issued [a subpoena] for the records", "[the warrant] was issued by a judge" (but
    "issued [a statement]", "issued a subpoena, saying ...": a clause of its own stays)."""
    verb = cue.token
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "issue" or cue.quoted:
        return False
    children = list(verb.children)
    if any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in children):
        return False
    things = [c for c in children if c.dep_ in {"dobj", "nsubjpass"}]
    return len(things) == 1 and things[0].pos_ == "NOUN" and things[0].lower_ in _WRIT_NOUNS
