"""`briefs evaluate`: the click shell over the scores against a gold standard (mentions, or with --relations the
key relations)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pipeline.core.errors import InputError


@click.command("evaluate")
@click.argument("gold", type=click.Path(path_type=Path))
@click.argument("predicted", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--relations", is_flag=True,
              help="Score the relation table of PREDICTED against the key relations (<id>.relations.tsv) in GOLD.")
@click.option("--held-out", "held_out", multiple=True, metavar="ID",
              help="With --relations: a document kept out of development, reported separately (repeatable), besides "
                   "those the gold folder's held-out.txt lists.")
@click.option("--details", is_flag=True, help="With --relations: list missed gold relations and wrong typed rows.")
def evaluate_command(gold: Path, predicted: Path, as_json: bool, relations: bool, held_out: tuple[str, ...],
                     details: bool) -> None:
    """Score PREDICTED against GOLD: each a .ann file (with its .txt beside it) or a folder of .txt+.ann pairs;
    with --relations, GOLD is a folder of <id>.relations.tsv (or one such file) and PREDICTED an output folder."""
    try:
        if relations:
            from pipeline.evaluation import relations as scoring

            scores = scoring.evaluate_relations(gold, predicted, held_out)
            click.echo(json.dumps(scoring.report_json(scores), indent=1) if as_json
                       else scoring.report_text(scores, details), nl=False)
            return
        from pipeline.evaluation.scores import evaluate_paths, report_json, report_text

        result = evaluate_paths(gold, predicted)
    except InputError as err:
        raise click.ClickException(str(err)) from None
    click.echo(json.dumps(report_json(result), indent=1) if as_json else report_text(result))
