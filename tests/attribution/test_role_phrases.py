import pytest
from spacy.tokens import Doc

from foretold.attribution.entities import Entity
from foretold.attribution.role_phrases import (
    appositive_roles,
    copular_roles,
    occupation_title,
    role_before_comma,
    title_before,
)


def _title(nlp, text: str, word: str) -> str:
    """The title written directly before ``word`` in the text."""
    doc = nlp(text)
    return title_before(doc, next(t.i for t in doc if t.text == word))[1]


def _comma_role(nlp, text: str, word: str) -> str:
    """The role set off by a comma before the name that opens at ``word``."""
    doc = nlp(text)
    return role_before_comma(doc, next(t.i for t in doc if t.text == word))


def test_title_before_a_name(nlp):
    text = "Following Putin's lead, Russian Foreign Minister Sergei Lavrov called."
    assert _title(nlp, text, "Sergei") == "Russian Foreign Minister"


def test_a_title_keeps_a_name_joined_by_a_close_dash(nlp):
    text = "Yesterday Baltic Trade–Transit Fund director Ann Lee called."
    assert _title(nlp, text, "Ann") == "Baltic Trade–Transit Fund director"


def test_a_spaced_dash_still_ends_a_title(nlp):
    text = "They met the fund – director Ann Lee called."
    assert _title(nlp, text, "Ann") == "director"


def test_an_office_held_to_a_place_keeps_the_place(nlp):
    text = "US Ambassador to Sweden Karl Holmberg alleged that the airline broke the rules."
    assert _title(nlp, text, "Karl") == "US Ambassador to Sweden"


def test_an_office_held_to_a_person_keeps_the_person(nlp):
    text = "Senior Adviser to the President Karl Holmberg said the vote was close."
    assert _title(nlp, text, "Karl") == "Senior Adviser to the President"


def test_a_place_after_a_plain_to_is_no_title(nlp):
    text = "Lee wrote to the President Karl Holmberg last week."
    assert _title(nlp, text, "Karl") == "President"


def test_former_before_a_title_is_part_of_it(nlp):
    text = "The party nominated former United States Senator Ann Lee for governor."
    assert _title(nlp, text, "Ann") == "former United States Senator"


def test_former_alone_before_a_name_is_no_title(nlp):
    text = "The party nominated former Ann Lee for governor."
    assert _title(nlp, text, "Ann") == ""


def test_sentence_opening_word_is_no_title(nlp):
    text = "When Joe Biden and Vladimir Putin meet on Tuesday."
    assert _title(nlp, text, "Joe") == ""


def test_apposition_and_relative_clause_give_roles(nlp):
    doc = nlp("Heather Conley, a former assistant secretary of state, said it would fail.")
    head = next(t for t in doc if t.text == "Conley")
    assert appositive_roles(head) == ["a former assistant secretary of state"]
    doc = nlp("It will fail, said Conley, who is with the Center for Strategic Studies.")
    head = next(t for t in doc if t.text == "Conley")
    assert appositive_roles(head) == ["with the Center for Strategic Studies"]


def test_a_title_holds_an_of_the_phrase_and_a_name_saying_whose_role_it_is(nlp):
    text = "President of the United States Ann Lee spoke. Former Lee adviser Bo Reed left."
    assert _title(nlp, text, "Ann") == "President of the United States"
    assert _title(nlp, text, "Bo") == "Former Lee adviser"


def test_a_share_in_apposition_and_an_unfinished_title_are_no_roles(nlp):
    doc = nlp("The poll puts Ann Lee, 49 percent to 42 percent, ahead of Bo Reed.")
    lee = next(t for t in doc if t.text == "Lee")
    assert appositive_roles(lee) == []
    reed = Entity("Bo Reed", "person")
    reed.add_role("Presidency of")
    assert not reed.roles


def test_a_role_phrase_set_before_a_name_with_a_comma(nlp):
    text = "The mayor of Velo, Ann Lee, said the city would help."
    assert _comma_role(nlp, text, "Ann") == "mayor of Velo"
    text = "In Velo, Ann Lee said so."
    assert _comma_role(nlp, text, "Ann") == ""


def test_a_role_phrase_before_a_comma_may_open_with_a_qualifying_word(nlp):
    text = "Guests included the Prime Minister of Ruritania, Mr. Tomas Vela, at the hall."
    assert _comma_role(nlp, text, "Mr.") == "Prime Minister of Ruritania"


