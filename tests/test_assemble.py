"""Provenance edges are rounded in one pass exactly as round(value, 2) rounds each one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.assemble import hundredths

positions = st.floats(allow_nan=False) | st.integers(-80000, 80000).map(lambda n: n / 8) | st.sampled_from([-0.0, 0.0])


@given(st.lists(positions, max_size=50))
def test_hundredths_match_round_to_two_digits(values):
    assert [repr(v) for v in hundredths(values)] == [repr(round(v, 2)) for v in values]


def test_ties_signed_zeros_and_integers_round_as_round_does():
    values = [0.125, 2.675, 1.005, -0.001, -0.0, 72.5 / 100, float("inf")]
    assert [repr(v) for v in hundredths(values)] == [repr(round(v, 2)) for v in values]
    assert hundredths([1.5, 72]) == [1.5, 72] and isinstance(hundredths([1.5, 72])[1], int)
