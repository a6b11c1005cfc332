"""A social-media account, page or feed speaks for whoever holds it: "The White House's
official Twitter feed said ..." is the White House speaking, "a local police Facebook page
posted ..." the police, "the account for The Kip Show tweeted ..." The Kip Show. The reader
is told who the words come from, not which screen they appeared on."""

from __future__ import annotations

from spacy.tokens import Span, Token

ACCOUNT_NOUNS = frozenset({"account", "page", "feed", "handle", "channel", "profile"})
PLATFORM_NAMES = frozenset(
    {"twitter", "facebook", "instagram", "youtube", "tiktok", "weibo", "telegram", "linkedin"}
)


def account_holder(head: Token) -> Token | None:
    """The holder of an account noun heading a speaker mention: its possessor ("the White
    House's Twitter feed": House; "his account": his), the name after "for" or "of" ("the
    account for The Kip Show": Show), or the word before a platform name ("a local police
    Facebook page": police); None for a bare account ("The account said", "Twitter's page" is
    Twitter's own)."""
    if head.pos_ != "NOUN" or head.lower_ not in ACCOUNT_NOUNS:
        return None
    for child in head.lefts:
        if child.dep_ == "poss" and child.pos_ in {"PROPN", "PRON", "NOUN"}:
            return child
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in {"for", "of"}:
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            return objects[0] if objects else None
    platforms = [c for c in head.lefts if c.dep_ == "compound" and c.lower_ in PLATFORM_NAMES]
    if not platforms or platforms[-1].i == 0:
        return None
    platform = platforms[-1]
    before = head.doc[platform.i - 1]  # "the Velo Police Department Facebook page": Department
    if before.pos_ in {"NOUN", "PROPN"} and before.head in {platform, head}:
        return before
    return None


# Verbs that put words on an account: "a tweet [sent] from his Twitter account".
_POSTING_VERBS = frozenset({"post", "send", "publish", "share", "upload", "put", "tweet"})
# The account's own messages. A statement, letter or announcement posted to an account is a
# document with an issuer of its own: "a statement posted to his account" after an actor's
# death is his family's, so documents keep their own speaker.
_POSTED_WORDS = frozenset({"message", "tweet", "post", "video"})


def posted_holder(head: Token) -> Token | None:
    """The holder of the account a message was posted to or sent from: "a message posted to
    his official Twitter account" (his), "A tweet sent from Lee's Twitter account" (Lee); None
    when the account has no holder ("a tweet posted to an anonymous account") or the words are
    a document ("a statement posted to his account")."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _POSTED_WORDS:
        return None
    for verb in head.rights:
        if verb.dep_ != "acl" or verb.lemma_.lower() not in _POSTING_VERBS:
            continue
        for prep in verb.rights:
            if prep.dep_ != "prep" or prep.lower_ not in {"to", "from", "on"}:
                continue
            for account in prep.children:
                if account.dep_ == "pobj" and (holder := account_holder(account)) is not None:
                    return holder
    return None


def holder_name(holder: Token) -> Span:
    """The name of an account's holder after "for" or "of", run through "and" or "&" to the
    capitalised words the parse split off as a second conjunct ("the account for The Kip and
    Lee Show": Kip and Lee Show); other holders are the proper nouns ending with them, hung on
    them or beside them on the same word ("the Velo Fire Service Facebook page": "Velo" and
    "Service" both hang on "Facebook")."""
    doc = holder.doc
    start = holder.i
    hosts = (holder, holder.head)
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head in hosts:
        start -= 1
    end = holder.i + 1
    if holder.dep_ == "pobj":
        while end + 1 < len(doc) and doc[end].lower_ in {"and", "&"} and doc[end + 1].is_title:
            end += 2
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
    return doc[start:end]
