"""Turn the bytes of a source file into text, or say why they are not text.

In:  bytes and the source's name.
Out: (text or None, problems). UTF-8 (with or without BOM) and UTF-16 with a
     BOM are read as they are; windows-1256 Arabic is read with a warning;
     binary data is refused with a message naming the file.
"""
from __future__ import annotations

from loaders.records import Problem

_MAGIC = {b"\x89PNG": "a PNG image", b"PK\x03\x04": "a zip archive", b"%PDF": "a PDF file",
          b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"\x1f\x8b": "a gzip archive"}


def decode(data: bytes, source: str) -> tuple[str | None, list[Problem]]:
    """Return the text in data and the problems met decoding it.

    >>> decode("نص".encode("utf-8"), "a.txt")
    ('نص', [])
    >>> decode(b"\\x89PNG\\r\\n", "a.txt")[1][0].message
    'this is a PNG image, not text'
    >>> decode("نص".encode("cp1256"), "a.txt")[0]
    'نص'
    """
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return None, [Problem(source, None, f"this is {what}, not text",
                                  "give the plain-text version of the page (UTF-8); file skipped", "error")]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as exc:
            return None, [Problem(source, None, f"not valid UTF-16 ({exc.reason})",
                                  "re-save the file as UTF-8; file skipped", "error")]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        return None, [Problem(source, None, "binary data (NUL bytes), not text",
                              "give the plain-text version of the page (UTF-8); file skipped", "error")]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        try:
            text = data.decode("cp1256")
        except UnicodeDecodeError:
            return None, [Problem(source, line, f"not valid UTF-8 ({exc.reason} at byte {exc.start})",
                                  "re-save the file as UTF-8; file skipped", "error")]
        return text, [Problem(source, line, f"not valid UTF-8 ({exc.reason} at byte {exc.start}); "
                              "read as windows-1256 Arabic",
                              "check the Arabic reads correctly, or re-save the file as UTF-8")]
