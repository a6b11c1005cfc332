"""Periods that close an abbreviation inside a sentence, marked before parsing.

The parser can take the period of an abbreviation for the end of a sentence ("The firm Ostro
Kft. (Ostro Works) bought the yard", "rose 5 pct. in May", "signed by Insp. Dana Moor"), which
cuts a report off in the middle. The word after such a period, and every word up to the next
stop that can end a sentence, starts no sentence when

- it opens in lower case or with an opening bracket ("Kft. (", "a.m. local time"): no new
  sentence does after an abbreviation;
- the abbreviation is a title, which always goes on a name ("Supt. Karen Wylie", "Gen. Mia");
- the abbreviation is a linking one that sits inside a phrase ("approx. 20", "vs. Leeds"), or
  a number sign before a number ("No. 5");
- a company suffix runs into another ("Amco Pty. Ltd.");
- a capital initial sits between name words ("Judge T. Ellis", "J. R. Tolman").

A line break between the two words is left to the paragraph rule. A period the tokenizer split
off such an abbreviation goes back on it ("Kft" "." -> "Kft."): a lone period reads to the
parser as the end of a sentence even where it may not break, and the parse around it goes
wrong.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_VOWELS = frozenset("aeiouyAEIOUY")
_STOPS = frozenset(".!?\u2026")

TITLES = frozenset(
    {
        "adm",
        "amb",
        "asst",
        "atty",
        "capt",
        "cdr",
        "cmdr",
        "col",
        "cpl",
        "cpt",
        "det",
        "dr",
        "fr",
        "gen",
        "gov",
        "hon",
        "insp",
        "lt",
        "maj",
        "messrs",
        "mr",
        "mrs",
        "ms",
        "mt",
        "pres",
        "prof",
        "pvt",
        "rep",
        "reps",
        "rev",
        "sen",
        "sens",
        "sgt",
        "supt",
    }
)
"""Titles and name prefixes that are never the last word of a sentence ("Sgt.", "Mt.")."""

LINKING = frozenset({"approx", "cf", "eg", "esp", "ie", "incl", "viz", "vs"})
"""Abbreviations that sit inside a phrase and end none ("approx. 20", "vs. Leeds")."""

NUMBERS = frozenset({"no", "nos"})
"""Abbreviations that end no sentence before a number ("No. 5"; not "They said no. 20 left")."""

COMPANY_SUFFIXES = frozenset(
    {
        "ag",
        "bhd",
        "bros",
        "bt",
        "bv",
        "co",
        "corp",
        "gmbh",
        "inc",
        "kft",
        "llc",
        "llp",
        "lp",
        "ltd",
        "nv",
        "nyrt",
        "plc",
        "pty",
        "sa",
        "sdn",
        "spa",
        "zrt",
    }
)
"""Company suffixes: they may end a sentence ("bought by Acme Inc."), so only another suffix,
a lower-case word or a bracket carries on after them."""


_KNOWN = TITLES | LINKING | NUMBERS | COMPANY_SUFFIXES


def _letters(word: Token) -> str:
    """A word's letters without periods, in lower case: "U.S." -> "us", "Kft" -> "kft"."""
    return word.text.replace(".", "").lower()


def _abbreviation_before(doc: Doc, i: int) -> Token | None:
    """The abbreviation whose period is token ``i``: the token itself when the tokenizer kept
    the period on it ("Mr.", "U.S."), the word before a split-off period that reads as an
    abbreviation ("Kft" "." , "b.c.e" "."; not "sold" "."); None otherwise."""
    token = doc[i]
    if token.text == ".":
        if i == 0 or doc[i - 1].whitespace_:
            return None
        word = doc[i - 1]
        return word if _reads_as_abbreviation(word) else None
    letters = token.text[:-1].replace(".", "")
    if token.text.endswith(".") and letters.isalpha():
        return token
    return None


def _reads_as_abbreviation(word: Token) -> bool:
    """Whether a word before a split-off period is an abbreviation: it holds a period of its
    own ("b.c.e"), has no vowel and is not an acronym ("Kft", "Ltd"; not "IBM"), or is a known
    one ("Supt", "approx")."""
    letters = word.text.replace(".", "")
    if not letters.isalpha():
        return False
    if "." in word.text:
        return True
    if not word.is_upper and not any(c in _VOWELS for c in letters):
        return True
    return _letters(word) in _KNOWN


def _initial(word: Token) -> bool:
    """Whether a token is a capital initial with its period: "F.", "T."."""
    return len(word.text) == 2 and word.text[0].isupper() and word.text[1] == "."


def _name_word(word: Token) -> bool:
    """Whether a word can stand in a name: "Judge", "Tolman", or an initial."""
    return _initial(word) or (word.is_alpha and word.is_title)


def runs_on(abbreviation: Token, following: Token) -> bool:
    """Whether the word after an abbreviation's period goes on the same sentence (see the
    module docstring): "Insp." then "Dana"; "pct." then "in"; not "Inc." then "Shares"."""
    if following.text == "(" or (following.is_alpha and following.is_lower):
        return True
    letters = _letters(abbreviation)
    if letters in TITLES and abbreviation.text[0].isupper() and not abbreviation.is_upper:
        return following.text[:1].isupper()
    if letters in LINKING:
        return True
    if letters in NUMBERS and abbreviation.text[0].isupper():
        return following.text[:1].isdigit()
    if letters in COMPANY_SUFFIXES:
        return _letters(following) in COMPANY_SUFFIXES
    if _initial(abbreviation) and following.is_title and not following.is_stop:
        return abbreviation.i > 0 and _name_word(abbreviation.nbor(-1))
    return False


def _clause_end(doc: Doc, start: int) -> int:
    """The index after the run of words from ``start`` to the next stop that can end a sentence
    (a token ending in a period, "!" or "?", kept in the run), or up to a line break."""
    for k in range(start, len(doc)):
        token = doc[k]
        if "\n" in token.text or (token.is_space and k > start):
            return k
        if token.text[-1] in _STOPS or "\n" in token.whitespace_:
            return k + 1
    return len(doc)


def _running_on(doc: Doc) -> list[tuple[int, int]]:
    """The pairs (index of an abbreviation's period, index of the next word) where the word
    runs on (see the module docstring); a line break between them is left alone."""
    pairs = []
    for i in range(len(doc) - 1):
        abbreviation = _abbreviation_before(doc, i)
        if abbreviation is None or "\n" in doc[i].whitespace_:
            continue
        j = i + 1
        while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
            j += 1
        if j < len(doc) and not doc[j].is_space and runs_on(abbreviation, doc[j]):
            pairs.append((i, j))
    return pairs


def abbreviation_periods(doc: Doc) -> Doc:
    """Keep an abbreviation's period that runs on (see the module docstring) on its word, as
    the tokenizer does for "Inc." ("Kft" "." -> "Kft."), and mark the words after it as no
    sentence starts, up to the next stop, so that the parser breaks nowhere between: "Ostro
    Kft. (Ostro Works) bought the yard." stays one sentence; "bought by Acme Inc. Shares
    rose." is left to the parser. Runs before the tagger and parser, which then read the
    abbreviation as one word."""
    split = [i for i, _ in _running_on(doc) if doc[i].text == "."]
    if split:
        with doc.retokenize() as retokenizer:
            for i in split:
                retokenizer.merge(doc[i - 1 : i + 1])
    for _, j in _running_on(doc):
        for k in range(j, _clause_end(doc, j)):
            doc[k].is_sent_start = False
    return doc
