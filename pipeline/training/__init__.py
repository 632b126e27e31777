"""Training: the statistical model's entity recogniser fine-tuned on the development gold and the corrections
layer, with spaCy's own training loop and config, into a model folder the tagger uses when it is present.

May import: pipeline.core, pipeline.extract.pdf_glyphs, pipeline.tagging, pipeline.formats, pipeline.corrections,
pipeline.evaluation.
"""
