"""Cues found in the parse, token by token outside quotations: each token is tried as one kind
of cue after another and gives the first that applies.

- a participle of saying right after a closing quotation, which goes on for the one quoted
  ('"...," further adding, "..."', ``quote_sequels``);
- phrases with no verb: "according to X" (``source_phrases``; only the comma-set relative
  clause right before it, ``sourced_relatives``), "in X's words" and other source
  phrases, cue nouns, stance nouns and agents, stance adjectives and "be" stances
  (``noun_cues``), an open question with no holder ("it is unclear whether ...",
  ``unclear_questions``) or held by a divided subject ("voters are split on whether ...",
  ``divided_questions``), a poll named by "in", a holder named by "to" and a source named by
  "per" framing a sentence (``sentence_frames``), a stance noun after "there is"
  (``holderless_cues``);
- lexicon verbs the tagger took for nouns or adjectives (``mistagged_verbs``), and a lexicon
  verb in -ing taken for a noun, set off by commas before a quotation ('accepted the post,
  writing, "..."');
- a passive naming verb with a "by" phrase, whose object gives the name ("labeled a "sham" by
  critics", ``named_by``), or with no agent and the name in quotation marks, a label with no
  holder ("[the law] was labeled ["a disaster"]", ``quoted_names``);
- reporting verbs: raising verbs ("X is expected to ..."; a stance they hedge, with a
  prepositional object, is the subject's: "X appeared pleased with [Y]", ``seeming_stances``),
  phrases that take a side
  (``side_taking``), "as X put it" (``put_phrasings``), light-verb idioms, "made (it)
  clear" and phrasal verbs (``idiom_cues``), "called attention to X" (``attention_calls``),
  verbs of striking that find fault ("hit him on trade", ``faulting_hits``), views held,
  bought, maintained, shared or taken ("held a dim view of it", ``held_views``),
  generic verbs with a clause and a person for subject (``content``); belief verbs of "I" and "you"
  are filler ("I think"), as are those of "we" with no clause or in a question (but not "you"
  judged in a passive for a deed: "you can be forgiven for not knowing ..."); a verb that reports
  only with "as" needs its "as" phrase ("presents herself as a reformer"); an agentless passive
  reports its clause with no holder ("X is accused of ...", and one set off inside the clause it
  reports: "where, it is said, [...]"), as do a described noun ("files deemed
  secret"), a noun made public or foreseen ("[a merger] announced Monday"), a fronted
  "Asked whether ...", "it is important to note ...", a participle after "when" or "if"
  ("bristles when told to smile") and a sentence that is only a gerund ("Warning that the
  deal could fail.", ``holderless_cues``);
  an infinitive after "reason" reports for whoever has the reason, or for no one ("there is reason
  to believe ...", ``grounds``); any other verb reports for its subject, repaired where the parse
  misplaced it (``misplaced_subjects``), and a passive's agent where the parse hung it on the
  active infinitive it gives ("was urged [to resign] by party leaders", ``complement_agents``);
  "reported missing" files a notice, no words
  (``whereabouts``), and a bare past participle right after its noun with no content of its
  own says what was done to the noun ("the loans granted were ...", ``speakers``);
then transcript and headline labels from ``labels`` and verbs of Title Case headline lines
from ``headlines``."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.attention_calls import ATTENTION_VERBS, attention_call
from foretold.attribution.complement_agents import complement_agent_cue, infinitive_agent
from foretold.attribution.compounded_trailers import compounded_subject
from foretold.attribution.content import clause_content, generic_cue
from foretold.attribution.cue import CUE_LEMMAS, Cue, char_range
from foretold.attribution.cues import (
    AS_ONLY_VERBS,
    CLAUSE_ONLY_VERBS,
    CUE_ADJECTIVES,
    CUE_NOUNS,
    EXISTENTIAL_NOUNS,
    FILLER_VERBS,
    FIRST_SECOND_PERSON,
    HITTING_VERBS,
    IDIOM_VERBS,
    PHRASAL_VERBS,
    RAISING_VERBS,
    REFLEXIVE_STANCE_VERBS,
    STANCE_AGENTS,
    VIEWPOINT_PREPS,
    cue_lemma,
)
from foretold.attribution.divided_questions import DIVIDED_WORDS, divided_question
from foretold.attribution.evidence_asides import SHOWING_FORMS, evidence_aside
from foretold.attribution.experiencer_clauses import EXPERIENCE_LEMMAS, experienced_clause
from foretold.attribution.faulting_hits import faulting_hit
from foretold.attribution.fronted_reports import fronted_participle
from foretold.attribution.grounds import grounds_holder, grounds_noun
from foretold.attribution.headlines import comma_pair_cue, headline_cues, headline_passive
from foretold.attribution.held_views import held_view
from foretold.attribution.holderless_cues import (
    copula_clause,
    existential_cue,
    gerund_fragment,
    impersonal_infinitive,
    passive_stance,
    passive_topic,
    reduced_passive,
    surfaced_cue,
    unstated_asker,
)
from foretold.attribution.hung_reports import hung_report_content
from foretold.attribution.idiom_cues import idiom_cue, made_clear, phrasal_cue, story_object
from foretold.attribution.labels import colon_cues, quotation_at
from foretold.attribution.looks import present_look
from foretold.attribution.lying_places import lies_in_place
from foretold.attribution.misplaced_subjects import (
    clitic_perfect,
    fronted_subject,
    hung_subject,
    lent_misplaced_subject,
    listed_verb_subject,
    passive_conjunct_subject,
    swallowed_subject,
)
from foretold.attribution.misread_modifier_verbs import misread_modifier_report
from foretold.attribution.misread_participle_reports import misread_participle_report
from foretold.attribution.misread_titles import (
    misread_title,
    title_read_as_verb,
    titled_subject,
)
from foretold.attribution.mistagged_verbs import (
    MISTAGGED,
    auxiliary_cue,
    conjunct_cue,
    headline_pair,
    mistagged_cue,
)
from foretold.attribution.modal_subjects import modal_subject_content
from foretold.attribution.named_by import named_by
from foretold.attribution.nominal_adjectives import run_together_content
from foretold.attribution.noun_cues import (
    adjective_cue,
    agent_cue,
    noun_cue,
    source_phrase_cue,
    stance_cue,
)
from foretold.attribution.object_subjects import object_subject, object_subject_clause
from foretold.attribution.passive_descriptions import described_as
from foretold.attribution.passives import (
    agent_object,
    announced_noun,
    bare_passive,
    described_noun,
    interrupted_clause,
    passive_content,
    passive_object,
    passive_predicate,
    passive_reason,
    raising_content,
    without_subject_aside,
)
from foretold.attribution.pronoun_asides import pronoun_aside_cue
from foretold.attribution.put_phrasings import put_phrasing
from foretold.attribution.quote_sequels import PARTICIPLE_TAGS, quote_sequel
from foretold.attribution.quoted_names import quoted_name
from foretold.attribution.ranges import finish, trim
from foretold.attribution.relative_objects import torn_relative_content
from foretold.attribution.seeming_stances import seeming_cue
from foretold.attribution.sentence_frames import (
    per_source_cue,
    poll_cue,
    report_frame_cue,
    viewpoint_cue,
)
from foretold.attribution.side_taking import side_taken, supporting_act
from foretold.attribution.source_phrases import according_content
from foretold.attribution.sourced_relatives import sourced_relative
from foretold.attribution.speakers import subject_of, undergoer_participle
from foretold.attribution.statement_agents import statement_agent
from foretold.attribution.token_index import tokens_of
from foretold.attribution.trailer_subjects import trailer_subject
from foretold.attribution.unclear_questions import OPEN_WORDS, unclear_question
from foretold.attribution.unpunctuated_trailers import PAST_TAGS, unpunctuated_trailer
from foretold.attribution.verbal_attacks import ATTACK_VERBS
from foretold.attribution.whereabouts import reported_missing


def find_cues(doc: Doc, in_quote: list[int], text: str | None = None) -> list[Cue]:
    """Reporting verbs and "according to" phrases outside quotations, with their content."""
    text = doc.text if text is None else text
    cues: list[Cue] = []
    for token in tokens_of(doc):
        if in_quote[token.i] >= 0:
            continue
        lower = token.lower_
        pos = token.pos_
        tag = token.tag_
        if tag in PARTICIPLE_TAGS and (sequel := quote_sequel(doc, token, in_quote)) is not None:
            cues.append(sequel)  # '"...," further adding, "..."'
            continue
        if tag in PAST_TAGS and (trailer := unpunctuated_trailer(doc, token, in_quote)) is not None:
            cues.append(trailer)  # '"..." tweeted Mayor Ann Lee.'
            continue
        if lower in SHOWING_FORMS and (aside := evidence_aside(doc, token)) is not None:
            cues.append(aside)  # "[In 2015], court records show, [the firm lost money]"
            continue
        if lower == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            ranges, source = according_content(token)
            if (relative := sourced_relative(token)) is not None:
                ranges = [relative]
            cue = Cue(token, doc[token.i : token.i + 2].text, source)
            cue.fragments = [char_range(doc, a, b) for a, b in ranges]
            cues.append(cue)
            continue
        if lower == "in" and (
            cue := source_phrase_cue(doc, token)
            or poll_cue(doc, token)
            or report_frame_cue(doc, token)
        ):
            cues.append(cue)
            continue
        if lower == "per" and (cue := per_source_cue(doc, token)) is not None:
            cues.append(cue)  # "Per the decree, [priests must report abuse]"
            continue
        if lower in VIEWPOINT_PREPS and (cue := viewpoint_cue(doc, token)) is not None:
            cues.append(cue)
            continue
        if pos == "NOUN" and (cue := surfaced_cue(doc, token)) is not None:
            cues.append(cue)  # "[news] emerged [that the deal was off]"
            continue
        if pos == "NOUN" and lower in CUE_NOUNS:
            if (
                cue := noun_cue(doc, token)
                or mistagged_cue(doc, token, in_quote)
                or existential_cue(doc, token)
            ) is not None:
                cues.append(cue)
            continue
        if pos == "NOUN" and lower in EXISTENTIAL_NOUNS:
            if (cue := existential_cue(doc, token)) is not None:
                cues.append(cue)
            continue
        lemma_form = token.lemma_
        if pos == "NOUN" and lemma_form.lower() in STANCE_AGENTS:
            if (cue := agent_cue(doc, token)) is not None:
                cues.append(cue)
            continue
        if lemma_form == "be" and (cue := stance_cue(doc, token)) is not None:
            cues.append(cue)
            continue
        if (
            lemma_form.lower() in EXPERIENCE_LEMMAS
            and (cue := experienced_clause(doc, token)) is not None
        ):
            cues.append(cue)
            continue
        if lower not in CUE_ADJECTIVES and pos != "VERB":
            passive = False  # only adjectives and verbs below ask
        else:
            passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
        perfect = clitic_perfect(token) if passive and lower not in CUE_ADJECTIVES else None
        passive = passive and perfect is None
        if lower in CUE_ADJECTIVES and (pos == "ADJ" or passive or token.dep_ == "acomp"):
            cue = adjective_cue(doc, token)
            if cue is not None:
                cues.append(cue)
            continue
        if lower in OPEN_WORDS and (cue := unclear_question(doc, token)) is not None:
            cues.append(cue)
            continue
        if lower in DIVIDED_WORDS and (cue := divided_question(doc, token)) is not None:
            cues.append(cue)  # "[Voters] are split on [whether to back him]"
            continue
        if pos != "VERB":
            if tag == "NN" and (cue := gerund_before_quote(doc, token, in_quote)) is not None:
                cues.append(cue)
                continue
            if (
                pos in MISTAGGED
                and cue_lemma(lemma_form, token.text) in CUE_LEMMAS
                and (
                    cue := mistagged_cue(doc, token, in_quote)
                    or auxiliary_cue(doc, token)
                    or conjunct_cue(doc, token)
                    or pronoun_aside_cue(doc, token)
                )
            ):
                cues.extend(headline_pair(doc, cue))
            continue
        lemma = cue_lemma(token.lemma_, token.text)
        if title_read_as_verb(token):
            continue  # '"Q", Velora [coach] Ann Lee said': part of the speaker's phrase
        if reported_missing(token):
            continue  # "[she was reported missing]": a notice filed, no one's words
        if (named := named_by(doc, token) or quoted_name(doc, token, in_quote)) is not None:
            cues.append(named)
            continue
        if lemma in CUE_LEMMAS and (paired := comma_pair_cue(doc, token)) is not None:
            cues.append(paired)  # "Mayor praises, faults [budget plan]"
            continue
        if lemma in CUE_LEMMAS and (fronted := fronted_participle(token)) is not None:
            cue = Cue(token, token.text, fronted[0])  # "[Confirming] X, Lee said ..."
            cue.fragments = [char_range(doc, *r) for r in finish(doc, [fronted[1]], token.i)]
            cues.append(cue)
            continue
        if lemma in RAISING_VERBS and (stance := seeming_cue(doc, token)) is not None:
            cues.append(stance)  # "[Voters] appeared pleased with [the deal]"
            continue
        if (
            lemma in RAISING_VERBS
            or (lemma == "expect" and (passive or _expected_clause(token)))
            or present_look(token)
        ):
            clause = raising_content(token)
            if clause:  # "[The bill is expected] by analysts [to pass]": the analysts expect it
                holder = agent_object(token) if passive or bare_passive(token) else None
                parts = without_subject_aside(token, clause)
                cues.append(Cue(token, token.text, holder, [char_range(doc, *r) for r in parts]))
            continue
        if (lemma == "come" or lemma in REFLEXIVE_STANCE_VERBS) and (
            cue := side_taken(doc, token, lemma)
        ) is not None:
            cues.append(cue)
            continue
        if (phrased := put_phrasing(doc, token)) is not None:
            cues.append(phrased)  # "[Prices will rise], as the minister put it"
            continue
        if lemma in ATTENTION_VERBS and (cue := attention_call(doc, token)) is not None:
            cues.append(cue)  # "called attention to [delays]"
            continue
        if (lemma in IDIOM_VERBS or lemma in ATTACK_VERBS) and (
            cue := idiom_cue(doc, token) or made_clear(doc, token)
        ):
            cues.append(cue)
            continue
        if lemma in PHRASAL_VERBS and lemma not in CUE_LEMMAS:
            if (cue := phrasal_cue(doc, token)) is not None:
                cues.append(cue)
            continue
        if lemma not in CUE_LEMMAS and (cue := supporting_act(doc, token)) is not None:
            cues.append(cue)
            continue
        if lemma in HITTING_VERBS and (cue := faulting_hit(doc, token)) is not None:
            cues.append(cue)
            continue
        if (cue := held_view(doc, token)) is not None:
            cues.append(cue)
            continue
        if lemma not in CUE_LEMMAS and not generic_cue(token):
            continue
        if lies_in_place(token):
            continue  # "the towns lie in a dead zone": a place, no lie told
        if lemma in CLAUSE_ONLY_VERBS and not any(c.dep_ == "ccomp" for c in token.children):
            continue  # "shared a photo", "was shared with others", not "shared that ..."
        if lemma in AS_ONLY_VERBS and not any(
            c.dep_ == "prep" and c.lower_ == "as" for c in token.children
        ):
            continue  # "presented the award", not "presented it as a win"
        if passive and (aside := interrupted_clause(token)):
            cues.append(Cue(token, token.text, None, [char_range(doc, *r) for r in aside]))
            continue  # "where, it is said, [smugglers met]"
        if passive and (agented := complement_agent_cue(doc, token)) is not None:
            cues.append(agented)  # "[Cows are considered sacred] by farmers"
            continue
        if passive and (urger := infinitive_agent(token)) is not None:
            told = [(a, min(b, urger.head.i)) for a, b in clause_content(token) if a < urger.head.i]
            ranges = [t for r in told if (t := trim(doc, *r)) is not None]
            if ranges:  # "He was urged [to resign] by party leaders"
                cues.append(Cue(token, token.text, urger, [char_range(doc, *r) for r in ranges]))
                continue
        if passive and (maker := statement_agent(token)) is not None:
            if (about := passive_object(token)) is not None:
                cues.append(Cue(token, token.text, maker, [char_range(doc, *about)]))
            continue  # "[Turkey] was condemned in a statement by Egypt"
        if passive and not any(c.dep_ == "agent" for c in token.children):
            clause = (
                passive_content(token) or passive_stance(doc, token) or passive_topic(doc, token)
            )
            if clause:  # "X is seen as ...", "it was reported that ...", "X is accused of ..."
                parts = without_subject_aside(token, clause)
                cues.append(Cue(token, token.text, None, [char_range(doc, *r) for r in parts]))
            continue
        if (topic := headline_passive(doc, token, text)) is not None:
            cues.append(Cue(token, token.text, None, [char_range(doc, *topic)]))
            continue  # "[Mayor's plan] criticized": a headline's passive
        if lemma in CUE_LEMMAS and (
            misread := misread_participle_report(token) or misread_modifier_report(token)
        ):
            cues.append(Cue(token, token.text, misread[0], [char_range(doc, *misread[1])]))
            continue  # "The mayor, Ann Lee, announced on Monday [there were no suspects]"
        if token.dep_ == "acl" and (described := described_noun(token, lemma)):
            cues.append(Cue(token, token.text, None, [char_range(doc, *r) for r in described]))
            continue  # "[files deemed secret]": seen so by someone unnamed
        if token.dep_ == "acl" and (announced := announced_noun(token, lemma)) is not None:
            cues.append(Cue(token, token.text, None, [char_range(doc, *announced)]))
            continue  # "[a merger] announced Monday": made public by someone unnamed
        if (
            unstated_asker(token)
            or impersonal_infinitive(token)
            or gerund_fragment(token)
            or reduced_passive(token)
        ):
            # no one is named
            ranges = clause_content(token) or copula_clause(token)
            if ranges:
                cues.append(Cue(token, token.text, None, [char_range(doc, *r) for r in ranges]))
            continue
        if (grounds := grounds_noun(token)) is not None:
            ranges = clause_content(token)
            if ranges:  # "there is reason to believe [...]"
                cue = Cue(token, token.text, grounds_holder(grounds))
                cue.fragments = [char_range(doc, a, b) for a, b in ranges]
                cues.append(cue)
            continue
        subject = (
            perfect
            or object_subject(token)
            or subject_of(token)
            or passive_conjunct_subject(token)
            or fronted_subject(token)
            or listed_verb_subject(token)
            or hung_subject(token)
            or swallowed_subject(token)
            or lent_misplaced_subject(token)
            or trailer_subject(token)
            or compounded_subject(token)
            or titled_subject(token)
        )
        if subject is None or _filler(token, subject):
            continue
        misread = object_subject_clause(token)
        title = misread_title(token)  # "Velora coach Ann Lee said": the clause of "coach"
        ranges = (
            finish(doc, [misread], token.i)
            if misread is not None
            else clause_content(title or token) or story_object(token) or copula_clause(token)
        )
        if (
            hung := hung_report_content(token)
            or run_together_content(token)
            or torn_relative_content(token)
            or modal_subject_content(token, ranges)
        ) is not None:
            ranges = finish(doc, [hung], token.i)  # "Lee said that A, B may C"
        by_agent = token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children)
        if not ranges and by_agent and (described := described_as(token)) is not None:
            ranges = described
        elif not ranges and by_agent:
            about, reason = passive_object(token), passive_reason(token)
            if about is None:  # "he was suspected and accused by X [of lying]"
                ranges = [reason] if reason is not None else []
            else:
                ranges = [about] if reason is None or reason[0] < about[1] else [about, reason]
                predicate = passive_predicate(token)  # "[Pigs] are considered [unclean] by X"
                if reason is None and predicate is not None and predicate[0] >= about[1]:
                    ranges = [about, predicate]
        if subject.dep_ == "dobj" and subject.head.i == token.i and subject.i > token.i:
            # '"Q," tweeted [a user] from Hanover': the speaker after the verb is not its content
            ranges = [r for r in ranges if not r[0] <= subject.i < r[1]]
        if not ranges and undergoer_participle(token):
            continue  # "All the pardons issued were "full"": the quote is no one's words
        cue = Cue(token, token.text, subject)
        cue.fragments = [char_range(doc, a, b) for a, b in ranges]
        cues.append(cue)
    cues.extend(colon_cues(doc, in_quote, text))
    cues.extend(headline_cues(doc, in_quote, cues, text))
    return cues


def _expected_clause(token: Token) -> bool:
    """ "Expected" with no "be" before its infinitive, read passive: "with sales [expected] to
    cover the price" (``bare_passive``); not "jobs expected next year", a noun announced."""
    return bare_passive(token) and raising_content(token) is not None