def test_lower_case_modifiers_of_a_role_noun_belong_to_the_title(nlp):
    text = "The treaty was signed by Danish prime minister Ann Velder on Monday."
    assert _title(nlp, text, "Ann") == "Danish prime minister"


def test_apposition_that_runs_into_a_verb_or_names_a_document_is_no_role(nlp):
    doc = nlp(
        "Ann Velder, a UN envoy for the Office of the UN High Commissioner for Refugees who "
        "had studied the case, cautioned justice does not come swiftly."
    )
    head = next(t for t in doc if t.text == "Velder")
    assert appositive_roles(head) == [
        "a UN envoy for the Office of the UN High Commissioner for Refugees"
    ]
    doc = nlp(
        "According to U.S. Attorney Tom Brill, the manifesto if written by the suspect could "
        "help the case."
    )
    assert appositive_roles(next(t for t in doc if t.text == "Brill")) == []


def test_apposition_with_its_own_closing_comma_before_the_verb_is_a_role(nlp):
    doc = nlp("On Monday, Ann Lee, previously the mayor of Velo, Ruritania, died at home.")
    lee = next(t for t in doc if t.text == "Lee")
    assert appositive_roles(lee) == ["previously the mayor of Velo, Ruritania"]
    doc = nlp("Ann Lee, 34, of Velby, said the road was closed.")
    assert appositive_roles(next(t for t in doc if t.text == "Lee")) == []
    doc = nlp("Ann Lee, Bo Ray, and Cy Dean, said they would go.")
    assert appositive_roles(next(t for t in doc if t.text == "Lee")) == []
    doc = nlp(
        "Carl Vance of the Bill and Melinda Vance Foundation, which offered a contest for "
        "redesigning the toilet some years ago, noted the ingredients are safe."
    )
    vance = next(t for t in doc if t.text == "Vance")
    assert appositive_roles(vance) == ["of the Bill and Melinda Vance Foundation"]


def test_words_in_ist_are_occupations_but_lists_and_assists_are_not(nlp):
    doc = nlp("The journalist and the herpetologist studied the checklist and the assist.")
    found = {t.text: occupation_title(t) for t in doc if t.text.endswith("ist")}
    assert found == {
        "journalist": True,
        "herpetologist": True,
        "checklist": False,
        "assist": False,
    }


def test_a_possessive_role_phrase_before_a_name_with_a_comma(nlp):
    text = "Ruritania's finance minister, Ana Petrov, announced the budget."
    assert _comma_role(nlp, text, "Ana") == "Ruritania's finance minister"
    text = "Lee thanked his chief of staff, Ana Petrov, for the work."
    assert _comma_role(nlp, text, "Ana") == "chief of staff"


def test_a_possessive_inside_a_role_phrase_leaves_the_phrase_whole(nlp):
    text = "The director of Ruritania's Velo Fund, Ana Petrov, spoke."
    assert _comma_role(nlp, text, "Ana") == "director of Ruritania's Velo Fund"


def test_a_role_phrase_apposed_to_an_earlier_name_is_not_the_next_ones(nlp):
    text = "Bo Ray, the mayor of Velo, Sara Lind, said classes were cancelled."
    assert _comma_role(nlp, text, "Sara") == ""


def test_a_source_before_a_subject_name_is_not_its_title(nlp):
    text = "According to his agent, Ben Harlow had undergone surgery."
    assert _comma_role(nlp, text, "Ben") == ""
    text = "According to the Velo mayor, Ben Harlow, during the weekend, police were looking."
    assert _comma_role(nlp, text, "Ben") == "Velo mayor"


def test_a_day_name_is_no_part_of_a_title(nlp):
    text = "This Tuesday Ruritanian Foreign Minister Ana Petrov said talks failed."
    assert _title(nlp, text, "Ana") == "Ruritanian Foreign Minister"


def test_occupations_written_before_a_name_are_titles(nlp):
    text = "French heiress Clara Vaux died on Monday."
    assert _title(nlp, text, "Clara") == "French heiress"
    text = "Tributes were paid to US actor Ben Harlow, who died on Friday."
    assert _title(nlp, text, "Ben") == "US actor"


