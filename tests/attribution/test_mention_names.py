"""The words of a mention that carry a name, and whether they read as a person's name."""

from spacy.tokens import Doc

from foretold.attribution.mention_names import (
    looks_like_name,
    name_after_office,
    name_after_tagged_title,
    without_caption_word,
)


def test_title_running_into_a_place_names_the_person_after_it(attributed):
    text = "United States Senator from Vermont Bernie Sanders said the bill was unfair."
    assert [s.speaker for s in attributed(text).statements] == ["Bernie Sanders"]


def test_title_before_a_name_tagged_as_an_organisation_is_a_role(attributed):
    result = attributed("Labour MP Tanya Davies said the plan would fail.")
    assert [s.speaker for s in result.statements] == ["Tanya Davies"]
    davies = next(p for p in result.people if p.name == "Tanya Davies")
    assert davies.kind == "person"
    assert "Labour MP" in davies.roles


def test_second_place_of_an_organisation_name_is_kept(attributed):
    text = "The Supreme Court of England and Wales said the law was unfair."
    assert [s.speaker for s in attributed(text).statements] == [
        "Supreme Court of England and Wales"
    ]


def test_honorific_makes_a_person_whatever_the_tagger_says(attributed):
    result = attributed(
        "Mr Howard and Mr MacFarlane announced the package. Mr MacFarlane said that the "
        "research facility was exciting for Australia.",
    )
    kinds = {p.name: p.kind for p in result.people}
    assert kinds.get("MacFarlane") == "person"


def test_given_name_joined_to_a_full_name_shares_its_surname(attributed):
    result = attributed(
        "Guests of honour Paul and Nadia Corrigan spoke on Sunday. "
        "Paul said the event was a success."
    )
    success = next(s for s in result.statements if "success" in s.text)
    assert success.speaker == "Paul Corrigan"
    assert {p.name for p in result.people} == {"Paul Corrigan", "Nadia Corrigan"}


def test_given_name_after_a_title_of_phrase_shares_its_partners_surname(attributed):
    result = attributed(
        "Guests of Honour Maren and Tobias Holloway held a session on Saturday. "
        "Maren said the event was a success."
    )
    assert [s.speaker for s in result.statements] == ["Maren Holloway"]
    assert "Honour Maren" not in {p.name for p in result.people}


def test_name_after_an_office_and_its_place(nlp):
    doc = nlp("Speakers included First Minister of Wales Anna Brell and the mayor.")
    start = next(t.i for t in doc if t.text == "Wales")
    assert name_after_office(doc[start : start + 3]).text == "Anna Brell"
    assert name_after_office(doc[start : start + 1]) is None


def test_a_realm_ending_in_a_word_for_a_place_holds_no_name_after_an_office(nlp):
    doc = nlp("He ran for District Attorney of San Arlo County and lost.")
    start = next(t.i for t in doc if t.text == "San")
    assert name_after_office(doc[start : start + 3]) is None


def test_a_name_of_an_organisation_is_a_person_who_works_there(attributed):
    result = attributed("Nils-Erik Haagen of Rogaland Fire and Rescue said no one was hurt.")
    kinds = {p.name: p.kind for p in result.people}
    assert kinds["Nils-Erik Haagen"] == "person"
    assert kinds["Rogaland Fire and Rescue"] == "organization"


def test_plural_of_a_nationality_is_a_group_not_a_person(attributed):
    result = attributed(
        "Norlanders voted in a 2019 referendum to leave the union. Canadians told pollsters "
        "they liked the plan. Tom Evans won the seat. Evans said he was happy."
    )
    kinds = {
        s.speaker: next(p.kind for p in result.people if p.id == s.speaker_id)
        for s in result.statements
    }
    assert kinds.get("Canadians") == "group"
    assert kinds.get("Tom Evans") == "person"


def test_a_surname_the_tagger_left_out_closes_the_name(attributed):
    text = (
        "Following the ruling, Secretary of Justice Marta Vázquez Orbel was sworn in as"
        " governor. Governor Vázquez said she would serve."
    )
    assert [s.speaker for s in attributed(text).statements] == ["Marta Vázquez Orbel"]


def test_name_after_a_title_is_a_person_whatever_the_tagger_says(attributed):
    text = "Ukrainian Grand Master Ivo Marek refused to play in the final round."
    assert [s.speaker for s in attributed(text).statements] == ["Ivo Marek"]
    text = "Superintendent Dana Welk said the road was closed."
    assert [s.speaker for s in attributed(text).statements] == ["Dana Welk"]


