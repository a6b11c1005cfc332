"""The mention that names a speaker: the named entity or noun phrase around its head token,
without appositions, so that it points at the words that name the speaker; a number or
quantifier keeps the group it is taken from ("One of the users"), a common noun the place it
belongs to ("the government of Burundi"), a group of people or one person the body or place
it belongs to ("officials in Omsk", "an official from TfL", ``group_affiliations``), a body
the people it is made of ("a team of scientists", ``_members_end``), what was found the study
or poll that found it ("the results of a survey", ``findings_end``), an unnamed source its
access to the matter ("someone familiar with the talks", ``access_end``), a capitalised title
the body or place it serves and the name after them ("First Minister of Velonia Ann Lee",
``title_end``), and a bare common noun the one who released it ("audio released by the
union", added by ``provider_end``); a noun phrase never reaches back across a line break, a
spaced dash ("the caucus - Gallup": Gallup) or the end of a quotation and the verb that
reports it ('keep us safe" tweeted Mayor Lee': Mayor Lee). A name joined by "and" to another
is one name when the article tags the whole as one ("Velo Fire and Rescue").
A mention never ends inside a bracket it opens: a bracketed short form is left out ("the World
Health Organization (WHO)": the World Health Organization); nor inside a quotation it opens
('a "Velo insider"'); nor does a name take in a date the parser ran into it ("On Friday Acme
Corp announced": Acme Corp), nor the object of a preposition the parse left without one ("On
live television Mayor Lee attacked": Mayor Lee); nor does it start inside a hyphenated word
("study co-author Ann Lee": co-author Ann Lee, not "-author Ann Lee"), nor with a focusing
adverb, which marks what the clause says of the phrase and names no part of it ("even rival
vendors concede": rival vendors). A name filed under a number runs through it ("Republic
Act No. 3846", in ``numbered_names``). An organisation name the tagger split at its "for" or
"of" is one name ("the Federal Bureau for the Coastal Waters", in ``split_names``). A common
noun owning what is said keeps its own article ("the president's claims": the president,
``possessor_start``), so that a definite description can look back to whom it describes.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foretold.attribution.access_phrases import access_end
from foretold.attribution.acronym_names import spelled_end
from foretold.attribution.conjoined_names import closed_before_and
from foretold.attribution.cue import DOUBLE_QUOTES
from foretold.attribution.entities import QUANTITY_NOUNS, ROLE_NOUNS, partitive_group
from foretold.attribution.group_affiliations import affiliation_end, group_noun
from foretold.attribution.marks import HYPHENS, spaced_dash
from foretold.attribution.mention_names import without_medium
from foretold.attribution.nominal_adjectives import nominal_adjective, phrase_start
from foretold.attribution.numbered_names import numbered_end, numeral_end
from foretold.attribution.portion_subjects import findings_end
from foretold.attribution.split_names import joined_organisation
from foretold.attribution.tagged_entities import DATE_ENTS, entity_at, tagged_entities
from foretold.attribution.title_phrases import title_end, title_start


class MentionIndex:
    """Maps a head token to the mention that names it: an entity or a noun chunk."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.chunks = list(doc.noun_chunks)
        self._chunks: dict[int, tuple[int, int]] = {}
        for chunk in self.chunks:
            self._chunks[chunk.root.i] = (chunk.start, chunk.end)

    def mention(self, head: Token) -> Span:
        """The mention naming a head token, never cut inside a bracket or quotation it
        opens."""
        span = with_closing_quote(without_open_bracket(self._mention(head), head))
        span = after_closing_quote(span, head)
        start = word_start(self.doc, span.start)  # "co-author Ann Lee", not "-author"
        if start < head.i:
            start = title_start(self.doc, start)  # "Minister of Information Ann Lee"
        end = numbered_end(self.doc, span.end)  # "Republic Act No. 3846"
        end = numeral_end(self.doc, end)  # "News 12"
        return span if (start, end) == (span.start, span.end) else self.doc[start:end]

    def _mention(self, head: Token) -> Span:
        doc = self.doc
        if head.ent_iob_ != "O" and head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP", "FAC"}:
            start = head.i
            while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].text != ":":
                start -= 1  # "Poll: Voters": a label's colon closes it, no name runs across
            end = head.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if head.ent_type_ == "ORG":  # "the Federal Bureau for the Coastal Waters"
                joined = joined_organisation(entity_at(doc, start) or doc[start:end])
                start, end = joined.start, max(end, joined.end)
                end = closed_before_and(doc, end) if end - 1 > head.i else end
            if head.ent_type_ == "PERSON" and start < head.i:  # "on Twitter Lee wrote"
                trimmed = without_medium(doc[start:end])
                if trimmed.start > start:
                    return doc[trimmed.start : end]
            conjunct = next((c for c in head.children if c.dep_ == "conj"), None)
            if conjunct is not None and conjunct.pos_ == "PROPN" and one_name(head, conjunct):
                end = conjunct.i + 1  # "Velo Fire and Rescue" tagged as two names here
            chunk = self._chunks.get(head.i)
            opening = chunk[0] if chunk else start
            if _objectless_preposition(doc, opening - 1, head):  # "On live television Mayor Lee"
                while opening < start and doc[opening].pos_ != "PROPN":
                    opening += 1
            if (
                chunk
                and opening < start
                and all(
                    doc[i].pos_ in {"DET", "ADJ", "PROPN", "NOUN", "NUM"}
                    and doc[i].ent_type_ not in DATE_ENTS
                    for i in range(opening, start)
                )
            ):
                start = opening
            return doc[start:end]
        chunk = self._chunks.get(head.i)
        if chunk:
            start, end = chunk
            while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
                start += 1
            while start < head.i and _focusing_adverb(doc[start], head):
                start += 1  # "even rival vendors": rival vendors
            if start < head.i and _free_relative_what(doc[start], head):
                start += 1  # "do what a partner told him": a partner
            for i in range(head.i - 1, start - 1, -1):  # nor a break, spaced dash or quote end
                if "\n" in doc[i].text_with_ws or spaced_dash(doc[i]):
                    start = i + 1
                    break
                if _closing_quote(doc[i]):  # 'safe" tweeted Mayor Lee': the verb reports it
                    start = i + 1
                    while start < head.i and doc[start].pos_ == "VERB":
                        start += 1
                    break
            ends = (
                partitive_end(head),
                place_end(head),
                office_end(head),
                affiliation_end(head),
                _members_end(head),
                access_end(head),
                title_end(head),
                spelled_end(head),
                findings_end(head),
            )
            return doc[start : max(end, *ends)]
        if nominal_adjective(head):  # "the 43-year-old asked": the whole phrase names
            return doc[phrase_start(head) : head.i + 1]
        return doc[possessor_start(head) : partitive_end(head)]