def test_a_negated_relative_clause_gives_no_role_but_the_body_does(nlp):
    doc = nlp('"It is good", said Ryan Cole of the Velo Centre, who was not one of the authors.')
    head = next(t for t in doc if t.text == "Cole")
    assert appositive_roles(head) == ["of the Velo Centre"]  # the body, not the clause


def test_an_apposition_stops_before_another_person_joined_to_it(nlp):
    doc = nlp("Penske wants Ann Lee, Velo's general manager, and Tom Baird, former Velo President.")
    head = next(t for t in doc if t.text == "Lee")
    assert appositive_roles(head) == ["Velo's general manager"]


def test_an_apposition_that_titles_other_names_gives_no_role(nlp):
    doc = nlp("The farm was left to Bo Ray, his sons Tom and Sam Ray.")
    head = next(t for t in doc if t.text == "Ray")
    assert appositive_roles(head) == []


def test_copular_relative_role_leaves_out_auxiliaries_and_time(nlp):
    doc = nlp(
        "Ann Lee — who has been the harbour master of the Velo Port Authority for almost"
        " three years — discussed the plan."
    )
    head = next(t for t in doc if t.text == "Lee")
    assert appositive_roles(head) == ["the harbour master of the Velo Port Authority"]
    doc = nlp("Bo Ray, who has been the town's mayor since 2015, said it would fail.")
    head = next(t for t in doc if t.text == "Ray")
    assert appositive_roles(head) == ["the town's mayor"]


def test_copular_relative_role_keeps_when_it_ended(nlp):
    doc = nlp("Bo Ray, who was the town's mayor until 2015, said it would fail.")
    head = next(t for t in doc if t.text == "Ray")
    assert appositive_roles(head) == ["the town's mayor until 2015"]


def test_a_copular_relative_clause_gives_its_predicate_noun_without_tense_or_time(nlp):
    doc = nlp(
        "Ann Lee, who has been the mayor of Springfield since 2019, said the plan would fail."
    )
    lee = next(t for t in doc if t.text == "Lee")
    assert appositive_roles(lee) == ["the mayor of Springfield"]


def test_a_copular_relative_clause_without_a_predicate_noun_gives_its_phrase(nlp):
    doc = nlp("Ann Lee, who is with the Centre for Policy, said the plan would fail.")
    lee = next(t for t in doc if t.text == "Lee")
    assert appositive_roles(lee) == ["with the Centre for Policy"]


def test_a_role_phrase_before_a_comma_may_hold_a_the_phrase_of_its_own(nlp):
    text = "The executive director of the Harbor Trust, Ann Lee, told reporters it would fail."
    assert _comma_role(nlp, text, "Ann") == "executive director of the Harbor Trust"
    text = "Lee spoke with the spokesman for the Velo Police, Tom Vance, on Monday."
    assert _comma_role(nlp, text, "Tom") == "spokesman for the Velo Police"


def test_a_name_that_opens_a_clause_or_a_list_takes_no_role_from_the_phrase_before(nlp):
    text = "Officials met the head of the union, Ann Lee said on Monday."
    assert _comma_role(nlp, text, "Ann") == ""
    text = "The plan angered the heads of the unions, Ann Lee and Bo Ray, who walked out."
    assert _comma_role(nlp, text, "Ann") == ""


def test_titles_joined_by_and_before_a_name_are_one_title(nlp):
    text = "On Monday, British singer and lyricist Ann Lee died at her home."
    assert _title(nlp, text, "Ann") == "British singer and lyricist"
    text = "Study co-author and chemist Bo Reed remarked that it grew."
    assert _title(nlp, text, "Bo") == "Study co-author and chemist"


def test_an_office_a_preposition_names_is_not_joined_to_the_next_title(nlp):
    text = "The party nominated Bo Reed for president and teacher Ann Lee for vice president."
    assert _title(nlp, text, "Ann") == "teacher"


def test_an_indefinite_role_phrase_set_before_a_name_with_commas(nlp):
    text = "A Republican assemblywoman, Ann Lee, also commented on the gap."
    assert _comma_role(nlp, text, "Ann") == "Republican assemblywoman"
    text = "One activist, Bo Reed, told reporters the fires were set."
    assert _comma_role(nlp, text, "Bo") == "activist"


def test_an_indefinite_phrase_before_a_subject_or_counting_people_is_no_role(nlp):
    text = "After meeting a lawyer, Ann Lee said she would appeal."
    assert _comma_role(nlp, text, "Ann") == ""
    text = "Two presidents were impeached. A third president, Bo Reed, resigned first."
    assert _comma_role(nlp, text, "Bo") == ""


