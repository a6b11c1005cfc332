"""The content a reporting verb introduces, read from the dependency parse, as token ranges.

``clause_content`` tries the readings of a verb in turn and keeps the first that applies:
- the clause after "be" when the cue sits in the subject of a pseudo-cleft, in
  ``pseudo_clefts`` ("What she said was [that the talks failed]");
- the clause a "with" phrase opens when the parse hung the phrase holding the participle on
  it, in ``absolute_reports`` ("with local media reporting [no one was inside]");
- the object of a phrasal verb ("ruled out [a run]"), a report that closes the brackets
  it stands in ("her ratings ([as low as 19%], a historian says) hurt him") and an inverted
  report whose speaker the parse took for its object ("[It will fail], warned the minister",
  in ``inverted_cues``);
- the clause a clause verb reports, in ``complement_content`` ("said [that the talks
  failed]"; with a modal predicate after a cue set off as an aside, ``aside_cue_conjuncts``:
  "[X was unsafe], engineers said, [and should have ...]"), also for a verb outside the
  lexicon with a clause complement and a person or group subject (``generic_cue``; not when
  a reporting verb in a clause hung on it comes first: "Lee waved as the crowd chanted, 'Stay
  home!'"), unless the verb's to-infinitive comes first;
- the to-infinitive of a promise-like verb, in ``infinitive_content`` ("vowed [to act]"), and
  the perfect to-infinitive of a clause verb ("claims [to have seen it]");
- the "if" clause a verb of asking puts as its question, in ``asked_questions`` ("asked [if
  he would run]");
- what a verb of asking asks for or about after the one asked, in ``asked_listeners``
  ("asked the court for [a delay]"), and what a warning verb warns against after the one
  warned, in ``object_content`` ("warned the board against [raising fares]");
- what the object of a speech-act verb or of its own preposition names, in
  ``object_content`` ("called [the show a disgrace]", "admitted to [the errors]");
- last, a gerund complement ("recalled [meeting her]"), a report after its content and a comma
  ("[The plant will close], a report shows"), the topic after a counselling verb's listener
  ("advised the mayor on [the budget]"), the noun a stranded preposition is about ("[the
  issues] they care about") or the question a preposition takes, in
  ``prepositional_questions`` ("disagree on [how to do it]").
Where each range ends is decided in ``content_ends``. The content of cue nouns and stance
adjectives is read in ``noun_content``; passives, raising verbs and impressions ("it seems
...") in ``passives``; source phrases ("according to X") in ``source_phrases``; the closing
material every range loses (asides, closing reports, framing phrases) in ``ranges``.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.absolute_reports import hoisted_report
from foretold.attribution.aside_cue_conjuncts import aside_conjunct
from foretold.attribution.asked_listeners import asked_for
from foretold.attribution.asked_questions import ASKING_VERBS, asked_question
from foretold.attribution.backshifted_conjuncts import backshifted_conjunct
from foretold.attribution.complement_content import (
    bracketed_report,
    comma_report,
    complement_content,
    gerund_complement,
)
from foretold.attribution.content_ends import colon_paragraph
from foretold.attribution.cue import CUE_LEMMAS
from foretold.attribution.cues import (
    CLAUSE_ONLY_VERBS,
    CLAUSE_VERBS,
    HUMAN_SUBJECTS,
    INFINITIVE_VERBS,
    OBJECT_VERBS,
    PHRASAL_VERBS,
    cue_lemma,
)
from foretold.attribution.infinitive_content import (
    infinitive_content,
    infinitive_first,
    perfect_infinitive,
)
from foretold.attribution.inverted_cues import interrupting_content, inverted_content
from foretold.attribution.marked_conjuncts import marked_conjunct
from foretold.attribution.misjoined_objects import misjoined_object
from foretold.attribution.noun_hung_trailers import noun_hung_trailer
from foretold.attribution.object_content import (
    COUNSEL_VERBS,
    MINDING_VERBS,
    WARNING_VERBS,
    listener_matter,
    listener_topic,
    listener_warning,
    object_content,
    phrasal_content,
    stranded_preposition,
)
from foretold.attribution.prepositional_questions import prepositional_question
from foretold.attribution.pseudo_clefts import cleft_content
from foretold.attribution.raised_relatives import gapped_relative, raised_relative
from foretold.attribution.ranges import Range, finish
from foretold.attribution.reported_asides import ASIDE_VERBS, reported_aside
from foretold.attribution.small_clauses import small_clause
from foretold.attribution.stranded_conjuncts import stranded_conjunct
from foretold.attribution.stranded_predicates import stranded_predicate

_HUMAN_PRONOUNS = {"he", "she", "they", "we", "i"}
# Verbs that report a clause, with or without another complement ("said that ...", "shared
# that ..."), and verbs whose content is an infinitive or an object, not such a clause.
_CLAUSE_TAKING_VERBS = CLAUSE_VERBS | CLAUSE_ONLY_VERBS
_INFINITIVE_OR_OBJECT_VERBS = INFINITIVE_VERBS | OBJECT_VERBS


def generic_cue(verb: Token) -> bool:
    """A verb outside the lexicon with a clause complement and a person or group subject, but
    not one with a small clause ("they let [us look]") nor one whose clause repeats the verb
    (``_parallel_clause``)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in {"be", "have", "do", "make", "get"}:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or _inner_report(verb) or small_clause(verb) or _parallel_clause(verb):
        return False
    return subject.ent_type_ in HUMAN_SUBJECTS or subject.lower_ in _HUMAN_PRONOUNS


