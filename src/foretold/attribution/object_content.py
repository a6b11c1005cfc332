"""What the object of a speech-act verb, or the object of its own preposition, names, as
token ranges.

- objects of speech-act verbs: "called [the show a disgrace]", "accused [her of lying]", and
  a question coordinated with the object ("knows [the rules and where they are kept]", also
  when the parser hung it on a verb above the cue or after a preposition's object: "came to
  talk about [the budget and how schools can stay open]") or
  opening its list ("discussed [how it began, her role, and the race]"), also after a
  demonstrative the parser took for a preposition ("confirmed [that account]"), a noun the
  parser coordinated with the cue ("blasted [the film and the books]") or hung on it after the
  object's comma as the list's next item ("discussed [her career, her years abroad and the
  lawsuit]") but not the one who received it ("offered [fresh support] to teachers") or heard
  it ("confirmed [the deaths] to reporters"), a to-infinitive after the object ("backs [the
  bill to cut taxes]"), a bare "by name" after it ("mentioned [Lee by name]") and an
  "including" phrase hung on the cue ("cited [reports, including a survey]"), and for a sign
  shown of an act, the act ("showed no sign of [backing down]", ``shown_signs``); with no object,
  a noun the parser took for an object predicate of an active verb ("called out [Lee]"), or
  the clause before the comma a speech verb closes ("[Grow up], she scolded");
- phrasal verbs: "ruled out [a run]";
- objects of the cue's own preposition: "admitted to [the errors]", "ruled against [the plan]",
  with a participle whose subject the object is ("complained about [prices rising]"), the
  to-infinitive after a "for" object ("fought for [the day to be a holiday]",
  ``for_infinitive_objects``) and the phrases on the cue after it that go on with it as
  after an object ("did not respond to [my requests for comment]"),
  or the noun a relative clause leaves it without: "[the issues] they care about"; a
  counselling verb reports the topic after its listener ("advised the mayor on [the budget]");
- a free relative object keeps its clause ("rejected [what she calls a sham]"), whose naming
  verb reports the name alone ("what she calls [a sham]"), with a phrase the parser hung on the
  verb right after the name, unless it gives the time or place of the naming ("what she calls
  [waste in the budget]", "what she called [a sham] on Tuesday"), whose describing verb reports its
  "as" description ("what she described [as a modest fee]"), and whose verb with nothing after it
  but the time or place reports nothing ("that is what the survey found"), but a relative
  clause whose pronoun is the cue's object gives no content of its own ("the budget, which the
  mayor criticized") unless the cue names, describes or likens it: the pronoun (or the noun
  with a "that") and the name, description or comparison ("a rally [which] critics likened [to
  a riot]"), without the speaker and the cue between them ("a
  mayor [whom] critics describe [as aloof]", "[a film that] she called [dull]", in
  ``relative_gaps``).
A verb of quoting whose object it quotes "as saying" has no content of its own ("quoted Ann Lee
as saying ...": the gerund reports, ``quoted_sources``), nor has a verb of issuing a document
whose participle reports ("issued a statement saying ...", ``reporting_objects``).
Adjectives listed after an "as" description go with it ("attacked [her as too cautious, too
slow to act]"), as does a second "as" phrase right after the first, which describes the
object joined inside that phrase ("portrays [Lee as a hero and Cole as a villain]"), and so does
a gerund with its own subject that the parser hung on the cue as a
clause ("described [the summit as Europe congratulating itself]"). A clause the parser hung on
the cue after a closing participle goes with the participle ("addressed [the issue], remarking
it was minor"). The phrases the parser hung on
the cue after an "after" or "before" phrase of the act's occasion go on with that occasion, not
with the object ("condemned [hate] after vandalism against a shrine"), and an "in" phrase of a
gerund, the act the speaker was doing, goes with neither ("cited [the report] in awarding the
prize"). Where an object ends (the medium or time of the saying, closing clauses) is in
``content_ends``.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.absolute_clauses import reporting_absolute
from foretold.attribution.clause_subjects import broken_clause_end
from foretold.attribution.content_ends import (
    PRESS_NOUNS,
    appositive_cut,
    clause_end,
    closing_participle,
    colon_paragraph,
    colon_sequel,
    coming_time_clause,
    condition_clause,
    dated_conjunct_cut,
    duration_cut,
    medium_cut,
    modal_conjunct_end,
    object_gerund,
    occasion_cut,
    own_medium_cut,
    predicate_sequel,
    press_partner_cut,
    subject_conjunct_cut,
    when_or_where,
    with_conditions,
)
from foretold.attribution.cues import (
    ALL_VERBS,
    AS_VERBS,
    CLAUSE_VERBS,
    OBJECT_VERBS,
    PHRASAL_VERBS,
    PREPOSITION_VERBS,
    cue_lemma,
)
from foretold.attribution.for_infinitive_objects import for_infinitive_end
from foretold.attribution.joined_clauses import joined_past_object
from foretold.attribution.joined_prepositions import joined_preposition_end
from foretold.attribution.manner_phrases import manner_prepositions
from foretold.attribution.present_clauses import present_report_end
from foretold.attribution.question_tellers import QUESTION_WORDS
from foretold.attribution.quoted_replies import quoted_reply
from foretold.attribution.quoted_sources import as_saying
from foretold.attribution.ranges import Range, finish, is_quote_token, subtree_range
from foretold.attribution.reduced_noun_clauses import reduced_noun_clause
from foretold.attribution.relative_gaps import raised_gap, relative_opening
from foretold.attribution.remembered_times import remembered_time_end
from foretold.attribution.reporting_objects import document_clause, reporting_participle
from foretold.attribution.reporting_purposes import reporting_purpose, reporting_purpose_cut
from foretold.attribution.sentential_relatives import sentential_relative_content
from foretold.attribution.share_nouns import share_in
from foretold.attribution.shown_signs import signalled_act
from foretold.attribution.speaker_backgrounds import LIKENING_VERBS
from foretold.attribution.speaker_words import OBJECT_PRONOUNS, people, person_noun, person_word
from foretold.attribution.tensed_verbs import TENSE_TAGS


def object_content(verb: Token, lemma: str) -> list[Range] | None:
    """What a speech-act verb's object or its own preposition names: "called [the show a
    disgrace]", "admitted to [the errors]", "described [it] as [a sham]"; None when it has
    none of these."""
    doc = verb.doc
    if as_saying(verb) is not None:
        return None  # "quoted [Ann Lee] as saying ...": the one quoted, whose gerund reports
    if reporting_participle(verb) is not None:
        return []  # "issued a statement saying ...": the participle reports
    if (said := document_clause(verb)) is not None:  # "issued a statement [that ...]"
        return finish(doc, [(said.left_edge.i, clause_end(said) + 1)], verb.i)
    if reply := quoted_reply(verb, lemma):
        return finish(doc, [reply], verb.i)  # "replied to the question with ["No."]"
    children = list(verb.children)
    wanted = PREPOSITION_VERBS.get(lemma)
    if wanted is not None and not any(c.dep_ == "dobj" for c in children):
        for child in [*children, *manner_prepositions(verb)]:
            if child.dep_ == "prep" and child.lower_ in wanted.split() and child.i > verb.i:
                objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
                if objects:  # a hyphened word can come out as several objects: "re - run"
                    left, end = objects[0].left_edge.i, objects[-1].right_edge.i + 1
                    end = own_medium_cut(verb, left, duration_cut(objects[-1], end))
                    end = further_phrases(verb, child, object_gerund(verb, end))
                    end = for_infinitive_end(verb, child, end)
                    end = press_partner_cut(verb, left, joined_preposition_end(verb, end))
                    end = question_conjunct_end(verb, end)
                    return finish(doc, [(left, with_conditions(verb, end))], verb.i)
    if lemma in AS_VERBS:
        objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
        as_phrase = [c for c in children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i]
        if objects and as_phrase:
            described = _paired_description(as_phrase)
            end = _listed_descriptions(verb, _description_end(described))
            return finish(doc, [(objects[0].left_edge.i, end)], verb.i)
        if objects and (described := _as_adjective(verb, objects[0])) is not None:
            return finish(doc, [(objects[0].left_edge.i, described.right_edge.i + 1)], verb.i)
    if lemma in ALL_VERBS and lemma not in _NOT_OBJECT:  # the object names what was said
        objects = _objects(verb)
        fronted = [c for c in children if c.dep_ == "dobj" and c.i < verb.i]
        if not objects and (clause := sentential_relative_content(verb, lemma)) is not None:
            return finish(doc, [clause], verb.i)  # "[it will close], which he confirmed"
        if not objects and fronted and fronted[0].tag_ in {"WP", "WDT"} and verb.dep_ != "relcl":
            if named := _fronted_name(verb):
                return named  # "what they call [a sham]"
            if _bare_free_relative(verb):
                return []  # "that is what the study reports": nothing said in the clause
            if (gap := raised_gap(fronted[0], verb)) is not None:
                return finish(doc, [gap], verb.i)  # "[the flaws that] critics like to cite"
            return finish(doc, [subtree_range(verb)], verb.i)  # "[what he said about it]"
        if not objects and (described := _described_relative(verb)):
            return described  # "a mayor [whom critics describe as aloof]"
        if not objects and lemma in OBJECT_VERBS:  # "calls [her unfit]", "backs [raising]"
            clauses = [c for c in children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i]
            if clauses and (subject := _main_verb_subject(verb, clauses[0])) is not None:
                return finish(doc, [subtree_range(subject)], verb.i)
            if clauses:
                end = clause_end(clauses[0]) + 1
                if clauses[0].tag_ == "VBG":  # "discusses [burying guns, dying free ...]"
                    end = closing_participle(verb, end)
                return finish(doc, [(clauses[0].left_edge.i, end)], verb.i)
            if fronted_clause := _fronted_clause(verb):
                return fronted_clause  # "[Grow up], she scolded"
        if objects:
            start = _listed_question_start(verb, objects[0])
            if (act := signalled_act(objects[0])) is not None:
                start = act.left_edge.i  # "showed no sign of [backing down]"
            end = objects[0].right_edge.i + 1
            end = reporting_purpose_cut(objects[0], medium_cut(objects[0], end))
            end = _stray_relative_end(objects[0], _reason_why_end(objects[0], end))
            end = _plural_relative_end(objects[0], end)
            if lemma in CLAUSE_VERBS and (clause := broken_clause_end(verb, objects[0])):
                end = clause  # "ruled [the rule violated the law]"
            occasion = _occasion_phrase(verb, objects[0])
            for child in children:
                if child.i <= verb.i or child == objects[0] or _after_participle(verb, child):
                    continue
                if reduced_noun_clause(child, verb):
                    continue  # "estimate [the population] by observing the area turned orange"
                if occasion is not None and child.dep_ == "prep" and child.i >= occasion.i:
                    continue  # "condemned [hate] after vandalism against a shrine"
                if reporting_purpose(child, lemma):
                    continue  # "cited [the data] to argue that ...": the next act
                if (
                    (
                        child.dep_ in _OBJECT_TAIL_DEPS
                        and not _recipient(child, objects[0])
                        and not joined_past_object(child, verb)
                    )
                    or (
                        child.dep_ == "prep"
                        and child.lower_ in _OBJECT_PREPS
                        and not when_or_where(child)
                        and not reporting_absolute(child)
                        and not (lemma in _MESSAGE_VERBS and _listener_phrase(child))
                    )
                    or _bound_modifier(child)
                    or _by_name(child, end)
                    or condition_clause(child)
                    or coming_time_clause(child, verb)
                    or _object_conjunct(child)
                    or _question_conjunct(child)
                    or _listed_item(child, end)
                ):
                    end = max(end, child.right_edge.i + 1)
            end = object_gerund(verb, end, bare=True)  # "decried [slurs spreading online]"
            end = _listed_descriptions(verb, joined_preposition_end(verb, end))
            end = question_conjunct_end(verb, press_partner_cut(verb, start, end))
            end = modal_conjunct_end(verb, occasion_cut(verb, end))
            end = remembered_time_end(verb, present_report_end(verb, end))
            end = predicate_sequel(verb, colon_sequel(verb, end))
            end = duration_cut(objects[0], subject_conjunct_cut(verb, objects[0], end))
            end = appositive_cut(objects[0], dated_conjunct_cut(objects[0], end))
            announced = colon_paragraph(verb, end)
            return finish(doc, [(start, end), *([announced] if announced else [])], verb.i)
    return None


def _stray_relative_end(obj: Token, end: int) -> int:
    """The end of a "who" clause right after the object that the parser hung on a noun before
    the verb ("Lee Urged To Repudiate [General Who Called For Raids]"): a relative pronoun
    right after a noun modifies that noun, so the clause belongs to the object."""
    doc = obj.doc
    if end >= len(doc) or doc[end].lower_ != "who" or doc[end].dep_ != "nsubj":
        return end
    clause = doc[end].head
    if clause.dep_ != "relcl" or clause.head.i >= obj.i or clause.i < end:
        return end
    return max(end, clause.right_edge.i + 1)


_NAMING = frozenset({"NOUN", "PROPN", "PRON"})


def _plural_relative_end(obj: Token, end: int) -> int:
    """The end before a "who" clause set off by a comma after a single name whose verb is
    plural, so that it cannot tell of the name: in "those backing [Lee], who are growing
    restless" the clause tells of "those", though the parser hung it on the name."""
    if obj.tag_ != "NNP" or any(c.dep_ == "conj" and c.pos_ in _NAMING for c in obj.children):
        return end
    for clause in obj.rights:
        if clause.dep_ != "relcl":
            continue
        who = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if who is None or who.lower_ != "who" or who.i < 1 or obj.doc[who.i - 1].text != ",":
            continue
        verbs = [clause, *(c for c in clause.children if c.dep_ in {"aux", "auxpass"})]
        if any(v.tag_ == "VBP" or v.lower_ == "were" for v in verbs):
            return min(end, who.i - 1)
    return end


