"""A study's authors cited as "X et al": a group of people, which a later "they" continues
("Berg et al studied mosses. They found ...": Berg et al). The parser heads the phrase on "al"
and may tag it an organisation or nothing at all."""

from __future__ import annotations

from spacy.tokens import Span, Token

from foretold.attribution.mention_names import NAME_PARTICLES


def et_al(token: Token) -> bool:
    """Whether a token is the "al" closing "X et al" or "X et al." ("Berg et al found")."""
    return token.lower_ in {"al", "al."} and token.i > 1 and token.doc[token.i - 1].lower_ == "et"


def authors_span(token: Token) -> Span | None:
    """The whole "X et al" phrase ending in its "al", back over the capitalised words and name
    particles before "et" ("[Berg et al]", "[de Vera et al]"), not a capitalised word of
    another kind opening the sentence ("Then [Berg et al] found"), or None for any other
    token."""
    if not et_al(token):
        return None
    doc = token.doc
    start = token.i - 1  # "et"
    while start > 0 and (_name_word(doc[start - 1]) or doc[start - 1].lower_ in NAME_PARTICLES):
        start -= 1  # whatever the parser made of the name: "[de Vera et al]"
    return doc[start : token.i + 1]


# Parts of speech of function words, which a capitalised word opening a sentence may be
# ("Then", "In", "The") but a name's word is not, however the parser tagged a rare surname
# ("Marković" as a common noun, "Stamenković" as an interjection).
_FUNCTION_POS = frozenset({"ADV", "ADP", "DET", "CCONJ", "SCONJ", "PRON", "PART", "AUX"})


def _name_word(token: Token) -> bool:
    """A capitalised word that is no function word: a word of the authors' name."""
    return token.is_title and token.pos_ not in _FUNCTION_POS


def loose_authors(token: Token) -> bool:
    """The "al" of an "X et al" that stands before the main verb of its sentence, whatever the
    parser made of it: the study's authors as its subject ("Berg et al studied ...", "In 2014,
    de Berg et al, using a lab, studied ..."); not their work ("Berg et al's model") nor an
    object ("Critics faulted Berg et al"). A sentence the parser rooted on an opening
    participle with no subject ("In 2014, also finding ..., de Berg et al, using a lab,
    studied ...") has its main verb later."""
    if not et_al(token) or (token.i >= token.sent.root.i and not _subjectless_participle(token)):
        return False
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in {"'s", "’s"}:
        return False
    return token.dep_ not in {"poss", "pobj"} and token.head.dep_ not in {"poss", "pobj"}


def _subjectless_participle(token: Token) -> bool:
    """Whether the root of a token's sentence is a participle before it with no subject: a
    phrase opening the sentence ("Also finding that ..., Berg et al studied ..."), not its
    main verb."""
    root = token.sent.root
    return (
        root.tag_ in {"VBG", "VBN"}
        and root.i < token.i
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children)
    )
