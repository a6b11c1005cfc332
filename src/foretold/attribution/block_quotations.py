"""A block quotation: a verb of saying or writing that a colon closes at the end of its
paragraph, with nothing said in its own clause, announces the next paragraph as the words it
reports, set off as a block instead of by quotation marks ('In a speech, he said:\n\nLet no
one be mistaken ...'). A next paragraph with a quotation mark is left to the quotation it holds
('she said:\n\n"We won."'), and one of page markup ('<tweet ...>') or with nothing in it
reports nothing."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import QUOTE_CHARS, Cue
from foretold.attribution.cues import cue_lemma

# Verbs of saying and writing that can open a block quotation: "he said:", "she wrote:" (not
# "rules:", which ends a list as often as it is a verb).
BLOCK_VERBS = frozenset(
    {
        "say", "state", "write", "add", "tweet", "post", "declare", "explain", "note", "reply",
        "respond", "answer", "announce", "remark", "echo", "recall", "warn", "argue", "continue",
        "conclude", "tell", "insist", "testify", "proclaim", "observe", "comment",
    }
)  # fmt: skip


def block_quotation(cue: Cue, text: str) -> tuple[int, int] | None:
    """The paragraph after a cue that a colon closing its paragraph points to, or None."""
    verb = cue.token
    if cue.fragments or cue.subject is None or not _announces(verb):
        return None
    colon = verb.doc[verb.i + 1]
    after = colon.idx + 1
    opens = after + len(text[after:]) - len(text[after:].lstrip())
    if opens >= len(text) or "\n" not in text[after:opens]:
        return None  # no paragraph break after the colon
    closes = text.find("\n\n", opens)
    closes = len(text) if closes < 0 else closes
    block = text[opens:closes].rstrip()
    if not block or block.startswith("<") or any(c in QUOTE_CHARS for c in block):
        return None
    return opens, opens + len(block)


def _announces(verb: Token) -> bool:
    """A verb of saying or writing with a colon right after it: "he said:", "she wrote:"."""
    if verb.pos_ != "VERB" or verb.i + 1 >= len(verb.doc):
        return False
    if verb.doc[verb.i + 1].text != ":":
        return False
    return cue_lemma(verb.lemma_, verb.text) in BLOCK_VERBS
