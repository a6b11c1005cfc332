"""The subject a cue without one of its own borrows from a verb near it."""

from spacy.tokens import Doc

from foretold.attribution.borrowed_subjects import lender_of
from foretold.attribution.speakers import subject_of


def test_object_of_a_verb_that_brings_someone_to_speak_is_the_speaker(nlp):
    doc = nlp("The landslide win led party chairman Tom Reed to declare her the nominee.")
    assert subject_of(next(t for t in doc if t.text == "declare")).text == "Reed"
    doc = nlp("The board kept its former director, Ann Lee, from writing about the merger.")
    assert subject_of(next(t for t in doc if t.text == "writing")).text == "director"


def test_a_gerund_hung_on_a_tensed_verb_goes_with_the_gerund_before_it(nlp):
    doc = nlp(
        "Ann Lee hit back Tuesday, saying that the plan had strong support but was sunk by voter "
        'anger - and arguing that she and Cole shared "nearly the same goals."'
    )
    assert subject_of(next(t for t in doc if t.text == "arguing")).text == "Lee"


def test_a_gerund_hung_on_a_verb_after_a_modal_goes_with_the_gerund_before_it(nlp):
    doc = nlp(
        "On Thursday, he expanded his plan, warning reporters in interviews that the group "
        "could easily enter the country and implying that some members might already be here."
    )
    assert subject_of(next(t for t in doc if t.text == "implying")).text == "he"


def test_the_one_quoted_as_saying_is_the_speaker(nlp):
    doc = nlp("The Harbor Gazette quoted Ann Lee, a former nurse, as saying the ward was closed.")
    assert subject_of(next(t for t in doc if t.text == "saying")).text == "Lee"


def test_they_after_an_organisation_goes_to_the_organisation(attributed):
    text = (
        "The Velo Transit Authority confirmed they halted the trains, stating that the "
        "tracks were flooded."
    )
    flooded = next(s for s in attributed(text).statements if "flooded" in s.text)
    assert flooded.speaker == "Velo Transit Authority"


def test_the_object_of_a_verb_of_means_is_no_speaker(nlp):
    doc = nlp("The mayor used the interview to demand that the state pay for the repairs.")
    assert subject_of(next(t for t in doc if t.text == "demand")).text == "mayor"


def test_a_tensed_verb_coordinated_with_an_infinitive_goes_with_its_governor(nlp):
    doc = nlp(
        "On Monday, Ann Lee and Tom Reed urged the rest of the council to unite behind them "
        "and tried to make the case that the vote was still open."
    )
    assert subject_of(next(t for t in doc if t.text == "tried")).text == "Lee"


def test_a_clause_with_its_own_tensed_auxiliary_borrows_no_subject(nlp):
    words = ["Ota", "came", "across", "records", "that", "showed", "a", "ship", "had"]
    words += ["attacked", "a", "boat", "."]
    heads = [1, 1, 1, 2, 5, 3, 7, 5, 9, 1, 11, 9, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "nsubj", "relcl", "det", "dobj", "aux", "advcl"]
    deps += ["det", "dobj", "punct"]
    tags = ["NNP", "VBD", "IN", "NNS", "WDT", "VBD", "DT", "NN", "VBD", "VBN", "DT", "NN", "."]
    pos = ["PROPN", "VERB", "ADP", "NOUN", "PRON", "VERB", "DET", "NOUN", "AUX", "VERB"]
    pos += ["DET", "NOUN", "PUNCT"]
    ents = ["B-PERSON"] + ["O"] * 12
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents)
    assert subject_of(doc[9]) is None


