"""A news report's dateline: places in capitals before its dash, the agency in brackets (wire reports of the gold set
and other agencies' styles), and the openings that only look like one."""

import pytest
from test_tagger import make_document

from pipeline.tagging.tagger import tag_document


def names(nlp, text):
    return [(m.label, m.text, m.entity_id) for m in tag_document(nlp, make_document(text + "\n")) if m.label != "DATE"][:3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # India-Pakistan wire report: two cities joined by a slash and the agency were missed or typed a town
        ("NEW DELHI/ISLAMABAD (Meridian) — A ceasefire held on Sunday.",
         [("PLACE", "NEW DELHI", "new-delhi"), ("PLACE", "ISLAMABAD", "islamabad"), ("GROUP", "Meridian", "meridian")]),
        ("GEORGETOWN, Guyana — Nearly two years after the vote, the dispute settled.",
         [("PLACE", "GEORGETOWN", "georgetown"), ("PLACE", "Guyana", "guyana")]),
        ("NAIROBI (Reuters) — Kenya's president said on Monday the talks would resume.",
         [("PLACE", "NAIROBI", "nairobi"), ("GROUP", "Reuters", "reuters"), ("ACTOR", "Kenya", "kenya")]),
    ],
)
def test_a_datelines_places_and_agency_are_found(statistical_nlp, text, expected):
    assert names(statistical_nlp, text) == expected


@pytest.mark.parametrize("text", ["NATO — the alliance at 75 meets again.", "WARNING — do not open the file."])
def test_an_opening_in_capitals_before_a_dash_that_names_no_place_is_no_dateline(statistical_nlp, text):
    assert not any(label == "PLACE" for label, _, _ in names(statistical_nlp, text))
