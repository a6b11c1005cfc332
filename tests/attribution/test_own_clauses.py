"""Clauses with a report of their own keep it out of the report around them."""

from foretold.attribution.cue import Cue
from foretold.attribution.nesting import drop_nested

from .cues_in_text import rest as _rest
from .cues_in_text import span as _span
from .cues_in_text import token as _token


def test_a_concession_keeps_its_own_claim(nlp):
    text = "The mayor said the fund was safe, despite her claim that it was empty."
    doc = nlp(text)
    said = Cue(_token(doc, "said"), "said", doc[1], [_rest(text, "the fund")])
    claim = Cue(_token(doc, "claim"), "claim", doc[9], [_rest(text, "that it")])
    kept = drop_nested([said, claim], doc)
    assert kept == [said, claim]
    assert text[slice(*said.fragments[0])].strip() == "the fund was safe,"


def test_a_cue_in_brackets_with_its_own_subject_keeps_its_claim(nlp):
    text = "The mayor says the fund is safe (a reserve that, critics say, is small) for years."
    doc = nlp(text)
    says = _token(doc, "says")
    say = [t for t in doc if t.text == "say"][0]
    outer = Cue(says, "says", doc[1], [_rest(text, "the fund")])
    inner = Cue(say, "say", doc[12], [(text.index("a reserve"), text.index(")"))])
    assert inner.subject.head == say
    kept = drop_nested([outer, inner], doc)
    assert kept == [outer, inner]
    assert [text[slice(*f)].strip() for f in outer.fragments] == ["the fund is safe", "for years"]


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


def test_a_concessive_gerund_keeps_its_own_claim(contents):
    text = "The council says it found no fault despite a local paper claiming the wiring was old."
    assert contents(text) == [
        ("says", "it found no fault"),
        ("claiming", "the wiring was old"),
    ]


def test_a_second_report_by_the_same_speaker_inside_the_first_keeps_its_words(contents):
    text = (
        "Mayor Lee said if the tax is raised, the factory will move to another state and "
        "Lee says some of its workers will follow it."
    )
    assert contents(text) == [
        ("said", "if the tax is raised, the factory will move to another state"),
        ("says", "some of its workers will follow it"),
    ]


def test_a_relative_clause_a_report_interrupts_is_that_reports_content(contents):
    text = (
        "The mayor wants to close the old bridge which, she said, some engineers see as "
        '"a danger to everyone."'
    )
    found = contents(text)
    assert found[0] == ("wants", "to close the old bridge")
    assert ("said", 'some engineers see as "a danger to everyone."') in found


def test_a_relative_clause_on_an_appositive_keeps_its_own_claim(nlp):
    text = "The mayor invited the senator to the gala, an honor the senator said he hoped was due."
    doc = nlp(text)
    said_token = _token(doc, "said")
    assert said_token.dep_ == "relcl"
    invited = Cue(_token(doc, "invited"), "invited", doc[1], [_rest(text, "the senator to")])
    said = Cue(said_token, "said", doc[12], [_span(text, "he hoped was due")])
    kept = drop_nested([invited, said], doc)
    assert kept == [invited, said]
    assert text[slice(*invited.fragments[0])].strip() == "the senator to the gala"


def test_a_relative_clause_with_a_pronoun_on_an_appositive_gives_way(nlp):
    text = "The mayor praised the port, a town that she hoped to visit soon."
    doc = nlp(text)
    praised = Cue(_token(doc, "praised"), "praised", doc[1], [_rest(text, "the port")])
    hoped = Cue(_token(doc, "hoped"), "hoped", _token(doc, "she"), [_span(text, "to visit soon")])
    assert drop_nested([praised, hoped], doc) == [praised]


def test_a_closing_while_clause_with_its_own_report_stands_alone(attributed):
    text = "The mayor said the bridge was safe while the engineer wrote it had deep cracks."
    found = [(s.speaker, s.text) for s in attributed(text).statements]
    assert ("mayor", "the bridge was safe") in found
    assert ("engineer", "it had deep cracks") in found


