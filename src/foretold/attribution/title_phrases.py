"""A capitalised title with the body or place it serves and the name written after them:
"First Minister of Scotland Ann Lee said", "Former Ambassador to the United Nations Ann Lee
wrote". The parser often makes the title the head and hangs the name on its "of", "for",
"from" or "to" as the object of that preposition, so a mention cut at the head would be only
"First Minister", with neither the place nor the person; the reader sees one phrase that names
the speaker, title, body and name together.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.entities import ROLE_NOUNS

# Prepositions that join a title to the body or place it serves: "Minister [of] Health",
# "Minister [for] the Region", "Senator [from] Vermont", "Ambassador [to] the United Nations".
_TITLE_PREPOSITIONS = frozenset({"of", "for", "from", "to"})
# Most words after the preposition: "of the Democratic Republic of the Congo Ann Lee".
_PHRASE_LENGTH = 8


def title_end(head: Token) -> int:
    """Where a capitalised title ends with the body or place it serves and the name after
    them, a run of proper nouns (and "the") that is the whole object of its preposition
    ("President of Velonia Ann Lee said", "the Health Minister for the Velo Region reported":
    after "Lee", "Region"); right after the head otherwise, as for a title in lower case ("the
    president of the club" is read by ``office_end``) or an object with a mark, verb or
    phrase of its own in it."""
    doc = head.doc
    after = head.i + 1
    if head.pos_ != "PROPN" or not head.is_title or head.lower_ not in ROLE_NOUNS:
        return after
    if after + 1 >= len(doc):
        return after
    preposition = doc[after]
    if preposition.lower_ not in _TITLE_PREPOSITIONS or preposition.head != head:
        return after
    body = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if body is None or body.pos_ != "PROPN" or body.left_edge.i != after + 1:
        return after
    words = doc[after + 1 : body.i + 1]
    if len(words) > _PHRASE_LENGTH or "\n" in words.text:
        return after
    if any(t.pos_ not in {"PROPN", "DET"} or t.is_punct for t in words):
        return after
    return body.i + 1


def held_title(name: str, last_word: str) -> str:
    """The word in lower case a name made of a title alone is held under: the title before
    the preposition that joins it to the body it serves ("Health Minister for the Velo Region":
    "minister"), or the name's last word, ``last_word``, when no such preposition follows a
    capitalised title ("Health Minister": "minister")."""
    words = name.split()
    for i, word in enumerate(words[1:], start=1):
        if word in _TITLE_PREPOSITIONS and words[i - 1].lower() in ROLE_NOUNS:
            return words[i - 1].lower()
    return last_word


# Prepositions inside a capitalised title or body name whose object a noun chunk may open at:
# "Minister [of] Information Ann Lee", "Center [for] Velo Studies scientist Ann Lee".
_NAME_PREPOSITIONS = frozenset({"of", "for"})
# Parts of speech of the capitalised words that open a title or a body's name: "Assistant
# Secretary", "Current Prime Minister", "US Secretary".
_OPENING_POS = frozenset({"PROPN", "ADJ"})


def title_start(doc: Doc, start: int) -> int:
    """Where a mention that opens with a proper noun right after the "of" or "for" of a
    capitalised title or body name starts with that title or name: the parser often makes the
    title's object the first words of the speaker's noun phrase, so that "Minister of
    Information Ann Lee said" gives "Information Ann Lee" and "Center for Velo Studies
    scientist Ann Lee said" gives "Velo Studies scientist Ann Lee", where the reader sees one
    phrase that names the speaker with her title or body ("Minister of Information Ann Lee");
    ``start`` itself otherwise, as for a title in lower case ("the head of Velo Corp Ann Lee"
    is read by the role) or a phrase the line, a mark or a verb ends ("Remarked Center for").
    """
    if start < 2 or doc[start - 1].lower_ not in _NAME_PREPOSITIONS:
        return start
    first = doc[start + 1] if doc[start].lower_ == "the" and start + 1 < len(doc) else doc[start]
    if first.pos_ != "PROPN" or not first.is_title:
        return start
    opening = start - 2
    if not _opening_word(doc[opening]) or doc[opening].pos_ != "PROPN":
        return start
    while opening > 0 and _opening_word(doc[opening - 1]):
        opening -= 1
    return opening


def _opening_word(token: Token) -> bool:
    """A capitalised word that may open a title or a body's name on the same line ("Prime",
    "US"), not a date ("Monday") or a verb that opens the sentence ("Remarked")."""
    return (
        token.is_alpha
        and (token.is_title or token.is_upper)
        and token.pos_ in _OPENING_POS
        and token.ent_type_ not in {"DATE", "TIME"}
        and "\n" not in token.text_with_ws
    )
