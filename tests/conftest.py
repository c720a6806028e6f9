"""Shared fixtures. Real abstracts are read from the shared data folder, never copied into tests.

The shared data folder is ``../shared`` beside the repository (the seed papers pages, the dev gold
set and its scorer, the arXiv abstracts of ``data/sota_nfdi4ds``), or wherever ``KG_SHARED`` points.
Tests that need it skip without it, and the skip reason (shown by ``-ra``, on by default) says what is
missing and how to point at it.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED", REPO.parent / "shared"))
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))


def needs_shared(path: Path) -> str:
    """The skip reason for a test that needs ``path`` from the shared data folder."""
    return (f"needs {path} from the shared data folder (../shared beside the repository; "
            f"set KG_SHARED=/path/to/shared to use another copy)")


def shared_file(*parts: str) -> Path:
    """A path in the shared data folder; the calling test skips (with the reason) when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(needs_shared(p))
    return p


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    if not SEEDS:
        pytest.skip(needs_shared(SHARED / "seeds" / "*.txt"))
    return SEEDS


@pytest.fixture(scope="session")
def dev_papers() -> Path:
    return shared_file("eval", "dev_papers.jsonl")
