"""A relative clause the parser hung on a telling verb is nothing it reports."""

from foretold.attribution.content import clause_content
from foretold.attribution.listener_relatives import hung_relative

# "Lee told the council and viewers watching at home who knew the plan." with "knew" hung on
# "told" as its clause, the participle before the pronoun in that clause, as the parser may.
_ROWS = [
    "Lee 1 nsubj NNP PROPN Lee",
    "told 1 ROOT VBD VERB tell",
    "the 3 det DT DET the",
    "council 1 dobj NN NOUN council",
    "and 3 cc CC CCONJ and",
    "viewers 3 conj NNS NOUN viewer",
    "watching 11 advcl VBG VERB watch",
    "at 6 prep IN ADP at",
    "home 7 pobj NN NOUN home",
    "who 11 nsubj WP PRON who",
    "easily 11 advmod RB ADV easily",
    "knew 1 ccomp VBD VERB know",
    "the 13 det DT DET the",
    "plan 11 dobj NN NOUN plan",
    ". 1 punct . PUNCT .",
]


def test_a_clause_with_words_before_its_relative_subject_is_hung(from_rows):
    doc = from_rows(_ROWS)
    assert hung_relative(doc[11])


def test_the_telling_verb_reports_no_hung_relative(from_rows):
    doc = from_rows(_ROWS)
    assert not any(start <= 11 < end for start, end in clause_content(doc[1]))


def test_a_reported_question_is_no_relative(nlp):
    doc = nlp("Lee told reporters who would run for mayor.")
    clause = next(t for t in doc if t.dep_ == "ccomp")
    assert not hung_relative(clause)
