"""Token ranges of content, and the closing material that is the writer's, not the speaker's.

A content range is clipped to the paragraph of its cue and trimmed of edge punctuation (quote
marks stay). Left out at its end:
- a closing report of the same speaker in a participle: "[the plan would fail], adding that
  ...", "[sales fell], citing the weather", also when the parser hung it on a noun: "rejected
  [the idea], saying that ...", after a quotation closing on its comma: 'stressed [that "A,"]
  suggesting ...', and in a participle of trying whose infinitive reports: 'said [she was
  "going,"] while trying to explain ...';
- a comma-set aside: ", who ...", ", a deal that ...", ", a Republican running for ..." (a
  named apposition stays: ", Acme Corp", and so does one that opens the last items of a list:
  ", his speech, and his record", and a "when" clause on a date: "in 2009, when the mill
  closed"), also after a quote mark that closes a quote after the comma: 'called it "a
  sham," which ...';
- an aside in brackets that closes it: "[the budget] (which ...", and the first words of a
  clause set off by dashes that the range breaks into: "[he would skip the state] - Ohio is
  costly - ..." (in ``dash_asides``);
- a "with" phrase after a comma: "[it will fail], with both parties against it";
- a "without" phrase on what the speaker left out: "[he died at home] without elaborating" (in
  ``withheld_details``);
- a ", so" clause with its own subject, the writer's conclusion: "[a third remain undecided],
  so late movement could matter";
- an "even as" or "except that" clause after a comma or a dash, the writer's setting of the
  facts against what was said: "[to fight on] -- even as his rival closed in" (in
  ``writer_contrasts``);
- a participle clause after a modal clause, on what the saying led to: "said [he would back
  it], drawing a sharp reply" (in ``result_participles``);
- a noun phrase after a comma or a dash in which the writer sums up what was said: "called
  him a "moderate," a subtle dig at his rival" (also when the parser made the words part of
  that phrase), "[support rose to 40 percent], a 9-point jump", and one that compares a
  figure with another: "[$2 billion] - half of what her rival wants" (in ``comparison_tails``);
- the margin of a vote or poll after the object favoured: "favored [Lee] 46 percent to 32
  percent" (in ``vote_margins``);
- a list after a colon naming the members of a noun in a phrase of the range: "[an ad in six
  states]: Ohio, Iowa and Utah" (in ``colon_lists``);
- a phrase that frames the saying: "voted against [the motion] on procedural grounds".
- a closing "citing" or "quoting" participle with no comma that names a speaking source:
  "reported [the deal had collapsed] citing two aides" (in ``cited_sources``).
Left out at its start: a participle of citing between commas that gives the grounds
("reported, citing police data, [thefts rose]", in ``opening_grounds``), and a date whose
bare preposition before it the parser left without it ("reported on Saturday [the mayor was
stabbed]", in ``stranded_dates``).
A second act of the speaker that the parser coordinated inside the content is cut in
``cue_conjuncts`` ("touting [her record] and attacking him"), and so is the other part of a
"some" speaker's group: "Some fans said [it was dull], while others left" (in
``contrasted_groups``), and a second report with a subject of its own joined after a comma
to a clause an aside interrupts: "[the vote], they say, [will slip], and aides expect a
delay" (in ``conjoined_reports``). Taken in at its end: the second half of a pair of phrases
the parser hung outside it ("[not by X, but by Y]", "[fund buses instead of roads]", in
``paired_phrases``), and a verbless phrase after a dash that closes the sentence and spells
out a word of what was said ("[four rifles - two of them new]", in ``dash_asides``), and
the noun a possessive right after it marks, which the parser hung elsewhere ("[the chair's
rumored ambitions]", in ``possessed_nouns``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.bare_conjuncts import bare_conjunct_end
from foretold.attribution.cited_sources import drop_bare_citing
from foretold.attribution.colon_lists import drop_colon_list
from foretold.attribution.comparison_tails import drop_comparison_tail
from foretold.attribution.conjoined_reports import drop_conjoined_report
from foretold.attribution.contrasted_groups import drop_contrasted_others
from foretold.attribution.counted_relatives import counted_relative
from foretold.attribution.cue_conjuncts import drop_cue_conjunct
from foretold.attribution.cues import ALL_VERBS, CITING_VERBS, cue_lemma
from foretold.attribution.dash_asides import dash_elaboration_end, drop_broken_dash_aside
from foretold.attribution.disagreeing_predicates import drop_disagreeing_predicate
from foretold.attribution.entities import people_noun
from foretold.attribution.grounds_tails import drop_grounds_tail
from foretold.attribution.listed_gerunds import listed_gerund_end
from foretold.attribution.marks import is_quote_token, opens_next
from foretold.attribution.opening_grounds import drop_opening_grounds
from foretold.attribution.paired_phrases import paired_end
from foretold.attribution.possessed_nouns import possessed_end
from foretold.attribution.prefixed_verbs import prefixed_verb_end
from foretold.attribution.result_participles import drop_result_participle
from foretold.attribution.stranded_dates import drop_stranded_date
from foretold.attribution.subject_modifiers import drop_subject_modifier
from foretold.attribution.tagged_entities import DATE_ENTS
from foretold.attribution.token_index import tokens_of
from foretold.attribution.vote_margins import drop_vote_margin
from foretold.attribution.withheld_details import drop_withheld_tail
from foretold.attribution.writer_contrasts import drop_writer_contrast
from foretold.nlp import OPENING_TAGS

Range = tuple[int, int]  # token indices, end exclusive

# Signs the tokenizer marks as punctuation that stand for a word: "12%" reads "12 percent".
_WORD_SIGNS = frozenset({"%", "\u2030"})


def is_word_sign(token: Token) -> bool:
    """A sign that is a word of the sentence though tagged punctuation: the "%" of "rose 12%"."""
    return token.text in _WORD_SIGNS


def trim(doc: Doc, start: int, end: int) -> Range | None:
    """Drop punctuation (but not quote marks) and spaces at both ends of a range; a range of
    quote marks alone holds no words and is dropped (the opening mark of '"Later," she
    recalled, "we left."' left over beside the cue's own phrase). A quote mark at the end that
    opens a quotation after the range is not the range's: "[the plan was simple.] ''Just wait"
    (the parse may close a sentence on the mark that opens the next). A sign that stands for a
    word stays at the end: "[prices rose 12%]", and so does a bracket that closes one the range
    opened: "[the call came at 2 a.m. (0100 GMT)]"."""
    while (
        start < end
        and (doc[start].is_punct or doc[start].is_space)
        and not is_quote_token(doc[start])
    ):
        start += 1
    while (
        end > start
        and (doc[end - 1].is_punct or doc[end - 1].is_space)
        and (not is_quote_token(doc[end - 1]) or opens_next(doc[end - 1]))
        and not is_word_sign(doc[end - 1])
        and not _closes_open_bracket(doc, start, end - 1)
    ):
        end -= 1
    if all(is_quote_token(t) for t in tokens_of(doc)[start:end]):
        return None
    return (start, end)


_BRACKET_PAIRS = {")": "(", "]": "["}


def _closes_open_bracket(doc: Doc, start: int, i: int) -> bool:
    """A closing bracket whose opening one stands in the range before it, unclosed: the ")" of
    "local time (0100 GMT)"."""
    opening = _BRACKET_PAIRS.get(doc[i].text)
    if opening is None:
        return False
    words = [t.text for t in doc[start:i]]
    return words.count(opening) > words.count(doc[i].text)


def close_bracket(doc: Doc, start: int, end: int) -> Range:
    """A range that opened a bracket and stops just before the bracket closes takes the
    closing bracket in: "[winds of 3 mph (5 km/h]), forecasters said" ends after ")"."""
    if end < len(doc) and _closes_open_bracket(doc, start, end):
        return start, end + 1
    return start, end


def whole_words(doc: Doc, start: int, end: int) -> Range:
    """Widen a range so that it cuts no word the text writes without a space: a range ending
    on "re" of "re-run" or "U" of "U.S.-led" takes the rest of the word."""
    while start > 0 and not doc[start - 1].whitespace_ and _word_piece(doc[start - 1]):
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_ and _word_piece(doc[end]):
        end += 1
    return start, end


def _word_piece(token: Token) -> bool:
    """A token that continues a word: letters, digits, or a hyphen or slash between two."""
    if token.is_alpha or token.like_num:
        return True
    doc = token.doc
    return (
        token.text in {"-", "/"}
        and 0 < token.i < len(doc) - 1
        and not token.whitespace_
        and not doc[token.i - 1].whitespace_
        and (doc[token.i + 1].is_alpha or doc[token.i + 1].like_num)
        and (doc[token.i - 1].is_alpha or doc[token.i - 1].like_num)
    )


def subtree_range(token: Token) -> Range:
    return token.left_edge.i, token.right_edge.i + 1


# Nouns of a phrase that frames a saying: its occasion, grounds or the piece it was said for.
FRAME_NOUNS = frozenset({"occasion", "article", "story", "ground"})


def frame_phrase(prep: Token, nouns: frozenset[str] = FRAME_NOUNS) -> bool:
    """A phrase giving the occasion or grounds of a saying, or the piece it was said for:
    "[on several occasions]", "[on legal grounds]", "[for this article]"; grounds for a view
    are plural, and "on the ground" is a place ("one worker on the ground was hurt")."""
    if prep.dep_ != "prep" or prep.lower_ == "as":
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or objects[0].lemma_.lower() not in nouns:
        return False
    return objects[0].lemma_.lower() != "ground" or objects[0].lower_ == "grounds"


def drop_frame_tail(doc: Doc, start: int, end: int) -> int:
    """The end of a range without a closing phrase that frames the saying: "voted against [the
    motion] on procedural grounds"."""
    last = end - 1
    while last > start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    token = doc[last]
    while token.head != token and start <= token.head.i <= last:
        if token.i > start + 1 and token.right_edge.i == last and frame_phrase(token):
            return token.left_edge.i
        token = token.head
    return end


