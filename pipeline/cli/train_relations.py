"""`briefs train-relations`: the click shell over training the relation classifier on the gold's key relations."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.core.errors import InputError
from pipeline.core.paths import MODELS_DIR
from pipeline.relations.classifier import CLASSIFIER_FILE
from pipeline.training.relations import DEFAULT_THRESHOLD


@click.command("train-relations")
@click.option("--gold", type=click.Path(path_type=Path), default=Path("annotations/gold"), show_default=True,
              help="Gold folder with <id>.relations.tsv; its held-out documents (held-out.txt) are never trained on.")
@click.option("--out", type=click.Path(path_type=Path), default=MODELS_DIR / CLASSIFIER_FILE,
              help=f"Classifier file to write [default: models/{CLASSIFIER_FILE}].")
@click.option("--exclude", "exclude", multiple=True, metavar="ID",
              help="Leave this gold document out of training too (repeatable), to score it unseen.")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=DEFAULT_THRESHOLD, show_default=True,
              help="Least probability at which the classifier types a pair the grammar left untyped.")
def train_relations_command(gold: Path, out: Path, exclude: tuple[str, ...], threshold: float) -> None:
    """Train the relation classifier that types co-occurring pairs the grammar leaves untyped; delete the file to
    go back to the grammar's rows alone."""
    from pipeline.training.relations import train_relations

    try:
        classifier, ids, examples = train_relations(gold, out, exclude, threshold)
    except InputError as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"trained {out} on {len(ids)} documents ({examples} pairs, {len(classifier.classes)} classes, "
               f"{len(classifier.weights)} features, threshold {threshold})")
