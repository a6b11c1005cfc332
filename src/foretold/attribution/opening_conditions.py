"""A condition or a time that opens a reported clause with no "that", right after the verb of
saying: "Lee said [once in office she would sign it]", "Lee said [if in power she would cut
taxes]". Spoken before the clause it qualifies and after the verb, the condition belongs to
what was said: nobody says a thing "once in office". The parser hangs a bare "once", "if" or
"unless" on the verb of saying, with the phrase after it either counted into the reported
clause ("said once [in office he would sign]") or hung on the verb as well ("said once [in
office] [he would sign]"); either way the content starts at the subordinator. A bare
subordinator right before the subject stays out ("said once he would never return" may mean
"one time"), and so does one before a phrase that dates or places the saying ("said once in
an interview he would never return", "said once in 2019 ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.dates import OCCASION_NOUNS
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS

# Subordinators of a condition or a coming time that cannot date or qualify the saying itself
# when they stand between the verb and the clause it reports.
OPENING_SUBORDINATORS = frozenset({"if", "unless", "once"})


def subordinator_start(verb: Token, clause: Token, start: int) -> int:
    """Where a reported clause starts when the verb's first dependent after it is a bare "if",
    "unless" or "once" before a phrase, whether the parser counted the phrase into the clause
    or hung it on the verb: "said [once] in office he would sign it" starts at "once" (not
    "said once he would", where "once" may be "one time", nor a subordinator with a clause
    of its own)."""
    doc = verb.doc
    opening = verb.i + 1
    if start <= opening or clause.i <= start:
        return start
    word = doc[opening]
    if word.lower_ not in OPENING_SUBORDINATORS or word.head != verb or list(word.children):
        return start
    if word.dep_ not in {"advmod", "mark"} or any(c.dep_ == "mark" for c in clause.children):
        return start
    phrase = doc[opening + 1]
    if phrase.pos_ == "ADP" and any(_dates_saying(t) for t in phrase.subtree):
        return start  # "said once [in an interview] he would": one time, not a condition
    if start == opening + 1:
        return start if doc[start].dep_ in SUBJECT_DEPS else opening
    phrases = {t.i for p in verb.rights if p.dep_ == "prep" for t in p.subtree}
    between = range(opening + 1, start)
    if all(i in phrases and doc[i].text != "," for i in between):
        return opening  # "said [once] [in office] he would sign it"
    return start


def _dates_saying(token: Token) -> bool:
    """A word of a phrase that tells when or where something was said rather than a state the
    clause depends on: a date or time ("once in 2019") or an occasion ("once in an interview")."""
    return token.ent_type_ in {"DATE", "TIME"} or token.lemma_.lower() in OCCASION_NOUNS
