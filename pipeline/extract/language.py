"""The language a document is written in, from its clean text, with py3langid (offline, ISO 639-1 languages).

py3langid scores character n-grams with naive Bayes: a few milliseconds per document once its model is
loaded (about a second, once per process). A page of text leaves no doubt; a line or two of names may
look like anything, so a short text or an unsure guess records no language at all.
"""

from __future__ import annotations

from functools import cache

SAMPLE = 20_000  # characters read: more than enough to decide, and keeps long reports as quick as short ones
MIN_LETTERS = 100  # about twenty words
MIN_CONFIDENCE = 0.9


def detect_language(text: str) -> dict | None:
    """{"code": ISO 639-1 code, "confidence": probability rounded to 3 places}, or None when unsure."""
    sample = text[:SAMPLE]
    if sum(char.isalpha() for char in sample) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    if probability < MIN_CONFIDENCE:
        return None
    return {"code": code, "confidence": round(probability, 3)}


@cache
def _identifier():
    """py3langid's model restricted to languages with an ISO 639-1 code (it also knows dialects and 'no language')."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([code for code in identifier.labels if len(code) == 2])
    return identifier
