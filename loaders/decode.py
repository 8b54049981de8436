"""Turn the bytes of a source file into text, or say why they are not text.

In:  bytes and the source's name.
Out: (text or None, problems). UTF-8 (with or without BOM) and UTF-16/UTF-32
     with a BOM are read as they are; UTF-16 without a BOM is recognised;
     lines that are not UTF-8 are read as windows-1256 Arabic with a warning
     naming them (a file may mix the two); a file cut in the middle of a
     character loses only that character; an HTML page is read as its text;
     binary data is refused with a message naming the file.

Every problem names a line (1 when the whole file is at fault), so a message
always reads `file:line: severity: message (what to do)`.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from loaders.records import Problem

_MAGIC = {b"\x89PNG": "a PNG image", b"PK\x03\x04": "a zip archive", b"%PDF": "a PDF file",
          b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"\x1f\x8b": "a gzip archive",
          b"\x7fELF": "a program (ELF)", b"\xd0\xcf\x11\xe0": "an old Office document",
          b"7z\xbc\xaf": "a 7-zip archive", b"Rar!": "a RAR archive"}
# UTF-32 first: its little-endian BOM begins with UTF-16's.
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_SKIPPED = "give the plain-text version of the page (UTF-8); file skipped"
# An HTML page, whatever its suffix: a doctype or one of the tags a page opens with.
_HTML = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|h[1-6])[\s>]",
                   re.IGNORECASE | re.DOTALL)
# Control characters that never occur in text (NUL, and C0 codes other than tab, newlines, form feed).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def decode(data: bytes, source: str) -> tuple[str | None, list[Problem]]:
    """Return the text in data and the problems met decoding it.

    >>> decode("نص".encode("utf-8"), "a.txt")
    ('نص', [])
    >>> decode(b"\\x89PNG\\r\\n", "a.txt")[1][0].message
    'this is a PNG image, not text'
    >>> decode("نص".encode("cp1256"), "a.txt")[0]
    'نص'
    >>> text, problems = decode("سطر\\n".encode() + "نص".encode("cp1256"), "a.txt")
    >>> text, problems[0].line
    ('سطر\\nنص', 2)
    """
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return None, [Problem(source, 1, f"this is {what}, not text", _SKIPPED, "error")]
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _from_unicode(data, codec, source, [])
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        return _without_bom(data, source)
    text, problems = _utf8_or_arabic(data, source)
    if _CONTROL.search(text[:4096]) and len(_CONTROL.findall(text[:4096])) > len(text[:4096]) // 20:
        return None, [Problem(source, 1, "binary data (control characters), not text", _SKIPPED, "error")]
    return _html_to_text(text, source, problems)


def _from_unicode(data: bytes, codec: str, source: str, problems: list[Problem]):
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        if exc.end < len(data) or len(data) - exc.start > 3:
            return None, [Problem(source, 1, f"not valid {codec.upper()} ({exc.reason} at byte {exc.start})",
                                  "re-save the file as UTF-8; file skipped", "error")]
        text = data[:exc.start].decode(codec)
        problems.append(_truncated(source, text))
    return _html_to_text(text.lstrip("\ufeff"), source, problems)


def _without_bom(data: bytes, source: str):
    """NUL bytes: UTF-16 without its byte-order mark, or binary data."""
    # ASCII in UTF-16 puts its NUL bytes all at even (big-endian) or all at odd (little-endian) offsets.
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    codec = "utf-16-le" if odd > 4 * even else "utf-16-be" if even > 4 * odd else None
    if codec is not None:
        try:
            text = data[:len(data) - len(data) % 2].decode(codec)
        except UnicodeDecodeError:
            text = None
        if text is not None and not _CONTROL.search(text):
            problem = Problem(source, 1, f"the file is {codec.upper()} without a byte-order mark; read as such",
                              "re-save the file as UTF-8")
            return _html_to_text(text, source, [problem])
    return None, [Problem(source, 1, "binary data (NUL bytes), not text", _SKIPPED, "error")]


def _utf8_or_arabic(data: bytes, source: str) -> tuple[str, list[Problem]]:
    """Read UTF-8; a line that is not UTF-8 is read as windows-1256 Arabic, and the lines are named."""
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            try:
                text = data[:exc.start].decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                return text, [_truncated(source, text)]
    lines = data.split(b"\n")
    out, arabic, truncated = [], [], False
    for number, line in enumerate(lines, 1):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            truncated = number == len(lines) and exc.reason == "unexpected end of data" and exc.end == len(line)
            if truncated:
                out.append(line[:exc.start].decode("utf-8", errors="replace"))
            else:
                out.append(line.decode("cp1256", errors="replace"))
                arabic.append(number)
    text = "\n".join(out)
    problems = []
    if arabic:
        which = f"line {arabic[0]}" if len(arabic) == 1 else f"{len(arabic)} lines, from line {arabic[0]}"
        problems.append(Problem(source, arabic[0], f"not valid UTF-8 ({which}); read as windows-1256 Arabic",
                                "check the Arabic reads correctly, or re-save the file as UTF-8"))
    if truncated:
        problems.append(_truncated(source, text))
    return text, problems


def _truncated(source: str, text: str) -> Problem:
    return Problem(source, text.count("\n") + 1, "the file ends in the middle of a character: it looks truncated",
                   "the text up to there is read; give the whole file if more is missing")


# The page's <head> (its <title> is the site's, not the headline), scripts and styles are not text.
_HIDDEN = ("head", "script", "style", "noscript", "template")


class _TextOfHtml(HTMLParser):
    """Collect the text of an HTML page, one line per block element, head, scripts and styles left out."""

    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title", "section",
              "article", "header", "footer", "table", "ul", "ol", "blockquote", "pre", "hr", "dd", "dt"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_text(html: str) -> str:
    """Return the visible text of an HTML page, one line per block, blank lines between paragraphs.

    >>> html_text("<html><head><title>SESRIC</title></head><body><h1>عنوان</h1><p>التاريخ :&nbsp;07 أكتوبر 2025</p>"
    ...           "<script>x()</script><p>نص</p></body></html>")
    'عنوان\\n\\nالتاريخ : 07 أكتوبر 2025\\n\\nنص'
    """
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _html_to_text(text: str, source: str, problems: list[Problem]):
    if not _HTML.match(text[:4096]):
        return text, problems
    problems.append(Problem(source, 1, "this is an HTML page; read its text without the tags",
                            "line numbers below count lines of that text; give the plain text to keep the file's"))
    return html_text(text), problems


def readable_name(name: str) -> str:
    """Return a file name as valid Unicode: bytes that were not UTF-8 become U+FFFD.

    A name read from a disk may hold undecodable bytes (as surrogates); they
    cannot be written as UTF-8, in JSON, RDF or on a terminal.

    >>> readable_name("\\udcff\\udcfe page.txt"), readable_name("تقرير.txt")
    ('�� page.txt', 'تقرير.txt')
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
