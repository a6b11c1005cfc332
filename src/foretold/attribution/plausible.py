"""Which candidate attributions are plausible: a cue must report what a holder of speech or
belief said or thinks.

A candidate found by the parse is set aside when
- its content or its sentence carries markup left over from the page ('<tweet id="..."
  author="...">'), an embedded post rather than a report;
- its verb writes or sends a thing rather than reporting words ("wrote a letter to the
  board", "tweeted a video"): the content is the verb's bare object noun phrase, or, in a
  passive with no agent, the thing put up ("the limits were posted on the doors");
- "claim" takes lives ("the storm claimed 40 lives"), or a particle makes the verb a deed
  ("show off" displays a thing, "call off" cancels it);
- "call" has a person and an infinitive but no "on" or "for", a call made ("she called Lee to
  congratulate him"), or has one person for object and nothing said of them, a telephone call
  or a visit ("the mayor called Ann Lee", "she called both candidates on Tuesday", "volunteers
  call voters"; but "she called Lee a liar", "called out Lee", "called for talks");
- a first or second person only perceives something ("I noticed a post", "you can find
  details in the report"), which is the writer's narration, not a report;
- "I" or "we" has a noun phrase for content ("I read the books"), which narrates a deed;
- its content is a bare reflexive or reciprocal object ("found myself in Ohio", "they mocked
  each other"), not one with a predicate after it, a self-description ("calls herself
  conservative", "identify themselves as independents");
- its verb reports only with a clause but has a bare noun phrase: a subject taught ("teaches
  journalism"), an audience or topic addressed ("will address the convention"), a thing
  kept up ("continued her campaign"), a topic learned about ("learned about the plan"), a
  thing noticed or watched ("unions noticed him", "they observed the comet"), a thing put on
  show ("demonstrated its new tractor"), or a topic a thing, not a person, focuses on ("the
  speech focused on taxes");
- a person finds a thing ("she could not find a job", "he found it online", "voters cannot
  find jobs that pay well", "he found a way to win"), which is no finding of a study or an
  inquiry ("the survey found Smith with a lead"), nor a judgement of a quality ("they found Lee
  credible" stays, "they found Lee alive" does not);
- a verb of an act has for content only an object that is no thing said ("the court issued
  a stay", "the senate confirmed his nomination", "they celebrated the anniversary", "the
  judge ordered a new trial", "the update adds a dark mode", "the update adds support for
  video"), but a person who lists things names them in words ("he listed his wins");
- a verb of seeking or taking on has an office or a contest for content ("she seeks the
  nomination", "he did not seek reelection", "he assumed the presidency"), or "seek" has
  people for content ("the firm is seeking investors");
- a verb of seeing names an event lived through ("the markets saw investors pull out", "Korea
  saw a 9% fall", "the week saw a referendum"), or, as an infinitive or after "will", looks
  for an answer ("to see whether it held", "we will see what happens"), or, in the perfect,
  what someone has lived through or laid eyes on ("officials who have seen the files", "she
  has seen her lead shrink"), or, as a gerund after a preposition, the occasion of a deed
  ("after seeing the sign, they left"); "X is seen as Y", "has seen it as a test" and "sees
  rates rising" stay;
- a verb that moves someone to act has only its object and no act to do ("began to
  challenge her in Iowa", "encouraging its overuse", "challenged him for the nomination"), a
  contest or a thing fostered, not words ("challenged him to a debate" stays) or a level it
  pushes it to ("pushed the index to a low"), or moves oneself ("challenged himself to build a
  boat"), a resolve;
- "respond" has only the message it answers for content ("responding to this criticism",
  "was responding to a message from X"), unless the answer is denied ("did not respond to
  a request for comment" reports that none came);
- a verb of a deed in an infinitive of purpose has for content only its object, an act aimed
  at and not words said ("they met to vote on the budget", "in an effort to find the cause",
  "they met to discuss the budget", "they used drones to identify the sites");
- a cue verb says what money was spent on ("the group spent $2 million to back her");
- an agentless passive states a verdict or status ("he was found guilty", "she was sworn in");
- the content is a "what" clause holding its own cue after a preposition, as a subject or as
  a question ("an example of what he envisions");
- a past participle after a noun has that noun for content ("exit polls reported by the
  network", "its letter, written by a lawyer");
- a past participle graded by "most", "least" or "much" is an adjective of the noun after it
  ("the least talked about change", ``graded_participles``), and so is one right after a word
  that is only ever a preposition, even parsed as its subject ("Amid reported clashes");
- a noun of words or views has only its topic for content ("his remarks on the schools"), or
  a noun of aims only what it is for ("his plan for the firm");
- the cue is a fixed opening phrase ("That said, ...", "All told, ...");
- the cue is a question put to "you" ("Do you support the mayor?");
- a verb outside the lexicon has for content no clause with a subject of its own after it
  ("Turnout fell, so they sold up", "they turned out to vote"), which the parse made of words
  that report nothing;
- unquoted content lies wholly in another paragraph than its cue, a sentence the parse ran
  across the break;
- content before the cue ends at a semicolon, colon or dash ("Sales fell; the firm hopes
  ..."): a clause reported from before its cue is set off by a comma;
- "according to" has a relative pronoun for source ("a deal, according to which ...");
- the cue verb is a duty ("she will have to explain ...", "without having to answer ..."), but
  not a past "had to explain" or a perfect "has had to explain", a thing done;
- a verb of planning or hoping in a "than" clause has only an infinitive after it, which goes
  with the main clause ("fought harder than she had planned to keep her seat",
  ``than_clauses``);
- the cue is a gerund that is the real subject of an "it is" clause ("it was a pleasure
  discussing this with you");
- a relative clause on the subject of "say" or "tell" gives background on the speaker, with
  no clause for content ("said Lee, who endorsed the mayor", ``speaker_backgrounds``);
- a relative clause in the simple present on a name or a noun tells the cause or side it
  stands for, with no finite clause for content ("the Unity Party, which advocates
  statehood", "voters who back the mayor", ``standing_views``);
- a naming verb as a participle or an agentless passive gives a thing its name ("a storm
  known as Ida", "the feature is called Sync", ``given_names``), and naming one with its
  object gives a name or a post ('he named it "Dawn"', ``naming_acts``);
- "guarantee" with a thing for subject tells of an outcome ("the win does not guarantee a
  seat", ``outcome_guarantees``);
- a present-tense verb of saying or ruling after "if", "unless" or "in the event" tells of a
  pronouncement that may come ("if the court rules that it is void, ...", ``open_conditions``);
- an image shows a thing ("photos showing a row of windows", ``depictions``), or a figure is
  shown with what it is pictured with ("the god is shown with a falcon's head");
- the cue is the gerund of a "without" phrase, a thing not said ("without mentioning any
  symptoms", ``forgone_cues``);
- the content is only a person or a pointer ("who was declared the winner", "he asked me",
  "she wrote the following:", ``empty_contents``);
- the content is an adverbial clause of the cue ("declared it so he could fund a wall",
  ``adverbial_clauses``);
- the cue is an instruction to the reader ("For more, see the report", ``imperatives``);
- the cue is asked about in the writer's own question ("Why should voters back her?",
  ``open_questions``);
- the cue word is used in a sense that reports nothing: a thing meant for a purpose, a
  permission, a price, a quality shown, a thing weighed or known of, a thing withheld, a
  habit of a kind of thing, a state found out, a thing sought, a party or sum voted ("who vote
  Democratic"), an emergency turned out to, a
  cause, a contest defended, a status given up, a place shown, a gesture or what a word
  refers to ("the service is intended to launch", "it will allow users to share files", "they
  denied funding for the road", "a beetle known to eat bark", "he was later determined to
  have a fracture", "the party is to find a new leader", "police were answering a call", "the
  rise is explained by demand", "defending their seats", "renounced his citizenship", "showed
  me where he slept", "pointed to a man in the crowd", "the term refers to ...",
  ``idle_senses``);
- the cue verb is a capitalised word of a title amid prose ("she starred in The Woman Who
  Knew Nothing", ``title_words``);
- the cue word is the object of an "-s" verb the tagger missed ("Mayor sharpens focus on
  schools", ``misread_objects``);
- a thing that cannot say or claim anything has only a noun phrase for content ("the update
  adds support for maps", ``thing_deeds``);
- the subject is a glance, and the cue gives the writer's reading of what was looked at ("a
  look at the budget suggests the cuts fall on schools", ``glances``);
- the cue is an impersonal passive with a modal, the writer's own remark ("It should be
  noted that sales fell", ``writer_remarks``), or an aside put to "you" with a modal ("you
  might say", "you may remember Lee");
- a verb of aspect has for content a clause the parser hung on it ("began producing [films
  writers would bring]", ``aspect_verbs``);
- the cue is a gerund with a subject after "that" and no auxiliary, whose clause's real verb
  the parse read as a noun ("asked that the council cease referring to it as a riot",
  ``subjunctive_clauses``);
- the cue gives the words printed on a garment, a sign or a banner ('a shirt that read "Vote
  Lee"', ``printed_words``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from foretold.attribution.adverbial_clauses import adverbial_content
from foretold.attribution.aspect_verbs import aspect_deed, continued_deed
from foretold.attribution.cited_sources import cited_source, fronted_source
from foretold.attribution.content_ends import CONDITION_MARKS
from foretold.attribution.cue import QUOTE_CHARS, Cue, content_within
from foretold.attribution.cues import (
    ACT_VERBS,
    ADDRESSEE_VERBS,
    AS_VERBS,
    CUE_ADJECTIVES,
    FIRST_SECOND_PERSON,
    KNOWN_LEMMAS,
    RAISING_VERBS,
    SAID_NOUNS,
    VOICED_ONLY_NOUNS,
    VOICING_VERBS,
    cue_lemma,
)
from foretold.attribution.depictions import depicted_scene, displayed_image, pictured_with
from foretold.attribution.divided_questions import DIVIDED_WORDS, divided_question
from foretold.attribution.emphatic_reflexives import REFLEXIVES
from foretold.attribution.empty_contents import empty_content
from foretold.attribution.experiencer_clauses import STIMULUS_VERBS, felt_subject
from foretold.attribution.faulting_hits import faulting_hit
from foretold.attribution.forgone_cues import forgone_cue
from foretold.attribution.formal_recognition import formal_recognition
from foretold.attribution.given_names import APPEAL_PREPOSITIONS, given_name
from foretold.attribution.glances import glance_subject
from foretold.attribution.governed_realms import realm_ruled
from foretold.attribution.graded_participles import (
    graded_participle,
    participle_after_preposition,
)
from foretold.attribution.hedged_descriptions import hedged_description
from foretold.attribution.held_views import held_view
from foretold.attribution.idle_senses import idle_sense
from foretold.attribution.imperatives import instruction
from foretold.attribution.misread_objects import misread_object
from foretold.attribution.moved_things import moved_thing
from foretold.attribution.naming_acts import naming_act
from foretold.attribution.open_conditions import open_condition
from foretold.attribution.open_questions import open_question
from foretold.attribution.outcome_guarantees import outcome_guarantee
from foretold.attribution.owed_acts import owed_act
from foretold.attribution.own_clauses import agentless_passive
from foretold.attribution.pointing_subjects import pointing_subject
from foretold.attribution.present_conjuncts import noun_read_as_verb
from foretold.attribution.printed_words import printed_words
from foretold.attribution.put_phrasings import put_phrasing
from foretold.attribution.questioned_passives import questioned_passive
from foretold.attribution.relative_gaps import RELATIVE_TAGS
from foretold.attribution.speaker_backgrounds import speaker_background
from foretold.attribution.speaker_words import (
    OBJECT_PRONOUNS,
    PERSONAL_PRONOUNS,
    people,
    person_noun,
    person_word,
)
from foretold.attribution.standing_views import standing_view
from foretold.attribution.subjunctive_clauses import misread_subjunctive
from foretold.attribution.tagged_entities import tagged_entities
from foretold.attribution.than_clauses import compared_expectation
from foretold.attribution.thing_deeds import mute_thing, thing_deed
from foretold.attribution.thing_stances import thing_stance
from foretold.attribution.title_words import title_word
from foretold.attribution.unstated_figures import unstated_figures
from foretold.attribution.whereabouts import last_known
from foretold.attribution.writer_remarks import writer_remark

_MARKUP = re.compile(r"</?[a-z][a-z_-]*[\s>]|\b[a-z_]+=\"")

# Verbs that make or send a written thing: their bare object is the thing, not its words.
WRITING_VERBS = frozenset(["write", "post", "publish", "tweet", "retweet", "pen", "send"])

# Verbs of seeing, which also name an event lived through ("the markets saw a fall").
SEEING_VERBS = frozenset(["see", "watch", "witness"])
# Nouns of a rise or fall, an event lived through, not a view: "Korea saw [a 9% fall]".
CHANGE_NOUNS = frozenset(
    [
        *("fall", "rise", "drop", "gain", "loss", "increase", "decrease", "decline", "jump"),
        *("surge", "spike", "slump", "plunge", "collapse", "sell-off", "selloff", "selling"),
        *("rally", "day", "week", "weekend", "session", "quarter"),
    ]
)
# Subjects of a time or a market, which live through an event and hold no view: "the week saw
# a referendum", "trading saw the index up".
EVENT_SUBJECTS = frozenset(
    [
        *("day", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night"),
        *("season", "period", "decade", "century", "election", "referendum", "crisis", "war"),
        *("trading", "session", "quarter", "market", "markets", "stock", "stocks", "share"),
        *("shares", "index"),
    ]
)
# Verbs whose agentless passive with an adjective states a verdict: "he was found guilty".
VERDICT_VERBS = frozenset(["find", "pronounce", "declare"])
# Words that open a question: "to see [whether it held]".
QUESTION_WORDS = frozenset(["if", "whether", "who", "what", "which", "how", "when", "where", "why"])

# Verbs of perceiving: with "I", "we" or "you" they narrate, they do not report.
PERCEPTION_VERBS = frozenset(["find", "see", "watch", "notice", "observe", "hear"])

RECIPROCALS = frozenset({("each", "other"), ("one", "another")})

# Verbs that report only with a clause ("taught that", "addressed how", 'continued, "..."',
# "learned that", "noticed that", "observed that", "demonstrated that"): their bare noun-phrase
# object is a subject taught, an audience or topic addressed, a thing kept up, a topic learned
# about, a thing noticed or watched, or a thing put on show.
CLAUSE_ONLY_VERBS = frozenset(
    ["teach", "address", "continue", "learn", "notice", "observe", "demonstrate"]
)

# Verbs whose bare topic is no report when a thing is their subject: "the speech focused on
# [taxes]" describes the speech ("Lee focused on taxes" takes a stance).
THING_TOPIC_VERBS = frozenset(["focus"])

# Prepositions that name the topic of a noun ("remarks on X"), not the stance it takes.
TOPIC_PREPOSITIONS = frozenset(["on", "about"])
# Nouns of words or views whose "on" or "about" phrase is their topic ("attacks on X" and
# "doubts about X" take a stance toward X instead).
TOPIC_NOUNS = frozenset(
    ["remark", "comment", "idea", "word", "view", "proposal", "thought", "opinion", "position"]
)

# Nouns of aims, whose prepositional phrase names what the aim is for or about, not a stance:
# "his plan for [the firm]", "a plan of [action]", "a goal of [$10,000]".
AIM_NOUNS = frozenset(["plan", "goal", "aim"])

# Verbs that name a thing in someone's words: "what she called a sham".
NAMING_VERBS = frozenset(["call", "label", "dub", "term", "brand", "deem"])

# Subjects of a reporting verb in a fixed opening phrase: "That said, ...", "All told, ...".
OPENING_PHRASE_SUBJECTS = frozenset(["that", "all"])


def plausible_cues(cues: Iterable[Cue], text: str) -> list[Cue]:
    """The cues that can be attributions, in their order: of "She wrote a letter to the
    board" and "She wrote that the board erred", only the second stays."""
    return [cue for cue in cues if not _implausible(cue, text)]


