"""`briefs export`: the click shell over the corpus exports."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.core.errors import InputError
from pipeline.core.standoff import AnnFileError
from pipeline.formats.exports import EXPORTERS, export_corpus


@click.command("export")
@click.option("--format", "fmt", required=True, type=click.Choice(sorted(EXPORTERS)), help="Target format.")
@click.argument("directory", default="annotations", type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path), help="File to write.")
def export_command(fmt: str, directory: Path, output: Path) -> None:
    """Export the annotated documents of DIRECTORY (default: annotations) for other tools."""
    try:
        count = export_corpus(directory, fmt, output)
    except (InputError, AnnFileError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{output}: {count} document(s) as {fmt}")
