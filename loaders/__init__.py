"""Loaders: source texts in, extraction records out (../shared/extraction-format.md).

Each loader module reads one shape of text with a pure `extract(text, source)`.
`read_source` decodes bytes, recognises the shape and calls the right loader.
Loaders know nothing of RDF or IRIs.
"""
from __future__ import annotations

from loaders import sesric_news, sesric_report
from loaders.decode import decode
from loaders.records import Extraction, Problem
from loaders.registry import Registry

# (shape name, recogniser, extractor), tried in order.
SHAPES = [
    ("report", sesric_report.is_activity_report, sesric_report.extract),
    ("news", sesric_news.is_news_page, sesric_news.extract),
]


def extract_text(text: str, source: str, registry: Registry | None = None) -> Extraction:
    """Recognise the shape of text and return what its loader reads."""
    if not text.strip():
        return Extraction(problems=[Problem(source, None, "the file is empty",
                                            "nothing to read; give the page's text", "error")])
    for shape, recognise, extract in SHAPES:
        if recognise(text):
            return extract(text, source, registry)
    return Extraction(problems=[Problem(source, 1, "no loader for this shape yet",
                                        "expected a SESRIC news page (headline, 'التاريخ :' date line, "
                                        "'مكان الانعقاد:' venue line), an activity report or a COMCEC "
                                        "document; file skipped", "error")])


def read_source(data: bytes, source: str, registry: Registry | None = None) -> Extraction:
    """Decode bytes and extract their records; problems say what could not be read."""
    text, problems = decode(data, source)
    if text is None:
        return Extraction(problems=problems)
    result = extract_text(text, source, registry)
    result.problems[:0] = problems
    return result
