"""A speaker the parse left beside a cue instead of making it the cue's subject.

Failing a subject, a name the parse left right before the cue, through its apposition or past
a bracketed affiliation ("John Smith, 44, said ...", "Sen. Ann Lee (D-MA) said ..."), or right
after a cue that closes its content ('"...," said Tom Baker, ...') is the speaker, as is the
object of a verb that closes its content after a comma ("It cannot work, argued the city's
lawyer, Ann Lee"; not an addressee: "..., told the board"), also when the parse hung that verb
on the clause it closes (``inverted_cues``: "The plan will fail, warned the minister") or on a
verb inside the quotation it closes ('"Many think that," said a protester'), a bare "one" or
"another" included ('"We lost," wrote another'). A
finite verb heading its sentence with no subject in the parse takes the noun phrase right before
it, past a dashed aside ("Dems hope ...", "Lee - in a speech - declared ..."), or a name set off
by commas before a prepositional aside, which the parse hung on a fronted participle phrase
("Speaking in Leeds, Lee, without naming him, accused ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import HUMAN_SUBJECTS
from foretold.attribution.inverted_cues import inverted_speaker
from foretold.attribution.marks import DASHES
from foretold.attribution.speaker_words import EXPLETIVES, NOMINAL, RELATIVE, is_name, people
from foretold.attribution.tensed_verbs import TENSE_TAGS


def adjacent_name(cue: Token) -> Token | None:
    """A name the parser left out of the subject of a cue: right before it ("Saturday at the
    convention Sen. Elizabeth Warren (D-MA) said ...", "As part of the deal, John Smith, 44,
    said ..."), or right after it when the cue follows its content ('"...," said Tom Baker, a
    member of the panel, told ...')."""
    if any(c.dep_ in {"nsubjpass", "auxpass", "expl"} for c in cue.children):
        return None
    return _name_before(cue) or _name_after(cue) or _object_after(cue) or inverted_speaker(cue)


_NAME_PHRASE_DEPS = frozenset({"appos", "prep", "pobj", "nummod", "npadvmod", "amod", "conj"})


def _name_before(cue: Token) -> Token | None:
    """The name whose phrase ends right before a cue, through its apposition ("Ann Lee, the
    director of the office, said")."""
    doc = cue.doc
    i = cue.i - 1
    while i >= 0 and doc[i].pos_ == "ADV":
        i -= 1
    if i >= 0 and doc[i].text == ")":  # skip a bracketed affiliation: "(D-MA)"
        while i >= 0 and doc[i].text != "(" and cue.i - i < 12:
            i -= 1
        i -= 1
    comma = i >= 0 and doc[i].text == ","
    if comma:
        i -= 1
    if i < 0 or doc[i].sent != cue.sent:
        return None
    token = doc[i]
    for _ in range(5 if comma else 0):
        if is_name(token) or token.dep_ not in _NAME_PHRASE_DEPS or token.head.i >= cue.i:
            break
        token = token.head
    if not is_name(token) or token.right_edge.i < i:
        return None
    return token


def _name_after(cue: Token) -> Token | None:
    """A name right after a cue that closes its content ('"...," said Tom Baker')."""
    doc = cue.doc
    if cue.i == 0 or cue.i + 1 >= len(doc):
        return None
    before = doc[cue.i - 1]
    if before.text != "," and not before.is_quote:
        return None
    first = doc[cue.i + 1]
    if first.ent_iob_ != "B" or first.ent_type_ != "PERSON":
        return None
    end = first.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end]


_ADDRESSING = frozenset({"tell", "ask", "warn", "remind", "assure", "inform", "urge", "advise"})


def _object_after(cue: Token) -> Token | None:
    """The speaker the parse took for the object of a verb that closes its content after a
    comma ("It is not for the court to decide, argued the state's lawyer, Ann Lee.": the
    lawyer), also when the parse hung the verb on the quotation before it, where the phrase
    after the verb can only be its speaker ('"Many think that," said a protester using the
    name Kat': the protester); not an addressee ("..., told the board")."""
    doc = cue.doc
    if cue.i == 0 or cue.i + 1 >= len(doc) or cue.pos_ != "VERB":
        return None
    if doc[cue.i - 1].text != "," and not doc[cue.i - 1].is_quote:
        return None
    if cue.lemma_.lower() in _ADDRESSING:
        return None
    hung = _hung_in_quote(cue)
    if not hung and not any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children):
        return None
    speaker = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if speaker is None or speaker.left_edge.i != cue.i + 1:
        return None
    if hung or people(speaker) or speaker.ent_type_ in HUMAN_SUBJECTS:
        return speaker
    return speaker if _one_of_several(speaker) else None