def test_a_name_running_into_an_organisation_stops_before_it():
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from foretold.attribution.mention_names import without_organisation

    words = ["Ann", "Lee", "Velo", "Motors", "chief", "Ann", "Lee", "left", "Velo", "."]
    doc = Doc(Vocab(), words=words)
    doc.ents = [
        Span(doc, 0, 4, label="PERSON"),
        Span(doc, 5, 7, label="PERSON"),
        Span(doc, 8, 9, label="ORG"),
    ]
    assert without_organisation(doc.ents[0]).text == "Ann Lee"


def test_a_three_word_name_stays_whole_without_its_short_form_tagged_alone():
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from foretold.attribution.mention_names import without_organisation

    words = ["William", "Clay", "Ford", "spoke", "at", "Ford", "."]
    doc = Doc(Vocab(), words=words)
    doc.ents = [Span(doc, 0, 3, label="PERSON"), Span(doc, 5, 6, label="ORG")]
    assert without_organisation(doc.ents[0]).text == "William Clay Ford"


def test_medium_run_into_a_name_after_on_is_left_out(attributed):
    result = attributed(
        "Singer Dan Moore announced on Twitter that he was running for mayor. "
        "The next day on Twitter Moore accused his rival of lying."
    )
    assert {s.speaker for s in result.statements} == {"Dan Moore"}
    assert not any(p.name.startswith("Twitter") for p in result.people)


def test_name_after_an_office_and_its_place_after_to_the(nlp):
    doc = nlp("Guests included Envoy to the United Nations Mara Holt and the mayor.")
    start = next(t.i for t in doc if t.text == "the")
    assert name_after_office(doc[start : start + 5]).text == "Mara Holt"


def test_title_to_a_place_names_the_person_after_it(attributed):
    text = 'Former Ambassador to the United Nations Mara Holt wrote on Twitter, "We must act."'
    assert [s.speaker for s in attributed(text).statements] == ["Mara Holt"]


def test_the_words_after_an_abbreviation_may_open_a_new_sentence(nlp):
    from foretold.attribution.mention_names import after_abbreviation

    doc = nlp("It sold best in the U.S. Bakken said so.")
    span = doc[4:7]
    assert span.text == "the U.S. Bakken"
    assert after_abbreviation(span).text == "Bakken"
    assert after_abbreviation(doc[6:7]).text == "Bakken"


def test_initials_inside_a_person_s_name_open_no_new_sentence(nlp):
    from foretold.attribution.mention_names import after_abbreviation

    doc = nlp("Critic Ann L.M. Harte said the war was over.")
    (name,) = [e for e in doc.ents if e.label_ == "PERSON"]
    assert after_abbreviation(name).text == "Ann L.M. Harte"


def _doc(words, heads, deps, ents):
    from spacy.lang.en import English
    from spacy.tokens import Doc

    pos = ["PROPN" if w[0].isupper() else "X" for w in words]
    return Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_a_senator_from_a_place_names_the_person_the_place_ran_into():
    words = ["Senator", "from", "Vermont", "Ann", "Lee", "spoke"]
    heads = [5, 0, 4, 4, 1, 5]
    deps = ["nsubj", "prep", "compound", "compound", "pobj", "ROOT"]
    ents = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]
    doc = _doc(words, heads, deps, ents)
    assert name_after_office(doc.ents[0]).text == "Ann Lee"