def test_an_opening_while_clause_stays_in_the_report(attributed):
    text = "The mayor said that while polls showed her behind, she would win."
    [statement] = attributed(text).statements
    assert statement.text == "that while polls showed her behind, she would win"


def test_a_contrast_after_a_comma_inside_the_closing_quotation_mark_keeps_its_claim(attributed):
    text = (
        'Senator Ann Lee, the party leader, told CNN Reed "was a fine man," while Governor '
        'Tom Cole noted his "grace and wit" on Twitter.'
    )
    statements = attributed(text).statements
    assert [(s.speaker, s.text) for s in statements] == [
        ("Ann Lee", 'Reed "was a fine man,"'),
        ("Tom Cole", 'his "grace and wit"'),
    ]


def test_a_closing_when_clause_whose_cue_reports_nothing_stays_in_the_content(attributed):
    text = (
        "Tom Reed runs the plant. The factory was still open when Reed challenged himself to "
        "fix it, he told reporters."
    )
    [statement] = attributed(text).statements
    assert statement.text == "The factory was still open when Reed challenged himself to fix it"


def test_a_subject_relative_whose_cue_reports_nothing_stays_in_the_content(attributed):
    text = "The study found the young rat, which pressed the lever, tends to eat less food."
    [statement] = attributed(text).statements
    assert statement.text == "the young rat, which pressed the lever, tends to eat less food"


def test_a_concession_whose_cue_reports_nothing_stays_out_of_the_content(attributed):
    text = "The agency states the jet was a freighter, despite photos showing rows of windows."
    [statement] = attributed(text).statements
    assert statement.text == "the jet was a freighter"


def test_a_contrast_whose_subject_is_a_share_stays_in_the_finding(contents):
    text = "A new poll found that 48 percent of voters backed Lee, while 41 percent favored Reed."
    assert contents(text) == [
        ("found", "that 48 percent of voters backed Lee, while 41 percent favored Reed"),
    ]


def test_a_contrast_closing_on_a_margin_stays_in_the_finding(contents):
    text = (
        "The poll found nurses favored Lee, 60 percent to 30 percent, while doctors favored "
        "Reed, 52 percent to 40 percent."
    )
    [(cue, content)] = contents(text)
    assert cue == "found" and content.endswith("while doctors favored Reed")


def test_a_parallel_stance_after_while_stays_in_the_finding(contents):
    text = "A new poll found that 40 percent of voters backed Lee, while 30 percent favored Park."
    found = contents(text)
    assert not any(cue == "favored" for cue, _ in found)
    assert ("found", "that 40 percent of voters backed Lee, while 30 percent favored Park") in found


def test_an_estimate_after_while_keeps_its_own_source(contents):
    text = (
        "Velo Air says the new jet will save $5 million a year, while Acme Air has estimated"
        " a 20% saving."
    )
    assert ("estimated", "a 20% saving") in contents(text)


def test_a_share_that_says_a_clause_against_another_share_reports_it_itself(contents):
    text = (
        "Among the voters, 74 percent said they are set on voting for Lee, while 22 percent "
        "said they might change their mind."
    )
    assert contents(text) == [
        ("said", "they are set on voting for Lee"),
        ("said", "they might change their mind"),
    ]


def test_shares_that_say_clauses_in_a_poll_stay_in_the_finding(contents):
    text = (
        "A new poll found that 48 percent of voters said they backed Lee, while 41 percent "
        "said they favored Reed."
    )
    [(cue, content)] = contents(text)
    assert cue == "found" and content.endswith("while 41 percent said they favored Reed")


def test_shares_that_say_clauses_set_in_a_poll_stay_together(contents):
    text = (
        "In a poll last month, 38 percent of voters said Lee should step down, while 60 "
        "percent said he should stay."
    )
    [(cue, content)] = contents(text)
    assert content.endswith("while 60 percent said he should stay")
