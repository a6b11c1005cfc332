"""A paragraph inside an interviewee's turn that names the interviewee in full and says
nothing in the first person, outside quotation marks, is the writer's narration set between
the turns ("IM Ann Lee decided to stay in Spain."), for no one speaks of themselves so: the
answer ends before it (but not at "We picked a name for me, Ann Lee, and my deputy")."""

from __future__ import annotations

import re

_PARAGRAPH = re.compile(r"[^\n]+")
_QUOTED = re.compile(r"\"[^\"\n]*\"|\u201c[^\u201d\n]*\u201d")
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm](?:e|y|ine|yself)|[Ww]e|[Uu]s|[Oo]urs?|[Oo]urselves)\b")


def narration_start(text: str, start: int, end: int, name: str) -> int | None:
    """Where the first paragraph after the opening one of ``text[start:end]`` that names
    ``name`` (two words or more) and has no first-person word, outside quotation marks,
    starts, or None."""
    if len(name.split()) < 2:
        return None
    pattern = re.compile(r"\b" + re.escape(name) + r"\b", re.IGNORECASE)
    for paragraph in list(_PARAGRAPH.finditer(text, start, end))[1:]:
        unquoted = _QUOTED.sub(" ", paragraph.group())
        if pattern.search(unquoted) and not _FIRST_PERSON.search(unquoted):
            return paragraph.start()
    return None
