"""The cue lexicon: verbs and phrases that introduce what someone said, wrote or believes.

Verbs are grouped by the complement that carries the content:
- ``CLAUSE_VERBS`` take a clause ("said that ...", "believes ...", "warned ..."), and
  ``CLAUSE_ONLY_VERBS`` report with nothing else ("shared that ...", not "shared a photo").
- ``INFINITIVE_VERBS`` take a to-infinitive ("vowed to ...", "promised to ...", "plotted to ...").
- ``OBJECT_VERBS`` take a noun phrase that names what was said or the stance held ("called
  the show ...", "accused her of ...", "praised her effort", "favors a tax cut", "booed the
  speaker", "spurned the offer").
- ``PHRASAL_VERBS`` take an object after a particle ("ruled out a run").
- ``IDIOM_VERBS`` with one of the ``IDIOM_NOUNS`` for object take the object of a
  preposition ("took a swipe at X"); ``REFLEXIVE_STANCE_VERBS`` do so after a reflexive
  ("distanced herself from X").
Multiword cues ("according to") are recognised in ``statements``.
"""

from __future__ import annotations

from functools import lru_cache


def word_set(text: str) -> frozenset[str]:
    """The words of a text split on white space, as a set: "say tell"."""
    return frozenset(text.split())


CLAUSE_VERBS = word_set(
    """
    say tell add write report announce note tweet post suggest argue explain recall claim insist
    warn predict state declare acknowledge admit confirm deny respond reply answer continue
    conclude agree believe think expect hope fear know doubt feel worry estimate show find reveal
    indicate vow promise pledge complain contend assert maintain emphasize emphasise stress observe
    remark testify reiterate concede mention comment joke quip muse speculate suspect assume guess
    wonder ask charge allege counter retort shout yell chant scream inform advise signal hint imply
    decide read predict caution boast brag lament acknowledge announce proclaim affirm assure
    concur disclose forecast guarantee learn notice opine pronounce reason recount relate
    remind reckon see suppose swear teach theorize hypothesize hypothesise understand urge whisper
    sense realize realise
    recognize recognise conclude determine demonstrate prove confess explain add explain counter
    grumble mutter fret gush marvel cheer concede highlight underscore underline tout imagine
    envision point
    acknowledge clarify contend rule order demand request insist propose recommend
    remember project echo illustrate presume want reassert
    """
)

# Verbs that report only with a clause complement ("she shared that she had been ill", "the
# charter specifies that ...", "reassured them that ...", "historians debate whether it was a
# mistake": the question held open), not with an object ("shared a photo", "shared his
# insights", "reaffirmed its ties", "debated the budget").
CLAUSE_ONLY_VERBS = word_set("share specify reassure reaffirm debate")

INFINITIVE_VERBS = word_set(
    """
    vow promise pledge threaten plan refuse decline urge ask call agree decide intend hope
    expect vote offer seek aim swear tell warn encourage order push press demand propose
    pressure challenge want advise volunteer plot scheme conspire prefer
    """
)

OBJECT_VERBS = word_set(
    """
    call criticize criticise praise accuse slam blast endorse deny announce discuss support oppose
    defend dismiss question propose cite describe label dub brand condemn applaud blame attack
    mock ridicule reject back decry denounce laud hail tout highlight champion commend demand
    congratulate thank predict address invoke mention recommend warn urge show find
    advocate compare assail oppose cite reference
    echo deem list promote liken credit
    deride chide rebut dispute articulate scold berate chastise bemoan castigate lambaste
    excoriate rebuke disparage belittle debunk reveal
    favor favour consider identify expose convince celebrate issue publish document hate persuade
    admire despise relish renounce loathe detest harangue retract mirror
    boo jeer heckle spurn rebuff snub shun outline welcome
    bash savage reprimand smear satirize satirise repudiate trumpet disavow dislike
    """
)

