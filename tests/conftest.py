"""Shared fixtures. Real abstracts are read from ../shared (present in CI), never copied into tests."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED", REPO.parent / "shared"))
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    if not SEEDS:
        pytest.skip(f"seed corpus not found under {SHARED / 'seeds'}")
    return SEEDS


@pytest.fixture(scope="session")
def dev_papers() -> Path:
    p = SHARED / "eval" / "dev_papers.jsonl"
    if not p.is_file():
        pytest.skip(f"{p} not found")
    return p
