"""The `briefs` command line: click shells over the library, and the only place that imports click.

May import: everything.
"""