def test_a_verb_inside_a_quotation_after_the_cue_lends_it_no_subject(nlp):
    words = ["Lee", "seemed", "ready", ",", "telling", "the", "crowd", ",", "\u201c", "Some"]
    words += ["people", "get", "carried", "away", "\u201d", "."]
    heads = [1, 1, 1, 1, 11, 6, 4, 11, 11, 10, 11, 1, 11, 12, 11, 1]
    deps = ["nsubj", "ROOT", "acomp", "punct", "advcl", "det", "dobj", "punct", "punct", "det"]
    deps += ["nsubj", "advcl", "acomp", "prt", "punct", "punct"]
    tags = ["NNP", "VBD", "JJ", ",", "VBG", "DT", "NN", ",", "``", "DT", "NNS", "VBP", "VBN"]
    tags += ["RP", "''", "."]
    pos = ["PROPN", "VERB", "ADJ", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "DET"]
    pos += ["NOUN", "VERB", "VERB", "ADP", "PUNCT", "PUNCT"]
    ents = ["B-PERSON"] + ["O"] * 15
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents)
    assert lender_of(doc[4]) == doc[1]
    assert subject_of(doc[4]) == doc[0]


def test_a_participle_on_a_relative_clause_on_a_thing_goes_to_whoever_has_the_thing(nlp):
    doc = nlp(
        "Mayor Ann Lee had a strong moment that could help her in the debate, forcefully "
        "denouncing the budget cuts."
    )
    assert subject_of(next(t for t in doc if t.text == "denouncing")).text == "Lee"
    doc = nlp(
        "She shares with her rival a strategy that depends on presenting herself as a reformer."
    )
    assert subject_of(next(t for t in doc if t.text == "presenting")).text == "She"


def test_a_participle_on_a_relative_clause_on_a_speaking_thing_stays_with_it(nlp):
    doc = nlp(
        "The council released a report that came out Monday, warning that the bridge is unsafe."
    )
    assert subject_of(next(t for t in doc if t.text == "warning")).text == "council"


def test_a_participle_after_a_reported_quotation_goes_with_the_reporter(nlp):
    doc = nlp(
        'The senator stressed that "the only answer is a deal with the unions," suggesting '
        "that the vote could wait until spring."
    )
    assert subject_of(next(t for t in doc if t.text == "suggesting")).text == "senator"


def test_a_gerund_heading_the_sentence_goes_with_the_report_hung_on_it(parsed):
    words = ["Prices", "will", "fall", ",", "she", "said", ",", "adding", "that", "it", "helps"]
    doc = parsed(
        words,
        [2, 2, 5, 5, 5, 7, 5, 7, 10, 10, 7],
        ["nsubj", "aux", "ccomp", "punct", "nsubj", "parataxis", "punct", "ROOT", "mark"]
        + ["nsubj", "ccomp"],
        ["NNS", "MD", "VB", ",", "PRP", "VBD", ",", "VBG", "IN", "PRP", "VBZ"],
        ["price", "will", "fall", ",", "she", "say", ",", "add", "that", "it", "help"],
    )
    assert subject_of(doc[7]).text == "she"


def test_a_gerund_heading_the_sentence_with_no_comma_after_the_aside_borrows_nothing(parsed):
    words = ["Prices", "will", "fall", ",", "she", "said", "adding", "that", "it", "helps"]
    doc = parsed(
        words,
        [2, 2, 5, 5, 5, 6, 6, 9, 9, 6],
        ["nsubj", "aux", "ccomp", "punct", "nsubj", "parataxis", "ROOT", "mark", "nsubj", "ccomp"],
        ["NNS", "MD", "VB", ",", "PRP", "VBD", "VBG", "IN", "PRP", "VBZ"],
        ["price", "will", "fall", ",", "she", "say", "add", "that", "it", "help"],
    )
    assert subject_of(doc[6]) is None


def test_the_one_judged_in_a_passive_for_a_deed_did_it(nlp):
    doc = nlp("Voters can be forgiven for not knowing that the council met on Sunday.")
    assert subject_of(next(t for t in doc if t.text == "knowing")).text == "Voters"


def test_the_one_pushed_into_saying_something_says_it(nlp):
    doc = nlp("The lobbyists pressured the senator into saying that the bill was dead.")
    assert subject_of(next(t for t in doc if t.text == "saying")).text == "senator"


