"""Small clauses: a verb outside the lexicon whose clause complement is a bare verb with a
subject of its own and no auxiliary or marker lets, makes, sees or helps someone do something
("they let [the guards search the van]", "she watched [the crew leave]"), or a participle
after a bare "be" ("they let [the van be searched]", "she saw [the crew be leaving]"). Nothing
is reported: a bare verb never heads a stated clause, which is tensed ("they said [the guards
searched it]") or an infinitive with "to".
"""

from __future__ import annotations

from spacy.tokens import Token

_OWN_DEPS = frozenset({"aux", "auxpass", "mark"})


def small_clause(verb: Token) -> bool:
    """The verb's clause complement after it is a bare verb with its own subject and no
    auxiliary or marker: "let [them look at the files]", but not "hoped [they would look]"."""
    complement = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if complement is None:
        return False
    children = list(complement.children)
    if complement.tag_ == "VB":
        return any(c.dep_ == "nsubj" for c in children) and not any(
            c.dep_ in _OWN_DEPS for c in children
        )
    return _bare_be_participle(complement, children)


def _bare_be_participle(complement: Token, children: list[Token]) -> bool:
    """A participle whose only auxiliary is a bare "be", with a subject of its own and no
    marker: "let [the van be searched]" (not "said [the van was searched]", "hoped [the van
    would be searched]")."""
    if complement.tag_ not in {"VBN", "VBG"} or any(c.dep_ == "mark" for c in children):
        return False
    helpers = [c for c in children if c.dep_ in {"aux", "auxpass"}]
    if len(helpers) != 1 or helpers[0].lower_ != "be" or helpers[0].tag_ != "VB":
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < helpers[0].i for c in children)
