"""A subject the parse took for the object of the reporting verb before it."""

from foretold.attribution.object_subjects import object_subject, object_subject_clause


def _parse(nlp, words, heads, deps, tags):
    from spacy.tokens import Doc

    pos = ["VERB" if t.startswith("VB") else "NOUN" for t in tags]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    for token, word in zip(doc, words, strict=True):
        token.lemma_ = {"reported": "report", "stated": "state", "was": "be"}.get(word, word)
    return doc


def test_people_after_a_report_are_the_subject_of_the_next_verb_of_saying(nlp):
    words = ["Herald", "reported", "officials", ",", "stated", "it", "was", "arson"]
    heads = [1, 1, 1, 1, 1, 6, 4, 6]
    deps = ["nsubj", "ROOT", "dobj", "punct", "conj", "nsubj", "ccomp", "attr"]
    tags = ["NNP", "VBD", "NNS", ",", "VBD", "PRP", "VBD", "NN"]
    doc = _parse(nlp, words, heads, deps, tags)
    assert object_subject(doc[4]) == doc[2]
    assert object_subject_clause(doc[1]) == (2, 8)


def test_a_thing_reported_before_a_second_verb_is_no_subject(nlp):
    words = ["Herald", "reported", "fire", ",", "stated", "it", "was", "arson"]
    heads = [1, 1, 1, 1, 1, 6, 4, 6]
    deps = ["nsubj", "ROOT", "dobj", "punct", "conj", "nsubj", "ccomp", "attr"]
    tags = ["NNP", "VBD", "NN", ",", "VBD", "PRP", "VBD", "NN"]
    doc = _parse(nlp, words, heads, deps, tags)
    assert object_subject(doc[4]) is None
    assert object_subject_clause(doc[1]) is None


def test_verbs_joined_by_and_keep_their_own_subject(nlp):
    words = ["Herald", "reported", "officials", "and", "stated", "it", "was", "arson"]
    heads = [1, 1, 1, 1, 1, 6, 4, 6]
    deps = ["nsubj", "ROOT", "dobj", "cc", "conj", "nsubj", "ccomp", "attr"]
    tags = ["NNP", "VBD", "NNS", "CC", "VBD", "PRP", "VBD", "NN"]
    doc = _parse(nlp, words, heads, deps, tags)
    assert object_subject(doc[4]) is None


def test_the_whole_clause_is_what_was_reported(contents):
    text = "The Herald later reported officials, following an inquiry, stated it was a bomb."
    assert ("reported", "officials, following an inquiry, stated it was a bomb") in contents(text)


def test_an_object_running_into_a_bare_tensed_verb_is_its_subject(nlp):
    words = ["Lee", "maintained", "a", "bridge", "is", "what", "the", "town", "needs"]
    heads = [1, 1, 3, 1, 1, 8, 7, 8, 4]
    deps = ["nsubj", "ROOT", "det", "dobj", "conj", "dobj", "det", "nsubj", "ccomp"]
    tags = ["NNP", "VBD", "DT", "NN", "VBZ", "WP", "DT", "NN", "VBZ"]
    doc = _parse(nlp, words, heads, deps, tags)
    doc[1].lemma_ = "maintain"
    assert object_subject_clause(doc[1]) == (2, 9)


def test_an_object_before_and_and_a_second_verb_stays_an_object(nlp):
    words = ["Lee", "denied", "the", "charges", "and", "blamed", "rivals"]
    heads = [1, 1, 3, 1, 1, 1, 5]
    deps = ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "dobj"]
    tags = ["NNP", "VBD", "DT", "NNS", "CC", "VBD", "NNS"]
    doc = _parse(nlp, words, heads, deps, tags)
    doc[1].lemma_ = "deny"
    assert object_subject_clause(doc[1]) is None


def test_people_before_a_verb_of_saying_hung_on_the_report_are_its_subject(nlp):
    words = ["Herald", "reported", "officials", "stated", "it", "was", "arson"]
    heads = [1, 1, 1, 1, 5, 3, 5]
    deps = ["nsubj", "ROOT", "dobj", "ccomp", "nsubj", "ccomp", "attr"]
    tags = ["NNP", "VBD", "NNS", "VBD", "PRP", "VBD", "NN"]
    doc = _parse(nlp, words, heads, deps, tags)
    assert object_subject(doc[3]) == doc[2]


def test_an_object_before_a_clause_with_no_subject_is_that_clause_subject(contents):
    text = (
        'She remarked lack of money in a city where "artists are seen as beggars" was one of '
        "the problems she faced living there."
    )
    assert contents(text) == [
        (
            "remarked",
            'lack of money in a city where "artists are seen as beggars" was one of the '
            "problems she faced living there",
        )
    ]


def test_an_object_before_a_verb_with_its_own_object_is_not_its_subject(contents):
    # "the area turned orange" is a reduced clause on "area" (``reduced_noun_clauses``), no
    # report, so the verb's own object is what it reports.
    text = "Scientists estimate the population by observing the area turned orange by butterflies."
    assert contents(text) == [("estimate", "the population")]
