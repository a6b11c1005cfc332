"""A cue as the gerund of a "without" phrase tells what someone did not say, so it reports
nothing: "[without mentioning] any symptoms, the office said he stayed home", "he left without
saying where he was going". The words said are in the main clause, if anywhere."""

from __future__ import annotations

from foretold.attribution.cue import Cue


def forgone_cue(cue: Cue) -> bool:
    """The cue verb is the gerund a "without" phrase holds: "[without] mentioning any
    symptoms", "[without] saying why" (not "mentioning the symptoms, she said ...")."""
    verb = cue.token
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "without"
