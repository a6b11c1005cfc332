import pytest

from foretold.evaluation.brat import parse_standoff, units_from_standoff
from foretold.evaluation.quotes import GoldFileError

TEXT = (
    'Mayor Ana Ruiz said the bridge will reopen in May. "It is safe," she added, '
    '"and it is ready." Officials expect delays.'
)


def _at(part: str, text: str = TEXT) -> str:
    start = text.index(part)
    return f"{start} {start + len(part)}"


def _line(tid: str, kind: str, part: str) -> str:
    return f"{tid}\t{kind} {_at(part)}\t{part}"


ANNOTATION = "\n".join(
    [
        _line("T1", "Source", "Mayor Ana Ruiz"),
        _line("T2", "Cue", "said"),
        _line("T3", "Content", "the bridge will reopen in May"),
        _line("T4", "Attribution", "said"),
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
        _line("T5", "Source", "she"),
        _line("T6", "Cue", "added"),
        f"T7\tContent {_at('It is safe')};{_at('and it is ready')}\tIt is safe and it is ready",
        _line("T8", "Attribution", "added"),
        "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
        _line("T9", "Cue", "expect"),
        _line("T10", "Content", "delays"),
        _line("T11", "Attribution-no-source", "expect"),
        _line("T12", "Discard", "Officials"),
        "E3\tAttribution-no-source:T11 Cue:T9 Content:T10 Source:T12",
        "A1\tFactuality E3 Possible",
        "#1\tAnnotatorNotes T3\ta note",
    ]
)


def test_each_attribution_event_with_a_content_is_a_unit():
    units = units_from_standoff(TEXT, ANNOTATION)
    assert [TEXT[u.fragments[0][0] : u.fragments[-1][1]] for u in units] == [
        "the bridge will reopen in May",
        'It is safe," she added, "and it is ready',
        "delays",
    ]
    said, added, expect = units
    assert said.kind == "indirect" and TEXT[slice(*said.speaker[0])] == "Mayor Ana Ruiz"
    assert added.kind == "direct" and len(added.fragments) == 2
    assert expect.speaker is None  # a Discard entity is no source


def test_a_second_content_role_joins_the_content():
    extra = "\n".join(
        [
            _line("T1", "Cue", "expect"),
            _line("T2", "Content", "Officials"),
            _line("T3", "Content", "delays"),
            _line("T4", "Attribution-no-source", "expect"),
            "E1\tAttribution-no-source:T4 Cue:T1 Content:T2 Content2:T3",
        ]
    )
    (unit,) = units_from_standoff(TEXT, extra)
    assert [TEXT[a:b] for a, b in unit.fragments] == ["Officials", "delays"]


def test_events_of_other_types_and_events_without_content_are_left_out():
    other = "\n".join(
        [
            _line("T1", "Cue", "said"),
            _line("T2", "Content", "the bridge"),
            "E1\tRelation:T1 Content:T2",
            _line("T3", "Attribution", "said"),
            "E2\tAttribution:T3 Cue:T1",
        ]
    )
    assert units_from_standoff(TEXT, other) == ()


def test_entities_and_events_are_parsed_with_their_fragments():
    entities, events = parse_standoff(ANNOTATION, TEXT)
    assert entities["T7"].type == "Content" and len(entities["T7"].fragments) == 2
    assert events[2].type == "Attribution-no-source"
    assert ("Content", "T10") in events[2].arguments


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("T1\tContent 10 x\tbad", "not a text-bound annotation"),
        ("T1\tContent 10 9999\tbad", "fall outside the text"),
        ("E1\tAttribution:T4 Content", "is not ROLE:ID"),
    ],
)
def test_a_malformed_line_is_named_with_its_file_and_line(line, reason):
    with pytest.raises(GoldFileError, match=f"a.ann:2: .*{reason}"):
        units_from_standoff(TEXT, _line("T9", "Cue", "said") + "\n" + line, "a.ann")


def test_an_event_naming_a_missing_entity_is_an_error():
    with pytest.raises(GoldFileError, match="T42, which is not an entity"):
        units_from_standoff(TEXT, "E1\tAttribution:T1 Content:T42", "a.ann")
