"""The one-way flow: graph/ imports only extract.model (plus the run/CLI seam)."""

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEAM = {"run.py", "cli.py", "distributed.py"}


def test_graph_side_imports_only_the_model():
    for path in sorted((REPO / "graph").glob("*.py")):
        if path.name in SEAM:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and "extract" in node.module:
                assert node.module == "zhkg.extract.model", f"{path.name} imports {node.module}"


def test_extract_never_imports_graph():
    for path in sorted((REPO / "extract").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert "zhkg.graph" not in text and "from ..graph" not in text, path.name
