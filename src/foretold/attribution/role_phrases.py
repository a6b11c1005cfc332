"""Roles written beside a person's name: a title before it ("Russian Foreign Minister
Sergei Lavrov", "US singer and lyricist Ann Lee"), a role phrase set before it with a comma
("The mayor of Paris, Anne Hidalgo,"; "A Republican assemblywoman, Ann Lee,"), appositions
and copular relative clauses after it ("Tatiana Stanovaya, founder of ..."; "Heather Conley,
who is with ..."), but not a name that "not" sets against it ("Lee, not Ray,"), and the role
a copular clause gives a name as its subject ("Lee is the manager of the project")."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from foretold.attribution.agent_titles import agent_title
from foretold.attribution.cues import word_set
from foretold.attribution.entities import (
    DOCUMENT_NOUNS,
    NAME_SUFFIXES,
    NAME_TITLES,
    ROLE_NOUNS,
    TITLE_PARTS,
    initials,
)
from foretold.attribution.labels import credit_label
from foretold.attribution.marks import HYPHENS
from foretold.attribution.of_affiliations import of_affiliation
from foretold.attribution.subject_appositions import subject_before_aside
from foretold.attribution.tagged_entities import DATE_ENTS, PLACE_ENTS

# Heads of an apposition that gives a share, not a role ("Lee, 49 percent to 42").
_SHARES = frozenset({"percent", "%", "point", "vote"})
_TITLE_POS = {"PROPN", "NOUN", "ADJ"}
# Title words that, written in lower case before a name, may as well describe a company
# ("developer Velo Games") or say nothing of what a person does ("the man Ann Lee").
_LOOSE_TITLES = word_set(
    """
    man woman person source member user friend neighbour neighbor insider resident owner
    developer producer operator publisher sponsor regulator designer
    """
)
# Words in "-ist" for what a person does ("journalist", "herpetologist"), also in the older
# spellings with a ligature ("archæologist", "œnologist").
_OCCUPATION_ENDING = re.compile(r"^[a-zæœ]{3,}ist$")
# Words in "-ologist" for one who studies a field ("ecologist", "virologist"): always a
# person, though a tagger may read one before a name as an adjective ("ecologist Ann Lee").
_STUDENT_ENDING = re.compile(r"^[a-zæœ]{2,}ologist$")
# Words in "-ist" that name no one: a pass that sets up a goal, and kinds of list.
_NOT_OCCUPATIONS = word_set(
    """
    assist playlist checklist shortlist blacklist whitelist wishlist watchlist waitlist
    """
)


def occupation_title(token: Token) -> bool:
    """A word in lower case for what a person does, written as a title before a name ("coach
    Ann Lee", "journalist Ann Lee", "herpetologist Ann Lee"); not a word that may describe a
    company or says nothing of a person's work ("developer", "the man") or names no one
    ("assist", "playlist"); a word in "-ologist" is one, even read as an adjective."""
    lower = token.lower_
    if not token.is_lower or lower in _LOOSE_TITLES:
        return False
    if lower in NAME_TITLES:
        return True
    if _STUDENT_ENDING.match(lower):
        return True  # "ecologist", however the tagger reads it
    return (
        token.pos_ == "NOUN"
        and lower not in _NOT_OCCUPATIONS
        and bool(_OCCUPATION_ENDING.match(lower))
    )


def title_before(doc: Doc, start: int) -> tuple[int, str]:
    """The title directly before token ``start`` ("Russian Foreign Minister", "former US
    Senator"), as (index, text). Asked of the same names over and over, so the answers are
    kept for each document."""
    known = _titles_found(doc)
    if start not in known:
        known[start] = _title_before(doc, start)
    return known[start]


@lru_cache(maxsize=4)
def _titles_found(doc: Doc) -> dict[int, tuple[int, str]]:
    """The titles found so far in ``doc``, by the index of the token they stand before."""
    return {}


def _title_before(doc: Doc, start: int) -> tuple[int, str]:
    i = start - 1
    first = end = start
    sent_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    if sent_start == start > 0 and doc[start - 1].text == ")":
        sent_start = doc[start - 1].sent.start  # a bracket the parser ended a sentence with
    if start > 0 and _relative_subject(doc[start - 1], start):
        return start, ""
    while i >= sent_start:
        tok = doc[i]
        if i == start - 1 and (opening := _spelled_out(doc, i, sent_start)) is not None:
            first, i = opening, opening - 1  # "MP (Member of Parliament) Ann Lee"
            continue
        if i == start - 1 and (role := _role_of_the(doc, i, sent_start)) is not None:
            first, i = role, role - 1  # "co-author of the study Ann Lee"
            continue
        if i == start - 1 and (spelled := _abbreviated(doc, i, sent_start)) is not None:
            first, end = spelled  # "Member of Parliament (MP) Ann Lee": the words before it
            i = first - 1
            continue
        if (
            "\n" in tok.text
            or tok.is_space
            or tok.is_punct
            and tok.text not in {"-", "."}
            and not _name_dash(doc, i)
        ):
            break
        if tok.ent_type_ == "PERSON" and not _names_whose_role(doc, i, start):
            break
        if _former_year(doc, i, first, sent_start):
            first, i = i - 1, i - 2  # "former 2020 presidential candidate Ann Lee"
            continue
        if tok.ent_type_ in DATE_ENTS and tok.lower_ not in ROLE_NOUNS:
            break  # "Wednesday" of "This Wednesday Foreign Minister Ann Lee"
        lower = tok.lower_
        if (
            lower in ROLE_NOUNS
            or lower in {"vice", "deputy"}
            or occupation_title(tok)
            or agent_title(tok)
            or ((tok.is_title or tok.is_upper) and tok.pos_ in _TITLE_POS)
            or _role_modifier(tok, first, start)
        ):
            first = i
        elif lower == "co" and first == i + 2 and doc[i + 1].text == "-":
            first = i  # "co-author"
        elif (
            lower == "and"
            and first == i + 1 < start
            and i > sent_start
            and _joined_title(doc, i - 1)
        ):
            pass  # "singer and lyricist Ann Lee": both are her titles
        elif (
            lower == "and"
            and first == i + 1 < start
            and i > sent_start
            and _joined_name(doc, i, start)
        ):
            pass  # "Police and Crime Commissioner Ann Lee": one body's name
        elif _office_held_to(doc, i, first, sent_start):
            pass  # "Ambassador to Sweden Karl Holm": the place is the office's
        elif (
            lower in TITLE_PARTS | {"from"}
            and i > sent_start
            and (lower != "from" or i < start - 1)  # "the Gate from Ann Lee's novel"
            and (doc[i - 1].is_title or doc[i - 1].is_upper or doc[i - 1].lower_ in TITLE_PARTS)
        ):
            pass
        elif (
            "-" in tok.text
            and tok.text.split("-")[-1].lower() in ROLE_NOUNS | {"vice"}
            or lower in {"then", "former", "ex"}
            and i + 1 < start
            and doc[i + 1].text == "-"
        ):
            first = i
        elif tok.text == "-" or _name_dash(doc, i):
            pass
        elif lower == "former" and first == i + 1 < start:
            first = i  # "former Vice-President Ann Lee": a role she no longer holds
        else:
            break
        i -= 1
    while first < end and doc[first].lower_ in TITLE_PARTS | {"-"}:
        first += 1
    if first >= end:
        return start, ""
    return first, Span(doc, first, end).text


# Offices held "to" a country, a body or a person ("Ambassador to Sweden", "Adviser to the
# President").
_OFFICES_HELD_TO = frozenset(
    {"ambassador", "envoy", "adviser", "advisor", "aide", "representative", "secretary"}
)


def _office_held_to(doc: Doc, i: int, first: int, sent_start: int) -> bool:
    """Whether token ``i`` is the "to", or the "the" after it, that follows the word of an
    office held to a place, a body or a person, capitalised as a title is, before the title
    words from ``first`` on ("US Ambassador to Sweden", "Adviser to the President"; not "sent
    the letter to Sweden")."""
    to = i - 1 if doc[i].lower_ == "the" else i
    if doc[to].lower_ != "to" or to <= sent_start or not i < first:
        return False
    if any(t.lower_ != "the" for t in doc[to + 1 : first]):
        return False
    office = doc[to - 1]
    return office.lower_ in _OFFICES_HELD_TO and office.is_title


# Dashes that may join the two halves of a name: "Export–Import Bank", "Asia‑Pacific".
_NAME_DASHES = frozenset({"\u2013", "\u2010", "\u2011"})


def _name_dash(doc: Doc, i: int) -> bool:
    """A dash set close between two capitalised words joins them into one name, and so stays
    inside a title before a name: in "Export–Import Bank president Ann Lee" the role is the
    whole "Export–Import Bank president", not "Import Bank president"; a dash set off by
    spaces ("the bank – president Ann Lee said") parts two phrases."""
    return _set_close(doc, i, _NAME_DASHES) and doc[i - 1].is_title and doc[i + 1].is_title


def _set_close(doc: Doc, k: int, marks: frozenset[str]) -> bool:
    """Whether token ``k`` is one of ``marks`` with a word on each side and no space on
    either side ("Export–Import", "then-manager")."""
    word = doc[k]
    return (
        word.text in marks
        and 0 < k < len(doc) - 1
        and not doc[k - 1].whitespace_
        and not word.whitespace_
    )


def _former_year(doc: Doc, i: int, first: int, sent_start: int) -> bool:
    """A year between "former" and the title it opens, saying when the role was held: "former
    2020 presidential candidate Ann Lee" no longer runs, and "former" belongs to the title."""
    tok = doc[i]
    return (
        first == i + 1
        and i > sent_start
        and doc[i - 1].lower_ == "former"
        and len(tok.text) == 4
        and tok.text.isdigit()
    )


def _relative_subject(noun: Token, start: int) -> bool:
    """A noun right before a name that opens a relative clause without "that" on it, the name
    its subject: "the candidate Ann Lee backed" is someone Lee backed, and "candidate" no title
    of hers. The name is the subject of a verb the parse hangs on the noun as a relative
    clause, a verb with no object of its own, as the noun fills that gap, on a noun that is
    not itself the root of its sentence ("The outgoing governor Ann Lee appointed Bo Ray as
    envoy", read as a clause on "governor", keeps the title)."""
    name = noun.doc[start]
    while name.head.i != name.i and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head
    verb = name.head
    return (
        name.dep_ == "nsubj"
        and verb.dep_ == "relcl"
        and verb.head.i == noun.i
        and verb.i > name.i
        and noun.dep_ != "ROOT"
        and not any(c.dep_ in _CLAUSE_ROLES for c in verb.children if c != name)
    )


# Dependents a verb's relative clause on a noun cannot hold when the noun fills its gap.
_CLAUSE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "oprd", "dative"})


def _joined_title(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a word for one person's role or occupation that "and" joins to
    the title before a name ("singer" of "US singer and lyricist Ann Lee", "author" of
    "co-author and geochemist"), not a plural ("nurses and doctor Ann Lee"), a name ("Mayor Bo
    Ray and Senator Ann Lee") or the office a preposition names ("nominated Bo Ray for
    president and teacher Ann Lee for vice president")."""
    token = doc[i]
    return (
        token.tag_ in {"NN", "NNP"}
        and token.ent_type_ != "PERSON"
        and token.dep_ != "pobj"
        and not (i > 0 and doc[i - 1].pos_ == "ADP")
        and (token.lower_ in ROLE_NOUNS | NAME_TITLES or occupation_title(token))
    )


def _joined_name(doc: Doc, i: int, start: int) -> bool:
    """Whether the "and" at token ``i`` joins two capitalised words of one body's name inside a
    title ("Police and Crime Commissioner Ann Lee", "Road Transport and Bridges Minister Ann
    Lee") before the word for the role that ends the title at the name at ``start``; not two
    people or offices ("Mayor Bo Ray and Senator Ann Lee", "the governor and Vice President Ann
    Lee"), two places or peoples ("Velonia and Acmean President") nor two capitalised names
    with no role after them ("Lost and Velo Nights Ann Lee")."""
    before, after = doc[i - 1], doc[i + 1]
    return (
        before.is_title
        and after.is_title
        and before.pos_ == "PROPN"
        and before.ent_type_ not in PLACE_ENTS | {"PERSON"}
        and after.ent_type_ not in PLACE_ENTS
        and before.lower_ not in ROLE_NOUNS | {"vice", "deputy"}
        and after.lower_ not in ROLE_NOUNS | {"vice", "deputy"}
        and any(t.lower_ in ROLE_NOUNS | NAME_TITLES for t in doc[i + 2 : start])
    )


def _role_of_the(doc: Doc, noun: int, sent_start: int) -> int | None:
    """Where the word for a role or an occupation opens that an "of the" phrase in lower case,
    ending at token ``noun`` right before a name, completes ("co-author of the study Ann Lee
    said": "author"), or None; not when the name opens a clause on that noun ("the director of
    the company Ann Lee founded")."""
    role = noun - 3
    if role < sent_start:
        return None
    word, the, of = doc[noun], doc[noun - 1], doc[noun - 2]
    if not (word.is_lower and word.pos_ == "NOUN" and the.lower_ == "the" and of.lower_ == "of"):
        return None
    holder = doc[role]
    if not (holder.is_lower and (holder.lower_ in NAME_TITLES or occupation_title(holder))):
        return None
    after = noun + 1
    while after < len(doc) and doc[after].pos_ == "PROPN":
        after += 1
    clause = after < len(doc) and doc[after].pos_ == "VERB" and doc[after].dep_ in {"acl", "relcl"}
    return None if clause else role


def _spelled_out(doc: Doc, close: int, sent_start: int) -> int | None:
    """Where the bracket that closes at ``close`` opens, when it spells out the capitals just
    before it ("MP (Member of Parliament)"), or None.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words="an MP ( Member of Parliament ) Ann".split())
    >>> _spelled_out(doc, 6, 0), _spelled_out(doc, 5, 0)
    (2, None)
    """
    if doc[close].text != ")":
        return None
    opening = next((k for k in range(close - 1, max(sent_start, close - 7), -1)
                    if doc[k].text == "("), None)  # fmt: skip
    if opening is None or opening - 1 < sent_start:
        return None
    short = doc[opening - 1].text
    inside = doc[opening + 1 : close].text
    return opening if short.isupper() and len(short) > 1 and initials(inside) == short else None


def _abbreviated(doc: Doc, close: int, sent_start: int) -> tuple[int, int] | None:
    """Where the words that the bracket closing at ``close`` abbreviates begin, and where the
    bracket opens, when it holds their capitals ("Member of Parliament (MP)", "chief
    executive officer (CEO)"), or None.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words="Member of parliament ( MP ) Ann".split())
    >>> _abbreviated(doc, 5, 0), _abbreviated(doc, 4, 0)
    ((0, 3), None)
    """
    opening = close - 2
    if doc[close].text != ")" or opening - 1 < sent_start or doc[opening].text != "(":
        return None
    short = doc[close - 1].text
    if not (short.isupper() and short.isalpha() and 1 < len(short) <= 6):
        return None
    k, left = opening - 1, short
    while left and k >= sent_start:
        word = doc[k].text
        if word.lower() in TITLE_PARTS and k < opening - 1:
            k -= 1
            continue
        if not word[:1].isalpha() or word[0].upper() != left[-1]:
            return None
        left, k = left[:-1], k - 1
    return (k + 1, opening) if not left else None


def _role_modifier(token: Token, first: int, start: int) -> bool:
    """A word in lower case that modifies a noun of the title being read ("prime" of "prime
    minister", "police" of "police chief", "assistant" of "assistant coach"; ``first`` and
    ``start``: the title so far)."""
    head = token.head
    return (
        token.is_lower
        and token.is_alpha
        and token.dep_ in {"amod", "compound"}
        and token.pos_ in {"NOUN", "ADJ"}
        and first <= head.i < start
        and (head.pos_ == "NOUN" or head.lower_ in ROLE_NOUNS)
    )


def role_before_comma(doc: Doc, start: int) -> str:
    """A role phrase set before a name with a comma: "[The mayor of Paris], Anne Hidalgo,
    said" gives "mayor of Paris"; empty when there is none. The phrase opens with "the" and a
    role noun, past the words that qualify it ("the Prime Minister of Ruritania, Ann Lee":
    "Prime" qualifies "Minister"), or with a possessive before one ("Velo's chief executive,
    Ann Lee": "Velo's chief executive"; "his chief of staff, Ann Lee": "chief of staff"), and
    holds no verb and no punctuation but a hyphen inside a word ("The then-manager of Velo
    Press, Ann Lee,"); it may run to fifteen tokens ("The manager of Velo Press and Director of
    the North Dale Tourism Partnership, Ann Lee,"). After a verb whose subject it is, set
    after the verb, the phrase needs no article ("'We won,' said chief officer at Velo Press,
    Ann Lee."), nor at the head of the sentence or after any verb when the name is set beside
    a role noun (``_unopened_role``). "One of" and the plural of a role noun gives the phrase
    as written ("One of Velonia's Vice Presidents, Ann Lee,"), and a bracket holding a body's
    full name is read past, commas and all ("The head of the VRT union (Velo Union of Rail,
    Sea and Road Workers), Ann Lee,"). A phrase that is itself set after another
    name belongs to that name ("Bo Ray, the mayor of Velo, Ruritania": Ruritania is no mayor),
    and one that a preposition governs before a name that opens a clause is a source, not a
    title ("according to his agent, Ann Lee had left")."""
    if start < 3 or doc[start - 1].text != ",":
        return ""
    sent_start = doc[start].sent.start
    k, limit = start - 1, max(sent_start, start - 16)
    while k > limit:
        k -= 1
        word = doc[k]
        possessive = word.tag_ in {"POS", "PRP$"}  # "'s", "'" or "his"
        if (opening := _name_bracket(doc, k, sent_start)) is not None:
            limit = max(sent_start, limit - (k - opening))
            k = opening  # "The head of the RMT union (National Union of Rail, ...), Ann Lee,"
            continue
        verb = word.pos_ in {"VERB", "AUX"} and not _participle_modifier(word, start)
        if verb and _inverted_subject(doc, k, start):
            return doc[k + 1 : start - 1].text if _opens_with_role(doc, k + 1, start - 1) else ""
        if verb:
            return _unopened_role(doc, k + 1, start)
        if word.is_punct and not possessive and k < start - 1 and not _word_hyphen(doc, k):
            return ""
        if possessive and k + 1 < start - 1:
            if not _opens_with_role(doc, k + 1, start - 1):
                continue  # "the director of Velo's Fund, Ann Lee": the role opens further back
            opening = k + 1 if word.tag_ == "PRP$" else _possessor_start(word, sent_start)
            if opening is None or _apposed_to_name(doc, opening) or _clause_source(doc, k, start):
                return ""
            return doc[opening : start - 1].text
        if word.lower_ == "one" and (one_of := _one_of(doc, k, start)):
            return one_of
        if word.lower_ in _INDEFINITE and k + 1 < start - 1:
            if (
                not _set_beside(doc, k, start)
                or doc[k + 1].ent_type_ == "ORDINAL"  # "A third president, Ann Lee,": a count
                or not _opens_with_role(doc, k + 1, start - 1)
            ):
                return ""
            return doc[k + 1 : start - 1].text
        if word.lower_ == "the" and k + 1 < start - 1:
            if _inside_role_phrase(doc, k, start) and not _opens_with_role(doc, k + 1, start - 1):
                continue  # "the Harbor Trust" of "The director of the Harbor Trust, Ann Lee,"
            if _apposed_to_name(doc, k) or not _opens_with_role(doc, k + 1, start - 1):
                return ""
            return "" if _clause_source(doc, k, start) else doc[k + 1 : start - 1].text
    return _bare_title(doc, sent_start, start) or _unopened_role(doc, sent_start, start)


def _unopened_role(doc: Doc, first: int, start: int) -> str:
    """A role phrase with no article set before a name with a comma, right after a verb or at
    the head of the sentence, where the name does not close the sentence (``_inverted_subject``
    reads the one that does): "[Velo University geostrategy expert and former security
    official], Ann Lee, said" and "the strike killed [Velonian general], Bo Ray, at dawn" give
    the phrase. The name is parsed as set beside the phrase's head, and that head, past a
    place of work ("officer at Velo Capital"), is a role noun ("said the voters, Ann Lee": no
    role noun; "told reporters Monday, Ann Lee": not set beside)."""
    if not 2 <= start - 1 - first <= 15 or not _set_beside(doc, first, start):
        return ""
    if doc[first].pos_ in {"DET", "PRON"}:
        return ""  # "Another witness, Ann Lee,": a phrase opened by a word read elsewhere
    name = _name_head(doc, start)
    head = name.head
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i >= first:
        head = head.head.head  # "officer at Velo Capital, Ann Lee": set beside "Capital"
    if not _role_word(head):
        return ""
    return "" if _clause_source(doc, first, start) else doc[first : start - 1].text


def _name_bracket(doc: Doc, close: int, sent_start: int) -> int | None:
    """Where a bracket closing at ``close`` opens, when it holds the full name of the body
    that the capitalised or upper-case word before it abbreviates or shortens, commas and all:
    "The general secretary of the RMT union (National Union of Rail, Maritime and Transport
    Workers), Ann Lee," reads on past the bracket to "The general secretary". None for any
    other token or bracket (a bracket of words in lower case, "(he said)", or one that opens
    a sentence)."""
    if doc[close].text != ")":
        return None
    brackets = range(close - 1, max(sent_start, close - 16) - 1, -1)
    opening = next((j for j in brackets if doc[j].text in {"(", ")"}), None)
    if opening is None or doc[opening].text != "(" or opening - 1 < sent_start:
        return None
    inside = [t for t in doc[opening + 1 : close] if t.is_alpha]
    before = doc[opening - 1]
    if not inside or not (inside[0].is_title or inside[0].is_upper) or before.is_punct:
        return None
    if not all(t.is_title or t.is_upper or t.lower_ in TITLE_PARTS | {"and"} for t in inside):
        return None
    return opening


def _participle_modifier(word: Token, start: int) -> bool:
    """A verb form that the parser hangs, as a modifier, on a noun after it in the phrase
    before the name at ``start``: "running" of "His running mate, Ann Lee," or "acting" of
    "The acting director, Ann Lee,"; part of the role, not the verb that ends it."""
    return word.dep_ in {"amod", "compound"} and word.i < word.head.i < start - 1


def _one_of(doc: Doc, one: int, start: int) -> str:
    """A role phrase "one of" and the plural of a role noun, set before a name with a comma,
    as the article writes it: "One of Velonia's Vice Presidents, Ann Lee, said" gives "One of
    Velonia's Vice Presidents" (she is one of several, so not the singular "Velonia's Vice
    President"); empty when "of" does not follow, the noun is not a plural of a role
    ("One of the neighbours, Ann Lee,") or the name is not set beside the phrase."""
    if one + 2 >= start - 1 or doc[one + 1].lower_ != "of" or not _set_beside(doc, one, start):
        return ""
    phrase = doc[one + 2 : start - 1]
    nouns = [
        t
        for t in phrase
        if t.pos_ in {"NOUN", "PROPN"} and not (t.dep_ in {"compound", "poss"} and t.head.i > t.i)
    ]
    if not nouns or not nouns[0].lower_.endswith("s"):
        return ""
    singulars = (nouns[0].lower_[:-1], nouns[0].lemma_.lower())  # "secretaries": secretary
    return doc[one : start - 1].text if any(map(_is_role_lower, singulars)) else ""


def _word_hyphen(doc: Doc, k: int) -> bool:
    """A hyphen inside a word, with no space on either side, which the tokenizer split off:
    the "-" of "The then-manager of Velo Press, Ann Lee," is part of the role phrase, not a
    break before it."""
    return _set_close(doc, k, HYPHENS) and doc[k - 1].is_alpha and doc[k + 1].is_alpha


def _bare_title(doc: Doc, sent_start: int, start: int) -> str:
    """A capitalised title that opens the sentence with no article, set before a name with a
    comma: "[Velo Air CEO], Ann Lee, said" gives "Velo Air CEO"; not a phrase that ends in no
    role noun ("In Velo Park, Ann Lee said") nor one the name is not set beside ("Velo Air
    CEO, Ann Lee and Bo Ray met")."""
    words = doc[sent_start : start - 1]
    if not 2 <= len(words) <= 5 or not all(t.is_title or t.is_upper for t in words):
        return ""
    last = words[-1].lower_
    if last not in ROLE_NOUNS and (last not in NAME_TITLES or last in _LOOSE_TITLES):
        return ""
    if any(t.pos_ not in {"PROPN", "NOUN"} for t in words):
        return ""
    return words.text if _set_beside(doc, sent_start, start) else ""


# Words that open a role phrase about one person not named before: "A Republican
# assemblywoman, Ann Lee,", "One activist, Ann Lee,", "Another witness, Ann Lee,"; not one
# that counts people of a kind ("A third president, Ann Lee,").
_INDEFINITE = frozenset({"a", "an", "one", "another"})


def _name_head(doc: Doc, start: int) -> Token:
    """The word that heads the name opening at ``start``: "Lee" of "Ann Lee"."""
    name = doc[start]
    while name.dep_ in {"compound", "flat"} and name.head.i > name.i:
        name = name.head
    return name


def _set_beside(doc: Doc, opening: int, start: int) -> bool:
    """Whether the name at ``start`` is parsed as set beside the phrase that opens at
    ``opening``, so that the phrase describes it ("A nurse, Ann Lee, said": Lee is an
    apposition of "nurse"; not "After meeting a nurse, Ann Lee said", where Lee is the
    subject)."""
    name = _name_head(doc, start)
    return name.dep_ == "appos" and opening <= name.head.i < start - 1


def _inverted_subject(doc: Doc, verb: int, start: int) -> bool:
    """Whether the words between the verb at ``verb`` and the comma before the name at
    ``start`` are the verb's subject set after it, with the name in apposition and closing
    the sentence: "'We will win,' said chief investment officer at Velo Partners, Ann Lee."
    (a role with no article; not "He met chief officer Bo Ray, Ann Lee said", where the
    phrase is an object, nor one the sentence runs on past the name)."""
    phrase = doc[verb + 1 : start - 1]
    root = phrase.root
    if root.dep_ != "nsubj" or root.head.i != verb or not _set_beside(doc, verb, start):
        return False
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return end == len(doc) or doc[end].text == "." or doc[end].is_sent_start is True


def _inside_role_phrase(doc: Doc, the: int, start: int) -> bool:
    """Whether the phrase that ``the`` opens is governed by a preposition of a longer phrase
    whose apposition is the name at ``start``: "the Harbor Trust" of "The director of the
    Harbor Trust, Ann Lee, said" (the name is set beside "director" or "Trust"), not of
    "He met the staff of the Trust, Ann Lee said" (the name opens a clause) or "the heads of
    the unions, Ann Lee and Bo Ray" (the names are listed)."""
    if the < 1 or doc[the - 1].pos_ != "ADP":
        return False
    name = _name_head(doc, start)
    return (
        name.dep_ == "appos"
        and name.head.i < start - 1
        and not any(c.dep_ == "conj" for c in name.children)
    )


def _opens_with_role(doc: Doc, first: int, end: int) -> bool:
    """Whether the first noun of ``doc[first:end]`` past the words that qualify it, its
    possessors and the first half of a hyphened word ("vice-president": president), or else
    the head of the whole phrase, is a role noun or an occupation ("Prime Minister of
    Ruritania": Minister; "chief executive officer": officer; "United States Department of
    State spokesperson": spokesperson, where "Department" is no role; not "candidate's
    questionnaire" or "friend")."""
    nouns = [
        t
        for t in doc[first:end]
        if t.pos_ in {"NOUN", "PROPN"}
        and not (t.dep_ == "compound" and t.head.i > t.i)
        and t.dep_ != "poss"
        and not t.is_punct
        and not (t.i + 1 < end and _word_hyphen(doc, t.i + 1))  # "vice" of "vice-president"
    ]
    if not nouns:
        return False
    return _role_word(nouns[0]) or _role_word(doc[first:end].root)


def _role_word(noun: Token) -> bool:
    """A role noun or an occupation, not a word that may name no role ("friend")."""
    lower = noun.lower_
    if lower == "mate":  # "running mate": the one who runs beside a candidate
        return noun.i > 0 and noun.doc[noun.i - 1].lower_ == "running"
    return _is_role_lower(lower)


def _is_role_lower(lower: str) -> bool:
    """Whether a lower-case word is a role noun or a title that names a role by itself."""
    return lower in ROLE_NOUNS or (lower in NAME_TITLES and lower not in _LOOSE_TITLES)


def _possessor_start(marker: Token, sent_start: int) -> int | None:
    """Where the possessor that the possessive ``marker`` ("'s") closes opens ("the city's
    mayor": the), over the whole of a name the parser split ("National Institute of Velo
    Studies' director"); None when it runs out of the sentence."""
    doc = marker.doc
    owner = marker.head if marker.head.i < marker.i else doc[marker.i - 1]
    opening = owner.left_edge.i
    while opening - 1 > sent_start and (
        doc[opening - 1].pos_ == "PROPN"
        or doc[opening - 1].lower_ in {"of", "and", "&"}
        and doc[opening - 2].pos_ == "PROPN"
    ):
        opening -= 1
    if opening < sent_start or opening >= marker.i:
        return None
    return opening


def _apposed_to_name(doc: Doc, opening: int) -> bool:
    """Whether a phrase opening at ``opening`` comes right after a person's name and a comma
    ("Bo Ray, the mayor ...")."""
    return opening >= 2 and doc[opening - 1].text == "," and doc[opening - 2].ent_type_ == "PERSON"


def _clause_source(doc: Doc, inside: int, start: int) -> bool:
    """Whether the phrase holding token ``inside`` is the object of a preposition while the
    name at ``start`` is a subject with no comma closing it: "According to his agent, Ann Lee
    had left" (not "According to the mayor, Ann Lee, the city will pay")."""
    end = start
    while end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].text == "."):
        end += 1
    if end < len(doc) and doc[end].text == ",":
        return False
    phrase = doc[inside]
    while phrase.head.i != phrase.i and phrase.head.i < start and phrase.dep_ != "pobj":
        phrase = phrase.head
    name = doc[start]
    while name.head.i != name.i and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head
    return phrase.dep_ == "pobj" and name.dep_ in {"nsubj", "nsubjpass"}


def _names_whose_role(doc: Doc, i: int, start: int) -> bool:
    """A name inside a title, saying whose role it is: "Trump" of "Former Trump adviser Ann
    Lee" (a role noun follows the name, before the titled name); or a word the tagger took
    for a person's name that a capitalised "of" or "for" phrase continues into the title, so
    that it opens a body's name ("Center" of "Center for Velo Studies scientist Ann Lee"), or
    a single such word that "and" joins to another of a body's name before a title ("Bridges"
    of "Road Transport and Bridges Minister Ann Lee")."""
    j = i + 1
    while j < start and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "I":
        j += 1
    if j + 1 < start and doc[j].lower_ in {"of", "for"} and doc[j + 1].is_title:
        return True  # "Center for Velo Studies scientist Ann Lee": a body's name, mistagged
    if j == i + 1 and i > 1 and doc[i - 1].lower_ == "and" and _joined_name(doc, i - 1, start):
        return j < start and doc[j].lower_ in ROLE_NOUNS  # "Transport and Bridges Minister"
    return j < start and doc[j].lower_ in ROLE_NOUNS and doc[j].is_lower


def appositive_roles(head: Token) -> list[str]:
    """Roles in appositions and copular relative clauses attached to a name's head token, and
    last the body an "of" phrase after the name gives (``of_affiliation``: "Ann Lee of Velo
    Partners")."""
    roles: list[str] = []
    for child in head.rights:
        if _generational_suffix(child):
            roles.extend(appositive_roles(child))
        elif (
            child.dep_ == "appos"
            and child.pos_ in {"NOUN", "PROPN"}
            and child.ent_type_ != "PERSON"
            and child.lemma_.lower() not in _SHARES
            and _names_role(child)
            and not _titles_a_name(child)
            and not _contrasted(child)
            and not _verb_led_apposition(child)
            and not _second_object(child)
        ):
            roles.append(_without_also(_subtree_text(child)))
        elif (
            child.dep_ == "relcl"
            and child.lemma_ == "be"
            and not any(c.dep_ == "neg" for c in child.children)
            and not _about_a_thing(child)
        ):
            words = _copular_role_words(child)
            if words:
                roles.append(child.doc[words[0].i : words[-1].i + 1].text)
        elif child.dep_ == "relcl" and (office := _served_as(child)) is not None:
            roles.append(office)
    if (body := of_affiliation(head)) is not None:
        roles.append(body)
    return roles


def _generational_suffix(child: Token) -> bool:
    """A generational suffix set off by a comma that the parser took for an apposition: it
    closes the name, it gives no role ("Robert Smith, Jr. and his accountant sued" gives
    Smith no role "Jr. and his accountant"); an apposition hung on it is the name's own
    ("Robert Smith, Jr., the city treasurer, said" gives "the city treasurer")."""
    return child.dep_ == "appos" and child.lower_.rstrip(".") in NAME_SUFFIXES


def _served_as(verb: Token) -> str | None:
    """The office a relative clause in "serve as" gives the name it hangs on, as the article
    writes it: "Ann Lee, who serves as the city's mayor, said" gives "the city's mayor", and
    "who served as President of Velonia for ten years" gives "President of Velonia"; not a
    clause that denies it ("who never served as mayor"), says what a thing does ("which
    serves as a shelter") or names no office ("who served as an inspiration"); None when
    there is none."""
    if verb.lemma_ != "serve" or any(c.dep_ == "neg" for c in verb.children):
        return None
    if _about_a_thing(verb):
        return None
    office = next(
        (o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
         for o in c.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}),
        None,
    )  # fmt: skip
    if office is None or not (
        office.lower_ in ROLE_NOUNS | NAME_TITLES or occupation_title(office) or office.is_title
    ):
        return None  # "who served as an inspiration to many"
    return _subtree_text(office)