def _implausible(cue: Cue, text: str) -> bool:
    return (
        _markup(cue, text)
        or _written_thing(cue)
        or _posted_thing(cue)
        or _lives_claimed(cue)
        or _shown_off(cue)
        or _phone_call(cue)
        or _narrated_perception(cue)
        or _first_person_thing(cue)
        or _reflexive_object(cue)
        or _bare_object(cue)
        or _unnamed_object(cue)
        or _wanted_thing(cue)
        or _view_of_person(cue)
        or _person_finds_thing(cue)
        or _act_on_thing(cue)
        or _office_sought(cue)
        or _witnessed_event(cue)
        or _seen_in_the_past(cue)
        or _seeing_as_occasion(cue)
        or _moved_without_act(cue)
        or _self_moved(cue)
        or _moved_by_thing(cue)
        or _conditional_passive(cue)
        or _clause_after_passive_thing(cue)
        or _message_answered(cue)
        or _purpose_act(cue)
        or _talk_aimed_at(cue)
        or _paid_for(cue)
        or _verdict(cue)
        or _looking_to_see(cue)
        or _free_relative(cue)
        or _participle_of_its_noun(cue)
        or graded_participle(cue)
        or participle_after_preposition(cue)
        or _topic_of_noun(cue)
        or _sentence_adverb(cue)
        or _question_to_reader(cue)
        or _bracketed_pointer(cue)
        or _unknown_verb_content(cue)
        or _clause_across_break(cue)
        or _content_across_paragraphs(cue, text)
        or _relative_source(cue)
        or _obliged(cue)
        or compared_expectation(cue)
        or _extraposed_gerund(cue)
        or speaker_background(cue, cue.content_tokens())
        or standing_view(cue, cue.content_tokens())
        or given_name(cue)
        or naming_act(cue)
        or outcome_guarantee(cue)
        or open_condition(cue)
        or open_question(cue)
        or questioned_passive(cue)
        or depicted_scene(cue)
        or displayed_image(cue)
        or pictured_with(cue)
        or formal_recognition(cue)
        or forgone_cue(cue)
        or empty_content(cue)
        or adverbial_content(cue)
        or instruction(cue)
        or idle_sense(cue)
        or title_word(cue)
        or misread_object(cue)
        or thing_deed(cue)
        or pointing_subject(cue)
        or glance_subject(cue)
        or unstated_figures(cue)
        or thing_stance(cue)
        or realm_ruled(cue)
        or last_known(cue)
        or writer_remark(cue)
        or hedged_description(cue)
        or fronted_source(cue)
        or cited_source(cue)
        or moved_thing(cue)
        or owed_act(cue)
        or noun_read_as_verb(cue)
        or aspect_deed(cue)
        or continued_deed(cue)
        or misread_subjunctive(cue)
        or printed_words(cue)
    )


