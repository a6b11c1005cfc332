"""Senses of cue words that report nothing: a thing meant for a purpose or due to happen
("the service is intended to launch in May", "a plant intended to supply the city", "the
bridge is supposed to open in May"), a permission granted
("the update will allow users to share files"), a price asked ("the firm charges a fee for
delivery"), a quality put on display ("the drug showed promise", "he showed no remorse"), a
thing weighed ("they are considering runs"), a thing known of ("she was aware of the
report"), a risk a thing poses or a gain it holds out ("the drought threatens the harvest",
"the plane promises lower fuel use"), a showing up ("she appeared on the radio"), a thing
withheld ("the board denied funding for the road"), a habit of a kind of thing ("a
beetle known to eat bark"), a state found out ("he was later determined to have a
fracture", "the fire was determined to have started in the attic"), a thing sought ("the
party is to find a new leader"), a way or a comfort found ("they found ways to save", "fans
found solace in the win"), a party or a sum voted ("who vote Democratic", "the council
voted funds to fix the roads"), an emergency turned out to ("police were answering a call",
"the crew was responding to a fire"), a summons heeded ("she answered the door"), a cause
that explains a thing ("the rise is explained by strong demand"), a contest defended
("defending their seats"), an outcome
settled ("independents will decide the primary"), a client defended by a lawyer ("the
attorney who defended the bank"), a subject someone writes on for a living ("a reporter who
writes about energy"), a work written ("she wrote three novels"), a status given up
("renounced his citizenship"), a place shown to someone ("showed me where he slept"), a
likeness drawn ("the same can be said of the bridge"), a blow borne ("felt the pinch"), an
image cast onto a surface ("projected slogans onto the walls"), a gesture at a person
("pointed to a man in the crowd"), a thing aimed at a target ("aimed her speech at the
governor"), an attack of force ("carried out his attack on the
school"), the draw of a thing ("the appeal of a fresh start"), a claim staked ("staked its
claim to the title"), a
proof still owed ("she must prove it works"), an outcome proven ("the theory was proved
wrong"), what a word refers to or suggests ("the word
"pandemic" refers to how widely a disease has spread", "as its name suggests, the club plays
chess"), an entry to a body or a place in the passive ("he was elected and admitted to the
Academy"), a matter referred to a body in the passive ("those who ignore a subpoena are
referred to prosecutors"), an event witnessed or a change undergone ("the war saw thousands
displaced", "shares saw steep drops") and the outcome of a thing in a relative clause ("a
plan which will see its fleet double") or in the present ("the show sees six strangers move
in"); a court filing disposed of (``court_filings``: "the judge dismissed the lawsuit"); an
inference the writer draws from a fact (``drawn_inferences``: "a film is on sale, suggesting
it works"); the parts a plan consists in (``consisting_gerunds``: "a plan consisting in
supporting banks"); a thing brought to an end (``ended_things``: "the band concluded its
tour"); words held back (``unsaid_things``: "she said little about the plan"); a contest
given up (``conceded_contests``: "he conceded the race"); a thing added to a whole
(``added_things``: "she added a new title to her resume"); a stake fought for in a contest
(``contest_stakes``: "they are fighting for second place"); goods called back by their maker
(``product_recalls``: "the firm recalled the devices"); a skill taught (``taught_skills``:
"they taught us how to fold the map").

Each leaves the cue's other senses alone: "she intends to run", "he allowed that it was
late", "prosecutors charged that he lied", "the poll showed Lee ahead", "they are
considering leaving", "she was aware that it failed", "the union threatened to strike", "the
mayor promised lower fares", "it appears that he lost", "she denied the report", "a man
known to be armed", "she was determined to win", "the panel is to find whether it failed",
"they voted to delay it", "she decided to run", "she answered the call for reform", "the
rule was explained by the planner", "she defended the plan", "the lawyer defended the
ruling", "a critic who wrote about the plan", "he renounced violence", "the map shows where
it hit", "analysts projected a deficit", "she pointed to the report", "her appeal for calm",
"the audit proved that it failed", "the mayor referred to the cost", "he admitted to the
thefts", "she saw that it failed", "analysts see prices rising".
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.added_things import thing_added
from foretold.attribution.conceded_contests import contest_conceded
from foretold.attribution.consisting_gerunds import consisting_gerund
from foretold.attribution.contest_stakes import stake_fought_for
from foretold.attribution.court_filings import (
    DISPOSING_VERBS,
    court_filing_disposed,
    writ_issued,
)
from foretold.attribution.cue import Cue
from foretold.attribution.cues import (
    ALL_VERBS,
    HUMAN_SUBJECTS,
    PREPOSITION_CUES,
    SAID_NOUNS,
    SPEAKING_THINGS,
    cue_lemma,
)
from foretold.attribution.drawn_inferences import drawn_inference
from foretold.attribution.ended_things import thing_ended
from foretold.attribution.entities import ORG_WORDS, PERSON_NOUNS, ROLE_NOUNS
from foretold.attribution.greetings import greeting
from foretold.attribution.marks import CLAUSE_MARKS
from foretold.attribution.material_support import material_support
from foretold.attribution.own_clauses import is_passive
from foretold.attribution.product_recalls import product_recalled
from foretold.attribution.restricting_as_clauses import restricting_as_clause
from foretold.attribution.speaker_words import OBJECT_PRONOUNS, people, person_noun
from foretold.attribution.taught_skills import skill_taught
from foretold.attribution.unsaid_things import nothing_said

# Nouns of a quality someone or something displays: "showed [promise]", "showed [signs of
# strain]", and of a feeling a person shows in conduct, no words or view: "showed [no
# remorse]", "showed [composure]" (a stance toward someone stays: "shows no respect for
# [them]").
QUALITY_NOUNS = frozenset(
    [
        *("promise", "sign", "signs", "symptom", "symptoms", "restraint", "courage", "resolve"),
        *("resilience", "strength", "weakness", "improvement", "interest", "potential"),
        *("remorse", "contrition", "compassion", "humility", "emotion", "patience", "grace"),
        *("poise", "composure"),
    ]
)
# Nouns of a brief showing of a quality named after "of": "showed [flashes] of compassion".
_GLIMPSE_NOUNS = frozenset({"flash", "flashes", "glimpse", "glimpses"})
# Nouns of a price asked: "charges [a fee]", "charged [an added cost]".
PRICE_NOUNS = frozenset(
    [
        *("fee", "fees", "cost", "costs", "price", "prices", "rate", "rates", "premium", "fare"),
        *("fares", "toll", "tolls", "rent", "interest", "commission", "tax", "taxes", "dollar"),
        *("dollars", "euro", "euros", "pound", "pounds", "cent", "cents", "amount", "sum"),
    ]
)


def idle_sense(cue: Cue) -> bool:
    """A cue word used in a sense that reports no one's words or thoughts."""
    return (
        _meant_thing(cue)
        or _permission(cue)
        or _price(cue)
        or _quality_shown(cue)
        or _thing_weighed(cue)
        or _aware_of_thing(cue)
        or _prospect_posed(cue)
        or _appearance(cue)
        or _inability(cue)
        or _thing_withheld(cue)
        or _habit_known(cue)
        or _admission(cue)
        or _referral(cue)
        or _determined_state(cue)
        or _thing_sought(cue)
        or _resource_found(cue)
        or _thing_voted(cue)
        or _emergency_answered(cue)
        or _cause_explained(cue)
        or _contest_defended(cue)
        or _outcome_settled(cue)
        or _client_defended(cue)
        or _beat_written(cue)
        or _work_written(cue)
        or _status_given_up(cue)
        or _place_shown(cue)
        or _image_projected(cue)
        or _gesture(cue)
        or _thing_aimed(cue)
        or _violent_attack(cue)
        or _same_holds(cue)
        or _effect_felt(cue)
        or _word_meaning(cue)
        or _event_witnessed(cue)
        or _change_undergone(cue)
        or _plan_outcome(cue)
        or _thing_featured(cue)
        or _sight(cue)
        or _draw_of_thing(cue)
        or _claim_staked(cue)
        or _proof_owed(cue)
        or _outcome_proven(cue)
        or _advice_given(cue)
        or material_support(cue)
        or drawn_inference(cue)
        or court_filing_disposed(cue)
        or writ_issued(cue)
        or greeting(cue)
        or restricting_as_clause(cue)
        or consisting_gerund(cue)
        or thing_ended(cue)
        or nothing_said(cue)
        or contest_conceded(cue)
        or thing_added(cue)
        or stake_fought_for(cue)
        or product_recalled(cue)
        or skill_taught(cue)
    )


