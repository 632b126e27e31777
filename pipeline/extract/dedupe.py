"""Finding pull-quotes and summary-box copies: blocks whose words the rest of the document already says."""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

SHINGLE = 4  # words per shingle
MIN_WORDS = 6  # shorter blocks (headings, labels) are never treated as copies
CONTAINED = 0.8  # share of a block's shingles found elsewhere that makes it a copy
COMPARISON_BUDGET = 5_000_000  # words of the document read, all candidate copies together (tens of times a brief's)

_TOKEN = re.compile(r"\w+(?:[-‐'’]\w+)*")
_INNER = str.maketrans("", "", "-‐'’")  # dropped from inside words


def words(text: str) -> list[str]:
    """Lower-cased words with inner hyphens and apostrophes dropped, so line breaks and quotes don't matter."""
    return [token.translate(_INNER).lower() for token in _TOKEN.findall(text)]


def _windows(tokens: list[str]):
    """Every run of SHINGLE consecutive tokens, in order (zipped shifted copies: the streams are long)."""
    return zip(*(tokens[k:] for k in range(SHINGLE)))


def shingles(tokens: list[str]) -> set[tuple[str, ...]]:
    return set(_windows(tokens))


def _counts(tokens: list[str]) -> Counter:
    return Counter(_windows(tokens))


def _share(block: list[str], everywhere: Counter) -> float:
    """Quick upper bound of containment: the share of a block's shingles the whole stream has more often."""
    own = _counts(block)
    return sum(everywhere[shingle] > count for shingle, count in own.items()) / len(own)


def containment(own: set, stream: list[str]) -> float:
    """The share of a block's shingles that occur in the stream (only those are kept while scanning it)."""
    return len(set(filter(own.__contains__, _windows(stream)))) / len(own) if own else 0.0


class Corpus:
    """The blocks of one document as words, read as a stream with any one set of blocks left out."""

    def __init__(self, texts: list[str]):
        self.texts = texts
        self.tokens = [words(text) for text in texts]
        self.cut = [text.rstrip().endswith(("-", "‐", "\u00ad")) for text in texts]

    def stream(self, skip: set[int]) -> list[str]:
        """The words of the other blocks in order, a word split by a hyphen between two blocks made whole."""
        stream: list[str] = []
        joins = False
        for i, block in enumerate(self.tokens):
            if i in skip or not block:
                continue
            if joins and stream:
                stream[-1] += block[0]
                stream.extend(block[1:])
            else:
                stream.extend(block)
            joins = self.cut[i]
        return stream


def said_in(text: str, stream: list[str]) -> bool:
    """Whether `text` is long enough to count and each of its sentences occurs word for word in the stream."""
    joined = " " + " ".join(stream) + " "
    sentences = (words(part) for part in re.split(r"(?<=[.!?;:])\s+", text))
    return len(words(text)) >= MIN_WORDS and all(
        " " + " ".join(sentence) + " " in joined for sentence in sentences if len(sentence) >= SHINGLE
    )


def find_copies(texts: list[str], aside_scores: list[float], eligible: list[bool]) -> set[int]:
    """Indices of blocks to drop as repeats: the most set-apart copy goes first, so the body copy stays.

    A block is dropped only while every sentence of it still occurs, word for word, in the blocks that
    remain, so text said once is never lost, even when two copies look equally set apart. Only
    `eligible` blocks may go.
    """
    corpus = Corpus(texts)
    own = [shingles(t) if len(t) >= MIN_WORDS and ok else set() for t, ok in zip(corpus.tokens, eligible)]
    everywhere = _counts(corpus.stream(set()))
    likely = [i for i in range(len(texts)) if own[i] and _share(corpus.tokens[i], everywhere) >= CONTAINED]
    likely = _affordable(likely, aside_scores, sum(everywhere.values()))
    repeated = {i for i in likely if containment(own[i], corpus.stream({i})) >= CONTAINED}
    scores = [aside_scores[i] + 0.5 * sum(j in repeated for j in (i - 1, i + 1)) for i in range(len(texts))]
    removed: set[int] = set()
    for i in sorted(repeated, key=lambda i: (-scores[i], -i)):
        rest = corpus.stream(removed | {i})
        if containment(own[i], rest) >= CONTAINED and said_in(texts[i], rest):
            removed.add(i)
    return removed


def _affordable(likely: list[int], aside_scores: list[float], words: int) -> list[int]:
    """The candidates that can be checked within COMPARISON_BUDGET, the most set-apart first.

    Each candidate is compared with the whole rest of the document. A brief has a handful; text whose words repeat
    everywhere (glyphs without a Unicode mapping read as "(cid:12)", say) makes nearly every block one, and
    checking them all would take time that grows with the square of the document's length.
    """
    limit = max(1, COMPARISON_BUDGET // max(1, words))
    if len(likely) <= limit:
        return likely
    return sorted(sorted(likely, key=lambda i: (-aside_scores[i], i))[:limit])


def kept_offsets(copies: list[str], text: str) -> list[int | None]:
    """For each removed copy, where in the clean text the kept occurrence begins.

    Every shared shingle votes for an alignment of the copy against the text; the best-supported
    alignment wins, so a copy whose opening words also occur elsewhere still points at its own match.
    """
    copy_shingles = [list(_windows(words(copy))) for copy in copies]
    wanted = set().union(*copy_shingles)
    if not wanted:
        return [None] * len(copies)
    normalised = words(text)
    positions: dict[tuple[str, ...], list[int]] = {}
    for start, shingle in enumerate(_windows(normalised)):
        if shingle in wanted:
            positions.setdefault(shingle, []).append(start)
    offsets: list[int | None] = []
    for own in copy_shingles:
        votes: Counter = Counter()
        for index, shingle in enumerate(own):
            for start in positions.get(shingle, ()):
                votes[start - index] += 1
        if not votes:
            offsets.append(None)
            continue
        alignment = min(votes, key=lambda a: (-votes[a], a))
        offsets.append(next(islice(_TOKEN.finditer(text), max(alignment, 0), None)).start())
    return offsets
