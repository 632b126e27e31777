"""Mention records: what the JSON output and the corrections layer store of each mention."""

from dataclasses import asdict

from pipeline.core.mention import Mention


def test_a_mention_record_has_the_dataclass_fields_in_order():
    mention = Mention(4, 9, "DATE", "1 May", None, "2012-05-01", "rule", "dates:day-month")
    assert list(mention.to_json().items()) == list(asdict(mention).items())
    assert Mention(**mention.to_json()) == mention