def gerund_before_quote(doc: Doc, token: Token, in_quote: list[int]) -> Cue | None:
    """'Lee accepted the post, writing, "The city needs calm."': a lexicon verb in -ing the
    tagger took for a noun, set off by commas right before a quotation, reports that quotation
    for the subject of the clause it closes."""
    i = token.i
    if token.tag_ != "NN" or not token.lower_.endswith("ing"):
        return None
    if cue_lemma(token.lemma_, token.text) not in CUE_LEMMAS:
        return None
    if i < 1 or i + 2 >= len(doc) or doc[i - 1].text != "," or doc[i + 1].text not in {",", ":"}:
        return None
    quotation = quotation_at(doc, i + 2, in_quote)
    if quotation is None:
        return None
    verb = token.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head
    subject = subject_of(verb) if verb.pos_ in {"VERB", "AUX"} else None
    if subject is None:
        return None
    return Cue(token, token.text, subject, [char_range(doc, *quotation)])


def _filler(verb: Token, subject: Token) -> bool:
    """A belief verb that is conversational filler: "I think", "you know", and "we" unless it
    states a clause in a statement ("we know [they lied]", "we do not know [how ...]"; but
    "as we know it", "what do we know about ...?")."""
    if subject.lower_ not in FIRST_SECOND_PERSON or verb.lemma_.lower() not in FILLER_VERBS:
        return False
    if subject.dep_ == "nsubjpass" and subject.head != verb:
        return False  # "you can be forgiven for not knowing [...]"
    if subject.lower_ != "we":
        return True
    end = next((t for t in reversed(verb.sent) if not t.is_space), verb)
    return end.text == "?" or not any(c.dep_ == "ccomp" for c in verb.children)