# Prepositions of a time set by an event, which give the occasion of an act: "after the
# vote", "before the debate".
_OCCASION_PREPS = frozenset({"after", "before"})


def _occasion_phrase(verb: Token, obj: Token) -> Token | None:
    """The first phrase the cue takes after its object that gives the occasion of the act by an
    event ("condemned [hate] [after vandalism against a shrine]"): the phrases the parser hung
    on the cue after it go on with its event, not with what was said ("against a shrine")."""
    return next(
        (
            c
            for c in verb.rights
            if c.dep_ == "prep"
            and c.i > obj.i
            and (c.lower_ in _OCCASION_PREPS or (_act_in_progress(c) and not share_in(obj, c)))
        ),
        None,
    )


def _act_in_progress(prep: Token) -> bool:
    """An "in" phrase whose object is a gerund, the act the speaker was doing when speaking:
    "cited [the report] in awarding the prize", "praised [her] in announcing the deal"."""
    return prep.lower_ == "in" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)


def _as_adjective(verb: Token, obj: Token) -> Token | None:
    """An adjective opened by "as" right after the object, which the parser made a clause of
    its own on the cue, or on a verb above it, rather than the cue's "as" phrase: "described
    [her as honest and steady]", "were likely to describe [her as honest]"."""
    after = obj.right_edge.i + 1
    if after + 1 >= len(verb.doc) or verb.doc[after].lower_ != "as":
        return None
    described = verb.doc[after].head
    if not (described.pos_ == "ADJ" or _as_doing(described)) or described.left_edge.i != after:
        return None
    if described.head != verb and described.head not in verb.ancestors:
        return None
    return described


