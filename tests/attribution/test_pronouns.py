"""Pronoun resolution: the person a "he" or "she" refers to."""

import pytest
from spacy.tokens import Span

from foretold.attribution.pronouns import _plural_name


def test_pronoun_speaker_resolves_to_the_previous_speaker(attributed):
    text = (
        '"The stakes are high," said Tatiana Stanovaya, a political analyst.\n\n'
        '"He is ready," she told AFP. Putin declined to comment.'
    )
    ready = next(s for s in attributed(text).statements if "He is ready" in s.text)
    assert ready.speaker == "Tatiana Stanovaya"
    assert ready.speaker_mention.text == "she"


def test_possessive_pronoun_of_a_document_is_its_author(attributed):
    text = "Senator Ann Cole left the meeting early. Her statement said the vote was rigged."
    assert [s.speaker for s in attributed(text).statements] == ["Ann Cole"]


def test_surname_tagged_as_a_body_is_a_pronoun_antecedent(attributed):
    text = (
        "President Ivan Dorn rejected the offer of Prime Minister Olek Marchuk to resign. "
        "Marchuk filed his resignation after the leak. He said Dorn was honest."
    )
    assert [s.speaker for s in attributed(text).statements][-1] == "Olek Marchuk"


def test_role_noun_is_a_pronoun_antecedent(attributed):
    text = (
        "Governor Kay Ivey signed the bill on Wednesday. Representative Terri Collins said it "
        'would pass. The governor tweeted her reasoning saying, "Today I signed the bill."'
    )
    assert [s.speaker for s in attributed(text).statements] == ["Terri Collins", "Kay Ivey"]


def test_they_continues_the_organisation_that_spoke(attributed):
    text = (
        "Brightwater Energy said the plant would close next year. "
        "They added that the decision was final."
    )
    added = next(s for s in attributed(text).statements if "final" in s.text)
    assert added.speaker == "Brightwater Energy"
    assert added.speaker_mention.text == "They"


def test_they_after_another_plural_subject_goes_to_that_subject(attributed):
    text = (
        "Brightwater Energy said the plant would close. The workers were angry. "
        "They said the move was unfair."
    )
    unfair = next(s for s in attributed(text).statements if "unfair" in s.text)
    assert unfair.speaker == "workers"


def test_they_after_names_joined_by_and_stays_unresolved(attributed):
    text = (
        "Harbor News said Velo Air and Skyline would end their routes. "
        "They said they would cut flights."
    )
    cut = next(s for s in attributed(text).statements if "cut flights" in s.text)
    assert cut.speaker != "Harbor News"


def test_they_inside_a_sentence_goes_to_the_businesses_not_the_reporting_body(attributed):
    text = (
        "The shops were reluctant, according to a report by Harbor Radio in which they said "
        "they had no plans to limit sales."
    )
    plans = next(s for s in attributed(text).statements if "no plans" in s.text)
    assert plans.speaker == "shops"


def test_they_goes_to_the_banks_named_as_the_subject_before_it(attributed):
    text = "The banks cut their rates on Monday. They said borrowing would stay cheap."
    [cheap] = attributed(text).statements
    assert (cheap.speaker, cheap.speaker_mention.text) == ("banks", "They")


def test_they_is_not_blocked_by_a_plural_inside_what_the_body_said(attributed):
    text = (
        "The Velo Coast Guard said the 12 sailors rescued included four children. "
        "They said the sailors were taken to hospital."
    )
    taken = next(s for s in attributed(text).statements if "hospital" in s.text)
    assert taken.speaker == "Velo Coast Guard"


def test_a_short_form_taken_for_a_pronoun_names_the_organisation(attributed):
    text = (
        "The World Health Organization (WHO) said the risk was high. "
        "WHO said it was unclear how the virus spread."
    )
    unclear = next(s for s in attributed(text).statements if "unclear" in s.text)
    assert unclear.speaker == "World Health Organization"
    assert unclear.speaker_mention.text == "WHO"


def test_they_goes_to_the_plural_subject_before_it_that_names_people(attributed):
    text = (
        "Protesters gathered outside the police headquarters on Sunday. "
        "They demanded that the government withdraw the bill."
    )
    [demand] = attributed(text).statements
    assert (demand.speaker, demand.speaker_mention.text) == ("protesters", "They")


