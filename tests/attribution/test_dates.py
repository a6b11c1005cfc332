from datetime import date

import pytest

from foretold.attribution.dates import _named_day, cue_date, resolve_date

MONDAY = date(2021, 12, 6)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Sunday", date(2021, 12, 5)),
        ("Friday", date(2021, 12, 3)),
        ("Monday", MONDAY),
        ("yesterday", date(2021, 12, 5)),
        ("June 16", date(2021, 6, 16)),
        ("Dec. 24", date(2020, 12, 24)),
        ("March 3, 2019", date(2019, 3, 3)),
        ("next year", None),
        ("the last night", None),
    ],
)
def test_relative_dates_resolve_against_publication(phrase, expected):
    assert resolve_date(phrase, MONDAY) == expected


def test_weekday_without_publication_date_is_unknown():
    assert resolve_date("Sunday", None) is None


def test_date_must_modify_the_cue(nlp):
    doc = nlp("She told AFP on Sunday that the talks on Tuesday would fail.")
    told = next(t for t in doc if t.text == "told")
    assert cue_date(told, MONDAY) == date(2021, 12, 5)
    doc = nlp("She said the talks on Tuesday would fail.")
    said = next(t for t in doc if t.text == "said")
    assert cue_date(said, MONDAY) is None


def test_a_leap_day_later_than_publication_has_no_year_before_it():
    assert resolve_date("February 29", date(2024, 1, 10)) is None
    assert resolve_date("February 29", date(2024, 3, 10)) == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("3 December", date(2021, 12, 3)),
        ("3 March 2020", date(2020, 3, 3)),
        ("the 1st of December", date(2021, 12, 1)),
        ("last Tuesday", date(2021, 11, 30)),
        ("last Monday", date(2021, 11, 29)),
        ("Friday night", date(2021, 12, 3)),
        ("earlier today", MONDAY),
        ("this evening", MONDAY),
        ("last night", date(2021, 12, 5)),
        ("next Monday", None),
        ("Decade 3", None),
    ],
)
def test_day_month_order_and_parts_of_days_resolve(phrase, expected):
    assert resolve_date(phrase, MONDAY) == expected


def _date_of(nlp, sentence, cue):
    doc = nlp(sentence)
    return cue_date(next(t for t in doc if t.text == cue), MONDAY)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lee said on Friday night the plant would reopen.", date(2021, 12, 3)),
        ("Lee said earlier today that the plant would reopen.", MONDAY),
        ("Lee said late on Thursday that the plant would reopen.", date(2021, 12, 2)),
        ("On Sunday evening, Lee said the plant would reopen.", date(2021, 12, 5)),
        ("Lee told the BBC on 1 December 2020 that the plant would reopen.", date(2020, 12, 1)),
    ],
)
def test_a_date_or_time_on_the_cue_dates_the_saying(nlp, sentence, expected):
    cue = "told" if "told" in sentence else "said"
    assert _date_of(nlp, sentence, cue) == expected


def test_a_date_opening_a_clause_without_that_dates_the_saying(nlp):
    sentence = "Ms Lee said at a briefing yesterday morning the plant would reopen."
    assert _date_of(nlp, sentence, "said") == date(2021, 12, 5)
    assert _date_of(nlp, "Lee said that on Friday the plant would reopen.", "said") is None
    assert _date_of(nlp, "Lee said Friday was the deadline.", "said") is None
    assert _date_of(nlp, "Lee said yesterday's vote was rigged.", "said") is None


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        ("In a July 16 press conference, Lee said the plant would reopen.", "said", "2021-07-16"),
        ("The firm, in its 3 December release, reported a fall.", "reported", "2021-12-03"),
        ("In a statement released on Friday, the firm said sales fell.", "said", "2021-12-03"),
        ("The firm said in a statement on Saturday that sales fell.", "said", "2021-12-04"),
        ("At a press conference on Friday, Lee said sales fell.", "said", "2021-12-03"),
        ("In Friday's statement, the firm said sales fell.", "said", "2021-12-03"),
        ("Friday's statement said sales fell.", "said", "2021-12-03"),
        ("In an interview with the BBC on Sunday, Lee said sales fell.", "said", "2021-12-05"),
        ("Sales fell, according to a statement on Friday by the firm.", "according", "2021-12-03"),
    ],
)
def test_the_date_of_the_occasion_of_the_words_dates_them(nlp, sentence, cue, expected):
    assert _date_of(nlp, sentence, cue) == date.fromisoformat(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The embassy advised citizens to leave the country in its 3 December alert.",
            date(2021, 12, 3),
        ),
        ("The committee asked her to testify in a hearing on 3 December.", None),
    ],
)
def test_the_speakers_own_document_on_the_infinitive_dates_the_urging(nlp, sentence, expected):
    cue = "advised" if "advised" in sentence else "asked"
    assert _date_of(nlp, sentence, cue) == expected


