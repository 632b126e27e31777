"""The data every stage shares: the clean document, mentions, the standoff codec, errors, atomic writes, paths.

May import: nothing else of the package (the standard library, numpy, pandas-free). Everything imports it.
"""