def _has_verb(cue: Cue) -> bool:
    return any(t.pos_ in {"VERB", "AUX"} for t in cue.content_tokens())


# Verbs whose passive or participle after a noun says what a thing is meant or due to do.
_MEANING_VERBS = frozenset({"intend", "suppose"})


def _meant_thing(cue: Cue) -> bool:
    """ "Intend" or "suppose" as a passive or a participle after a noun, a thing meant or due
    to do something with no one holding the intention: "the service is intended to launch in
    May", "a plant intended to supply the city", "the bridge is supposed to open in May" (but
    "she intends to run", "he intended to quit", "I suppose it is late")."""
    verb = cue.token
    if verb.lemma_.lower() not in _MEANING_VERBS or cue.quoted:
        return False
    children = list(verb.children)
    if any(c.dep_ == "agent" for c in children):
        return False
    if verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in children)):
        return True
    return _hung_participle(verb)


def _hung_participle(verb: Token) -> bool:
    """A past form with no subject of its own right after a noun, hung by the parse on the
    verb of the clause before instead of on the noun: "the firm opened a plant in Ohio
    [intended] to supply the city" (but "she said she intended to run")."""
    if verb.tag_ not in {"VBN", "VBD"} or verb.dep_ not in {"advcl", "acl"} or verb.i == 0:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    return before.pos_ in {"NOUN", "PROPN"} and before.head.i < verb.i


def _permission(cue: Cue) -> bool:
    """ "Allow" with a person and an infinitive, a permission granted: "the update will allow
    [users to share files]", "the law allows [firms to merge]" (but "he allowed [that it was
    late]" concedes)."""
    verb = cue.token
    if verb.lemma_.lower() != "allow" or cue.quoted:
        return False
    return not any(
        c.dep_ == "mark" and c.lower_ in {"that", "if"} for c in cue.content_tokens()
    ) and any(c.dep_ in {"ccomp", "xcomp"} and _infinitive(c) for c in verb.children)


def _infinitive(verb: Token) -> bool:
    """A verb with "to" before it: "[to share] files"."""
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "to" for c in verb.children) or (
        verb.i > 0 and verb.nbor(-1).lower_ == "to"
    )


def _price(cue: Cue) -> bool:
    """Active "charge" with a price, a payer and what is paid for or a payer and an amount,
    a fee asked: "the firm charges [a fee for delivery]", "it cannot charge [the city for
    the costs]", "the store charged [buyers] 10% more", "it charges [members] $5 a month"
    (but "police charged [him with fraud]", "she charged [that he lied]"). A clause the parse
    hung on the verb from before a colon is none of its complements: "Travel is its largest
    cost: a firm he owns has charged [the campaign $3.7 million]"."""
    verb = cue.token
    if verb.lemma_.lower() != "charge" or cue.quoted:
        return False
    children = [c for c in verb.children if not _closed_before(c, verb)]
    if any(c.dep_ in {"auxpass", "ccomp", "xcomp", "agent"} for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in children):
        return False
    objects = [c for c in children if c.dep_ == "dobj"]
    priced = any(o.lower_ in PRICE_NOUNS or o.lemma_.lower() in PRICE_NOUNS for o in objects)
    paid_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in children)
    return bool(objects) and (priced or paid_for or any(_amount(c) for c in children))


def _closed_before(child: Token, verb: Token) -> bool:
    """A clause before ``verb`` that a colon or a semicolon closes ahead of it: "[Travel is
    its largest cost]: a firm has charged ..."."""
    if child.dep_ != "ccomp" or child.i > verb.i:
        return False
    return any(t.text in CLAUSE_MARKS for t in verb.doc[child.right_edge.i + 1 : verb.i])


# Words of an amount asked beyond or below another: "charged 10% [more]", "charged [less]".
_EXCESS_WORDS = frozenset({"more", "less"})


def _amount(child: Token) -> bool:
    """A verb's child that gives a sum or a share asked: "$5", "10%", "more"."""
    if child.dep_ not in {"dobj", "dative", "npadvmod", "advmod"}:
        return False
    return child.lower_ in _EXCESS_WORDS or any(
        t.ent_type_ in {"MONEY", "PERCENT"} for t in child.subtree
    )


def _quality_shown(cue: Cue) -> bool:
    """ "Show" whose object is a quality on display, with no clause: "the drug showed
    [promise]", "the bridge showed [signs of strain]", or a feeling shown in conduct, "he
    showed [no remorse]", "showed [flashes of compassion]" (but "the poll showed [Lee ahead]",
    "tests showed [that it failed]")."""
    verb = cue.token
    if verb.lemma_.lower() != "show" or cue.quoted or _has_verb(cue):
        return False
    return _lone_object_in(verb, QUALITY_NOUNS) or _glimpse_of_quality(verb)


def _glimpse_of_quality(verb: Token) -> bool:
    """A lone object that is a brief showing of a quality named after its "of": "showed
    [flashes of compassion]"."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or objects[0].lower_ not in _GLIMPSE_NOUNS:
        return False
    return any(
        prep.lower_ == "of" and any(p.lower_ in QUALITY_NOUNS for p in prep.children)
        for prep in objects[0].rights
        if prep.dep_ == "prep"
    )


def _lone_object_in(verb: Token, words: frozenset[str]) -> bool:
    """A verb with one object after it, in its own form one of ``words``: "showed
    [promise]", "will defend [her title]"."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    return len(objects) == 1 and objects[0].lower_ in words


def _thing_weighed(cue: Cue) -> bool:
    """Active "consider" with only a noun object, a thing weighed and no view or plan: "two
    senators are considering [runs]", "the judge reconsidered [his ruling]" (but "they are
    considering [leaving]", "she considers [it a mistake]", "he considered [that it failed]")."""
    verb = cue.token
    if verb.lemma_.lower() not in {"consider", "reconsider"} or cue.quoted or _has_verb(cue):
        return False
    children = list(verb.children)
    if any(c.dep_ in {"auxpass", "ccomp", "xcomp", "oprd", "agent"} for c in children):
        return False
    if any(t.lower_ == "as" for t in cue.content_tokens()):  # "consider [it as a threat]"
        return False
    objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or objects[0].pos_ != "NOUN":
        return False
    if objects[0].lemma_.lower() in SAID_NOUNS:  # "will consider [her proposal]"
        return False
    phrase = set(objects[0].subtree)
    return all(t in phrase for t in cue.content_tokens() if not t.is_punct)


