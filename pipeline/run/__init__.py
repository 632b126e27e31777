"""Running documents through every stage: one document (`process`), many in parallel and resumable (`batch`),
the manifest, and the same work on a Dask cluster.

May import: every stage package; never pipeline.cli.main.
"""