def _as_doing(clause: Token) -> bool:
    """A gerund with its own subject after "as", a description of the object as someone doing
    something: "described [the summit as Europe congratulating itself]"."""
    return clause.tag_ == "VBG" and any(c.dep_ == "nsubj" for c in clause.children)


def _paired_description(as_phrases: list[Token]) -> Token:
    """The last of the "as" phrases that follow one another with nothing between, which
    describe in turn the objects joined before them ("portrays [Lee as bold and Cole as
    timid]": the parser hangs the second "as" on the verb); the first phrase otherwise."""
    last = as_phrases[0]
    for phrase in as_phrases[1:]:
        if phrase.left_edge.i != last.right_edge.i + 1:
            break
        last = phrase
    return last


def _description_end(phrase: Token) -> int:
    """The end (exclusive) of an "as" phrase, before any other preposition the parser joined to
    it: in "those describing themselves [as moderate] and by ten points over Lee", "by ten
    points" is no part of the description (a second "as" is: "as bold and as timid")."""
    joined = [
        c for c in phrase.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ != "as"
    ]
    if not joined:
        return phrase.right_edge.i + 1
    first = joined[0]
    ccs = [c for c in phrase.children if c.dep_ == "cc" and c.i < first.i]
    return ccs[-1].i if ccs else first.left_edge.i


