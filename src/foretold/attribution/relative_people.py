"""A relative "who" stands for a person: when the parse hangs it on an organisation inside a
role phrase ("Ann Lee, the founder of the Harbor Trust, who has long opposed the plan"; "Mark
Hale, an economist at Harrow University, who said ..."), the one it stands for is the role noun
the "of", "at", "for", "with", "from" or "in" phrase belongs to (the founder, Ann Lee; the
economist, Mark Hale), not the organisation."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.entities import kind_of

# Prepositions of the body a person's role belongs to: "the founder [of] the trust", "an
# economist [at] the university".
AFFILIATION_PREPOSITIONS = frozenset({"of", "at", "for", "with", "from", "in"})


def person_for_who(noun: Token) -> Token:
    """The noun a "who" clause the parse attached to `noun` stands for: the person noun whose
    "of", "at", "for", "with", "from" or "in" phrase holds an organisation ("the founder of the
    Harbor Trust, who": founder; "an economist at Harrow University, who": economist), or the
    name that noun is set beside ("Mark Hale, an economist at Harrow University, who": Hale),
    else `noun` itself."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in AFFILIATION_PREPOSITIONS:
        return noun
    holder = prep.head
    if holder.pos_ not in {"NOUN", "PROPN"} or kind_of(noun) != "organization":
        return noun
    if kind_of(holder) != "person":
        return noun
    named = holder.head  # "Mark Hale, an economist at Harrow University, who": Hale
    return named if holder.dep_ == "appos" and named.ent_type_ == "PERSON" else holder


def stray_who_antecedent(who: Token) -> Token | None:
    """The noun right before the comma of a subject "who" whose verb the parser did not make
    a relative clause but a conjunct of the sentence ("Ten died, according to police, who
    said ...": police), or None when no noun closes the words before the comma."""
    if who.lower_ != "who" or who.dep_ not in {"nsubj", "nsubjpass"} or who.head.dep_ == "relcl":
        return None
    if who.i < 2 or who.doc[who.i - 1].text != ",":
        return None
    noun = who.doc[who.i - 2]
    return person_for_who(noun) if noun.pos_ in {"NOUN", "PROPN"} else None
