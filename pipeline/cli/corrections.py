"""`briefs import`, `learn`, `diff` and `agreement`: click shells over the corrections layer and its comparisons."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from pipeline.core.errors import InputError
from pipeline.core.standoff import AnnFileError
from pipeline.corrections.agreement import agreement, compare_folder, read_pair
from pipeline.corrections.importers import read_annotations
from pipeline.corrections.layer import annotator_name, record_annotation
from pipeline.corrections.learn import LEARNED_DIR, learn
from pipeline.run.manifest import record_effective_counts
from pipeline.tagging.knowledge_base import MODELS_DIR

OUT_OPTION = click.option("--out", "out_dir", default="annotations", show_default=True,
                          type=click.Path(file_okay=False, path_type=Path), help="Folder of the annotated documents.")


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@OUT_OPTION
@click.option("--annotator", help="Name recorded with each correction (default: $BRIEFS_ANNOTATOR, else the OS user).")
def import_command(files, out_dir, annotator):
    """Take annotations corrected in another tool (brat .ann, INCEpTION .xmi/.zip, Label Studio .json) as corrections.

    Each file is checked whole first; a file with any error is rejected and nothing from it is applied.
    The manifest's mention counts follow the corrected documents.
    """
    failures = []
    for path in files:
        try:
            for doc_id, mentions in read_annotations(path, out_dir):
                made = record_annotation(out_dir, doc_id, mentions, annotator_name(annotator))
                record_effective_counts(out_dir, doc_id)
                kinds = Counter(c.kind for c in made)
                detail = ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items())) or "no change"
                click.echo(f"{path}: {doc_id}: {len(made)} correction(s) recorded ({detail})")
        except InputError as error:
            failures.append(str(error))
    for line in failures:
        click.echo(line, err=True)
    if failures:
        sys.exit(1)


@click.command("learn")
@click.argument("directories", nargs=-1, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--models", "models_dir", default=MODELS_DIR, type=click.Path(file_okay=False, path_type=Path),
              help="Rule data folder the tagger reads (default: the project's models/); entries go to its learned/.")
def learn_command(directories, models_dir):
    """Turn the corrections in DIRECTORIES (default: annotations) into patterns, blocked names and aliases."""
    try:
        added = learn(list(directories) or [Path("annotations")], models_dir)
    except InputError as error:
        raise click.ClickException(str(error)) from None
    for name, entries in added.items():
        click.echo(f"{Path(models_dir) / LEARNED_DIR / name}: {len(entries)} new")
        for entry in entries:
            click.echo("  + " + " ".join(f"{k}={v}" for k, v in sorted(entry.items())))


@click.command("diff")
@click.argument("directory", default="annotations", type=click.Path(exists=True, file_okay=False, path_type=Path))
def diff_command(directory):
    """Compare the machine output with the corrected annotations in DIRECTORY."""
    try:
        summary = compare_folder(directory)
    except (InputError, AnnFileError) as error:
        raise click.ClickException(str(error)) from None
    click.echo("per label:\n" + summary.counts.to_string())
    click.echo("\nlabel changes (machine → corrected):\n" + (summary.confusions.to_string() if not summary.confusions.empty else "none"))
    for title, frame in (("added", summary.added), ("removed", summary.removed)):
        click.echo(f"\n{title} ({len(frame)}):" + ("\n" + frame.to_string(index=False) if len(frame) else ""))


@click.command("agreement")
@click.argument("first", type=click.Path(exists=True, path_type=Path))
@click.argument("second", type=click.Path(exists=True, path_type=Path))
def agreement_command(first, second):
    """Agreement between two annotators' .ann files (or folders of them) on the same text."""
    try:
        result = agreement(read_pair(first, second))
    except (InputError, AnnFileError) as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"mentions: {result.matched} matched, {result.only_a} only in {first}, {result.only_b} only in {second}")
    for label, (matched, only_a, only_b) in result.per_label.items():
        total = 2 * matched + only_a + only_b
        click.echo(f"  {label}: F1 {2 * matched / total if total else 1:.4f} ({matched}/{only_a}/{only_b})")
    click.echo(f"mention F1: {float(result.f1):.4f}")
    click.echo(f"token kappa: {float(result.kappa):.4f} over {result.tokens} tokens")
