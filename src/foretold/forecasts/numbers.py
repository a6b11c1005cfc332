"""Numbers written as words, read the same way in odds and in time spans."""

NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "sixty": 60,
    "ninety": 90,
    "a hundred": 100,
    "hundred": 100,
}


def number_pattern() -> str:
    """A regex alternative for a number in digits or in words (longest words first)."""
    words = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    return rf"(\d+(?:\.\d+)?|{words})"