def _listed_descriptions(verb: Token, end: int) -> int:
    """The end (exclusive) of an "as" description of the object that takes in the adjectives
    listed after it after a comma, which the parser hung on the cue: "painted her as [too
    cautious, too slow to act]"."""
    doc = verb.doc
    described = any(
        c.dep_ == "prep" and c.lower_ == "as" and c.right_edge.i == end - 1 for c in verb.rights
    )
    if not described or end + 1 >= len(doc) or doc[end].text != ",":
        return end
    for child in verb.rights:
        if child.pos_ == "ADJ" and child.dep_ in {"advcl", "conj"} and child.left_edge.i == end + 1:
            return child.right_edge.i + 1
    return end


def _main_verb_subject(verb: Token, clause: Token) -> Token | None:
    """The object of a cue in a relative clause that the parser took for the subject of the
    sentence's main verb: in "the ad that slams [Lee] airs today", "Lee airs today" is no
    clause of "slams", which takes an object; "airs" is the verb of "the ad"."""
    if verb.dep_ != "relcl" or clause.tag_ not in TENSE_TAGS or clause.dep_ != "ccomp":
        return None
    subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != verb.i + 1 or subject.pos_ == "PRON":
        return None
    return subject


_OBJECT_TAIL_DEPS = {"dobj", "oprd", "ccomp", "xcomp", "dative", "attr"}


def _recipient(child: Token, obj: Token) -> bool:
    """A "to" phrase after the object naming who received it, not what was said: "offered
    [fresh support] to the mayor"."""
    return child.dep_ == "dative" and child.lower_ == "to" and child.i > obj.i


# Verbs of conveying a message, whose "to" phrase after the object names who heard it, not
# what was said: "confirmed [the deaths] to reporters" (but "compared [him to Nixon]").
_MESSAGE_VERBS = frozenset(
    {
        "confirm", "describe", "explain", "announce", "reveal", "disclose", "repeat", "express",
        "deny", "admit", "report", "mention", "state", "outline", "detail", "relay", "recount",
        "convey",
    }
)  # fmt: skip


def _listener_phrase(prep: Token) -> bool:
    """A "to" phrase naming the people or the outlet a cue's words were spoken to:
    "commented on the strike [to reporters]", "[to The Daily Star]", "[to her]", "[to the
    press]", "[to news outlets]"."""
    if prep.lower_ != "to":
        return False
    heard = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return heard is not None and (
        people(heard)
        or person_noun(heard)
        or heard.ent_type_ in {"ORG", "PERSON"}
        or heard.lower_ in OBJECT_PRONOUNS
        or heard.lemma_.lower() in PRESS_NOUNS
    )


# Relations of the words that can stand between an object and a phrase that goes on with it:
# "responded to my requests [last week] for comment".
_ADVERBIAL_DEPS = frozenset({"npadvmod", "advmod"})


def further_phrases(verb: Token, prep: Token, end: int) -> int:
    """The end (exclusive) of the object of a cue's own preposition that takes in the phrases
    the parser hung on the cue right after it, which go on with what was said as they do
    after an object: "did not respond to [my requests last week for comment]", "argued for
    [cuts in spending]"; a phrase of the time, medium, venue or place of the saying is left
    out ("argued for [it] at one of his rallies"), and so is a second phrase with the cue's
    own preposition ("voted for [him] for mayor") and a "to" phrase naming who heard it
    ("commented on [the strike] to reporters", ``_listener_phrase``); a "by" phrase of the
    name used goes on with it ("referred to [her by a nickname]")."""
    doc = verb.doc
    for child in verb.rights:
        if child.i <= prep.i or child.dep_ != "prep":
            continue
        if child.lower_ not in _OBJECT_PREPS or child.lower_ == prep.lower_ or when_or_where(child):
            continue
        if _listener_phrase(child) or reporting_absolute(child):
            continue
        if all(_adverbial(doc[i], verb) for i in range(end, child.left_edge.i)):
            end = max(end, child.right_edge.i + 1)
    return by_name_end(verb, end)


