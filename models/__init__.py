"""The project's rule data, knowledge base and relation lexicon, installed with the package as `pipeline.models`.

This folder holds data, not code to import: see `pipeline.core.paths` for how it is found.
"""
