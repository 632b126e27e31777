"""The `briefs` command line: thin click shells over the pipeline's plain functions."""

from __future__ import annotations

import click


@click.group()
@click.version_option(package_name="policy-briefs")
def main() -> None:
    """Turn PDF policy briefs into clean text, entity annotations and relation tables."""


from .run_command import run_command  # noqa: E402

main.add_command(run_command)
from .evaluate import evaluate_command  # noqa: E402

main.add_command(evaluate_command)
from .correction_commands import agreement_command, diff_command, import_command, learn_command  # noqa: E402

for _command in (import_command, learn_command, diff_command, agreement_command):
    main.add_command(_command)
from .exports import export_command  # noqa: E402
from .report import report_command  # noqa: E402
from .tables import relations_command  # noqa: E402

for _command in (relations_command, report_command, export_command):
    main.add_command(_command)
