"""Nesting: one attribution per stretch of text."""

from foretold.attribution.cue import Cue
from foretold.attribution.nesting import drop_nested


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def test_two_cues_with_the_same_content_make_one_statement(nlp):
    text = 'Reed wrote to the board. Reed: "The fund is safe." Lee agreed.'
    doc = nlp(text)
    quote = (text.index('"'), text.rindex('"') + 1)
    label = Cue(_token(doc, ":"), ":", doc[6], [quote], quoted=True)
    wrote = Cue(_token(doc, "wrote"), "wrote", doc[0], [quote], quoted=True)
    kept = drop_nested([wrote, label], doc)
    assert len(kept) == 1


def test_a_cue_inside_another_cues_content_gives_way(nlp):
    text = "Reed said the mayor thinks the fund is safe."
    doc = nlp(text)
    said = Cue(_token(doc, "said"), "said", doc[0], [_rest(text, "the mayor")])
    thinks = Cue(_token(doc, "thinks"), "thinks", doc[3], [_rest(text, "the fund")])
    assert drop_nested([thinks, said], doc) == [said]


def test_a_quoted_label_takes_its_name_out_of_another_cues_content(nlp):
    text = 'Polls agree with Jane Doe: "Turnout was the story of the night." Lee agreed.'
    doc = nlp(text)
    quote = (text.index('"'), text.index('"', text.index('"') + 1) + 1)
    name = (text.index("Jane"), text.index(":"))
    label = Cue(_token(doc, ":"), ":", _token(doc, "Doe"), [quote], quoted=True)
    agree = Cue(_token(doc, "agree"), "agree", doc[0], [name])
    assert drop_nested([agree, label], doc) == [label]


def test_a_cue_noun_in_a_passive_subject_outranks_its_verb(nlp):
    text = "Her warnings about the budget were echoed by the board."
    doc = nlp(text)
    subject = (0, text.index(" were"))
    about = (text.index("the budget"), text.index(" were"))
    echoed = Cue(_token(doc, "echoed"), "echoed", doc[9], [subject])
    warnings = Cue(_token(doc, "warnings"), "warnings", doc[0], [about])
    assert drop_nested([echoed, warnings], doc) == [warnings]


def test_a_concession_keeps_its_own_claim(nlp):
    text = "The mayor said the fund was safe, despite her claim that it was empty."
    doc = nlp(text)
    said = Cue(_token(doc, "said"), "said", doc[1], [_rest(text, "the fund")])
    claim = Cue(_token(doc, "claim"), "claim", doc[9], [_rest(text, "that it")])
    kept = drop_nested([said, claim], doc)
    assert kept == [said, claim]
    assert text[slice(*said.fragments[0])].strip() == "the fund was safe,"


def test_an_infinitive_cue_under_a_passive_of_hearsay_keeps_its_speaker(nlp):
    text = 'The governor is reported to have called the budget "a disgrace."'
    doc = nlp(text)
    reported = _token(doc, "reported")
    called = _token(doc, "called")
    assert called.dep_ == "xcomp" and called.head == reported
    whole = (0, len(text) - 1)
    outer = Cue(reported, "reported", None, [whole])
    inner = Cue(called, "called", doc[1], [_rest(text, "the budget")])
    assert drop_nested([outer, inner], doc) == [inner]


def test_an_infinitive_under_a_passive_of_expectation_gives_way(nlp):
    text = "The governor is expected to announce that the budget will pass."
    doc = nlp(text)
    expected = _token(doc, "expected")
    announce = _token(doc, "announce")
    outer = Cue(expected, "expected", None, [(0, len(text) - 1)])
    inner = Cue(announce, "announce", doc[1], [_rest(text, "the budget")])
    assert drop_nested([outer, inner], doc) == [outer]


def test_a_cue_in_brackets_with_its_own_subject_keeps_its_claim(nlp):
    text = "The mayor says the fund is safe (a reserve that, critics say, is small) for years."
    doc = nlp(text)
    says = _token(doc, "says")
    say = [t for t in doc if t.text == "say"][0]
    outer = Cue(says, "says", doc[1], [_rest(text, "the fund")])
    inner = Cue(say, "say", _token(doc, "critics"), [(text.index("a reserve"), text.index(")"))])
    assert inner.subject.head == say
    kept = drop_nested([outer, inner], doc)
    assert kept == [outer, inner]
    assert [text[slice(*f)].strip() for f in outer.fragments] == ["the fund is safe", "for years"]


def test_a_quotation_takes_its_cues_own_words_out_of_the_report_around_it(nlp):
    text = '"The fund is safe," Reed said Monday in Dayton, according to aides.'
    doc = nlp(text)
    quote = (0, text.index(" Reed"))
    said = Cue(_token(doc, "said"), "said", _token(doc, "Reed"), [quote], quoted=True)
    whole = (0, text.index(", according"))
    according = Cue(_token(doc, "according"), "according to", None, [whole])
    assert drop_nested([said, according], doc) == [said]


