"""Speaker labels of transcripts: the outlet that asks is a body; labels of other documents are no names."""

import pytest
from test_tagger import make_document

from pipeline.tagging.tagger import load_nlp, tag_document


@pytest.fixture(scope="module")
def nlp():
    return load_nlp("auto")


def tagged(nlp, text):
    return [(m.label, m.text) for m in tag_document(nlp, make_document(text))]


# a foreign ministry's press conference (China) and a defence ministry's briefing in other terms (Kenya)
BEIJING = """Lin Jian: The Vietnamese leader will pay a state visit to China from August 18 to 20.
CCTV: Could you share more about the expectations for the visit?
Lin Jian: The two sides will sign a number of cooperation documents.
Reuters: Two vessels were shadowed near the shoal on Tuesday. Is the arrangement reached last month still valid?
Lin Jian: The resupply mission was carried out under that arrangement.
Bloomberg: Talks on the duties have reportedly made little progress. Will there be retaliation?
"""
NAIROBI = """Ruth Wanjiku: The deployment to the border will continue until the end of the year.
KBC: How many troops are deployed?
Ruth Wanjiku: About four hundred.
Nation: Will the troops be withdrawn before the elections?
"""


def test_regression_speaker_label_outlets_at_line_start_missed(nlp):
    assert {("GROUP", "CCTV"), ("GROUP", "Reuters"), ("GROUP", "Bloomberg")} <= set(tagged(nlp, BEIJING))
    assert {("GROUP", "KBC"), ("GROUP", "Nation")} <= set(tagged(nlp, NAIROBI))


@pytest.mark.parametrize(
    "text",
    [
        # one labelled paragraph is no transcript
        "Note: Could figures for 2023 be revised?\nThe ministry published its data.\n",
        # labels that open statements, not questions; and a label the text uses as a common word
        "Summary: The mission ended.\nContext: The mission ended.\nSummary: The mission ended.\n",
        "Question: What changed?\nAnswer: Little.\nQuestion: Why?\nThe question was asked twice.\n",
    ],
)
def test_labels_that_are_no_speakers_stay_unannotated(nlp, text):
    assert not [t for label, t in tagged(nlp, text) if t in ("Note", "Summary", "Context", "Question", "Answer")]


# interviews: the interviewee introduced in full, then labelled by the family name (a journal's initials ask)
LIMA = """Dr María Fernández-Ortiz teaches at the Catholic University in Lima and has followed the protests since 2022.
RSD: Who is protesting, and why now?
Fernández-Ortiz: Slowly at first, the southern regions joined the strikes.
RSD: Has the government changed course?
Fernández-Ortiz: In my view, it has not.
"""
ACCRA = """Kwame Mensah is a researcher in Accra who studies coastal fisheries.
GJR: What has changed for fishing towns?
Mensah: Catches have fallen for a decade.
GJR: Is the navy involved?
Mensah: Only at the margins.
"""


@pytest.mark.parametrize("text, surname", [(LIMA, "Fernández-Ortiz"), (ACCRA, "Mensah")])
def test_interviewees_family_name_label_was_typed_a_group_and_swallowed_the_next_word(nlp, text, surname):
    found = tagged(nlp, text)
    assert found.count(("ACTOR", surname)) == 2
    assert not [t for _, t in found if t.startswith(surname + ":")]
    assert ("GROUP", surname) not in found


def test_a_label_naming_nobody_in_full_is_not_made_a_person(nlp):
    # "Nation" answers no question and no person of the text is called so
    assert ("ACTOR", "Nation") not in tagged(nlp, NAIROBI)