def _about_a_thing(copula: Token) -> bool:
    """A copular relative clause opened by "which", said of a thing, never of a person: the
    parser may hang it on the last name of a list before it ("a film by Ann and Bo Lee,
    which is about fishing": not a role of Bo Lee)."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "which" for c in copula.children)


def _without_also(role: str) -> str:
    """A role without the "also" that sets it beside another person's ("Bo Ray, also a
    student, said": a student)."""
    first, _, rest = role.partition(" ")
    return rest if first.lower() == "also" and rest else role


def copular_roles(head: Token) -> list[str]:
    """Roles a copular clause in the present gives the name whose head is ``head`` as its
    subject, when the noun it is said to be is a word for a role or an occupation: "Ann Lee is
    a professor at Velo University" gives "a professor at Velo University"; "Ann Lee is the
    community manager" gives "the community manager". Not a clause that denies it ("is not the
    manager"), holds an auxiliary ("will be the director", "has been the coach"), is in the
    past ("was the mayor"), names no role ("is a friend of hers") or is quoted ("'Lee is the
    best coach,' Ray said": an opinion)."""
    verb = head.head
    if (
        head.dep_ != "nsubj"
        or verb.lemma_ != "be"
        or verb.tag_ not in {"VBZ", "VBP"}
        or any(c.dep_ in {"neg", "aux", "auxpass"} for c in verb.children)
        or _quoted(head)
    ):
        return []
    return [
        _subtree_text(attr)
        for attr in verb.children
        if attr.dep_ == "attr"
        and attr.pos_ == "NOUN"
        and attr.ent_type_ != "PERSON"
        and (attr.lower_ in ROLE_NOUNS or occupation_title(attr))
    ]


