"""Punctuation shared by the attribution rules: the dashes that set off an aside or a
speaker ("-", "--", an en dash and an em dash)."""

DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
