"""A second preposition joined to the cue's own by "and" or "or"."""

from foretold.attribution.joined_prepositions import joined_preposition_end

_ROWS = [
    "She 2 nsubjpass PRP PRON she",
    "was 2 auxpass VBD AUX be",
    "accused 2 ROOT VBN VERB accuse",
    "of 2 prep IN ADP of",
    "fraud 3 pobj NN NOUN fraud",
    ", 2 punct , PUNCT ,",
    "and 2 cc CC CCONJ and",
    "of 2 conj IN ADP of",
    "lying 7 pcomp VBG VERB lie",
    "to 8 prep IN ADP to",
    "the 11 det DT DET the",
    "court 9 pobj NN NOUN court",
    ". 2 punct . PUNCT .",
]


def test_repeated_preposition_hung_on_the_cue_goes_on_with_the_content(from_rows):
    doc = from_rows(_ROWS)
    assert joined_preposition_end(doc[2], 5) == 12  # through "of lying to the court"


def test_other_preposition_after_the_content_does_not_join_it(from_rows):
    rows = [*_ROWS]
    rows[7] = "in 2 conj IN ADP in"
    doc = from_rows(rows)
    assert joined_preposition_end(doc[2], 5) == 5


def test_passive_charge_takes_in_the_second_charge(contents):
    text = "The former mayor was accused of taking bribes, and of lying to the auditors."
    found = [t for c, t in contents(text) if c == "accused"]
    assert found and found[0].endswith("and of lying to the auditors")


def test_active_charge_takes_in_the_second_charge(contents):
    text = "Prosecutors accused the banker of hiding losses, and of misleading his clients."
    found = [t for c, t in contents(text) if c == "accused"]
    assert found and found[0].endswith("and of misleading his clients")