def _quoted(token: Token) -> bool:
    """Whether a quotation opened earlier in the sentence of ``token`` is still open there."""
    before = [t.text for t in token.doc[token.sent.start : token.i]]
    opened = before.count("\u201c") - before.count("\u201d")
    return opened > 0 or sum(t.count('"') for t in before) % 2 == 1


# Prepositions of how long a role has been held, which leave it current: "for two years",
# "since 2015" (not "until December", which ends it).
_HELD_FOR = frozenset({"for", "since"})


def _copular_role_words(copula: Token) -> list[Token]:
    """The words of a copular relative clause that say what its person is, without the
    relative pronoun, the auxiliaries or a phrase of the time the person has been it ("who
    has been the mayor since 2015": "the mayor"; "who was previously the town's mayor":
    "previously the town's mayor")."""
    dropped = {c.i for c in copula.children if c.dep_ in {"aux", "auxpass"} or _time_phrase(c)}
    return [
        t
        for t in copula.subtree
        if t.dep_ not in {"nsubj", "punct"}
        and t != copula
        and not any(a.i in dropped for a in (t, *t.ancestors))
    ]


def _time_phrase(child: Token) -> bool:
    """A phrase on a copula that says for how long or since when a role has been held ("for
    three years", "since 2015")."""
    if child.dep_ == "npadvmod":
        return child.ent_type_ in DATE_ENTS
    return (
        child.dep_ == "prep"
        and child.lower_ in _HELD_FOR
        and any(o.dep_ == "pobj" and o.ent_type_ in DATE_ENTS for o in child.children)
    )


