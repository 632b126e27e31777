"""The standoff format: what parse_ann reads back from format_ann, and the shortcut that skips the round trip."""

from dataclasses import asdict
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.annotated import read_document
from pipeline.brat import AnnFileError, format_ann, parse_ann, read_back
from pipeline.mention import LABELS, SOURCES, Mention

STANDOFF = Path(__file__).parent / "data" / "standoff"
TEXT = "Ansar eddine met the MNLA in Algiers.\nOn 21 December 2012\tan accord was signed.\n"


def round_trip(mentions: list[Mention], text: str) -> list[Mention] | None:
    try:
        return parse_ann(format_ann(mentions), text)
    except AnnFileError:
        return None


@st.composite
def mentions(draw):
    start = draw(st.integers(-1, len(TEXT)))
    end = draw(st.integers(start - 1, len(TEXT) + 1))
    quoted = TEXT[max(start, 0):max(end, 0)]
    return Mention(start, end, draw(st.sampled_from([*LABELS, "EVENT"])),
                   draw(st.sampled_from([quoted, quoted + "x"])),
                   draw(st.sampled_from([None, "", "mnla", "two words", "kb:id"])),
                   draw(st.sampled_from([None, "", "2012-12-21", "2012 12"])),
                   draw(st.sampled_from([*SOURCES, "guess"])), draw(st.sampled_from([None, "rules"])))


@settings(max_examples=300, deadline=None)
@given(st.lists(mentions(), max_size=5))
def test_read_back_gives_what_the_standoff_reads_back_as_or_defers_to_the_parser(drawn):
    shortcut = read_back(drawn, TEXT)
    assert shortcut is None or shortcut == round_trip(drawn, TEXT)


def test_read_back_takes_the_shortcut_for_a_real_standoff():
    document = read_document(STANDOFF, "sahel-sample")
    tagged = [Mention(m.start, m.end, m.label, m.text, m.entity_id, m.value, m.source, "rule")
              for m in document.mentions]
    assert tagged and read_back(tagged, document.text) == round_trip(tagged, document.text) == document.mentions


def test_read_back_defers_a_mention_across_a_line_break_to_the_parser():
    start = TEXT.index("Algiers")
    across = Mention(start, start + 12, "PLACE", TEXT[start:start + 12])
    assert "\n" in across.text and read_back([across], TEXT) is None and round_trip([across], TEXT) is None


def test_a_mention_record_has_the_dataclass_fields_in_order():
    mention = Mention(4, 9, "DATE", "1 May", None, "2012-05-01", "rule", "dates:day-month")
    assert list(mention.to_json().items()) == list(asdict(mention).items())
    assert Mention(**mention.to_json()) == mention
