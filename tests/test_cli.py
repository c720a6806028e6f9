"""The CLI: help with examples, clean one-line errors, and the main job end to end."""
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import main

COMMANDS = ["build", "extract", "load", "query", "viz", "eval", "export", "audit"]


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.mark.parametrize("cmd", COMMANDS)
def test_every_command_has_help_with_an_example(runner, cmd):
    res = runner.invoke(main, [cmd, "--help"])
    assert res.exit_code == 0
    assert "Example:" in res.output and f"kg {cmd}" in res.output


def _one_line_error(res, *needles):
    assert res.exit_code != 0
    assert "Traceback" not in res.output
    lines = [line for line in res.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), res.output
    for n in needles:
        assert n in lines[0]


def test_missing_input_is_one_clear_line(runner, tmp_path):
    res = runner.invoke(main, ["build", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o"), "-q"])
    _one_line_error(res, "no such file")


def test_empty_input_is_one_clear_line(runner, tmp_path):
    f = tmp_path / "empty.jsonl"
    f.write_text("")
    res = runner.invoke(main, ["extract", str(f), "-o", str(tmp_path / "x.jsonl"), "-q"])
    _one_line_error(res, "no usable paper")
    assert not (tmp_path / "x.jsonl").exists()


def test_query_without_build_is_one_clear_line(runner, tmp_path):
    res = runner.invoke(main, ["query", "--db", str(tmp_path), "MATCH (n) RETURN count(n)"])
    _one_line_error(res, "no embedded store")


def test_viz_and_export_without_build(runner, tmp_path):
    _one_line_error(runner.invoke(main, ["viz", str(tmp_path), "-o", str(tmp_path / "m.html")]), "no graph here")
    _one_line_error(runner.invoke(main, ["export", str(tmp_path), "--format", "csv", "-o", str(tmp_path / "c")]), "no graph here")


def test_python_dash_m_entry_point():
    out = subprocess.run([sys.executable, "-m", "kg", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("kg, version")
