"""Notes on a name, not roles: a bracket or an apposition after a name that says the name
is assumed or changed tells of the name, not of what its bearer is or does ("Mara (a
pseudonym) said", "Tom, not his real name, said", "Dee (name changed) said", "Kit, an alias,
said"), or that its bearer is no kin of a namesake the article names ("Sadiq Khan (no
relation)", "no relation to the senator"); a role that only opens with such a word stays
("a nickname expert", "an alias researcher")."""

from __future__ import annotations

import re

# "a pseudonym", "not her real name", "an alias", "his stage name", "name changed", "names
# have been changed", "a pseudonym used for her safety", "no relation (to the senator)".
_NAME_NOTE = re.compile(
    r"^(?:not\s+)?(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:(?:pseudonym|alias|nickname|pen\s+name|stage\s+name|assumed\s+name|real\s+name)s?"
    r"(?:$|\s+(?:used|given|chosen|requested|adopted|for|to|at|on|by)\b)"
    r"|names?\s+(?:(?:has|have)\s+been\s+|was\s+|were\s+)?(?:changed|withheld)\b"
    r"|no\s+relation(?:$|\s+to\b))",
    re.IGNORECASE,
)


def name_note(role: str) -> bool:
    """The words say the name before them is assumed or changed, or shared with no kin, not
    what the person is: "a pseudonym", "not her real name", "name changed", "no relation"
    (but "a nickname expert")."""
    return _NAME_NOTE.match(role.strip()) is not None