def _paragraph_break(doc: Doc, i: int) -> bool:
    """A blank line that ends a sentence (not one that splits "U.S." from "Secretary"): after
    a short abbreviation only when the next line opens with a quotation mark or a word that
    cannot go on a name ("at 2 p.m." then '"This is ...'; "the U.S." then "A petition", also
    when the tagger took the capital article for a noun)."""
    if "\n" not in doc[i].text or i == 0:
        return False
    before = doc[i - 1].text
    if before[-1:] not in {".", "!", "?", '"', "\u201d", ")", ":"}:
        return False
    if "." in before[:-1] and len(before) <= 5:
        return i + 1 < len(doc) and _opens_sentence(doc[i + 1])
    return True


# Articles: a line that opens with one starts a noun phrase of its own, never the rest of a
# name cut by the line break.
_ARTICLES = frozenset({"A", "An", "The"})


def _opens_sentence(first: Token) -> bool:
    """A word that opens a line after an abbreviation and cannot go on the name the
    abbreviation may belong to: a quotation mark, a word of an opening tag, or a capital
    article whatever its tag ("A petition ...", which the tagger may take for a noun)."""
    return opens_next(first) or first.tag_ in OPENING_TAGS or first.text in _ARTICLES


def clip(doc: Doc, start: int, end: int, anchor: int) -> Range:
    """The part of a range inside the anchor's paragraph."""
    for i in range(start, end):
        if _paragraph_break(doc, i):
            if i < anchor:
                start = i + 1
            else:
                return start, i
    return start, end