def _conditional_passive(cue: Cue) -> bool:
    """A past participle after "if" or "unless" with an agent, a condition and not a report:
    'the letter if written by the driver could help the case: "It shows a plan."' (nobody is
    said to have written the letter or the quotation; "when told by staff, she left" is a
    report)."""
    verb = cue.token
    if verb.tag_ != "VBN" or verb.dep_ not in {"advcl", "acl"}:
        return False
    children = list(verb.children)
    return any(c.dep_ == "agent" for c in children) and any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in CONDITION_MARKS and c.i < verb.i
        for c in children
    )


def _extraposed_gerund(cue: Cue) -> bool:
    """A gerund after the noun of an "it is" clause, the clause's real subject: "it was a
    pleasure discussing this with you", "it has been an honour working with her"."""
    verb, noun = cue.token, cue.token.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or noun.dep_ != "attr":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in noun.head.children)


# Verbs whose infinitive is a duty, not a deed: "she will have to explain", "they need to".
OBLIGING_VERBS = frozenset(["have", "need"])
# Verbs that bid someone do a thing not yet done: "a law requiring banks to report", "the
# judge ordered the firm to disclose" (the parser may hang the infinitive on them as an
# adverbial clause: "mandating priests [to report]").
DIRECTING_VERBS = frozenset(["require", "mandate", "order", "direct", "instruct"])


def _duty_done(head: Token) -> bool:
    """A past "had to", which tells of a thing done, not one still owed: "she had to explain
    [that the files were lost]" says she explained, and so does a perfect one with no modal,
    "she has had to repudiate [the plan]" ("he would have had to resign" stays a duty)."""
    if head.lemma_.lower() != "have":
        return False
    if head.tag_ == "VBD":
        return True
    return head.tag_ == "VBN" and not any(c.tag_ == "MD" for c in head.children)


def _obliged(cue: Cue) -> bool:
    """A cue verb someone has or needs to use, or is bidden to, which reports nothing yet
    said: "he would have to explain his plan", "without having to answer the question", "she
    will have to continue to stress it", "a law mandating priests to report abuse"; a past
    "had to explain" or a perfect "has had to explain" is a thing done (``_duty_done``)."""
    verb = cue.token
    while verb.dep_ in {"xcomp", "advcl"} and verb.pos_ == "VERB":
        head = verb.head
        lemma = head.lemma_.lower()
        bidden = lemma in DIRECTING_VERBS or (
            lemma in OBLIGING_VERBS and verb.dep_ == "xcomp" and not _duty_done(head)
        )
        if (
            bidden
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.lower_ == "yet" for c in head.children)  # "has yet to address"
        ):
            return True
        if verb.dep_ != "xcomp":
            return False
        verb = head
    return False


def _lemma(cue: Cue) -> str:
    return cue_lemma(cue.token.lemma_, cue.token.text)


def _noun_phrase(cue: Cue) -> bool:
    """Unquoted content with no verb: "a detailed letter to the board" (not "that it failed")."""
    tokens = cue.content_tokens()
    return bool(tokens) and not cue.quoted and not any(t.pos_ in {"VERB", "AUX"} for t in tokens)


def _markup(cue: Cue, text: str) -> bool:
    """Content or a sentence holding page markup: '<tweet id="1" author="@x">' is no one's
    words, and an embedded post is quoted whole, not reported."""
    sent = cue.token.sent
    return _MARKUP.search(text[sent.start_char : sent.end_char]) is not None or any(
        _MARKUP.search(text[start:end]) for start, end in cue.fragments
    )


def _written_thing(cue: Cue) -> bool:
    """A writing verb whose content is its object noun phrase: "she wrote [a letter to the
    board]", "the campaign tweeted [a video]" name a thing made, not what it says."""
    verb = cue.token
    if _lemma(cue) not in WRITING_VERBS or not _noun_phrase(cue):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    return bool(objects) and objects[0].left_edge.idx >= cue.start


