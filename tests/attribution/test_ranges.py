"""Closing material left out of every content range."""

from foretold.attribution.ranges import (
    clip,
    close_bracket,
    drop_trailing_aside,
    trim,
    whole_words,
)


def test_aside_in_an_unclosed_bracket_is_left_out(contents):
    text = "The mayor criticized the budget (which the council passed in May."
    assert contents(text) == [("criticized", "the budget")]


def test_closing_with_phrase_after_a_comma_is_left_out(contents):
    text = "Most analysts think the tax will never take effect, with both parties opposed to it."
    assert contents(text) == [("think", "the tax will never take effect")]


def test_closing_with_phrase_reporting_another_speaker_is_left_out(attributed):
    text = (
        'Most analysts considered the race settled, with a pollster having called it "a formality".'
    )
    found = attributed(text).statements
    assert [(s.speaker, s.text) for s in found][:1] == [("Most analysts", "the race settled")]
    text = (
        "Officials said the tax will never take effect, with one critic having called it "
        '"dead on arrival".'
    )
    found = attributed(text).statements
    assert [(s.speaker, s.text) for s in found][:1] == [
        ("officials", "the tax will never take effect")
    ]


def test_closing_so_clause_with_its_own_subject_is_left_out(contents):
    text = (
        "According to the survey, a third of the members remain undecided, "
        "so a late shift could change the result."
    )
    assert contents(text) == [("According to", "a third of the members remain undecided")]


def test_summing_up_phrase_the_parser_merged_with_the_words_is_left_out(contents):
    text = 'Lee attacked Cole on taxes and called him a "radical," a subtle dig at a senator.'
    assert ("called", 'him a "radical,"') in contents(text)


def test_a_closing_phrase_naming_a_sentiment_is_the_writers(contents):
    text = "She dismissed party labels altogether, a sentiment shared by the crowd in the hall."
    assert ("dismissed", "party labels altogether") in contents(text)


def test_a_closing_phrase_naming_a_claim_is_the_writers(contents):
    text = "He said the mayor had lied about the budget, a claim the mayor's office denies."
    assert ("said", "the mayor had lied about the budget") in contents(text)


def test_a_closing_description_of_a_name_after_a_is_the_writers(contents):
    text = "The donor endorsed a group backing Ann Lee, a Democrat running for the open seat."
    assert ("endorsed", "a group backing Ann Lee") in contents(text)


def test_trim_keeps_quote_marks_and_drops_edge_punctuation(nlp):
    doc = nlp('She said, "the plan failed."')
    start = next(t.i for t in doc if t.text == ",")
    assert doc[slice(*trim(doc, start, len(doc)))].text == '"the plan failed."'
    assert trim(doc, start, start + 1) is None


def test_trim_drops_a_quote_mark_that_opens_the_next_quotation(nlp):
    doc = nlp("The fix was simple. ''Just wait,'' he said.")
    mark = next(t.i for t in doc if t.text == "''")
    assert doc[slice(*trim(doc, 0, mark + 1))].text == "The fix was simple"


def test_a_quote_mark_opening_the_next_sentence_is_not_the_contents(contents):
    text = "The answer, the adviser told them, was simple. ''Just wait for the vote,'' he said."
    assert contents(text)[0] == ("told", "The answer, the adviser told them, was simple")


def test_a_percent_sign_closing_the_words_stays(contents):
    text = "According to the treasurer, the club cut its costs by 15%."
    assert contents(text) == [("According to", "the club cut its costs by 15%")]


def test_trim_keeps_a_closing_percent_sign_and_drops_the_full_stop(nlp):
    doc = nlp("Fares rose 4%.")
    assert doc[slice(*trim(doc, 0, len(doc)))].text == "Fares rose 4%"


def test_a_range_stops_at_the_paragraph_break_after_its_anchor(nlp):
    doc = nlp("The council voted.\n\nThe mayor said the plan failed.")
    said = next(t.i for t in doc if t.text == "said")
    assert clip(doc, 0, len(doc), said)[0] > 0
    assert doc[slice(*clip(doc, 0, len(doc), 0))].text.strip() == "The council voted."


