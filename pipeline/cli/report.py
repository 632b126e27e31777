"""`briefs report`: the click shell over the corpus report."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.core.errors import InputError
from pipeline.core.standoff import AnnFileError
from pipeline.formats.report import write_report


@click.command("report")
@click.argument("directory", default="annotations", type=click.Path(file_okay=False, path_type=Path))
@click.option("--co-occurs", "co_occurs", is_flag=True,
              help="Draw co-occurrences in the network too (by default only typed relations).")
def report_command(directory: Path, co_occurs: bool) -> None:
    """Write report.html, network.svg, timeline.svg and one <id>.html page per document into DIRECTORY."""
    try:
        path = write_report(directory, co_occurs)
    except (InputError, AnnFileError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(str(path))
