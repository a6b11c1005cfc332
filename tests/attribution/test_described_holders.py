"""A document owned by a description of a body speaks for the body it stands for."""

from foretold.attribution.described_holders import described_holder


def _head(doc, word):
    return next(t for t in doc if t.text == word)


def test_the_description_owning_a_document(nlp):
    doc = nlp("The company's statement said the plant would close.")
    holder = described_holder(_head(doc, "statement"))
    assert holder is not None and holder.text == "The company"


def test_no_description_owns_a_named_or_pronoun_document(nlp):
    for text in ("Velo's statement said the plant would close.", "His statement said so."):
        doc = nlp(text)
        assert described_holder(_head(doc, "statement")) is None


def test_a_description_owned_document_speaks_for_the_body_named_before(attributed):
    texts = [
        "Velo Motors cut 500 jobs on Monday. The company's statement said the cuts were needed.",
        "Ann Reed is running for the Green Future party. Green Future describes itself as a "
        "movement. According to the party's website, Reed is a farmer.",
    ]
    speakers = [attributed(text).statements[-1].speaker for text in texts]
    assert speakers == ["Velo Motors", "Green Future"]
