"""Block quotations after a colon, credited by a dash line, as one direct statement."""

from foretold.attribution.credited_blocks import credited_blocks

_JUDGE = (
    "Ann Lee heard the case in March. Lee rejected the argument:\n\n"
    "The claim that the mayor is above the law finds no support in precedent. "
    "It also ignores the statute.\n\n"
    "Because this Court finds the claim unfounded, it dismisses the suit.\n\n"
    '\u2013 Judge Ann Lee, "Decision and Order"\n\n'
    "The mayor plans to appeal."
)


def test_paragraphs_between_colon_and_dash_line_are_one_block():
    (block,) = credited_blocks(_JUDGE)
    assert _JUDGE[block.start : block.end].startswith("The claim that")
    assert _JUDGE[block.start : block.end].endswith("dismisses the suit.")
    assert _JUDGE[block.name_start : block.name_end] == "Judge Ann Lee"


def test_dash_line_without_a_colon_sentence_opens_no_block():
    text = (
        "The mayor died today after the attack.\n\n"
        "Doctors worked for hours.\n\n"
        "\u2014Ann Lee on the failed efforts\n\n"
        "Police arrested a man."
    )
    assert credited_blocks(text) == ()


def test_credited_block_is_one_direct_statement_by_the_credited_person(attributed):
    statements = attributed(_JUDGE).statements
    inside = [s for s in statements if "above the law" in s.text or "dismisses" in s.text]
    assert len(inside) == 1
    (block,) = inside
    assert block.kind == "direct"
    assert block.speaker == "Ann Lee"
    assert block.text.endswith("dismisses the suit.")


def test_block_no_cue_reads_stays_no_statement(attributed):
    text = (
        "The town has grown fast. The figures for the last census:\n\n"
        "The town had 4,000 homes and 12,000 residents in 2020.\n\n"
        "\u2013 County Census Office, 2021\n\n"
        "The mayor plans to build more."
    )
    assert not [s for s in attributed(text).statements if "4,000 homes" in s.text]
