"""`briefs train`: the click shell over fine-tuning the model's entity recogniser on the gold and the corrections."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.core.errors import InputError


@click.command("train")
@click.option("--gold", type=click.Path(path_type=Path), default=Path("annotations/gold"), show_default=True,
              help="Gold folder; its held-out documents (held-out.txt) are never trained on.")
@click.option("--annotations", type=click.Path(path_type=Path), default=Path("annotations"), show_default=True,
              help="Output folder whose corrected documents (<id>.corrections.jsonl) are trained on too.")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Model folder to write [default: models/trained].")
@click.option("--epochs", type=int, default=8, show_default=True)
@click.option("--exclude", "exclude", multiple=True, metavar="ID",
              help="Leave this gold document out of training too (repeatable); --compare then scores these.")
@click.option("--compare", is_flag=True, help="Then score the held-out documents (or the --exclude ones) with the "
              "trained and the untrained model.")
def train_command(gold: Path, annotations: Path, out: Path | None, epochs: int, exclude: tuple[str, ...],
                  compare: bool) -> None:
    """Fine-tune the statistical model's entity recogniser (spaCy's own training) into models/trained,
    which the tagger then uses by default; delete the folder to go back to the installed model."""
    from pipeline.training.train import TRAINED_DIR, train

    try:
        trained = train(gold, annotations, out or TRAINED_DIR, max_epochs=epochs, exclude=exclude)
    except InputError as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"trained {trained['out']} from {trained['base']} on {len(trained['documents'])} documents "
               f"({trained['entities']} entities): {', '.join(trained['documents'])}")
    if compare:
        from pipeline.training.compare import comparison_table, unseen_scores

        models = {"untrained": trained["base"], "trained": trained["out"]}
        click.echo(comparison_table(unseen_scores(gold, models, exclude)))
