"""The README's examples run: every `$ oickg ...` line that needs no server is executed as written."""
import glob
import os
import re
import shlex

from click.testing import CliRunner
from conftest import ROOT

from oickg.cli import cli

SERVER_WORDS = ("serve", "push", "--endpoint")


def readme_examples() -> list[tuple[int, str, list[str]]]:
    """(README line, command line, the output lines the README shows under it)."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    examples = []
    for number, line in enumerate(lines, 1):
        if not line.startswith("$ oickg "):
            continue
        shown = []
        for after in lines[number:]:
            if after.startswith(("$ ", "```")):
                break
            shown.append(after)
        examples.append((number, line[2:], shown))
    return examples


def _argv(command: str) -> tuple[list[str], str | None]:
    """Split a shell line into arguments (globs expanded) and the file its stdout goes to."""
    command = command.split("  #")[0].strip()
    words = shlex.split(command)[1:]
    target = None
    if ">" in words:
        at = words.index(">")
        target, words = words[at + 1], words[:at]
    argv = []
    for word in words:
        argv.extend(sorted(glob.glob(word)) or [word]) if any(c in word for c in "*?[") else argv.append(word)
    return argv, target


def test_the_readme_shows_examples_for_the_main_commands():
    commands = {shlex.split(line)[1] for _, line, _ in readme_examples()}
    assert {"extract", "build", "query", "sparql", "validate", "viz", "publish"} <= commands


def test_every_readme_example_that_needs_no_server_runs(tmp_path):
    os.symlink(ROOT / "data", tmp_path / "data")
    (tmp_path / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (tmp_path / "empty.txt").write_bytes(b"")
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        runner = CliRunner()
        for number, line, shown in readme_examples():
            if any(word in line for word in SERVER_WORDS) or line.rstrip().endswith("&"):
                continue
            argv, target = _argv(line)
            result = runner.invoke(cli, argv)
            expected = 1 if "empty.txt" in line else 0
            assert result.exit_code == expected, f"README line {number}: {line}\n{result.output}"
            assert "Traceback" not in result.output, f"README line {number}: {line}"
            if target:
                (tmp_path / target).write_text(result.stdout, encoding="utf-8")
            first = next((s for s in shown if s.strip() and not s.startswith(("...", "#"))), None)
            if first and not re.search(r"\.\.\.|…", first) and argv[0] in ("query", "sparql", "path"):
                assert first.split()[0] in result.stdout, f"README line {number}: {line}\n{result.stdout}"
    finally:
        os.chdir(here)
