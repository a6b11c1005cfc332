"""A "which" after a comma stands for the name right before the comma."""

from spacy.tokens import Span

from foretold.attribution.which_antecedents import which_antecedent

# "The deal goes to Harbor Union members - 40,000 at Velo , which is seeking cuts", with the
# relative clause hung on the union, as a parse may hang it.
_ROWS = [
    "The 1 det DT DET the",
    "deal 2 nsubj NN NOUN deal",
    "goes 2 ROOT VBZ VERB go",
    "to 2 prep IN ADP to",
    "Harbor 5 compound NNP PROPN Harbor",
    "Union 3 pobj NNP PROPN Union",
    "members 5 appos NNS NOUN member",
    "- 8 punct : PUNCT -",
    "40,000 5 appos CD NUM 40,000",
    "at 8 prep IN ADP at",
    "Velo 9 pobj NNP PROPN Velo",
    ", 5 punct , PUNCT ,",
    "which 14 nsubj WDT PRON which",
    "is 14 aux VBZ AUX be",
    "seeking 5 relcl VBG VERB seek",
    "cuts 14 dobj NNS NOUN cut",
]


def test_which_after_a_name_stands_for_that_name(from_rows):
    doc = from_rows(_ROWS)
    doc.ents = [Span(doc, 4, 6, label="ORG"), Span(doc, 10, 11, label="ORG")]
    assert which_antecedent(doc[12], doc[5]).text == "Velo"


def test_which_after_a_names_own_of_phrase_stands_for_the_name(from_rows):
    doc = from_rows(
        [
            "Bank 3 nsubj NNP PROPN Bank",
            "of 0 prep IN ADP of",
            "Norland 1 pobj NNP PROPN Norland",
            "cut 3 ROOT VBD VERB cut",
            "rates 3 dobj NNS NOUN rate",
            ", 3 punct , PUNCT ,",
        ]
    )
    doc.ents = [Span(doc, 0, 3, label="ORG")]
    assert which_antecedent(doc[5], doc[0]).text == "Bank"


def test_which_after_a_relative_the_parse_hung_right_stays(attributed):
    result = attributed("The plan was backed by Velo Motors, which said the cuts would save money.")
    said = next(s for s in result.statements if s.cue == "said")
    assert said.speaker == "Velo Motors"
