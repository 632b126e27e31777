"""`briefs relations`: the click shell over the corpus relation tables."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.core.errors import InputError
from pipeline.core.standoff import AnnFileError
from pipeline.relations.tables import TABLES, write_tables


@click.command("relations")
@click.argument("directory", default="annotations", type=click.Path(file_okay=False, path_type=Path))
def relations_command(directory: Path) -> None:
    """Rebuild relations, entities and pairs tables (.csv + .parquet) from the standoff in DIRECTORY.

    Each document's relation rows are kept beside it (<id>.relations.parquet, <id>.mentions.parquet) and only
    re-derived, with a fresh parse, when its .txt, .ann or .json changed since they were derived.
    """
    try:
        tables = write_tables(directory)
    except (InputError, AnnFileError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(", ".join(f"{name}: {tables[name]} rows" for name in TABLES) + f" → {directory}")