def test_they_after_a_plural_thing_stays_unresolved(attributed):
    text = "The storms hit the coast overnight. They said the roads would reopen soon."
    [reopen] = attributed(text).statements
    assert reopen.speaker is None


def test_a_speaker_reporting_on_herself_gives_her_gender(attributed):
    text = (
        "Pat Lowe, a senator, spoke on Monday. Robin Hale, an economist, said she expects "
        "rates to rise. He said the bank would wait."
    )
    wait = next(s for s in attributed(text).statements if "would wait" in s.text)
    assert wait.speaker == "Pat Lowe"


def test_a_pronoun_takes_the_person_of_its_gender_in_its_sentence(attributed):
    text = (
        "Ann Lee said she would run for mayor. Tom Cole spoke to reporters on Monday. "
        "Aides to Lee were furious, and she said the plan would fail."
    )
    assert [s.speaker for s in attributed(text).statements][-1] == "Ann Lee"


def test_a_possessive_names_what_its_owner_has(attributed):
    text = "Ann Lee lost the primary on Tuesday. Her campaign said it would ask for a recount."
    assert [s.speaker for s in attributed(text).statements] == ["Ann Lee's campaign"]


def test_a_possessive_that_could_be_two_people_names_no_owner(attributed):
    text = "Tom Cole and Bo Ray met on Tuesday. His campaign said the talks went well."
    assert [s.speaker for s in attributed(text).statements] == ["his campaign"]


def test_they_goes_to_a_team_named_as_a_singular_subject(attributed):
    text = (
        "The Oslo team, led by Kari Dahl, measured the glacier from a plane. "
        "They found that the ice had thinned by a third."
    )
    [found] = attributed(text).statements
    assert found.speaker_mention.text == "They"
    assert found.speaker is not None and "team" in found.speaker


def test_they_goes_to_an_organisation_named_as_a_singular_subject(attributed):
    text = (
        "The league did not name the injured player in its notice. "
        "They did say he would miss the rest of the season."
    )
    [miss] = attributed(text).statements
    assert miss.speaker is not None and "league" in miss.speaker.lower()


def test_they_after_a_singular_person_stays_unresolved(attributed):
    text = "Mara Holt left the meeting early. They said the vote would be held in May."
    [vote] = attributed(text).statements
    assert vote.speaker is None


def test_they_continues_an_earlier_they(attributed):
    text = (
        "The researchers caught forty geese in May. "
        "They fitted each bird with a small tracker. "
        "They found that most of the geese flew north."
    )
    found = next(s for s in attributed(text).statements if "flew north" in s.text)
    assert found.speaker == "researchers"


def test_pronoun_goes_to_the_subject_of_the_clause_framing_it(attributed):
    text = (
        "Mayor Tom Reed said the budget was balanced. When engineer Paul Grady first visited "
        "the bridge on Friday, he praised the design."
    )
    praised = next(s for s in attributed(text).statements if s.cue == "praised")
    assert praised.speaker == "Paul Grady"


def test_pronoun_after_a_person_in_a_reported_clause_keeps_the_speaker(attributed):
    text = "Mayor Tom Reed spoke on Friday. He said Paul Grady is honest, but he added a warning."
    assert {s.speaker for s in attributed(text).statements} == {"Tom Reed"}


def test_pronoun_goes_to_the_author_named_with_by_in_its_sentence(attributed):
    text = (
        "Mayor Tom Reed said the budget was balanced. A letter by Paul Grady reached the "
        "council, and he praised the design in it."
    )
    praised = next(s for s in attributed(text).statements if s.cue == "praised")
    assert praised.speaker == "Paul Grady"


def test_they_in_a_relative_clause_is_the_plural_body_before_it(attributed):
    text = (
        "Despite the long reports, neither French nor Dutch authorities released a full list "
        "of the 12 ports they said were closed."
    )
    closed = next(s for s in attributed(text).statements if "closed" in s.text)
    assert closed.speaker == "French and Dutch authorities"
    assert closed.speaker_mention.text == "they"


def test_a_role_of_kin_genders_its_holder_not_the_person_it_names(attributed):
    text = (
        "Lina Varga, widow of reporter Tomas Brandt, thanked the crowd on Monday. "
        'Years ago, he said, "Never give up."'
    )
    never = next(s for s in attributed(text).statements if "Never" in s.text)
    assert never.speaker == "Tomas Brandt"


