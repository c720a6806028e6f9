"""The CLI: help with examples, clean one-line errors, and the main job end to end."""
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
    _one_line_error(res, "file is empty")
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


def test_progress_is_logged_when_stderr_is_not_a_terminal(tmp_path):
    from kg.pipeline import example_corpus

    res = CliRunner().invoke(main, ["extract", str(example_corpus()), "-o", str(tmp_path / "x.jsonl"), "--limit", "7"])
    assert res.exit_code == 0, res.output
    lines = res.stderr.splitlines()
    assert lines[0] == "extract: 0/7 papers started"
    assert lines[1].startswith("extract: 7/7 papers (100%) done in ") and "/s" in lines[1]
    assert "\r" not in res.stderr
    quiet = CliRunner().invoke(main, ["extract", str(example_corpus()), "-o", str(tmp_path / "y.jsonl"), "-q"])
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_progress_on_a_terminal_shows_total_and_eta():
    import io

    from kg.progress import Progress

    out = io.StringIO()
    ticks = iter([0.0, 1.0, 2.0, 3.0])
    p = Progress(out, tty=True, unit="papers", clock=lambda: next(ticks), tty_every=0.5)
    update = p("extract", 100)
    update(10)
    update(10)
    p.close()
    text = out.getvalue()
    assert "\r\x1b[2Kextract: 10/100 papers (10%), 10/s, about 9 s left" in text
    assert "extract: 20/100 papers (20%), 10/s, about 8 s left" in text
    assert text.endswith("extract: 20/100 papers (20%) done in 3.0 s, 6.7/s\n")


def test_progress_of_a_stage_committed_after_the_next_one_started():
    """A sink staged first and committed after the next stage began gets one final line, when it is
    done, not a '0/1 (0%) done' line when the next stage starts."""
    import io

    from kg.progress import Progress

    out = io.StringIO()
    p = Progress(out, tty=False, clock=lambda: 0.0)
    html = p("html", 1)
    store = p("store", 4)
    store(4)
    html(1)
    p.close()
    lines = out.getvalue().splitlines()
    assert lines == ["html: 0/1 page started", "store: 0/4 rows started", "html: 1/1 page (100%) done in 0.0 s",
                     "store: 4/4 rows (100%) done in 0.0 s"]


def test_neo4j_is_checked_before_any_work(tmp_path):
    import socket
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once closed
    out = tmp_path / "out"
    t = time.monotonic()
    res = CliRunner().invoke(main, ["build", "--out", str(out), "-q", "--neo4j-uri", f"bolt://127.0.0.1:{port}",
                                    "--password", "x"])
    assert time.monotonic() - t < 30
    _one_line_error(res, "cannot reach a Neo4j server")
    assert not out.exists()