# Dependents that open a common noun's own phrase: its article and the words that qualify it.
_OPENING_DEPS = frozenset({"det", "amod", "compound", "nummod"})


def possessor_start(head: Token) -> int:
    """Where a common noun owning another opens its own phrase: the parser makes no noun chunk
    of an owner, so "the president's claims" would leave "president" bare, where the reader
    sees "the president", a definite description of someone named before ("President Ann Lee
    ... the president's claims": Ann Lee); the article and the lower-case words before the
    owner are its own. The head itself for any other token."""
    if head.dep_ != "poss" or head.pos_ != "NOUN":
        return head.i
    start = head.i
    for left in reversed(list(head.lefts)):
        if left.i != start - 1 or left.dep_ not in _OPENING_DEPS:
            break
        if not left.is_lower and left.dep_ != "det":  # "The president's", not "Velo's"
            break
        start = left.i
    return start


def _objectless_preposition(doc: Doc, at: int, head: Token) -> bool:
    """A preposition at ``at`` the parse left with no object and hung on the verb the name
    ``head`` is hung on, whose object is the common words that open the noun phrase after it:
    "On live television Mayor Lee attacked the plan" (the mention is Mayor Lee, not "live
    television Mayor Lee"; but "according to news agency Velo")."""
    if at < 0 or doc[at].pos_ != "ADP" or doc[at].dep_ != "prep" or doc[at].head != head.head:
        return False
    return not any(c.dep_ in {"pobj", "pcomp"} for c in doc[at].children)