def test_a_subject_of_known_gender_just_before_beats_an_unknown_one_further_back(attributed):
    text = (
        "Dana Okoro, wife of the late envoy, spoke on Monday. "
        "Marek Lind was elected in March. "
        "The paper reported that Mr. Viktor Hale of Norland accepted the ruling. "
        'Speaking to the press, he said, "It happened on my watch."'
    )
    watch = next(s for s in attributed(text).statements if "my watch" in s.text)
    assert watch.speaker == "Viktor Hale"


def test_widow_makes_her_late_husband_a_man(attributed):
    text = (
        "Lina Varga, widow of the late senator Tomas Brandt, spoke at the memorial on Sunday. "
        "Brandt died in March after a long illness. She said the hospital had failed him."
    )
    assert [s.speaker for s in attributed(text).statements] == ["Lina Varga"]


def test_narrating_she_teaches_the_gender_of_the_only_subject(attributed):
    text = (
        "Officials asked Marta Oll to return. Oll, a consul's wife, was involved in a crash "
        "that killed cyclist Dev Ranu. She later left the country.\n\n"
        "Dev Ranu was hit on a rural road. The crash happened at night. He died in hospital. "
        "Police spoke with Marta Oll as a suspect. She told police she had immunity."
    )
    told = next(s for s in attributed(text).statements if "immunity" in s.text)
    assert told.speaker == "Marta Oll"


def test_she_of_one_cue_carries_to_the_next(attributed):
    text = (
        "Professor Ilse Marn won the nomination. In 1992, she ran for a seat in Congress. "
        "Podcaster Rye Todd was picked as the running mate. Todd spoke to reporters in June. "
        "The ticket is on every ballot.\n\n"
        "As a centrist, Marn's positions mix both camps. She supports lower taxes. "
        "She opposes the new tariffs."
    )
    said = {s.text: s.speaker for s in attributed(text).statements}
    assert said.get("the new tariffs") == "Ilse Marn"


def test_a_name_with_a_plural_verb_is_a_group(nlp):
    doc = nlp("Ex-Rangers are a small group. Nadia Fell runs it.")
    doc.ents = [Span(doc, 0, 3, label="PERSON"), Span(doc, 8, 10, label="PERSON")]
    group = next(t for t in doc if t.dep_ == "nsubj" and t.head.lower_ == "are")
    person = next(t for t in doc if t.text == "Fell")
    assert _plural_name(group)
    assert not _plural_name(person)


def test_they_goes_to_people_named_by_an_occupation(attributed):
    text = (
        "The geologists began mapping the valley in 2004. "
        "At first, they thought the cliff was a single layer of rock."
    )
    [thought] = attributed(text).statements
    assert (thought.speaker, thought.speaker_mention.text) == ("geologists", "they")


def test_they_passes_a_plural_thing_inside_a_relative_clause(attributed):
    text = (
        "The researchers mapped spots where old fences had fallen. "
        "From this, they concluded that the border had moved."
    )
    [concluded] = attributed(text).statements
    assert concluded.speaker == "researchers"


def test_they_reaches_past_quoted_sentences_to_the_body(attributed):
    text = (
        'The Harbour Authority issued a statement: "A crane fell at noon. '
        'Two workers were hurt." They also said the dock would reopen on Monday.'
    )
    reopen = attributed(text).statements[-1]
    assert reopen.speaker_mention.text == "They"
    assert reopen.speaker is not None and "Harbour Authority" in reopen.speaker


def test_he_continues_the_he_that_opened_the_sentence_before(attributed):
    text = (
        "Tom Reed was elected to the council in 1980. He spent years in the council promoting "
        "parks, and Kim Vale worked for his office. Starting in 1990, he said the city needed "
        "a new park."
    )
    assert [s.speaker for s in attributed(text).statements] == ["Tom Reed"]


def test_she_after_an_unnamed_daughter_is_that_daughter_not_anyone_named_before(attributed):
    text = (
        "Police arrested Tom and Kim Reed in May after one of their daughters escaped from "
        "the house. She said the doors were always locked."
    )
    statement = attributed(text).statements[0]
    assert statement.speaker_mention.text == "She"
    assert statement.speaker == "one of their daughters"


