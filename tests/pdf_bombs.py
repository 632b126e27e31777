"""Small PDFs that are costly to read: a page content stream that inflates to gigabytes, or to millions of
operators. Their streams are made by repeating one self-contained deflate block, so even a gigabyte of content
takes a moment and a few kilobytes per mebibyte to write."""

from __future__ import annotations

import zlib
from pathlib import Path

MiB = 1024 * 1024


def deflated(unit: bytes, mebibytes: int) -> bytes:
    """A zlib stream of `unit` repeated to fill `mebibytes` MiB, built from one block compressed once."""
    chunk = unit * (MiB // len(unit))
    compressor = zlib.compressobj(9)
    first = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)  # zlib header + a block
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)  # no back-references past itself
    checksum = 1
    for _ in range(mebibytes):
        checksum = zlib.adler32(chunk, checksum)
    return first + block * (mebibytes - 1) + b"\x03\x00" + checksum.to_bytes(4, "big")  # empty final block


def write_page_pdf(path: Path, content: bytes) -> Path:
    """A one-page PDF whose page content is the given Flate-compressed stream."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(pdf))
    return path


def inflating_pdf(path: Path, mebibytes: int) -> Path:
    """A page whose content inflates to `mebibytes` MiB of blanks: reading it needs that much memory at once."""
    return write_page_pdf(path, deflated(b" ", mebibytes))


def busy_pdf(path: Path, mebibytes: int = 160) -> Path:
    """A page of `mebibytes` MiB of save/restore operator pairs: tens of millions of operators that draw nothing,
    minutes of interpreting in little memory."""
    return write_page_pdf(path, deflated(b"q Q\n", mebibytes))