def _posted_thing(cue: Cue) -> bool:
    """A writing verb in a passive with no agent and no clause, whose content is the thing
    written and where it went: "[the limits were posted as notices on the doors]", "[the
    notice was published for viewing]" (but "it was posted that the vote slipped" and "she
    was written off as a long shot", a verdict)."""
    verb = cue.token
    if _lemma(cue) not in WRITING_VERBS or cue.quoted:
        return False
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children):
        return False
    if any(c.dep_ in {"agent", "ccomp", "xcomp", "prt"} for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    return subject is not None and subject.i < verb.i and subject.lower_ not in {"it", "this"}


# Nouns of people killed: "the storm claimed [40 lives]" takes them, it says nothing.
CASUALTY_NOUNS = frozenset(["life", "lives", "victim", "victims", "casualty", "casualties"])


def _lives_claimed(cue: Cue) -> bool:
    """ "Claim" whose object is lives lost: "the quake claimed [about 300 lives]", "the flood
    claimed [the lives of ten people]" (but "she claimed [victory]", "he claimed [that it
    failed]")."""
    if _lemma(cue) != "claim" or cue.quoted:
        return False
    objects = [c for c in cue.token.children if c.dep_ == "dobj" and c.i > cue.token.i]
    return bool(objects) and objects[0].lower_ in CASUALTY_NOUNS


# Particles that turn a reporting verb into a deed: "showed off [the phone]" displays it,
# "called off [the deal]" cancels it.
DEED_PARTICLES = {"show": frozenset(["off"]), "call": frozenset(["off"])}


def _shown_off(cue: Cue) -> bool:
    """A verb whose particle makes it a deed, with no clause: "she showed off [the new
    phone]", "the firms called off [the merger]" (but "the poll showed [Lee ahead]", "she
    called [the merger] a mistake")."""
    particles = DEED_PARTICLES.get(_lemma(cue), frozenset())
    return (
        any(c.dep_ == "prt" and c.lower_ in particles for c in cue.token.children)
        and not any(c.dep_ == "ccomp" for c in cue.token.children)
        and not cue.quoted
    )


def _phone_call(cue: Cue) -> bool:
    """ "Call" with a person and an infinitive but no "on", a call made to do something: "she
    called [Lee to congratulate him]" (but "she called on [Lee to resign]" demands it, and
    "she called [Lee] a liar" names him), or with a person alone (``_call_placed``)."""
    verb = cue.token
    if _lemma(cue) != "call" or cue.quoted:
        return False
    children = list(verb.children)
    if _call_placed(cue):
        return True
    if any(c.dep_ == "prep" and c.lower_ in APPEAL_PREPOSITIONS for c in children):
        return False
    if any(c.dep_ in {"oprd", "ccomp"} for c in children):
        return False
    return any(c.dep_ == "dobj" and c.i > verb.i for c in children) and any(
        c.dep_ == "xcomp" and c.i > verb.i for c in children
    )


def _call_placed(cue: Cue) -> bool:
    """Active "call" whose one object is a person, with nothing said of them: "the mayor
    called [Ann Lee]", "she called [both candidates] on Tuesday", "volunteers will call
    [voters]" (but "she called [Lee a liar]", "he called [him] 'weak'", "they called out
    [Lee]", "she called [for Lee] to resign", "he called [Lee] on his claims")."""
    verb = cue.token
    if verb.pos_ != "VERB" or any(t.pos_ in {"VERB", "AUX"} for t in cue.content_tokens()):
        return False
    children = list(verb.children)
    if any(c.dep_ in {"prt", "ccomp", "xcomp", "auxpass", "nsubjpass", "acomp"} for c in children):
        return False
    if any(c.dep_ == "prep" and _call_topic(c) for c in children):
        return False
    objects = [c for c in children if c.dep_ in {"dobj", "oprd", "dative"}]
    return len(objects) == 1 and _person_called(objects[0])


def _call_topic(prep: Token) -> bool:
    """A preposition of what a call asks or names, not of its day: "called [for] talks",
    "called him [as] a witness", "called Lee [on] his claims" (not "[on] Tuesday")."""
    if prep.lower_ in {"for", "as"}:
        return True
    return prep.lower_ == "on" and not any(
        o.ent_type_ in {"DATE", "TIME"} for o in prep.children if o.dep_ == "pobj"
    )


# Words that may stand in a name a caller reaches, beside the name's own words: "Mr. Lee".
_NAME_MODIFIERS = frozenset({"det", "compound", "amod", "nummod", "predet", "poss", "case"})
# Entity types of a name that is no one to call: a state whose race is called ("the network
# called [Ohio]") or a people.
_PLACE_ENTS = frozenset({"GPE", "LOC", "NORP", "FAC", "EVENT", "DATE"})


def _person_called(noun: Token) -> bool:
    """A person reached by name (the tagger may read a rare one as a body's), pronoun or
    common noun, and no more: "[Ann Lee]", "[him]", "[both candidates]" (not "[Lee, a
    liar]", "[Ohio]")."""
    if any(c.dep_ not in _NAME_MODIFIERS for c in noun.children):
        return False
    if noun.pos_ == "PROPN":
        return noun.ent_type_ not in _PLACE_ENTS
    return noun.lower_ in OBJECT_PRONOUNS or person_noun(noun) or people(noun)


def _narrated_perception(cue: Cue) -> bool:
    """A first or second person perceiving: "I noticed a post", "you can find the details"."""
    subject = cue.subject
    return (
        subject is not None
        and subject.lower_ in FIRST_SECOND_PERSON
        and _lemma(cue) in PERCEPTION_VERBS
        and not cue.quoted
    )


def _first_person_thing(cue: Cue) -> bool:
    """ "I" or "we" outside quotation marks with a noun phrase for content: "I read [the
    books]", "we pushed [the trains]" narrate what the speaker did (but "I think [they
    erred]")."""
    subject = cue.subject
    return (
        subject is not None
        and subject.lower_ in {"i", "we"}
        and _noun_phrase(cue)
        and cue.token.pos_ == "VERB"
    )


def _reflexive_object(cue: Cue) -> bool:
    """Content that is a reflexive or reciprocal object with no clause: "I found [myself in
    Ohio]", "they mocked [each other]" (but "finds herself struggling" reports a state,
    "cast himself as a reformer" a view, and a reflexive with a predicate after it, "called
    [himself conservative]", "identify [themselves as independents]", says what the subject
    claims to be: ``self_described``)."""
    tokens = [t for t in cue.content_tokens() if not t.is_punct]
    if not tokens or not _noun_phrase(cue) or _lemma(cue) in AS_VERBS:
        return False
    pair = (tokens[0].lower_, tokens[1].lower_ if len(tokens) > 1 else "")
    if tokens[0].lower_ in REFLEXIVES and self_described(cue.token, tokens[0]):
        return False
    return tokens[0].lower_ in REFLEXIVES or pair in RECIPROCALS


def self_described(verb: Token, reflexive: Token) -> bool:
    """A reflexive object with a predicate of its own after it, a noun or adjective the verb
    gives it ("called [himself] [conservative]") or an "as" phrase ("identify [themselves] as
    [independents]"): the subject says what it is, a claim about itself, not a deed done to
    itself ("found [myself] in Ohio")."""
    if reflexive.head != verb or reflexive.dep_ != "dobj":
        return False
    return any(
        c.i > reflexive.i and (c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as"))
        for c in verb.children
    )


def _bare_object(cue: Cue) -> bool:
    """A clause-only verb with a noun phrase: "he teaches [journalism]", "she will address
    [the convention]", or a thing's topic: "the speech focused on [taxes]" (but "she
    addressed [how the plan would work]", "she learned [that it failed]" and "Lee focused on
    [taxes]")."""
    if not _noun_phrase(cue):
        return _lemma(cue) in CLAUSE_ONLY_VERBS and _noun_headed(cue)
    if _lemma(cue) in THING_TOPIC_VERBS:
        subject = cue.subject
        return subject is None or not (
            subject.pos_ == "PROPN" or subject.lower_ in PERSONAL_PRONOUNS
        )
    return _lemma(cue) in CLAUSE_ONLY_VERBS and not _answered_words(cue)


def _answered_words(cue: Cue) -> bool:
    """ "address" with an object of things said, which it answers in words of its own: "the
    senator addressed [the allegations]", "she addressed [his concerns] in an interview" (but
    "she will address [the convention]", "he addressed [the issue]")."""
    if _lemma(cue) != "address":
        return False
    objects = [c for c in cue.token.children if c.dep_ == "dobj" and c.i > cue.token.i]
    return len(objects) == 1 and _said_noun(objects[0])


# Naming verbs that without a name mean something else: "dubbed [the film]" (into another
# language), "branded [the cattle]", "labelled [the boxes]", "termed" has no other use.
BARE_NAMING_VERBS = frozenset(["dub", "brand", "label", "term"])
_NAME_COMPLEMENTS = frozenset(["oprd", "xcomp", "ccomp", "attr", "acomp"])


def _unnamed_object(cue: Cue) -> bool:
    """A naming verb with an unquoted object and no name given it, which names nothing:
    "the studio dubbed [the first two seasons of the show]" (into English), not "fans dubbed
    it "the brick"" nor "labelled it as fake"."""
    verb = cue.token
    if _lemma(cue) not in BARE_NAMING_VERBS or not _noun_phrase(cue):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objects) == 1 and not any(
        c.dep_ in _NAME_COMPLEMENTS or (c.dep_ == "prep" and c.lower_ == "as")
        for c in (*verb.children, *objects[0].children)
    )


# Verbs of wanting, and the bare pronouns that stand for a thing wanted: "they want [it] so
# badly that they will pay for it" wants a thing and says nothing.
WANTING_VERBS = frozenset(["want"])
THING_PRONOUNS = frozenset(["it", "them", "this", "that", "one"])


def _wanted_thing(cue: Cue) -> bool:
    """A verb of wanting whose content is a bare pronoun: "readers want [it] so badly they
    pay" is a wish for a thing, not a report (but "want [the tax to end]", "want [to leave]",
    "want [them gone]" and "want [the law repealed]" keep what is wanted)."""
    if _lemma(cue) not in WANTING_VERBS:
        return False
    tokens = [t for t in cue.content_tokens() if not t.is_punct]
    return len(tokens) == 1 and tokens[0].lower_ in THING_PRONOUNS


# Nouns of a view whose "of" phrase may name only the one it is of: "a dim view of Lee".
OPINION_NOUNS = frozenset(["view", "views", "opinion", "opinions"])
# Object pronouns that stand for a person a view is of: "a dim view of [him]".
PERSON_OBJECTS = frozenset(["him", "her", "them"])


def _view_of_person(cue: Cue) -> bool:
    """A noun of a view whose content is only a name or a pronoun for a person: "voters are
    divided in their opinions of [Lee]", "most have an unfavorable view of [Ann Cole]" tells
    how someone is regarded, not anything said (but "a dim view of [the plan]" and "the view
    [that the plan will fail]" keep their content)."""
    if cue.token.pos_ != "NOUN" or cue.token.lower_ not in OPINION_NOUNS:
        return False
    tokens = [t for t in cue.content_tokens() if not t.is_punct]
    return bool(tokens) and all(t.pos_ == "PROPN" or t.lower_ in PERSON_OBJECTS for t in tokens)


def _noun_headed(cue: Cue) -> bool:
    """Unquoted content that is the verb's noun object with what hangs on it, verbs in its
    modifiers included: "continuing [their run of having risen for a year]", "taught [one of
    its most sought-after courses]" (not "continued [that it had risen]"); a word quoted in
    a modifier after the noun is a term the thing goes by, not words reported ("demonstrated
    [screens used as "eyes"]"); so is a noun after a comma that the parse made a second
    object, an appositive ("demonstrated [iOS 5, a new version of the system]")."""
    verb = cue.token
    head = next((c for c in verb.children if _object_noun(c) and c.i > verb.i), None)
    return (
        head is not None
        and (head.pos_ in {"NOUN", "PROPN"} or _partitive(head) or _numbered_name(head))
        and (content_within(cue, head) or _within_apposed_objects(cue, head))
        and (not cue.quoted or _quoted_after(cue, head))
    )


def _within_apposed_objects(cue: Cue, head: Token) -> bool:
    """Whether a cue's content lies inside its object and the objects the parse hung on the
    verb after it, each after a comma: appositives of the first."""
    doc = head.doc
    last = head
    for child in head.head.children:
        if child.dep_ == "dobj" and child.i > last.right_edge.i:
            if doc[child.left_edge.i - 1].text != ",":
                return False
            last = child
    if last is head:
        return False
    start, end = head.left_edge.idx, last.right_edge.idx + len(last.right_edge.text)
    return bool(cue.fragments) and all(start <= a and b <= end for a, b in cue.fragments)


def _quoted_after(cue: Cue, head: Token) -> bool:
    """Whether every quote mark of a cue's content comes after the noun that heads it."""
    return all(t.i > head.i for t in cue.content_tokens() if t.text in QUOTE_CHARS)


def _object_noun(token: Token) -> bool:
    """A verb's object, or a noun the parse made its complement: "addressed - briefly -
    [criticism] it had drawn"."""
    return token.dep_ == "dobj" or (token.dep_ == "xcomp" and token.pos_ == "NOUN")


def _numbered_name(head: Token) -> bool:
    """A number with a name compounded before it, the name of a model or a version: "[iOS 5]",
    "[Boeing 787]", which the parse may head by its number."""
    return head.pos_ == "NUM" and any(c.dep_ == "compound" and c.i < head.i for c in head.children)


def _partitive(head: Token) -> bool:
    """A number heading an "of" phrase, one of a set of things: "[one] of its best courses"."""
    return head.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def _person_finds_thing(cue: Cue) -> bool:
    """A person who finds a thing: "Smith found [a receptive audience]", "he found [it]",
    "voters cannot find [jobs that pay well]", "she found [a way to win]" (but "the poll
    found [Smith with a lead]" and "she found [that it failed]"); one who finds a thing to be
    of some quality judges it, a view ("voters may find [the senator compelling]"), unless the
    quality is a state come upon ("found [him dead]") or an "it" stands for a clause after it
    ("found it hard to sleep")."""
    subject = cue.subject
    return (
        _lemma(cue) == "find"
        and not _found_quality(cue.token)
        and subject is not None
        and (
            subject.lower_ in PERSONAL_PRONOUNS
            or subject.ent_type_ == "PERSON"
            or person_noun(subject)
            or _person_named_elsewhere(subject)
        )
        and (_noun_phrase(cue) or _object_with_clauses(cue))
    )


# States a person or a thing is come upon in, facts found and not views: "found him dead".
FOUND_STATES = frozenset(
    {
        "dead", "alive", "unconscious", "conscious", "injured", "wounded", "hurt", "unharmed",
        "safe", "missing", "empty", "full", "open", "closed", "locked", "unlocked", "asleep",
        "awake", "naked", "intact", "ready", "lying", "hanging", "guilty", "innocent", "liable",
    }
)  # fmt: skip


def _found_quality(verb: Token) -> bool:
    """A quality a finder judges someone or something to have, in an adjective after it, which
    the parse reads as a predicate of the object or as a clause of its own: "find [Ann Lee
    compelling]" (not a state: "found him dead", nor an "it" standing for a clause: "found it
    hard to sleep")."""
    for quality in verb.children:
        if quality.tag_ != "JJ" or quality.lower_ in FOUND_STATES or quality.i < verb.i:
            continue
        if quality.dep_ == "oprd":
            held = [c for c in verb.children if c.dep_ == "dobj" and c.i < quality.i]
        elif quality.dep_ == "ccomp":
            held = [c for c in quality.children if c.dep_ == "nsubj"]
            if any(c.dep_ in {"aux", "auxpass", "cop", "mark"} for c in quality.children):
                continue
        else:
            continue
        if len(held) == 1 and held[0].lower_ not in {"it", "this", "that"}:
            return True
    return False


def _person_named_elsewhere(token: Token) -> bool:
    """A proper name the tagger labels a person elsewhere in the text, by its last word: "Lee"
    after "Ann Lee" (a surname the tagger took for a firm in one sentence)."""
    if token.pos_ != "PROPN" or token.ent_type_ == "PERSON":
        return False
    names = tagged_entities(token.doc)
    return any(e.label_ == "PERSON" and e[-1].text == token.text for e in names)


def _object_with_clauses(cue: Cue) -> bool:
    """Content that is only a noun object and the clauses inside it: "found [a way to win]",
    "will find [the facts he needs]" (but not a clause of the verb: "found [that it failed]",
    "found [them lacking]", nor a pronoun: "found [someone he would like]")."""
    verb = cue.token
    if cue.quoted or any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    return len(objects) == 1 and objects[0].pos_ == "NOUN" and content_within(cue, objects[0])


# Verbs of an act beyond those of the lexicon: "ordered [a new trial]" decrees a deed, and
# "added [300 jobs]" or "the update adds [support for video]" grows a thing.
DECREE_AND_GROWTH_VERBS = frozenset(["order", "add"])
DEED_ACT_VERBS = ACT_VERBS | DECREE_AND_GROWTH_VERBS

# Verbs of seeking or taking on a post: "seeks [the nomination]", "assumed [the presidency]".
OFFICE_VERBS = frozenset(["seek", "assume"])
# Offices and contests, which are sought or taken on, not said: "sought [reelection]".
OFFICE_NOUNS = frozenset(
    [
        *("nomination", "nominations", "reelection", "re-election", "election", "office"),
        *("seat", "presidency", "candidacy", "term", "post", "chair", "chairmanship"),
        *("leadership", "premiership", "governorship", "mandate", "throne", "crown", "title"),
        "house",
    ]
)
# A part, a command or a manner one takes on or seeks, no more said than an office: "assumed
# [the role of host]", "sought [control of the board]", "assumed [her rival's style]"; and a
# penalty sought in court: "prosecutors sought [a sentence of five years]".
_TAKEN_ON_NOUNS = frozenset(
    [
        *("role", "roles", "mantle", "control", "command", "style", "persona"),
        *("penalty", "penalties", "sentence", "sentences", "punishment"),
    ]
)


def _office_sought(cue: Cue) -> bool:
    """A verb of seeking or taking on whose object is an office or a contest, a deed and not
    words: "she seeks [the party's nomination]", "he did not seek [reelection]", "he assumed
    [the presidency]", "she assumed [her rival's style]", "prosecutors seek [the death
    penalty]" (but "he seeks [an apology]", "she assumed [that it failed]")."""
    verb = cue.token
    if _lemma(cue) not in OFFICE_VERBS or cue.quoted:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    return (
        bool(objects)
        and all(
            o.lemma_.lower() in OFFICE_NOUNS | _TAKEN_ON_NOUNS
            or o.lower_ in OFFICE_NOUNS
            or _sought_people(cue, o)
            for o in objects
        )
        and not any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)
    )


