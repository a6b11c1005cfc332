"""A study's authors cited as "X et al", a group a later "they" continues."""

from spacy.tokens import Doc


def test_they_after_authors_cited_as_et_al_is_those_authors(attributed):
    text = (
        "Marković et al studied salt lakes, common on the moon.\n\n"
        "They found the highest levels occur in winter.\n"
    )
    found = next(s for s in attributed(text).statements if s.cue == "found")
    assert found.speaker == "Marković et al"


def test_authors_the_parser_hung_elsewhere_before_the_verb_are_what_they_continues(attributed):
    text = "In 2014, de Berg et al, using a lab, studied mosses. They found the lakes freeze.\n"
    found = next(s for s in attributed(text).statements if s.cue == "found")
    assert found.speaker == "de Berg et al"  # "al" parsed as an apposition, not a subject


def test_authors_cited_as_et_al_are_named_in_full(attributed):
    text = "Marković et al found that the highest levels occur in winter.\n"
    found = next(s for s in attributed(text).statements if s.cue == "found")
    assert found.speaker == "Marković et al"


def test_a_word_opening_the_sentence_is_no_part_of_the_authors_name(attributed):
    text = "Then Berg et al found that the lakes freeze in winter.\n"
    found = next(s for s in attributed(text).statements if s.cue == "found")
    assert found.speaker == "Berg et al"
    text = "Stamenković et al found oxygen levels would be high.\n"  # the name tagged UH
    found = next(s for s in attributed(text).statements if s.cue == "found")
    assert found.speaker == "Stamenković et al"


def test_authors_cited_as_objects_are_not_what_they_continues(attributed):
    text = "Critics faulted Berg et al for the design. They said the sample was small.\n"
    said = next(s for s in attributed(text).statements if s.cue == "said")
    assert said.speaker == "critics"


def test_the_work_of_authors_cited_as_et_al_is_not_its_subject(nlp):
    from foretold.attribution.author_groups import loose_authors

    doc = nlp("Berg et al's model shows the lakes freeze.")
    assert not any(loose_authors(t) for t in doc)
    # the same with "al" misparsed as the subject: the "'s" after it still makes it a possessor
    words = ["Berg", "et", "al", "'s", "model", "shows", "it"]
    heads = [2, 2, 5, 2, 5, 5, 5]
    deps = ["compound", "compound", "nsubj", "case", "npadvmod", "ROOT", "dobj"]
    misparsed = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert not loose_authors(misparsed[2])


def test_authors_after_an_opening_participle_the_parser_made_the_root_come_first(nlp):
    from foretold.attribution.author_groups import loose_authors

    words = ["Also", "suggesting", "life", "exists", ",", "de", "Berg", "et", "al", ","]
    words += ["studied", "mosses", "."]
    heads = [1, 1, 3, 1, 1, 6, 2, 8, 6, 1, 1, 10, 1]
    deps = ["advmod", "ROOT", "nsubj", "ccomp", "punct", "compound", "appos", "compound"]
    deps += ["appos", "punct", "conj", "dobj", "punct"]
    tags = ["RB", "VBG", "NN", "VBZ", ",", "FW", "NNP", "NNP", "NNP", ",", "VBD", "NNS", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert loose_authors(doc[8])  # the authors are the subject of "studied"
    tags[1] = "VBD"  # a finite root before them: "Critics faulted Berg et al"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert not loose_authors(doc[8])