def _names_role(noun: Token) -> bool:
    """An apposition that can give a person's role: not a document ("Bash, the manifesto"),
    a site written in lower case ("Image: Ann Lee (flickr)") or words of the clause the
    parser hung on the name, which run into a verb ("Ann Lee, a rapporteur, cautioned justice
    does not come": "cautioned justice") or are the subject of a verb after an aside
    (``subject_before_aside``)."""
    if noun.lower_ in DOCUMENT_NOUNS or (noun.pos_ == "PROPN" and noun.is_lower):
        return False
    if _credit_word(noun):  # "Ann Lee in 2016 (Image: Velo)": a picture's credit
        return False
    if _bracketed_word(noun) and noun.is_lower:  # "Ann Lee (flickr)": a site, not a role
        return noun.lower_ in ROLE_NOUNS or occupation_title(noun)
    after = noun.right_edge.i + 1
    if after < len(noun.doc) and noun.doc[after].pos_ in {"VERB", "AUX"}:
        verb = noun.doc[after]
        return _closed_before_verb(noun, verb) or _unclosed_apposition(noun, verb)
    return not subject_before_aside(noun)


def _closed_before_verb(noun: Token, verb: Token) -> bool:
    """An apposition the parser gave its own closing comma, right before the verb whose
    subject is the name: "Ann Lee, previously the mayor of Velo, died" or "Bo Ray, then-Velo
    Governor Ann Lee's chief of staff, was charged" (the comma closes the role, so the verb
    after it is the name's, not words of a clause hung on the name). The apposition opens
    right after a comma past the name, not inside a phrase on it ("Ann Lee of the Bo and Cy
    Fund, which ..., noted": "Cy Fund" is no role)."""
    name = noun.head
    left = noun.left_edge.i
    return (
        noun.right_edge.text == ","
        and left > name.i + 1
        and noun.doc[left - 1].text == ","
        and name.dep_ in {"nsubj", "nsubjpass"}
        and name.head in (verb, verb.head)
    )