_ASIDE_DEPS = {"relcl", "appos"}


def _list_item(appos: Token) -> bool:
    """An apposition that opens the last items of a list: "his plans, [his speeches, and his
    record]", also when the parser hung the later items deeper in it, below a noun joined to
    it ("his past, [the war and its cost to him, taxes, and trade]"), or that counts a thing
    as its head does, the next of the things counted ("seized 40 rifles, [nine pistols and
    two trucks]"); not a description that holds a list of its own (", [a town of farms,
    mills, and mines]")."""
    return appos.dep_ == "appos" and (
        _counted(appos)
        and _counted(appos.head)
        or any(_serial_item(c) for c in appos.children if c.i > appos.i)
        or any(c.dep_ == "conj" and c.i > appos.i for c in appos.children)
        and any(_serial_item(t) for t in appos.subtree if t.i > appos.i)
    )


def _serial_item(token: Token) -> bool:
    """The last item of a list set off by a comma and "and" or "or": "taxes, [and trade]"."""
    doc = token.doc
    return (
        token.dep_ == "conj"
        and token.left_edge.i >= 2
        and doc[token.left_edge.i - 1].dep_ == "cc"
        and doc[token.left_edge.i - 2].text == ","
    )


def _naming_apposition(appos: Token) -> bool:
    """A bare definite apposition that names the thing before it, part of what was said:
    "the gunman wore a face mask, [the balaclava]" (not a described one: ", the first such
    case", ", the mayor's third veto", nor one that gives a person's role, the writer's
    words: "the suspect was Ann Lee, the mayor", "... Ann Lee, the baker")."""
    return (
        appos.dep_ == "appos"
        and appos.doc[appos.left_edge.i].lower_ == "the"
        and appos.right_edge.i == appos.i
        and all(c.dep_ in {"det", "compound"} for c in appos.children)
        and not people_noun(appos)
        and appos.head.ent_type_ != "PERSON"
    )


