"""Shared fixtures: the sample corpus (../shared/corpus) and one build of it per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLES = SHARED / "corpus"
DEMO = REPO / "corpus" / "demo"
GOLD = REPO / "eval" / "gold"


@pytest.fixture(scope="session")
def samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.skip("../shared/corpus is not there")
    return SAMPLES


@pytest.fixture(scope="session")
def sample_run(samples):
    from zhkg.graph.run import build

    return build([str(samples)], jobs=1)


@pytest.fixture(scope="session")
def sample_output(sample_run, tmp_path_factory) -> Path:
    from zhkg.graph.run import write_outputs

    out = tmp_path_factory.mktemp("sample_output")
    write_outputs(sample_run, out)
    return out