def _unclosed_apposition(noun: Token, verb: Token) -> bool:
    """An apposition whose closing comma the writer left out, running straight into the verb
    whose subject is the name ("Ann Lee, the head of Velo Partners said ..."): a role, when
    it opens with an article right after the comma and holds no comma of its own; unlike
    words of the clause hung on the name ("Ann Lee, a rapporteur, cautioned justice ...")."""
    doc = noun.doc
    left = noun.left_edge.i
    name = noun.head
    return (
        name.dep_ == "nsubj"
        and name.head == verb
        and doc[left].lower_ in {"the", "a", "an"}
        and left > 0
        and doc[left - 1].text == ","
        and not any(t.is_punct for t in doc[left : noun.right_edge.i + 1])
    )


def _contrasted(noun: Token) -> bool:
    """An apposition that "not" sets against the name, another person rather than a role
    ("it was Ann Lee, not Bo Ray, who decided": Bo Ray)."""
    before = noun.left_edge.i - 1
    return any(c.dep_ == "neg" for c in noun.children) or (
        before >= 0 and noun.doc[before].lower_ == "not"
    )


def _titles_a_name(noun: Token) -> bool:
    """An apposition whose noun is the title of other people's names, who are listed, not
    described ("Bo Ray, his sons Tom and Sam": sons; "edging Ann Lee, artist Bo Ray": artist)."""
    return any(
        c.ent_type_ == "PERSON"
        and c.dep_ in {"appos", "compound", "flat"}
        and c.left_edge.i == noun.i + 1
        for c in noun.children
    )


