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


def _bank_rows(preposition: str, place: str) -> list[str]:
    # "Bank <preposition> <place> , which cut rates", with the relative clause hung on the bank.
    return [
        "Bank 0 ROOT NNP PROPN Bank",
        f"{preposition} 0 prep IN ADP {preposition}",
        f"{place} 1 pobj NNP PROPN {place}",
        ", 0 punct , PUNCT ,",
        "which 5 nsubj WDT PRON which",
        "cut 0 relcl VBD VERB cut",
        "rates 5 dobj NNS NOUN rate",
    ]


def test_which_after_a_name_tagged_whole_stands_for_the_whole_name(from_rows):
    doc = from_rows(_bank_rows("for", "Settlements"))
    doc.ents = [Span(doc, 0, 3, label="ORG")]
    assert which_antecedent(doc[4], doc[0]).text == "Bank"


def test_which_after_a_names_own_of_phrase_stands_for_the_name(from_rows):
    doc = from_rows(_bank_rows("of", "Norland"))
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 2, 3, label="GPE")]
    assert which_antecedent(doc[4], doc[0]).text == "Bank"


def test_which_after_a_relative_the_parse_hung_right_stays(attributed):
    result = attributed("The plan was backed by Velo Motors, which said the cuts would save money.")
    said = next(s for s in result.statements if s.cue == "said")
    assert said.speaker == "Velo Motors"
