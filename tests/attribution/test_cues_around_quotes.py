"""Cues found beside a quotation with no cue of its own."""

from foretold.attribution.attaching import attach_quotes
from foretold.attribution.cue import Cue, token_quotes
from foretold.attribution.cues_around_quotes import conjunct_before_colon
from foretold.attribution.quotes import find_quote_spans


def test_cue_in_a_clause_after_a_quoted_phrase_does_not_claim_it(attributed):
    text = 'Supporters responded with chants of "Four more years" until the mayor spoke again.\n'
    statements = attributed(text).statements
    chant = next(s for s in statements if "Four more years" in s.text)
    assert chant.speaker_mention.text == "Supporters"


def test_a_long_subject_after_a_quotation_does_not_keep_it_from_its_cue(nlp):
    text = (
        '"We will appeal," county clerk Ann Lee and state party chair Bob Ray, both Democrats, '
        "said on Friday."
    )
    doc = nlp(text)
    said = next(t for t in doc if t.text == "said")
    cue = Cue(said, "said", next(t for t in doc if t.text == "Lee"))
    quotes = find_quote_spans(text)
    attach_quotes(doc, quotes, [cue], token_quotes(doc, quotes), text)
    assert cue.fragments == [(0, len('"We will appeal,"'))]


def test_a_quotation_after_a_relative_clause_goes_to_the_cue_it_describes(attributed):
    text = 'Nothing the governor said "will help families," the senator said.\n'
    said = next(s for s in attributed(text).statements if "help families" in s.text)
    assert said.speaker_mention.text == "the senator"


def test_a_cue_before_the_colon_claims_the_quotation_after_it(nlp):
    text = '"The plan will work," Ray said as a protester yelled: "Go home!"'
    doc = nlp(text)
    said, yelled = (next(t for t in doc if t.text == w) for w in ("said", "yelled"))
    first, last = (0, text.index(" Ray")), (text.index('"Go'), len(text))
    report = Cue(said, "said", next(t for t in doc if t.text == "Ray"), [first, last])
    shout = Cue(yelled, "yelled", next(t for t in doc if t.text == "protester"))
    quotes = find_quote_spans(text)
    attach_quotes(doc, quotes, [report, shout], token_quotes(doc, quotes), text)
    assert (report.fragments, shout.fragments) == ([first], [last])


def test_a_question_closing_its_sentence_is_not_claimed_by_the_next_sentences_verb(attributed):
    text = (
        "''Was I going to stay home and complain?'' she told me. "
        "''Or was I going to do something about it?'' Ruth Mayer sold her car and moved away.\n"
    )
    statements = attributed(text).statements
    question = next(s for s in statements if "do something about it" in s.text)
    assert question.speaker_mention is None or question.speaker_mention.text != "Ruth Mayer"
    assert question.cue == "told"


def test_a_later_cue_with_its_own_phrase_before_the_colon_claims_the_quotation(attributed):
    text = (
        'The mayor supports "smaller schools," opposes "new taxes" and recalled her first '
        'campaign: "We had nothing but a phone."\n'
    )
    statements = attributed(text).statements
    phone = next(s for s in statements if "a phone" in s.text)
    assert (phone.cue, phone.text) == ("recalled", '"We had nothing but a phone."')
    assert [s.text for s in statements if s.cue == "supports"] == ['"smaller schools,"']


def test_a_quotation_after_a_later_colon_cue_leaves_the_first_cue_its_own_words(attributed):
    text = (
        "The coach praised the players and recalled his first season: "
        '"We lost every game but one."\n'
    )
    by_cue = {s.cue: s.text for s in attributed(text).statements}
    assert by_cue == {"praised": "the players", "recalled": '"We lost every game but one."'}