def _aware_of_thing(cue: Cue) -> bool:
    """ "Aware of" a noun phrase, a thing known of and no belief stated: "she was aware of
    [the report]" (but "aware [that it failed]")."""
    word = cue.token
    if word.lower_ != "aware" or cue.quoted or _has_verb(cue):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)


# Subjects that stand for a state of affairs, not a speaker: "[that] threatened to ...".
_SITUATION_PRONOUNS = frozenset(["that", "this"])


# Verbs whose thing subject holds out a risk or a gain: "the drought [threatens] the harvest".
_PROSPECT_VERBS = frozenset({"threaten", "promise"})


def _prospect_posed(cue: Cue) -> bool:
    """ "Threaten" with a state of affairs for subject, or a thing that threatens or promises
    a thing, a risk posed or a gain held out and no threat or pledge made: "that threatened
    [to raise prices]", "rising costs are threatening [further losses]", "the drought
    threatens [the harvest]", "the new engine promises [lower fuel use]" (but "the union
    threatened [to strike]", "ranchers threatened [to sue]", "the group threatened [an
    attack]", "the mayor promised [lower fares]", and "that promised [a degree]" after an ad,
    whose pronoun may stand for a pledge)."""
    verb = cue.token
    subject = cue.subject
    if verb.lemma_.lower() not in _PROSPECT_VERBS or subject is None or cue.quoted:
        return False
    if subject.lower_ in _SITUATION_PRONOUNS:
        return verb.lemma_.lower() == "threaten"
    if subject.pos_ != "NOUN" or subject.ent_type_ or not subject.is_lower or _has_clause(cue):
        return False
    return not (
        people(subject) or person_noun(subject) or subject.lemma_.lower() in SPEAKING_THINGS
    )


def _has_clause(cue: Cue) -> bool:
    """A verb in the content other than a participle before a noun: "promised [to cut fares]"
    but not "promises [increased efficiency]"."""
    return any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod" for t in cue.content_tokens())


# Dependents that carry the impression of "appear" or "seem": "appeared [tired]", "appears [to
# have lost]", "it appears [that he lost]", "it seems [like he lost]".
_IMPRESSION_DEPS = frozenset(["xcomp", "ccomp", "acomp", "attr", "oprd", "advcl"])


def _appearance(cue: Cue) -> bool:
    """ "Appear" with no impression, only a place or a part, a showing up: "the senator
    appeared [on television]", "she appeared [as his guest]" (but "she appeared [tired]", "he
    appears [to have lost]", "it appears [that he lost]")."""
    verb = cue.token
    if verb.lemma_.lower() != "appear" or cue.quoted:
        return False
    return not any(c.dep_ in _IMPRESSION_DEPS for c in verb.children)


# Modals of ability: denied before "seem", a failure ("can't seem to").
_ABILITY_MODALS = frozenset(["can", "ca", "cannot", "could"])


def _inability(cue: Cue) -> bool:
    """ "Seem" after a denied "can", an idiom for failing to do a thing, no impression
    hedged: "he just can't seem to convince [the voters]", "they could not seem to agree" (but
    "he doesn't seem to mind", "she seems to be winning")."""
    verb = cue.token
    if verb.lemma_.lower() != "seem" or cue.quoted:
        return False
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ in _ABILITY_MODALS for c in children) and any(
        c.dep_ == "neg" for c in children
    )


# Words that make an attack one of force: "a [murderous] attack", "a [suicide] attack".
VIOLENCE_WORDS = frozenset(
    [
        *("murderous", "deadly", "fatal", "lethal", "violent", "bloody", "armed", "military"),
        *("terror", "terrorist", "suicide", "bomb", "missile", "rocket", "knife", "gun"),
        *("chemical", "nuclear", "drone", "air", "physical"),
    ]
)
# Verbs whose object is a deed done, not words: "carried out an attack", "committed it".
DEED_DOING_VERBS = frozenset(["commit", "perpetrate"])
# Vessels, vehicles and installations, which only force can attack: "an attack on [ships]".
STRUCK_THINGS = frozenset(
    [
        *("ship", "vessel", "tanker", "boat", "warship", "submarine", "convoy", "fleet"),
        *("aircraft", "plane", "jet", "helicopter", "train", "bus", "truck", "vehicle"),
        *("base", "airbase", "barracks", "outpost", "checkpoint", "garrison", "airfield"),
        *("embassy", "consulate", "pipeline", "refinery", "bridge", "harbor", "harbour"),
    ]
)


def _violent_attack(cue: Cue) -> bool:
    """The noun "attack" for a deed of force, with a word of violence, on a vessel, vehicle or
    installation, or as what someone carries out or commits: "after the gunman carried out
    his murderous attack on [the club]", "a suicide attack on [the base]", "its raid and
    attack on [cargo ships]" (but "the senator's attack on [the mayor]")."""
    noun = cue.token
    if noun.lemma_.lower() != "attack" or noun.pos_ != "NOUN" or cue.quoted:
        return False
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in VIOLENCE_WORDS for c in noun.children):
        return True
    if any(_struck_thing(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "on"):
        return True
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    carried_out = verb.lemma_.lower() == "carry" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )
    return carried_out or verb.lemma_.lower() in DEED_DOING_VERBS


def _struck_thing(on: Token) -> bool:
    """An "on" phrase whose object is a vessel, a vehicle or an installation ("on [cargo
    ships]", "on the [embassy]"), or a facility by name ("on Velo Harbour")."""
    return any(
        c.dep_ == "pobj" and (c.lemma_.lower() in STRUCK_THINGS or c.ent_type_ == "FAC")
        for c in on.children
    )


# Nouns of a thing granted or withheld: "denied [funding]", "was denied [bail]".
GRANTED_NOUNS = frozenset(
    [
        *("funding", "fund", "funds", "money", "aid", "access", "entry", "admission", "bail"),
        *("parole", "visa", "visas", "asylum", "permission", "permit", "permits", "benefit"),
        *("benefits", "care", "treatment", "citizenship", "membership", "loan", "loans"),
        *("credit", "coverage"),
    ]
)


def _thing_withheld(cue: Cue) -> bool:
    """ "Deny" with a thing granted or withheld, a refusal and no denial of a claim: "the
    board denied [funding for the road]", "they denied [the family entry]", "[bail] was
    denied" (but "she denied [the report]", "he denied [that he lied]")."""
    verb = cue.token
    if verb.lemma_.lower() != "deny" or cue.quoted or _has_verb(cue):
        return False
    things = noun_objects(verb)
    return any(t.lemma_.lower() in GRANTED_NOUNS or t.lower_ in GRANTED_NOUNS for t in things)


def noun_objects(verb: Token) -> list[Token]:
    """The direct objects and passive subjects of a verb that takes no clause; none when it
    takes one: "denied [funding]", "[bail] was denied" (but "denied that he lied": none)."""
    children = list(verb.children)
    if any(c.dep_ in {"ccomp", "xcomp"} for c in children):
        return []
    return [c for c in children if c.dep_ in {"dobj", "nsubjpass"}]