def _sought_people(cue: Cue, noun: Token) -> bool:
    """People a verb of seeking looks for, a search and not words: "the firm is seeking
    [investors]", "they sought [partners and buyers]"."""
    return _lemma(cue) == "seek" and (person_noun(noun) or people(noun))


def _act_on_thing(cue: Cue) -> bool:
    """A verb of an act whose content is just its object, and the object is no thing said:
    "the court issued [a ruling]", "the Senate confirmed [his nomination]", "they celebrated
    [the anniversary]", "the judge ordered [a new trial]" (but "issued [a warning]",
    "confirmed [the report]", "declared [the law void]" and "confirmed [that it failed]"); a
    noun of backing added with no holder is a feature, not a stance ("the update adds [support
    for video]", but "she added [her support]"). A person who lists things names them one by
    one in words, a report of what they said ("the mayor listed [her achievements]"), unlike a
    firm or an agency that lists shares or a site ("the firm listed [its shares]")."""
    if _lemma(cue) not in DEED_ACT_VERBS or cue.quoted or _person_lists(cue):
        return False
    objects = [c for c in cue.token.children if c.dep_ == "dobj" and c.i > cue.token.i]
    if len(objects) != 1 or any(c.dep_ in {"oprd", "ccomp"} for c in cue.token.children):
        return False
    phrase = objects[0]
    if _said_noun(phrase) and not _feature_added(cue, phrase):
        return False
    tokens = [t for t in cue.content_tokens() if not t.is_punct]
    if not tokens or tokens[0].i != phrase.left_edge.i:
        return False
    # the object and phrases the parse hung on the verb after it: "[his nomination to the bench]"
    return all(t.i <= phrase.right_edge.i or _verb_phrase(t, cue.token) for t in tokens)


