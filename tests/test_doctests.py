"""The examples in docstrings across ``kg/`` run (``kg.extract``'s are run by test_extract_rules.py)."""
import doctest
import importlib
import pkgutil

import pytest

import kg

MODULES = sorted(m.name for m in pkgutil.walk_packages(kg.__path__, "kg.")
                 if not m.name.startswith("kg.extract") and m.name != "kg.__main__")


def test_modules_are_found():
    assert {"kg.graph.records", "kg.sinks.encode", "kg.graph.ids", "kg.outdir"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