def _counted(noun: Token) -> bool:
    """A noun with a number that counts it: "40 rifles", "nine pistols"."""
    return any(c.dep_ == "nummod" and c.i < noun.i for c in noun.children)


def _closing_mark(doc: Doc, i: int) -> bool:
    """A quote mark that closes a quote right after the comma before it: ",\u201d who ..."."""
    return is_quote_token(doc[i]) and not doc[i - 1].whitespace_ and bool(doc[i].whitespace_)


def _time_relative(aside: Token) -> bool:
    """A relative clause with "when" on a date, which says what marks that time and goes on
    with the content: "it turned sour in 2002, [when the plant closed]"."""
    return (
        aside.dep_ == "relcl"
        and aside.doc[aside.left_edge.i].lower_ == "when"
        and aside.head.ent_type_ in DATE_ENTS
    )


# Words that open a clause with no noun before it to hang on, never a relative clause on a
# noun: "what", "how".
_FREE_RELATIVE_WORDS = frozenset({"what", "how", "whatever"})


def _free_relative(aside: Token) -> bool:
    """A clause opened by "what" or "how" that the parser hung on the noun before it as a
    relative clause: such a clause names a thing of its own, the next item of a list ("his
    record, [what his plan would cost], and taxes"), not a comment on the noun."""
    return aside.dep_ == "relcl" and aside.doc[aside.left_edge.i].lower_ in _FREE_RELATIVE_WORDS


def _cleft_relative(aside: Token) -> bool:
    """The relative clause of a cleft whose noun after "it is/was" is set against another
    ("not ..."), with "who" or "that", part of what was said even past the comma after the
    contrast: "it was Lee, not Cole, [who made the call]" (not "it was Lee, [who won]")."""
    if aside.dep_ != "relcl" or aside.doc[aside.left_edge.i].lower_ not in {"who", "that"}:
        return False
    focus = aside.head
    while focus.dep_ == "appos" and focus.head.i < focus.i:
        focus = focus.head  # "it was Lee, [not Cole], who": the parse may hang it on Cole
    be = focus.head
    between = aside.doc[focus.i + 1 : aside.left_edge.i]
    return (
        any(t.lower_ == "not" for t in between)
        and focus.dep_ == "attr"
        and be.lemma_ == "be"
        and any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in be.children)
    )


def _described(appos: Token) -> bool:
    """An apposition headed by a name after "a" or "an", which describes what the name
    before it is rather than naming it: "John Faso, [a Republican trying to win the seat]"."""
    first = appos.doc[appos.left_edge.i]
    return appos.pos_ == "PROPN" and first.lower_ in {"a", "an"} and first.head == appos


