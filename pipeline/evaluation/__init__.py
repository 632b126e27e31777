"""Scores against the gold standard: mentions (strict and partial), date values, links and relations.

May import: pipeline.core, pipeline.extract.pdf_glyphs, pipeline.tagging, pipeline.relations.extractor, pipeline.formats.
"""
