"""Where words are in a test sentence: the token, the characters of a phrase, the rest."""


def token(doc, text):
    """The first token of ``doc`` that reads ``text``."""
    return next(t for t in doc if t.text == text)


def span(text, words):
    """The characters of the first occurrence of ``words``."""
    start = text.index(words)
    return (start, start + len(words))


def rest(text, words):
    """From the words to the end of the sentence, without its full stop."""
    return (text.index(words), len(text) - 1)
