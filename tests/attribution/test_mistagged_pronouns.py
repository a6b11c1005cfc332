"""Words the tagger reads as pronouns that no pronoun is spelled like."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from foretold.attribution import attribute
from foretold.attribution.mistagged_pronouns import mistagged_pronoun
from foretold.ingest.article import make_article


def _tokens(*pairs):
    words = [w for w, _ in pairs]
    return Doc(Vocab(), words=words, pos=[p for _, p in pairs])


def test_web_address_tagged_as_a_pronoun_is_a_name():
    doc = _tokens(("Velonews.com", "PRON"), ("points", "VERB"))
    assert mistagged_pronoun(doc[0])


def test_capital_inside_a_word_is_a_name():
    doc = _tokens(("VeloNews", "PRON"), ("said", "VERB"))
    assert mistagged_pronoun(doc[0])


def test_plain_pronouns_stay_pronouns():
    doc = _tokens(("They", "PRON"), ("said", "VERB"), ("I", "PRON"), ("'em", "PRON"))
    assert not any(mistagged_pronoun(t) for t in doc)


def test_misread_site_name_speaks_for_itself(nlp):
    text = (
        "Stocks fell on Monday. Velonews.com points to the rise in bond prices as a reaction "
        "to the jobs data."
    )
    article = make_article(text, language="en")
    doc = nlp(article.text)
    site = next(t for t in doc if t.text == "Velonews.com")
    site.pos_, site.tag_ = "PRON", "PRP"
    statements = attribute(doc, article).statements
    assert [s.speaker for s in statements if "bond prices" in s.text] == ["Velonews.com"]
