"""Stage 4, formats: per-document records (.txt, .ann, .json), brat configuration, exports for other tools
(spaCy, CoNLL, JSONL, XMI, Label Studio), displaCy pages and the corpus report.

May import: pipeline.core, pipeline.extract.pdf_glyphs, pipeline.tagging, pipeline.relations.extractor.
"""
