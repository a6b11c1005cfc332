"""The speaker of a cue: the token heading its subject, and whose a cue noun is."""

import pytest
from spacy.tokens import Doc

from foretold.attribution import _teller_before_colon, attribute
from foretold.attribution.speaker_words import marked_up
from foretold.attribution.speakers import (
    last_joined_subject,
    noun_holder,
    subject_of,
    undergoer_participle,
)
from foretold.attribution.statements import Cue
from foretold.ingest.article import make_article


def _cue(doc, word):
    return next(t for t in doc if t.text == word)


# (what the rule is, sentence, cue word, the subject token it must find)
BORROWED_SUBJECTS = [
    (
        "coordinated_cue_borrows_the_subject",
        "Sanders criticized the bill and accused her of lying.",
        "accused",
        "Sanders",
    ),
    (
        "participle_cue_borrows_the_subject",
        "Trump tweeted on Monday, saying the election was rigged.",
        "saying",
        "Trump",
    ),
    (
        "name_before_the_cue_through_its_apposition",
        "As part of his plea, Victor Dunn, 52, said that he had stolen the funds.",
        "said",
        "Dunn",
    ),
    (
        "name_after_an_inverted_cue_the_parse_gave_another_verb",
        '"We should reject that," said Tom Baker, a member of the committee, told reporters.',
        "said",
        "Baker",
    ),
    (
        "adding_after_a_closing_quotation_mark_borrows_the_teller",
        'Smith told reporters that Jones "had a silly plan for the tax code which was '
        'hopeless," adding, "He lost."',
        "adding",
        "Smith",
    ),
    (
        "saying_on_the_addressee_belongs_to_the_sender",
        "Her campaign sent an email to supporters saying the race was over.",
        "saying",
        "campaign",
    ),
    (
        "parenthetical_cue_takes_the_words_between_comma_and_cue",
        "The appeal of the plan to Ms. Green, farmers and ranchers say, is obvious.",
        "say",
        "farmers",
    ),
    (
        "cue_after_a_predicate_adjective_borrows_the_subject",
        "The committee is right to note that the plan would fail.",
        "note",
        "committee",
    ),
    (
        "infinitive_under_a_passive_is_said_by_its_subject_not_the_agent",
        "The governor was urged by aides to announce that he would run.",
        "announce",
        "governor",
    ),
    (
        "time_object_is_no_speaker_of_the_participle",
        "She spent the weekend arguing that the law was unfair.",
        "arguing",
        "She",
    ),
    (
        "passive_participle_on_an_object_is_the_noun_it_describes",
        "Jones has built a career focused on the rights of tenants.",
        "focused",
        "career",
    ),
    (
        "participle_cue_takes_the_name_over_an_embedded_pronoun",
        "Smith has said he would cut taxes, vowing to close loopholes.",
        "vowing",
        "Smith",
    ),
    (
        "participle_cue_takes_a_part_of_a_plural_group_over_they",
        "Most of the senators have said they would back the bill, while stressing that it "
        "was no endorsement.",
        "stressing",
        "Most",
    ),
    (
        "participle_on_people_in_an_object_is_said_by_those_people",
        "The memo included aides suggesting that the plan should be dropped.",
        "suggesting",
        "aides",
    ),
    (
        "infinitive_on_an_effort_noun_is_said_by_whoever_makes_the_effort",
        "Ms. Green sold her stake in May, in a bid to persuade the board to merge.",
        "persuade",
        "Green",
    ),
    (
        "coordinated_cue_borrows_the_subject_of_a_passive",
        "Davis was ousted from the board in March and said that the vote was rigged.",
        "said",
        "Davis",
    ),
    (
        "cue_coordinated_past_a_dashed_aside_borrows_the_interrupted_clause",
        'Lee railed against the tariff - "It is a disaster," he said - and vowed to repeal it.',
        "vowed",
        "Lee",
    ),
    (
        "quantifier_object_of_a_verb_that_brings_someone_to_wonder",
        "The ruling left many to wonder whether the law would survive.",
        "wonder",
        "many",
    ),
    (
        "participle_after_a_clause_of_people_acting_is_theirs_not_the_things",
        "The first clash came at noon, when protesters stormed the hall, shouting that the "
        "vote was rigged.",
        "shouting",
        "protesters",
    ),
    (
        "document_subject_gives_way_to_who_sent_it",
        "An email sent out by the campaign on Tuesday warned that the race was close.",
        "warned",
        "campaign",
    ),
    (
        "poll_subject_stays_the_source_whoever_conducted_it",
        "A poll conducted by the college shows that the race is close.",
        "shows",
        "poll",
    ),
    (
        "document_someone_only_obtained_stays_the_subject",
        "A memo obtained by the newspaper says that the plant will close.",
        "says",
        "memo",
    ),
    (
        "place_after_a_comma_gives_way_to_the_name_it_qualifies",
        "Tom Reed of the University of California, Los Angeles disagreed with the report: "
        '"The wells were known."',
        "disagreed",
        "Reed",
    ),
    (
        "unnamed_subject_gives_way_to_the_name_it_is_identified_as",
        "A man, later identified as Bo Ray, told police that he had seen the car.",
        "told",
        "Ray",
    ),
    (
        "active_naming_verb_names_its_object_not_its_subject",
        "Police officials identified the driver as Bo Ray of Fairview.",
        "identified",
        "officials",
    ),
    (
        "common_noun_gives_way_to_the_name_a_participle_calls_it",
        "A nurse called Maria Lopez said the ward was full.",
        "said",
        "Lopez",
    ),
    (
        "named_participle_gives_the_name_of_the_student",
        'A university student named Wong said, "We will never back down."',
        "said",
        "Wong",
    ),
    (
        "object_of_an_inverted_cue_closing_its_content_is_the_speaker",
        "The plan cannot work, argued the city's lawyer, Ann Lee.",
        "argued",
        "lawyer",
    ),
    (
        "inverted_cue_the_parse_coordinated_with_its_content_takes_the_speaker_after_it",
        "The plan will fail, warned the finance minister.",
        "warned",
        "minister",
    ),
    (
        "verb_in_a_list_of_verb_phrases_is_no_inverted_cue",
        "The game is free, runs on older hardware, supports more platforms and is easy to use.",
        "supports",
        "game",
    ),
    (
        "gerund_on_a_noun_of_time_is_said_by_the_owner_of_that_time",
        "Maybe years of Trump\u2019s talking about the working class were a ruse.",
        "talking",
        "Trump",
    ),
    (
        "gerund_hung_on_the_noun_before_its_actor_is_said_by_that_actor",
        "The plan would spare voters the awkwardness of Ann Lee jetting around the country "
        "asking for money.",
        "asking",
        "Lee",
    ),
    (
        "noun_of_time_is_no_subject",
        "He stated that the plan was sound, and several times described the result as good.",
        "described",
        "He",
    ),
    (
        "past_tense_hung_on_a_noun_after_a_participle_root_is_the_main_verb",
        "On Tuesday, Foreign Minister Ana Lee speaking to a business forum called the trade "
        'deal "unfair".',
        "called",
        "Lee",
    ),
    (
        "for_phrase_before_an_infinitive_hung_on_the_verb_is_its_subject",
        "The floods have created a natural opening for the mayor to highlight her record.",
        "highlight",
        "mayor",
    ),
    (
        "for_phrase_before_an_infinitive_hung_on_the_noun_is_its_subject",
        "The storm left an opening for Ann Lee to criticize the plan.",
        "criticize",
        "Lee",
    ),
]


