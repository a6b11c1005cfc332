"""Cues that are not verbs: cue nouns with their holder ("his claim that ...",
"criticism from X", "criticism from lawmakers", "the concern within the party is that ...",
"she toyed with the idea of ...", "the FDA demand that ...") or, for talk that goes around,
with none ("amid reports that ...", "rumors persist that ..."), stances received from a named
holder ("X won the endorsement of Y", whose content is X), source phrases ("in X's words"),
stance adjectives ("X is confident that ...", "the only ones worried about X", "X left early,
wary of ...") and stances after "be" ("X was against ...", "X is a supporter of ...")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.aside_parted_clauses import aside_parted_clause
from foretold.attribution.cue import CUE_LEMMAS, GROUP_PRONOUNS, Cue, char_range
from foretold.attribution.cues import (
    AMOUNT_ENTS,
    HUMAN_SUBJECTS,
    QUESTION_OPENERS,
    RECEIVING_VERBS,
    SOURCE_PHRASE_NOUNS,
    STANCE_NOUNS,
    STANCE_PREPOSITIONS,
    VOICED_ONLY_NOUNS,
    VOICING_VERBS,
    cue_lemma,
)
from foretold.attribution.entities import GROUP_WORDS, ORG_WORDS, PERSON_NOUNS, people_noun
from foretold.attribution.noun_content import adjective_content, noun_content
from foretold.attribution.ranges import finish, subtree_range, trim
from foretold.attribution.source_phrases import clause_without
from foretold.attribution.speakers import noun_holder, subject_of
from foretold.attribution.support_among import support_among
from foretold.attribution.than_clauses import beyond_comparison
from foretold.attribution.thing_deeds import mute_thing


def noun_cue(doc: Doc, noun: Token) -> Cue | None:
    """A cue noun with its content: "Trump's claim that ...", "criticism from X over Y", and,
    with no one named, a noun whose content is a question ("the question of whether ...") or
    talk that goes around ("rumors that ...", "amid concerns about X").
    A possessive stance voiced by a verb gives the verb the whole phrase ("they expressed
    [their support for X]"); "support" and "stance" count only when voiced, or when found
    among a group for a named target ("support for Lee among women", ``support_among``); a
    plan under "no" is none held ("he has no plans to run")."""
    if (received := _received_stance(doc, noun)) is not None:
        return received
    if (polled := support_among(doc, noun)) is not None:
        return polled
    if noun.lower_ in VOICED_ONLY_NOUNS and not _voiced(noun):
        return None
    if _no_intention(noun):
        return None
    extraposed = _extraposed_clause(doc, noun)
    ranges = (
        extraposed
        or _detached_clause(doc, noun)
        or aside_parted_clause(doc, noun)  # "concerns, even among aides, [that ...]"
        or noun_content(noun)
        or _voiced_target(doc, noun)
    )
    if not ranges:
        return None
    holder = (
        _verb_subject_holder(noun)
        or noun_holder(noun)
        or _noun_source(noun, ranges[0][0])
        or _with_holder(noun)
        or _modifier_holder(noun, ranges[0][0])
        or _within_holder(noun)
    )
    if holder is not None and _thing_relative(holder):
        holder = None
    if holder is None and not extraposed and not _unowned_report(doc, noun, ranges[0][0]):
        return None
    if (expressed := _expressed_stance(doc, noun)) is not None:
        return expressed
    return Cue(noun, noun.text, holder, [char_range(doc, a, b) for a, b in ranges])


# Nouns of an intention, which "no" denies having: "he has no plans to run".
_INTENTION_NOUNS = frozenset({"plan", "plans", "intention", "intentions"})


def _no_intention(noun: Token) -> bool:
    """A noun of intention under "no": "the firm has [no plans] to close the plant" says no
    intention is held, so there is nothing to report."""
    return noun.lower_ in _INTENTION_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children
    )


def _received_stance(doc: Doc, noun: Token) -> Cue | None:
    """A stance its target receives from a named holder: "the senator won the endorsement of
    the union", "the deal drew criticism from lawmakers"; the content is the receiving subject,
    unless the noun has its own ("faced criticism from X [over its cost]")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in RECEIVING_VERBS:
        return None
    holder = _noun_source(noun, len(doc)) or _noun_source(verb, len(doc), {"from"})
    target = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if holder is None or target is None or target.lower_ in _NON_TARGETS:
        return None
    own = noun_content(noun)
    if own and own[0][0] != holder.left_edge.i:
        return None
    phrase = _bare_phrase(doc, target)
    if phrase is None:
        return None
    return Cue(noun, noun.text, holder, [char_range(doc, *phrase)])


_NON_TARGETS = frozenset({"it", "there", "this", "that", "which", "who", "what"})


def _bare_phrase(doc: Doc, head: Token) -> tuple[int, int] | None:
    """A noun phrase up to its first comma, relative clause or apposition: "[the deal with
    Acme], which would create ..." gives "the deal with Acme"."""
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in {"relcl", "appos", "punct", "acl", "cc", "conj"}:
            break
        end = child.right_edge.i + 1
    comma = next((t.i for t in doc[head.i : end] if t.text == ","), end)
    return trim(doc, head.left_edge.i, comma)


def _detached_clause(doc: Doc, noun: Token) -> list[tuple[int, int]]:
    """A that-clause right after a cue noun that the parse hung on a verb or noun that does
    not report: "that was between [their assurances] that the bill would fail"; or a clause
    with no "that" hung on the verb whose object the noun is: "the ad renews accusations [the
    mayor took bribes]"; or such a clause whose subject the parse took the possessed noun
    to modify ("repeated [his claim] [mail-in voting would be fraudulent]",
    ``_compound_subject``)."""
    after = noun.right_edge.i + 1
    if after >= len(doc):
        return []
    if doc[after].lower_ == "that" and doc[after].dep_ == "mark":
        clause = doc[after].head
    elif noun.dep_ == "dobj":
        clause = next((c for c in noun.head.rights if c.left_edge.i == after), noun)
    elif (subject := _compound_subject(noun)) is not None:
        clause = subject.head
        return finish(doc, [(after, clause.right_edge.i + 1)], noun.i)
    else:
        return []
    if clause.dep_ not in {"ccomp", "advcl", "acl"} or clause.left_edge.i != after:
        return []
    host = clause.head
    if noun in clause.subtree or cue_lemma(host.lemma_, host.text) in CUE_LEMMAS:
        return []
    if doc[after].lower_ != "that" and not _own_subject(clause):
        return []
    return finish(doc, [(after, clause.right_edge.i + 1)], noun.i)


def _compound_subject(noun: Token) -> Token | None:
    """The subject of a clause with no "that" that a possessed cue noun before it was parsed
    as modifying: in "Lee repeated [his claim] [mail-in voting would be fraudulent]" the parse
    may hang "claim" on "voting"; "his" shows the noun phrase ends at "claim", so the clause
    after it is the claim's content, when that clause is what a verb outside the lexicon
    takes (a verb of saying reports it itself)."""
    if noun.dep_ not in {"compound", "nmod"} or not any(c.dep_ == "poss" for c in noun.children):
        return None
    subject = noun.head
    if subject.dep_ not in {"nsubj", "nsubjpass"} or subject.i <= noun.i:
        return None
    clause = subject.head
    if clause.dep_ != "ccomp" or clause.pos_ not in {"VERB", "AUX"}:
        return None
    host = clause.head
    if host.i > noun.i or cue_lemma(host.lemma_, host.text) in CUE_LEMMAS:
        return None
    return subject


def _extraposed_clause(doc: Doc, noun: Token) -> list[tuple[int, int]]:
    """A that-clause moved past the verb of which the cue noun is the subject, a verb that
    says only that the talk exists or spreads: "suspicions persist [that the vote was
    rigged]", "rumors swirled [that she would quit]"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or noun.i > verb.i:
        return []
    if cue_lemma(verb.lemma_, verb.text) in CUE_LEMMAS or any(
        c.dep_ in {"dobj", "attr", "acomp"} for c in verb.children
    ):
        return []
    clause = next((c for c in verb.rights if c.dep_ in {"ccomp", "advcl"}), None)
    if clause is None or clause.left_edge.i < verb.i or doc[clause.left_edge.i].lower_ != "that":
        return []
    return finish(doc, [(clause.left_edge.i, clause.right_edge.i + 1)], noun.i)


def _own_subject(clause: Token) -> bool:
    """Whether a clause opens with its own subject: "[the mayor] took bribes"."""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.left_edge.i == clause.left_edge.i


def _unowned_report(doc: Doc, noun: Token, start: int) -> bool:
    """A report that needs no holder: one whose content is a question ("the question of
    whether ..."), or talk that goes around ("rumors that ...") with a that-clause or met by
    its target ("she faced criticism for X", "amid concerns about X", "after months of
    criticism over X", "in response to a question about X")."""
    if doc[start].lower_ in QUESTION_OPENERS:
        return True
    if noun.lower_ not in _UNOWNED_NOUNS:
        return False
    return doc[start].lower_ == "that" or _met_by_target(noun)


# Nouns of talk that goes around with no one named: "amid reports that ...".
_UNOWNED_NOUNS = frozenset(
    {
        "report", "reports", "rumor", "rumors", "allegation", "allegations", "accusation",
        "accusations", "charges", "claims", "complaint", "complaints", "concerns", "question",
        "questions", "criticism", "warnings", "outrage", "calls",
    }
)  # fmt: skip
# Prepositions that set talk with no one named against what it is about ("despite concerns
# about X", "after allegations that ...", "because of reports about X").
_AMID_PREPOSITIONS = frozenset({"amid", "despite", "over", "after", "because"})
# Nouns whose "of" phrase meets such talk: "in the face of questions about X".
_MEETING_NOUNS = frozenset({"face", "wake", "because"})
# Words whose "to" phrase answers such talk: "in response to questions about X".
_ANSWER_WORDS = frozenset({"respond", "response", "answer"})


def _met_by_target(noun: Token) -> bool:
    """Whether unowned talk is met by what it is about: the object of "face", "draw" or
    "receive" ("she faced criticism for X"), the object of "amid", "despite", "in the face
    of" or "in response to" ("amid concerns about X"), or of "with" after a passive of
    confronting or a verb of coping ("confronted with the accusation he lied", "grappled with
    calls for a recount")."""
    noun = _measured(noun)
    head = noun.head
    if noun.dep_ == "dobj":
        return head.pos_ == "VERB" and head.lemma_.lower() in RECEIVING_VERBS
    if noun.dep_ != "pobj":
        return False
    if head.lower_ in _AMID_PREPOSITIONS or _confronted_with(noun):
        return True
    if head.lower_ == "of":
        return head.head.lower_ in _MEETING_NOUNS
    return head.lower_ == "to" and head.head.lemma_.lower() in _ANSWER_WORDS


def _measured(noun: Token) -> Token:
    """The noun that measures or gathers a cue noun through "of", which stands in its place
    in the sentence: "after [months] of criticism over X", "she faced [a litany] of questions
    about X"."""
    while (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.pos_ == "NOUN"
        and noun.head.head.lower_ not in _MEETING_NOUNS
        and not any(c.dep_ == "poss" or c.lower_ == "the" for c in noun.head.head.lefts)
    ):
        noun = noun.head.head
    return noun


def _modifier_holder(noun: Token, start: int) -> Token | None:
    """A named group or person, or a common noun for people before it, modifying a cue noun
    whose content is a clause: "the FDA demand that the drug be withdrawn", "the Senate plan
    to cut taxes", "employee concerns that the test was flawed"."""
    if start <= noun.i or noun.doc[start].lower_ not in {"that", "to"}:
        return None
    for child in noun.lefts:
        if child.dep_ in {"compound", "amod"} and (
            child.ent_type_ in HUMAN_SUBJECTS
            or child.pos_ == "PROPN"
            or (child.dep_ == "compound" and people_noun(child))
        ):
            return child
    return None


def _within_holder(noun: Token) -> Token | None:
    """The group inside which a cue noun is held, named by "within" or "from within": "the
    concern within the administration is that ...", "criticism from within his party over X"
    (not a time: "a decision within weeks")."""
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            prep = next((c for c in prep.children if c.lower_ == "within"), prep)
        if prep.lower_ != "within":
            continue
        group = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if group is not None and (
            group.ent_type_ in HUMAN_SUBJECTS or group.lower_ in ORG_WORDS | GROUP_WORDS
        ):
            return group
    return None


def _with_holder(noun: Token) -> Token | None:
    """The subject of the verb whose "with" phrase holds the cue noun: "he toyed [with the
    idea] of a ban", "the firm is expanding, [with plans] to hire"; not a thing that cannot
    speak and that comes or arrives with the noun, which tells what came along with it ("a
    boost came [with the news] that ...", but "she came out with the claim")."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if _confronted_with(noun):
        return None  # "when confronted with the claim that ...": the claim is not his
    subject = subject_of(verb)
    if subject is not None and _arrived_with(verb) and mute_thing(subject):
        return None
    return subject


# Verbs whose passive puts talk to the one it is about: "confronted with the claim that ...",
# "faced with questions about X", "presented with the allegation", "hit with charges".
_CONFRONTING_VERBS = frozenset({"confront", "face", "present", "hit", "pepper", "bombard"})


# Verbs of coping whose "with" phrase names what the subject has to handle: "organizers
# grappled with calls for a boycott", "she has dealt with criticism of her record".
_COPING_VERBS = frozenset({"grapple", "cope", "deal", "contend", "wrestle"})


def _confronted_with(noun: Token) -> bool:
    """A cue noun in the "with" phrase of a passive participle of confronting, or of a verb
    of coping when the noun names talk that goes around: the subject is the one the talk is
    put to ("Lee, confronted with the claim that he lied, ...", "the board grappled with
    calls for a recount"), not the one who holds it."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "with":
        return False
    lemma = verb.lemma_.lower()
    if lemma in _COPING_VERBS:
        return noun.lower_ in _UNOWNED_NOUNS
    return verb.tag_ == "VBN" and lemma in _CONFRONTING_VERBS


# Verbs of arriving: a thing that "comes with" news is what the news brought.
_ARRIVING_VERBS = frozenset({"come", "arrive"})


def _arrived_with(verb: Token) -> bool:
    """A verb of arriving with no particle: "came [with]" (not "came out with")."""
    return verb.lemma_.lower() in _ARRIVING_VERBS and not any(
        c.dep_ == "prt" for c in verb.children
    )


def source_phrase_cue(doc: Doc, prep: Token) -> Cue | None:
    """ "In X's words, ...", "in the view of X, ...": like "according to X", the phrase gives
    the clause it qualifies to X, unless that clause has its own reporting verb or the noun
    has a thing judged after "of" ("in his estimation of the market")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or objects[-1].lower_ not in SOURCE_PHRASE_NOUNS:
        return None
    noun = objects[-1]
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is not None and _of_object(noun):
        return None  # "less upbeat in his estimation [of the market]": what he judged
    if holder is None and len(objects) > 1:
        holder = objects[0]  # "in Forbes’ words" parsed as two objects
    if holder is None:
        of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        holder = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if holder is None:
        return None
    root = prep.head
    while root.dep_ not in {"ROOT", "ccomp", "relcl", "advcl"} and root.head != root:
        root = root.head
    if cue_lemma(root.lemma_, root.text) in CUE_LEMMAS:
        return None
    ranges = clause_without(prep)
    if not ranges:
        return None
    return Cue(prep, doc[prep.i : noun.i + 1].text, holder, [char_range(doc, *r) for r in ranges])


def _of_object(noun: Token) -> bool:
    """A view noun with an "of" after it that names what is viewed, its holder named by a
    possessive: "in her view of the race", "in his estimation of its worth" speak of a
    judgment of a thing, not of a clause the holder vouches for."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.rights)


def _voiced(noun: Token) -> bool:
    """Whether a cue noun is the object of a verb that voices it: "she voiced support for X"."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in VOICING_VERBS


def _voiced_target(doc: Doc, noun: Token) -> list[tuple[int, int]]:
    """Whom a voiced stance goes to, named on the verb that voices it: "two of them have
    pledged their support [to the governor]" (but "she voiced her concerns to the board"
    names the listener)."""
    if noun.lower_ not in VOICED_ONLY_NOUNS or not _voiced(noun):
        return []
    for prep in noun.head.rights:
        if prep.dep_ == "prep" and prep.lower_ in {"to", "behind"} and prep.i > noun.i:
            target = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if target is not None:
                return finish(doc, [subtree_range(target)], noun.i)
    return []


def _thing_relative(holder: Token) -> bool:
    """A relative "that"/"which" standing for a thing, not a person: "a report that could
    raise new questions about X", "polls, which give us an idea of Y"."""
    if holder.lower_ not in {"that", "which"} or holder.head.dep_ != "relcl":
        return False
    antecedent = holder.head.head
    return antecedent.ent_type_ not in HUMAN_SUBJECTS and antecedent.pos_ != "PROPN"


def _expressed_stance(doc: Doc, noun: Token) -> Cue | None:
    """A stance its holder's own possessive names as the object of "express" or "voice": the
    verb is the cue and the whole phrase its content ("they expressed [their support for X]")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _EXPRESS_VERBS:
        return None
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return None
    subject = subject_of(verb)
    phrase = trim(doc, *subtree_range(noun))
    if subject is None or phrase is None:
        return None
    return Cue(verb, verb.text, subject, [char_range(doc, *phrase)])


_EXPRESS_VERBS = frozenset({"express", "voice"})
_POSSESSIVE_SUBJECTS = {"his": "he", "her": "she", "their": "they", "its": "it"}


def _verb_subject_holder(noun: Token) -> Token | None:
    """The pronoun subject of the verb whose prepositional phrase holds a cue noun with the
    matching possessive: "he expanded upon his calls for X" gives the calls to "he"."""
    possessive = next((c for c in noun.children if c.dep_ == "poss"), None)
    prep = noun.head
    if possessive is None or possessive.lower_ not in _POSSESSIVE_SUBJECTS:
        return None
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return None  # "she faulted him for his stance": the stance is his, not hers
    subject = subject_of(verb)
    if subject is None or subject.lower_ != _POSSESSIVE_SUBJECTS[possessive.lower_]:
        return None
    return subject


def agent_cue(doc: Doc, noun: Token) -> Cue | None:
    """A holder named as a stance's agent: "X is a fervent supporter of Y"; the content is
    the "of" phrase."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    holder = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if holder is None or holder.lower_ in {"it", "there", "this", "that"}:
        return None
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            target = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
            if target is not None and (trimmed := trim(doc, *subtree_range(target))) is not None:
                return Cue(noun, noun.text, holder, [char_range(doc, *trimmed)])
    return None


def _noun_source(
    noun: Token, content: int, preps: frozenset[str] | set[str] = frozenset({"from", "of", "among"})
) -> Token | None:
    """The person or group a cue noun comes from: "criticism from Democrats", "concern among
    economists", "the contention of Clinton that ..." (an "of" phrase only before a content
    that follows it);
    given a verb and ``{"from"}``, the source its object comes from ("drew praise from X")."""
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        if prep.lower_ == "of" and (prep.right_edge.i >= content or _gerund(noun, content)):
            continue
        source = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if source is not None and (
            source.ent_type_ in HUMAN_SUBJECTS
            or source.lower_ in GROUP_PRONOUNS | GROUP_WORDS | PERSON_NOUNS
        ):
            return source
    return None


def _gerund(noun: Token, start: int) -> bool:
    """Whether a cue noun's content opens with a bare "-ing" form, which the person of its "of"
    phrase does rather than holds: "the report of the actor [appearing at the gala]"."""
    return start < len(noun.doc) and noun.doc[start].tag_ == "VBG"


def adjective_cue(doc: Doc, adjective: Token) -> Cue | None:
    """A stance adjective predicated of its holder: "X is confident that ...", "X, eager to ...";
    not the complement of "make", which names an act ("she made sure the doors were locked")."""
    if adjective.dep_ == "acomp" and adjective.head.lemma_ == "make":
        return None
    holder = next((c for c in adjective.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if holder is None and adjective.dep_ == "acomp":
        holder = subject_of(beyond_comparison(adjective.head, adjective))
    if holder is None:
        holder = _described_people(adjective)
    if holder is None:
        holder = _supplement_holder(adjective)
    return held_stance(doc, adjective, holder)


def held_stance(doc: Doc, adjective: Token, holder: Token | None) -> Cue | None:
    """The cue of a stance adjective held by ``holder``, with what the adjective governs for
    content; None when no one holds it ("it", "there") or it governs nothing."""
    if holder is None or holder.lower_ in {"it", "there"}:
        return None
    ranges = adjective_content(adjective)
    if not ranges:
        return None
    return Cue(adjective, adjective.text, holder, [char_range(doc, a, b) for a, b in ranges])


# Pronouns and nouns of people that a stance adjective after them can describe: "the only
# ones worried about X", "voters eager to ...".
_DESCRIBED_PEOPLE = GROUP_WORDS | PERSON_NOUNS | {"ones", "those"}


def _described_people(adjective: Token) -> Token | None:
    """The people a stance adjective after them describes: "lawmakers [nervous about the
    vote]", "the only ones [worried about it]" (not "a book [critical of the plan]")."""
    head = adjective.head
    if adjective.dep_ == "advmod" and adjective.i > 0:
        head = adjective.nbor(-1)  # "giving cover to [lawmakers] nervous about X": hung afar
        if head.pos_ not in {"NOUN", "PROPN"} or head.head == adjective:
            return None
    elif adjective.dep_ not in {"amod", "acl"} or adjective.i < head.i:
        return None
    if head.ent_type_ in {"PERSON", "NORP"} or head.lower_ in _DESCRIBED_PEOPLE:
        return head
    return None


# Stance adjectives that also say how a thing is, and so may describe the object before
# them: "opened the library, open to the public", "shipped the parts, ready for use".
_THING_STATES = frozenset(
    {"open", "ready", "critical", "sensitive", "vague", "comfortable", "uncomfortable",
     "hostile", "welcoming", "committed"}
)  # fmt: skip


def _supplement_holder(adjective: Token) -> Token | None:
    """The subject of the clause a stance adjective is set off after by a comma, which it is
    said of: "Lee cut the tour short, [wary] of tiring the team", "aides spent the day
    phoning voters, [confident] that ..." (the parse may hang it on the object, which is a
    thing that holds no stance: "scrapped events, wary of ..."), not people it describes
    ("she met the voters, angry about X": ``_described_people`` or none), nor a state a thing
    may be in ("opened the library, open to the public")."""
    doc = adjective.doc
    start = adjective.left_edge.i
    if start == 0 or doc[start - 1].text != "," or adjective.lower_ in _THING_STATES:
        return None
    head = adjective.head
    if adjective.dep_ == "amod":
        if adjective.i < head.i or head.pos_ != "NOUN" or head.ent_type_ or people_noun(head):
            return None
    elif adjective.dep_ != "advcl":
        return None
    verb = head
    while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ != "ROOT":
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = subject_of(verb)
    if subject is None or mute_thing(subject):
        return None
    return subject


def stance_cue(doc: Doc, copula: Token) -> Cue | None:
    """A stance stated with a preposition after "be": "X was against it",
    "X is in favor of Y"; the holder must be a person or group."""
    holder = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if holder is None or not (
        holder.ent_type_ in HUMAN_SUBJECTS or holder.lower_ in {"he", "she", "they", "we"}
    ):
        return None
    for prep in copula.rights:
        if prep.dep_ != "prep":
            continue
        objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
        if not objects:
            continue
        target = objects[0]
        if prep.lower_ == "in" and target.lower_ in STANCE_NOUNS:
            inner = [c for c in target.children if c.dep_ == "prep" and c.lower_ == "of"]
            target = next((c for p in inner for c in p.children if c.dep_ == "pobj"), None)
        elif prep.lower_ not in STANCE_PREPOSITIONS:
            continue
        if target is None or target.pos_ == "NUM" or target.ent_type_ in AMOUNT_ENTS:
            continue
        trimmed = trim(doc, target.left_edge.i, target.right_edge.i + 1)
        if trimmed is not None:
            return Cue(copula, copula.text, holder, [char_range(doc, *trimmed)])
    return None
