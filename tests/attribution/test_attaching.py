from foretold.attribution import attribute
from foretold.ingest.article import make_article


def test_cue_in_a_clause_after_a_quoted_phrase_does_not_claim_it(nlp):
    text = 'Supporters responded with chants of "Four more years" until the mayor spoke again.\n'
    article = make_article(text, clean=False, language="en", source="t")
    statements = attribute(nlp(text), article).statements
    chant = next(s for s in statements if "Four more years" in s.text)
    assert chant.speaker_mention.text == "Supporters"
