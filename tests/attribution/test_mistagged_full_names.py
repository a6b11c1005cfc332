"""Full names the tagger labels an organisation."""

from spacy.lang.en import English
from spacy.tokens import Doc, Span

from foretold.attribution.mistagged_full_names import earlier_full_name, earlier_full_name_head


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


def _parsed(words: list[str], heads: list[int], deps: list[str], ents: list[str]) -> Doc:
    pos = ["PROPN" if w[0].isupper() and w.isalpha() else "X" for w in words]
    return Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_a_title_tagged_with_the_full_name_is_left_out():
    words = ["Dr", "Ilse", "Brandt", "met", "us", "and", "Brandt", "objected"]
    doc = _doc(words, (0, 3))
    assert earlier_full_name(doc, "Brandt", 6) == ["Ilse", "Brandt"]


def test_a_second_surname_after_the_surname_is_kept():
    words = ["Governor", "Luis", "Marin", "Ortega", "left", "and", "Marin", "objected"]
    assert earlier_full_name(_doc(words, (1, 4)), "Marin", 6) == ["Luis", "Marin", "Ortega"]


def test_an_untagged_given_name_and_surname_make_the_full_name():
    words = ["the", "death", "of", "pilot", "Ivan", "Dolgov", ".", "Dolgov", "was", "80"]
    heads = [1, 1, 1, 5, 5, 2, 1, 8, 8, 8]
    deps = ["det", "ROOT", "prep", "compound", "compound", "pobj", "punct", "nsubj", "ROOT", "attr"]
    ents = ["O"] * 7 + ["B-PERSON", "O", "O"]
    assert earlier_full_name(_parsed(words, heads, deps, ents), "Dolgov", 7) == ["Ivan", "Dolgov"]


def test_an_untagged_name_after_another_proper_noun_is_not_used():
    words = ["the", "Velo", "Ivan", "Dolgov", "prize", ".", "Dolgov", "won"]
    heads = [4, 3, 3, 4, 7, 7, 7, 7]
    deps = ["det", "compound", "compound", "compound", "nsubj", "punct", "nsubj", "ROOT"]
    ents = ["O"] * 6 + ["B-PERSON", "O"]
    assert earlier_full_name(_parsed(words, heads, deps, ents), "Dolgov", 6) is None


def test_an_accented_surname_takes_the_full_name_spelt_without_accents():
    words = ["Kabila", "beat", "Morgan", "Dubé", "and", "Dube", "objected"]
    assert earlier_full_name(_doc(words, (2, 4)), "Dube", 5) == ["Morgan", "Dubé"]


def test_a_lone_surname_read_as_a_body_speaks_under_the_full_name(attributed):
    result = attributed(
        "He will be replaced by Lucía Márquez Garced, the secretary of justice. In a "
        'statement, Márquez said, "I understand his decision."'
    )
    assert result.statements[0].speaker == "Lucía Márquez Garced"


def test_the_head_of_the_full_name_is_its_surname():
    words = ["met", "Morgan", "Dube", ",", "the", "commissioner", ".", "Dube", "said"]
    heads = [0, 2, 0, 2, 5, 2, 0, 8, 8]
    deps = ["ROOT", "compound", "dobj", "punct", "det", "appos", "punct", "nsubj", "ROOT"]
    ents = ["O", "B-ORG", "I-ORG", "O", "O", "O", "O", "B-PERSON", "O"]
    found = earlier_full_name_head(_parsed(words, heads, deps, ents), "Dube", 7)
    assert found is not None
    assert found[0] == ["Morgan", "Dube"] and found[1].i == 2


def test_a_role_set_beside_a_name_read_as_a_body_names_its_holder(attributed):
    result = attributed(
        "The weekly Vasárnap published an interview with Bálint Kovácsy, the Hungarian "
        "Government commissioner responsible for rail transport, in which the plan was "
        "announced. Kovácsy said the line would open in May. The commissioner stated the "
        "work was paid for by a loan."
    )
    loan = next(s for s in result.statements if "loan" in s.text)
    assert loan.speaker == "Bálint Kovácsy"


def test_a_lone_surname_takes_the_role_set_beside_the_full_name(attributed):
    result = attributed(
        "The paper printed an interview with Lucía Márquez, the housing commissioner. Márquez "
        "said the scheme would grow. Builders wanted the figures kept quiet, but the "
        "commissioner stated the homes were funded by a loan."
    )
    first, *_, last = result.statements
    assert first.speaker == "Lucía Márquez"
    assert first.speaker_role == "the housing commissioner"
    assert last.speaker == "Lucía Márquez"