def test_a_quotation_opening_the_line_after_an_abbreviation_starts_a_paragraph(contents):
    text = (
        "After a short briefing, the volunteers set out just after 2 p.m.\n\n"
        "\u201cThis is my old neighbour,\u201d Tom told a woman at the door."
    )
    assert contents(text) == [("told", "\u201cThis is my old neighbour,\u201d")]


def test_a_line_break_after_an_abbreviation_before_a_name_is_no_paragraph(nlp):
    doc = nlp("He met the U.S.\n\nSecretary of State, who said the talks failed.")
    said = next(t.i for t in doc if t.text == "said")
    assert clip(doc, 0, len(doc), said) == (0, len(doc))


def test_apposition_that_opens_the_last_items_of_a_list_stays(nlp):
    from spacy.tokens import Doc

    words = ["they", "fear", "his", "plans", ",", "his", "speech", ",", "and", "his", "record"]
    heads = [1, 1, 3, 1, 3, 6, 3, 6, 6, 10, 6]
    deps = ["nsubj", "ROOT", "poss", "dobj", "punct", "poss", "appos", "punct", "cc", "poss"]
    deps.append("conj")
    pos = ["PRON", "VERB", "PRON", "NOUN", "PUNCT", "PRON", "NOUN", "PUNCT", "CCONJ", "PRON"]
    pos.append("NOUN")
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert drop_trailing_aside(doc, 2, len(doc)) == len(doc)
    doc[8].dep_ = "dep"  # without the conjunction the apposition is an aside
    assert drop_trailing_aside(doc, 2, len(doc)) == 4


