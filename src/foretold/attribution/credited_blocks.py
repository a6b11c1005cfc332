"""Block quotations credited by a dash line: one or more paragraphs the article reproduces
after a sentence ending in a colon, then a paragraph of their own crediting them ("The judge
rejected this argument:" / "The notion that ... cannot stand." / "– Judge Ann Lee, "Decision
and Order""). The paragraphs between the colon and the credit line are one direct statement
by the person the credit line names, whatever cues they hold inside ("this Court finds ..."
is the judge's own wording, not a report the article makes).

Only a credit line after a colon-introduced block counts: a dash line under a pull-quote the
text does not reproduce, or under an interview answer, has no colon sentence opening it. And
only a block someone is read as saying: a cue in the opening paragraph or inside the block
("Lee rejected the argument:"); a block no cue touches (a verse, a table of figures credited
to its source) is no one's statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CREDIT_LINE = re.compile(r"[\u2013\u2014] ?(?P<name>[^\n,]{2,80})(?:,[^\n]*)?")
_MAX_PARAGRAPHS = 3
_MAX_CREDIT = 120


@dataclass(frozen=True, slots=True)
class CreditedBlock:
    """The reproduced paragraphs (``start``-``end``), where the paragraph ending in the colon
    opens (``opening``) and the name the credit line gives (``name_start``-``name_end``,
    before any comma: "Judge Ann Lee" of "– Judge Ann Lee, "Order"")."""

    opening: int
    start: int
    end: int
    name_start: int
    name_end: int


def credited_blocks(text: str) -> tuple[CreditedBlock, ...]:
    """The blocks of ``text`` opened by a paragraph ending in a colon and closed by a dash
    credit line, at most three paragraphs long ("Lee wrote:" / "P1" / "P2" / "– Ann Lee")."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    blocks: list[CreditedBlock] = []
    for index, (start, end) in enumerate(paragraphs):
        line = _CREDIT_LINE.fullmatch(text, start, end)
        if line is None or end - start > _MAX_CREDIT or index < 2:
            continue
        first = None
        for back in range(index - 1, max(index - 1 - _MAX_PARAGRAPHS, 0), -1):
            before = text[paragraphs[back - 1][0] : paragraphs[back - 1][1]].rstrip()
            if before.endswith(":"):
                first = back
                break
        if first is None:
            continue
        name_start, name_end = line.span("name")
        last_start, last_end = paragraphs[index - 1]
        blocks.append(
            CreditedBlock(
                paragraphs[first - 1][0],
                paragraphs[first][0],
                last_start + len(text[last_start:last_end].rstrip()),
                name_start,
                name_start + len(text[name_start:name_end].rstrip()),
            )
        )
    return tuple(blocks)


__all__ = ["CreditedBlock", "credited_blocks"]
