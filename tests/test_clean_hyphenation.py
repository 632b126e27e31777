"""Line-end hyphens: split words are rejoined, real compounds keep their hyphen."""

import pytest

from pipeline.extract.hyphenation import HyphenJudge, known_words, split_word_ends

DOCUMENT = ["Iyad ag-Ghaly met the envoys.", "The Algerian army moved.", "MUJWA and AQIM.", "vis-à-vis the neighbours"]


@pytest.mark.parametrize(
    "before, after, joined",
    [
        ("trust be-", "tween the", True),  # known word
        ("an intercon-", "nected border", True),
        ("the Alge-", "rian army", True),  # the document spells it whole
        ("the MU-", "JWA group", True),  # whole elsewhere, despite capitals
        ("Iyad ag-", "Ghaly said", False),  # the document spells it hyphenated
        ("the North-", "South divide", False),  # capitalised second part
        ("the Al-", "Qaeda franchise", False),
        ("government vis-", "à-vis the", False),  # the next word goes on as a compound
        ("the post-", "colonial period", False),  # two words, no single word
        ("jihad-", "ism spread", True),  # a suffix
        ("Souley-", "mou Maïga", True),  # unknown name pieces: a split word
    ],
)
def test_hyphen_decisions(before, after, joined):
    judge = HyphenJudge(DOCUMENT)
    assert judge.joins(*split_word_ends(before, after)) is joined


def test_no_decision_without_letters_on_both_sides():
    assert split_word_ends("in 2011-", "2012 the") is None
    assert split_word_ends("the word", "next") is None


def test_word_list_comes_from_the_installed_model():
    words = known_words()
    assert {"between", "interconnected", "region"} <= words and "intercon" not in words