def test_a_report_added_in_a_while_clause_goes_to_the_teller(attributed):
    text = (
        'Ann Lee chairs the board. She insisted the vote was "premature" while adding, '
        'in a later interview, "We will decide in May."\n'
    )
    statements = attributed(text).statements
    added = next(s for s in statements if "decide in May" in s.text)
    assert (added.cue, added.speaker) == ("adding", "Ann Lee")
    insisted = next(s for s in statements if s.cue == "insisted")
    assert insisted.text == 'the vote was "premature"'


def test_one_who_has_little_to_say_about_a_thing_speaks_about_it(attributed):
    result = attributed("Several of the guests had little to say about the new chef.")
    [statement] = result.statements
    assert (statement.cue, statement.text) == ("say", "the new chef")
    assert "guests" in statement.speaker


def test_a_thing_to_do_that_is_no_saying_has_no_report(contents):
    assert contents("The farmer had a fence to mend after the storm.") == []


def test_a_participle_after_a_report_closing_its_sentence_goes_with_that_report(nlp):
    doc = nlp(
        "Ortiz said the mayor \u201chad no chance to keep the seat,\u201d the aide recalled, "
        "adding that Ortiz was angry."
    )
    assert subject_of(next(t for t in doc if t.text == "adding")).text == "aide"


def test_fronted_gerund_taken_for_a_preposition_borrows_the_subject(attributed):
    found = attributed(
        "Considering the size of the budget, the mayor said it was easy to find savings."
    ).statements
    assert ("Considering", "mayor", "the size of the budget") in [
        (s.cue, s.speaker, s.text) for s in found
    ]


def test_participle_on_a_cleft_goes_with_the_clause_after_that(nlp):
    doc = nlp(
        "It was at the meeting that Lee delivered her attack on the plan in a short statement,"
        " pointing to the cost of the bridge."
    )
    pointing = next(t for t in doc if t.text == "pointing")
    assert lender_of(pointing).text == "delivered"


def test_a_participle_before_the_mark_of_its_clause_goes_with_the_clause_above(from_rows):
    from foretold.attribution.borrowed_subjects import lender_of

    doc = from_rows(
        [
            "Answering 8 advcl VBG VERB answer",
            "critics 0 dobj NNS NOUN critic",
            ", 8 punct , PUNCT ,",
            "that 8 mark IN SCONJ that",
            "the 5 det DT DET the",
            "state 8 nsubj NN NOUN state",
            "would 8 aux MD AUX would",
            "actively 8 advmod RB ADV actively",
            "meddle 10 advcl VB VERB meddle",
            "he 10 nsubj PRP PRON he",
            "stated 10 ROOT VBD VERB state",
        ]
    )
    assert lender_of(doc[0]).text == "stated"


def test_a_participle_after_the_mark_stays_in_its_clause(from_rows):
    from foretold.attribution.borrowed_subjects import lender_of

    doc = from_rows(
        [
            "he 1 nsubj PRP PRON he",
            "said 1 ROOT VBD VERB say",
            "that 7 mark IN SCONJ that",
            "answering 7 advcl VBG VERB answer",
            "critics 3 dobj NNS NOUN critic",
            ", 7 punct , PUNCT ,",
            "officials 7 nsubj NNS NOUN official",
            "added 1 ccomp VBD VERB add",
        ]
    )
    assert lender_of(doc[3]).text == "added"