def test_a_later_cue_with_only_adverbials_before_the_comma_claims_the_quotation(nlp):
    text = (
        'Lee insisted it was "premature" to back the plan while adding on tax matters, '
        '"I have no doubt her heart is in the right place."'
    )
    doc = nlp(text)
    insisted, adding, lee = (
        next(t for t in doc if t.text == w) for w in ("insisted", "adding", "Lee")
    )
    report = Cue(insisted, "insisted", lee, [(text.index("it was"), len(text))])
    added = Cue(adding, "adding", lee)
    quotes = find_quote_spans(text)
    attach_quotes(doc, quotes, [report, added], token_quotes(doc, quotes), text)
    assert [text[a:b].strip() for a, b in report.fragments] == [
        'it was "premature" to back the plan'
    ]
    assert added.fragments == [(text.index('"I have'), len(text))]


def test_a_whole_quoted_post_is_not_claimed_by_the_next_sentences_verb(attributed):
    text = (
        'Lee tweeted she was not aware of the march: "Wow! Hundreds of people are here. '
        '#KeepFaith" KeepFaith stands for a local charity.\n'
    )
    post = [s for s in attributed(text).statements if "Hundreds of people" in s.text]
    assert all(s.cue != "stands" for s in post)


def test_a_quoted_phrase_ending_in_a_bracketed_stop_keeps_its_cue(attributed):
    text = (
        'The doctor said the ruling would bring "relief to the families who waited[.]" '
        "She added that more help was needed.\n"
    )
    relief = next(s for s in attributed(text).statements if "relief" in s.text)
    assert relief.speaker_mention.text == "The doctor"


def test_a_cue_in_a_side_phrase_before_the_colon_leaves_the_quotation_to_the_first(attributed):
    text = (
        "According to prosecutor Dana Whitt, the diary if written by the accused could strengthen "
        'the case: "The key question is intent. That is clear here."\n'
    )
    statements = attributed(text).statements
    diary = [s for s in statements if "key question" in s.text]
    assert [(s.cue, s.speaker) for s in diary] == [("According to", "Dana Whitt")]


def test_a_quotation_after_a_noun_of_something_said_and_a_comma_is_what_was_said(contents):
    assert contents('The mayor made the statement, "we will not back down."') == [
        ("made", '"we will not back down."')
    ]


def test_a_quoted_statement_in_part_of_a_tweet_is_the_tweeter_s(attributed):
    text = 'Part of the mayor\'s tweet included the statement, "when the rain stops, we dig."'
    found = attributed(text).statements
    assert [(s.speaker, s.text) for s in found] == [("mayor", '"when the rain stops, we dig."')]


def test_a_quotation_after_another_noun_and_a_comma_has_no_cue(contents):
    assert contents('The mayor visited the bridge, "the pride of the town."') == []


def test_a_quotation_after_a_dash_aside_goes_to_the_cue_before_the_aside(nlp):
    text = (
        "Speaker Ann Lee commented on the matter \u2014 which the Herald noted as a rare move "
        'by a Speaker \u2014 "It is plain that the aim of the recess is to stop the debate."'
    )
    doc = nlp(text)
    commented, noted = (next(t for t in doc if t.text == w) for w in ("commented", "noted"))
    aside = (text.index("which"), text.index("Speaker \u2014") + len("Speaker"))
    remark = Cue(commented, "commented", next(t for t in doc if t.text == "Lee"), [aside])
    note = Cue(noted, "noted", next(t for t in doc if t.text == "Herald"), [aside])
    quotes = find_quote_spans(text)
    attach_quotes(doc, quotes, [remark, note], token_quotes(doc, quotes), text)
    assert remark.fragments == [(text.index('"It'), len(text))]