def by_name_end(verb: Token, end: int) -> int:
    """The end (exclusive) of a range that takes in a "by" phrase of the name used that the
    parser hung on the cue right after it: "referred to [her by a nickname]"."""
    for child in verb.rights:
        if _by_name(child, end):
            return child.right_edge.i + 1
    return end


def _adverbial(token: Token, verb: Token) -> bool:
    """A word of an adverbial the parser hung on the verb: "[last week]", "[again]"."""
    while token.head != verb and token.head != token:
        token = token.head
    return token.head == verb and token.dep_ in _ADVERBIAL_DEPS


# Prepositions of the cue's phrases that go on with its object: what it is about or for, and
# the circumstances the act answers ("defended [the plan despite criticism]", "[amid doubts]").
_OBJECT_PREPS = frozenset(
    {
        "of", "for", "as", "with", "on", "against", "about", "to", "at", "over", "in",
        "including", "into", "behind", "toward", "towards", "between", "among", "within",
        "beyond", "despite", "amid", "amidst", "following", "instead",
    }
)  # fmt: skip


# Reporting verbs whose object is rarely what was said ("maintain a lead", "feel the heat").
_NOT_OBJECT = frozenset(
    {"maintain", "feel", "hold", "pledge", "tell", "inform", "assure", "remind", "advise", "point"}
)


_NOT_ACTIVE_DEPS = frozenset({"dobj", "nsubjpass", "auxpass"})


def _listed_question_start(verb: Token, object_: Token) -> int:
    """Where the object's list starts: at a question the parser made the verb's clause when
    it opens a list that the object goes on after a comma ("discussed [how the campaign
    began, her role, and the race]"), or else at the object."""
    doc = verb.doc
    start = object_.left_edge.i
    if not any(c.dep_ == "conj" for c in object_.children):
        return start
    for child in verb.children:
        if child.dep_ != "ccomp" or not verb.i < child.i < object_.i:
            continue
        opening = child.left_edge
        closed = doc[start - 1].text == "," and child.right_edge.i in {start - 2, start - 1}
        if closed and opening.lower_ in QUESTION_WORDS and opening.i == verb.i + 1:
            return opening.i
    return start


def _objects(verb: Token) -> list[Token]:
    """The objects after a verb; with none, a noun the parser took for an object predicate
    of an active verb instead: "called out [Lee]", "called [her remarks about him] racist"
    (but "a site called [Acme]" names the site, and "was declared [the winner]" has no
    object), a demonstrative taken for a preposition: "confirmed [that account]", or a name
    taken for an adverbial noun: "compared [Lee] to a tyrant"; the object of a gerund the
    parser took for a preposition: "Considering [the cost], ..."."""
    if verb.dep_ == "prep" and verb.tag_ == "VBG":
        return [c for c in verb.rights if c.dep_ == "pobj"]
    objects = [c for c in verb.rights if c.dep_ == "dobj"]
    if objects or verb.dep_ == "acl" or any(c.dep_ in _NOT_ACTIVE_DEPS for c in verb.children):
        return objects
    predicates = [c for c in verb.rights if c.dep_ == "oprd" and c.pos_ in {"NOUN", "PROPN"}]
    return (
        predicates[:1]
        or _demonstrative_object(verb)
        or _demonstrative_predicate(verb)
        or _adverbial_name(verb)
    )


# Entity types of a name that can be no adverbial noun (a time, a measure, a place of rest).
_NAMED_ENTS = frozenset({"PERSON", "ORG", "NORP"})