def test_he_after_an_unnamed_man_is_that_man(attributed):
    text = "Ann Lee met a man at the bar on Friday. He said the beer was cold."
    cold = next(s for s in attributed(text).statements if "cold" in s.text)
    assert cold.speaker_mention.text == "He"
    assert cold.speaker == "man"


def test_she_after_an_unnamed_woman_and_a_quoted_reply_is_that_woman(attributed):
    text = (
        "Mayor Ann Lee opened the fair on Sunday, the organisers said. A woman came up to me, "
        'started shouting at me, and then I said, "Look, you are being rude. Everyone here is '
        'calm. Nobody is shouting at you." And she, in response, said "You are all wrong".'
    )
    wrong = next(s for s in attributed(text).statements if "all wrong" in s.text)
    assert wrong.speaker_mention.text == "she"
    assert wrong.speaker == "woman"


def test_authors_cited_as_et_al_keep_a_they_from_the_body_before_them(attributed):
    text = (
        "After Acme Corp said the lakes were safe, Berg et al tested the water. "
        "They said the levels were high."
    )
    high = next(s for s in attributed(text).statements if "high" in s.text)
    assert high.speaker == "Berg et al"


def test_they_goes_to_names_joined_by_and_and_speaks_for_each(attributed):
    text = "Maria Lopez and John Carter met in Lisbon on Monday. They said the deal was void."
    void = [s for s in attributed(text).statements if "void" in s.text]
    assert [s.speaker for s in void] == ["Maria Lopez", "John Carter"]
    assert {s.speaker_mention.text for s in void} == {"They"}


def test_they_reaches_past_a_newcomer_to_a_list_of_names(attributed):
    text = (
        "Maria Lopez, John Carter and Sarah Evans met in Lisbon on Monday. "
        "The Dutch envoy, Tom Hale, joined as an observer. "
        "They said the deal was void."
    )
    void = [s for s in attributed(text).statements if "void" in s.text]
    assert [s.speaker for s in void] == ["Maria Lopez", "John Carter", "Sarah Evans"]


def test_they_goes_to_a_list_the_parser_hung_on_a_name_as_an_apposition(attributed):
    text = "Ann Lee, Bo Ray and Cy Dunn met in Oslo on Monday. They said the deal was void."
    void = next(s for s in attributed(text).statements if "void" in s.text)
    assert void.speaker == "Ann Lee"


def test_they_reaches_past_a_sentence_about_a_thing_to_the_people_before(attributed):
    text = (
        "The researchers tagged forty geese in May. Each tracker weighed five grams. "
        "They also observed that most of the geese flew north."
    )
    north = next(s for s in attributed(text).statements if "flew north" in s.text)
    assert north.speaker == "researchers"


def test_they_reaches_past_a_sentence_to_a_body_named_before(attributed):
    text = (
        "The National Weather Service reported heavy rain on Monday. If it persists, the river "
        "may flood. On Tuesday, however, they reported that the rain had stopped."
    )
    stopped = next(s for s in attributed(text).statements if "stopped" in s.text)
    assert stopped.speaker == "National Weather Service"


def test_a_possessive_in_a_joined_clause_names_the_first_clause_subject(attributed):
    text = "Tom Lee attacked Bo Ray as a liar and his campaign called for a recount."
    assert [s.speaker for s in attributed(text).statements][-1] == "Tom Lee's campaign"


def test_they_passes_a_plural_thing_that_can_be_no_source(attributed):
    text = (
        "The biologists sampled the lake in June. Some worms can live without light. "
        "They found that the water held more oxygen than expected."
    )
    [found] = attributed(text).statements
    assert (found.speaker, found.speaker_mention.text) == ("biologists", "They")


def test_they_after_plural_records_goes_no_further_back(attributed):
    text = (
        "The biologists sampled the lake in June. The tests were repeated in July. "
        "They found that the water held more oxygen than expected."
    )
    [found] = attributed(text).statements
    assert found.speaker is None


def test_they_stands_for_the_people_owning_a_thing_as_subject(attributed):
    text = (
        "Tenant groups had given the council until May to act. "
        "The residents' homes were flooded last week. "
        "They have asked the mayor to inspect the flats."
    )
    asked = next(s for s in attributed(text).statements if s.cue == "asked")
    assert (asked.speaker, asked.speaker_mention.text) == ("residents", "They")


