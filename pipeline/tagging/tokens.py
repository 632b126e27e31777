"""The pipeline's tokenizer: the language's own, with citation markers ("Kabila[3]", "June 2004.[5][6]"), the
letter of a cited year ("DESNZ, 2024a") and the dash of a number range ("2021–2024", as the hyphen of "2021-2024"
already is) split off as tokens of their own, so that neither a name nor a date takes a marker inside its span or
loses the word it is glued to, and each year of a range can be a date. Named in models/config.cfg (`[nlp.tokenizer]`), so every component, the gazetteer's name patterns
included, sees the same tokens."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import (
    compile_infix_regex,
    compile_prefix_regex,
    compile_suffix_regex,
    registry,
)

# "[" before a marker's number (the tokenizer has already cut the last "]" off as a suffix), "]" between two
# markers, and a sentence's full stop before one (after a number or a word, not the last dot of "U.S."); a note's
# number printed on the line after the stop, with the stop and a closing bracket or quote before it ("Tobruk.2",
# "(JNIM).5", "closely".3", or after a year's stop or semicolon, "in December 2023.2", "by March 2025;2"; a bracket
# or quote, and a stop, before a bracketed marker, "(IOM).[3]": no name, word or date takes them)
CITATION_INFIXES = (r"(?<=[\w.,;:)\]])\[(?=\d{1,3}(?:\]|$))", r"(?<=\d)\](?=\[)",
                    r"(?:(?<=\d)|(?<=[^\W\d_]{2}))\.(?=\[\d)",
                    r"(?:(?<=[^\W\d_]{2})|(?<=[”\"’)]))\.(?=\d{1,3}$)", r"(?<=\w)[”\"’)](?=\.\d{1,3}$)",
                    r"(?<=^(?:1[89]|20)\d\d)[.;](?=\d{1,2}$)",
                    r"(?<=\w)[)\]”\"’](?=[.,;:]?\[\d)", r"(?<=[)\]”\"’])[.,;:](?=\[\d)")

# an en or em dash between digits, or a digit and a letter: "1998–2000", "28 November–5 December 2024", "2023–June
# 2024" (the language's own infixes split such dashes only between letters)
RANGE_DASH_INFIX = r"(?<=\w)[–—](?=\d)|(?<=\d)[–—](?=[^\W\d_])"

# the letter that tells two cited works of one year apart: "2024a", "(2019b)"
YEAR_LETTER_SUFFIX = r"(?<=^(?:1[89]|20)\d\d)[a-h]"


@registry.tokenizers("briefs_tokenizer_v1")
def make_tokenizer():
    def build(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
            suffix_search=compile_suffix_regex(list(defaults.suffixes or ()) + [YEAR_LETTER_SUFFIX]).search,
            infix_finditer=compile_infix_regex(list(defaults.infixes or ()) + list(CITATION_INFIXES) + [RANGE_DASH_INFIX]).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return build