def _adverbial_name(verb: Token) -> list[Token]:
    """A name right after the verb that the parser took for an adverbial noun: in "compared
    [Lee] to a tyrant" a person's name can give no time or measure, so it is the object."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return []
    name = doc[verb.i + 1]
    while name.head.i > name.i and name.head.i < len(doc) and name.dep_ == "compound":
        name = name.head  # "compared [Donald Trump]": the name's last word heads it
    if name.dep_ != "npadvmod" or name.head != verb or name.pos_ != "PROPN":
        return []
    return [name] if name.ent_type_ in _NAMED_ENTS and name.left_edge.i == verb.i + 1 else []


_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})


def _demonstrative_predicate(verb: Token) -> list[Token]:
    """An object predicate the parser gave the demonstrative right after the verb as its
    determiner, the demonstrative being the object it judges: "called [this dubious]"."""
    doc = verb.doc
    if verb.i + 2 >= len(doc):
        return []
    word, predicate = doc[verb.i + 1], doc[verb.i + 2]
    if (
        word.lower_ in _DEMONSTRATIVES
        and word.dep_ == "det"
        and word.head == predicate
        and predicate.dep_ == "oprd"
        and predicate.pos_ == "ADJ"
        and predicate.head == verb
    ):
        return [predicate]
    return []


def _demonstrative_object(verb: Token) -> list[Token]:
    """A demonstrative right after the verb that the parser took for a preposition, with the
    object's noun for its object: "confirmed [that account]"."""
    doc = verb.doc
    if verb.i + 2 >= len(doc):
        return []
    word = doc[verb.i + 1]
    if word.lower_ not in _DEMONSTRATIVES or word.dep_ != "prep" or word.head != verb:
        return []
    nouns = [c for c in word.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    return [word] if nouns and nouns[0].left_edge.i == word.i + 1 else []


def phrasal_content(verb: Token) -> Range | None:
    """The object of a phrasal reporting verb: "ruled out [a run]", "played down [the risk]"."""
    particles = PHRASAL_VERBS.get(cue_lemma(verb.lemma_, verb.text), "").split()
    particle = _particle(verb, particles)
    if particle is None:
        return None
    objects = _objects(verb)
    if not objects or objects[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    if verb.doc[objects[0].left_edge.i].tag_ in {"WRB", "WDT", "WP"}:
        return None  # "pointed out where ...": a place, not a statement
    ranges = finish(verb.doc, [subtree_range(objects[0])], verb.i)
    return ranges[0] if ranges else None


def _particle(verb: Token, particles: list[str]) -> Token | None:
    """The particle of a phrasal verb, or one of its particles right after it that the
    parser took for an adverb: "walked [back] his remarks"."""
    for child in verb.children:
        if child.lower_ not in particles:
            continue
        if child.dep_ == "prt" or (child.dep_ == "advmod" and child.i == verb.i + 1):
            return child
    return None


def _described_relative(verb: Token) -> list[Range]:
    """A relative clause whose pronoun is the object the cue gives a name or a description:
    the pronoun and the name or description, "a mayor [whom] critics describe [as aloof]", "[a
    film that] she called [dull]", and the "to" phrase of a verb of comparing, which says what
    the thing is like ("a rally [which] critics likened [to a riot]"), past the cue's adverbs
    ("which he praised early on [as a cure]"; the clause says how the speaker saw the thing),
    the whole
    clause when a report interrupts it ("[which, she said, some see as a danger]"); the parser
    may take the pronoun for a second subject, or a "that" for a conjunction marking a clause it
    hung on the noun as "acl" ("remarks [that] rivals compared [to a war cry]",
    ``_marked_relative``)."""
    if verb.dep_ != "relcl":
        pronoun = _marked_relative(verb)
    else:
        subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
        pronoun = next(
            (
                c
                for c in verb.lefts
                if c.tag_ in {"WP", "WDT"}
                and (c.dep_ == "dobj" or (c.dep_ == "nsubj" and len(subjects) > 1))
            ),
            None,
        )
    if pronoun is None:
        return []
    likening = verb.lemma_.lower() in LIKENING_VERBS
    descriptions = [
        c
        for c in verb.rights
        if c.dep_ == "oprd"
        or (c.dep_ == "prep" and (c.lower_ == "as" or (likening and c.lower_ == "to")))
    ]
    if not descriptions:
        return []
    if any(t.is_punct for t in verb.doc[pronoun.i : verb.i]):  # "which, she said, some see as"
        return finish(verb.doc, [(pronoun.i, verb.right_edge.i + 1)], verb.i)
    opening = relative_opening(pronoun)
    start = descriptions[0].left_edge.i  # "which he praised early on [as a cure]"
    return finish(verb.doc, [opening, (start, verb.right_edge.i + 1)], verb.i)


def _marked_relative(verb: Token) -> Token | None:
    """The "that" of an object relative clause the parser read as a conjunction opening a
    clause it hung on the noun before it as "acl": "remarks [that] rivals compared to a war
    cry". The clause has a subject and no object, so "that" stands for the verb's object, the
    noun; None otherwise."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.i > verb.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    that = verb.doc[verb.left_edge.i]
    if that.lower_ != "that" or that.dep_ != "mark" or that.head != verb or that.i != noun.i + 1:
        return None
    if not any(c.dep_ == "nsubj" for c in verb.lefts):
        return None
    if any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children):
        return None
    return that


# Dependents after a free relative's verb that only place or time the saying.
_CIRCUMSTANCE_DEPS = frozenset({"advmod", "npadvmod", "punct"})


def _bare_free_relative(verb: Token) -> bool:
    """A fronted "what" clause with nothing after its verb but when or where it was said
    points back at what was said without saying any of it: "that is what the report found
    last year", "exactly what she wrote on Monday"; a topic keeps it a statement: "what he
    said [about the tax]"."""
    return all(
        child.dep_ in _CIRCUMSTANCE_DEPS or (child.dep_ == "prep" and when_or_where(child))
        for child in verb.rights
    )


def _fronted_name(verb: Token) -> list[Range]:
    """The name a naming verb gives a fronted "what", or the description a verb of describing
    gives it with "as": "what they called [a fresh start]", "what she described [as a modest
    fee]", "what critics see [as a retreat]"; the clause's subject and verb frame the words
    and are none of them. A phrase the parser hung on the verb right after the name, with no
    comma, goes on with the name ("what he calls [greed in banking]": "what" takes the place
    of the object, so the verb has nothing else the phrase could tell of), unless it gives the
    time, place or medium of the naming ("what she called [a sham] on Tuesday")."""
    names = [c for c in verb.rights if c.dep_ in {"oprd", "attr"}]
    if not names and verb.lemma_.lower() in AS_VERBS:
        names = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"]
    if not names:
        return []
    end = names[0].right_edge.i + 1
    for child in verb.rights:
        if child.dep_ == "prep" and child.left_edge.i == end and not when_or_where(child):
            end = child.right_edge.i + 1  # "what he calls [corruption in politics]"
    return finish(verb.doc, [(verb.i + 1, end)], verb.i)


def _fronted_clause(verb: Token) -> list[Range]:
    """The clause before a comma that a speech verb with no object of its own closes:
    "[Get serious and find a job], her father scolded"."""
    doc = verb.doc
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "oprd"} for c in verb.rights):
        return []
    clauses = [c for c in verb.lefts if c.dep_ == "ccomp"]
    if not clauses or not any(c.dep_ == "nsubj" for c in verb.lefts):
        return []
    end = clause_end(clauses[-1]) + 1
    if doc[end].text != ",":
        return []
    return finish(doc, [(clauses[-1].left_edge.i, end)], verb.i)