def test_a_name_set_beside_the_subject_owns_a_later_his(attributed):
    text = (
        "US folk singer and lyricist Dan Pirrie died on Monday at his home in Oregon. "
        "According to his agent, he had been ill for months."
    )
    assert [s.speaker for s in attributed(text).statements] == ["Dan Pirrie's agent"]


def test_they_reaches_three_sentences_back_to_a_team(speaker_of):
    text = (
        "A team from Lund University tagged forty geese in May. Each tracker weighed five "
        "grams. The birds were released near the coast. They found that most of the geese "
        "flew north."
    )
    speaker = speaker_of(text, "flew north")
    assert speaker is not None and "team" in speaker


def test_they_reaching_back_passes_over_quoted_sentences_uncounted(speaker_of):
    text = (
        "The team built a robot of the bird. Running made its wings flap. "
        'Co-author Li Wei said, "It moved on its own. Nobody pushed it. We were amazed." '
        "They also fitted wings to young ostriches. "
        "They found that the faster each bird ran, the more it flapped."
    )
    speaker = speaker_of(text, "flapped")
    assert speaker is not None and "team" in speaker


def test_they_goes_to_an_office_named_as_a_singular_subject(speaker_of):
    text = (
        "The sheriff's office sent extra deputies to the gate. Few visitors came, and no one "
        "broke in. They said the night was calm."
    )
    speaker = speaker_of(text, "calm")
    assert speaker is not None and "office" in speaker


def test_their_on_a_noun_cue_goes_to_the_body_that_is_the_clause_subject(attributed):
    text = (
        "Velo Motors says that it might need as much as $9 billion from the state bank, "
        "an increase over their previous estimate of $4 billion."
    )
    estimate = next(s for s in attributed(text).statements if s.cue == "estimate")
    assert estimate.speaker == "Velo Motors"


def test_their_on_a_noun_cue_goes_to_people_joined_by_and(attributed):
    text = (
        "Maria Lopez and her campaign staff drew criticism on Monday over their claims "
        "of widespread ballot fraud."
    )
    claims = next(s for s in attributed(text).statements if s.cue == "claims")
    assert claims.speaker == "Maria Lopez"


def test_their_after_a_body_named_as_an_object_has_no_owner(attributed):
    text = (
        "The Daily Post asked the safety board about their decision to skip the site, "
        "but no answer came."
    )
    decision = [s for s in attributed(text).statements if s.cue == "decision"]
    assert all(s.speaker is None for s in decision)


def test_they_reaches_past_a_thing_to_authors_cited_as_et_al(speaker_of):
    text = (
        "Berg et al cite work from 2010 showing some mosses can survive frost. "
        "Some microbes that need light can also survive in the dark. "
        "In their model, they found there was enough water for the mosses."
    )
    assert speaker_of(text, "enough water") == "Berg et al"


def test_they_goes_to_a_company_the_parser_hung_on_its_verb_as_a_modifier(attributed):
    text = (
        "Apple unveiled Lion, the new version of their desktop software. "
        "They also said iOS 5 would power phones."
    )
    watch = next(s for s in attributed(text).statements if s.cue == "said")
    assert watch.speaker == "Apple"  # "Apple" parsed as a modifier of "unveiled"


def test_they_after_a_singular_subject_goes_to_the_people_it_acted_on(attributed):
    text = (
        "Dana Ruiz reached a deal with the prosecutors, on condition they would say the "
        "charges were dropped."
    )
    dropped = next(s for s in attributed(text).statements if "dropped" in s.text)
    assert dropped.speaker == "prosecutors"
    assert dropped.speaker_mention.text == "they"


def test_they_past_a_plural_thing_goes_to_the_people_acted_on_after_it(attributed):
    text = (
        "The hearings ended on Friday. Judge Ann Cole met the lawyers later, and they said "
        "the ruling was fair."
    )
    fair = next(s for s in attributed(text).statements if "fair" in s.text)
    assert fair.speaker == "lawyers"


@pytest.mark.parametrize(
    "text",
    [
        "Dana Ruiz spoke at length. With men, they said the talks were easier.",
        "When the critics did not fight for the women of Velonia, they said it was custom.",
    ],
)
def test_they_takes_no_object_of_its_own_clause_or_of_a_clause_before_it(attributed, text):
    said = next(s for s in attributed(text).statements if s.cue == "said")
    assert said.speaker not in {"men", "women"}