def test_a_name_that_not_sets_against_another_gives_it_no_role(nlp):
    doc = nlp("They also said that it was Lee, not Hartwell, who made the decision.")
    lee = next(t for t in doc if t.text == "Lee")
    assert appositive_roles(lee) == []
    doc = nlp("Sources said it was Lee, not the chairman, who made the decision.")
    lee = next(t for t in doc if t.text == "Lee")
    assert appositive_roles(lee) == []


def test_a_title_before_the_bracketed_capitals_it_spells_out_is_the_title(nlp):
    text = "Member of Parliament (MP) Ann Keller said the vote would be close."
    assert _title(nlp, text, "Ann") == "Member of Parliament"
    text = "Green Party member of parliament (MP) Ann Keller said the vote would be close."
    assert _title(nlp, text, "Ann") == "Green Party member of parliament"


def test_bracketed_capitals_the_words_before_do_not_spell_are_no_title(nlp):
    text = "After the talks in Brussels (EU) Ann Keller said the vote would be close."
    assert _title(nlp, text, "Ann") == ""


def test_ologist_read_as_an_adjective_is_still_a_title(nlp):
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=["ecologist", "socialist", "Ann"], pos=["ADJ", "ADJ", "PROPN"])
    assert occupation_title(doc[0])
    assert not occupation_title(doc[1])


def test_bare_capitalised_title_opening_the_sentence_before_a_comma(nlp):
    text = "Velo Air CEO, Ann Lee, said the planes were reliable."
    assert _comma_role(nlp, text, "Ann") == "Velo Air CEO"


def test_bare_place_before_a_comma_is_no_title(nlp):
    text = "In Velo Park, Ann Lee said the planes were reliable."
    assert _comma_role(nlp, text, "Ann") == ""


def test_long_role_phrase_before_a_comma_reaches_its_noun(nlp):
    text = (
        "The president of the Arcadian League for the Defence of Coastal Waters, "
        "Jamel Berrada, said the ban was unfair."
    )
    assert _comma_role(nlp, text, "Jamel") == (
        "president of the Arcadian League for the Defence of Coastal Waters"
    )


def test_words_in_ist_may_be_spelled_with_a_ligature(nlp):
    doc = nlp("The archæologist met the œnologist.")
    assert [occupation_title(t) for t in doc if t.text.endswith("ist")] == [True, True]


def _copular(nlp, text: str, word: str) -> list[str]:
    doc = nlp(text)
    return copular_roles(next(t for t in doc if t.text == word))


def test_a_copular_clause_in_the_present_gives_its_subject_a_role(nlp):
    text = "Wikinews spoke to Ann Lestrade. Lestrade is the community manager of the project."
    assert _copular(nlp, text, "Lestrade") == []  # the first mention is no subject
    doc = nlp(text)
    subject = [t for t in doc if t.text == "Lestrade"][1]
    assert copular_roles(subject) == ["the community manager of the project"]


def test_a_past_denied_quoted_or_roleless_copular_clause_gives_no_role(nlp):
    assert _copular(nlp, "Tom Varnel was the mayor of Velo until May.", "Varnel") == []
    assert _copular(nlp, "Tom Varnel is not the manager of the team.", "Varnel") == []
    assert _copular(nlp, "Tom Varnel will be the director of the fund.", "Varnel") == []
    assert _copular(nlp, "Tom Varnel is a friend of the family.", "Varnel") == []
    text = '"Tom Varnel is the best coach in town," Ann Lestrade said.'
    assert _copular(nlp, text, "Varnel") == []


def test_a_role_completed_by_an_of_the_phrase_before_a_name_is_a_title(nlp):
    text = "Later, co-author of the study Tom Varnel told reporters the star was near."
    assert _title(nlp, text, "Tom") == "co-author of the study"
    text = "The director of the company Tom Varnel founded said the plan was sound."
    assert _title(nlp, text, "Tom") == ""


def test_an_apposition_that_is_the_subject_after_an_aside_is_no_role(nlp):
    doc = nlp("According to Ann Lee, the storm, at its height, was the strongest in years.")
    assert appositive_roles(doc[3]) == []
    doc = nlp("Ann Lee, the mayor, on Monday, said the road would close.")
    assert appositive_roles(doc[1]) == ["the mayor"]