@pytest.mark.parametrize(
    ("rule", "sentence", "word", "subject"),
    BORROWED_SUBJECTS,
    ids=[c[0] for c in BORROWED_SUBJECTS],
)
def test_the_cue_finds_its_subject(nlp, rule, sentence, word, subject):
    assert subject_of(_cue(nlp(sentence), word)).text == subject


def test_expletive_subject_is_no_speaker(nlp):
    doc = nlp("It is said that the plan failed.")
    assert subject_of(_cue(doc, "said")) is None


def test_relative_clause_without_subject_on_a_name_is_the_name_speaking(nlp):
    words = ["Senator", "Ann", "Cole", ",", "on", "Monday", "called", "the", "plan", "cruel", "."]
    heads = [2, 2, 2, 2, 6, 4, 2, 8, 6, 6, 2]
    deps = ["compound", "compound", "ROOT", "punct", "prep", "pobj", "relcl", "det", "dobj"]
    deps += ["oprd", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "PUNCT", "ADP", "PROPN", "VERB", "DET", "NOUN", "ADJ"]
    pos += ["PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON"] + ["O"] * 8
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert subject_of(doc[6]).text == "Cole"


def test_gerund_after_a_thing_in_an_of_phrase_is_not_said_by_that_thing(nlp):
    words = ["the", "timing", "of", "the", "report", "warning", "of", "a", "slump"]
    heads = [1, 1, 1, 4, 2, 1, 5, 8, 6]
    deps = ["det", "ROOT", "prep", "det", "pobj", "acl", "prep", "det", "pobj"]
    pos = ["DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "ADP", "DET", "NOUN"]
    tags = ["DT", "NN", "IN", "DT", "NN", "VBG", "IN", "DT", "NN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert subject_of(doc[5]).text == "timing"


def test_named_apposition_gives_the_person_and_a_mention_through_the_name(nlp):
    text = "One of the voters, Mary Jones, 70, said she was worried about the economy."
    article = make_article(text, language="en")
    worried = next(s for s in attribute(nlp(article.text), article).statements)
    assert worried.speaker == "Mary Jones"
    assert worried.speaker_mention.text == "One of the voters, Mary Jones"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor of Paris, Anne Hidalgo, wrote that the city was mourning.", "Anne Hidalgo"),
        (
            "The United States National Institute of Allergy and Infectious Diseases director, "
            "Dr. Anthony Fauci, said the outbreak would get worse.",
            "Anthony Fauci",
        ),
        ("The lawyer for John Smith said the case was weak.", "lawyer"),
        ("Supporters of the mayor, Jane Doe, said the plan was weak.", "supporters of the mayor"),
    ],
)
def test_a_name_closing_a_singular_title_is_the_speaker(nlp, text, speaker):
    article = make_article(text, language="en")
    said = attribute(nlp(article.text), article).statements[0]
    assert said.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Smith told the BBC in an interview when asked whether he would run again.",
        # tagged as a past tense, not a participle
        "In an interview, asked how the talks would fare if he won the vote on May 8, "
        "the mayor said he did not know.",
    ],
)
def test_the_asker_of_a_bare_asked_goes_unnamed(nlp, text):
    article = make_article(text, language="en")
    statements = attribute(nlp(article.text), article).statements
    asked = next(s for s in statements if s.cue == "asked")
    assert asked.speaker is None and asked.speaker_mention is None


