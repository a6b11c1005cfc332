"""Deeds of things: a cue verb whose subject is a thing that cannot say or claim anything and
whose content is only a noun phrase tells what the thing does, not what anyone said ("the
update adds [support for maps]", "the engine promises [lower fuel costs]", "the fee is open to
[all members]"). A person, a group, a body, a document, a medium or data keeps its report
("the agency adds [a warning]", "the footage shows [a crowd gathering]"), and so does a thing
with a clause for content ("the sensor indicated [the tank was full]").

A thing that cannot speak (``mute_thing``) is a singular common noun that no class of speakers
names: people, bodies and their parts ("its political arm"), documents and inquiries,
measures, media, data, words, talks, rules (a lone "this" or "that" is set aside in
``pointing_subjects``).
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue
from foretold.attribution.cues import EVIDENCE_NOUNS, POLL_NOUNS, SAID_NOUNS, SPEAKING_THINGS
from foretold.attribution.entities import (
    DOCUMENT_NOUNS,
    GROUP_WORDS,
    MEDIUM_NOUNS,
    ORG_DESCRIPTORS,
    ORG_WORDS,
    QUANTITY_NOUNS,
    partitive_group,
)
from foretold.attribution.people_plurals import MEMBERED_BODIES, agent_noun
from foretold.attribution.speaker_words import people, person_noun

# Verbs that only report words: with a thing for subject the parse has cut their clause short
# ("the consensus says [birds] evolved from ...").
_SAYING_VERBS = frozenset({"say", "tell", "state", "claim", "write", "report", "announce"})

# Words for what can say, show or claim something: documents, bodies, media, data and words,
# and the numbers and shares that stand for the group they are taken from ("a majority of").
_REPORTING_WORDS = (
    SPEAKING_THINGS | EVIDENCE_NOUNS | DOCUMENT_NOUNS | SAID_NOUNS | POLL_NOUNS | MEDIUM_NOUNS
) | (GROUP_WORDS | ORG_WORDS | ORG_DESCRIPTORS | QUANTITY_NOUNS)
# Nouns for bodies of people that speak as one: "the family", "the embassy".
_PEOPLE_BODIES = MEMBERED_BODIES | frozenset(
    {
        "family", "community", "public", "crowd", "audience", "side", "movement", "nation",
        "country", "city", "state", "embassy", "consulate", "church", "diocese", "palace",
        "jury", "team", "militia", "household", "class", "delegation", "couple",
        "electorate", "voice", "watchdog", "regime", "tribunal", "caucus",
    }
)  # fmt: skip
# Nouns for a part of an organisation that acts for it: "its political arm endorsed Lee",
# "the party's youth wing", "the local chapter", "a subsidiary".
_BODY_PARTS = frozenset(
    {"arm", "wing", "branch", "unit", "division", "affiliate", "chapter", "subsidiary"}
)
# Nouns for an exchange of words, which report what was said in it: "the debate touched on".
_TALK_NOUNS = frozenset(
    {
        "conversation", "discussion", "debate", "talk", "interview", "speech", "dialogue",
        "hearing", "meeting", "conference", "summit", "exchange",
    }
)  # fmt: skip
# Nouns for texts that lay down or propose what is to be done: "the measure calls for a tax".
RULE_TEXTS = frozenset(
    {
        "law", "act", "measure", "legislation", "amendment", "resolution", "order", "decree",
        "proclamation", "policy", "rule", "regulation", "guideline", "treaty", "deal",
        "agreement", "accord", "pact", "charter", "budget", "agenda", "program", "programme",
        "initiative", "referendum", "ballot", "ordinance", "contract", "warrant",
    }
)  # fmt: skip
# Nouns for works of the media, which say what they show: "the film portrays the mayor".
_MEDIA_WORKS = frozenset(
    {
        "show", "broadcast", "segment", "piece", "story", "headline", "film", "documentary",
        "movie", "episode", "podcast", "cartoon", "sign", "slogan", "song", "script", "text",
        "page", "site", "feed", "footage", "image", "photo", "picture", "map", "chart",
        "graph", "table", "transcript", "recording", "tape", "clip",
    }
)  # fmt: skip
_SPEAKING_WORDS = (
    _REPORTING_WORDS | _PEOPLE_BODIES | _BODY_PARTS | _TALK_NOUNS | RULE_TEXTS | _MEDIA_WORKS
)


def thing_deed(cue: Cue) -> bool:
    """A thing that cannot speak with only a noun phrase for content: "the update adds
    [support for maps]" (but "the report adds [a warning]", "the update shows [the app
    crashed]")."""
    subject = cue.subject
    if subject is None or cue.quoted or cue.token.lemma_.lower() in _SAYING_VERBS:
        return False
    if not mute_thing(subject):
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in cue.content_tokens())


def mute_thing(noun: Token) -> bool:
    """A singular common noun in lower case for a thing that cannot say or claim anything: a
    product, a feature, an amount, an event or an idea ("the update", "the new engine",
    "the rate"); not people, a body, a document or an inquiry, a measure, a medium, data,
    words or a talk ("the aide", "the family", "the agency", "the report", "the probe", "the
    index", "the debate"), nor a thing that stands for such a group in its "of" phrase ("a
    flood of letters", "a chorus of critics"), a noun for one who does something ("the
    seller", "the correspondent"), a plural, which may be people the lexicon does not know
    ("the delegates"), or a noun a name qualifies ("the Zeta movement")."""
    if noun.tag_ != "NN" or noun.ent_type_ or not noun.is_lower or not _thing_word(noun):
        return False
    if any(c.pos_ == "PROPN" or c.ent_type_ for c in noun.lefts):
        return False
    group = partitive_group(noun)
    return group is None or (group.pos_ == "NOUN" and not group.ent_type_ and _thing_word(group))


def _thing_word(noun: Token) -> bool:
    """A common noun no word class names as one who can report (`mute_thing`)."""
    if people(noun) or person_noun(noun):
        return False
    lower = noun.lower_
    if {lower, noun.lemma_.lower(), lower + "s"} & _SPEAKING_WORDS:
        return False
    return not agent_noun(lower)