def drop_trailing_aside(doc: Doc, start: int, end: int) -> int:
    """The end of a range without a comma-set aside that closes it: ", who ...", ", a deal
    that ..." are the writer's words, not the content; a named apposition (", Acme Corp")
    stays, as it says which thing was meant, and so does the relative clause of a cleft ("it
    was Lee, not Cole, who ..."). A quote mark that closes a quote after the comma stays with
    the range: 'called it "a sham,"[ a charge that ...]'."""
    for i in range(start + 1, end - 1):
        if doc[i].text != ",":
            continue
        cut = i + 1 if _closing_mark(doc, i + 1) and i + 2 < end - 1 else i
        aside = doc[cut + 1]
        while aside.head.i > cut and aside.head.i < end and aside.head != aside:
            aside = aside.head  # climb to the head of the phrase after the comma
        if (
            aside.dep_ in _ASIDE_DEPS
            and aside.left_edge.i == cut + 1
            and aside.right_edge.i >= end - 2
            and start <= aside.head.i < i
            and (aside.dep_ != "appos" or aside.pos_ == "NOUN" or _described(aside))
            and not _list_item(aside)
            and not _naming_apposition(aside)
            and not _time_relative(aside)
            and not _free_relative(aside)
            and not _cleft_relative(aside)
            and not counted_relative(aside)
            and not any(is_quote_token(t) for t in doc[cut + 1 : end])
        ):
            return cut + 1 if cut > i else i
    return end


def _result_clause(so: Token) -> Token | None:
    """The clause a "so" of result opens: the verb it marks, or the verb coordinated after it
    when the parser made it a conjunction ("remain undecided, so late movement could ...")."""
    if so.dep_ in {"mark", "advmod"} and so.head.i > so.i and so.head.dep_ in {"advcl", "conj"}:
        return so.head
    if so.dep_ == "cc":
        return next((c for c in so.head.children if c.dep_ == "conj" and c.i > so.i), None)
    return None


def drop_so_tail(doc: Doc, start: int, end: int) -> int:
    """The end of a range without a closing ", so" clause with its own subject, the writer's
    conclusion from what was said: "[a third of voters remain undecided], so late movement
    could matter"."""
    for i in range(start + 1, end - 2):
        if doc[i].text != "," or doc[i + 1].lower_ != "so":
            continue
        clause = _result_clause(doc[i + 1])
        if (
            clause is not None
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
            and clause.right_edge.i >= end - 2
            and not any(is_quote_token(t) for t in doc[i + 1 : end])
        ):
            return i
    return end


def drop_with_tail(doc: Doc, start: int, end: int) -> int:
    """The end of a range without a closing "with" phrase after a comma, the writer's note on
    the circumstances: "[the tax will never take effect], with both parties against it", also
    when it quotes someone else's report of their own: '[it was a sure defeat], with one
    critic having called it "dull"'."""
    for i in range(start + 1, end - 2):
        if doc[i].text != "," or doc[i + 1].lower_ != "with":
            continue
        prep = doc[i + 1]
        if (
            prep.dep_ == "prep"
            and start <= prep.head.i < i
            and prep.right_edge.i >= end - 2
            and (
                _subject_report(prep)
                or not any(is_quote_token(t) or t.text == "," for t in doc[i + 1 : end - 1])
            )
        ):
            return i
    return end


def _subject_report(prep: Token) -> bool:
    """A "with" phrase whose verb is a report with a subject of its own: "with one critic
    having called it ...", "with aides saying ..."."""
    return any(c.dep_ == "pcomp" and reports_with_subject(c) for c in prep.children)


def reports_with_subject(verb: Token) -> bool:
    """A verb of the lexicon with a subject of its own: "[aides] said", "[one critic] having
    called it" (not a bare "saying" or "called")."""
    return cue_lemma(verb.lemma_, verb.text) in ALL_VERBS and any(
        c.dep_ == "nsubj" for c in verb.children
    )