# Object verbs that judge their object: a headline's bare participle of one is a passive with
# an unnamed judge ("Budget plan criticized").
JUDGING_VERBS = word_set(
    """
    accuse assail attack belittle berate blame blast castigate chastise chide condemn criticise
    criticize debunk decry denounce deride disparage dismiss dispute excoriate lambaste mock
    rebuke reject ridicule scold slam applaud commend hail laud praise
    bash savage reprimand smear satirize satirise repudiate disavow
    """
)
ALL_VERBS = CLAUSE_VERBS | INFINITIVE_VERBS | OBJECT_VERBS

# Irregular past forms of lexicon verbs, which agree with any subject: "the editorial read".
PAST_FORMS = word_set("said told wrote read thought knew felt found saw taught swore")

# Verbs that report an impression with no one to hold it: "X seems to ...", "X is expected to".
RAISING_VERBS = word_set("seem appear")
# Words that open the "like" clause of a raising verb: "it seems like ...", "as if ...".
LIKENESS_MARKERS = word_set("like if though")

# Phrasal verbs whose object is what is stated, with their particles: "ruled out a run",
# "played down the risk", "walked back her remarks", "sized up the field", "voted the bill
# down" (a vote against it, like "voted against the bill").
PHRASAL_VERBS = {
    "rule": "out",
    "point": "out",
    "spell": "out",
    "lay": "out",
    "single": "out",
    "call": "out",
    "talk": "up down",
    "play": "up down",
    "brush": "off aside",
    "shrug": "off",
    "write": "off",
    "walk": "back",
    "size": "up",
    "vote": "down",
}

# Verbs whose content is the object of a preposition (any of the listed ones): "referred to
# X", "talked about X", "told of X", "voted against X", "quarreled over X", "balked at X",
# "chimed in with X" (a remark added to a talk).
PREPOSITION_VERBS = {
    "refer": "to",
    "vote": "for against",
    "campaign": "for",
    "lobby": "for",
    "fight": "for",
    "rail": "against at",
    "write": "about",
    "say": "about",
    "ask": "about for",
    "insist": "on",
    "focus": "on",
    "hint": "at",
    "allude": "to",
    "object": "to",
    "reflect": "on",
    "elaborate": "on",
    "express": "about",
    "talk": "about of",
    "speak": "about of out against",
    "point": "to",
    "comment": "on about",
    "weigh": "on",
    "complain": "about",
    "boast": "about of",
    "brag": "about of",
    "testify": "about",
    "tell": "of about",
    "worry": "about",
    "warn": "of against about",
    "caution": "against about",
    "call": "for",
    "push": "for back on",
    "advocate": "for",
    "argue": "for against",
    "agree": "with",
    "disagree": "with",
    "respond": "to",
    "react": "to",
    "know": "about",
    "learn": "about",
    "care": "about",
    "admit": "to",
    "confess": "to",
    "gush": "about",
    "joke": "about",
    "rave": "about",
    "hope": "for",
    "rule": "against for",
    "touch": "on",
    "root": "for",
    "look": "to",
    "lie": "about",
    "protest": "against at",
    "fulminate": "against",
    "balk": "at",
    "bristle": "at",
    "swipe": "at",
    "apologize": "for",
    "apologise": "for",
    "unload": "on",
    "quarrel": "about over",
    "squabble": "about over",
    "bicker": "about over",
    "tussle": "over",
    "feud": "over",
    "spar": "over",
    "chime": "with",
    "opine": "about on against",
    "riff": "on about",
    "muse": "about on",
    "reminisce": "about",
    "gripe": "about",
    "grumble": "about",
    "fret": "about over",
}

PREPOSITION_CUES = frozenset(PREPOSITION_VERBS)