def test_contracted_auxiliary_is_not_the_subject(nlp):
    doc = nlp("While he\u2019s said he supports the bill, he has also voted against it.")
    assert subject_of(_cue(doc, "said")).text == "he"
    assert subject_of(_cue(doc, "said")).i == 1


def _speaker_of(nlp, text, quote):
    article = make_article(text, clean=False, language="en", source="t")
    statements = attribute(nlp(text), article).statements
    return next(s.speaker_mention.text for s in statements if quote in s.text)


def test_source_of_a_reported_saying(nlp):
    text = '"We will win this state," Jones said, according to Reuters.\n'
    assert _speaker_of(nlp, text, "win this state") == "Reuters"


def test_colon_cue_after_the_one_told_names_the_teller(nlp):
    doc = nlp('Mayor Ann Cole told reporters: "The budget is balanced."')
    cue = Cue(_cue(doc, ":"), ":", _cue(doc, "reporters"), [])
    assert _teller_before_colon(cue).text == "Cole"
    doc = nlp('Jones wrote to the mayor: "The budget is balanced."')
    cue = Cue(_cue(doc, ":"), ":", _cue(doc, "mayor"), [])
    assert _teller_before_colon(cue).text == "Jones"


def test_a_decision_reached_is_held_by_the_subject(nlp):
    doc = nlp("The court failed to reach a decision on the case.")
    assert noun_holder(_cue(doc, "decision")).text == "court"


def test_a_cue_noun_made_in_a_relative_clause_is_held_by_its_subject(nlp):
    doc = nlp("The boldest promise the governor has made is that taxes will fall.")
    assert noun_holder(_cue(doc, "promise")).text == "governor"
    doc = nlp("The claim that the mayor made a deal was false.")
    assert noun_holder(_cue(doc, "claim")) is None


def test_a_name_along_with_a_named_speaker_speaks_too(attributed):
    text = "Harbor Health, along with the Velo Nurses Union, said the clinic would close."
    speakers = [s.speaker for s in attributed(text).statements]
    assert speakers == ["Harbor Health", "Velo Nurses Union"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Egypt, Greece and Cyprus said the drilling was illegal.",
            ["Egypt", "Greece", "Cyprus"],
        ),
        ("France and Germany both reported a fall in exports.", ["France", "Germany"]),
    ],
)
def test_countries_joined_by_and_each_speak(attributed, text, speakers):
    assert [s.speaker for s in attributed(text).statements] == speakers


def test_a_comment_asked_for_is_held_by_the_one_asked(nlp):
    doc = nlp("The Velo Group did not respond to a request for comment on the lawsuit.")
    assert noun_holder(_cue(doc, "comment")).text == "Group"


def test_a_clausal_subject_is_no_speaker(nlp):
    doc = nlp("But ignoring is what the senators have done, by refusing to answer the survey.")
    assert subject_of(_cue(doc, "refusing")) is None


def test_a_wire_dateline_is_no_speaker(attributed):
    text = (
        "CLEVELAND, July 19 (UPI) -- Former Attorney General Michael Mukasey told "
        "reporters the plan would fail."
    )
    [statement] = attributed(text).statements
    assert statement.speaker == "Michael Mukasey"


