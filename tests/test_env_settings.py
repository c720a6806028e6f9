"""Settings read from the environment: a bad value is one line naming the variable, never a traceback."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from kg.errors import InputError, env_number
from kg.pipeline import BuildReport, _fitting
from kg.read import ReadStats


def _sinks(*names: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(name=n) for n in names]


def _records(papers: int) -> SimpleNamespace:
    return SimpleNamespace(meta={"papers": papers})


def test_env_number_default_value_and_error(monkeypatch):
    monkeypatch.delenv("KG_TEST_NUMBER", raising=False)
    assert env_number("KG_TEST_NUMBER", 7) == 7
    monkeypatch.setenv("KG_TEST_NUMBER", " ")
    assert env_number("KG_TEST_NUMBER", 7) == 7
    monkeypatch.setenv("KG_TEST_NUMBER", "12")
    assert env_number("KG_TEST_NUMBER", 7) == 12
    monkeypatch.setenv("KG_TEST_NUMBER", "1.5")
    assert env_number("KG_TEST_NUMBER", 7, float) == 1.5
    with pytest.raises(InputError, match=r"^KG_TEST_NUMBER must be a whole number, got '1.5'$"):
        env_number("KG_TEST_NUMBER", 7)


def test_dask_graph_max_from_the_environment(monkeypatch, tmp_path: Path):
    """KG_DASK_GRAPH_MAX decides which whole-graph sinks a Dask build skips; a bad value is an InputError."""
    report = BuildReport(out_dir=tmp_path, read=ReadStats())
    sinks = _sinks("store", "json", "html")
    monkeypatch.setenv("KG_DASK_GRAPH_MAX", "5")
    kept = _fitting(sinks, _records(6), report, {})
    assert [s.name for s in kept] == ["store"]
    assert "json, html not written: 6 papers is more than 5" in report.graph["skipped"]
    assert [s.name for s in _fitting(sinks, _records(5), BuildReport(tmp_path, ReadStats()), {})] == ["store", "json", "html"]
    monkeypatch.setenv("KG_DASK_GRAPH_MAX", "many")
    with pytest.raises(InputError, match="KG_DASK_GRAPH_MAX must be a whole number of papers, got 'many'"):
        _fitting(sinks, _records(6), report, {})