# Light verbs and the nouns after them that together state a stance toward the object of a
# preposition: "took a swipe at X", "landed a dig at X", "poked fun at X", "heaped praise on
# X", "raised alarms about X", "voiced displeasure with X", "made references to X", "delivered
# a tirade against X", "changed her mind about X", "did not mince words about X", "traded
# barbs over X", "took credit for X", "made no mention of X", "made light of X".
IDIOM_VERBS = word_set(
    """
    take make poke heap pour shower raise voice express hurl lob level crack cast mince change
    deliver launch unleash trade land
    """
)
IDIOM_NOUNS = word_set(
    """
    aim swipe swipes swing swings shot shots potshot potshots jab jabs dig digs fun joke jokes
    praise scorn insult insults reference references alarm alarms displeasure exception secret
    words mind minds tirade tirades rant rants diatribe diatribes harangue harangues screed
    screeds broadside broadsides barb barbs credit mention light
    """
)
IDIOM_PREPOSITIONS = word_set("at on of about to with against over")
# Stance nouns that also take "for": "took credit for X".
FOR_IDIOM_NOUNS = word_set("credit")
# Stance nouns idiomatic with one light verb only: "made light of X", not "cast light on X".
ONE_VERB_IDIOM_NOUNS = {"light": "make"}

# Verbs that take a side with a reflexive object and a preposition: "she distanced herself
# from X", "he aligned himself with Y".
REFLEXIVE_STANCE_VERBS = {
    "distance": "from",
    "dissociate": "from",
    "disassociate": "from",
    "align": "with",
    "ally": "with",
}
# Nouns of a stance after "came out in": "came out in support of X", "in favor of Y".
COMING_OUT_NOUNS = word_set("support favor favour opposition")

# Prepositions whose object is where words appeared: "wrote on Twitter", "via Facebook".
MEDIUM_PREPOSITIONS = word_set("on in via through")

# Verbs that report only with "X as Y", not elsewhere: "presents herself as a reformer",
# "the raid was billed as a rescue" (but "presented the award").
AS_ONLY_VERBS = word_set("present frame bill pitch depict position")
# Verbs of striking that find fault with a person over the matter of an "on" phrase: "hit the
# mayor on taxes", "knocked her on trade".
HITTING_VERBS = word_set("hit knock pound hammer bash ding")

# Verbs that name the grounds a speaker gives for what was said, in a participle that closes
# it: "[sales fell], citing the weather", "[it failed], blaming the weather".
CITING_VERBS = frozenset({"cite", "blame", "credit", "invoke"})

# Verbs that take "X as Y": "sees the campaign as unfair".
AS_VERBS = (
    word_set("see view regard describe portray cast paint characterize characterise")
    | AS_ONLY_VERBS
)

KNOWN_LEMMAS = (
    ALL_VERBS
    | CLAUSE_ONLY_VERBS
    | PREPOSITION_CUES
    | AS_VERBS
    | RAISING_VERBS
    | frozenset(PHRASAL_VERBS)
)
_SUFFIXES = (
    ("ies", "y"),
    ("ing", "e"),
    ("ing", ""),
    ("ed", "e"),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
)
_SUFFIX_ENDS = ("s", "ing", "ed")  # every suffix above ends so


@lru_cache(maxsize=8192)
def cue_lemma(lemma: str, word: str) -> str:
    """The lexicon entry for a verb form, mending lemmatiser slips ("hopes" -> "hop").
    Asked of the same few forms over and over, so the answers are kept."""
    lemma = lemma.lower()
    if lemma in KNOWN_LEMMAS:
        return lemma
    word = word.lower()
    if not word.endswith(_SUFFIX_ENDS):
        return lemma
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)] + replacement
            if base in KNOWN_LEMMAS:
                return base
    return lemma


# Belief and desire verbs that are conversational filler with a first or second person subject
# ("I think", "if you want to see it"; "we" only when no clause is stated: "as we know it").
FILLER_VERBS = word_set(
    "think know believe mean guess see feel hope suppose imagine understand want"
)
FIRST_SECOND_PERSON = word_set("i you we")

