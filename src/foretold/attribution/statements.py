"""Find attributions in a parsed article: cues, their content, and quotations around them.

1. Every reporting verb outside quotation marks yields a cue with the content its parse gives
   (also one the tagger took for a noun when a bare noun phrase before it agrees with it and a
   report follows: "the council projects that ...", '"...," the editorial read', "[X rose],
   records show", or after "do" or "to": "she did post online that ..."; a "records show"
   aside set off by commas reports the clause around it whatever its tags, "[In 2015], court
   records show, [the firm lost money]", ``evidence_asides``; two Title Case
   headline verbs joined by "And" each get a cue; a lexicon verb in -ing the tagger took for a
   noun, set off by commas before a quotation, reports it: 'accepted the post, writing, "..."';
   a telling verb with a story for object reports that story; a verb coordinated with a
   passive takes its subject: "Lee was pressed and said that ..."; "it is important to note
   that ..." has no holder; "she is right to note, however, [that ...]" keeps the clause the
   parse hung on "be");
   so do "according to X" and "in X's words", "in a new poll, ..." and "to many voters, ...",
   "there is broad agreement that ...", cue nouns with a holder ("his claim that ...",
   "criticism from X"; "they voiced [their support for X]") or a question for content ("the
   question of whether ..."), stance adjectives ("X is confident that ..."), stances after
   "be" ("X was against ...", "X is a supporter of ..."), and transcript and headline labels
   ("Q:", "Sanders:", "Trump on trade:", "IN OTHER STATES - Jane Doe: "...""; a name under a
   preposition before a colon is the medium: 'she wrote on Twitter: "..."').
2. Each quotation is attached to the cue whose content overlaps its words, not just a mark
   (widening the content to the whole quotation; of two such cues, the one inside the other's
   content), else to a cue right after it ('"...," she said', dropping any content the parse
   found in its speaker's own phrase and any relative clause on an inverted speaker; a long
   subject before that cue does not count against its distance, and a cue in a relative clause
   of that subject does not claim it: 'Nothing the mayor said "...," the senator said') or
   right before it
   ('She said: "..."', 'She agreed. "..."', or with only its own adverbials between: 'saying
   late on Sunday after the count, "..."'), else to a short clause closing its sentence
   ('"...," the letter reads') or a clause ending in a colon before it ('Lee went further:
   "..."'), else it continues the attribution of the quotation before it in the same
   paragraph, or opens a paragraph right after an attributed quotation (one statement with it
   when that quotation was left open), or goes on from a report that closes the sentence
   before it ('She argued that X. "Y."'); a short quoted
   phrase left over belongs to the verb whose phrase holds it when a person or group is that
   verb's subject ('Cruz railed against the "fevered dreams" of ...'), unless it holds proper
   nouns alone, a name ('went from "Prairie Queen" to ...'). A quotation inside a cue's
   sentence, past the cue, whose content resumes after it joins that content ('Lee said the
   days when it had "a shared story" from ... are gone'). A short capitalised
   quotation after the cue in its own sentence names a show or a book, not speech ('she said
   on "This Week"'). A quotation inside a sentence that a bare cue closes brings the sentence
   with it ('The vote marks "the end" for them, said X'); one that opens right where a cue's
   content stops goes on with it ('urged voters "to stay home"'); one cut off from a cue before it
   keeps its own clause ('A, and [the group is "overrun,"] she said'), as does a quoted phrase
   a later cue reports ('[The pair became "upset"] once it ended, according to X'). A
   quotation that labels the noun after it ('the "Win or Lose" crowd') is no speech of its own,
   nor is one that a preposition or determiner opens for a cue after it ('on the "cost of
   jobs," Lee said ...'),
   and a noun phrase after a comma closing the sentence is the writer's gloss on a quotation,
   not content ('The sign reads, "Q", the owner's motto').
   A short quotation opening its sentence before a cue is said words ('"As mayor," she said,
   "I will ..."'); a cue right before a colon claims the quotation after it ('"X," Lee said
   as a heckler yelled: "Y!"'); a report closed by a colon at a paragraph's end runs on into
   the quotation opening the next one, and a verb of saying so closed, with no words of its
   own, takes the unquoted paragraph after it as a block quotation ('he said:\n\nLet no one
   ...').
3. A cue nested in another cue's content gives way to it, unless it carries a direct quotation
   or opens a contrasting clause of its own ("X said A, while Y said B"; "A - though Y admitted
   B"), a relative clause set off by a comma ("X praised Lee, who has vowed B"), a closing
   "when" clause with its own subject ("X admitted A when Y reported B") or a gerund the parse
   hung on a tensed verb of the content ("saying A was sunk - and arguing B"); a participle with no
   subject of its own inside a sentence a later cue reports gives way even with a quotation
   ('Lee wrote to them, warning of "a fight," according to the letter'). A verb outside the
   lexicon that the parse gave a clause before it and the filters drop takes nothing from a
   report in that clause ("Officials said A; Jones secured the area"); a cue closing its
   sentence reaches back to the last semicolon only when a report lies before it ('He said A;
   however, "B," he added').
"""

from foretold.attribution.attaching import attach_quotes
from foretold.attribution.cue import Cue, token_quotes
from foretold.attribution.finding import find_cues
from foretold.attribution.labels import colon_cues
from foretold.attribution.nesting import clean_fragments, drop_nested

__all__ = [
    "Cue",
    "attach_quotes",
    "clean_fragments",
    "colon_cues",
    "drop_nested",
    "find_cues",
    "token_quotes",
]