def _person_lists(cue: Cue) -> bool:
    """An active "list" with a person for its own subject: "he listed [his wins]"."""
    subject = cue.subject
    if _lemma(cue) != "list" or subject is None or subject.dep_ != "nsubj":
        return False
    if subject.head != cue.token:
        return False
    return person_word(subject)


def _said_noun(noun: Token) -> bool:
    """A noun of something said or found out ("the report", "his claims")."""
    return noun.lemma_.lower() in SAID_NOUNS or noun.lower_ in SAID_NOUNS


def _feature_added(cue: Cue, phrase: Token) -> bool:
    """A verb of growth whose object is a noun of backing with no holder, a feature added and
    no stance voiced: "the update adds [support for video]" (but "she added [her support]")."""
    if _lemma(cue) not in DECREE_AND_GROWTH_VERBS or phrase.lower_ not in VOICED_ONLY_NOUNS:
        return False
    return not any(c.dep_ == "poss" for c in phrase.children)


def _verb_phrase(token: Token, verb: Token) -> bool:
    """A token in a prepositional phrase of the verb: "confirmed his nomination [to the bench]"
    (not an "as" phrase, which says what the object is: "listed it [as a risk]")."""
    while token.head != verb and token.head != token:
        token = token.head
    return token.head == verb and token.dep_ == "prep" and token.i > verb.i and token.lower_ != "as"


def _witnessed_event(cue: Cue) -> bool:
    """A verb of seeing whose content is an event lived through, not a view: "the markets saw
    [investors pull out]", "Korea saw [a 9% fall]", "the week saw [a referendum]", "the deal
    will see [jobs cut]", "the flood saw [a rise] [in claims]" (but "the
    campaign sees [Smith winning]", "she sees [parallels with 1968]", "he sees [that it
    failed]"); the holder of a passive is its agent, who sees, not a time that saw: "is seen
    as a leader by [a quarter] of voters")."""
    verb = cue.token
    if _lemma(cue) not in SEEING_VERBS or cue.quoted:
        return False
    subject = cue.subject
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if (
        subject is not None
        and subject.pos_ == "NOUN"
        and subject.lower_ in EVENT_SUBJECTS
        and not passive
    ):
        return True
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "dobj" and child.lemma_.lower() in CHANGE_NOUNS:
            return _object_and_phrases(cue, child)
        if not content_within(cue, child):
            continue
        if child.dep_ == "ccomp" and (_bare_infinitive(child) or _participle_clause(child)):
            return True
        if child.dep_ == "dobj" and any(
            c.dep_ == "acl" and c.tag_ == "VBN" and c.i == child.i + 1 for c in child.children
        ):
            return True
    return False


def _object_and_phrases(cue: Cue, phrase: Token) -> bool:
    """Content that is the object and the phrases the parse hung on the verb after it: "the
    crisis saw [a spike] [in arrivals]"."""
    tokens = [t for t in cue.content_tokens() if not t.is_punct]
    return bool(tokens) and all(
        phrase.left_edge.i <= t.i <= phrase.right_edge.i or _verb_phrase(t, cue.token)
        for t in tokens
    )


def _participle_clause(verb: Token) -> bool:
    """A clause of a subject and a past participle with no auxiliary or conjunction, a thing
    done to the subject: "the deal will see [jobs cut]", "[guests locked] in a room" (but
    "she saw [that jobs were cut]")."""
    if verb.tag_ not in {"VBN", "VBD"}:
        return False
    children = list(verb.children)
    if any(c.dep_ in {"aux", "auxpass", "mark"} for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ in {"NOUN", "PROPN", "NUM"}


# Clauses that hold an infinitive of purpose: "met [to vote on it]", "an effort [to find it]".
PURPOSE_DEPS = frozenset(["advcl", "acl"])
# Verbs of using a means, whose infinitive, parsed as their complement, is what the means is
# for: "used satellite images [to identify the sites]".
INSTRUMENT_VERBS = frozenset(["use", "employ"])
# Verbs of a deed as well as of words: with a noun phrase in an infinitive of purpose they
# name the deed ("dug to find the cause", "came to see the show", "met to vote on the bill"),
# or a forecast or judgement aimed at and not yet made ("built models to predict surges",
# "ran tests to determine the cause").
DEED_VERBS = frozenset(
    [
        "find",
        "see",
        "show",
        "support",
        "add",
        "seek",
        "vote",
        "read",
        "offer",
        "let",
        "answer",
        "discuss",
        "predict",
        "forecast",
        "estimate",
        "determine",
        "assess",
        "identify",
    ]
)
# Verbs before an infinitive that is no purpose: "went on to say", "came forward to charge",
# "could not bring themselves to back", "took a moment to point out".
PHASE_VERBS = frozenset(["go", "come", "bring", "take"])
# Verbs of showing up before an audience, whose infinitive of talk is the talk held there:
# "appeared before reporters to discuss [the plan]", "visited the studio to discuss [his
# book]" (but "visited the town to see the sights" is a deed aimed at).
APPEARANCE_VERBS = frozenset(["appear", "visit"])


def _purpose_act(cue: Cue) -> bool:
    """A verb of a deed in an infinitive of purpose whose content is only its object or its
    phrases, an act aimed at: "the board met to vote on [the budget]", "they dug in an effort
    to find [the cause]", "they used drones to identify [the sites]" (but "he went on to say
    [that it failed]", "they met to find [that it failed]")."""
    verb = cue.token
    purpose = verb.dep_ in PURPOSE_DEPS or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in INSTRUMENT_VERBS
    )
    if not purpose or verb.pos_ != "VERB" or cue.quoted:
        return False
    if _lemma(cue) not in DEED_VERBS or verb.head.lemma_.lower() in PHASE_VERBS:
        return False
    if _talk_at_appearance(cue):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    phrases = [c for c in verb.children if c.dep_ in {"dobj", "prep"} and c.i > verb.i]
    if not phrases or any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in verb.children):
        return False
    return all(any(_object_only_token(t, p) for p in phrases) for t in cue.content_tokens())


# Verbs of a talk that can be only planned or sought: "met to discuss [the budget]".
PLANNED_TALK_VERBS = frozenset(["discuss", "talk"])
# Participles of a plan whose infinitive has not yet happened: "is scheduled to discuss".
PLAN_PARTICIPLES = frozenset(["scheduled", "set", "due", "expected", "planned", "slated"])


def _talk_aimed_at(cue: Cue) -> bool:
    """A verb of talk in an infinitive of purpose or of a plan, with only its topic for
    content, a talk sought and nothing yet said: "the reporter called her to discuss [the
    race]", "the council is scheduled to discuss [the budget] on Monday" (but "he went on to
    discuss [the budget]", "she called to discuss [how it failed]" and "they discussed [the
    budget]")."""
    verb = cue.token
    if _lemma(cue) not in PLANNED_TALK_VERBS or verb.pos_ != "VERB" or not _noun_phrase(cue):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.lemma_.lower() in PHASE_VERBS or _talk_at_appearance(cue):
        return False
    planned = verb.dep_ == "xcomp" and head.lower_ in PLAN_PARTICIPLES
    return verb.dep_ in PURPOSE_DEPS or planned


def _talk_at_appearance(cue: Cue) -> bool:
    """A verb of talk in the infinitive of a verb of showing up, a talk held and not only
    sought: "the senator appeared on the show to discuss [the race]"."""
    verb = cue.token
    return _lemma(cue) in PLANNED_TALK_VERBS and verb.head.lemma_.lower() in APPEARANCE_VERBS


# Verbs of paying, whose infinitive or gerund is what the money buys: "spent $2 million to
# back her".
PAYING_VERBS = frozenset(["spend", "pay", "invest"])


def _paid_for(cue: Cue) -> bool:
    """A cue verb that says what money was spent on, a deed paid for and no words: "the group
    spent $2 million to back her", "they paid $40,000 attacking him in ads" (but "she spent the
    week attacking him" and "he paid tribute, saying ...")."""
    verb = cue.token
    head = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or head.lemma_.lower() not in PAYING_VERBS:
        return False
    if cue.quoted or verb.i < head.i:
        return False
    return any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in head.children)


def _object_only_token(token: Token, phrase: Token) -> bool:
    """A token inside the subtree of ``phrase``."""
    return phrase.left_edge.i <= token.i <= phrase.right_edge.i