def test_a_subjectless_verb_joined_after_the_cue_introduces_the_quotation_after_the_colon(nlp):
    text = (
        'The senator favors "higher teacher salaries" and recalled the long freeze on school '
        'budgets: "I saw how hard it was for teachers to be told their pay would not rise."'
    )
    doc = nlp(text)
    favors, senator = (next(t for t in doc if t.text == w) for w in ("favors", "senator"))
    cue = Cue(favors, "favors", senator)
    quotes = find_quote_spans(text)
    cues = attach_quotes(doc, quotes, [cue], token_quotes(doc, quotes), text)
    saw = next(c for c in cues if any(text[a:b].startswith('"I saw') for a, b in c.fragments))
    assert (saw.text, saw.subject) == ("recalled", senator)
    assert [text[a:b] for a, b in cue.fragments] == ['"higher teacher salaries"']


def test_a_joined_verb_with_its_own_subject_is_no_second_act_of_the_cue(nlp):
    text = 'The senator favors "higher salaries" and her rivals recalled one fact: "Pay is low."'
    doc = nlp(text)
    favors, senator = (next(t for t in doc if t.text == w) for w in ("favors", "senator"))
    opening = next(t.i for t in doc if t.text == '"' and t.idx == text.index('"Pay'))
    assert conjunct_before_colon(doc, Cue(favors, "favors", senator), opening) is None


def test_a_named_cue_alone_in_the_sentence_after_a_closed_quotation_reports_it(attributed):
    text = (
        "Ann Lee spoke about the plan. "
        '"We will appeal the ruling and we expect to win." Mr Ray said. '
        "The court will meet on Monday.\n"
    )
    statements = attributed(text).statements
    appeal = next(s for s in statements if "appeal the ruling" in s.text)
    assert appeal.speaker_mention.text == "Mr Ray"
    assert appeal.cue == "said"


def test_a_named_cue_with_words_of_its_own_after_a_closed_quotation_does_not_claim_it(attributed):
    text = (
        "The mayor discussed the vote. "
        '"We will appeal the ruling and we expect to win." But Ray said the plan failed.\n'
    )
    statements = attributed(text).statements
    appeal = next(s for s in statements if "appeal the ruling" in s.text)
    assert appeal.speaker_mention.text == "The mayor"


def test_a_cue_in_a_gerund_phrase_after_the_quotation_does_not_claim_it(contents):
    text = (
        "The coach cautioned “let us not get ahead of ourselves,” before predicting that the "
        "team would win."
    )
    assert contents(text) == [
        ("cautioned", "“let us not get ahead of ourselves,”"),
        ("predicting", "that the team would win"),
    ]


def test_a_quoted_reason_after_the_content_goes_on_with_the_cue(attributed):
    text = (
        "The mayor argued that it would be wiser to wait a year than build now, "
        "\u201cbecause the people in charge will be spending all of the money.\u201d\n"
    )
    statement = next(s for s in attributed(text).statements if "all of the money" in s.text)
    assert statement.cue == "argued"
    assert statement.text.startswith("that it would be wiser")


def test_a_verb_after_a_quotation_whose_subject_is_a_quoted_word_does_not_claim_it(attributed):
    text = (
        '"Older voters decide this race," said Ann Lee, the party chair. "Smith has to keep '
        "them. Jones has to do the 'farm tour'\" - building his name and then persuading "
        "voters he can deliver.\n"
    )
    statements = attributed(text).statements
    quoted = next(s for s in statements if "Smith has to keep them" in s.text)
    assert quoted.speaker_mention is not None
    assert quoted.speaker_mention.text == "Ann Lee"


def test_a_quotation_inside_the_subjects_phrase_is_not_claimed_by_its_verb(attributed):
    text = (
        'Ann Lee, who\'s starred in "Harbour Lights" and "The Long Field," posted the clip '
        "to YouTube on Thursday."
    )
    assert all('"' not in s.text for s in attributed(text).statements)


def test_a_bare_participle_of_saying_before_a_quotation_reports_it(attributed):
    text = (
        'Lee said the vote was "a long time coming," explaining, "because we waited twenty '
        'years for it."'
    )
    found = {s.text: s.cue for s in attributed(text).statements}
    assert found['"because we waited twenty years for it."'] == "explaining"
    assert found['the vote was "a long time coming,"'] == "said"
