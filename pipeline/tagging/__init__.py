"""Stage 2, tag and link: spaCy components and the rules behind them give ACTOR, GROUP, PLACE and DATE mentions,
each linked to a knowledge-base entity or given a TIMEX3 value. `tagger.load_nlp` and `tagger.tag_document` are
the entry points; every other module is a plain function or a thin spaCy shell over one.

May import: pipeline.core, pipeline.extract.pdf_glyphs.
"""
