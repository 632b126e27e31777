"""Turn PDF policy briefs into clean text, standoff entity annotations and relation tables."""

import os

# Arrow's default allocator (mimalloc) reserves about a gigabyte of address space the first time Parquet is written,
# whatever pool Python sets later; under a worker's memory cap (RLIMIT_AS) that reservation alone made documents
# fail. The choice is read once, when Arrow loads, so it is made here, before pandas or pyarrow is imported.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")

__version__ = "0.1.0"