# Words that stand alone for one of several people named before: "said one", "wrote another".
_ONE_OF_SEVERAL = frozenset({"one", "another"})


def _one_of_several(word: Token) -> bool:
    """A bare "one" or "another" right after a verb that closes a quotation, standing for one
    of the people the text has named ('"We lost," wrote another.'): after a quotation the
    word can only be the speaker."""
    doc = word.doc
    verb = word.head
    if word.lower_ not in _ONE_OF_SEVERAL or any(True for _ in word.children) or verb.i < 2:
        return False
    return doc[verb.i - 1].is_quote and doc[verb.i - 2].text in {",", "?", "!"}


def _hung_in_quote(cue: Token) -> bool:
    """A verb right after a quotation closed by a comma, "?" or "!", which the parse hung on a
    verb inside it ('"Many think that," said a protester': "said" as the clause of "think")."""
    doc = cue.doc
    return (
        cue.dep_ in {"ccomp", "conj"}
        and cue.head.i < cue.i - 1
        and cue.i >= 2
        and doc[cue.i - 1].is_quote
        and doc[cue.i - 2].text in {",", "?", "!"}
    )


def stranded_subject(verb: Token) -> Token | None:
    """The noun phrase right before a finite verb heading its sentence with no subject in the
    parse, which hung the subject elsewhere ("Dems hope ...", "The group's office announced
    Friday that ...", "Lee - in a rare remark - declared that ...": Dems, office, Lee); its
    first conjunct or the noun an "of" phrase in it hangs on ("Lee and his aides say": Lee;
    "the average of polls shows": average)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in TENSE_TAGS or has_subject(verb):
        return None
    doc = verb.doc
    i = verb.i - 1
    while i >= verb.sent.start and doc[i].pos_ == "ADV":
        i -= 1
    if i >= verb.sent.start and doc[i].text in DASHES:  # skip a dashed aside
        i -= 1
        while i >= verb.sent.start and doc[i].text not in DASHES and verb.i - i < 30:
            i -= 1
        i -= 1
    if i > verb.sent.start and doc[i].text == "," and doc[i - 1].dep_ == "appos":
        i -= 1  # "Most voters, 67 percent, say ..."
    elif (name := _name_before_aside(verb, i)) is not None:
        return name  # "Speaking in Leeds, Lee, without naming him, accused ..."
    if i < verb.sent.start or doc[i].pos_ not in NOMINAL | {"NUM"}:
        return None
    noun = doc[i]
    while noun.dep_ in {"conj", "pobj", "prep"} and noun.head.i < noun.i:
        if noun.dep_ == "prep" and noun.lower_ != "of":
            break
        if noun.dep_ == "conj" and any(t.text == "," for t in doc[noun.head.i : noun.i]):
            break
        noun = noun.head
    if noun.pos_ not in NOMINAL | {"NUM"} or noun.lower_ in EXPLETIVES | RELATIVE:
        return None
    return noun


def _name_before_aside(verb: Token, i: int) -> Token | None:
    """The name set off by commas before a prepositional aside that ends at the comma at
    ``i`` right before a verb with no subject, the parse having hung the name on a fronted
    participle phrase as an apposition ("Speaking in Leeds, Lee, without naming him,
    accused ...": Lee), or None."""
    doc = verb.doc
    if i <= verb.sent.start or doc[i].text != ",":
        return None
    prep = doc[i - 1]
    while prep.dep_ != "prep" and prep.head.i < prep.i and prep.head.i > verb.sent.start:
        prep = prep.head
    j = prep.left_edge.i - 1
    if prep.dep_ != "prep" or prep.right_edge.i != i - 1 or j <= verb.sent.start:
        return None
    if doc[j].text != "," or not is_name(doc[j - 1]):
        return None
    return doc[j - 1]


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children)