def test_counted_apposition_is_the_next_item_of_a_list(nlp):
    from spacy.tokens import Doc

    words = ["police", "seized", "40", "rifles", ",", "nine", "pistols"]
    heads = [1, 1, 3, 1, 3, 6, 3]
    deps = ["nsubj", "ROOT", "nummod", "dobj", "punct", "nummod", "appos"]
    pos = ["NOUN", "VERB", "NUM", "NOUN", "PUNCT", "NUM", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert drop_trailing_aside(doc, 0, len(doc)) == len(doc)
    doc[5].dep_ = "amod"  # an uncounted apposition is an aside
    assert drop_trailing_aside(doc, 0, len(doc)) == 4


def test_apposition_with_the_later_list_items_hung_deep_in_it_stays(nlp):
    from spacy.tokens import Doc

    words = [
        "she",
        "discussed",
        "her",
        "past",
        ",",
        "the",
        "war",
        "and",
        "its",
        "cost",
        "to",
        "him",
        ",",
        "taxes",
        ",",
        "and",
        "trade",
    ]
    heads = [1, 1, 3, 1, 3, 6, 3, 6, 9, 6, 9, 10, 11, 11, 13, 13, 13]
    deps = ["nsubj", "ROOT", "poss", "dobj", "punct", "det", "appos", "cc", "poss", "conj"]
    deps += ["prep", "pobj", "punct", "conj", "punct", "cc", "conj"]
    pos = ["PRON", "VERB", "PRON", "NOUN", "PUNCT", "DET", "NOUN", "CCONJ", "PRON", "NOUN"]
    pos += ["ADP", "PRON", "PUNCT", "NOUN", "PUNCT", "CCONJ", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert drop_trailing_aside(doc, 2, len(doc)) == len(doc)


def test_apposition_holding_a_list_of_its_own_is_an_aside(nlp):
    from spacy.tokens import Doc

    words = [
        "she",
        "praised",
        "the",
        "city",
        ",",
        "a",
        "town",
        "of",
        "farms",
        ",",
        "mills",
        ",",
        "and",
        "mines",
    ]
    heads = [1, 1, 3, 1, 3, 6, 3, 6, 7, 8, 8, 10, 10, 10]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "det", "appos", "prep", "pobj", "punct"]
    deps += ["conj", "punct", "cc", "conj"]
    pos = ["PRON", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "PUNCT"]
    pos += ["NOUN", "PUNCT", "CCONJ", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert drop_trailing_aside(doc, 2, len(doc)) == 4


def test_a_what_clause_hung_on_a_noun_is_a_list_item_not_an_aside(nlp):
    from spacy.tokens import Doc

    words = [
        "he",
        "discussed",
        "his",
        "record",
        ",",
        "what",
        "his",
        "plan",
        "would",
        "cost",
        ",",
        "and",
        "taxes",
    ]
    heads = [1, 1, 3, 1, 3, 9, 7, 9, 9, 3, 9, 9, 9]
    deps = ["nsubj", "ROOT", "poss", "dobj", "punct", "dobj", "poss", "nsubj", "aux"]
    deps += ["relcl", "punct", "cc", "conj"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert drop_trailing_aside(doc, 2, len(doc)) == len(doc)
    words[5] = "which"  # a relative clause on the noun is an aside
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert drop_trailing_aside(doc, 2, len(doc)) == 4


def test_aside_after_a_closing_quote_mark_is_left_out(contents):
    text = 'Critics called the plan a "sham," which the mayor rejected.'
    assert ("called", 'the plan a "sham,"') in contents(text)


def test_closing_report_hung_on_a_noun_is_left_out(contents):
    text = (
        "He rejected the notion that the scandal should be forgotten, saying that if he found"
        " fraud he would act."
    )
    assert ("rejected", "the notion that the scandal should be forgotten") in contents(text)


def test_closing_phrase_that_sums_up_the_saying_is_left_out(contents):
    text = "Most voters say they would back the levy, a sharp increase from the spring."
    assert contents(text) == [("say", "they would back the levy")]


def test_a_range_takes_the_rest_of_a_word_written_without_spaces(nlp):
    doc = nlp("The board called for a re-run of the vote in mid-May.")
    re_ = next(t.i for t in doc if t.text == "re")
    assert doc[slice(*whole_words(doc, re_ - 1, re_ + 1))].text == "a re-run"
    may = next(t.i for t in doc if t.text == "May")
    assert doc[slice(*whole_words(doc, may, may + 1))].text == "mid-May"
    vote = next(t.i for t in doc if t.text == "vote")
    assert whole_words(doc, vote - 1, vote + 1) == (vote - 1, vote + 1)


def test_a_closing_report_after_a_quotation_closing_on_its_comma_is_left_out(contents):
    text = (
        'The senator stressed that "the only answer is a deal with the unions," suggesting '
        "that the vote could wait until spring."
    )
    assert contents(text) == [
        ("stressed", 'that "the only answer is a deal with the unions,"'),
        ("suggesting", "that the vote could wait until spring"),
    ]


def test_a_participle_of_trying_to_report_is_left_out(contents):
    text = (
        'The governor said she was "going to cut every program in the state," while trying to '
        "explain her plan to close the deficit."
    )
    assert contents(text) == [
        ("said", 'she was "going to cut every program in the state,"'),
        ("explain", "her plan to close the deficit"),
    ]


def test_comma_set_relative_before_a_closing_cue_stays(contents):
    text = "The mill is the oldest in the county, which has twelve others, the owner told us."
    assert contents(text) == [
        ("told", "The mill is the oldest in the county, which has twelve others")
    ]


def test_a_range_of_quote_marks_alone_is_dropped(nlp):
    doc = nlp('"Later," she recalled, "we went home."')
    assert trim(doc, 0, 1) is None


def test_closing_when_clause_on_a_date_goes_with_the_content(contents):
    text = "The union said the plant lost money in 2009, when the main buyer closed its doors."
    assert contents(text) == [
        ("said", "the plant lost money in 2009, when the main buyer closed its doors")
    ]


def test_participle_naming_its_object_after_a_quotation_is_a_report_of_its_own(attributed):
    text = 'Lee said in a video, "I do not take this step lightly", calling it a "hard step".'
    found = [(s.cue, s.speaker, s.text) for s in attributed(text).statements]
    assert ("said", "Lee", '"I do not take this step lightly"') in found
    assert ("calling", "Lee", 'it a "hard step"') in found


def test_closing_citing_participle_is_its_own_report(attributed):
    result = attributed("Lee said the plan had failed, citing weak sales in the north.")
    found = [(s.cue, s.speaker, s.text) for s in result.statements]
    assert found == [
        ("said", "Lee", "the plan had failed"),
        ("citing", "Lee", "weak sales in the north"),
    ]


def test_bare_definite_apposition_names_the_thing_and_stays(nlp):
    from spacy.tokens import Doc

    words = ["the", "gunman", "wore", "a", "mask", ",", "the", "balaclava"]
    heads = [1, 2, 2, 4, 2, 4, 7, 4]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "punct", "det", "appos"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert drop_trailing_aside(doc, 0, len(doc)) == len(doc)
    doc = Doc(nlp.vocab, words=[*words[:6], "a", "balaclava"], heads=heads, deps=deps, pos=pos)
    assert drop_trailing_aside(doc, 0, len(doc)) == 5  # an indefinite one is an aside


def test_bare_definite_apposition_giving_a_role_is_an_aside(nlp):
    from spacy.tokens import Doc

    words = ["the", "suspect", "was", "Lee", ",", "the", "mayor"]
    heads = [1, 2, 2, 2, 3, 6, 3]
    deps = ["det", "nsubj", "ROOT", "attr", "punct", "det", "appos"]
    pos = ["DET", "NOUN", "AUX", "PROPN", "PUNCT", "DET", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert drop_trailing_aside(doc, 0, len(doc)) == 4
    ents = ["O", "O", "O", "B-PERSON", "O", "O", "O"]
    words = [*words[:6], "baker"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert drop_trailing_aside(doc, 0, len(doc)) == 4  # any apposition on a person describes them


def test_a_bracket_the_words_open_is_closed_at_their_end(contents):
    text = "The alarm was raised at 3 a.m. local time (0200 GMT), according to the fire service."
    assert contents(text) == [
        ("according to", "The alarm was raised at 3 a.m. local time (0200 GMT)")
    ]


def test_a_range_stopping_before_the_bracket_it_opened_takes_the_bracket_in(nlp):
    doc = nlp("The storm moved north at 5 mph (8 kph).")
    opening = next(t.i for t in doc if t.text == "(")
    assert doc[slice(*close_bracket(doc, 0, opening + 3))].text == (
        "The storm moved north at 5 mph (8 kph)"
    )
    assert close_bracket(doc, 0, opening) == (0, opening)


def test_trim_keeps_a_closing_bracket_only_when_the_range_opened_it(nlp):
    doc = nlp("Fares rose (by 4 cents).")
    assert doc[slice(*trim(doc, 0, len(doc)))].text == "Fares rose (by 4 cents)"
    inner = next(t.i for t in doc if t.text == "by")
    assert doc[slice(*trim(doc, inner, len(doc)))].text == "by 4 cents"


def test_a_range_breaking_into_a_dashed_aside_ends_before_its_dash(contents):
    text = (
        "The governor, after saying he would not run ads on cable in the state - Ohio is "
        "among the priciest places for cable ads - bought airtime on Monday."
    )
    assert contents(text) == [("saying", "he would not run ads on cable in the state")]


def test_the_relative_clause_of_a_contrasting_cleft_stays(contents):
    text = "Aides said it was the mayor, not the council, who approved the budget."
    assert contents(text) == [
        ("said", "it was the mayor, not the council, who approved the budget")
    ]


def test_a_relative_clause_after_a_plain_it_was_is_an_aside(contents):
    text = "Aides said it was Lee, who won in May."
    assert contents(text) == [("said", "it was Lee")]


def test_on_the_ground_is_a_place_not_grounds(contents):
    text = (
        "Nine people were hurt, including the pilot and one mechanic on the ground, "
        "according to the fire chief."
    )
    words = "Nine people were hurt, including the pilot and one mechanic on the ground"
    assert contents(text) == [("according to", words)]


def test_grounds_of_a_saying_still_close_the_content(contents):
    text = "The senator opposed the motion on procedural grounds, aides said."
    assert all("grounds" not in words for _, words in contents(text))


def test_a_capital_article_after_an_abbreviation_starts_a_paragraph(nlp):
    from spacy.tokens import Doc

    words = ["banned", "from", "the", "U.S.", "\n", "A", "petition", "grew"]
    spaces = [True, True, True, False, False, True, True, False]
    tags = ["VBN", "IN", "DT", "NNP", "_SP", "NN", "NN", "VBD"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, tags=tags)
    assert clip(doc, 0, len(doc), 0) == (0, 4)