def _admission(cue: Cue) -> bool:
    """ "Admitted to" a place or a body in the passive, an entry and no confession: "she was
    admitted to hospital", "he was elected in 1981 and admitted to the Academy in 1992" (but
    "he admitted to the thefts", "she admitted that she lied"); a passive cannot confess."""
    return _passive_to(cue.token, "admit", _ADMISSION_DEPS)


def _referral(cue: Cue) -> bool:
    """ "Referred to" a body in the passive with no "as", a matter handed on and no naming:
    "people who ignore a subpoena are referred to prosecutors" (but "the day is referred to
    as the busiest", "the mayor referred to the cost")."""
    verb = cue.token
    return _passive_to(verb, "refer", _REFERRAL_DEPS) and not any(
        c.lower_ == "as" for c in verb.subtree
    )


# Relations that give a verb a subject, object or clause of its own, which an entry in the
# passive has none of: "she [admitted] the thefts", "he [admitted] that he lied".
_ADMISSION_DEPS = frozenset({"nsubj", "dobj", "ccomp", "xcomp"})
# Those of a referral, which has no object predicate either.
_REFERRAL_DEPS = _ADMISSION_DEPS | {"oprd"}


def _passive_to(verb: Token, lemma: str, own_deps: frozenset[str]) -> bool:
    """``verb`` of ``lemma`` in the passive with a "to" phrase and no child in ``own_deps``:
    "was admitted [to] hospital", "are referred [to] prosecutors"."""
    if verb.lemma_.lower() != lemma or (verb.tag_ != "VBN" and verb.dep_ != "conj"):
        return False
    children = list(verb.children)
    if any(c.dep_ in own_deps for c in children):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "to" for c in children):
        return False
    return _passive(verb)


def _passive(verb: Token) -> bool:
    """A verb in the passive, or one joined to a passive verb with no subject of its own:
    "was [admitted]", "was elected and [admitted]"."""
    if is_passive(verb):
        return True
    head = verb.head
    return (
        verb.dep_ == "conj"
        and head.tag_ == "VBN"
        and is_passive(head)
        and not any(c.dep_ in {"aux", "nsubj"} for c in verb.children)
    )


# Verbs of a state, whose "known to" states a belief about the case: "known [to be] armed",
# "known [to have] left".
_STATE_VERBS = frozenset(["be", "have", "hold", "own", "remain", "contain", "possess"])


def _habit_known(cue: Cue) -> bool:
    """ "Known to" as a participle after a noun that names no person, with an infinitive of an
    act, a habit of a kind of thing and no belief anyone holds: "a beetle [known to eat
    bark]", "the only birds known to nest there" (but "a man known to be armed", "a gang
    known by police to sell arms", "a senator known to oppose the bill")."""
    verb = cue.token
    if verb.lower_ != "known" or verb.dep_ != "acl" or cue.quoted:
        return False
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.ent_type_ or people(noun) or person_noun(noun):
        return False
    children = list(verb.children)
    if any(c.dep_ == "agent" for c in children):
        return False
    acts = [c for c in children if c.dep_ == "xcomp" and c.pos_ == "VERB" and _infinitive(c)]
    return bool(acts) and all(a.lemma_.lower() not in _STATE_VERBS for a in acts)


# Adverbs that make "was determined" an event of finding out, not a resolve: "he was [later]
# determined to have a fracture".
_FINDING_TIME_ADVERBS = frozenset(["later", "subsequently", "eventually", "since", "initially"])


def _determined_state(cue: Cue) -> bool:
    """ "Determined to" after "be", a state found out and no resolve, when the infinitive is
    perfect, the subject is a thing or the finding is put in time: "the fire was determined
    [to have started in the attic]", "the cause was determined [to be a leak]", "he was later
    determined [to have a fracture]" (but "the mayor was determined [to win]", "she is
    determined [to have her say]")."""
    word = cue.token
    if word.lower_ != "determined" or cue.quoted:
        return False
    children = list(word.children)
    if any(c.dep_ == "agent" for c in children):
        return False
    infinitives = [c for c in children if c.dep_ == "xcomp" and _infinitive(c)]
    if len(infinitives) != 1 or not _after_be(word):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _FINDING_TIME_ADVERBS for c in children):
        return True
    if _perfect(infinitives[0]):
        return True
    subject = cue.subject
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and not subject.ent_type_
        and not people(subject)
        and subject.lemma_.lower() not in PERSON_NOUNS | ROLE_NOUNS
    )


def _after_be(word: Token) -> bool:
    """A word after "be", as its adjective or its passive: "was [determined]"."""
    if word.dep_ == "acomp":
        return word.head.lemma_ == "be"
    return any(c.dep_ == "auxpass" for c in word.children)


def _perfect(verb: Token) -> bool:
    """An infinitive in the perfect: "to [have] started", "to [have] been caused"."""
    return any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)


def _thing_sought(cue: Cue) -> bool:
    """ "Find" as an infinitive with only a noun phrase for content, a thing sought and no
    finding: "the party is to find [a new leader]", "the aim is to find [a buyer]" (but "the
    panel is to find [whether it failed]", "jurors may yet find [him guilty]")."""
    verb = cue.token
    if verb.lemma_.lower() != "find" or verb.tag_ != "VB" or cue.quoted or _has_verb(cue):
        return False
    if not _infinitive(verb):
        return False
    children = list(verb.children)
    if any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in children):
        return False
    return any(c.dep_ == "dobj" and c.i > verb.i and c.pos_ in {"NOUN", "PROPN"} for c in children)


# What one finds to do a thing or to ease a feeling: "found [ways] to", "found [solace] in".
_RESOURCE_NOUNS = frozenset(
    {"way", "means", "solace", "comfort", "refuge", "relief", "shelter", "consolation"}
)


def _resource_found(cue: Cue) -> bool:
    """ "Find" with a way, a means or a comfort for its object, something got and no finding:
    "candidates have found [ways to make money]", "fans can find [solace in the win]" (but
    "the study found [ways the virus spreads] to be rare" has a predicate, and "found [that
    it failed]" a clause)."""
    verb = cue.token
    if verb.lemma_.lower() != "find" or cue.quoted:
        return False
    children = list(verb.children)
    if any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _RESOURCE_NOUNS for c in children)


# Parts of speech of a thing voted: a party ("Labour", "Democratic") or a sum ("funds").
_CHOSEN_TAGS = frozenset({"NOUN", "PROPN", "ADJ"})


def _thing_voted(cue: Cue) -> bool:
    """ "Vote" whose content opens with a noun or an adjective for its object, a party chosen,
    a sum granted or a word the parse took for a verb: "who vote [Democratic]", "the council
    voted [funds to fix the roads]", "gave them to voting [groups to deliver]" (but "voted [for
    the plan]", "voted [to delay the vote]", a tally: "voted [70 to 20 to end it]", or a
    particle: "voted [the bill] down")."""
    verb = cue.token
    if verb.lemma_.lower() != "vote" or cue.quoted:
        return False
    if any(c.dep_ == "prt" for c in verb.children):
        return False
    tokens = [t for t in cue.content_tokens() if not t.is_punct]
    objects = [
        c
        for c in verb.children
        if c.dep_ in {"dobj", "oprd"} and c.i > verb.i and c.pos_ in _CHOSEN_TAGS
    ]
    return bool(tokens) and any(tokens[0].i == o.left_edge.i for o in objects)


