"""The speaker of a cue: the token heading its subject in the parse.

The subject is the cue's ``nsubj`` (not a clause, nor a common noun of time: "several times
described ..."); a cue set off by commas inside the clause it reports takes
the words between the comma and itself ("The cause, farmers say, is ..."). A contracted
auxiliary the parse took for the subject gives way to the pronoun before it ("he's said"), and
a subject with a noun the parse joined to it after ", but" to that noun, which opens a clause
of its own ("The firm grew, but the Herald reports ...": the Herald; ``but_clause_subjects``); a
subject the parse hung across a colon on a verb with a subject after it is a topic left behind
("Critics, when they speak up: each side will say ...": each side; ``colon_subjects``); a
common-noun subject identified by name gives way to the name ("A man later identified as Bo Ray
told ...", "the broadcaster Norvia TV said ..."), and a place the parse took for the subject
to the name it qualifies ("Ann Lee of the University of California, Los Angeles said ..."),
a name closing an aside set off by dashes to the phrase after the closing dash ("- sent to Ann
Lee - the senator asks": the senator; ``dash_asides``),
and a wire dateline to the name after its dash ("CLEVELAND, July 19 (UPI) -- Ann Lee told
..."). Passive cues take their ``by`` agent, and a participle with "as" and no agent has
no speaker ("as noted above"). A to-infinitive right after a "for" phrase naming a person is
said by that person, wherever the parse hung the phrase ("an opening for Lee to highlight
...": Lee). A cue without a subject that closes its content and comes
before its speaker takes that speaker rather than the content's subject ("The plan will fail,
warned the minister": the minister; ``inverted_cues``), as does a report set off inside the
clause it reports that the parse gave that clause's subject ("The plan, said Lee, the panel's
chair, will cost more": Lee); a word closing a quotation right before the verb is none of its
subject, and the speaker the verb puts after itself is ('"... #Cologne," tweeted a user': the
user, ``quoted_subjects``); a participle after a passive verb with no agent is said by the
document that verb puts out ("A statement was released on Monday saying ...": the statement;
``released_documents``); otherwise it borrows one (``borrowed_subjects``; a participle of
saying after a question someone tells goes with the teller, not the question's subject:
"described how the fire spread, saying ...",
``question_tellers``; a "while" participle past a side clause of reasons borrows the main
clause's, ``side_clause_lenders``), or takes the noun a relative clause or participle
modifies ("Conley, who said ...", "included aides suggesting ...", but for a noun of time its
owner: "years of Lee talking about ...": Lee, for any noun the person in its "of" phrase
right before the gerund: "the awkwardness of Lee jetting around ...": Lee, and for a thing
that cannot speak in a passive's "by" phrase the passive's subject: "Investors are rattled by
the losses, calling ...": investors, ``agent_gerunds``); an infinitive on a noun of effort is
said by whoever makes it ("sold shares in a bid to persuade ..."); failing all these, a
speaker the parse left beside the cue (``adjacent_speakers``). Documents and organisations
speak through their authors, and a subject "it" only for the document or organisation it
stands for (``speaking_things``). ``noun_holder`` finds whose claim, warning or
call a cue noun is, and whose comment a request asks for ("Acme did not respond to a request for
comment": Acme); ``conjoined_speakers`` the names that speak with a named speaker ("Acme and
Velo said", "Acme, along with Velo, said"); the mention that names a speaker is in ``mentions``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from foretold.attribution.adjacent_speakers import (
    DASHES,
    adjacent_name,
    has_subject,
    stranded_subject,
)
from foretold.attribution.agent_gerunds import passive_subject_past_agent
from foretold.attribution.borrowed_subjects import (
    actors_before,
    agented_passive_subject,
    controller_of,
    finite_clause,
    lender_of,
    named_antecedent,
    owner_of_thing,
    passive_subject,
)
from foretold.attribution.but_clause_subjects import but_clause_subject
from foretold.attribution.colon_subjects import left_across_colon
from foretold.attribution.copular_participles import copular_doer
from foretold.attribution.counted_relatives import speaker_after_count
from foretold.attribution.dash_asides import subject_after_aside
from foretold.attribution.day_part_subjects import name_before_day_part
from foretold.attribution.holderless_cues import as_passive
from foretold.attribution.inverted_cues import interrupting_speaker, inverted_speaker
from foretold.attribution.joined_titles import name_after_joined_title
from foretold.attribution.mentions import one_name
from foretold.attribution.nominal_adjectives import (
    adjective_before,
    adjective_run_into_object,
    nominal_adjective,
)
from foretold.attribution.numbered_names import numbered_head
from foretold.attribution.organisation_roles import holder_after_organisation
from foretold.attribution.participle_pronouns import picked_by_participle
from foretold.attribution.participle_roots import misparsed_participle_root
from foretold.attribution.poll_tallies import poll_of_tally
from foretold.attribution.possessed_titles import name_after_possessed_title
from foretold.attribution.question_tellers import question_teller
from foretold.attribution.quoted_sources import quoted_source
from foretold.attribution.quoted_subjects import inside_closed_quotation, speaker_after_verb
from foretold.attribution.relative_owners import whose_owner
from foretold.attribution.released_documents import released_document
from foretold.attribution.run_on_verbs import name_before_verb
from foretold.attribution.semicolon_series import series_subject
from foretold.attribution.side_clause_lenders import main_verb_past_side_clause
from foretold.attribution.speaker_words import (
    EXPLETIVES,
    editor_insert,
    is_name,
    is_time_noun,
    marked_up,
    people,
    swallowed_clause,
)
from foretold.attribution.speaking_participles import gerund_before_quotation
from foretold.attribution.speaking_things import document_author, it_antecedent
from foretold.attribution.tagged_entities import DATE_ENTS
from foretold.attribution.thing_names import names_thing
from foretold.attribution.titled_names import name_before_title


def subject_of(cue: Token, depth: int = 0) -> Token | None:
    """The token heading the speaker of a cue, or None."""
    if depth == 0 and (quoted := quoted_source(cue)) is not None:
        return quoted  # "The paper quoted Ann Lee as saying ...": Ann Lee, not the paper
    if (interrupting := interrupting_speaker(cue)) is not None:
        return interrupting  # "The plan, said Lee, the panel's chair, will cost more": Lee
    subjects = [
        c
        # "Ann Lee Sunday night said": Ann Lee, not "night"
        for c in (name_before_day_part(c) for c in cue.children if c.dep_ == "nsubj")
        if (c.ent_type_ not in DATE_ENTS or nominal_adjective(c))  # "the 43-year-old said"
        and not is_time_noun(c)
        and not marked_up(c)
        and not editor_insert(c)
        and not swallowed_clause(c)
    ]
    if subjects and all(inside_closed_quotation(c, cue) for c in subjects):
        # '"... #Cologne," tweeted a user': a word of the quotation, not who tweeted it
        return speaker_after_verb(cue) if depth == 0 else None
    subjects = [s for s in subjects if not _floating_quantifier(s, subjects)]
    subjects = [s for s in subjects if not left_across_colon(s, subjects, cue)]
    if subjects:
        named = [s for s in subjects if s.pos_ == "PROPN"]
        subject = numbered_head(_clitic_subject(named[-1] if named else subjects[-1]))
        subject = whose_owner(subject)  # "the firm whose audit found ...": the firm
        subject = name_after_possessed_title(subject)  # "said Acme, Ohio's chief, Ann Lee"
        subject = but_clause_subject(subject, cue)  # "The firm grew, but the Herald reports"
        subject = speaker_after_count(subject, cue)
        subject = poll_of_tally(subject, cue)  # "In a poll, 38 percent said ...": the poll
        subject = name_before_verb(subject)  # "Birthers resurface to question ..."
        subject = subject_after_aside(subject) or subject  # "- to Ann Lee - the senator asks"
        if subject.lower_ in EXPLETIVES and it_antecedent(subject) is None:
            return None
        return _identified(
            document_author(
                name_before_title(
                    _named_before_place(_past_dateline(_parenthetical_subject(cue, subject)))
                )
            )
        )
    if (adjective := adjective_before(cue) or adjective_run_into_object(cue)) is not None:
        return adjective  # "The youngest said", both words hung on "said": the youngest
    for child in cue.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if (doer := _for_subject(cue)) is not None:
        return doer  # "an opening for Lee to highlight ...": Lee
    if (controller := controller_of(cue)) is not None:
        return controller
    if as_passive(cue):
        return None  # "The council approved it, as noted above": no one named notes it
    if (actor := _actor_before_gerund(cue)) is not None:
        return actor  # "the awkwardness of Lee jetting around ...": Lee
    if (inverted := _inverted_before_lender(cue)) is not None:
        return inverted  # "The plan will fail, warned the minister": not "plan"
    if (document := released_document(cue)) is not None:
        return document  # "A statement was released on Monday saying ...": the statement
    if (series := series_subject(cue)) is not None:
        return series  # "..., in which she was booed; was sued; and pledged ...": she
    lender = lender_of(cue) if depth < 3 and not (depth == 0 and finite_clause(cue)) else None
    if lender is not None and (doer := copular_doer(cue, lender)) is not None:
        return doer  # "is the mayor speaking from a screen, calling them ...": the mayor
    if lender is not None and (teller := question_teller(cue, lender)) is not None:
        if teller.pos_ not in {"VERB", "AUX"}:
            return teller  # "A witness ... how the attack unfolded, stating": the witness
        lender = teller  # "described how the fire spread, saying ...": whoever described it
    if lender is not None and (passive := agented_passive_subject(cue, lender)) is not None:
        return passive  # "was pressed by reporters and said ...": not the reporters
    if lender is not None and (found := subject_of(lender, depth + 1)) is not None:
        if (actors := actors_before(cue, found)) is not None:
            return actors
        if (main := main_verb_past_side_clause(cue, lender, found)) is not None:
            return subject_of(main, depth + 1) or found  # "..., as margins are thin, while noting"
        if (owner := owner_of_thing(cue, lender, found)) is not None:
            return owner  # "She shares a strategy that banks on presenting ...": She
        return _identified(named_antecedent(cue, lender, found))
    joined = lender is not None and cue.dep_ in {"conj", "pcomp"}
    passive = passive_subject(lender) if joined else None
    if passive is not None:
        return passive  # "He was forced out and said ...", "He was fired after saying ...": He
    if (root := misparsed_participle_root(cue)) is not None:
        return subject_of(root, depth + 1)  # "Lee speaking to a forum called it ...": Lee
    if (clause := gerund_before_quotation(cue)) is not None:
        return subject_of(clause, depth + 1)  # 'Lee shared it, writing "Q."': Lee
    if cue.dep_ == "acl" and (
        cue.head.pos_ in {"NOUN", "PROPN"}
        or nominal_adjective(cue.head)
        or picked_by_participle(cue)  # "those describing themselves as ...": those
    ):
        if is_time_noun(cue.head):
            return _owner_of_time(cue.head)
        if (experiencer := passive_subject_past_agent(cue)) is not None:
            return experiencer  # "are rattled by the losses calling it ugly": not "losses"
        return _effort_holder(cue, depth) or cue.head
    if cue.dep_ == "relcl" and is_name(cue.head) and not has_subject(cue):
        return cue.head  # "Senator Ann Cole, the top Democrat, on Monday called ..."
    return (adjacent_name(cue) or stranded_subject(cue)) if depth == 0 else None


_FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})


def _floating_quantifier(word: Token, subjects: list[Token]) -> bool:
    """A "both", "all" or "each" right after another subject of the verb, which it floats off:
    the subject is the word before ("This both renders them eligible and identifies them":
    This, not "both"; "The firms all said ...": firms)."""
    return (
        word.lower_ in _FLOATING_QUANTIFIERS
        and not any(word.children)
        and any(s.i == word.i - 1 for s in subjects)
    )


def undergoer_participle(cue: Token) -> bool:
    """A bare past participle right after the noun it is hung on, inside a clause that has its
    own verb: it tells what was done to that noun, so the noun is no speaker and the clause's
    words are not the participle's ("All the loans granted were "short-term"": the loans were
    granted, no one named grants them). Not with words of its own after it ("a plan called
    "Go"", "the text read in part:"), nor after a comma ("The board, in a note, urged ...")."""
    if cue.tag_ != "VBN" or cue.dep_ != "acl" or cue.head.i >= cue.i:
        return False
    if any(not c.is_punct for c in cue.rights) or any(c.dep_ == "agent" for c in cue.children):
        return False
    if any(t.is_punct for t in cue.doc[cue.head.i + 1 : cue.i]):
        return False
    return any(a.pos_ in {"VERB", "AUX"} for a in cue.head.ancestors)


def _inverted_before_lender(cue: Token) -> Token | None:
    """The speaker after an inverted cue the parse coordinated with the clause it reports ("The
    plan will fail, warned the minister": the minister, not "plan"); None when the cue is one
    of a list of verb phrases sharing a subject ("It is free, runs on old machines, supports
    more platforms": no inverted report)."""
    siblings = [
        c
        for c in cue.head.children
        if c.dep_ == "conj" and c != cue and c.pos_ in {"VERB", "AUX"} and c.i < cue.i
    ]
    return None if siblings else inverted_speaker(cue)


def _owner_of_time(noun: Token) -> Token | None:
    """Whose years or days a gerund on a noun of time tells of: the name or people in its "of"
    phrase ("after years of Lee talking about jobs": Lee), or None."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if owner is not None and (is_name(owner) or people(owner) or owner.pos_ == "PRON"):
                return owner
    return None


def _for_subject(cue: Token) -> Token | None:
    """The person in a "for" phrase right before a to-infinitive cue, who is its subject though
    the parse hung the phrase on a noun or a verb before it ("created an opening for Ann Lee to
    highlight ...", "it is time for them to say ...": Lee, them); None otherwise."""
    to = next((c for c in cue.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
    if to is None or to.i != cue.i - 1 or to.i < 2:
        return None
    doer = cue.doc[to.i - 1]
    while doer.dep_ in {"compound", "flat"} and doer.head.i > doer.i:
        doer = doer.head
    prep = doer.head
    if doer.dep_ != "pobj" or prep.lower_ != "for" or doer.right_edge.i != to.i - 1:
        return None
    if prep.i != doer.left_edge.i - 1:
        return None
    return doer if is_name(doer) or people(doer) or doer.pos_ == "PRON" else None


def _actor_before_gerund(cue: Token) -> Token | None:
    """The person right before a gerund the parse hung on the noun before them: the object of
    that noun's "of" ("the awkwardness of Ann Lee jetting around the world": Lee, not
    whoever finds it awkward), when it names people; None otherwise."""
    if cue.tag_ != "VBG" or cue.dep_ != "acl" or cue.i == 0:
        return None
    for prep in cue.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or not prep.i < cue.i:
            continue
        actor = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if actor is not None and actor.right_edge.i == cue.i - 1:
            return actor if is_name(actor) or people(actor) or actor.pos_ == "PRON" else None
    return None


def _clitic_subject(subject: Token) -> Token:
    """The pronoun before a contracted auxiliary the parse took for the subject ("While he's
    said ...": "he", not "'s"); the subject itself otherwise."""
    if subject.lower_ not in {"'s", "\u2019s"}:
        return subject
    inner = [c for c in subject.children if c.dep_ == "nsubj" and c.i < subject.i]
    return inner[-1] if inner else subject


def _parenthetical_subject(cue: Token, subject: Token) -> Token:
    """For a cue set off by commas inside the clause it reports, the words between the comma
    and the cue ("The cause, farmers and ranchers say, is ...": the parse may give the
    cue the clause's subject and hang the speakers on the noun before the comma)."""
    if cue.dep_ != "parataxis" or subject.i > cue.i:
        return subject
    doc = cue.doc
    start = cue.i - 1
    while start > subject.i and cue.i - start <= 8 and doc[start].text != ",":
        start -= 1
    if doc[start].text != "," or start + 1 >= cue.i:
        return subject
    heads = [
        t
        for t in doc[start + 1 : cue.i]
        if t.pos_ in {"NOUN", "PROPN", "PRON"} and not start < t.head.i < cue.i
    ]
    return heads[0] if heads else subject


def _past_dateline(subject: Token) -> Token:
    """The speaker after a wire dateline the parse took for the subject ("CLEVELAND, July 19
    (UPI) -- Michael Mukasey told ...": Mukasey, not Cleveland): a place opening its line,
    with the name after the dash hung on it; the subject otherwise."""
    doc = subject.doc
    opens_line = subject.i == 0 or "\n" in doc[subject.i - 1].text_with_ws
    if subject.ent_type_ != "GPE" or not opens_line:
        return subject
    dash = next((t for t in doc[subject.i : subject.right_edge.i] if t.text in DASHES), None)
    if dash is None:
        return subject
    after = [c for c in subject.rights if c.dep_ == "appos" and c.i > dash.i]
    return after[0] if after else subject


def _named_before_place(subject: Token) -> Token:
    """The name a place set off by a comma qualifies, when the parse took the place for the
    subject ("Ann Lee of the University of California, Los Angeles said ...": Lee, not Los
    Angeles); the subject otherwise."""
    first = subject.left_edge.i
    if subject.ent_type_ != "GPE" or first < 2 or subject.doc[first - 1].text != ",":
        return subject
    noun = subject.doc[first - 2]
    if noun.pos_ != "PROPN" or noun.sent != subject.sent:
        return subject
    while noun.dep_ in {"pobj", "prep", "compound"} and noun.head.i < noun.i:
        noun = noun.head
    if noun == subject or not (is_name(noun) or people(noun)) or noun.ent_type_ == "GPE":
        return subject
    return noun if noun.i < first - 2 else subject


def _name_after_title(subject: Token) -> Token | None:
    """The name right after a common noun that titles it, with no comma between, which the
    parse hung on the noun in apposition ("the broadcaster Norvia TV said ...": Norvia TV,
    not "broadcaster"), or None; a plural noun stands for more than the first of the names it
    lists ("candidates Ann Lee, Bo Ray and Cy Ott said ...")."""
    if subject.tag_ != "NN":
        return None
    for name in subject.rights:
        if name.dep_ != "appos" or name.left_edge.i != subject.i + 1:
            continue
        words = subject.doc[subject.i + 1 : name.i + 1]
        capitalised = all(t.text[:1].isupper() for t in words)
        if capitalised and any(t.ent_type_ in _NAMED_KINDS for t in words):
            return name
    return None


_NAMED_KINDS = frozenset({"ORG", "PERSON", "NORP", "FAC"})
_NAMING_VERBS = frozenset({"identify", "name"})


def _identified(subject: Token) -> Token:
    """The name a common-noun subject is identified as ("A woman, later identified as Ann
    Lee, said ...", "A man later identified as Bo Ray told ...": the name); the subject
    otherwise. An active verb of naming with an object names that object, not its subject
    ("Officials identified the suspect as Bo Ray": the officials speak)."""
    if (joined := name_after_joined_title(subject)) != subject:
        return joined  # "Acme Vice President for sales and marketing Ann Lee said": Lee
    if subject.pos_ != "NOUN":
        return subject
    if (name := _called_name(subject) or _name_after_title(subject)) is not None:
        return name
    if (holder := holder_after_organisation(subject)) is not None:
        return holder  # "the chairman of Acme Corp Ann Lee said ...": Lee
    verbs = [c for c in subject.children if c.dep_ == "acl"]
    if subject.dep_ == "nsubjpass" or (
        subject.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in subject.head.children)
    ):
        verbs.append(subject.head)
    for verb in verbs:
        if verb.lemma_.lower() not in _NAMING_VERBS:
            continue
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                name = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if name is not None and name.ent_type_ == "PERSON":
                    return name
    return subject


# Participles that give a person's name right after a common noun: "a student named Lee".
_CALLING_VERBS = frozenset({"name", "call"})


def _called_name(noun: Token) -> Token | None:
    """The person's name a common noun is given by a participle right after it ("A student
    named Bo Lee said ...", "a nurse called Ann Kerr told ...": the name), or None."""
    for verb in noun.rights:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in _CALLING_VERBS:
            continue
        for name in verb.children:
            if name.dep_ in {"oprd", "dobj", "attr"} and name.ent_type_ == "PERSON":
                return name
    return None


def _effort_holder(cue: Token, depth: int) -> Token | None:
    """Who makes the effort an infinitive cue completes ("Lee sold his shares in a bid to
    persuade the board ...", "She made an attempt to convince them ...": Lee, She; "his
    effort to persuade ...": his), or None for a noun naming people ("aides to say")."""
    noun = cue.head
    if people(noun) or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in cue.children):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in {"VERB", "AUX"} or depth >= 3:
        return None
    return subject_of(verb, depth + 1)


# Verbs whose subject holds the claim, warning or call they take as object.
_HOLDER_VERBS = frozenset(
    {
        "express", "voice", "make", "issue", "raise", "repeat", "reiterate", "renew", "share",
        "deliver", "offer", "lodge", "level", "air", "file", "send", "post", "publish",
        "release", "register", "announce", "give", "have", "escalate", "step", "reach",
        "provide", "present", "submit", "put",
    }
)  # fmt: skip


def noun_holder(noun: Token) -> Token | None:
    """Whose claim, warning or call a cue noun is: its possessor ("Trump's claim"), its ``by``
    phrase ("allegations by aides"), or the subject of the verb that makes it ("Rubio voiced
    concerns about ...", "she issued a warning that ...", also in a relative clause on the
    noun: "the promise [she] made is that ...")."""
    head = noun.head
    for child in noun.children:
        if child.dep_ == "poss":
            if child.pos_ == "PRON" and noun.dep_ == "dobj" and head.pos_ == "VERB":
                return subject_of(head) or child  # "Trump stepped up his attacks on ..."
            return child
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "by":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _HOLDER_VERBS:
        return subject_of(head)
    return _relative_maker(noun) or _one_asked(noun)


def _relative_maker(noun: Token) -> Token | None:
    """The subject of a relative clause on a cue noun whose verb makes what the noun names,
    the noun filling its object gap: "the most telling promise [she] has made is that ...",
    "the warning [the agency] issued last week" (not "the claim that [he] made a deal": a
    clause with its own object says what the claim is)."""
    for clause in noun.rights:
        if (
            clause.dep_ == "relcl"
            and clause.lemma_.lower() in _HOLDER_VERBS
            and not any(c.dep_ in {"dobj", "mark"} for c in clause.children)
        ):
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.tag_ not in {"WDT", "WP"}:
                return subject
    return None


_ASKING_NOUNS = frozenset({"request", "invitation"})


def _one_asked(noun: Token) -> Token | None:
    """Whose comment a request asks for: the subject of the verb that takes the request
    ("Acme did not respond to a request for comment on ...", "Lee ignored requests for
    comment": Acme, Lee), or None."""
    request = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    if request.lemma_.lower() not in _ASKING_NOUNS:
        return None
    verb = request.head
    if request.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif request.dep_ != "dobj":
        return None
    return subject_of(verb) if verb.pos_ == "VERB" else None


_NAMED = frozenset({"PERSON", "ORG"})
# What may speak beside a country: another, or one the tagger took for a body ("Egypt, Greece
# and Cyprus": Cyprus tagged ORG).
_COUNTRIES = frozenset({"GPE", "ORG"})
_SINGULAR_PERSONAL = frozenset({"he", "she"})


def conjoined_speakers(head: Token) -> list[Token]:
    """The other names joined by "and" to a named speaker, each a speaker of the same words
    ("Chrysler and Toyota both reported ...", "Lee, Cole and Diaz said ...": Toyota; Cole and
    Diaz); none after "or" or "nor" ("Neither Lee nor Cole said"), for common nouns, or when
    a phrase comes between ("The Court of England and Wales": the "and" is the name's own) or
    the words are one name ("Velo Fire and Rescue", tagged whole here or elsewhere);
    also a name set beside it by "along with" or "together with" ("Acme, along with Velo
    Corp, said ...": Velo Corp). A "he" or "she" joined by "and" to names speaks with them
    too ("Both she and the city's mayor Bo Ray urged ...": Bo Ray). A country speaks through
    its government, so countries joined by "and" each speak ("Egypt, Greece and Cyprus
    condemned ...": Greece and Cyprus too)."""
    if head.pos_ == "PRON" and head.lower_ in _SINGULAR_PERSONAL:
        return _conjuncts(head)
    if head.pos_ == "PROPN" and head.ent_type_ == "GPE":
        return _conjuncts(head, _COUNTRIES)
    if head.pos_ != "PROPN" or head.ent_type_ not in _NAMED:
        return []
    return _conjuncts(head) + _listed_apposition(head) + _companions(head)


def _listed_apposition(head: Token) -> list[Token]:
    """The names of a list the parser hung on a named speaker as an apposition, when the
    list joins names by "and" ("Ann Lee, Bo Ray and Cy Dunn said ...", "Lee and her
    deputies, Bo Ray and Cy Dunn, said ...": Ray and Dunn); none for a lone apposition
    ("Ann Lee, Acme Corp's chief, said"), nor for a list past a colon, which says what the
    words are about, not who else speaks ("Lee failed to mention the crash that killed two
    people: Bo Ray and Cy Dunn")."""
    for apposition in head.children:
        if (
            apposition.dep_ == "appos"
            and apposition.pos_ == "PROPN"
            and apposition.ent_type_ in _NAMED
            and (listed := _conjuncts(apposition))
            and not any(t.text == ":" for t in head.doc[head.i : apposition.i])
        ):
            return [apposition, *listed]
    return []


def _conjuncts(head: Token, named: frozenset[str] = _NAMED) -> list[Token]:
    """The names joined by "and" to a named speaker (`conjoined_speakers`), each tagged as
    one of ``named``."""
    others: list[Token] = []
    conjunct = head
    while (following := next((c for c in conjunct.children if c.dep_ == "conj"), None)) is not None:
        links = {c.lower_ for c in (*conjunct.children, *following.children) if c.dep_ == "cc"}
        if links - {"and", "&"}:
            return []
        if following.pos_ != "PROPN" or following.ent_type_ not in named:
            return []
        if any(t.dep_ == "prep" for t in head.doc[conjunct.i : following.i]):
            return []
        if one_name(conjunct, following):
            return []
        others.append(following)
        conjunct = following
    return others


_COMPANION_ADVERBS = frozenset({"along", "together"})


def _companions(head: Token) -> list[Token]:
    """The name set beside a named subject by "along with" or "together with", hung on the
    subject or its verb ("Acme, along with Velo Corp, said ...": Velo Corp), if any."""
    verb = head.head
    for prep in (*head.rights, *(c for c in verb.children if head.i < c.i < verb.i)):
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in _COMPANION_ADVERBS:
            prep = next((c for c in prep.children if c.lower_ == "with"), prep)
        elif not (prep.lower_ == "with" and any(c.lower_ == "together" for c in prep.children)):
            continue
        named = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if named is not None and named.pos_ == "PROPN" and named.ent_type_ in _NAMED:
            return [named]
    return []


def last_joined_subject(head: Token, mention: Callable[[Token], Span]) -> Token | None:
    """The last noun joined by "and" to a speaker, so that the mention names all who spoke,
    named or not ("Lee and his aides claimed ...": through "his aides"; "The agency and other
    regulators reported ...": through "other regulators"); None with no such noun, after "or"
    or "nor", when a phrase comes between or the words are one name ("the Court of Kent and
    Sussex", "the Oceanic and Atmospheric Administration": the "and" is the name's own), or
    when a joined noun is a thing in the singular, which speaks for no one ("the mayor's
    election and swearing-in").

    ``mention`` gives the mention a noun heads."""
    last = None
    conjunct = head
    while (following := next((c for c in conjunct.children if c.dep_ == "conj"), None)) is not None:
        links = {c.lower_ for c in (*conjunct.children, *following.children) if c.dep_ == "cc"}
        if not links or links - {"and", "&"} or not _joined_speaker(following, mention):
            break
        between = head.doc[conjunct.i : following.i]
        if following.i < head.i or any(t.dep_ == "prep" for t in between):
            break
        if one_name(conjunct, following):
            break
        last = conjunct = following
    return last


def _joined_speaker(noun: Token, mention: Callable[[Token], Span]) -> bool:
    """A noun that can speak beside a speaker it is joined to: a pronoun, a name, a plural
    ("his aides", "property owners") or a word for a body or for people ("the government")."""
    if noun.pos_ in {"PRON", "PROPN"} or noun.tag_ == "NNS":
        return True
    return noun.pos_ == "NOUN" and not names_thing(mention(noun).text)