# Nouns that introduce content: "his claim that ...", "her decision to ...", "concerns about X".
CUE_NOUNS = word_set(
    """
    claim claims statement assertion argument belief view warning prediction promise pledge
    suggestion allegation allegations accusation accusations charge charges insistence
    contention assessment conclusion estimate forecast decision refusal concern concerns
    criticism denunciation denunciations opposition call calls demand demands proposal vow
    threat threats hope hopes fear fears doubt doubts comment comments
    announcement admission acknowledgment denial complaint complaints praise endorsement
    attack attacks message request desire intention commitment insistence plea appeal
    support backing questions question warnings predictions promises pledges vows belief beliefs
    position stance opinion opinions views suspicion suspicions expectation expectations
    assurance assurances objection objections criticisms insinuation rejection condemnation
    plan plans proposals argument arguments idea ideas case
    notion rumor rumors report reports remark remarks words confidence skepticism scepticism
    enthusiasm frustration outrage account accounts explanation testimony recommendation
    recommendations advice guarantee guarantees disagreement reaction condemnations impression
    perception perceptions assumption goal goals aim aims
    """
)
# Verbs that also name an act done to their object: they report only when the object is
# something said ("issued a warning", "confirmed the report", "declared victory"), not an act,
# event or thing ("issued a ruling", "confirmed his nomination", "celebrated the anniversary").
ACT_VERBS = word_set("issue confirm declare celebrate list offer promote")
# Nouns of things said or found out, beyond the cue nouns: "offered an apology", "issued a
# statement", "confirmed the discovery", and rulings, which state what a court holds.
SAID_NOUNS = CUE_NOUNS | word_set(
    """
    statement statements apology apologies response responses answer answers reply replies
    defense defence confirmation confirmations thought thoughts observation observations
    explanation explanations excuse excuses rationale justification reason reasons
    congratulations condolences tribute tributes thanks greeting greetings victory
    detail details version theory theories caveat caveats tip tips rhetoric rebuttal
    find discovery discoveries finding findings fact facts news information identity ruling rulings
    judgment judgement judgments judgements verdict
    """
)
# Nouns of shared or contested views that report a clause after "there is": "there is broad
# agreement that ...", "there is no consensus on whether ...".
EXISTENTIAL_NOUNS = word_set("agreement consensus speculation")
# Cue nouns that report a stance only as the object of a verb that voices it ("they voiced
# support for X"); elsewhere they mostly name backing or a position, not something said.
VOICED_ONLY_NOUNS = word_set("support stance")
# Verbs that voice a stance named by their object: "expressed support", "pledged their support".
VOICING_VERBS = word_set("express voice pledge offer reiterate affirm declare signal")
# Verbs whose subject receives a stance from a named holder: "X won the endorsement of Y",
# "the plan drew criticism from Z".
RECEIVING_VERBS = word_set(
    """
    receive win draw earn attract face garner secure spark provoke prompt trigger gain court
    invite
    """
)
# Words that open a noun's question content; such a noun reports something even with no
# holder named ("the question of whether ...", "questions about how ...").
QUESTION_OPENERS = word_set("whether if how what why who when")
CUE_NOUN_PREPS = frozenset({"about", "of", "to", "against", "on", "over", "for"})

# Adjectives of plain speaking, which report what was spoken of ("she was vocal about [the
# need for housing]"); their "with" names who heard it ("honest with voters").
PLAIN_SPEAKING_ADJECTIVES = word_set(
    "vocal outspoken candid honest blunt frank upfront forthright explicit emphatic shy"
)

# Adjectives (and passive participles) that report a stance held by the subject:
# "X is confident that ...", "she was eager to ...", "they are worried about ...". "Ready" is
# not one: it tells how prepared someone is ("the crew is ready to leave"), not a view.
CUE_ADJECTIVES = (
    word_set(
        """
    confident sure certain convinced aware adamant optimistic pessimistic skeptical sceptical
    hopeful doubtful worried concerned fearful afraid eager willing unwilling reluctant
    determined keen anxious insistent unconvinced persuaded satisfied pleased happy unhappy
    disappointed critical supportive dismissive wary suspicious cautious open opposed
    committed intent passionate enthusiastic sympathetic distrustful hostile delighted
    welcoming frustrated angry furious upset outraged alarmed troubled uneasy nervous
    comfortable uncomfortable grateful proud confused unsure uncertain hesitant fond sensitive
    mystified miffed annoyed irritated puzzled baffled dismayed disgusted appalled horrified
    vague
    """
    )
    | PLAIN_SPEAKING_ADJECTIVES
)
CUE_ADJECTIVE_PREPS = frozenset({"about", "of", "on", "with", "that", "to", "over", "in"})