def test_a_topic_after_on_does_not_date_the_saying(nlp):
    assert _date_of(nlp, "Lee commented on Friday's report.", "commented") is None


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        ("The firm issued a statement on Friday saying sales fell.", "saying", date(2021, 12, 3)),
        ("Speaking to reporters on Friday, Lee said sales fell.", "said", date(2021, 12, 3)),
        ("Asked on Friday about sales, Lee said they fell.", "said", date(2021, 12, 3)),
        ("Born on 3 March 1950, Lee said sales fell.", "said", None),
    ],
)
def test_a_participle_said_at_once_shares_its_date(nlp, sentence, cue, expected):
    assert _date_of(nlp, sentence, cue) == expected


def test_a_cue_coordinated_with_a_dated_verb_shares_its_date(nlp):
    doc = nlp("The ministry on Sunday denied the report and said the talks would go on.")
    said = next(t for t in doc if t.text == "said")
    assert cue_date(said, MONDAY) == date(2021, 12, 5)
    doc = nlp("The ministry on Sunday denied the report and the mayor said the talks failed.")
    said = next(t for t in doc if t.text == "said")
    assert cue_date(said, MONDAY) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The council on Sunday rejected the plan, citing its cost.",
        "On Sunday, officials acknowledged the plant had been closed, blaming the storm.",
    ],
)
def test_a_closing_participle_shares_the_date_of_its_report(nlp, sentence):
    cue = "citing" if "citing" in sentence else "blaming"
    assert _date_of(nlp, sentence, cue) == date(2021, 12, 5)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("According to officials on Sunday, the bridge will stay shut.", date(2021, 12, 5)),
        ("The storm killed nine, according to the coast guard on Friday.", date(2021, 12, 3)),
        ("According to the ministry, on Sunday the bridge was shut.", None),
        ("According to a survey on Friday's storm, most roofs held.", None),
    ],
)
def test_a_date_right_after_the_source_of_according_to_dates_the_account(nlp, sentence, expected):
    doc = nlp(sentence)
    according = next(t for t in doc if t.lower_ == "according")
    assert cue_date(according, MONDAY) == expected


def test_a_date_run_into_the_name_after_it_dates_the_saying(nlp):
    doc = nlp("On Friday Harlow Motor Company announced a recall of its vans.")
    announced = next(t for t in doc if t.text == "announced")
    assert cue_date(announced, MONDAY) == date(2021, 12, 3)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("In findings published on Friday, geologists report the cliffs erode.", "report"),
        ("In a study released on Friday, doctors said the drug works.", "said"),
        ("The ruling, issued on Friday, said the law was void.", "said"),
        ("In his Friday talk at the museum, Lee said the fossils were fake.", "said"),
    ],
)
def test_a_study_ruling_or_talk_is_an_occasion_of_the_words(nlp, sentence, cue):
    assert _date_of(nlp, sentence, cue) == date(2021, 12, 3)


def test_a_closing_participle_shares_the_occasion_of_its_report(nlp):
    sentence = "In a statement on Friday, the club confirmed the sale, stating it was a good deal."
    assert _date_of(nlp, sentence, "stating") == date(2021, 12, 3)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ('The farmer told the paper, "Today we harvest the last field."', "told"),
        ('The mayor said, "On Friday the bridge reopened to traffic."', "said"),
    ],
)
def test_a_date_opening_a_quotation_is_part_of_the_words(nlp, sentence, cue):
    assert _date_of(nlp, sentence, cue) is None


def test_a_span_of_days_is_not_the_day_of_saying(nlp):
    sentence = "The mayor announced two days of closures, Friday through Sunday."
    assert _date_of(nlp, sentence, "announced") is None


