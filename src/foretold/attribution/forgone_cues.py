"""A cue as the gerund of a "without" phrase tells what someone did not say, so it reports
nothing: "[without mentioning] any symptoms, the office said he stayed home", "he left without
saying where he was going". The words said are in the main clause, if anywhere."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue


def forgone_cue(cue: Cue) -> bool:
    """The cue verb is the gerund a "without" phrase holds, perhaps after "ever" or "even":
    "without mentioning any symptoms", "without even naming the firm" (not "mentioning the
    symptoms, she said ...")."""
    return _after_without(cue.token)


def _after_without(verb: Token) -> bool:
    """The gerund ``verb`` is the complement of "without": "[without] saying why"."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return False
    return verb.head.lower_ == "without"
