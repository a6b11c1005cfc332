"""A writing is the source of what it says but no record in the people table."""

from foretold.attribution.document_names import names_document


def test_a_name_ending_in_a_document_noun_names_a_writing():
    assert names_document("reports")
    assert names_document("the 2011 study")
    assert names_document("Velo press release")
    assert not names_document("Consumer Reports")
    assert not names_document("public figures")
    assert not names_document("officials")


def test_a_report_speaks_but_makes_no_people_record(attributed):
    result = attributed(
        "Early reports said the bridge had collapsed. Mayor Ann Lee said no one was hurt."
    )
    assert [s.speaker for s in result.statements] == ["early reports", "Ann Lee"]
    assert [p.name for p in result.people] == ["Ann Lee"]


def test_a_publication_named_for_a_writing_stays(attributed):
    result = attributed("Consumer Reports said the car was unsafe.")
    assert [p.name for p in result.people] == ["Consumer Reports"]


def test_a_recording_a_summary_or_a_finding_names_no_one():
    assert names_document("traffic camera footage")
    assert names_document("the court's summary")
    assert names_document("An autopsy")
    assert names_document("the Supreme Court decision")
    assert not names_document("Velo Video")


def test_footage_speaks_but_makes_no_people_record(attributed):
    result = attributed(
        "The cyclist was struck by a van on the wrong side of the road, according to traffic "
        "camera footage. Sergeant Ann Lee said the driver had stopped."
    )
    assert [p.name for p in result.people] == ["Ann Lee"]