def test_an_apposition_before_the_verb_of_its_name_stays_a_role(nlp):
    doc = nlp("Ann Lee, a biologist at the city college, questioned the findings, saying so.")
    assert appositive_roles(doc[1]) == ["a biologist at the city college"]


def test_hyphened_role_before_comma(nlp):
    # the "-" of "then-manager" is part of the word, not a break before the role phrase
    text = "The then-manager of Velo Press, Ann Lee, said the paper would close."
    assert _comma_role(nlp, text, "Ann") == "then-manager of Velo Press"


def test_spaced_dash_before_comma_still_breaks(nlp):
    text = "The plan failed - the manager of Velo Press, Ann Lee, said so."
    assert _comma_role(nlp, text, "Ann") == "manager of Velo Press"


def test_long_coordinated_role_before_comma(nlp):
    text = (
        "The manager of Velo Harbour Press and Director of the North Dale Tourism "
        "Partnership, Ann Lee, said the paper would close."
    )
    assert _comma_role(nlp, text, "Ann") == (
        "manager of Velo Harbour Press and Director of the North Dale Tourism Partnership"
    )


def test_a_noun_whose_relative_clause_a_name_opens_is_no_title(nlp):
    text = "Ray was not the candidate Ann Lee initially backed for the post."
    assert _title(nlp, text, "Ann") == ""
    assert _title(nlp, "The candidate Ann Lee won the vote.", "Ann") == "candidate"


def test_a_title_never_ends_in_from(nlp):
    text = "It borrowed the Gate of Velor from Ann Lee's novel for its example."
    assert _title(nlp, text, "Ann") == ""
    assert _title(nlp, "Senator from Vermont Ann Lee spoke.", "Ann") == "Senator from Vermont"


def test_a_year_after_former_stays_in_the_title(nlp):
    text = "Some Democrats, such as former 2020 presidential candidate Ann Lee, objected."
    assert _title(nlp, text, "Ann") == "former 2020 presidential candidate"


def test_a_picture_credit_after_a_name_is_no_role(nlp):
    doc = nlp("Ann Lee in 2016 (Image: Velo Press)")
    assert appositive_roles(doc[1]) == []


def test_a_title_on_a_root_noun_before_a_name_stays(nlp):
    # "appointed" read as a relative clause on a noun at the root keeps the title
    text = "The outgoing governor Ann Lee appointed Bo Ray as secretary of state."
    assert _title(nlp, text, "Ann") == "outgoing governor"
    text = "The exiting governor Ann Lee appointed Bo Ray as secretary of state."
    assert _title(nlp, text, "Ann") == "exiting governor"


def test_a_which_clause_on_a_name_is_no_role(nlp):
    doc = nlp("A film by Ann and Bo Lee, which is about fishing, won a prize.")
    head = next(t for t in doc if t.text == "Ann")  # the parser hangs the clause on "Ann"
    assert appositive_roles(head) == []


def test_also_before_an_apposed_role_is_dropped(nlp):
    doc = nlp("Ann Lee, also a Velo undergrad, tested the samples.")
    head = next(t for t in doc if t.text == "Lee")
    assert appositive_roles(head) == ["a Velo undergrad"]


def test_the_sentence_verb_misread_after_an_apposition_ends_the_role(nlp):
    doc = nlp("Ann Lee, also a student, measured silk from the garden spider by looking at it.")
    head = next(t for t in doc if t.text == "Lee")
    assert appositive_roles(head) == ["a student"]


def test_a_participle_before_a_role_listed_after_the_comma_stays_in_the_role(nlp):
    doc = nlp("Ann Lee, a former teacher, trained nurse and author, said the results were clear.")
    head = next(t for t in doc if t.text == "Lee")
    assert appositive_roles(head) == ["a former teacher, trained nurse and author"]


def test_an_apposition_opening_with_the_sentence_verb_is_no_role(nlp):
    doc = nlp(
        "Tom Rey, also a Velo College student, measured silk from the brown garden spider by "
        "looking at the proteins in the silk."
    )
    head = next(t for t in doc if t.text == "Rey")
    assert appositive_roles(head) == []


def test_and_inside_a_bodys_name_keeps_the_whole_title(nlp):
    text = "The county's Fire and Rescue Commissioner Arno Kessel said the blaze was out."
    assert _title(nlp, text, "Arno") == "Fire and Rescue Commissioner"