# Adverbs that focus a noun phrase, setting it against others ("even the mayor", "only
# residents"): they say how the clause bears on the phrase, not whom it names.
_FOCUSING_ADVERBS = frozenset(
    {"even", "only", "also", "just", "especially", "particularly", "notably"}
)


def _focusing_adverb(token: Token, head: Token) -> bool:
    """A focusing adverb on the head of a noun phrase ("even" in "even rival vendors
    concede"), not a word of degree on a quantifier ("too many", "nearly all")."""
    return (
        token.pos_ == "ADV"
        and token.dep_ == "advmod"
        and token.head == head
        and token.lower_ in _FOCUSING_ADVERBS
    )


def _free_relative_what(token: Token, head: Token) -> bool:
    """A "what" the parser made the article of a noun after it, when it is the object a free
    relative clause opens with ("do [what] a partner told him to do"): the phrase is "a
    partner", with an article of its own, or a bare plural ("what critics say")."""
    return (
        token.lower_ == "what"
        and token.tag_ == "WP"
        and token.head == head
        and (
            head.tag_ in {"NNS", "NNPS"}
            or any(c.dep_ == "det" and c.i > token.i for c in head.lefts)
        )
    )


def word_start(doc: Doc, start: int) -> int:
    """The start of the written word a token at ``start`` belongs to when a hyphen joins it to
    the word before with no space ("co-author": "co", not "-" or "author"); ``start``
    otherwise."""
    while (
        start > 0
        and not doc[start - 1].whitespace_
        and (doc[start].text in HYPHENS or doc[start - 1].text in HYPHENS)
        and not doc[start - 1].is_space
        and not (doc[start].text in HYPHENS and doc[start - 1].text in HYPHENS)
    ):
        start -= 1
    return start


def _closing_quote(token: Token) -> bool:
    """A quotation mark that closes a quotation: written against the word before it with a
    space after ('keep us safe" tweeted Mayor Lee': the mention is Mayor Lee, not 'safe"
    tweeted Mayor'), never one that opens a quotation ('a "Senate aide"')."""
    doc = token.doc
    return (
        token.is_quote
        and token.tag_ != "POS"  # "the lawyers' client"
        and token.i > 0
        and not doc[token.i - 1].whitespace_
        and not doc[token.i - 1].is_quote
        and bool(token.whitespace_)
    )


_NAMES = frozenset({"PERSON", "ORG"})


def one_name(first: Token, second: Token) -> bool:
    """Two proper nouns joined by "and" that make one name: tagged as one name here or
    elsewhere in the article ("Velo Fire and Rescue")."""
    doc = first.doc
    if first.i >= second.i or doc[first.i + 1].lower_ not in {"and", "&"}:
        return False
    if all(t.ent_iob_ == "I" for t in doc[first.i + 1 : second.i + 1]):
        return True
    start = first.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head == first:
        start -= 1
    phrase = doc[start : second.i + 1].text
    return any(
        ent.text == phrase for ent in tagged_entities(doc) if len(ent) > 2 and ent.label_ in _NAMES
    )


def without_open_bracket(span: Span, head: Token) -> Span:
    """A mention without the bracket it opens but does not close, and the words after it ("the
    World Health Organization (WHO" with head Organization: "the World Health Organization");
    the mention itself when it has no such bracket or the head is inside it."""
    depth = 0
    cut = None
    for token in span:
        if token.text == "(":
            depth += 1
            cut = token.i if depth == 1 else cut
        elif token.text == ")" and depth:
            depth -= 1
    if not depth or cut is None or cut <= head.i or cut == span.start:
        return span
    end = cut
    while end > span.start + 1 and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[span.start : end]


def with_closing_quote(span: Span) -> Span:
    """A mention with the closing quotation mark right after it when it holds an opening one
    alone ('a "Velo insider' before '"': 'a "Velo insider"'); the mention itself otherwise."""
    doc = span.doc
    marks = sum(1 for t in span if t.is_quote)
    if marks % 2 == 0 or span.end >= len(doc) or not doc[span.end].is_quote:
        return span
    return doc[span.start : span.end + 1]


