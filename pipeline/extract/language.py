"""The language a document is written in, from its clean text, with py3langid (offline, 97 languages).

py3langid scores character n-grams with naive Bayes: a few milliseconds per document once its model is
loaded (about a second, once per process), and a whole page of text leaves no doubt.
"""

from __future__ import annotations

from functools import cache

SAMPLE = 20_000  # characters read: more than enough to decide, and keeps long reports as quick as short ones
MIN_LETTERS = 40  # below this the guess is not worth recording


def detect_language(text: str) -> dict | None:
    """{"code": ISO 639-1 code, "confidence": probability rounded to 3 places}, or None for too little text."""
    sample = text[:SAMPLE]
    if sum(char.isalpha() for char in sample) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    return {"code": code, "confidence": round(probability, 3)}


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