# Prepositions that state a stance after "be" ("X was against the deal"; "for" is too often
# time or purpose: "he was in Iowa for two days"), and the nouns of "X is in favor of Y".
STANCE_PREPOSITIONS = word_set("against")
STANCE_NOUNS = word_set("favor favour support opposition")

# Nouns that name a poll: "in a new poll, 40 percent back Lee".
POLL_NOUNS = word_set("poll polls survey surveys polling")

# Prepositions that name the holder of a view opening a sentence: "To many voters, she is ...".
VIEWPOINT_PREPS = word_set("to")
# Words for the people who hold such a view: "to many", "to his critics".
VIEWPOINT_HOLDERS = word_set(
    """
    many others some most him her them us me people voter critic supporter fan observer
    """
)

# Nouns of a source phrase that qualifies a whole sentence: "in X's words", "in the view of X".
SOURCE_PHRASE_NOUNS = word_set("words view views opinion eyes estimation judgment judgement")

# People named by the stance they hold toward an "of" phrase: "X is a supporter of Y".
STANCE_AGENTS = word_set(
    """
    supporter proponent opponent critic advocate backer champion defender admirer skeptic
    sceptic detractor
    """
)

# Named-entity types that can hold a view or speak: people, organisations, nations, places.
HUMAN_SUBJECTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})

# Named-entity types of dates, times and amounts, which hold no view or speak.
AMOUNT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})

# Subjects that are evidence rather than people: "polls show", "records indicate".
EVIDENCE_NOUNS = word_set(
    """
    poll polls survey surveys report reports study studies data record records document documents
    analysis figures numbers results statement statements release memo email emails letter
    filing filings research estimate estimates count tally statistics
    """
)

# Headline labels: words and section names that head a line with a colon but name no speaker
# ("BYLINE:", "EXCLUSIVE:", "SPORTS:"), and the words that join a speaker to a topic ("Trump on
# trade:").
LABEL_HEADINGS = word_set(
    """
    byline exclusive look watch breaking update updated video photos photo editor
    note source sources credit correction opinion analysis related read listen see
    sports weather obituary obituaries business politics world nation local entertainment
    health science technology travel lifestyle
    """
)
LABEL_TOPIC_WORDS = word_set("on about to vs at")

# Singular nouns for documents, inquiries, measures and organisations that speak: a subject
# "it" after one of them in the sentence before stands for it ("The report came out today. It
# says ...", "The probe began in May. It found ...", "The index fell. It shows ...").
SPEAKING_DOCUMENTS = word_set(
    """
    report study poll survey analysis statement release memo email letter filing document
    paper ad advertisement commercial video book article editorial column blog website post
    lawsuit suit complaint ruling opinion brief motion petition proposal plan bill platform
    manifesto review audit estimate advisory bulletin announcement notice indictment
    inquiry investigation probe census model index ranking database forecast projection
    """
)
SPEAKING_BODIES = word_set(
    """
    company firm campaign committee agency court newspaper magazine network station channel
    outlet publisher group organization organisation association union party department
    ministry government administration council board commission bureau office university
    institute foundation coalition panel league federation alliance authority senate
    congress legislature parliament regime corporation bank team
    """
)
SPEAKING_THINGS = SPEAKING_DOCUMENTS | SPEAKING_BODIES

# Verbs whose subject "it" stands for no thing ("it seems ...", "it turns out ...", "it
# emerged that ...", "it worries me that ...", "it looks like ...").
IMPERSONAL_VERBS = word_set(
    """
    seem appear turn happen emerge follow remain matter mean occur become strike dawn bother
    worry surprise concern trouble amaze help hurt go stand look sound
    """
)


# Verbs whose object is the one addressed: in their passive the subject heard the words
# ("Reporters were told ...").
ADDRESSEE_VERBS = frozenset({"tell", "inform", "assure", "remind", "advise", "notify", "brief"})