def after_closing_quote(span: Span, head: Token) -> Span:
    """A mention that starts inside a quotation and holds only its closing mark before the head
    starts after that mark ('Our team" co-author Ann Lee' in '"Our team" co-author Ann Lee said
    "has grown"': "co-author Ann Lee"); the mention itself otherwise."""
    marks = [t for t in span if t.text in DOUBLE_QUOTES]
    if len(marks) % 2 == 0 or marks[0].i >= head.i or marks[0].i + 1 >= span.end:
        return span
    return span.doc[marks[0].i + 1 : span.end]


_PARTITIVE_HEADS = frozenset({"one", "two", "three", "some", "many", "several", "most", "few"})


def place_end(head: Token) -> int:
    """Where a common-noun speaker ends with the place it belongs to ("the government of
    Burundi said": after "Burundi"); right after the head otherwise."""
    doc = head.doc
    if head.pos_ != "NOUN" or head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "of":
        return head.i + 1
    place = next((c for c in doc[head.i + 1].children if c.dep_ == "pobj"), None)
    if place is None or doc[head.i + 2].ent_iob_ != "B" or not _place_name(head, place):
        return head.i + 1
    end = head.i + 3
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end if end == place.i + 1 else head.i + 1


# Nouns for the government of a place, whose "of" object is a place however the tagger tags
# its name: "the government of American Samoa", tagged as a body.
_GOVERNMENT_NOUNS = frozenset({"government", "governments"})


def _place_name(head: Token, place: Token) -> bool:
    """A name tagged as a place, or any proper noun after a noun for a government ("the
    government of American Samoa", which the tagger may call a body)."""
    if place.ent_type_ in {"GPE", "LOC"}:
        return True
    return head.lower_ in _GOVERNMENT_NOUNS and place.pos_ == "PROPN"


# Prepositions that give the body a role belongs to: "the head [of] the agency", "a spokesman
# [for] the club".
_BODY_PREPOSITIONS = frozenset({"of", "for"})
# Longest body phrase a role noun keeps, in words: "the head of the city's water board".
_BODY_PHRASE_LENGTH = 8
# Nouns for one who holds or runs a business or a publication, which like a role noun say whose
# they are with an "of" phrase: "the owner [of] the bakery", "the editor [of] the weekly".
_HOLDER_NOUNS = frozenset(
    {"owner", "editor", "publisher", "operator", "organiser", "organizer", "coordinator"}
)
_OFFICE_NOUNS = ROLE_NOUNS | _HOLDER_NOUNS


def office_end(head: Token) -> int:
    """Where a role noun in lower case, or a noun for one who holds or runs a business
    (``_HOLDER_NOUNS``), ends with the body it serves, a short phrase with no comma, clause or
    person's name in it ("the head of the city's water board said", "a spokesman for the club
    said", "the owner of the Acme delivery service said": after "board", "club", "service"),
    so that the mention says whose role it is; right after the head otherwise."""
    doc = head.doc
    after = head.i + 1
    if head.pos_ != "NOUN" or not head.is_lower or head.lower_ not in _OFFICE_NOUNS:
        return after
    if after >= len(doc) or doc[after].lower_ not in _BODY_PREPOSITIONS:
        return after
    preposition = doc[after]
    if preposition.head != head or not any(c.dep_ == "pobj" for c in preposition.children):
        return after
    phrase = list(preposition.subtree)
    words = [t for t in phrase if not t.is_punct]  # "Rhine-Westphalia" is one word
    if len(words) > _BODY_PHRASE_LENGTH:
        return after
    if any(_no_body_word(t) and not _mistagged_place(t, preposition) for t in phrase):
        return after
    return preposition.right_edge.i + 1