def drop_bracket_tail(doc: Doc, start: int, end: int) -> int:
    """The end of a range without an aside in brackets that closes it: "[the plan] (which
    critics opposed)", "[the deal] (the third this year"."""
    for i in range(start + 1, end - 1):
        if doc[i].text != "(":
            continue
        rest = doc[i + 1 : end]
        if any(is_quote_token(t) for t in rest) or any(t.text == ")" for t in rest[:-1]):
            return end
        return i
    return end


_PARTICIPLE_DEPS = {"advcl", "conj", "xcomp", "acl"}


_PARTICIPLE_MARKS = {"while", "and", "before", "after", "also", "even", "further", "then", "later"}


def _in_relative(token: Token, start: int) -> bool:
    """A token inside a relative clause that opens after a range's start: "[a chain that
    showed X]"."""
    while token.head != token and token.head.i >= start:
        if token.dep_ in {"relcl", "acl"}:
            return True
        token = token.head
    return token.dep_ in {"relcl", "acl"} and token.i > start


def _reports_through(verb: Token) -> bool:
    """A participle of trying whose infinitive is a reporting verb: "while [trying to explain]
    the plan", "[seeking to assure] voters"."""
    return any(
        c.dep_ == "xcomp" and cue_lemma(c.lemma_, c.text) in ALL_VERBS for c in verb.children
    )


def _after_quotation(doc: Doc, comma: int) -> bool:
    """A comma with a quotation mark closing right before or after it: '"A", calling',
    '"A," calling'."""
    return is_quote_token(doc[comma - 1]) or (
        is_quote_token(doc[comma + 1]) and not doc[comma].whitespace_
    )


def drop_trailing_report(doc: Doc, start: int, end: int) -> int:
    """The end of a range without a closing report of the same speaker in a participle after
    a comma or "while" (and any quotation mark closing there): "said [the plan would fail],
    adding that ...", "[X] while insisting that ...", 'stressed [that "A,"] suggesting ...',
    and, after a quotation, a participle naming its object: '["A"], calling it a "B"', a
    participle naming the grounds given: "[sales fell], citing the weather",
    "[X] while trying to explain ..." (an attribution of its own)."""
    tokens = tokens_of(doc)
    for i in range(start + 1, end - 1):
        if tokens[i].text != "," and tokens[i].lower_ != "while":
            continue
        j = i + 1
        while j < end - 1 and (tokens[j].lower_ in _PARTICIPLE_MARKS or is_quote_token(tokens[j])):
            j += 1
        verb = tokens[j]
        if (
            verb.tag_ == "VBG"
            and verb.dep_ in _PARTICIPLE_DEPS
            and start <= verb.head.i < i
            and not _in_relative(verb.head, start)
            and verb.right_edge.i >= end - 2
            and (cue_lemma(verb.lemma_, verb.text) in ALL_VERBS or _reports_through(verb))
            and any(
                c.dep_ in {"ccomp", "xcomp"}
                or (c.dep_ == "oprd" and _after_quotation(doc, i))
                or (c.dep_ == "dobj" and verb.lemma_.lower() in CITING_VERBS)
                for c in verb.children
            )
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        ):
            return i
    return end


# Nouns of a closing phrase in which the writer sums up what a saying amounts to: "called
# him a "moderate," [a subtle dig at his rival]", "she backed it, [an apparent reversal]",
# or names the kind of saying it was to go on about it: "[he lied], [a claim he denies]",
# "dismissed [labels], [a sentiment the crowd shared]".
_SUMMARY_NOUNS = frozenset(
    {
        "dig", "jab", "swipe", "shot", "rebuke", "reference", "allusion", "nod", "message",
        "signal", "sign", "indication", "reminder", "reversal", "departure", "shift",
        "increase", "decrease", "jump", "drop", "rise", "gain", "decline",
        "sentiment", "claim", "assertion", "charge", "accusation", "allegation", "view",
        "stance", "position", "move", "remark", "comment", "argument", "notion", "refrain",
        "complaint", "criticism", "critique", "prediction", "warning", "threat", "pledge",
        "promise", "assessment",
    }
)  # fmt: skip
_SUMMARY_MARKS = {",", "\u2014", "--", "-", ";"}


