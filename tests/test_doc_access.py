"""Cheap Doc reads: the same text, words and character offsets spaCy gives, on real paragraphs and awkward spacing."""

import pytest
import spacy

from pipeline.tagging.doc_access import char_bounds, doc_text, doc_words, tokens_where


@pytest.fixture(scope="module")
def docs(seed_txt):
    lines = [line for line in seed_txt.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines += ["  Two  spaces\tand a tab ", "Mali's  (AQIM) -- the end.  ", "x"]
    return list(spacy.blank("en").pipe(lines))


def test_reads_agree_with_spacy(docs):
    for doc in docs:
        assert doc_text(doc) == doc.text
        assert doc_words(doc) == [token.text for token in doc]
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 5) + 1):
                assert char_bounds(doc, start, end) == (doc[start:end].start_char, doc[start:end].end_char)


def test_tokens_where_selects_by_text(docs):
    for doc in docs:
        assert tokens_where(doc, str.istitle) == [token.i for token in doc if token.text.istitle()]