def test_the_thing_that_carried_a_quotation_is_no_report_of_its_own(nlp):
    text = 'The council issued a statement Friday saying, "The fund is safe."'
    doc = nlp(text)
    saying = _token(doc, "saying")
    quote = (text.index('"'), len(text))
    issued = Cue(_token(doc, "issued"), "issued", doc[1], [(text.index("a statement"), len(text))])
    said = Cue(saying, "saying", doc[1], [quote], quoted=True)
    assert drop_nested([issued, said], doc) == [said]


def test_a_lone_relative_pronoun_is_no_content(contents):
    text = "The city keeps old buses which, the mayor said, nobody wants to drive."
    assert ("said", "which") not in contents(text)


def test_a_date_alone_is_no_content(contents):
    text = '"The plan will work," the mayor told reporters on Tuesday. "We are ready."'
    assert all(content != "Tuesday" for _, content in contents(text))


def test_a_partitive_relative_on_the_source_is_no_content(contents):
    text = "Twelve people were hurt, according to doctors, some of whom were at the scene."
    found = [content for _, content in contents(text)]
    assert "Twelve people were hurt" in found
    assert not any(content.startswith("some of whom") for content in found)


def _span(text, words):
    start = text.index(words)
    return (start, start + len(words))


def _rest(text, words):
    """From the words to the end of the sentence, without its full stop."""
    return (text.index(words), len(text) - 1)


def test_a_relative_clause_set_off_by_a_comma_keeps_its_own_claim(nlp):
    text = "The mayor praised the pastor, who has vowed to fight the plan."
    doc = nlp(text)
    praised = Cue(_token(doc, "praised"), "praised", doc[1], [_rest(text, "the pastor")])
    who = _token(doc, "who")
    vowed = Cue(_token(doc, "vowed"), "vowed", who, [_span(text, "to fight the plan")])
    assert drop_nested([praised, vowed], doc) == [praised, vowed]
    assert text[slice(*praised.fragments[0])] == "the pastor"


def test_a_passive_relative_clause_that_only_names_gives_way(nlp):
    text = "The mayor praised the paper, which is called the Ledger."
    doc = nlp(text)
    praised = Cue(_token(doc, "praised"), "praised", doc[1], [_rest(text, "the paper")])
    called = Cue(_token(doc, "called"), "called", None, [_span(text, "the Ledger")])
    assert drop_nested([praised, called], doc) == [praised]


def test_a_cue_inside_a_relative_clause_keeps_its_words(nlp):
    text = "The mayor thanked the senator, who endorsed her and said she would win."
    doc = nlp(text)
    thanked = Cue(_token(doc, "thanked"), "thanked", doc[1], [_rest(text, "the senator")])
    who = _token(doc, "who")
    endorsed = Cue(_token(doc, "endorsed"), "endorsed", who, [_span(text, "her and")])
    said = Cue(_token(doc, "said"), "said", who, [_span(text, "she would win")])
    kept = drop_nested([thanked, endorsed, said], doc)
    assert said in kept and text[slice(*said.fragments[0])] == "she would win"


def test_a_concession_after_a_dash_keeps_its_own_claim(nlp):
    text = "The mayor said the fund was safe - though she admitted that the books were late."
    doc = nlp(text)
    said = Cue(_token(doc, "said"), "said", doc[1], [_rest(text, "the fund")])
    she = _token(doc, "she")
    late = _span(text, "that the books were late")
    admitted = Cue(_token(doc, "admitted"), "admitted", she, [late])
    assert drop_nested([said, admitted], doc) == [said, admitted]
    assert text[slice(*said.fragments[0])].strip() == "the fund was safe"


def test_an_even_though_clause_keeps_its_own_claim(nlp):
    text = "The board warned the fund could fail, even though many experts doubt it would."
    doc = nlp(text)
    warned = Cue(_token(doc, "warned"), "warned", doc[1], [_rest(text, "the fund")])
    doubt = Cue(_token(doc, "doubt"), "doubt", _token(doc, "experts"), [_span(text, "it would")])
    assert drop_nested([warned, doubt], doc) == [warned, doubt]


def test_a_closing_when_clause_reports_in_its_own_right(nlp):
    text = "The city admitted it erred when a doctor reported high lead levels."
    doc = nlp(text)
    admitted = Cue(_token(doc, "admitted"), "admitted", doc[1], [_rest(text, "it erred")])
    doctor = _token(doc, "doctor")
    reported = Cue(_token(doc, "reported"), "reported", doctor, [_span(text, "high lead levels")])
    assert drop_nested([admitted, reported], doc) == [admitted, reported]
    assert text[slice(*admitted.fragments[0])].strip() == "it erred"


def test_a_gerund_hung_on_a_tensed_verb_inside_a_report_keeps_its_own_clause(attributed):
    text = (
        "Ann Lee hit back Tuesday, saying that the plan had strong support but was sunk by voter "
        'anger - and arguing that she and Cole shared "nearly the same goals."'
    )
    statements = {s.cue: s.text for s in attributed(text).statements}
    assert statements["saying"].endswith("sunk by voter anger")
    assert statements["arguing"].startswith("that she and Cole shared")
