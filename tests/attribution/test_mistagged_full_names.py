"""Full names the tagger labels an organisation."""

from spacy.lang.en import English
from spacy.tokens import Doc, Span

from foretold.attribution.mistagged_full_names import earlier_full_name


def _doc(words: list[str], org: tuple[int, int]) -> Doc:
    doc = Doc(English().vocab, words=words, pos=["PROPN" if w[0].isupper() else "X" for w in words])
    doc.ents = [Span(doc, *org, label="ORG")]
    return doc


def test_surname_takes_the_full_name_tagged_before():
    words = ["Kabila", "beat", "Morgan", "Dube", "and", "Dube", "objected"]
    assert earlier_full_name(_doc(words, (2, 4)), "Dube", 5) == ["Morgan", "Dube"]


def test_a_name_after_the_surname_is_not_used():
    words = ["Dube", "objected", "to", "Morgan", "Dube"]
    assert earlier_full_name(_doc(words, (3, 5)), "Dube", 0) is None


def test_an_organisation_word_is_no_given_name():
    words = ["the", "Union", "Dube", "met", "and", "Dube", "objected"]
    assert earlier_full_name(_doc(words, (1, 3)), "Dube", 5) is None


def test_bare_surname_speaks_under_the_full_name(attributed):
    result = attributed(
        "Kabila won the vote over Morgan Dube of the MDC. Dube claimed victory in the vote."
    )
    claim = next(s for s in result.statements if "victory" in s.text)
    assert claim.speaker == "Morgan Dube"
