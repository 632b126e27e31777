"""The `briefs` command line: thin click shells over the pipeline's plain functions."""

from __future__ import annotations

import importlib

import click

# Command name → "module:attribute"; a command's module is imported only when that command runs,
# so `briefs run` does not pay for plotting or XMI libraries (click's documented lazy-group pattern).
COMMANDS = {
    "run": "pipeline.cli.run:run_command",
    "evaluate": "pipeline.cli.evaluate:evaluate_command",
    "relations": "pipeline.cli.tables:relations_command",
    "report": "pipeline.cli.report:report_command",
    "export": "pipeline.cli.export:export_command",
    "import": "pipeline.cli.corrections:import_command",
    "learn": "pipeline.cli.corrections:learn_command",
    "diff": "pipeline.cli.corrections:diff_command",
    "agreement": "pipeline.cli.corrections:agreement_command",
    "train": "pipeline.cli.train:train_command",
    "train-relations": "pipeline.cli.train_relations:train_relations_command",
}


class LazyGroup(click.Group):
    """A group that imports each subcommand's module on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attribute = COMMANDS[name].split(":")
        return getattr(importlib.import_module(module), attribute)


@click.group(cls=LazyGroup)
@click.version_option(package_name="policy-briefs")
def main() -> None:
    """Turn PDF policy briefs into clean text, entity annotations and relation tables."""