def test_a_date_before_as_is_the_object_of_the_verb(nlp):
    sentence = "The museum identifies March 3, 1921 as the day the ship sank."
    assert _date_of(nlp, sentence, "identifies") is None


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The governor skipped the early contests, focusing on Super Tuesday.", "focusing"),
        ("The governor said on Super Tuesday that the race was over.", "said"),
        ("Shoppers spent more, the firm said on Cyber Monday.", "said"),
    ],
)
def test_a_named_weekday_is_no_day_of_saying(nlp, sentence, cue):
    assert _date_of(nlp, sentence, cue) is None


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Late Tuesday, the governor said the early contests did not matter.", "said"),
        ("Lee told Reuters Tuesday that the plant would reopen.", "told"),
        ("President Ann Lee Tuesday said the plant would reopen.", "said"),
        ("The governor said in Ohio Tuesday that taxes would fall.", "said"),
        ("The army said at the Lee Tuesday briefing that the drill was over.", "said"),
    ],
)
def test_a_name_or_time_word_before_a_weekday_keeps_it_a_weekday(nlp, sentence, cue):
    assert _date_of(nlp, sentence, cue) == date(2021, 11, 30)


@pytest.mark.parametrize(
    "sentence", ["Lee said: Early Tuesday we lost.", "Lee wrote: Last Tuesday."]
)
def test_a_capitalised_time_word_mid_sentence_is_no_name(nlp, sentence):
    tuesday = next(t for t in nlp(sentence) if t.text == "Tuesday")
    assert not _named_day(tuesday)


def test_a_month_day_still_to_come_is_no_day_of_saying(nlp):
    assert _date_of(nlp, "The band announced a concert on December 20.", "announced") is None
    sentence = "The band announced a tour on November 20."
    assert _date_of(nlp, sentence, "announced") == date(2021, 11, 20)


def test_a_month_day_of_the_next_year_is_still_to_come(nlp):
    doc = nlp("The band announced a concert on Jan. 5.")
    announced = next(t for t in doc if t.text == "announced")
    assert cue_date(announced, date(2019, 12, 20)) is None
    doc = nlp("The band announced a tour on Dec. 5.")
    announced = next(t for t in doc if t.text == "announced")
    assert cue_date(announced, date(2019, 12, 20)) == date(2019, 12, 5)


def test_a_present_tense_cue_tells_of_its_date(nlp):
    sentence = "The ship's log shows a stop in Lisbon on Friday."
    assert _date_of(nlp, sentence, "shows") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Lee stressed the council's tweets Friday are as close as it will come to an apology.",
        "Lee commented the company's losses Tuesday are likely to grow.",
    ],
)
def test_a_date_before_the_reported_verb_dates_its_subject(nlp, sentence):
    cue = sentence.split()[1]
    assert _date_of(nlp, sentence, cue) is None


def test_a_date_after_the_listener_dates_the_saying(nlp):
    sentence = "Lee told reporters Tuesday the vote was rigged."
    assert _date_of(nlp, sentence, "told") == date(2021, 11, 30)


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday, minutes before the council voted to close the inquiry, the mayor said the"
        " files were private.",
        "On Friday, hours before the council voted on the budget, the mayor said it was fair.",
    ],
)
def test_a_date_before_a_fronted_clause_dates_the_cue(nlp, sentence):
    assert _date_of(nlp, sentence, "said") == date(2021, 12, 3)


def test_a_date_inside_a_fronted_clause_dates_that_clause(nlp):
    sentence = "When the vote ended on Friday, the mayor said the count was fair."
    assert _date_of(nlp, sentence, "said") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ministry said in a statement Friday that two soldiers died.", date(2021, 12, 3)),
        ("Lee said in an interview Sunday that the plant would close.", date(2021, 12, 5)),
    ],
)
def test_a_bare_date_after_the_occasion_dates_the_words(nlp, sentence, expected):
    doc = nlp(sentence)
    said = next(t for t in doc if t.text == "said")
    assert cue_date(said, MONDAY) == expected


def test_as_of_a_day_on_a_report_dates_its_words(nlp):
    sentence = "Reports as of Friday said some forty homes had been flooded."
    assert _date_of(nlp, sentence, "said") == date(2021, 12, 3)