# Nouns of an emergency that crews answer or respond to: "answering [a call]", "responding
# to [a fire]", and of a summons at the door or on the line: "answered [her door]",
# "answered [the phone]".
EMERGENCY_NOUNS = frozenset(
    [
        *("call", "calls", "alarm", "alarms", "fire", "fires", "wildfire", "wildfires"),
        *("blaze", "blazes", "emergency", "emergencies", "crash", "crashes", "accident"),
        *("accidents", "shooting", "shootings", "disturbance", "disturbances"),
        *("door", "doors", "doorbell", "knock", "phone", "phones", "telephone"),
    ]
)


def _emergency_answered(cue: Cue) -> bool:
    """ "Answer" or "respond to" an emergency, a crew turning out and no reply given: "police
    were answering [a call about a break-in]", "the engine rolled while responding to [a
    wildfire]", or a summons, a door opened or a line picked up: "who answered [her door]"
    (but "she answered the call for reform", "he responded to the call to
    resign", "the mayor responded to the fire with a statement")."""
    verb = cue.token
    lemma = verb.lemma_.lower()
    if lemma not in {"answer", "respond"} or cue.quoted:
        return False
    if any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod" for t in cue.content_tokens()):
        return False
    children = list(verb.children)
    if lemma == "answer":
        things = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
    else:
        things = [
            o
            for p in children
            if p.dep_ == "prep" and p.lower_ == "to" and p.i > verb.i
            for o in p.children
            if o.dep_ == "pobj"
        ]
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in children):  # "with a statement"
        return False
    return len(things) == 1 and _emergency(things[0])


def _emergency(noun: Token) -> bool:
    """An emergency noun with no appeal made in it: "a call [about a break-in]" (not "the
    call [for reform]", "the call [to resign]")."""
    if noun.lower_ not in EMERGENCY_NOUNS:
        return False
    return not any(
        (c.dep_ == "prep" and c.lower_ == "for") or c.dep_ in {"acl", "relcl"}
        for c in noun.children
    )


# Nouns of a cause that explains a thing: "explained [by the fact] that ...", "[by strong
# demand]".
CAUSE_NOUNS = frozenset(
    [
        *("fact", "facts", "demand", "rise", "fall", "growth", "increase", "decline", "drop"),
        *("cost", "costs", "price", "prices", "change", "changes", "lack", "shortage"),
        *("weather", "difference", "differences", "effect", "effects", "presence"),
        *("absence", "loss", "losses", "use", "need", "popularity", "success", "failure"),
    ]
)


def _cause_explained(cue: Cue) -> bool:
    """A passive "explain" by a cause, no one explaining: "the rise is explained [by strong
    demand]", "growth was partly explained [by the fact that prices fell]" (but "the rule was
    explained by the planner", "it was explained by the company")."""
    verb = cue.token
    if verb.lemma_.lower() != "explain" or cue.quoted:
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return len(agents) == 1 and agents[0].lemma_.lower() in CAUSE_NOUNS and not agents[0].ent_type_


# Contests held against rivals: "defending [their seats]", "defended [her title]".
CONTEST_NOUNS = frozenset(
    [
        *("seat", "seats", "majority", "majorities", "title", "titles", "crown", "belt"),
        *("championship", "championships", "lead"),
    ]
)


def _contest_defended(cue: Cue) -> bool:
    """ "Defend" with a seat, a majority or a title for object, a contest held and no case
    argued: "senators defending [their seats] this year", "she will defend [her title]" (but
    "she defended [the plan]", "he defended [his aide]")."""
    verb = cue.token
    if verb.lemma_.lower() != "defend" or cue.quoted or _has_verb(cue):
        return False
    return _lone_object_in(verb, CONTEST_NOUNS)


# Verbs that settle an outcome when their object is a plain noun phrase: "independents will
# decide [the primary]", "the vote determines [the winner]".
SETTLING_VERBS = frozenset(["decide", "determine"])


def _outcome_settled(cue: Cue) -> bool:
    """ "Decide" or "determine" with a plain noun phrase for object or passive subject, an
    outcome settled or fixed and no view: "independents alone won't decide [the primary]",
    "turnout will determine [the winners and losers]", "[the race] was decided by a few
    votes" (but "she decided [to run]", "he decided [that it was over]", "they have not
    decided [which plan they prefer]", "the panel decided on [a new chief]")."""
    verb = cue.token
    if verb.lemma_.lower() not in SETTLING_VERBS or cue.quoted or _has_verb(cue):
        return False
    things = noun_objects(verb)
    tokens = [t for t in cue.content_tokens() if not t.is_punct]
    return bool(tokens) and any(
        t.left_edge.i <= tokens[0].i and tokens[-1].i <= t.right_edge.i for t in things
    )


# Nouns of those who defend a client in court: "the attorney who defended [the bank]".
_LAWYER_NOUNS = frozenset(["lawyer", "attorney", "counsel", "solicitor", "barrister"])


def _client_defended(cue: Cue) -> bool:
    """ "Defend" with a lawyer or a law firm for subject and a person or a body for object, a
    client represented in court and no case argued in anyone's words: "the attorney who
    defended [Smith] at trial", "a law firm that defended [several banks]" (but "the lawyer
    defended [the ruling]", "the mayor defended [her aide]")."""
    verb = cue.token
    if verb.lemma_.lower() != "defend" or cue.quoted or _has_verb(cue):
        return False
    subject = verb.head if verb.dep_ == "relcl" else cue.subject
    if subject is None or not _lawyer(subject):
        return False
    objects = noun_objects(verb)
    return len(objects) == 1 and _party(objects[0])


def _lawyer(noun: Token) -> bool:
    """A lawyer or a law firm: "the attorney", "defence lawyers", "a big law firm"."""
    lemma = noun.lemma_.lower()
    if lemma in _LAWYER_NOUNS:
        return True
    return lemma == "firm" and any(c.dep_ == "compound" and c.lower_ == "law" for c in noun.lefts)


def _party(noun: Token) -> bool:
    """A person or a body that can be a party to a case: "Smith", "him", "the bank",
    "troubled companies" (not "the ruling")."""
    if noun.pos_ == "PRON":
        return noun.lower_ in OBJECT_PRONOUNS and noun.lower_ != "it"
    return (
        noun.pos_ == "PROPN"
        or noun.ent_type_ in {"PERSON", "ORG", "NORP"}
        or person_noun(noun)
        or people(noun)
        or noun.lemma_.lower() in ORG_WORDS
    )


def _beat_written(cue: Cue) -> bool:
    """ "Writes about" in the simple present of a relative clause, the subject someone covers
    for a living and no piece reported: "Lee, who writes about [the oil industry] for
    investors, said" (but "Lee, who wrote about the plan last week", "in the column Lee
    writes about the plan")."""
    verb = cue.token
    if verb.lemma_.lower() != "write" or verb.dep_ != "relcl" or cue.quoted:
        return False
    if verb.tag_ not in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "about" for c in verb.children)


