"""Which reading of a reporting verb gives its content."""

from spacy.tokens import Doc

from foretold.attribution.content import clause_content


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


def test_inverted_report_reports_the_clause_before_its_comma(nlp):
    doc = nlp("The talks had collapsed, reported the state news agency.")
    verb = next(t for t in doc if t.text == "reported")
    assert [doc[a:b].text for a, b in clause_content(verb)] == ["The talks had collapsed"]


def test_a_reporting_verb_between_a_verb_and_its_clause_reports_the_clause(nlp):
    doc = _built(
        nlp,
        ["Lee", "waved", "as", "the", "crowd", "chanted", ",", "stay", "home", "!"],
        [1, 1, 5, 4, 5, 1, 1, 1, 7, 1],
        ["nsubj", "ROOT", "mark", "det", "nsubj", "advcl", "punct", "ccomp", "advmod", "punct"],
        ["NNP", "VBD", "IN", "DT", "NN", "VBD", ",", "VB", "RB", "."],
        ["PROPN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PUNCT", "VERB", "ADV", "PUNCT"],
        ["Lee", "wave", "as", "the", "crowd", "chant", ",", "stay", "home", "!"],
    )  # fmt: skip
    doc.ents = [doc.char_span(0, 3, label="PERSON")]
    assert clause_content(doc[1]) == []


def test_a_cue_in_a_pseudo_cleft_reports_the_clause_after_be(nlp):
    doc = nlp("What the coach said was that the team had played badly.")
    cue = next(t for t in doc if t.text == "said")
    (start, end), *_ = clause_content(cue)
    assert doc[start:end].text == "that the team had played badly"


def test_an_object_read_as_content_runs_on_over_its_stranded_predicate(contents):
    text = (
        "When the senator claimed the deal to sell the plant would cost jobs, residents protested."
    )
    assert contents(text) == [("claimed", "the deal to sell the plant would cost jobs")]


def test_a_clause_that_repeats_a_verb_outside_the_lexicon_is_no_report(cue_words):
    text = "In Ohio, Lee won at least 19 delegates and Ann Park won at least 15."
    assert "won" not in cue_words(text)


def test_a_verb_outside_the_lexicon_still_reports_another_verb(contents):
    text = "Ann Lee gambled that the bill would pass."
    assert ("gambled", "that the bill would pass") in contents(text)