def _after_participle(verb: Token, child: Token) -> bool:
    """A clause the parser hung on the cue after a participle clause of its own, whose content
    it is: "addressed [his concerns], remarking he did not feel ..." ("he did not feel" goes
    with "remarking")."""
    return child.dep_ in {"ccomp", "xcomp"} and any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and child.i > c.i and _after_comma(c)
        for c in verb.rights
    )


def _after_comma(token: Token) -> bool:
    """A token after a comma, or after a quote mark that closes a quote after a comma."""
    doc = token.doc
    before = token.left_edge.i - 1
    if before > 0 and is_quote_token(doc[before]):
        before -= 1
    return before >= 0 and doc[before].text == ","


def _object_conjunct(child: Token) -> bool:
    """A noun the parser coordinated with the cue verb instead of its object: "blasted [the
    film and the books]"."""
    if child.dep_ != "conj" or child.pos_ not in {"NOUN", "PROPN"}:
        return False
    before = child.doc[child.left_edge.i - 1]
    return before.dep_ == "cc" and before.lower_ in {"and", "or"} and before.head == child.head


_LIST_JOINERS = frozenset({"and", "or"})


def _listed_item(child: Token, end: int) -> bool:
    """A noun after the comma that closes the object, which the parser hung on the cue but
    which opens the list's further items, coordinated with "and" or "or": "discussed [her
    career, her years abroad and the lawsuit, and her life now]"."""
    doc = child.doc
    first = child.left_edge.i
    return (
        child.pos_ in {"NOUN", "PROPN"}
        and child.dep_ in {"npadvmod", "dobj", "appos", "conj"}
        and first == end + 1
        and doc[end].text == ","
        and any(
            c.dep_ == "conj" and doc[c.left_edge.i - 1].lower_ in _LIST_JOINERS
            for c in child.children
        )
    )


def _reason_why_end(noun: Token, end: int) -> int:
    """The end (exclusive) of an object range run on over the clause a "why" right after a
    "reason" opens, which is a relative clause on that noun even where the parser hung it on
    a verb above ("listed [reasons why a tax would be the better outcome]"): "why" after
    "reason" asks nothing, it tells which reasons are meant."""
    doc = noun.doc
    if noun.lemma_.lower() != "reason" or end >= len(doc) or noun.i != end - 1:
        return end
    why = doc[end]
    clause = why.head
    if why.lower_ != "why" or clause.i <= why.i or clause in noun.subtree:
        return end
    if clause.pos_ not in {"VERB", "AUX"} or clause.left_edge.i < why.i:
        return end
    return clause_end(clause) + 1


def _question_conjunct(child: Token) -> bool:
    """An embedded question the parser coordinated with the cue verb instead of its object:
    "knows [the secrets and where they are kept]"."""
    if child.dep_ != "conj" or child.pos_ not in {"VERB", "AUX"}:
        return False
    doc = child.doc
    first = doc[child.left_edge.i]
    before = doc[child.left_edge.i - 1]
    return (
        first.tag_ in {"WRB", "WP", "WDT"}
        and before.dep_ == "cc"
        and before.lower_ in {"and", "or"}
        and before.head == child.head
    )


def question_conjunct_end(verb: Token, end: int) -> int:
    """The end (exclusive) of an object range run on over an embedded question joined to it
    by "and" or "or" that the parser coordinated with the cue or with a verb above it
    ("talk about [the budget and how many schools can stay open]", "was asked about [the
    strikes and whether she would back them]"): a question opened by "how" or "whether" is no
    second act of the subject but a second thing talked or asked about. The parser may have
    hung the joining word on the object, inside the range ("the border[ and]")."""
    doc = verb.doc
    joiner = end
    if end > 0 and doc[end - 1].dep_ == "cc" and doc[end - 1].head.i < end - 1:
        joiner = end - 1
    if joiner + 1 >= len(doc) or doc[joiner].lower_ not in {"and", "or"}:
        return end
    opener = doc[joiner + 1]
    if opener.lower_ not in QUESTION_WORDS:
        return end
    clause = opener
    while clause.pos_ not in {"VERB", "AUX"} and clause.head != clause:
        clause = clause.head  # "how many schools can stay": "stay"
    if clause.dep_ != "conj" or clause.left_edge != opener:
        return end
    if clause.head != verb and clause.head not in verb.ancestors:
        return end
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return end  # "asked about X and why not": no question of its own
    return clause_end(clause) + 1


