"""The `briefs` command line: thin click shells over the pipeline's plain functions."""

from __future__ import annotations

import click


@click.group()
@click.version_option(package_name="policy-briefs")
def main() -> None:
    """Turn PDF policy briefs into clean text, entity annotations and relation tables."""
