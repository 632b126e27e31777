"""The document-wide step that types a model's bare guess as the place the document shows its name to be."""

from pipeline.core.mention import Mention
from pipeline.tagging.document_places import places_shown_elsewhere

MODEL = "model:en_core_web_sm"


def test_a_bare_guess_becomes_the_place_shown_by_context():
    mentions = [Mention(0, 6, "PLACE", "Tigray", None, None, "model", f"{MODEL}+context:locative"),
                Mention(40, 46, "ACTOR", "Tigray", None, None, "model", MODEL)]
    assert [m.label for m in places_shown_elsewhere(mentions)] == ["PLACE", "PLACE"]


def test_a_name_also_shown_acting_is_left_alone():
    """"Kigali's soldiers" (ACTOR by the parse) and "in Kigali": the bare guess is not settled by the document."""
    mentions = [Mention(0, 6, "PLACE", "Kigali", None, None, "rule", "gazetteer:kb+roles:parse-location"),
                Mention(10, 16, "ACTOR", "Kigali", None, None, "rule", "gazetteer:kb+roles:parse-possessor"),
                Mention(40, 46, "ACTOR", "Kigali", None, None, "model", MODEL)]
    assert [m.label for m in places_shown_elsewhere(mentions)] == ["PLACE", "ACTOR", "ACTOR"]


def test_a_guess_typed_by_its_own_context_is_left_alone():
    mentions = [Mention(0, 5, "PLACE", "Chapo", None, None, "model", f"{MODEL}+context:locative"),
                Mention(40, 45, "ACTOR", "Chapo", None, None, "model", f"{MODEL}+context:given-name")]
    assert [m.label for m in places_shown_elsewhere(mentions)] == ["PLACE", "ACTOR"]


def test_a_guessed_body_is_left_alone():
    """Federal Register: "submit comments to Docket Operations" reads as a place, the office stays a body."""
    mentions = [Mention(0, 17, "PLACE", "Docket Operations", None, None, "model", f"{MODEL}+context:locative"),
                Mention(40, 57, "GROUP", "Docket Operations", None, None, "model", MODEL)]
    assert [m.label for m in places_shown_elsewhere(mentions)] == ["PLACE", "GROUP"]
