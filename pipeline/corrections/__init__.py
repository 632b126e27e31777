"""Human corrections as their own layer: detected in edited standoff, imported from other tools, re-anchored
when the text changes, never overwritten; plus what they teach (`learn`) and how far they moved (`agreement`).

May import: pipeline.core, pipeline.extract.pdf_glyphs, pipeline.tagging, pipeline.relations.extractor, pipeline.formats.
"""
