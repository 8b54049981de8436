"""Loaders: source texts in, extraction records out (../shared/extraction-format.md).

Each loader module reads one shape of text with a pure `extract(text, source)`.
`read_source` decodes bytes, recognises the shape and calls the right loader.
Loaders know nothing of RDF or IRIs.
"""
from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path

from loaders import comcec_doc, sesric_news, sesric_report
from loaders.decode import decode
from loaders.records import Extraction, Problem
from loaders.registry import Registry

# The longest line read; the rest of a longer line is skipped with an error (issue 8: a 50 MB line).
MAX_LINE = 100_000

# (shape name, recogniser, extractor), tried in order.
SHAPES = [
    ("committee", comcec_doc.is_committee_document, comcec_doc.extract),
    ("report", sesric_report.is_activity_report, sesric_report.extract),
    ("news", sesric_news.is_news_page, sesric_news.extract),
    # a news page without its date line, dated in the story: tried after the shapes with a header of their
    # own, and never for PDF-damaged text (the fallback below reads that)
    ("news", lambda text: sesric_news.is_undated_news_page(text) and not comcec_doc.is_damaged_pdf_text(text),
     sesric_news.extract),
    ("pdf-document", comcec_doc.is_damaged_pdf_text, comcec_doc.extract),
]


def extract_text(text: str, source: str, registry: Registry | None = None) -> Extraction:
    """Recognise the shape of text and return what its loader reads."""
    if not text.strip():
        return Extraction(problems=[Problem(source, 1, "the file is empty" if not text else
                                            "the file holds only white space",
                                            "nothing to read; give the page's text", "error")])
    for shape, recognise, extract in SHAPES:
        if recognise(text):
            return extract(text, source, registry)
    return Extraction(problems=[Problem(source, 1, "no loader for this shape yet",
                                        "expected a SESRIC news page (headline, 'التاريخ :' date line, "
                                        "'مكان الانعقاد:' venue line), an activity report or a COMCEC "
                                        "document; file skipped", "error")])


def read_source(data: bytes, source: str, registry: Registry | None = None) -> Extraction:
    """Decode bytes and extract their records; problems say what could not be read.

    Nothing raises here: a loader that fails on one file (a bug) becomes an
    error naming the file, with the traceback kept for `oickg --debug`, and
    the caller goes on with the next file.

    >>> read_source(b"", "empty.txt").problems[0].message
    'the file is empty'
    """
    text, problems = decode(data, source)
    if text is None:
        return Extraction(problems=problems)
    text, cut = limit_lines(text, source)
    try:
        result = extract_text(text, source, registry)
    except Exception as exc:  # a bug in one loader must not stop the other files (issue 8)
        return Extraction(problems=problems + cut + [LoaderFailed.from_exception(source, exc)])
    result.problems[:0] = problems + cut
    return result


def limit_lines(text: str, source: str, limit: int = MAX_LINE) -> tuple[str, list[Problem]]:
    """Cut every line longer than limit characters, and say which lines were cut.

    No page has such lines (the longest in the sample corpus has 2,220
    characters); a 50 MB line is damage, and reading it whole would take minutes.

    >>> limit_lines("short\\n" + "x" * 12, "a.txt", limit=10)[0]
    'short\\nxxxxxxxxxx'
    >>> print(limit_lines("short\\n" + "x" * 12, "a.txt", limit=10)[1][0])
    a.txt:2: error: line 2 has 12 characters; only its first 10 were read (split the text into lines; the rest of the line is skipped)
    """
    if len(text) <= limit:
        return text, []
    lines = text.split("\n")
    long = [i for i, line in enumerate(lines) if len(line) > limit]
    if not long:
        return text, []
    problems = [Problem(source, i + 1, f"line {i + 1} has {len(lines[i]):,} characters; only its first "
                        f"{limit:,} were read", "split the text into lines; the rest of the line is skipped", "error")
                for i in long]
    for i in long:
        lines[i] = lines[i][:limit]
    return "\n".join(lines), problems


@dataclass(frozen=True)
class LoaderFailed(Problem):
    """A loader raised on one file: an error naming the file, with the traceback for --debug."""

    traceback: str = ""

    @classmethod
    def from_exception(cls, source: str, exc: Exception) -> "LoaderFailed":
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return cls(source, 1, f"the loader failed on this file ({type(exc).__name__}: {exc} "
                   f"in {Path(where.filename).name}:{where.lineno})",
                   "a bug in oic-kg: report it with this file; run `oickg --debug ...` for the "
                   "traceback; file skipped, the other files are read", "error",
                   "".join(traceback.format_exception(exc)))