def test_a_tensed_verb_coordinated_with_a_bare_gerund_goes_with_its_governor(nlp):
    words = ["The", "lab", "studied", "the", "rival", "team", "'s", "data", "using", "its"]
    words += ["tools", "and", "confirmed", "the", "result", "."]
    heads = [1, 2, 2, 5, 5, 7, 5, 8, 2, 10, 8, 8, 8, 14, 12, 2]
    deps = ["det", "nsubj", "ROOT", "det", "amod", "poss", "case", "nsubj", "ccomp", "poss"]
    deps += ["dobj", "cc", "conj", "det", "dobj", "punct"]
    tags = ["DT", "NN", "VBD", "DT", "JJ", "NN", "POS", "NNS", "VBG", "PRP$", "NNS", "CC"]
    tags += ["VBD", "DT", "NN", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "PART", "NOUN", "VERB", "PRON", "NOUN"]
    pos += ["CCONJ", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert subject_of(doc[12]).text == "lab"


def test_a_by_gerund_under_a_causative_goes_with_the_one_who_causes(nlp):
    doc = nlp("In May, the parents tried to have Hoss released by saying they forgave him.")
    assert subject_of(next(t for t in doc if t.text == "saying")).text == "parents"


def test_a_by_gerund_on_a_plain_verb_goes_with_its_subject(nlp):
    doc = nlp("The mayor dismissed the charge by pointing out that the audit was late.")
    assert subject_of(next(t for t in doc if t.text == "pointing")).text == "mayor"


def test_an_infinitive_cue_on_a_degree_adverb_borrows_the_subject_of_its_verb(attributed):
    text = (
        'One of the nurses said, "We were tired." One of them even went as far to say, '
        '"Although it was hard, I am glad that I stayed."'
    )
    glad = next(s for s in attributed(text).statements if "glad" in s.text)
    assert glad.cue == "say"
    assert glad.speaker == "one of the nurses"
    found = attributed("The mayor went as far as saying the plan was dead.").statements
    assert [(s.speaker, s.text) for s in found] == [("mayor", "the plan was dead")]


def test_a_participle_of_a_wish_on_an_object_is_held_by_the_object(nlp):
    doc = nlp("The researchers filmed pigeons hoping to find food near the station.")
    assert subject_of(next(t for t in doc if t.text == "hoping")).text == "pigeons"
    doc = nlp("The union issued a statement saying the strike would end.")
    assert subject_of(next(t for t in doc if t.text == "saying")).text == "union"


def test_a_past_coordinated_with_a_nouns_infinitive_goes_with_the_nouns_clause(refusal):
    doc = refusal("called", "call")
    assert lender_of(doc[13]).text == "faulted"


def test_the_person_a_verb_of_sending_sends_does_what_its_purpose_infinitive_says(nlp):
    doc = nlp("The station sent a reporter to the border to ask residents whether it helped.")
    assert subject_of(next(t for t in doc if t.text == "ask")).text == "reporter"
    doc = nlp("Acme sent a letter to customers to warn them that prices would rise.")
    assert subject_of(next(t for t in doc if t.text == "warn")).text == "Acme"


def test_a_present_cue_joined_to_a_past_relative_clause_goes_with_the_present_clause(nlp):
    doc = nlp(
        "Lee, Cole and Ray have all described their speeches as a debt to the groups that "
        "brought them in and say they are no longer taking new offers."
    )
    say = next(t for t in doc if t.text == "say")
    assert lender_of(say).text == "described"
    assert subject_of(say).text == "Lee"


def test_a_present_cue_joined_to_a_present_relative_clause_keeps_the_relative_pronoun(nlp):
    doc = nlp("Lee has thanked the groups that back him and say he should run again.")
    say = next(t for t in doc if t.text == "say")
    assert say.head.text == "back"
    assert subject_of(say).text == "that"


def test_a_verb_joined_to_a_passive_with_a_by_phrase_takes_the_passive_subject(nlp):
    doc = nlp("The mayor was pressed by reporters and said that the budget would pass.")
    assert subject_of(next(t for t in doc if t.text == "said")).text == "mayor"
    doc = nlp("Ann Lee was booed by the crowd but insisted she would stay.")
    assert subject_of(next(t for t in doc if t.text == "insisted")).text == "Lee"


def test_a_gerund_after_a_preposition_on_a_passive_goes_with_its_subject(nlp):
    doc = nlp("Ann Lee was fired after saying that the plan would fail.")
    assert subject_of(next(t for t in doc if t.text == "saying")).text == "Lee"