def test_a_regnal_title_stays_with_a_one_word_name():
    from foretold.attribution.mention_names import with_regnal_title

    words = ["Pope", "Leo", "and", "Mr", "Lee", "spoke"]
    doc = _doc(words, [1, 5, 1, 4, 1, 5], ["compound", "nsubj", "cc", "compound", "conj", "ROOT"],
               ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O"])  # fmt: skip
    pope, lee = doc.ents
    assert with_regnal_title(pope, ["Leo"]) == ["Pope", "Leo"]
    assert with_regnal_title(doc[1:2], ["Leo"]) == ["Pope", "Leo"]
    assert with_regnal_title(lee, ["Lee"]) == ["Lee"]
    assert with_regnal_title(pope, ["Pope", "Leo"]) == ["Pope", "Leo"]


def test_an_untagged_given_name_joins_the_surname_after_it():
    from foretold.attribution.mention_names import with_untagged_given_name

    words = ["Council", "spokesperson", "Asa", "Lind", "said", "no"]
    heads = [1, 4, 3, 1, 4, 4]
    deps = ["compound", "nsubj", "compound", "appos", "ROOT", "dobj"]
    doc = _doc(words, heads, deps, ["O", "O", "O", "B-PERSON", "O", "O"])
    assert with_untagged_given_name(doc.ents[0]).text == "Asa Lind"
    titled = _doc(["Senator", "Lind", "said"], [1, 2, 2], ["compound", "nsubj", "ROOT"],
                  ["O", "B-PERSON", "O"])  # fmt: skip
    assert with_untagged_given_name(titled.ents[0]).text == "Lind"
    words = ["Velo", "Asa", "Lind", "said"]
    after = _doc(words, [2, 2, 3, 3], ["compound", "compound", "nsubj", "ROOT"],
                 ["O", "O", "B-PERSON", "O"])  # fmt: skip
    assert with_untagged_given_name(after.ents[0]).text == "Lind"


def test_an_untagged_given_name_after_a_title_joins_a_longer_name():
    from foretold.attribution.mention_names import with_untagged_given_name

    words = ["Senior", "Superintendent", "Asa", "Lind", "Mei", "said"]
    heads = [1, 4, 3, 4, 5, 5]
    deps = ["compound", "compound", "compound", "compound", "nsubj", "ROOT"]
    doc = _doc(words, heads, deps, ["O", "O", "O", "B-PERSON", "I-PERSON", "O"])
    assert with_untagged_given_name(doc.ents[0]).text == "Asa Lind Mei"
    untitled = _doc(["Velo", "Asa", "Lind", "Mei", "said"], [3, 2, 3, 4, 4],
                    ["compound", "compound", "compound", "nsubj", "ROOT"],
                    ["O", "O", "B-PERSON", "I-PERSON", "O"])  # fmt: skip
    assert with_untagged_given_name(untitled.ents[0]).text == "Lind Mei"


def test_a_speaker_named_after_a_title_keeps_a_given_name_the_tagger_left_out(attributed):
    text = 'Police Senior Superintendent Yolanda Chan Ka-wai said on Monday: "We acted lawfully."'
    assert [s.speaker for s in attributed(text).statements] == ["Yolanda Chan Ka-wai"]


def test_a_surname_that_is_an_organisation_word_stays_the_person(attributed):
    result = attributed(
        '"Sales will fall," said Jim Press, the company president. '
        '"We will recover in the long term," said Press.'
    )
    assert {s.speaker for s in result.statements} == {"Jim Press"}


def test_titles_the_tagger_read_with_a_name_as_a_body_open_a_person_s_name():
    words = ["Detective", "Constable", "Tom", "Varga", "spoke"]
    heads = [3, 3, 3, 4, 4]
    deps = ["compound", "compound", "compound", "nsubj", "ROOT"]
    ents = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    doc = _doc(words, heads, deps, ents)
    assert name_after_tagged_title(doc.ents[0]).text == "Tom Varga"


def test_a_title_before_a_name_read_as_a_body_with_letters_after_it_opens_a_person_s_name():
    words = ["Prosecutor", "Tom", "Varga", "QC", "spoke"]
    heads = [3, 3, 3, 4, 4]
    deps = ["compound", "compound", "compound", "nsubj", "ROOT"]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O"]
    doc = _doc(words, heads, deps, ents)
    assert name_after_tagged_title(doc.ents[0]).text == "Tom Varga QC"
    untitled = _doc(["The", "Tom", "Varga", "QC", "spoke"], heads, deps, ents)
    assert name_after_tagged_title(untitled.ents[0]) is None


def test_a_title_before_one_word_or_an_organisation_word_names_no_one():
    words = ["General", "Motors", "and", "General", "Dynamics", "Group", "spoke"]
    heads = [1, 6, 1, 5, 5, 1, 6]
    deps = ["compound", "nsubj", "cc", "compound", "compound", "conj", "ROOT"]
    ents = ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O"]
    doc = _doc(words, heads, deps, ents)
    assert [name_after_tagged_title(ent) for ent in doc.ents] == [None, None]


def test_a_pronoun_after_a_titled_name_read_as_a_body_takes_the_person(attributed):
    text = (
        "Sergeant Mary Jones said fentanyl was popular. In Ontario, provincial police "
        "Detective Constable Marc Dufresne stated to the CBC in late June that prices rose. "
        "He explained that heroin was scarce."
    )
    statements = attributed(text).statements
    assert [s.speaker for s in statements if s.cue == "explained"] == ["Marc Dufresne"]


def _opening_word(nlp, word: str):
    doc = Doc(nlp.vocab, words=[word, "said", "ten", "died", "."])
    for token, pos in zip(doc, ["PROPN", "VERB", "NUM", "VERB", "PUNCT"], strict=True):
        token.pos_ = pos
    return doc[0:1], doc[0]


def test_a_sentence_opening_plural_source_is_no_name(nlp):
    assert not looks_like_name(*_opening_word(nlp, "Reports"))  # read as a proper noun
    assert looks_like_name(*_opening_word(nlp, "Lee"))


def test_given_name_before_a_surname_with_a_particle_joins_it(attributed):
    result = attributed(
        "Arnel dela Vega of the army's western command said the rebels were behind the attack."
    )
    assert [p.name for p in result.people] == ["Arnel dela Vega"]


def test_name_after_an_office_whose_realm_has_a_link_word(nlp):
    doc = nlp(
        "Assistant Secretary of the Air Force for Training Ross Keller defended the contract."
    )
    start = next(t.i for t in doc if t.text == "the")
    end = next(t.i for t in doc if t.text == "Keller") + 1
    assert name_after_office(doc[start:end]).text == "Ross Keller"


def test_hyphenated_given_name_closes_a_name_run_from_a_body(nlp):
    doc = nlp('"The ban cannot last," regional director of Harbour Watch Mei-lin Sato said.')
    start = next(t.i for t in doc if t.text == "Harbour")
    end = next(t.i for t in doc if t.text == "Sato") + 1
    assert name_after_office(doc[start:end]).text == "Mei-lin Sato"


def test_caption_credit_word_is_cut_from_a_name(nlp):
    doc = nlp("Mara Velund Image: Velo Press.")
    ent = doc[0:3]
    assert without_caption_word(ent).text == "Mara Velund"
    assert without_caption_word(doc[0:2]).text == "Mara Velund"


def test_caption_word_without_a_credit_colon_stays(nlp):
    doc = nlp("The Velo Image Company said so.")
    assert without_caption_word(doc[1:4]).text == "Velo Image Company"


def test_captioned_name_joins_the_person_met_before(attributed):
    result = attributed(
        "Mara Velund said the plan would work, and Tom Brisk agreed.\n\n"
        "Mara Velund Image: Velo Press.\n\nTom Brisk Image: City Hall.\n\n"
    )
    names = {p.name for p in result.people}
    assert not any(name.endswith("Image") for name in names)
    assert {"Mara Velund", "Tom Brisk"} <= names


def test_titled_caption_name_is_cut_before_the_credit_word(attributed):
    result = attributed(
        "Velo Party chairman Mara Velund said the plan would work.\n\n"
        "Velo Party Vice Chairman Tom Brisk Image: Velo Party.\n\n"
    )
    names = {p.name for p in result.people}
    assert "Tom Brisk" in names
    assert "Tom Brisk Image" not in names


def test_medium_run_into_a_name_is_left_out_after_it_is_joined_to_a_medium(nlp):
    from spacy.tokens import Span

    from foretold.attribution.mention_names import without_medium

    words = ["Fans", "wrote", "on", "Kivora", "and", "Relay", "Chat", "."]
    words += ["Then", "on", "Kivora", "Moore", "wrote", "it", "."]
    heads = [1, 1, 1, 6, 3, 6, 2, 1, 12, 12, 11, 9, 12, 12, 12]
    deps = ["nsubj", "ROOT", "prep", "nmod", "cc", "compound", "pobj", "punct"]
    deps += ["advmod", "prep", "compound", "pobj", "ROOT", "dobj", "punct"]
    pos = ["NOUN", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT"]
    pos += ["ADV", "ADP", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert without_medium(Span(doc, 10, 12, label="PERSON")).text == "Moore"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=["dep"] * 15, pos=pos)
    assert without_medium(Span(doc, 10, 12, label="PERSON")).text == "Kivora Moore"


def test_it_for_a_body_named_by_its_of_phrase_keeps_the_whole_name(attributed):
    text = (
        "The government of American Samoa said the issue should be decided by Congress. "
        "It also said judges should stay out of it."
    )
    later = next(s for s in attributed(text).statements if "judges" in s.text)
    assert later.speaker == "government of American Samoa"


def test_an_untagged_given_name_after_the_place_of_an_office_joins_the_surname():
    from foretold.attribution.mention_names import with_untagged_given_name

    words = ["Mayor", "of", "London", "Asa", "Lind", "said"]
    heads = [5, 0, 4, 4, 1, 5]
    deps = ["nsubj", "prep", "compound", "compound", "pobj", "ROOT"]
    doc = _doc(words, heads, deps, ["O", "O", "B-GPE", "O", "B-PERSON", "O"])
    lind = next(e for e in doc.ents if e.label_ == "PERSON")
    assert with_untagged_given_name(lind).text == "Asa Lind"


def test_a_namesake_after_the_place_of_an_office_is_another_person(attributed):
    text = (
        "On Friday, 28-year-old Usman Khan stabbed two people. Police shot Khan dead. "
        '"I am in awe of the people who ran towards danger to keep us all safe" tweeted '
        "Mayor of London Sadiq Khan."
    )
    people = {p.name: p for p in attributed(text).people}
    assert people["Usman Khan"].roles == ()
    assert people["Sadiq Khan"].roles == ("Mayor of London",)
