"""Pictures that show things: "show" or "depict" with an image for subject and only a noun
phrase for content sets out what the picture holds, no one's words or findings ("photos
showing a row of windows", "a sign showing the logo", "the footage showed thick smoke").
A scene of people acting stays, an event on record ("the video showed police beating a
man"), and so do records, polls and studies, which report a finding ("the poll showed Lee
ahead"). A participle of showing with no subject of its own goes with the image a verb just
before it has for object ("posted a photo to its website showing the crew": the photo shows them).
A passive of showing with a "with" phrase tells what a figure is pictured with ("the god is
shown with the head of a falcon", "she was pictured with her son"), no view of anyone; "shown
to" a finding and "depicted as" a view stay.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue

# Verbs of showing what an image holds.
SHOWING_VERBS = frozenset(["show", "depict", "picture", "capture"])
# Nouns of images, which show a scene: "[the video] showed a crowd".
IMAGE_NOUNS = frozenset(
    [
        *("photo", "photograph", "picture", "image", "video", "footage", "film", "clip"),
        *("still", "screenshot", "sign", "map", "camera", "livestream", "broadcast", "painting"),
        *("drawing", "mural", "poster", "banner"),
    ]
)


def depicted_scene(cue: Cue) -> bool:
    """ "Show" or "depict" with an image for subject and content with no verb: "[the photo]
    showed a crowd at the gate" (but "the video showed that the gate was open" reports)."""
    verb = cue.token
    if verb.lemma_.lower() not in SHOWING_VERBS or cue.quoted:
        return False
    subject = shown_image(verb) or cue.subject
    if subject is None or subject.lemma_.lower() not in IMAGE_NOUNS:
        return False
    doc = verb.doc
    spans = [doc.char_span(a, b, alignment_mode="expand") for a, b in cue.fragments]
    return all(s is not None and not any(t.pos_ in {"VERB", "AUX"} for t in s) for s in spans)


def shown_image(verb: Token) -> Token | None:
    """The image a participle of showing with no subject of its own describes: the object of
    the verb it hangs on, before it ("released a video on Friday showing the launch": video),
    or the noun it modifies ("a photo showing the crew": photo); None otherwise."""
    if verb.tag_ != "VBG" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ == "NOUN":
        return head
    if verb.dep_ not in {"advcl", "xcomp"} or head.pos_ != "VERB":
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def pictured_with(cue: Cue) -> bool:
    """A passive of showing whose only complement is a "with" phrase, what the figure is
    pictured with: "[the god is shown with the head of a falcon]" (not "the drug was shown to
    work", nor "he was depicted as a tyrant with no mercy")."""
    verb = cue.token
    if verb.lemma_.lower() not in SHOWING_VERBS or cue.quoted:
        return False
    children = list(verb.children)
    if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in children):
        return False
    if any(c.dep_ in {"agent", "xcomp", "ccomp", "oprd", "acomp"} for c in children):
        return False
    preps = [c.lower_ for c in children if c.dep_ == "prep"]
    return "with" in preps and "as" not in preps
