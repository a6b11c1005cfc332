"""What a verb of asking asks for, when its object is the one asked: "asked the court for [a
delay]", "pressed the mayor for [answers]", "asked her about [the budget]", "pressed the minister on
[the cost]". The object names a person or body, whom the words were put to; what was said is
in the "for" or "about" phrase the parser hung on the verb after it, or in an "on" phrase
after a verb of questioning hard ("press", "question"), unless that phrase is a date ("asked
her on Monday").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.content_ends import duration_cut, with_conditions
from foretold.attribution.cues import HUMAN_SUBJECTS
from foretold.attribution.entities import ORG_WORDS, people_noun
from foretold.attribution.object_content import further_phrases
from foretold.attribution.ranges import Range, finish
from foretold.attribution.tagged_entities import DATE_ENTS

# Verbs whose object is the one asked: "asked the court for a delay".
ASKING_LISTENER_VERBS = frozenset({"ask", "beg", "petition", "implore", "press", "question"})
_ASKED_PREPS = frozenset({"for", "about"})
# Verbs of questioning hard whose "on" phrase names the matter pressed: "pressed her on [the
# cost]", "questioned the chief on [the arrests]".
_PRESSING_VERBS = frozenset({"press", "question"})


def asked_for(verb: Token, lemma: str) -> list[Range] | None:
    """The object of the "for" or "about" phrase after the one a verb of asking asks: "asked
    the court for [a delay]", "asked her about [the budget]", "pressed him on [the cost]";
    None unless the verb's object names a person or body ("asked questions about the deal"
    keeps its object)."""
    if lemma not in ASKING_LISTENER_VERBS:
        return None
    listener = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if listener is None or not _names_someone(listener):
        return None
    for prep in verb.rights:
        if prep.i < listener.i or prep.dep_ != "prep" or not _asked_prep(prep, lemma):
            continue
        objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
        if prep.lower_ == "on" and any(o.ent_type_ in DATE_ENTS for o in objects):
            continue
        if not objects:
            return None
        end = duration_cut(objects[-1], objects[-1].right_edge.i + 1)
        end = with_conditions(verb, further_phrases(verb, prep, end))
        return finish(verb.doc, [(objects[0].left_edge.i, end)], verb.i)
    return None


def _asked_prep(prep: Token, lemma: str) -> bool:
    """A preposition that opens what was asked: "for", "about", or "on" after "press" or
    "question"."""
    return prep.lower_ in _ASKED_PREPS or (prep.lower_ == "on" and lemma in _PRESSING_VERBS)


def _names_someone(token: Token) -> bool:
    """A person or body that can be asked: "her", "the court", "voters", "Lee"."""
    if token.pos_ == "PRON":
        return token.lower_ not in {"it", "something", "anything", "nothing", "what"}
    return (
        token.pos_ == "PROPN"
        or token.ent_type_ in HUMAN_SUBJECTS
        or people_noun(token)
        or token.lower_ in ORG_WORDS
    )