# Nouns of a work someone composes, whose writing is authorship and no report: "wrote
# [songs]", "writes [novels]".
WORK_NOUNS = frozenset(
    [
        *("song", "songs", "music", "lyric", "lyrics", "poem", "poems", "poetry", "novel"),
        *("novels", "book", "books", "script", "scripts", "screenplay", "screenplays", "play"),
        *("plays", "opera", "operas", "symphony", "symphonies", "score", "scores", "code"),
        *("software", "fiction", "verse", "hymn", "hymns", "ballad", "ballads", "album"),
    ]
)


def _work_written(cue: Cue) -> bool:
    """ "Write" whose content is its object and the object a work, authorship and no words
    reported: "he went on to write [songs he mailed to the band]", "she wrote [three novels]"
    (but "she wrote [that the book was late]", "he wrote [a book] arguing that it failed")."""
    verb = cue.token
    if verb.lemma_.lower() != "write" or cue.quoted:
        return False
    tokens = [t for t in cue.content_tokens() if not t.is_punct]
    objects = [c for c in verb.children if c.dep_ == "dobj" and _works(c)]
    return bool(tokens) and any(tokens[0].i == o.left_edge.i for o in objects)


def _works(noun: Token) -> bool:
    """A work noun for a kind or a count of works, with no article or possessive to pick one
    out: "[songs]", "[three novels]", "[music]" (but "[a book] arguing that it failed", "[his
    memoir]")."""
    if noun.lower_ not in WORK_NOUNS:
        return False
    return not any(c.dep_ in {"det", "poss"} for c in noun.children)


# Verbs of giving up a thing held: "renounced [his citizenship]".
_GIVING_UP_VERBS = frozenset(["renounce", "relinquish", "surrender", "forfeit"])
# Statuses a person holds and may give up: "[citizenship]", "[membership]".
STATUS_NOUNS = frozenset(
    [
        *("citizenship", "citizenships", "nationality", "passport", "passports"),
        *("membership", "memberships", "title", "titles", "seat", "throne", "crown"),
    ]
)


def _status_given_up(cue: Cue) -> bool:
    """A verb of giving up with a status for object, a deed and no stance taken: "companies
    renouncing [their citizenship]", "she relinquished [her seat]" (but "he renounced
    [violence]", "they renounced [the deal]")."""
    verb = cue.token
    if verb.lemma_.lower() not in _GIVING_UP_VERBS or cue.quoted:
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return len(objects) == 1 and objects[0].lemma_.lower() in STATUS_NOUNS


def _place_shown(cue: Cue) -> bool:
    """ "Show" with a person and a "where" clause, a place pointed out by leading someone
    there: "he showed [me] where he slept", "she showed [the guests] where to park" (but "the
    map shows where it hit", "she showed me that it failed")."""
    verb = cue.token
    if verb.lemma_.lower() != "show" or cue.quoted:
        return False
    children = list(verb.children)
    if not any(c.dep_ in {"dobj", "dative"} and _person(c) for c in children):
        return False
    return any(
        c.dep_ in {"ccomp", "xcomp", "advcl"} and c.left_edge.lower_ == "where" for c in children
    )


# Prepositions of the surface a thing is projected onto: "projected slogans [onto] the walls".
_SURFACE_PREPOSITIONS = frozenset(["onto", "on", "into", "across", "upon"])


def _image_projected(cue: Cue) -> bool:
    """ "Project" with a noun object and the surface it is cast onto, an image shown: "they
    projected [slogans] onto the walls", "the group projected [a message] on the embassy"
    (but "analysts projected [a deficit] for 2025", "she projected [that sales would rise]")."""
    verb = cue.token
    if verb.lemma_.lower() != "project" or cue.quoted or _has_verb(cue):
        return False
    children = list(verb.children)
    return any(c.dep_ == "dobj" for c in children) and any(
        c.dep_ == "prep" and c.lower_ in _SURFACE_PREPOSITIONS for c in children
    )


def _person(noun: Token) -> bool:
    """A person named by a pronoun or a common noun: "[me]", "[the guests]"."""
    return noun.lower_ in OBJECT_PRONOUNS or person_noun(noun)


def _gesture(cue: Cue) -> bool:
    """ "Point to" or "point at" a person named by a common noun or a pronoun, with nothing
    said of them, a gesture: "he pointed to [a man in the crowd]", "she pointed at [him]" (but
    "she pointed to [the report]", "he pointed to Lee as the culprit", "she pointed out [the
    flaw] to me")."""
    verb = cue.token
    if verb.lemma_.lower() != "point" or cue.quoted or _has_verb(cue):
        return False
    children = list(verb.children)
    if any((c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in {"prt", "dobj"} for c in children):
        return False
    after = verb.i + 1 < len(verb.doc) and verb.nbor(1)
    if not after or after.lower_ not in {"to", "at"} or after.head != verb:
        return False
    objects = [o for o in after.children if o.dep_ == "pobj"]
    return len(objects) == 1 and _person(objects[0])


def _thing_aimed(cue: Cue) -> bool:
    """ "Aim" with a direct object, a thing pointed at a target and no purpose stated: "she
    aimed [her speech at the governor]", "the board aimed its ads at young voters" (but "she
    aims [to cut taxes]", "the plan is aimed at cutting costs")."""
    verb = cue.token
    if verb.lemma_.lower() != "aim" or cue.quoted:
        return False
    return any(c.dep_ == "dobj" for c in verb.children)


# Nouns of a blow or a shock that people bear: "felt [the pinch]", "[the quake] was felt".
EFFECT_NOUNS = frozenset(
    [
        *("fallout", "impact", "impacts", "effect", "effects", "pinch", "brunt", "squeeze"),
        *("pain", "shock", "shocks", "tremor", "tremors", "quake", "earthquake", "aftershock"),
        *("aftershocks", "blast", "consequences", "repercussions", "heat", "strain"),
    ]
)


def _effect_felt(cue: Cue) -> bool:
    """ "Feel" whose object, or whose subject in the passive, is a blow or a shock, with no
    clause, a thing borne and no view: "farmers felt [the pinch of the drought]", "[the
    quake] was felt by people in three states", "[the fallout] has been felt by residents"
    (but "voters felt [the plan was unfair]", "she felt [the decision] was wrong")."""
    verb = cue.token
    if verb.lemma_.lower() != "feel" or cue.quoted:
        return False
    children = list(verb.children)
    if any(c.dep_ in {"ccomp", "xcomp", "oprd", "acomp"} for c in children):
        return False
    passive = any(c.dep_ == "auxpass" for c in children)
    roles = {"nsubjpass"} if passive else {"dobj"}
    nouns = [c for c in children if c.dep_ in roles]
    return len(nouns) == 1 and nouns[0].lemma_.lower() in EFFECT_NOUNS


# Modals of what may be said of a thing: "the same [can] be said of ...".
_POSSIBILITY_MODALS = frozenset({"can", "could", "may", "might", "ca"})


def _same_holds(cue: Cue) -> bool:
    """ "The same can be said of X": that it holds for X too, no one's words ("the same could
    not be said for the driver", "the same can be said of the bridge"; but "the same was said
    about the plan", "much the same was said of it by critics")."""
    verb = cue.token
    if verb.lemma_.lower() != "say" or cue.quoted:
        return False
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _POSSIBILITY_MODALS for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ != "same":
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"of", "for"} for c in children)


