"""The wheel carries every module and data file (an editable install can hide a missing one)."""

import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_wheel_has_every_module_and_resource(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(REPO)],
        check=True, capture_output=True, timeout=300,
    )
    wheel = next(tmp_path.glob("zhkg-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for side in ("extract", "graph"):
        for path in (REPO / side).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix in (".py", ".txt", ".tsv", ".json", ".html", ".js", ".css"):
                rel = path.relative_to(REPO / side).as_posix()
                assert f"zhkg/{side}/{rel}" in names, f"{side}/{rel} is missing from the wheel"
    assert not any(n.startswith(("extract/", "graph/")) for n in names), "no top-level extract/graph packages"
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "zhkg = zhkg.graph.cli:main" in text