def _credit_word(noun: Token) -> bool:
    """A word that heads the credit line of a picture, before a colon ("Image: Velo Press",
    "Photo: Ann Lee"): a caption's source, not a role of the name it follows."""
    doc = noun.doc
    return noun.i + 1 < len(doc) and doc[noun.i + 1].text == ":" and credit_label(noun.text)


def _bracketed_word(token: Token) -> bool:
    """A word alone in brackets ("(flickr)")."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and (doc[token.i - 1].text, doc[token.i + 1].text) == (
        "(",
        ")",
    )


def _subtree_text(token: Token) -> str:
    """The words of a phrase, without closing punctuation, a relative clause after its
    nouns ("a rapporteur for the Office, who had investigated the case": a rapporteur for the
    Office) or another person's name set beside it ("Velo's manager, and Bo Ray": Velo's
    manager; "the mayor of Velo, Bo Ray": the mayor of Velo)."""
    left, right = token.left_edge.i, token.right_edge.i
    doc = token.doc
    clauses = [t.left_edge.i for t in token.subtree if t.dep_ == "relcl" and t.left_edge.i > left]
    clauses += [  # "Velo's manager, and Bo Ray, its founder": a second person set beside
        _joined_from(c)
        for c in token.children
        if c.dep_ in {"conj", "appos"} and c.ent_type_ == "PERSON" and c.i > token.i
    ]
    clauses += [  # "a student, evaluated glue from slugs": the sentence's verb, misread
        t.i - 1 for t in token.subtree if t.i > left and _misread_verb(t)
    ]
    if clauses:
        right = min(clauses) - 1
    while right > left and doc[right].is_punct:
        right -= 1
    return doc[left : right + 1].text


def _verb_led_apposition(child: Token) -> bool:
    """An apposition that opens with the verb of the sentence, misread (``_misread_verb``):
    "Bo Ray, a student, measured silk from spiders" ("measured silk" hung on Bo Ray)."""
    return child.dep_ == "appos" and _misread_verb(child.left_edge)


def _second_object(child: Token) -> bool:
    """A noun phrase the parser hung as an apposition on a name that is the object of a verb,
    with no comma, bracket or dash between them: the verb's second object, what was given,
    not a role of the one it was given to ("granted Ann Lee [a full pardon]", "awarding Lee
    [the Peace Prize]"); unlike a role set off by a comma ("thanked Ann Lee, the mayor") or
    after a subject whose comma the writer left out ("Ann Lee an analyst at Velo said")."""
    name = child.head
    left = child.left_edge.i
    return (
        name.dep_ in {"dobj", "dative"}
        and name.head.pos_ in {"VERB", "AUX"}
        and left > 0
        and not child.doc[left - 1].is_punct
    )


def _misread_verb(token: Token) -> bool:
    """A verb in the past after a comma that the parser read as an adjective of the noun
    after it: the verb of the sentence, after an apposition ("Bo Ray, a student, evaluated
    glue from slugs": "evaluated" of "evaluated glue"). Only in a sentence left with no verb
    at its root: where it has one, the word is an adjective of a role listed after the comma
    ("Bo Ray, a teacher, trained nurse and author, said ...")."""
    return (
        token.tag_ in {"VBD", "VBN"}
        and token.dep_ == "amod"
        and token.i > 0
        and token.doc[token.i - 1].text == ","
        and token.sent.root.pos_ not in {"VERB", "AUX"}
    )


def _joined_from(conjunct: Token) -> int:
    """Where a conjunct's joining words open: the comma or "and" before it ("manager, and
    Bo Ray": the comma)."""
    i = conjunct.left_edge.i
    while i > 0 and (conjunct.doc[i - 1].dep_ == "cc" or conjunct.doc[i - 1].is_punct):
        i -= 1
    return i