def test_a_phrase_with_wiki_markup_names_no_one(nlp):
    doc = nlp("The ((es))Spanish language text follows. The minister spoke.")
    marked = next(t for t in doc if t.text == "language")
    assert marked_up(marked)
    assert not marked_up(next(t for t in doc if t.text == "minister"))


def test_a_verb_taken_for_the_subject_gives_way_to_the_name_before_the_cue(nlp):
    text = "Students, however, account for over half of those riding buses in the U.S. Lee"
    doc = nlp(text + " also noted that fares had risen.")
    assert subject_of(_cue(doc, "noted")).text == "Lee"


def test_a_common_noun_title_before_a_name_is_not_the_speaker(attributed):
    text = "The broadcaster Norvia TV revealed that the deal was off."
    assert [s.speaker for s in attributed(text).statements] == ["Norvia TV"]


def test_a_bare_participle_after_its_noun_tells_what_was_done_to_it(nlp):
    doc = nlp('All of the loans granted were "short-term and interest-free".')
    assert undergoer_participle(_cue(doc, "granted"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('The mayor unveiled a scheme called "Green Streets" to cut traffic.', "called"),
        ("The report released by the council was brief.", "released"),
    ],
)
def test_a_participle_with_words_of_its_own_may_report(nlp, text, word):
    assert not undergoer_participle(_cue(nlp(text), word))


def test_the_quoted_predicate_of_a_noun_with_a_bare_participle_is_no_ones_words(attributed):
    text = 'The governor signed nine orders. All of the orders issued were "final and binding".'
    assert not any("final" in s.text for s in attributed(text).statements)


def test_names_listed_as_an_apposition_all_speak(attributed):
    text = "Maria Lopez and her deputies, John Carter and Sarah Evans, said the deal was void."
    speakers = [s.speaker for s in attributed(text).statements]
    assert speakers == ["Maria Lopez", "John Carter", "Sarah Evans"]


def test_names_listed_past_a_colon_are_no_speakers(attributed):
    text = (
        "Yet Senator Ann Lee failed to mention the fire at the plant in Tulsa that killed two "
        "workers: welder Bo Ray and driver Cy Dunn."
    )
    statements = attributed(text).statements
    assert [s.speaker for s in statements] == ["Ann Lee"]
    assert statements[0].speaker_mention.text == "Senator Ann Lee"


def test_a_lone_apposition_adds_no_speaker(attributed):
    text = "Maria Lopez, the chief executive of Acme, said the deal was void."
    assert [s.speaker for s in attributed(text).statements] == ["Maria Lopez"]


def test_a_floating_both_leaves_the_subject_before_it(cue_words):
    text = (
        "By law, all men over 18 must register. This both renders them eligible for some "
        "services and identifies them for the draft."
    )
    assert "identifies" not in cue_words(text)


def test_a_floating_all_leaves_the_subject_before_it(nlp):
    from foretold.attribution.speakers import subject_of

    doc = nlp("The unions all said the strike would go on.")
    said = next(t for t in doc if t.text == "said")
    assert subject_of(said).text == "unions"


def test_a_pronoun_joined_to_a_name_speaks_with_it(attributed):
    result = attributed(
        "Ann Lee wrote to the council on Monday. Both she and the county's Fire Commissioner Bo "
        "Ray, urged the plan be dropped."
    )
    urged = [s.speaker for s in result.statements if s.cue == "urged"]
    assert urged == ["Ann Lee", "Bo Ray"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Mayor Ann Lee and her aides claimed the vote was rigged.", "Mayor Ann Lee and her aides"),
        ("Both the union and the state said talks failed.", "Both the union and the state"),
    ],
)
def test_the_mention_covers_everyone_joined_to_the_speaker(attributed, text, mention):
    found = [s.speaker_mention.text for s in attributed(text).statements if s.speaker_mention]
    assert found and set(found) == {mention}


def _last_joined(nlp, text, subject):
    doc = nlp(text)
    head = next(t for t in doc if t.text == subject)
    joined = last_joined_subject(head, lambda t: doc[t.left_edge.i : t.i + 1])
    return joined.text if joined is not None else None


@pytest.mark.parametrize(
    ("text", "subject", "joined"),
    [
        ("Lee and his aides claimed the vote was rigged.", "Lee", "aides"),
        ("Her campaign and swearing-in highlighted the questions.", "campaign", None),
        ("The Gulf Oceanic and Atmospheric Administration said it would rain.", "Oceanic", None),
        ("Lee or his aides will say more on Monday.", "Lee", None),
    ],
)
def test_only_people_joined_by_and_outside_a_name_join_the_speaker(nlp, text, subject, joined):
    assert _last_joined(nlp, text, subject) == joined