# Verbs whose object "appeal" is one made to a court: a party's "filed an appeal", "lost the
# appeal", and a court's own "heard the appeal", "dismissed the appeal".
_COURT_APPEAL_VERBS = DISPOSING_VERBS | frozenset(["file", "lodge", "launch", "lose", "win"])
# Decisions of a court that a party appeals: "an appeal of [the ruling]".
LEGAL_DECISION_NOUNS = frozenset(
    [
        *("ruling", "verdict", "decision", "sentence", "conviction", "judgment", "judgement"),
        *("acquittal",),
    ]
)


# Verbs of having or lacking a draw: "had [appeal] for", "lacks [appeal] to".
_HAVING_VERBS = frozenset({"have", "hold", "lack"})


def _draw_of_thing(cue: Cue) -> bool:
    """The noun "appeal" with an "of" phrase, or had or lacked, the draw a thing has, not a
    plea: "the plan lacks the appeal of [a fresh start]", "he had one appeal for [the party]"
    (but "her appeal for [calm]", "an appeal to [voters] to stay home", and a court appeal:
    "the appeal of [the ruling] by the city", "the city filed an appeal of [the fine]", "an
    appeal of [the verdict]")."""
    noun = cue.token
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != "appeal" or cue.quoted:
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _HAVING_VERBS:
        return True  # "he had only one appeal for [the party]": what drew it to him
    preps = [c for c in noun.rights if c.dep_ == "prep"]
    if not preps or preps[0].lower_ != "of" or any(p.lower_ == "by" for p in preps):
        return False
    return not _court_appeal(noun, preps[0])


def _claim_staked(cue: Cue) -> bool:
    """The noun "claim" as what is staked, a right put forward to a thing, not an assertion:
    "the city is staking its claim to [the title]", "they staked a claim for [more seats]" (but
    "her claim that [the vote was rigged]")."""
    noun = cue.token
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() == "claim"
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() == "stake"
    )


def _court_appeal(noun: Token, of: Token) -> bool:
    """An "appeal" filed, heard or decided, or one of a court's decision: "the city filed
    [an appeal] of the fine", "[the appeal] of the verdict" (not "the appeal of a fresh
    start")."""
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in _COURT_APPEAL_VERBS:
        return True
    return any(o.dep_ == "pobj" and o.lemma_.lower() in LEGAL_DECISION_NOUNS for o in of.children)


PROVING_VERBS = frozenset(["prove", "demonstrate"])
# Helpers that make a bare "prove" a duty or a challenge: "must prove", "to prove".
_DUTY_AUXILIARIES = frozenset(["must", "should", "to"])


def _proof_owed(cue: Cue) -> bool:
    """ "Prove" in its bare form as a duty or a challenge, something still to be shown and not
    a finding: "the mayor must prove [that the plan works]", "the onus is on her to prove [it
    is safe]" (but "the audit proved [that it failed]", "tests will prove [it is safe]")."""
    verb = cue.token
    if verb.lemma_.lower() not in PROVING_VERBS or verb.tag_ != "VB" or cue.quoted:
        return False
    return any(c.dep_ == "aux" and c.lower_ in _DUTY_AUXILIARIES for c in verb.children)


def _outcome_proven(cue: Cue) -> bool:
    """A passive "prove" with no agent and only an adjective after it, how a thing turned out
    and no finding anyone made: "the theory has been proved [wrong]", "it was proven [right]
    in the end" (but "the claim was proved false by the audit", "it was proved [that it
    failed]", "the drug was proven [to work]")."""
    verb = cue.token
    if verb.lemma_.lower() != "prove" or verb.tag_ != "VBN" or cue.quoted:
        return False
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children):
        return False
    if any(c.dep_ in {"agent", "ccomp", "xcomp", "dobj"} for c in children):
        return False
    return any(c.dep_ in {"oprd", "acomp"} and c.pos_ == "ADJ" for c in children)


# Modals that make a bare cue verb advice to its subject: "should consider", "ought to ask".
_ADVISING_MODALS = frozenset(["should", "ought"])


def _advice_given(cue: Cue) -> bool:
    """A bare cue verb under "should" or "ought to", advice to its subject and no words or
    thoughts of theirs: "voters should consider [backing the plan]", "the board ought to
    admit [it erred]" (but "voters considered [backing the plan]", "she said they should
    consider [it]", where "said" reports)."""
    verb = cue.token
    if verb.tag_ != "VB" or cue.quoted:
        return False
    if verb.dep_ == "xcomp" and verb.head.lower_ == "ought":  # "ought" parsed as the verb
        return True
    return any(c.dep_ == "aux" and c.lower_ in _ADVISING_MODALS for c in verb.children)


# Nouns of words and names, whose "refers to" gives a meaning: "the term refers to ...".
WORD_NOUNS = frozenset(
    [
        *("word", "words", "term", "terms", "name", "names", "phrase", "expression", "label"),
        *("acronym", "abbreviation", "title", "nickname", "slogan"),
    ]
)


# Relations of the noun naming a quoted word the parser hung on the word itself: "the word
# "boom"".
_NAMING_DEPS = frozenset({"nmod", "compound", "appos"})


# Verbs besides "refer" by which a word or name carries a sense: "as its name [suggests]",
# "the term [implies] ...".
_SENSE_VERBS = frozenset({"suggest", "imply", "indicate", "denote", "signify"})


def _word_meaning(cue: Cue) -> bool:
    """ "Refer", "suggest" or "imply" whose subject is a word or name, a meaning and no one's
    words: "the word "pandemic" only refers to [how widely a disease has spread]", "as its
    name suggests, [the club plays chess]", "the term implies [the work is unpaid]" (but "the
    mayor referred to [the cost]", "the mayor suggested [the club plays chess]")."""
    verb = cue.token
    lemma = verb.lemma_.lower()
    if (lemma != "refer" and lemma not in _SENSE_VERBS) or cue.quoted:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    nouns = [subject, *(c for c in subject.children if c.dep_ in _NAMING_DEPS)]
    if any(n.lemma_.lower() in WORD_NOUNS for n in nouns):
        return True
    return lemma == "refer" and _defined_name(verb, subject)


# Prepositions that tie a "refers to" to the occasion or place of saying, or to what a thing is
# called: "in its complaint", "at the hearing", "during the debate", "on its website", "as
# rivals".
_OCCASION_PREPOSITIONS = frozenset({"as", "in", "at", "during", "on", "throughout"})


def _defined_name(verb: Token, subject: Token) -> bool:
    """A name, not a person's, that "refers to" a thing in the simple present, with no phrase
    for where or when it did so nor "as" for what it is called: a gloss of what the name means
    ("the Kremlin refers to [the Russian government]", but "Acme refers to [the study] in its
    complaint", "the mayor refers to them as rivals")."""
    if verb.tag_ != "VBZ" or subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON":
        return False
    return not any(c.dep_ == "prep" and c.lower_ in _OCCASION_PREPOSITIONS for c in verb.children)


# Helpers that mark "see" as past or future: "saw", "will see".
_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "\u2019ll", "would"})


