"""Pictures that show things: "show" or "depict" with an image for subject and only a noun
phrase for content sets out what the picture holds, no one's words or findings ("photos
showing a row of windows", "a sign showing the logo", "the footage showed thick smoke").
Things left in a state are still a scene ("photos showed pews broken and scattered"). A scene
of people acting stays, an event on record ("the video showed police beating a man"), and so
do records, polls and studies, which report a finding ("the poll showed Lee ahead"). A
participle of showing with no subject of its own goes with the image a verb just before it has
for object ("posted a photo to its website showing the crew": the photo shows them).
A passive of showing with a "with" phrase tells what a figure is pictured with ("the god is
shown with the head of a falcon", "she was pictured with her son"), no view of anyone; "shown
to" a finding and "depicted as" a view stay.
An image for object of showing is a picture put on view, whoever shows it: "he showed videos
of the crash", "she showed reporters photos of the flooded street"; what someone showed to be
so stays ("he showed that the phone lost signal").
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
    return all(
        s is not None and not any(t.pos_ in {"VERB", "AUX"} and not state_participle(t) for t in s)
        for s in spans
    )


def state_participle(word: Token) -> bool:
    """A past participle after a noun that tells the state the thing is in, not an act: "pews
    [broken] and [scattered]", "the cockpit [buried] in a house", "an officer [surrounded]
    by protesters" (but "police [beating] a man", "the car [was] burned")."""
    if word.tag_ not in {"VBN", "VBD"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in word.children):
        return False
    if word.dep_ == "conj" and word.head.i < word.i:
        return state_participle(word.head)
    return word.dep_ in {"acl", "amod"}


# Nouns of pictures that can be put on view: "showed [photos]" (not "showed [signs] of strain").
_PICTURE_NOUNS = frozenset(
    ["photo", "photograph", "picture", "image", "video", "footage", "film", "clip", "screenshot"]
)


def displayed_image(cue: Cue) -> bool:
    """Active "show" or "depict" whose content is all an image it has for object, a picture
    put on view: "he showed [videos of the crash]", "she showed reporters [a photo of the
    dam]", "he showed [videos demonstrating the fault]" (but "he showed [that the dam had
    failed]", "the poll showed [Lee ahead]", "records showed [the photos were faked]")."""
    verb = cue.token
    if verb.lemma_.lower() not in SHOWING_VERBS or cue.quoted:
        return False
    children = list(verb.children)
    if any(c.dep_ in {"auxpass", "nsubjpass", "xcomp", "oprd"} for c in children):
        return False
    shown = [c for c in children if c.dep_ in {"dobj", "ccomp"} and c.i > verb.i]
    if len(shown) != 1:
        return False
    image = _image_object(shown[0])
    if image is None:
        return False
    phrase = set(shown[0].subtree)
    content = [t for t in cue.content_tokens() if not t.is_punct]
    return bool(content) and all(t in phrase for t in content)


def _image_object(shown: Token) -> Token | None:
    """The image a verb of showing has for object: a noun object ("showed [videos]"), or the
    subject of a participle the parser made its clause ("showed [videos] demonstrating the
    fault"), since a participle with no tense tells what the image holds, not a finding."""
    if shown.dep_ == "dobj":
        return shown if shown.lemma_.lower() in _PICTURE_NOUNS else None
    if shown.tag_ not in {"VBG", "VBN"}:
        return None
    if any(c.dep_ in {"aux", "auxpass"} for c in shown.children):
        return None
    subject = next((c for c in shown.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.lemma_.lower() in _PICTURE_NOUNS else None


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
