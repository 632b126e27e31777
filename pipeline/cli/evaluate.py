"""`briefs evaluate`: the click shell over the scores against a gold standard."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pipeline.core.errors import InputError
from pipeline.evaluation.scores import evaluate_paths, report_json, report_text


@click.command("evaluate")
@click.argument("gold", type=click.Path(path_type=Path))
@click.argument("predicted", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate_command(gold: Path, predicted: Path, as_json: bool) -> None:
    """Score PREDICTED against GOLD: each a .ann file (with its .txt beside it) or a folder of .txt+.ann pairs."""
    try:
        result = evaluate_paths(gold, predicted)
    except InputError as err:
        raise click.ClickException(str(err)) from None
    click.echo(json.dumps(report_json(result), indent=1) if as_json else report_text(result))
