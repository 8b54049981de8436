"""Bad input never crashes a build and never silently drops data (DESIGN.md, Invariants; issue 8).

Each case goes through the real command line: the file and line are named in a
message that says what to do, every readable record is kept, the exit status
is 1 when anything was skipped, and no traceback reaches the user unless
`--debug` asks for it.
"""
from __future__ import annotations

import io
import json
import os
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORPUS, ROOT

import loaders
from oickg.cli import cli

PAGE = CORPUS / "002_3f67964ab990a2d2.txt"  # a news page: headline, date line, venue line, story
TEXT = PAGE.read_text(encoding="utf-8")
LINES = TEXT.splitlines(keepends=True)
OICKG = ROOT / ".venv" / "bin" / "oickg"
# `make fuzz` sets OICKG_LONG=1: the full sizes the issue names, where they are too slow for `make test`.
BULLETS = 10_000 if os.environ.get("OICKG_LONG") else 1_000
# file:line: severity: message (what to do)
PROBLEM = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+): (?P<severity>error|warning): (?P<message>.+) \((?P<hint>.+)\)$")


def extract(*paths, debug=False):
    args = (["--debug"] if debug else []) + ["extract", *map(str, paths)]
    return CliRunner().invoke(cli, args)


def records_of(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def problems_of(result) -> list[re.Match]:
    """Every stderr line, parsed; a line that is not a well-formed problem fails the test."""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    parsed = [PROBLEM.match(line) for line in lines]
    assert all(parsed), f"not in the form file:line: severity: message (hint):\n{result.stderr}"
    assert "Traceback" not in result.stderr
    return parsed


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def assert_skipped_with_a_good_file_kept(tmp_path, bad: Path, words: str):
    """The bad file is named with line and hint, the good one's record is kept, exit status 1."""
    result = extract(bad, PAGE)
    assert result.exit_code == 1, result.output
    problems = problems_of(result)
    assert any(p["path"].endswith(bad.name) and p["severity"] == "error" and re.search(words, p["message"])
               for p in problems), result.stderr
    assert [r["source"] for r in records_of(result)] == [PAGE.name]


def test_an_empty_file_is_an_error_naming_it_and_the_other_file_is_still_read(tmp_path):
    assert_skipped_with_a_good_file_kept(tmp_path, write(tmp_path, "empty.txt", b""), "empty")


def test_a_file_of_white_space_only_is_an_error_naming_it(tmp_path):
    assert_skipped_with_a_good_file_kept(tmp_path, write(tmp_path, "blank.txt", " \n\t\r\n  \n"), "white space")


def test_a_png_image_is_refused_by_name(tmp_path):
    png = write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert_skipped_with_a_good_file_kept(tmp_path, png, "PNG image")


def test_a_zip_archive_is_refused_by_name(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page.txt", TEXT)
    assert_skipped_with_a_good_file_kept(tmp_path, write(tmp_path, "pages.txt", buffer.getvalue()), "zip archive")


def test_random_binary_data_is_refused_by_name(tmp_path):
    data = bytes((i * 7919 + 13) % 256 for i in range(8192))
    assert_skipped_with_a_good_file_kept(tmp_path, write(tmp_path, "blob.txt", data), "binary data")


@pytest.mark.parametrize("codec, bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                        ("utf-32-le", b"\xff\xfe\x00\x00")])
def test_a_page_in_utf16_or_utf32_with_a_bom_gives_the_same_record_as_utf8(tmp_path, codec, bom):
    wide = write(tmp_path, PAGE.name, bom + TEXT.encode(codec))
    result = extract(wide)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert records_of(result) == records_of(extract(PAGE))


def test_a_page_in_utf16_without_a_bom_is_read_with_a_warning(tmp_path):
    wide = write(tmp_path, PAGE.name, TEXT.encode("utf-16-le"))
    result = extract(wide)
    assert result.exit_code == 0, result.output
    assert records_of(result) == records_of(extract(PAGE))
    assert "without a byte-order mark" in problems_of(result)[0]["message"]


def test_a_windows_1256_page_is_read_with_a_warning_and_the_same_record(tmp_path):
    legacy = write(tmp_path, PAGE.name, TEXT.encode("cp1256", errors="replace"))
    result = extract(legacy)
    assert result.exit_code == 0, result.output
    [problem] = problems_of(result)
    assert problem["severity"] == "warning" and problem["line"] == "1"
    assert "windows-1256" in problem["message"] and "re-save the file as UTF-8" in problem["hint"]
    record, = records_of(result)
    expected, = records_of(extract(PAGE))
    assert (record["title"], record["start"], record["end"], record["city"]) == \
        (expected["title"], expected["start"], expected["end"], expected["city"])


def test_a_page_mixing_utf8_and_windows_1256_lines_names_the_first_legacy_line(tmp_path):
    # Header in UTF-8, story pasted from an old windows-1256 file: both halves are read.
    mixed = write(tmp_path, PAGE.name, "".join(LINES[:4]).encode("utf-8")
                  + "".join(LINES[4:]).encode("cp1256", errors="replace"))
    result = extract(mixed)
    assert result.exit_code == 0, result.output
    [problem] = problems_of(result)
    assert problem["line"] == "5" and "windows-1256" in problem["message"]
    record, = records_of(result)
    assert record["start"] == "2017-02-06" and record["city"] == "Istanbul"
    assert {"SESRIC", "IsDB"} <= {o["acronym"] for o in record["organisers"] + record["partners"]}


def test_a_page_cut_in_the_middle_of_a_character_keeps_its_record_and_says_it_looks_truncated(tmp_path):
    data = TEXT.encode("utf-8")
    cut = data.index("المؤسسات المشاركة".encode("utf-8")) + 3  # inside a two-byte Arabic letter
    truncated = write(tmp_path, PAGE.name, data[:cut])
    result = extract(truncated)
    assert result.exit_code == 0, result.output
    [problem] = problems_of(result)
    assert "truncated" in problem["message"]
    assert int(problem["line"]) == data[:cut].decode("utf-8", "ignore").count("\n") + 1
    record, = records_of(result)
    assert record["start"] == "2017-02-06" and record["organisers"][0]["acronym"] == "SESRIC"


def test_a_page_cut_mid_line_keeps_what_was_read(tmp_path):
    cut = TEXT.index("• البنك الإسلامي")
    result = extract(write(tmp_path, PAGE.name, TEXT[:cut]))
    assert result.exit_code == 0, result.output
    record, = records_of(result)
    assert record["start"] == "2017-02-06" and record["city"] == "Istanbul"


def test_an_html_page_is_read_as_its_text(tmp_path):
    paragraphs = "".join(f"<p>{line.strip()}</p>\n" for line in LINES[1:] if line.strip())
    page = (f"<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>SESRIC</title>"
            f"<style>p {{ color: red }}</style><script>var x = '<p>';</script></head>\n"
            f"<body><h1>{LINES[0].strip()}</h1>\n{paragraphs}</body></html>")
    result = extract(write(tmp_path, "page.html", page))
    assert result.exit_code == 0, result.output
    [problem] = problems_of(result)
    assert "HTML" in problem["message"]
    record, = records_of(result)
    expected, = records_of(extract(PAGE))
    assert (record["title"], record["start"], record["city"]) == (expected["title"], expected["start"], expected["city"])
    assert {o["acronym"] for o in record["organisers"]} == {o["acronym"] for o in expected["organisers"]}


def test_a_50_megabyte_single_line_is_cut_with_an_error_naming_the_line_and_the_page_is_still_read(tmp_path):
    # A page whose story lost its line breaks and was repeated to 50 MB (ASCII keeps memory low).
    story = "SESRIC organised a training course in cooperation with IsDB. " * 16
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.write("".join(LINES[:4]).encode("utf-8"))
        for _ in range(50 * 2**20 // len(story)):
            out.write(story.encode("ascii"))
    result = extract(path)
    assert result.exit_code == 1, result.output
    problems = problems_of(result)
    assert any(p["line"] == "5" and p["severity"] == "error" and "characters" in p["message"]
               and "split the text into lines" in p["hint"] for p in problems), result.stderr
    record, = records_of(result)
    assert record["start"] == "2017-02-06" and record["city"] == "Istanbul"


def test_a_50_megabyte_file_of_one_line_and_no_shape_is_skipped_with_an_error(tmp_path):
    path = tmp_path / "oneline.txt"
    with path.open("wb") as out:
        for _ in range(50):
            out.write(b"x" * 2**20)
    assert_skipped_with_a_good_file_kept(tmp_path, path, "characters")


def test_a_page_with_10000_bullets_is_read_into_one_record(tmp_path):
    # loaders/sesric_news.py _roles matches every bullet against every organisation found
    # (quadratic: 10,000 bullets take ~15 s of CPU), so `make test` reads 1,000 and `make fuzz` 10,000.
    head = TEXT.split("  •")[0]
    page = head + "".join(f"  • مؤسسة رقم {i} (ORG{i})\n" for i in range(BULLETS))
    result = extract(write(tmp_path, "bullets.txt", page))
    assert result.exit_code == 0, result.output
    record, = records_of(result)
    assert record["start"] == "2017-02-06"
    assert len(record["partners"]) >= BULLETS - 2


def test_a_page_with_bullets_keeps_every_participating_institution(tmp_path):
    head = TEXT.split("  •")[0]
    page = head + "".join(f"  • مؤسسة رقم {i} (ORG{i})\n" for i in range(20))
    record, = records_of(extract(write(tmp_path, "bullets.txt", page)))
    acronyms = {o["acronym"] for o in record["partners"]}
    assert {f"ORG{i}" for i in range(20)} <= acronyms


def test_a_date_line_with_an_impossible_date_keeps_the_record_with_no_date_and_names_line_2(tmp_path):
    # 45 February cannot be repaired (54 is no day either), so the record is kept with start=null.
    page = LINES[0] + "التاريخ : 45 فبراير 2017\n" + "".join(LINES[2:])
    result = extract(write(tmp_path, PAGE.name, page))
    assert result.exit_code == 0, result.output
    problems = problems_of(result)
    assert any(p["line"] == "2" and "45" in p["message"] and "start=null" in p["hint"] for p in problems), result.stderr
    record, = records_of(result)
    assert record["start"] is None and record["end"] is None
    assert record["city"] == "Istanbul" and record["organisers"][0]["acronym"] == "SESRIC"


@pytest.mark.parametrize("date_line", ["99 يناير 0000", "00 - 00 مارس 9999", "31 / 13 / 2025",
                                       "٣٠ فبراير ٢٠٢٥ - ٣١ فبراير ٢٠٢٥", "29 February 2025", "7 أكتوبر 2025 - 3 أكتوبر 2024"])
def test_odd_date_lines_never_stop_the_page_from_being_read(tmp_path, date_line):
    page = LINES[0] + f"التاريخ : {date_line}\n" + "".join(LINES[2:])
    result = extract(write(tmp_path, PAGE.name, page))
    assert result.exit_code == 0, result.output
    problems_of(result)
    record, = records_of(result)
    assert record["city"] == "Istanbul"
    assert record["start"] is None or record["start"] <= record["end"]


def test_a_text_of_unknown_shape_is_skipped_with_what_shapes_are_read(tmp_path):
    unknown = write(tmp_path, "list.txt", "shopping list\n- bread\n- eggs\n")
    assert_skipped_with_a_good_file_kept(tmp_path, unknown, "no loader")
    assert "news page" in extract(unknown).stderr


def test_a_bug_in_one_loader_on_one_file_is_an_error_naming_it_and_the_other_files_are_read(tmp_path, monkeypatch):
    def broken(text, source, registry=None):
        return {}["no such key"]

    monkeypatch.setattr(loaders, "SHAPES", [("broken", lambda text: text.startswith("BOOM"), broken),
                                            *loaders.SHAPES])
    boom = write(tmp_path, "boom.txt", "BOOM\n")
    result = extract(boom, PAGE)
    assert result.exit_code == 1
    problem, = problems_of(result)
    assert problem["path"].endswith("boom.txt") and "KeyError" in problem["message"] and "--debug" in problem["hint"]
    assert [r["source"] for r in records_of(result)] == [PAGE.name]
    debug = extract(boom, PAGE, debug=True)
    assert "Traceback" in debug.stderr and "in broken" in debug.stderr
    assert [r["source"] for r in records_of(debug)] == [PAGE.name]


def test_an_unexpected_error_in_a_command_is_one_line_and_exit_2_and_debug_shows_the_traceback(tmp_path, monkeypatch):
    import graph.build

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(graph.build, "write_quads", broken)
    result = CliRunner().invoke(cli, ["build", str(PAGE), "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "internal error: ZeroDivisionError: a bug" in result.stderr and "--debug" in result.stderr
    assert "Traceback" not in result.stderr
    debug = CliRunner().invoke(cli, ["--debug", "build", str(PAGE), "--out", str(tmp_path)])
    assert isinstance(debug.exception, ZeroDivisionError)


def _folder_of_1000(tmp_path) -> tuple[Path, list[str]]:
    """1,000 webinar pages, six of them bad in six ways; returns the folder and the bad names."""
    folder = tmp_path / "pages"
    folder.mkdir()
    page = ("ورشة عمل حول الإحصاءات الزراعية {i}\nالتاريخ : 12 مارس 2024\nمكان الانعقاد: عبر الإنترنت\n\n"
            "نظم سيسرك ورشة عمل حول الإحصاءات الزراعية رقم {i} بالتعاون مع البنك الإسلامي للتنمية.\n")
    for i in range(1000):
        write(folder, f"p{i:04d}.txt", page.format(i=i))
    bad = {"p0007.txt": b"", "p0100.txt": b"\x89PNG\r\n\x1a\n" + bytes(64), "p0333.txt": b"PK\x03\x04" + bytes(64),
           "p0500.txt": b"   \n\n", "p0777.txt": b"hello\nworld\n", "p0999.txt": bytes(range(256)) * 8}
    for name, data in bad.items():
        write(folder, name, data)
    return folder, sorted(bad)


def test_a_folder_of_1000_files_with_six_bad_ones_keeps_994_records_and_names_each_bad_file(tmp_path):
    folder, bad = _folder_of_1000(tmp_path)
    result = extract(folder)
    assert result.exit_code == 1
    sources = [r["source"] for r in records_of(result)]
    assert len(sources) == 994 and not set(sources) & set(bad)
    named = {Path(p["path"]).name for p in problems_of(result) if p["severity"] == "error"}
    assert named == set(bad)


def test_building_a_folder_with_bad_files_through_the_installed_command_shows_no_traceback(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("000_272770b36fcd7c81.txt", "002_3f67964ab990a2d2.txt"):
        write(folder, name, (CORPUS / name).read_bytes())
    write(folder, "empty.txt", b"")
    write(folder, "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(64))
    write(folder, "legacy.txt", TEXT.replace("مكان الانعقاد: إسطنبول", "مكان الانعقاد: أنقرة").encode("cp1256", "replace"))
    done = subprocess.run([str(OICKG), "build", str(folder), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert re.search(r"empty\.txt:1: error: the file is empty", done.stderr)
    assert re.search(r"image\.txt:1: error: this is a PNG image", done.stderr)
    assert re.search(r"legacy\.txt:1: warning: not valid UTF-8", done.stderr)
    assert re.search(r"from 5 sources\b.*: 3 records", done.stdout), done.stdout


def test_a_file_whose_name_is_not_utf8_is_built_under_a_readable_name_with_a_warning(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    odd = os.fsdecode(bytes(folder) + b"/\xff\xfe page.txt")
    with open(odd, "wb") as out:
        out.write(PAGE.read_bytes())
    result = CliRunner().invoke(cli, ["build", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "the file name is not UTF-8; read as '\ufffd\ufffd page.txt'" in result.stderr
    assert re.search(r"from 1 sources\b.*: 1 records", result.stdout), result.stdout
    assert "Traceback" not in result.output