def _seen_in_the_past(cue: Cue) -> bool:
    """A verb of seeing in the perfect, which names what someone has lived through or laid
    eyes on: "officials who have seen the files", "she has seen her lead shrink", "he has
    seen what can happen" (but "she has seen it as a test" and "he has seen that it
    failed")."""
    verb = cue.token
    if _lemma(cue) not in SEEING_VERBS or cue.quoted or verb.tag_ != "VBN":
        return False
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in children):
        return False
    return not any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in children
    )


def _seeing_as_occasion(cue: Cue) -> bool:
    """A gerund of seeing after a preposition, the occasion of what follows: "after seeing
    the sign, they turned back", "she changed her mind upon seeing the damage" (but "after
    seeing it as a test" and "despite seeing that it failed")."""
    verb = cue.token
    if _lemma(cue) not in SEEING_VERBS or cue.quoted or verb.tag_ != "VBG":
        return False
    if verb.dep_ != "pcomp" or verb.head.pos_ != "ADP":
        return False
    return not any(
        (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ == "ccomp" for c in verb.children
    )


# Verbs that move someone to act, whose words are only the act in their to-infinitive:
# "urged to", "challenged her to debate", "encouraged them to vote", "pressed him to quit".
MOVING_VERBS = frozenset(["challenge", "encourage", "press", "pressure", "push"])


def _moved_without_act(cue: Cue) -> bool:
    """A verb that moves someone to act with only its object for content and no act to do:
    "a rival began to challenge [her] in the primaries", "she challenged [his thinking]",
    "the rule ended up encouraging [its overuse]" contest or foster a thing, and so does one
    who runs against another for an office: "she challenged [the mayor for the nomination]"
    (but "challenged [him to a debate]", "encouraged [voters to stay home]")."""
    verb = cue.token
    if _lemma(cue) not in MOVING_VERBS or not _noun_phrase(cue):
        return False
    if any(c.dep_ in {"xcomp", "ccomp", "oprd"} for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    return bool(objects) and (
        content_within(cue, objects[0])
        or _moved_to_state(cue, objects[0])
        or _office_contested(cue, objects[0])
    )


def _office_contested(cue: Cue, rival: Token) -> bool:
    """ "Challenge" with a rival for object and a "for" phrase naming an office, a run for it
    and not words: "she challenged [the mayor for the party's nomination]" (but "challenged
    [the mayor for his remarks]")."""
    if _lemma(cue) != "challenge":
        return False
    for prep in (*cue.token.children, *rival.children):
        if prep.dep_ == "prep" and prep.lower_ == "for" and prep.i > rival.i:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            return bool(objects) and objects[0].lemma_.lower() in OFFICE_NOUNS
    return False


def _moved_to_state(cue: Cue, moved: Token) -> bool:
    """A verb that moves its object to a level or state named by a "to" phrase, no act to do:
    "the sell-off pushed [the index to its lowest level]", "pressed [rivals to the limit]" (but
    "challenged [him to a debate]" is a contest offered)."""
    if _lemma(cue) == "challenge":
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and c.tag_ == "IN" and c.i > moved.i
        for c in cue.token.children
    )


def _self_moved(cue: Cue) -> bool:
    """A verb that moves someone to act with a reflexive for the one moved: "he challenged
    [himself to build a boat]", "she pushed [herself to finish]" tell of a resolve, not of
    words said to anyone (but "challenged [the mayor to a debate]")."""
    if _lemma(cue) not in MOVING_VERBS:
        return False
    tokens = [t for t in cue.content_tokens() if not t.is_punct]
    return len(tokens) > 1 and tokens[0].lower_ in REFLEXIVES and tokens[1].lower_ == "to"


# Entity types of things that move others to act only as a cause: "the Zeta 3 pushed rivals
# to follow".
_THING_ENTITIES = frozenset({"PRODUCT", "EVENT"})


def _moved_by_thing(cue: Cue) -> bool:
    """A verb that moves someone to act whose subject is a thing that cannot speak, a cause
    and not an appeal: "the new car pushed [rival carmakers to follow suit]", "the drought
    pressured [farmers to sell]" (but "the union pushed [members to strike]")."""
    subject = cue.subject
    if _lemma(cue) not in MOVING_VERBS or subject is None or cue.quoted:
        return False
    return subject.ent_type_ in _THING_ENTITIES or mute_thing(subject)


# Verbs whose passive subject is the one who heard the words: "Reporters were told ...".
HEARER_VERBS = ADDRESSEE_VERBS | {"warn", "ask", "promise"}


def _clause_after_passive_thing(cue: Cue) -> bool:
    """A passive cue whose subject is a thing, with for content a bare clause (one with a subject
    of its own) after it: in "After the news was announced [the index fell]" the news is what
    was announced, and the clause is the sentence's own (but "It was announced [the firm would
    close]", "He was told [the plan had failed]" and "farmers were outraged by [the rules]"
    report it)."""
    verb = cue.token
    if _lemma(cue) in HEARER_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ != "NOUN" or people(subject):
        return False
    tokens = [t for t in cue.content_tokens() if not t.is_punct]
    if not tokens or tokens[0].i <= verb.i or tokens[0].lower_ == "that" or cue.quoted:
        return False
    return any(t.dep_ in {"nsubj", "nsubjpass", "expl"} for t in tokens)


# Verbs of answering whose "to" phrase is the message answered: "responded to [a letter]".
ANSWERING_VERBS = frozenset(["respond"])
# Words that deny an answer was given: "did not respond to", "neither ... nor ... responded".
DENIALS = frozenset(["not", "n't", "never", "neither", "nor", "no"])


def _message_answered(cue: Cue) -> bool:
    """An answer given with only the message it answers for content: "he was responding to
    [a message from the envoy]", "responding to [this criticism], she said ...", "the
    mayor responded to [the letter]" name what was answered, not the answer (but "the firm
    did not respond to [a request for comment]" reports that no answer came, and "she
    responded that it failed" reports the answer)."""
    verb = cue.token
    if _lemma(cue) not in ANSWERING_VERBS or cue.quoted or not _noun_phrase(cue):
        return False
    to = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i]
    if not to or not content_within(cue, to[0]):
        return False
    subject = cue.subject
    denied = any(c.dep_ == "neg" for c in verb.children) or (
        subject is not None and any(t.lower_ in DENIALS for t in subject.subtree)
    )
    return not denied


def _bare_infinitive(verb: Token) -> bool:
    """A clause of a subject and a bare infinitive: "[shares] fall", "[investors] pull out"."""
    return (
        verb.tag_ == "VB"
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children)
    )


def _verdict(cue: Cue) -> bool:
    """A passive with no agent that states a verdict or a status, not what anyone said: "he
    was found [guilty]", "she was pronounced [dead]", "the body was found [dismembered]",
    "the governor was sworn in" (but "the law was found discriminatory by a court" names who
    found it)."""
    verb = cue.token
    children = list(verb.children)
    if not agentless_passive(verb):
        return False
    if _lemma(cue) == "swear":
        return any(c.dep_ == "prt" and c.lower_ == "in" for c in children)
    return _lemma(cue) in VERDICT_VERBS and any(
        (c.dep_ in {"oprd", "acomp"} and c.pos_ == "ADJ") or _state_participle(c) for c in children
    )


def _state_participle(child: Token) -> bool:
    """A bare past participle after a passive that says what state its subject was in: "was
    found [dismembered]" (not an infinitive: "was found to [have lied]")."""
    return (
        child.dep_ in {"oprd", "acomp", "xcomp"}
        and child.tag_ == "VBN"
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in child.children)
    )


# Auxiliaries of a seeing still to come: "to see", "will see", "'ll see".
AWAITING_AUXILIARIES = frozenset(["to", "will", "'ll", "wo", "shall"])


def _looking_to_see(cue: Cue) -> bool:
    """An infinitive of seeing, or one after "will", with a question for content: "they
    waited to see [whether it held]", "to see [which country] won", "we will see [what
    happens]" look for an answer, they report none (but "she saw [what happened]")."""
    verb = cue.token
    if _lemma(cue) not in SEEING_VERBS or cue.quoted:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in AWAITING_AUXILIARIES for c in verb.children):
        return False
    first = cue.content_tokens()[:1]
    return bool(first) and first[0].lower_ in QUESTION_WORDS


def _free_relative(cue: Cue) -> bool:
    """Content that is a "what" clause holding its own cue, after a preposition, as a subject
    or as a question, which names a thing, not what was said: "an example of [what he
    envisions for the firm]", "[what I said] is true", "[what has she learned]?"
    (but "[what appears to be a deal]", an impression with no holder named, and "[what she
    called a sham]", which names the thing in her words)."""
    verb = cue.token
    if cue.quoted or _lemma(cue) in RAISING_VERBS | AS_VERBS | NAMING_VERBS:
        return False
    tokens = cue.content_tokens()
    if not tokens or tokens[0].lower_ != "what" or not any(t.i == verb.i for t in tokens):
        return False
    if any(t.text in QUOTE_CHARS for t in tokens):  # "what he called "a sham""
        return False
    if verb.dep_ not in {"pcomp", "csubj", "ROOT"}:  # "that's [what he wrote]" may report
        return False
    return tokens[0].head == verb or tokens[0].head.head == verb


