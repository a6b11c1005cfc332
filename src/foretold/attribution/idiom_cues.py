"""Cues made of a verb and the fixed words around it: a light verb and a stance noun report
the object of their preposition ("she took a swipe at [X]", "he heaped praise on [X for Y]",
"they poked fun at [the mayor returning home]");
"made (it) clear" states the clause after it; a phrasal verb outside the lexicon states a
stance toward its object ("she played down [the risk]"); a telling verb reports the story it
names ("she told [the story of her first campaign]")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.content_ends import clause_end, noun_conjunct_end, object_gerund
from foretold.attribution.cue import Cue, char_range
from foretold.attribution.cues import (
    FOR_IDIOM_NOUNS,
    IDIOM_NOUNS,
    IDIOM_PREPOSITIONS,
    ONE_VERB_IDIOM_NOUNS,
)
from foretold.attribution.object_content import phrasal_content
from foretold.attribution.ranges import subtree_range, trim
from foretold.attribution.speakers import subject_of
from foretold.attribution.verbal_attacks import attack_on_person

_STORY_NOUNS = frozenset({"story", "stories", "tale", "tales", "anecdote", "anecdotes"})


def story_object(verb: Token) -> list[tuple[int, int]]:
    """The story a telling verb names as what was said: "she told the story of her
    first campaign" gives "the story of her first campaign"."""
    if verb.lemma_.lower() not in {"tell", "recount", "relate"}:
        return []
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in _STORY_NOUNS:
            return [subtree_range(child)]
    return []


def phrasal_cue(doc: Doc, verb: Token) -> Cue | None:
    """A phrasal verb outside the lexicon that states a stance: "she played down the risk"."""
    subject = subject_of(verb)
    clause = phrasal_content(verb)
    if subject is None or clause is None:
        return None
    return Cue(verb, verb.text, subject, [char_range(doc, *clause)])


def idiom_cue(doc: Doc, verb: Token) -> Cue | None:
    """A light verb whose object noun after it states a stance toward the object of a
    preposition after it, on the noun or the verb, with the reason given by "for": "she took
    a swipe at [the plan]", "he heaped praise on [the mayor for her work]", "the rally where
    he delivered a tirade against [the press]"."""
    noun = next((c for c in verb.rights if c.dep_ == "dobj"), None)  # not a relative "that"
    if noun is None or not (noun.lower_ in IDIOM_NOUNS or attack_on_person(verb)):
        return None
    if ONE_VERB_IDIOM_NOUNS.get(noun.lower_, verb.lemma_.lower()) != verb.lemma_.lower():
        return None  # "cast light on X" sheds light; "made light of X" belittles X
    subject = subject_of(verb)
    if subject is None:
        return None
    for prep in [*noun.rights, *_paired_preps(noun), *verb.rights]:
        if prep.dep_ != "prep" or prep.i < noun.i or not _idiom_preposition(prep, noun):
            continue
        if prep.lower_ == "with" and verb.lemma_.lower() in _PARTNER_VERBS:
            continue  # "traded barbs with [the mayor]" names who traded, not the matter
        target = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
        if target is None:
            return None
        start, end = subtree_range(target)
        reason = next(
            (c for c in [*noun.rights, *verb.rights] if c.dep_ == "prep" and c.lower_ == "for"),
            None,
        )
        if reason is not None and reason.i == end:  # "praise on [X for Y]"
            end = reason.right_edge.i + 1
        end = max(end, _pair_end(prep))  # "both of [X and of Y]"
        end = object_gerund(verb, end)  # "fun at [the mayor returning home]"
        end = noun_conjunct_end(noun, end, IDIOM_NOUNS)  # "references to [X and his support for Y]"
        content = trim(doc, start, end)
        if content is None:
            return None
        phrase = doc[verb.i : prep.i + 1].text  # the cue is the whole phrase: "took a swipe at"
        return Cue(verb, phrase, subject, [char_range(doc, *content)])
    return None


def _idiom_preposition(prep: Token, noun: Token) -> bool:
    """A preposition that names the target of a stance noun: "a swipe at", "credit for"."""
    word = prep.lower_
    return word in IDIOM_PREPOSITIONS or (word == "for" and noun.lower_ in FOR_IDIOM_NOUNS)


# Light verbs of an exchange, whose "with" names the other side: "traded barbs with X over Y".
_PARTNER_VERBS = frozenset({"trade"})


# Words that pair two targets of one stance noun: "fun both of X and of Y".
_PAIR_WORDS = frozenset({"both", "either"})


def _paired_preps(noun: Token) -> list[Token]:
    """The prepositions the parser hung on a "both" or "either" right after the stance noun,
    which pair two targets: "she made fun both [of his speech] and [of his record]"."""
    pair = next((c for c in noun.rights if c.i == noun.i + 1 and c.lower_ in _PAIR_WORDS), None)
    return [] if pair is None else list(pair.rights)


def _pair_end(prep: Token) -> int:
    """The end (exclusive) of the second of a paired preposition's targets: "both of [his
    speech and of his record]"; the preposition's own end when it has no pair."""
    pair = prep.head
    if pair.lower_ not in _PAIR_WORDS:
        return prep.right_edge.i + 1
    second = [c for c in pair.rights if c.dep_ == "conj" and c.i > prep.i]
    return second[-1].right_edge.i + 1 if second else prep.right_edge.i + 1


_PLAIN_WORDS = frozenset({"clear", "plain"})


def made_clear(doc: Doc, verb: Token) -> Cue | None:
    """ "Make (it) clear" and a clause with its own subject, which states that clause: "she
    made it clear [that she would veto the bill]" (the parse hangs it on either word)."""
    if verb.lemma_.lower() != "make":
        return None
    word = next((c for c in verb.rights if c.lower_ in _PLAIN_WORDS), None)
    if word is None or any(t.lower_ != "it" and t.pos_ != "ADV" for t in doc[verb.i + 1 : word.i]):
        return None  # "made (it) (very) clear", not "made the road less clear"
    clause = next((c for c in [*word.rights, *verb.rights] if _stated_clause(c, word)), None)
    subject = subject_of(verb)
    if clause is None or subject is None:
        return None
    content = trim(doc, clause.left_edge.i, clause_end(clause) + 1)
    if content is None:
        return None
    phrase = doc[verb.i : word.i + 1].text
    return Cue(verb, phrase, subject, [char_range(doc, *content)])


def _stated_clause(clause: Token, word: Token) -> bool:
    """A clause after "clear" with its own subject, a clause one too ("[that meeting them
    helps]"), and no conjunction but "that": "[that she would veto it]", "[she will not run]"
    (not "when we drove")."""
    if clause.i <= word.i or clause.dep_ not in {"ccomp", "advcl"}:
        return False
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    own = any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in clause.children)
    opening = clause.left_edge.tag_ in {"WRB", "IN"} and clause.left_edge.lower_ != "that"
    return own and not opening and all(m == "that" for m in marks)
