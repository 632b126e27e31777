"""Atomic writes: the whole new content or the old file, never a part, with or without a flush to disk."""

import os

import pytest

from pipeline.core import atomic


@pytest.mark.parametrize("durable", [True, False])
def test_a_write_replaces_the_file_whole_with_the_umask_mode_and_no_temporary(tmp_path, durable):
    target = tmp_path / "out" / "doc.txt"
    atomic.write_text(target, "old\r\n", durable)
    atomic.write_bytes(target, "new é\n".encode(), durable)
    assert target.read_bytes() == "new é\n".encode()
    assert target.stat().st_mode & 0o777 == atomic.FILE_MODE
    assert os.listdir(target.parent) == ["doc.txt"]


@pytest.mark.parametrize("durable", [True, False])
def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, durable):
    target = tmp_path / "doc.txt"
    atomic.write_text(target, "kept\n")
    with pytest.raises(TypeError):
        atomic.write_bytes(target, "not bytes", durable)
    assert target.read_text() == "kept\n" and os.listdir(tmp_path) == ["doc.txt"]
