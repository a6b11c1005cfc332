"""Notes on a name, not roles: a bracket or an apposition after a name that says the name
is assumed or changed tells of the name, not of what its bearer is or does ("Mara (a
pseudonym) said", "Tom, not his real name, said", "Dee (name changed) said", "Kit, an alias,
said"); a role that only opens with such a word stays ("a nickname expert", "an alias
researcher")."""

from __future__ import annotations

import re

# "a pseudonym", "not her real name", "an alias", "his stage name", "name changed", "names
# have been changed", "a pseudonym used for her safety".
_NAME_NOTE = re.compile(
    r"^(?:not\s+)?(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:(?:pseudonym|alias|nickname|pen\s+name|stage\s+name|assumed\s+name|real\s+name)s?"
    r"(?:$|\s+(?:used|given|chosen|requested|adopted|for|to|at|on|by)\b)"
    r"|names?\s+(?:(?:has|have)\s+been\s+|was\s+|were\s+)?(?:changed|withheld)\b)",
    re.IGNORECASE,
)


def name_note(role: str) -> bool:
    """The words say the name before them is assumed or changed, not what the person is:
    "a pseudonym", "not her real name", "name changed" (but "a nickname expert")."""
    return _NAME_NOTE.match(role.strip()) is not None
