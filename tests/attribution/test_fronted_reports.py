"""A report that opens its sentence and a comma, hung by the parse on the clause after it."""

from foretold.attribution.fronted_reports import fronted_participle, fronted_report


def _fronted(parsed):
    words = ["Lee", "reported", ",", "the", "council", "resigned", "."]
    return parsed(
        words,
        [1, 5, 5, 4, 5, 5, 5],
        ["nsubj", "ccomp", "punct", "det", "nsubj", "ROOT", "punct"],
        ["NNP", "VBD", ",", "DT", "NN", "VBD", "."],
        ["Lee", "report", ",", "the", "council", "resign", "."],
    )


def test_report_before_a_comma_hung_on_the_clause_after_is_fronted(parsed):
    doc = _fronted(parsed)
    assert fronted_report(doc[1])


def test_the_clause_after_the_comma_is_not_fronted(parsed):
    doc = _fronted(parsed)
    assert not fronted_report(doc[5])


def test_fronted_report_reports_the_clause_after_its_comma(attributed):
    found = attributed(
        "The Daily Ledger's Ann Lee previously reported, the city council refused to publish "
        "the budget."
    ).statements
    assert [(s.cue, s.speaker, s.text) for s in found] == [
        ("reported", "Ann Lee", "the city council refused to publish the budget")
    ]


def test_phrase_dating_the_fronted_report_is_left_out(contents):
    assert contents("Lee reported on Monday, the council refused to pay.") == [
        ("reported", "the council refused to pay")
    ]


def test_phrase_before_the_comma_opens_what_was_shown(contents):
    assert contents("The scans showed in all cases, the tumours had shrunk.") == [
        ("showed", "in all cases, the tumours had shrunk")
    ]


def test_text_the_words_were_written_in_is_left_out(contents):
    assert contents("Lee further wrote in the announcement, the new plan will help the farms.") == [
        ("wrote", "the new plan will help the farms")
    ]


def test_topic_of_the_verb_gives_it_content_of_its_own(parsed):
    words = ["Voters", "learn", "about", "him", ",", "they", "like", "him", "."]
    doc = parsed(
        words,
        [1, 6, 1, 2, 6, 6, 6, 6, 6],
        ["nsubj", "ccomp", "prep", "pobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
        ["NNS", "VBP", "IN", "PRP", ",", "PRP", "VBP", "PRP", "."],
        ["voter", "learn", "about", "he", ",", "they", "like", "he", "."],
    )
    assert not fronted_report(doc[1])


def test_clause_in_a_phrase_of_the_verb_gives_it_content_of_its_own(parsed):
    words = ["He", "continued", "by", "noting", "costs", ",", "we", "think", "."]
    doc = parsed(
        words,
        [1, 7, 1, 2, 3, 7, 7, 7, 7],
        ["nsubj", "ccomp", "prep", "pcomp", "dobj", "punct", "nsubj", "ROOT", "punct"],
        ["PRP", "VBD", "IN", "VBG", "NNS", ",", "PRP", "VBP", "."],
        ["he", "continue", "by", "note", "cost", ",", "we", "think", "."],
    )
    assert not fronted_report(doc[1])


def test_an_opening_participle_taken_for_a_clause_subject_is_the_main_speakers(attributed):
    text = 'Confirming the mine can stay open, Ann Lee said "Workers should stay calm".'
    statements = [(s.cue, s.speaker, s.text) for s in attributed(text).statements]
    assert ("Confirming", "Ann Lee", "the mine can stay open") in statements


def test_a_gerund_subject_before_a_bare_report_is_no_participle_of_saying(attributed):
    text = "Criticizing the plan was easy, the mayor said."
    assert [s.cue for s in attributed(text).statements] == ["said"]


def _stressing(from_rows, quote: str):
    return from_rows(
        [
            "Stressing 11 advcl VBG VERB stress",
            "the 2 det DT DET the",
            "risk 0 dobj NN NOUN risk",
            ", 11 punct , PUNCT ,",
            "Ann 5 compound NNP PROPN Ann",
            "Lee 6 nsubj NNP PROPN Lee",
            "said 11 parataxis VBD VERB say",
            ", 6 punct , PUNCT ,",
            f"{quote} 11 punct `` PUNCT {quote}",
            "we 11 nsubj PRP PRON we",
            "must 11 aux MD AUX must",
            "act 11 ROOT VB VERB act",
            ". 11 punct . PUNCT .",
        ]
    )


def test_an_opening_participle_hung_on_the_quotation_after_the_report_is_the_reporters(
    from_rows,
):
    doc = _stressing(from_rows, "\u201c")
    subject, content = fronted_participle(doc[0])
    assert subject.text == "Lee" and content == (1, 3)


def test_an_opening_participle_hung_on_an_unquoted_clause_is_not_the_reporters(from_rows):
    doc = _stressing(from_rows, "--")
    assert fronted_participle(doc[0]) is None