def _mistagged_place(token: Token, preposition: Token) -> bool:
    """A single capitalised word after "of" that the tagger calls a person but that the
    article never gives a given name or a surname ("the mayor of Yartsevo", with Yartsevo
    tagged as a person and met in no longer name), so that it names the place the office
    serves; "the lawyer for John Smith" and "the mayor of Smith" after "John Smith" stay
    cut."""
    doc = token.doc
    if preposition.lower_ != "of" or token.head != preposition or token.dep_ != "pobj":
        return False
    if token.ent_type_ != "PERSON" or token.pos_ != "PROPN" or not token.is_title:
        return False
    if token.ent_iob_ != "B" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"):
        return False
    return not any(
        ent.label_ == "PERSON" and len(ent) > 1 and any(t.lower_ == token.lower_ for t in ent)
        for ent in tagged_entities(doc)
    )


def _no_body_word(token: Token) -> bool:
    """A word that keeps a phrase from naming a body: a comma or other mark but a hyphen
    inside a word ("Rhine-Westphalia"), a verb, or a person's name ("the lawyer for John
    Smith" is no one's office by that name)."""
    return (
        (token.is_punct and token.text != "'" and not _inner_hyphen(token))
        or token.pos_ in {"VERB", "AUX"}
        or token.ent_type_ == "PERSON"
    )


def _inner_hyphen(token: Token) -> bool:
    """A hyphen written between two words with no space ("Rhine-Westphalia")."""
    doc = token.doc
    return (
        token.text == "-"
        and not token.whitespace_
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
        and doc[token.i + 1].is_alpha
    )


def provider_end(head: Token) -> int:
    """Where a common-noun speaker ends with whoever provided or released it, when a passive
    participle with a ``by`` phrase follows it ("according to a memo obtained by the
    newspaper": after "newspaper"), so that the mention holds the one who vouches for it;
    right after the head otherwise."""
    doc = head.doc
    after = head.i + 1
    if head.pos_ != "NOUN" or after >= len(doc):
        return after
    participle = doc[after]
    if participle.dep_ != "acl" or participle.head != head or participle.tag_ != "VBN":
        return after
    agent = next((c for c in participle.children if c.dep_ == "agent"), None)
    if agent is None or not any(c.dep_ == "pobj" for c in agent.children):
        return after
    return agent.right_edge.i + 1


# Nouns for a body made up of the people an "of" phrase after them names: "a team [of]
# scientists", "an assembly [of] foreign ministers".
_MEMBERED_NOUNS = frozenset(
    {"team", "group", "panel", "assembly", "delegation", "coalition", "committee", "crew"}
)


def _members_end(head: Token) -> int:
    """Where a noun for a body ends with the people it is made of, a short phrase in lower
    case with no mark, verb or name of a person in it ("an international team of scientists
    reported", "an assembly of foreign ministers in Cairo denounced": after "scientists",
    "Cairo"), so that the mention says who they are; right after the head otherwise."""
    doc = head.doc
    after = head.i + 1
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lower_ not in _MEMBERED_NOUNS:
        return after
    if after >= len(doc) or doc[after].lower_ != "of" or doc[after].head != head:
        return after
    members = next((c for c in doc[after].children if c.dep_ == "pobj"), None)
    if members is None or not members.is_lower or not group_noun(members):
        return after
    phrase = list(doc[after].subtree)
    words = [t for t in phrase if not t.is_punct]
    if len(words) > _BODY_PHRASE_LENGTH or any(_no_body_word(t) for t in phrase):
        return after
    return doc[after].right_edge.i + 1


def partitive_end(head: Token) -> int:
    """Where a number, quantifier or noun of a quantity ends with the group in lower case it
    is taken from ("One of the users said", "a lot of people say": after "users", "people");
    right after the head otherwise, so that an unnamed speaker never looks named ("one of the
    Iranian players": "one"). A noun of a quantity names no one by itself, so it keeps its
    group however the group is written ("a number of Senators", "dozens of Iranian players")."""
    if head.lower_ not in _PARTITIVE_HEADS | QUANTITY_NOUNS:
        return head.i + 1
    quantity = head.lower_ in QUANTITY_NOUNS
    group = partitive_group(head)
    plurals = {"NNS", "NNPS"} if quantity else {"NNS"}
    if group is None or group.head.i != head.i + 1 or group.tag_ not in plurals:
        return head.i + 1
    lower = all(t.is_lower for t in head.doc[head.i + 1 : group.i + 1])
    return group.i + 1 if quantity or lower else head.i + 1
