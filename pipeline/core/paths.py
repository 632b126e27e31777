"""Where the project's data lives: the rule files, knowledge base and relation lexicon in `models/`.

One setting moves it all: the `BRIEFS_MODELS` environment variable names another folder. Without it, the
folder installed with the package is used (`models/` of the source tree in an editable install).
"""

from __future__ import annotations

import os
from pathlib import Path

import pipeline.models


def _models_dir() -> Path:
    configured = os.environ.get("BRIEFS_MODELS")
    return Path(configured).resolve() if configured else Path(pipeline.models.__file__).resolve().parent


MODELS_DIR = _models_dir()
KB_PATH = MODELS_DIR / "kb.jsonl"

# What `briefs learn` writes and the learned-rules component reads, under MODELS_DIR.
LEARNED_DIR = "learned"
LEARNED_PATTERNS = "patterns.jsonl"
LEARNED_BLOCKLIST = "blocklist.jsonl"
LEARNED_ALIASES = "aliases.jsonl"


def file_version(path: Path | str) -> tuple[str, int, int]:
    """A cache key that changes when the file does (path, modification time, size): rule files loaded once per
    version, so an edit is seen by a long-lived process (a notebook, a server) on its next load."""
    resolved = Path(path).resolve()
    stat = resolved.stat()
    return str(resolved), stat.st_mtime_ns, stat.st_size
