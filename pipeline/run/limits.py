"""Per-document limits of a batch run: how much memory a worker process may hold and how long a document may take,
and the one-line reasons a document gets when it breaks one or its worker dies."""

from __future__ import annotations

import re
import resource
from dataclasses import dataclass

DEFAULT_MEMORY = "2GB"
DEFAULT_TIMEOUT = 300.0
_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:I?B)?\s*$", re.I)


@dataclass(frozen=True)
class Limits:
    """Address space per worker process in bytes and seconds per document; None for no limit."""

    memory: int | None = None
    timeout: float | None = None


def parse_size(text: str) -> int | None:
    """Bytes in "2GB", "1.5G", "512MiB", "800M" or "2147483648" (units are powers of 1024); None for "0"."""
    match = _SIZE.match(str(text))
    if not match:
        raise ValueError(f"{text!r} is not a size such as 2GB, 512MB or 0 for no limit")
    size = int(float(match.group(1)) * _UNITS[match.group(2).upper()])
    return size or None


def describe_size(size: int) -> str:
    """A size as people write it: "2 GB", "1.5 GB", "512 MB" (powers of 1024)."""
    for unit in ("T", "G", "M", "K"):
        if size >= _UNITS[unit]:
            return f"{size / _UNITS[unit]:.4g} {unit}B"
    return f"{size} bytes"


def describe_seconds(seconds: float) -> str:
    return f"{seconds:.4g} s"


def limit_memory(size: int | None) -> None:
    """Cap this process's address space at `size` bytes (never above the hard limit already in force), so an
    allocation past it raises MemoryError here instead of growing until the kernel kills something."""
    if size is None:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (size if hard == resource.RLIM_INFINITY else min(size, hard), hard))


def out_of_memory() -> str:
    """Why a document that raised MemoryError failed, naming the limit this process runs under."""
    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    if soft == resource.RLIM_INFINITY:
        return "ran out of memory"
    return f"exceeded the {describe_size(soft)} memory limit"


def timed_out(limits: Limits) -> str:
    return f"timed out after {describe_seconds(limits.timeout)}"


def worker_died(exitcode: int | None) -> str:
    """Why a document failed whose worker process ended under it: a signal (9 is what the OOM killer sends) or an exit."""
    if exitcode is not None and exitcode < 0:
        return f"worker died (signal {-exitcode})"
    return f"worker died (exit status {exitcode})"
