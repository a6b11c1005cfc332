"""A reported clause without "that" that the parser hung on the verb as an adverbial."""

from foretold.attribution.unmarked_complements import opening_phrase_start, unmarked_complement


def _shown(parsed, first="without"):
    words = ["The", "tests", "showed", first, "the", "drug", ",", "the", "mice", "stayed", "calm"]
    return parsed(
        [*words, "."],
        [1, 2, 2, 2, 5, 3, 9, 8, 9, 2, 9, 2],
        ["det", "nsubj", "ROOT", "prep", "det", "pobj", "punct", "det", "nsubj", "advcl"]
        + ["acomp", "punct"],
        ["DT", "NNS", "VBD", "IN", "DT", "NN", ",", "DT", "NNS", "VBD", "JJ", "."],
        ["the", "test", "show", first, "the", "drug", ",", "the", "mouse", "stay", "calm", "."],
    )


def test_tensed_clause_without_a_subordinator_is_what_was_shown(parsed):
    doc = _shown(parsed)
    assert unmarked_complement(doc[2]) == [doc[9]]


def test_phrase_before_the_clause_opens_what_was_shown(parsed):
    doc = _shown(parsed)
    assert opening_phrase_start(doc[2], 7) == 3


def test_topic_of_the_verb_gives_it_content_of_its_own(parsed):
    doc = _shown(parsed, first="about")
    assert unmarked_complement(doc[2]) == []


def test_the_clause_is_the_content_of_the_report(parsed, nlp):
    from foretold.attribution import attribute
    from foretold.ingest.article import make_article

    doc = _shown(parsed)
    article = make_article(doc.text, language="en")
    found = attribute(doc, article).statements
    assert [(s.cue, s.text) for s in found] == [
        ("showed", "without the drug , the mice stayed calm")
    ]


def _indicated(parsed, between=("on", "its", "website")):
    words = ["The", "agency", "indicated", *between, "the", "road", "was", "closed", "."]
    n = len(between)
    heads = (
        [1, 2, 2]
        + ([2, 5, 3] if n == 3 else [2, 3, 6, 4][:n])
        + [
            n + 4,
            n + 5,
            2,
            n + 5,
            2,
        ]
    )
    deps = ["det", "nsubj", "ROOT"] + (
        ["prep", "poss", "pobj"] if n == 3 else ["punct", "prep", "poss", "pobj"][:n]
    )
    deps += ["det", "nsubj", "conj", "acomp", "punct"]
    tags = ["DT", "NN", "VBD"] + (["IN", "PRP$", "NN"] if n == 3 else [",", "IN", "PRP$", "NN"][:n])
    tags += ["DT", "NN", "VBD", "JJ", "."]
    lemmas = ["the", "agency", "indicate", *between, "the", "road", "be", "closed", "."]
    return parsed(words, heads, deps, tags, lemmas)


def test_clause_joined_as_a_conjunct_after_the_verbs_phrase_is_what_was_indicated(parsed):
    doc = _indicated(parsed)
    assert unmarked_complement(doc[2]) == [doc[8]]


def test_clause_after_a_comma_stays_a_second_clause(parsed):
    doc = _indicated(parsed, between=(",", "on", "its", "website"))
    assert unmarked_complement(doc[2]) == []


def test_the_conjunct_clause_is_the_content_of_the_report(parsed):
    from foretold.attribution import attribute
    from foretold.ingest.article import make_article

    doc = _indicated(parsed)
    article = make_article(doc.text, language="en")
    found = attribute(doc, article).statements
    assert [(s.cue, s.text) for s in found] == [("indicated", "the road was closed")]


def test_a_clause_split_at_its_modal_after_an_object_is_reported_whole(contents):
    text = "The authors cite research from 2011 showing some desert mice can live without water."
    assert ("showing", "some desert mice can live without water") in contents(text)


def test_a_glue_that_can_stretch_is_no_split_clause(contents):
    text = "A report describing a new glue that can stretch was published on Monday."
    assert not any(t.startswith("a new glue that can stretch was") for _, t in contents(text))


def test_a_modal_after_an_object_with_a_comma_is_no_split_clause(contents):
    text = "With the mayor holding a lead over Lee, a narrow win in the north would hurt her."
    assert not any(t.endswith("would hurt her") for _, t in contents(text))