def _parallel_clause(verb: Token) -> bool:
    """A clause complement whose verb is the verb itself again, a second clause coordinated
    with the first that the parse hung below it: in "Lee won 19 seats and Park won 15" it took
    "19 seats and Park" for the subject of a second "won" reported by the first, but a verb
    outside the lexicon that reports does not report its own deed done again by another."""
    lemma = verb.lemma_.lower()
    return any(c.dep_ == "ccomp" and c.lemma_.lower() == lemma for c in verb.children)


def _inner_report(verb: Token) -> bool:
    """A reporting verb of the lexicon in a clause hung on the verb, standing between it and its
    clause complement, which reports that complement instead ("Lee waved as the crowd chanted,
    'Go home!'": the crowd chants the words, Lee only waves)."""
    complement = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if complement is None:
        return False
    return any(
        c.dep_ == "advcl"
        and verb.i < c.i < complement.i
        and cue_lemma(c.lemma_, c.text) in CUE_LEMMAS
        for c in verb.children
    )


def clause_content(verb: Token) -> list[Range]:
    """Content ranges of a reporting verb, in text order (empty when it has none)."""
    lemma = cue_lemma(verb.lemma_, verb.text)
    if lemma in CLAUSE_VERBS and (cleft := cleft_content(verb)) is not None:
        return finish(verb.doc, [cleft], verb.i)
    if lemma in CLAUSE_VERBS and (hoisted := hoisted_report(verb)) is not None:
        return finish(verb.doc, [hoisted], verb.i)  # "with Lee saying [no one was hurt]"
    if lemma in PHRASAL_VERBS and (phrasal := phrasal_content(verb)) is not None:
        announced = colon_paragraph(verb, phrasal[1])
        return [phrasal, *([announced] if announced else [])]
    if lemma in CLAUSE_VERBS and (raised := raised_relative(verb)) is not None:
        return finish(verb.doc, [raised], verb.i)  # "which analysts estimate [to be ...]"
    if lemma in CLAUSE_VERBS and (gapped := gapped_relative(verb)) is not None:
        return finish(verb.doc, [gapped], verb.i)  # "laws that judges said [discriminated ...]"
    if lemma in CLAUSE_VERBS and (bracketed := bracketed_report(verb)):
        return bracketed
    if lemma in CLAUSE_VERBS and (inverted := inverted_content(verb)):
        return inverted
    if lemma in CLAUSE_VERBS and (interrupting := interrupting_content(verb)):
        return interrupting  # "[The plan], said Lee, the panel's chair, [will cost more]"
    if lemma in ASIDE_VERBS and (aside := reported_aside(verb)):
        return aside  # "[The plan], first reported by the Post, [will cost more]"
    if (
        (lemma in _CLAUSE_TAKING_VERBS and not infinitive_first(verb, lemma))
        or (lemma not in _INFINITIVE_OR_OBJECT_VERBS and generic_cue(verb))
    ) and (complement := complement_content(verb, lemma)) is not None:
        if lemma not in _CLAUSE_TAKING_VERBS:
            complement = misjoined_object(verb, complement)
        return aside_conjunct(
            verb,
            marked_conjunct(
                verb,
                backshifted_conjunct(
                    verb, stranded_conjunct(verb, stranded_predicate(verb, complement))
                ),
            ),
        )
    if lemma in INFINITIVE_VERBS and (infinitive := infinitive_content(verb)) is not None:
        return infinitive
    if lemma in CLAUSE_VERBS and (perfect := perfect_infinitive(verb)) is not None:
        return perfect
    if lemma in ASKING_VERBS and (asked := asked_question(verb)):
        return asked
    if (requested := asked_for(verb, lemma)) is not None:
        return requested
    if lemma in WARNING_VERBS and (warned := listener_warning(verb)):
        return warned  # "warned the board against [raising fares]"
    if (found := object_content(verb, lemma)) is not None:
        if lemma in CLAUSE_VERBS:  # "announced [a plant, and that prices would fall]"
            return marked_conjunct(verb, stranded_predicate(verb, found))
        return found
    if lemma in CLAUSE_VERBS and (
        clause := gerund_complement(verb) or comma_report(verb) or noun_hung_trailer(verb)
    ):
        return clause  # '[Lee admitted it was "a bargain,"] the Post reported' (on a noun)
    if lemma in COUNSEL_VERBS and (topic := listener_topic(verb)):
        return topic
    if lemma in MINDING_VERBS and (matter := listener_matter(verb)):
        return matter
    return stranded_preposition(verb, lemma) or prepositional_question(verb)
