"""Stage 3, relations: who did what to whom, when and where, derived from the standoff; and the corpus tables.

May import: pipeline.core, pipeline.extract.pdf_glyphs, pipeline.tagging.
"""
