"""Content boundaries: where the content a cue introduces starts and ends."""

from spacy.tokens import Doc

from foretold.attribution.content import clause_content


def test_closing_time_clause_of_the_act_is_left_out(contents):
    text = "The league refused to ban the players from competing after the agency called for a ban."
    assert ("refused", "to ban the players from competing") in contents(text)


def test_closing_participle_hung_on_the_cue_goes_with_the_complement(parsed):
    words = ["they", "insisted", "it", "was", "brief", ",", "reflecting", "doubts"]
    doc = parsed(
        words,
        [1, 1, 3, 1, 3, 3, 1, 6],
        ["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct", "advcl", "dobj"],
        ["PRP", "VBD", "PRP", "VBD", "JJ", ",", "VBG", "NNS"],
        ["they", "insist", "it", "be", "brief", ",", "reflect", "doubt"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == [
        "it was brief , reflecting doubts"
    ]


def test_including_phrase_hung_on_the_cue_goes_with_the_object(parsed):
    words = ["she", "cited", "reports", "in", "May", ",", "including", "a", "survey"]
    doc = parsed(
        words,
        [1, 1, 1, 1, 3, 1, 1, 8, 6],
        ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "prep", "det", "pobj"],
        ["PRP", "VBD", "NNS", "IN", "NN", ",", "VBG", "DT", "NN"],
        ["she", "cite", "report", "in", "May", ",", "include", "a", "survey"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == [
        "reports in May , including a survey"
    ]


def test_relative_pronoun_object_is_not_the_content(nlp):
    doc = nlp("The council passed the budget, which the mayor criticized.")
    verb = next(t for t in doc if t.text == "criticized")
    assert clause_content(verb) == []
    doc = nlp("The mayor rejected what the council calls a compromise.")
    verb = next(t for t in doc if t.text == "calls")
    found = [doc[a:b].text for a, b in clause_content(verb)]
    assert found == ["a compromise"]
    verb = next(t for t in doc if t.text == "rejected")
    found = [doc[a:b].text for a, b in clause_content(verb)]
    assert found == ["what the council calls a compromise"]


def test_gerund_complement_of_a_clause_verb_is_the_content(nlp):
    doc = nlp("The mayor recalled meeting the governor twice.")
    verb = next(t for t in doc if t.text == "recalled")
    assert [doc[a:b].text for a, b in clause_content(verb)] == ["meeting the governor twice"]


def test_report_after_a_comma_hung_on_its_content_reads_the_clause_before(parsed):
    words = ["the", "plant", "will", "close", ",", "a", "report", "shows"]
    doc = parsed(
        words,
        [1, 3, 3, 3, 3, 6, 7, 3],
        ["det", "nsubj", "aux", "ROOT", "punct", "det", "nsubj", "ccomp"],
        ["DT", "NN", "MD", "VB", ",", "DT", "NN", "VBZ"],
        ["the", "plant", "will", "close", ",", "a", "report", "show"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[7])] == ["the plant will close"]


def test_stranded_preposition_in_a_relative_clause_points_to_its_noun(nlp):
    doc = nlp("The unions ignored the issues the workers care about.")
    verb = next(t for t in doc if t.text == "care")
    assert [doc[a:b].text for a, b in clause_content(verb)] == ["the issues"]


def test_medium_hung_on_the_object_is_left_out(contents):
    text = "The governor claimed victory in a tweet on Sunday night."
    assert ("claimed", "victory") in contents(text)


def test_finite_verb_coordinated_with_an_infinitive_goes_with_the_cue(contents):
    text = (
        "The two rivals urged voters to back their slate and tried to make the case that the"
        " race was close."
    )
    assert ("urged", "voters to back their slate") in contents(text)


def test_closing_report_that_took_over_part_of_its_content_reads_the_clause_before(parsed):
    words = ["the", "law", "made", "it", "easy", "for", "firms", "to", "grow", ",", "she", "said"]
    doc = parsed(
        words,
        [1, 2, 2, 4, 2, 11, 11, 8, 11, 11, 11, 2],
        ["det", "nsubj", "ROOT", "nsubj", "ccomp", "mark", "nsubj", "aux", "advcl", "punct"]
        + ["nsubj", "advcl"],
        ["DT", "NN", "VBD", "PRP", "JJ", "IN", "NNS", "IN", "VB", ",", "PRP", "VBD"],
        ["the", "law", "make", "it", "easy", "for", "firm", "to", "grow", ",", "she", "say"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[11])] == [
        "the law made it easy for firms to grow"
    ]


def test_fronted_what_of_a_naming_verb_leaves_the_name(contents):
    text = "The banks merged to form what they called ''one-stop shops,'' the report found."
    assert ("called", "''one-stop shops,''") in contents(text)


def test_reporting_aside_leaves_a_phrase_after_its_comma_to_the_content(contents):
    text = "The city might have avoided the crisis, they argue, perhaps by acting sooner."
    assert [t for c, t in contents(text) if c == "argue"] == [
        "The city might have avoided the crisis",
        "perhaps by acting sooner",
    ]


def test_object_predicate_with_no_object_is_the_object(parsed):
    words = ["she", "called", "out", "Park", ",", "citing", "his", "record"]
    doc = parsed(
        words,
        [1, 1, 1, 1, 1, 1, 7, 5],
        ["nsubj", "ROOT", "prt", "oprd", "punct", "advcl", "poss", "dobj"],
        ["PRP", "VBD", "RP", "NNP", ",", "VBG", "PRP", "NN"],
        ["she", "call", "out", "Park", ",", "cite", "his", "record"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["Park"]


def test_counselling_verb_reports_the_topic_after_its_listener(contents):
    assert ("advised", "the budget") in contents("She advised the mayor on the budget.")


def test_clause_after_a_closing_colon_that_heads_the_report_goes_with_the_content(parsed):
    words = ["they", "argued", "that", "it", "failed", ":", "the", "costs", "rose", "."]
    doc = parsed(
        words,
        [1, 8, 4, 4, 1, 8, 7, 8, 8, 8],
        ["nsubj", "ccomp", "mark", "nsubj", "ccomp", "punct", "poss", "nsubj", "ROOT", "punct"],
        ["PRP", "VBD", "IN", "PRP", "VBD", ",", "DT", "NNS", "VBD", ","],
        ["they", "argue", "that", "it", "fail", ":", "the", "cost", "rise", "."],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["that it failed : the costs rose"]


def test_person_asked_to_act_goes_with_the_infinitive(contents):
    assert contents("The mayor urged the council to delay the vote.") == [
        ("urged", "the council to delay the vote")
    ]


def test_gerund_complement_keeps_the_list_of_participles_after_it(contents):
    text = "In the video the host discusses hiding cash, dodging taxes and fleeing abroad."
    assert contents(text) == [("discusses", "hiding cash, dodging taxes and fleeing abroad")]


def test_question_coordinated_with_the_object_goes_with_it(nlp):
    words = ["she", "knows", "the", "rules", "and", "where", "they", "are", "kept"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 3, 1, 1, 8, 8, 8, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "cc", "advmod", "nsubjpass", "auxpass", "conj"],
        tags=["PRP", "VBZ", "DT", "NNS", "CC", "WRB", "PRP", "VBP", "VBN"],
        pos=["PRON", "VERB", "DET", "NOUN", "CCONJ", "SCONJ", "PRON", "AUX", "VERB"],
        lemmas=["she", "know", "the", "rule", "and", "where", "they", "be", "keep"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == [
        "the rules and where they are kept"
    ]


def _built(nlp, words, heads, deps, tags, pos, lemmas) -> Doc:
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def test_infinitive_before_a_clause_hung_on_the_cue_is_the_content(nlp):
    doc = _built(
        nlp,
        ["officials", "told", "them", "to", "stop", "it", ",", "which", "they", "were",
         "assured", "was", "safe"],
        [1, 1, 1, 4, 1, 4, 5, 10, 10, 10, 5, 1, 11],
        ["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj", "punct", "nsubj", "nsubjpass",
         "auxpass", "relcl", "ccomp", "acomp"],
        ["NNS", "VBD", "PRP", "TO", "VB", "PRP", ",", "WDT", "PRP", "VBD", "VBN", "VBD", "JJ"],
        ["NOUN", "VERB", "PRON", "PART", "VERB", "PRON", "PUNCT", "PRON", "PRON", "AUX", "VERB",
         "AUX", "ADJ"],
        ["official", "tell", "they", "to", "stop", "it", ",", "which", "they", "be", "assure",
         "be", "safe"],
    )  # fmt: skip
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["them to stop it"]


def test_report_closing_its_brackets_reports_the_words_before_its_comma(nlp):
    doc = nlp("Her ratings (at one point as low as 20 percent, a historian says) hurt him.")
    verb = next(t for t in doc if t.text == "says")
    found = [doc[a:b].text for a, b in clause_content(verb)]
    assert found == ["at one point as low as 20 percent"]


def test_relative_pronoun_the_cue_describes_keeps_its_clause(contents):
    text = "The firm was owned by John Smith, whom local reports identify as the mayor's cousin."
    assert ("identify", "whom local reports identify as the mayor's cousin") in contents(text)


def test_fronted_so_is_what_an_inverted_report_says(contents):
    assert contents("So says a loud voice at the end of the film.") == [("says", "So")]


def test_demonstrative_taken_for_a_preposition_opens_the_object(nlp):
    words = ["the", "paper", "confirmed", "that", "claim", ",", "reporting", "nothing"]
    doc = _built(
        nlp,
        words,
        [1, 2, 2, 2, 3, 2, 2, 6],
        ["det", "nsubj", "ROOT", "prep", "pobj", "punct", "advcl", "dobj"],
        ["DT", "NN", "VBD", "IN", "NN", ",", "VBG", "NN"],
        ["DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT", "VERB", "NOUN"],
        ["the", "paper", "confirm", "that", "claim", ",", "report", "nothing"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[2])] == ["that claim"]


def test_speech_verb_with_no_object_reports_the_clause_before_its_comma(contents):
    text = "Get a job and stop whining, her father scolded."
    assert contents(text) == [("scolded", "Get a job and stop whining")]
