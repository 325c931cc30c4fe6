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


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="module")
def browser():
    """Debian's headless chromium driven by Playwright (never a downloaded browser)."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()
