"""`briefs export`: the click shell over the corpus exports."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.core.errors import InputError
from pipeline.core.standoff import AnnFileError
from pipeline.formats.brat_conf import use_kb_database
from pipeline.formats.exports import EXPORTERS, export_corpus

NORMDB = "brat-normdb"


@click.command("export")
@click.option("--format", "fmt", required=True, type=click.Choice(sorted(EXPORTERS)), help="Target format.")
@click.argument("directory", default="annotations", type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path), help="File to write.")
def export_command(fmt: str, directory: Path, output: Path) -> None:
    """Export the annotated documents of DIRECTORY (default: annotations) for other tools.

    brat-normdb writes the knowledge base for brat's tools/norm_db_init.py and points DIRECTORY's
    tools.conf at the database named after OUTPUT's stem (kept by later runs).
    """
    try:
        count = export_corpus(directory, fmt, output)
        if fmt == NORMDB:
            use_kb_database(directory, output.stem)
    except (InputError, AnnFileError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{output}: {count} document(s) as {fmt}")
    if fmt == NORMDB:
        click.echo(f"{directory / 'tools.conf'}: {output.stem} is the BriefsKB database brat looks up")