def _closes_range(noun: Token, end: int) -> bool:
    """A noun phrase that runs to the end of a range, also when the parser hung its closing
    "at" or "to" phrase on the verb: "called him a "moderate," a dig [at his rival]"."""
    last = noun.right_edge.i
    if last >= end - 2:
        return True
    after = noun.doc[last + 1]
    return after.dep_ == "prep" and after.head.i < noun.i and after.right_edge.i >= end - 2


def drop_summary_tail(doc: Doc, start: int, end: int) -> int:
    """The end of a range without a closing noun phrase after a comma or a dash in which the
    writer sums up what was said: 'called him a "moderate," [a subtle dig at his rival]', "it
    rose to 40 percent, [a 9-point jump]"."""
    for i in range(start + 1, end - 2):
        if doc[i].text not in _SUMMARY_MARKS:
            continue
        j = i + 2 if _closing_mark(doc, i + 1) else i + 1
        if j >= end - 1 or doc[j].lower_ not in {"a", "an"}:
            continue
        noun = doc[j].head
        while noun.head != noun and noun.head.left_edge.i == j and noun.head.i < end:
            noun = noun.head
        if (
            noun.left_edge.i <= j <= noun.i
            and _closes_range(noun, end)
            and noun.lemma_.lower() in _SUMMARY_NOUNS
        ):
            return j if j > i + 1 else i
    return end


def finish(doc: Doc, parts: list[Range], anchor: int | None = None) -> list[Range]:
    """The ranges trimmed and, from the anchor's paragraph only, with the second half of a
    pair of phrases and a gerund listed after a noun phrase ("called for [tax cuts and cutting
    red tape]", in ``listed_gerunds``) and without their closing material; an empty range is
    dropped. A comma-set aside closing a range that ends before the cue is the speaker's ("The
    mill is old, which few know, she said") and stays."""
    out = []
    for start, end in parts:
        if anchor is not None:
            start, end = clip(doc, start, end, anchor)
            end = drop_cue_conjunct(doc, start, end, anchor)
            end = bare_conjunct_end(doc, start, end, anchor)
            end = drop_contrasted_others(doc, start, end, anchor)
            if any(s < anchor for s, _ in parts) and start > anchor:
                end = drop_conjoined_report(doc, start, end)
            end = listed_gerund_end(doc, start, paired_end(doc, start, end))
            end = prefixed_verb_end(doc, start, end, anchor)
        end = possessed_end(doc, start, end)
        start = drop_opening_grounds(doc, start, end)
        start = drop_stranded_date(doc, start, end)
        end = drop_trailing_report(doc, start, end)
        end = drop_bare_citing(doc, start, end)
        end = drop_grounds_tail(doc, start, end)
        end = drop_result_participle(doc, start, end)
        end = drop_summary_tail(doc, start, end)
        end = drop_comparison_tail(doc, start, end, anchor)
        end = drop_vote_margin(doc, start, end)
        if anchor is None or end > anchor:
            end = drop_trailing_aside(doc, start, end)
        end = drop_bracket_tail(doc, start, end)
        if anchor is not None:
            end = drop_broken_dash_aside(doc, start, end, anchor)
            end = dash_elaboration_end(doc, start, end, anchor)
        end = drop_with_tail(doc, start, end)
        end = drop_withheld_tail(doc, start, end)
        end = drop_so_tail(doc, start, end)
        end = drop_writer_contrast(doc, start, end)
        end = drop_colon_list(doc, start, end)
        end = drop_frame_tail(doc, start, end)
        end = drop_subject_modifier(doc, start, end)
        end = drop_disagreeing_predicate(doc, start, end)
        trimmed = trim(doc, start, end)
        if trimmed is not None:
            out.append(close_bracket(doc, *trimmed))
    return out