def test_as_of_a_day_in_the_reported_clause_dates_the_facts(nlp):
    sentence = "Officials said that as of Friday, forty homes had been flooded."
    assert _date_of(nlp, sentence, "said") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "After the storm on Friday, Lee said the town would recover.",
        "Lee said after the vote on Friday that the plan would fail.",
        "Ahead of the vote on Friday, Lee said the plan would fail.",
    ],
)
def test_a_date_of_an_event_before_or_after_the_words_is_not_theirs(nlp, sentence):
    doc = nlp(sentence)
    said = next(t for t in doc if t.text == "said")
    assert cue_date(said, MONDAY) is None


def test_a_date_after_an_earlier_event_keeps_the_cue_date(nlp):
    doc = nlp("After the vote, Lee said on Friday that the plan would fail.")
    said = next(t for t in doc if t.text == "said")
    assert cue_date(said, MONDAY) == date(2021, 12, 3)


def test_a_bare_date_after_the_source_of_according_to_dates_the_account(nlp):
    doc = nlp(
        "According to the Center for Disease Control late today, 200 patients have recovered."
    )
    according = next(t for t in doc if t.text == "According")
    assert cue_date(according, MONDAY) == MONDAY
    doc = nlp(
        "According to the Riverside Institute for Ocean Science and Engineering late today, "
        "40 boats have returned to port."
    )
    according = next(t for t in doc if t.text == "According")
    assert cue_date(according, MONDAY) == MONDAY  # the date hangs on the source's name


def test_a_letter_published_after_its_addressee_dates_the_words(nlp):
    doc = nlp(
        "In a letter to The Daily Post, published on Friday, the mayor said the bridge was unsafe."
    )
    said = next(t for t in doc if t.text == "said")
    assert cue_date(said, MONDAY) == date(2021, 12, 3)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (
            "The December 3 issue of the Daily Star published an interview with the mayor.",
            "published",
        ),
        ("The Friday edition of the paper reported that the mayor had resigned.", "reported"),
        ("In the December 3 issue of the magazine, the mayor said taxes would fall.", "said"),
    ],
)
def test_a_dated_issue_or_edition_is_an_occasion_of_the_words(nlp, sentence, cue):
    assert _date_of(nlp, sentence, cue) == date(2021, 12, 3)


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        (
            "Late last week on Friday in a speech, the governor said taxes would rise.",
            "said",
            date(2021, 12, 3),
        ),
        (
            "Earlier this week on Wednesday on national television, President Lee said the "
            "museum would close.",
            "said",
            date(2021, 12, 1),
        ),
    ],
)
def test_a_day_narrowing_a_wider_span_dates_the_saying(nlp, sentence, cue, expected):
    assert _date_of(nlp, sentence, cue) == expected


def test_a_date_before_the_participle_of_a_with_clause_dates_it(nlp):
    sentence = (
        "Inquiries have been opened by the police and the safety board, with the latter "
        'yesterday confirming on Twitter they were "not sending staff to the site."'
    )
    assert _date_of(nlp, sentence, "confirming") == date(2021, 12, 5)
    assert (
        _date_of(nlp, "The firm shut the plant, with workers protesting it.", "protesting") is None
    )


def test_a_participle_root_dates_the_past_tense_hung_on_its_object(nlp):
    sentence = (
        "On Tuesday, Foreign Minister Ana Lee speaking to a business forum called the trade "
        'deal "unfair".'
    )
    assert _date_of(nlp, sentence, "called") == date(2021, 11, 30)


THURSDAY = date(2021, 12, 9)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The mayor was found dead, police reported Friday morning, local time.",
            date(2021, 12, 10),
        ),
        (
            "Police reported on Friday, local time, that the mayor had been found.",
            date(2021, 12, 10),
        ),
        ("Police reported Friday morning that the mayor had been found.", date(2021, 12, 3)),
        ("The mayor was found dead, police reported last Friday, local time.", date(2021, 12, 3)),
        (
            "On Wednesday local time, police reported that the mayor had been found.",
            date(2021, 12, 8),
        ),
    ],
)
def test_a_weekday_in_local_time_may_be_the_day_after_publication(nlp, sentence, expected):
    doc = nlp(sentence)
    assert cue_date(next(t for t in doc if t.text == "reported"), THURSDAY) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Tom Hill endorsed the senator's approach on Saturday.",
        "Governor Tom Hill endorsed the senator's approach Saturday.",
    ],
)
def test_a_day_closing_the_object_dates_the_act(nlp, sentence):
    assert _date_of(nlp, sentence, "endorsed") == date(2021, 12, 4)