def _bound_modifier(child: Token) -> bool:
    """A to-infinitive after the object with no comma before it, which the parser hangs on
    the verb but goes with what was said: "backs [the amendments to cut taxes]"."""
    first = child.left_edge.i
    return (
        child.dep_ == "advcl"
        and child.doc[first].lower_ == "to"
        and child.doc[first - 1].text != ","
        and not any(c.dep_ == "mark" for c in child.children)
    )


# Nouns of a name a person or thing is called by: "by name", "by a nickname".
_NAME_NOUNS = frozenset({"name", "nickname", "surname"})


def _by_name(child: Token, end: int) -> bool:
    """A "by" phrase of the name used, right after the object, which the parser hangs on the
    verb: it says how the words named the object, so it goes with what was said: "rarely
    mentioned [Lee by name]", "attacked [the mayor by name]", "referred to [her by a
    nickname]", "called out to [him by his first name]"."""
    names = [c for c in child.children if c.dep_ == "pobj"]
    return (
        child.dep_ == "prep"
        and child.lower_ == "by"
        and child.i == end
        and len(names) == 1
        and names[0].lemma_.lower() in _NAME_NOUNS
        and child.right_edge == names[0]
    )


def stranded_preposition(verb: Token, lemma: str) -> list[Range]:
    """A relative clause whose cue leaves its preposition without an object: "[the issues]
    they care about" (the noun the clause describes is what the preposition is about)."""
    wanted = PREPOSITION_VERBS.get(lemma, "").split()
    head = verb.head
    if verb.dep_ != "relcl" or head.pos_ not in {"NOUN", "PROPN"} or head.i > verb.i:
        return []
    if not any(
        c.dep_ == "prep" and c.lower_ in wanted and not list(c.children) for c in verb.children
    ):
        return []
    return finish(verb.doc, [(head.left_edge.i, head.i + 1)], verb.i)


# Verbs whose object is the listener, with what was said in an "on" or "about" phrase after
# it: "advised the mayor on [the budget]".
COUNSEL_VERBS = frozenset({"advise", "tell", "inform", "brief", "question", "press", "lecture"})


def listener_topic(verb: Token) -> list[Range]:
    """The object of an "on" or "about" phrase after the listener of a counselling verb:
    "advised the mayor [on the budget]", "told us about [the plan]"."""
    listener = next((c for c in verb.rights if c.dep_ in {"dobj", "dative"}), None)
    if listener is None or verb.tag_ == "VBG":
        return []
    for prep in verb.rights:
        if prep.i > listener.i and prep.dep_ == "prep" and prep.lower_ in {"on", "about"}:
            topic = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
            if topic is not None:
                return finish(verb.doc, [subtree_range(topic)], verb.i)
    return []


# Verbs that bring a matter to a listener's mind with an "of" phrase after the listener:
# "reminded voters of [her record]", "informed the firm of [the breach]".
MINDING_VERBS = frozenset({"remind", "inform", "warn"})

# Listeners of "remind" that make it a likeness felt, not an act: "reminds [me] of my father".
_FELT_LISTENERS = frozenset({"me", "us"})


def listener_matter(verb: Token) -> list[Range]:
    """The object of an "of" phrase after the listener of a verb that brings a matter to mind,
    whether the parse hung it on the verb or on the listener: "he reminded voters of [the six
    years he lived there]", "informing them of [the breach]". "Remind" says so only when a
    person does it to others: a thing, or a listener who is the writer, is a likeness ("the
    stadium reminds me of [the old one]", "the case reminds him of [a novel]")."""
    listener = next((c for c in verb.rights if c.dep_ in {"dobj", "dative"}), None)
    if listener is None:
        return []
    if verb.lemma_.lower() == "remind":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if listener.lower_ in _FELT_LISTENERS or subject is None:
            return []
        if not person_word(subject):
            return []
    return _matter_after_listener(verb, listener, "of")


# Verbs that warn a listener off something named in an "against" phrase after the listener:
# "warned the board against [raising fares]", "cautioned voters against [complacency]".
WARNING_VERBS = frozenset({"warn", "caution", "advise"})


def listener_warning(verb: Token) -> list[Range]:
    """The object of an "against" phrase after the listener of a warning verb, whether the
    parse hung it on the verb or on the listener: "warned the board against [raising fares]";
    the one warned is the listener, not what was said."""
    listener = next((c for c in verb.rights if c.dep_ in {"dobj", "dative"}), None)
    if listener is None:
        return []
    return _matter_after_listener(verb, listener, "against")


def _matter_after_listener(verb: Token, listener: Token, preposition: str) -> list[Range]:
    """The object of the first ``preposition`` after the listener, hung on the verb or on the
    listener ("reminded voters of [her record]", "warned the board against [raising fares]")."""
    for prep in [*verb.rights, *listener.rights]:
        if prep.i > listener.i and prep.dep_ == "prep" and prep.lower_ == preposition:
            matter = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
            if matter is not None:
                return finish(verb.doc, [subtree_range(matter)], verb.i)
    return []
