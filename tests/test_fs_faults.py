"""Filesystem faults in build, extract and export: one line on stderr and a non-zero exit, never a
traceback (issue 17, item 8). Disk full and read-only need a tmpfs mount (root on Linux) and skip with
the reason otherwise; a file size limit (RLIMIT_FSIZE) runs in a child process."""
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.graph import build_graph, save_graph

from helpers import small_linking
from test_build_state import write_records

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "kg" / "data" / "examples" / "abstracts.jsonl"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    d = tmp_path_factory.mktemp("built")
    save_graph(build_graph(small_linking()), d / "graph.json")
    return d


def _mount(path: Path, opts: str) -> None:
    if sys.platform != "linux" or shutil.which("mount") is None:
        pytest.skip("needs Linux mount to make a small or read-only file system")
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(path)], capture_output=True, text=True)
    if res.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({res.stderr.strip() or 'not root'}): disk-full/read-only cases skipped")


@pytest.fixture()
def full_disk():
    d = Path(tempfile.mkdtemp(prefix="kg-full-"))
    _mount(d, "size=4k")
    try:
        yield d
    finally:
        subprocess.run(["umount", str(d)], check=False)
        d.rmdir()


@pytest.fixture()
def read_only():
    d = Path(tempfile.mkdtemp(prefix="kg-ro-"))
    _mount(d, "ro,size=64k")
    try:
        yield d
    finally:
        subprocess.run(["umount", str(d)], check=False)
        d.rmdir()


def _commands(out: Path, built: Path) -> dict[str, list[str]]:
    return {
        "build": ["build", str(EXAMPLE), "--out", str(out / "b"), "-q", "--no-html"],
        "extract": ["extract", str(EXAMPLE), "-o", str(out / "x.jsonl"), "-q"],
        "export-csv": ["export", str(built), "--format", "csv", "-o", str(out / "csv")],
        "export-graphml": ["export", str(built), "--format", "graphml", "-o", str(out / "g.graphml")],
    }


def _one_line(res, *needles):
    assert res.exit_code not in (0, None), res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    lines = [x for x in res.output.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), res.output
    assert "Traceback" not in res.output
    for n in needles:
        assert n in lines[0], lines[0]


@pytest.mark.parametrize("cmd", ["build", "extract", "export-csv", "export-graphml"])
def test_out_under_a_file(tmp_path, built, cmd):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    res = CliRunner().invoke(main, _commands(blocker, built)[cmd])
    _one_line(res, str(blocker))


@pytest.mark.parametrize("cmd", ["build", "extract", "export-csv", "export-graphml"])
def test_disk_full(full_disk, built, cmd):
    res = CliRunner().invoke(main, _commands(full_disk, built)[cmd])
    _one_line(res)
    assert "no space left" in res.output or "disk full" in res.output or "Cannot write" in res.output, res.output


@pytest.mark.parametrize("cmd", ["build", "extract", "export-csv", "export-graphml"])
def test_read_only_file_system(read_only, built, cmd):
    res = CliRunner().invoke(main, _commands(read_only, built)[cmd])
    _one_line(res, "read-only file system")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores file permissions")
@pytest.mark.parametrize("cmd", ["build", "extract", "export-csv"])
def test_no_permission(tmp_path, built, cmd):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        _one_line(CliRunner().invoke(main, _commands(locked, built)[cmd]), "permission denied")
    finally:
        locked.chmod(0o700)


def _limit_file_size():
    resource.setrlimit(resource.RLIMIT_FSIZE, (1_000, 1_000))


@pytest.mark.slow
@pytest.mark.parametrize("cmd", ["build", "extract", "export-csv", "export-graphml"])
def test_file_size_limit(tmp_path, built, cmd):
    args = _commands(tmp_path, built)[cmd]
    if cmd == "build":  # extraction records in: the child builds and writes without loading spaCy
        args[1] = str(write_records(tmp_path / "records.jsonl", range(40)))
    res = subprocess.run([sys.executable, "-m", "kg", *args], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
                         capture_output=True, text=True, preexec_fn=_limit_file_size, timeout=300)
    assert res.returncode != 0 and "Traceback" not in res.stderr, res.stderr
    lines = [x for x in res.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "file too large" in lines[0], res.stderr