def _witnessing(verb: Token) -> bool:
    """Active "see" in the past or with "will" whose subject is a time, an event or a thing,
    the tenses of an event that happened or is to come rather than an expectation held now
    ("the war saw ...", "the plan will see ...", but "economists saw [growth slowing]")."""
    if verb.lemma_.lower() != "see" or any(c.dep_ in {"auxpass", "agent"} for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and _holder(subject):
        return False
    return verb.tag_ == "VBD" or any(
        c.dep_ == "aux" and c.lower_ in _FUTURE_AUXILIARIES for c in verb.children
    )


def _holder(subject: Token) -> bool:
    """A subject that can hold a view: a noun of people or a person ("economists", "the
    mayor") or the name of a person, a body, a people or a place ("Ann Lee", "Acme")."""
    return people(subject) or person_noun(subject) or subject.ent_type_ in HUMAN_SUBJECTS


def _event_witnessed(cue: Cue) -> bool:
    """Past or future "see" with a bare or participle clause and no "that", an event that
    took place in a time or through a thing: "the war saw [thousands displaced]", "the
    bailout saw [the state taking a stake]", "the plan will see [fares rise]" (but "she saw
    [that it failed]", "he saw [they had left]", "analysts see [prices rising]")."""
    verb = cue.token
    if cue.quoted or not _witnessing(verb):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if len(clauses) != 1:
        return False
    clause = clauses[0]
    if any(c.dep_ in {"mark", "aux", "auxpass"} for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON":  # "he saw [they left]"
        return False
    return clause.tag_ in {"VBN", "VBG", "VB", "VBP"}


# Nouns of a rise or fall undergone: "saw [large drops]", "saw [a surge in sales]".
CHANGE_NOUNS = frozenset(
    [
        *("drop", "rise", "increase", "decline", "fall", "gain", "surge", "growth", "jump"),
        *("loss", "dip", "slump", "spike", "decrease", "boost", "plunge", "slide", "rally"),
        *("upturn", "downturn", "influx", "exodus", "shortfall", "setback"),
    ]
)


def _change_undergone(cue: Cue) -> bool:
    """Past or future "see" whose object is a rise or fall or a count and with no clause, a
    change undergone or a toll taken: "shares saw [steep drops]", "the port will see [a surge
    in traffic]", "the purges saw [thousands, if not more, jailed]" (but "she saw [the drop as
    a warning]")."""
    verb = cue.token
    if cue.quoted or not _witnessing(verb):
        return False
    children = list(verb.children)
    if any((c.dep_ in _CLAUSE_DEPS and c.i > verb.i) or _seen_as(c) for c in children):
        return False  # a clause before it is one the parse hung on it: "A; the war saw ..."
    objects = [c for c in children if c.dep_ == "dobj"]
    return len(objects) == 1 and (
        objects[0].lemma_.lower() in CHANGE_NOUNS or objects[0].ent_type_ in _COUNT_ENTS
    )


_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "oprd"})
# Entity types of a count a time or an event saw: "saw [thousands] killed", "saw [40%] fall".
_COUNT_ENTS = frozenset({"CARDINAL", "QUANTITY", "PERCENT"})


def _plan_outcome(cue: Cue) -> bool:
    """Past or future "see" in a clause that a relative pronoun opens for a thing, the outcome
    of a plan or an event whatever follows: "a plan which will see [its fleet double]", "the
    merger, which saw [it cut 900 jobs]" (but "the panel, which saw [that it failed]", "the
    mayor, who saw [the cuts as a mistake]")."""
    verb = cue.token
    if cue.quoted or verb.dep_ != "relcl" or not _witnessing(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "WDT":
        return False
    thing = verb.head
    if thing.pos_ not in {"NOUN", "PROPN"} or _holder(thing):
        return False
    children = list(verb.children)
    if any(_seen_as(c) for c in children):
        return False
    clauses = [c for c in children if c.dep_ == "ccomp"]
    return not any(m.dep_ == "mark" for c in clauses for m in c.children)


def _thing_featured(cue: Cue) -> bool:
    """Present "see" whose subject is one thing that is neither a holder of views nor a
    document that speaks, with no "that" clause and no "as" phrase: what a show, a round or a
    plan has in it, not a view ("the show sees [six strangers] move in", "each round sees two
    teams meet", but "the report sees [growth slowing]", "Acme sees [sales rising]", "the
    plan sees [that fares rise]"; a plural may be people the word lists miss, "commentators
    see [similarities]")."""
    verb = cue.token
    if cue.quoted or verb.lemma_.lower() != "see" or verb.tag_ != "VBZ":
        return False
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NN" or _holder(subject):
        return False
    if subject.lemma_.lower() in SPEAKING_THINGS or subject.lower_ in SPEAKING_THINGS:
        return False
    if _share_of_people(subject) or any(_seen_as(c) for c in children):
        return False
    clauses = [c for c in children if c.dep_ == "ccomp"]
    return not any(m.dep_ == "mark" for c in clauses for m in c.children)


def _sight(cue: Cue) -> bool:
    """Passive "see", or "as seen by", with no "as" phrase of how a thing is viewed, no "to"
    infinitive and no clause: someone or something was in sight, not a view anyone holds
    ("he was seen [with a cane]", "the post could be seen by anyone", "the roof was damaged,
    as seen by the scaffolding", but "the plan is seen [as a failure]", "she was seen [to
    be losing ground]"). A clause before a colon that the parse hung on the verb is none of
    its complements: "the port offers a perk: the ship can be seen [docked at the pier]"."""
    verb = cue.token
    if cue.quoted or verb.lemma_.lower() != "see" or verb.tag_ != "VBN":
        return False
    children = [c for c in verb.children if not _closed_before(c, verb)]
    as_seen = any(c.dep_ == "mark" and c.lower_ == "as" for c in children)
    if not (as_seen or any(c.dep_ in {"auxpass", "agent"} for c in children)):
        return False
    if any(_seen_as(c) or c.dep_ in {"ccomp", "oprd"} for c in children):
        return False
    return not any(c.dep_ == "xcomp" and _seen_doing_view(c) for c in children)


def _seen_doing_view(act: Token) -> bool:
    """What someone seen does that still reports a view or words: a "to" infinitive ("was
    seen [to be] losing") or a verb of saying ("was seen [speaking] about the march")."""
    if any(a.dep_ == "aux" and a.lower_ == "to" for a in act.children):
        return True
    lemma = cue_lemma(act.lemma_, act.text)
    return lemma in ALL_VERBS or lemma in PREPOSITION_CUES


# Nouns of a share of a group of people: "a majority sees ...", "57 percent see ...".
_SHARE_NOUNS = frozenset({"percent", "majority", "minority", "half", "plurality", "share", "rest"})


def _share_of_people(subject: Token) -> bool:
    """A subject that counts or takes a share of a group, which holds the group's views: "57
    percent see him negatively", "a majority of voters sees it", "half see a recession"."""
    return (
        subject.lemma_.lower() in _SHARE_NOUNS
        or subject.ent_type_ in _COUNT_ENTS
        or any(
            c.dep_ == "nummod" or (c.dep_ == "prep" and c.lower_ == "of") for c in subject.children
        )
    )


# Nouns of an "as" phrase that gives a cause, not a view: "as a [result] of the ban".
_CAUSE_NOUNS = frozenset({"result", "consequence", "outcome"})


def _seen_as(child: Token) -> bool:
    """An "as" phrase giving how a thing is viewed: "saw the drop [as a warning]" (not "[as a
    result] of the ban")."""
    if child.dep_ != "prep" or child.lower_ != "as":
        return False
    return not any(c.dep_ == "pobj" and c.lemma_.lower() in _CAUSE_NOUNS for c in child.children)
