"""Atomic file writes, so an interrupted run never leaves a half-written file."""

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def _read_umask() -> int:
    """Read once at import: os.umask can only be read by setting it, which is not thread-safe."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


# mkstemp makes owner-only files; outputs should follow the user's umask like any other file.
FILE_MODE = 0o666 & ~_read_umask()


@contextmanager
def replacing(path: Path, durable: bool = True) -> Iterator[BinaryIO]:
    """A binary handle on a temporary file in the same folder, renamed over `path` once the block ends without error.

    The rename alone means a killed or failed run never leaves half a file. `durable` also flushes the data to disk
    before the rename, so it survives a power cut too. Only the per-document table parts skip that: nothing reads
    them to decide what a human changed, a re-run rebuilds them, and a disk flush costs milliseconds on a real disk."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """`data` written to `path` atomically (see `replacing`)."""
    with replacing(path, durable) as handle:
        handle.write(data)


def text_bytes(text: str) -> bytes:
    """UTF-8, LF line ends, no BOM: the form brat offsets count on."""
    return text.replace("\r\n", "\n").encode("utf-8")


def write_text(path: Path, text: str, durable: bool = True) -> None:
    write_bytes(path, text_bytes(text), durable)