def _participle_of_its_noun(cue: Cue) -> bool:
    """A past participle after a noun whose content is that noun: "[exit polls] reported by
    the network", "[its letter], written by a lawyer" name a thing, not what was said (with
    no one named, a noun made public or foreseen stays: "[a merger] announced Monday"; so does
    a stance its agent takes toward the noun: "[the bill], opposed by the unions", "[a plan]
    endorsed by the council" say what the unions and the council hold)."""
    verb = cue.token
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or not _noun_phrase(cue) or cue.subject is None:
        return False
    if verb.lemma_.lower() in STANCE_PARTICIPLES:
        return False
    return cue.fragments[-1][1] <= verb.idx


# Verbs whose participle after a noun states the stance its agent holds toward that noun:
# "the bill, opposed by the unions" (not "backed" or "supported", which are also said of
# money and arms: "fighters backed by the agency").
STANCE_PARTICIPLES = frozenset({"oppose", "endorse", "favor", "favour"})


def _topic_of_noun(cue: Cue) -> bool:
    """A cue noun with only its topic for content: "his remarks on [the schools]", "her ideas
    about [taxes]", "his comments on [the fund and his thought of running]", or a noun of aims
    with what it is for: "his plan for [the firm]", "a goal of [$10,000]" (but "his claim that
    ...", "his remarks on [how it would run]", "his plan to [sell]" and "kind words for [the
    mayor]")."""
    noun = cue.token
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in TOPIC_NOUNS | AIM_NOUNS or cue.quoted:
        return False
    if not (_noun_phrase(cue) or (lemma in TOPIC_NOUNS and _topic_phrase(cue))):
        return False
    first = cue.content_tokens()[0]
    if first.i == 0:
        return False
    before = first.nbor(-1)
    if lemma in AIM_NOUNS:
        return before.pos_ == "ADP" and before.head == noun
    return before.lower_ in TOPIC_PREPOSITIONS and before.head == noun


def _topic_phrase(cue: Cue) -> bool:
    """Content that is a noun phrase after "on" or "about", verbs in its modifiers included:
    "his comments on [the fund and his thought of running]" (not "on [how it would run]")."""
    tokens = cue.content_tokens()
    if not tokens or tokens[0].i == 0:
        return False
    head = tokens[0].nbor(-1)
    objects = [c for c in head.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}]
    return len(objects) == 1 and content_within(cue, objects[0])


def _sentence_adverb(cue: Cue) -> bool:
    """A fixed phrase that opens a sentence: "That said, ...", "All told, ..." report nothing."""
    verb = cue.token
    subject = cue.subject
    return (
        subject is not None
        and subject.lower_ in OPENING_PHRASE_SUBJECTS
        and subject.i == verb.sent.start
        and verb.i == subject.i + 1
        and verb.i + 1 < len(verb.doc)
        and verb.nbor(1).text == ","
    )


def _question_to_reader(cue: Cue) -> bool:
    """A question put to "you": "Do you support the new mayor?" asks, it reports nothing."""
    subject = cue.subject
    if subject is None or subject.lower_ != "you":
        return False
    last = [t for t in cue.token.sent if not t.is_space and t.text not in QUOTE_CHARS]
    return bool(last) and last[-1].text == "?"


def _bracketed_pointer(cue: Cue) -> bool:
    """A bare verb opening brackets with the parse's subject after it: "(think Ann Lee)",
    "(see the chart)" point the reader to an example or a source; they report nothing."""
    verb = cue.token
    if verb.tag_ not in {"VB", "VBP"} or verb.i == 0 or verb.doc[verb.i - 1].text != "(":
        return False
    subject = cue.subject
    return subject is None or subject.i > verb.i


# Marks that end a clause before a cue without reporting it ("Sales fell; the firm hopes").
CLAUSE_BREAKS = frozenset([";", ":", "-", "--", "\u2013", "\u2014"])


def _before_cue(cue: Cue) -> bool:
    """Unquoted content that ends before its cue: "[Sales fell], she said"."""
    return bool(cue.fragments) and not cue.quoted and cue.fragments[-1][1] <= cue.token.idx


# Prepositions that name what a stance participle is about: "miffed over [the vote]".
_STANCE_TOPIC_PREPS = frozenset({"about", "over"})
# Words that open a clause of a thing done or asked about, not of words: "evaluated [what
# happened]", "reconciled [who it is]" ("queried [whether] it was better" asks).
_WH_OPENERS = frozenset({"what", "who", "whom", "how", "why", "where", "when", "which"})


def _unknown_verb_content(cue: Cue) -> bool:
    """A verb outside the lexicon whose content is not a clause with its own subject after it,
    or is one opened by "what", "how" or another wh-word, a thing done or weighed ("the party
    evaluated [what happened]"): "she thinks they erred" was found by its clause, but in
    "Turnout fell, so the firm sold up" and "they turned out to vote" the parse made a clause
    of what reports nothing (a
    stance participle with its cause or topic stays: "outraged by [the raids]", "miffed over
    [the vote]")."""
    verb = cue.token
    if verb.pos_ != "VERB" or cue.text != verb.text or cue.quoted:
        return False  # "according to" is a cue of its own
    if _lemma(cue) in KNOWN_LEMMAS or _lemma(cue) in VOICING_VERBS:  # "voiced [support]"
        return False
    if faulting_hit(verb.doc, verb) or held_view(verb.doc, verb):  # "hit [him on trade]",
        return False  # "held [a dim view of it]"
    if verb.lower_ in DIVIDED_WORDS and divided_question(verb.doc, verb) is not None:
        return False  # "[they] clashed over [how to act]"
    if put_phrasing(verb.doc, verb) is not None:
        return False  # "[prices will rise], as the minister put it"
    if verb.lemma_.lower() in STIMULUS_VERBS and felt_subject(verb.doc, verb) is not None:
        return False  # "[the ruling] angered farmers"
    if verb.lower_ in CUE_ADJECTIVES and any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in _STANCE_TOPIC_PREPS)
        for c in verb.children
    ):
        return False
    if _before_cue(cue):
        return True
    tokens = {t.i for t in cue.content_tokens()}
    return not any(
        child.dep_ == "ccomp"
        and child.i in tokens
        and _has_subject(child)
        and child.left_edge.lower_ not in _WH_OPENERS
        for child in verb.children
    )


def _has_subject(verb: Token) -> bool:
    """A verb with a subject of its own: "they erred" (not "to vote", "has been able to")."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children)


def _clause_across_break(cue: Cue) -> bool:
    """Content before its cue that ends at a semicolon, colon or dash: in "Sales fell; the
    firm hopes for more" the clause is no report of "hopes" (but "Sales fell, she said")."""
    if not _before_cue(cue):
        return False
    doc = cue.token.doc
    end = doc.char_span(cue.start, cue.fragments[-1][1], alignment_mode="expand")
    if end is None or end.end >= len(doc):
        return False
    return doc[end.end].text in CLAUSE_BREAKS


def _content_across_paragraphs(cue: Cue, text: str) -> bool:
    """Unquoted content wholly in another paragraph than its cue: when the parse runs "He lost
    the race." and the next paragraph "Since then, no rival has won." into one sentence, the
    second paragraph is no report of "lost" (a quotation may go on into the next paragraph, and
    so may a fragment that a colon closing the paragraph before it announced)."""
    if cue.quoted:
        return False
    at = cue.token.idx
    return any(
        ("\n\n" in text[at:start] and not _announced(text, cue, start)) or "\n\n" in text[end:at]
        for start, end in cue.fragments
    )


def _announced(text: str, cue: Cue, start: int) -> bool:
    """A fragment that opens the paragraph after a fragment or the cue itself closed by a
    colon, which announced it: "lists some findings:" + "[Wages rose.]", "he said:" + "[Let
    no one be mistaken.]" (``block_quotations``)."""
    said = cue.token.idx + len(cue.token.text)
    ends = [end for _, end in cue.fragments] + [said]
    return any(end < start and text[end:start].strip() == ":" for end in ends)


def _relative_source(cue: Cue) -> bool:
    """'A deal was signed, according to [which] the zone is theirs': the source is a relative
    pronoun, and the clause describes the deal, not what a source said."""
    token = cue.token
    if cue.text.lower() != "according to" or token.i + 2 >= len(token.doc):
        return False
    return token.doc[token.i + 2].tag_ in RELATIVE_TAGS
