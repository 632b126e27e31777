"""Repeat detection: the set-apart copy goes, the body copy stays, text said once is never dropped."""

from pipeline.extract.dedupe import find_copies, kept_offsets, words

BODY = "Trade across the desert has grown quickly, and smugglers now use the same roads as the traders do."
QUOTE = "Smugglers now use the same roads as the traders do."


def test_words_ignore_case_hyphens_and_punctuation():
    assert words("The North-South “divide”, vis-à-vis Al-Qaeda.") == [
        "the",
        "northsouth",
        "divide",
        "visàvis",
        "alqaeda",
    ]


def test_quote_is_dropped_and_body_kept():
    assert find_copies(
        [BODY, QUOTE, "Another paragraph says something else entirely here."], [0, 2, 0], [True] * 3
    ) == {1}


def test_equal_copies_drop_the_set_apart_one_only():
    assert find_copies([BODY, BODY], [2, 0], [True, True]) == {0}
    assert find_copies([BODY, BODY], [0, 2], [True, True]) == {1}


def test_text_said_once_is_never_dropped():
    texts = [
        "The first paragraph tells one thing about the river.",
        "The second paragraph tells another about the dam.",
    ]
    assert find_copies(texts, [5, 5], [True, True]) == set()


def test_sentence_split_between_blocks_still_counts_as_the_kept_copy():
    texts = [
        "Trade across the desert has grown quickly, and smugglers now",
        "use the same roads as the traders do.",
        QUOTE,
    ]
    assert find_copies(texts, [0, 0, 2], [True] * 3) == {2}


def test_only_eligible_blocks_are_dropped():
    assert find_copies([BODY, QUOTE], [0, 0], [True, False]) == set()


def test_kept_offset_points_at_the_body_copy():
    text = "Intro.\n" + BODY + "\n"
    (offset,) = kept_offsets([QUOTE], text)
    assert text[offset:].startswith("smugglers now use")
    assert kept_offsets(["Words that the text never says at all."], text) == [None]


def test_a_sentence_found_nowhere_word_for_word_keeps_its_block():
    quote = (
        "Cross-border trade between Mali and Gao has shaped local politics for decades. "
        "The talks held in Gao brought together AQIM and envoys of Mali."
    )
    body = (
        "Cross-border trade between Mali and Kidal has shaped local politics for decades. Cross-border trade "
        "between Niger and Gao has shaped local politics for decades. The talks held in Gao brought together "
        "AQIM and envoys of Mali."
    )
    assert find_copies([body, quote], [0, 2], [True, True]) == set()


def test_word_split_by_a_hyphen_between_blocks_still_matches():
    quote = "A milestone on the road to the political settlement of the Mali crisis was reached."
    texts = ["A milestone on the road to the political settlement of the Mali cri-", "sis was reached.", quote]
    assert find_copies(texts, [0, 0, 2], [True] * 3) == {2}
