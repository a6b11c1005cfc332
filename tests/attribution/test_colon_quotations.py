"""A quotation a colon opens after an impression is no part of the impression."""

from foretold.attribution.colon_quotations import colon_before_quotation
from foretold.attribution.passives import raising_content

# "Lee seemed irritated: “It's a public file!” with the colon, the quotation mark and the
# quoted clause hung on the verb of seeming, as the parser may hang them.
_ROWS = [
    "Lee 1 nsubj NNP PROPN Lee",
    "seemed 1 ROOT VBD VERB seem",
    "irritated 1 oprd JJ ADJ irritated",
    ": 1 punct : PUNCT :",
    "“ 1 punct `` PUNCT “",
    "It 6 nsubj PRP PRON it",
    "'s 1 ccomp VBZ AUX be",
    "a 9 det DT DET a",
    "public 9 amod JJ ADJ public",
    "file 6 attr NN NOUN file",
    "! 1 punct . PUNCT !",
    "” 1 punct '' PUNCT ”",
]


def test_the_colon_before_a_quotation_is_found(from_rows):
    doc = from_rows(_ROWS)
    assert colon_before_quotation(doc[1]) == 3


def test_the_impression_stops_at_the_colon(from_rows):
    doc = from_rows(_ROWS)
    assert raising_content(doc[1]) == (0, 3)


def test_a_colon_before_words_of_the_writer_is_no_stop(from_rows):
    rows = [
        "Lee 1 nsubj NNP PROPN Lee",
        "seemed 1 ROOT VBD VERB seem",
        "calm 1 acomp JJ ADJ calm",
        ": 1 punct : PUNCT :",
        "she 5 nsubj PRP PRON she",
        "smiled 1 ccomp VBD VERB smile",
        ". 1 punct . PUNCT .",
    ]
    doc = from_rows(rows)
    assert colon_before_quotation(doc[1]) is None
