"""The to-infinitive after the one a verb asks, hung by the parser on a verb above the cue."""

from foretold.attribution.content import clause_content
from foretold.attribution.lifted_infinitives import lifted_infinitive


def _called_on(from_rows, act_head: int, act_dep: str):
    """A hand-built parse of "storms hit , a paper called on the mayor to act", with "act"
    hung on the given head by the given relation."""
    return from_rows(
        [
            "storms 1 nsubj NNS NOUN storm",
            "hit 1 ROOT VBD VERB hit",
            ", 1 punct , PUNCT ,",
            "a 4 det DT DET a",
            "paper 1 dobj NN NOUN paper",
            "called 4 acl VBD VERB call",
            "on 5 prep IN ADP on",
            "the 8 det DT DET the",
            "mayor 6 pobj NN NOUN mayor",
            "to 10 aux TO PART to",
            f"act {act_head} {act_dep} VB VERB act",
        ]
    )


def test_infinitive_hung_above_the_cue_is_what_the_one_called_on_is_asked(from_rows):
    doc = _called_on(from_rows, 1, "advcl")
    assert lifted_infinitive(doc[5]) == [doc[10]]
    assert [doc[a:b].text for a, b in clause_content(doc[5])] == ["the mayor to act"]


def test_the_cue_s_own_infinitive_is_not_lifted(from_rows):
    doc = _called_on(from_rows, 5, "xcomp")
    assert lifted_infinitive(doc[5]) == []
    assert [doc[a:b].text for a, b in clause_content(doc[5])] == ["the mayor to act"]


def test_headline_infinitive_after_the_one_urged_goes_with_the_cue(contents):
    text = "Teachers Union Will Run Ads Urging State Senators To Reject Pension Cuts."
    assert ("Urging", "State Senators To Reject Pension Cuts") in contents(text)
