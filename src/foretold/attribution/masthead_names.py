"""Names of newspapers and bulletins that the tagger labels PERSON: a name of two or more
words that ends with a word only a publication's title ends with ("Velo Bulletin", "Ostrava
Gazette", "The Velo Tribune") or opens with one ("Gazeta Velska"). No person's name holds
these words, unlike "Press", "Post" or "Times", which may also be surnames or places
("Jim Press")."""

from __future__ import annotations

from spacy.tokens import Span

MASTHEAD_ENDINGS = frozenset(
    {
        "Bulletin", "Gazette", "Gazeta", "Gazzetta", "Tribune", "Herald", "Chronicle",
        "Journal", "Magazine",
    }
)  # fmt: skip
MASTHEAD_OPENERS = frozenset({"Gazeta", "Gazette", "Gazzetta"})


def masthead_name(ent: Span) -> bool:
    """Whether a longer "person" name is a publication's title by its first or last word
    ("Velo Bulletin", "Gazeta Velska"; not "Ann Lee")."""
    return masthead_title(" ".join(t.text for t in ent if t.is_alpha))


def masthead_title(name: str) -> bool:
    """Whether a name of two or more words is a publication's title by its first or last
    word ("Velo Bulletin", "Gazeta Velska"; not "Velo Foods")."""
    words = name.split()
    return len(words) > 1 and (words[-1] in MASTHEAD_ENDINGS or words[0] in MASTHEAD_OPENERS)