def test_and_between_two_titled_people_or_places_ends_the_title(nlp):
    assert _title(nlp, "Mayor Bo Ray and Senator Ann Lee spoke.", "Ann") == "Senator"
    text = "Talks between Velonia and Acmean President Ann Lee failed."
    assert _title(nlp, text, "Ann") == "Acmean President"


def _tagged_doc(nlp, words: list[str], pos: list[str], ents: list[str]) -> Doc:
    """A sentence with the given parts of speech and entity tags (IOB-TYPE), all words hung
    on the last one."""
    tags = {"PROPN": "NNP", "ADP": "IN", "NOUN": "NN", "VERB": "VBD", "CCONJ": "CC"}
    last = len(words) - 1
    return Doc(
        nlp.vocab,
        words=words,
        pos=pos,
        tags=[tags[p] for p in pos],
        heads=[last] * len(words),
        deps=["dep"] * last + ["ROOT"],
        ents=ents,
    )


def test_a_bodys_name_tagged_as_a_person_stays_in_the_title(nlp):
    words = ["Center", "for", "Velo", "Studies", "scientist", "Mira", "Tandel", "spoke"]
    pos = ["PROPN", "ADP", "PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "VERB"]
    ents = ["B-PERSON", "O", "B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O"]
    doc = _tagged_doc(nlp, words, pos, ents)
    assert title_before(doc, 5)[1] == "Center for Velo Studies scientist"
    words = ["Road", "Transport", "and", "Bridges", "Minister", "Mira", "Tandel", "spoke"]
    pos = ["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"]
    ents = ["B-ORG", "I-ORG", "O", "B-PERSON", "O", "B-PERSON", "I-PERSON", "O"]
    doc = _tagged_doc(nlp, words, pos, ents)
    assert title_before(doc, 5)[1] == "Road Transport and Bridges Minister"


def test_and_between_two_names_with_no_role_after_them_ends_the_title(nlp):
    words = ["Lost", "and", "Velo", "Nights", "Mira", "Tandel", "spoke"]
    pos = ["PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"]
    ents = ["B-WORK_OF_ART", "O", "B-WORK_OF_ART", "I-WORK_OF_ART", "B-PERSON", "I-PERSON", "O"]
    doc = _tagged_doc(nlp, words, pos, ents)
    assert title_before(doc, 4)[1] == "Velo Nights"


def test_a_relative_clause_in_serve_as_gives_the_office(nlp):
    doc = nlp("This morning Ann Lee, who served as President of Velonia for ten years, died.")
    assert appositive_roles(next(t for t in doc if t.text == "Lee")) == ["President of Velonia"]
    doc = nlp("Ann Lee, who served as an inspiration to many, said it was over.")
    assert appositive_roles(next(t for t in doc if t.text == "Lee")) == []


def test_apposition_missing_its_closing_comma_before_the_verb_is_a_role(nlp):
    doc = nlp("Karl Brenner, the president of the Velo Rowing Federation said the team was ready.")
    head = next(t for t in doc if t.text == "Brenner")
    assert appositive_roles(head) == ["the president of the Velo Rowing Federation"]


# Roles set before a name with a comma (``role_before_comma``), as invented sentences.
_COMMA_ROLES = [
    pytest.param(
        "Another witness, Ann Lee, described the smoke over the road.",
        "Ann",
        "witness",
        id="another_opens_a_role_before_comma",
    ),
    pytest.param(
        '"We expect more cuts," said chief investment officer at Velo Partners, Ann Lee.',
        "Ann",
        "chief investment officer at Velo Partners",
        id="role_of_an_inverted_subject_without_article",
    ),
    pytest.param(
        "The council hired chief engineer Bo Ray, Ann Lee said on Monday.",
        "Ann",
        "",
        id="an_object_after_a_verb_is_no_comma_role",
    ),
    pytest.param(
        "Velo's worldwide vice-president of marketing, Ann Lee, said the price would fall.",
        "Ann",
        "Velo's worldwide vice-president of marketing",
        id="possessive_role_with_a_hyphened_word",
    ),
    pytest.param(
        "Later, a Velonian Ministry of Trade spokesperson, Ann Lee, said the talks ended.",
        "Ann",
        "Velonian Ministry of Trade spokesperson",
        id="role_noun_heading_a_phrase_that_opens_with_a_body",
    ),
    pytest.param(
        "Velo University geostrategy expert and former security official, Ann Lee, said no.",
        "Ann",
        "Velo University geostrategy expert and former security official",
        id="role_with_no_article_opening_the_sentence_before_comma",
    ),
    pytest.param(
        "The drone strike killed Velonian general, Bo Ray at a Velo airport.",
        "Bo",
        "Velonian general",
        id="role_with_no_article_after_a_verb_where_the_sentence_runs_on",
    ),
    pytest.param(
        "He told reporters on Monday, Ann Lee said.",
        "Ann",
        "",
        id="no_role_with_no_article_from_a_phrase_without_a_role_noun",
    ),
    pytest.param(
        "One of Velonia's Vice Presidents, Ann Lee, also commented on the death.",
        "Ann",
        "One of Velonia's Vice Presidents",
        id="one_of_a_plural_role_before_comma_as_written",
    ),
    pytest.param(
        "One of the neighbours, Ann Lee, also commented on the fire.",
        "Ann",
        "",
        id="one_of_a_plural_that_names_no_role_is_no_comma_role",
    ),
    pytest.param(
        (
            "The general secretary of the VRT union (Velo Union of Rail, Sea and Road Workers), "
            "Ann Lee, said the plan was unsafe."
        ),
        "Ann",
        "general secretary of the VRT union (Velo Union of Rail, Sea and Road Workers)",
        id="role_before_comma_reads_past_a_bracket_holding_a_name_with_commas",
    ),
    pytest.param(
        "His running mate, Ann Lee, would become the first woman in the post.",
        "Ann",
        "running mate",
        id="running_mate_is_a_role_before_comma",
    ),
    pytest.param(
        "According to Velo Falls' first selectman, Bo Ray, there were ten passengers.",
        "Bo",
        "Velo Falls' first selectman",
        id="selectman_is_a_role_before_comma",
    ),
    pytest.param(
        '"Some reports were disappointing," said Velo Price Head trader, Ann Lee.',
        "Ann",
        "Velo Price Head trader",
        id="trader_is_a_role_of_an_inverted_subject",
    ),
    pytest.param(
        "One of the party's secretaries, Ann Lee, said the vote was fair.",
        "Ann",
        "One of the party's secretaries",
        id="one_of_a_role_plural_in_ies_is_a_role",
    ),
]


@pytest.mark.parametrize(("text", "first_name", "role"), _COMMA_ROLES)
def test_role_set_before_a_name_with_a_comma(nlp, text, first_name, role):
    assert _comma_role(nlp, text, first_name) == role


def test_generational_suffix_is_no_role(nlp):
    doc = nlp("The council heard Robert Smith, Jr. and his own accountant Ann Lee on Monday.")
    smith = next(t for t in doc if t.text == "Smith")
    assert appositive_roles(smith) == []


def test_role_after_generational_suffix_is_the_names(nlp):
    doc = nlp("Robert Smith, Jr., the city treasurer, said the audit was over.")
    smith = next(t for t in doc if t.text == "Smith")
    assert appositive_roles(smith) == ["the city treasurer"]


@pytest.mark.parametrize(
    "text",
    [
        "The governor granted Ann Lee a full and unconditional pardon.",
        "The committee cited her work in awarding Ann Lee the 2019 Velo Prize.",
    ],
)
def test_a_second_object_after_a_name_is_no_role(nlp, text):
    doc = nlp(text)
    lee = next(t for t in doc if t.text == "Lee")
    assert appositive_roles(lee) == []


def test_a_role_set_off_after_an_object_stays(nlp):
    doc = nlp("The board thanked Ann Lee, the city treasurer, for her work.")
    lee = next(t for t in doc if t.text == "Lee")
    assert appositive_roles(lee) == ["the city treasurer"]


def test_a_title_asked_again_is_the_same_and_kept_apart_per_document(nlp):
    doc = nlp("Following Putin's lead, Russian Foreign Minister Sergei Lavrov called.")
    start = next(t.i for t in doc if t.text == "Sergei")
    first = title_before(doc, start)
    assert first[1] == "Russian Foreign Minister"
    assert title_before(doc, start) == first
    other = nlp("The mayor Ann Lee left.")
    assert title_before(other, 2)[1] == "mayor"
    assert title_before(doc, start) == first
