"""The Python API for notebooks and scripts, a thin layer over ``run.build`` and the exporters.

    from zhkg.graph.api import KnowledgeGraph
    kg = KnowledgeGraph.build(["corpus/demo"], jobs=1)
    kg.entities, kg.relations, kg.mentions, kg.documents   # pandas DataFrames
    kg.graph                                                # networkx.MultiDiGraph
    kg.write("output"); kg.show()                           # the CLI's files; the explorer inline
"""

from __future__ import annotations

import html
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterable

import networkx as nx
import pandas as pd

from .run import RunResult, build, report, write_outputs

SHOW_MAX_NODES = 2000  # the explorer keeps the most important nodes (like ``zhkg build --max-html-nodes``)


class KnowledgeGraph:
    """A built graph with its tables, exports and an inline explorer."""

    def __init__(self, run: RunResult):
        self.run = run

    @classmethod
    def build(cls, inputs: str | Path | Iterable[str | Path], jobs: int = 1, engine: str = "local",
              scheduler: str | None = None, progress: Callable[[int, int], None] | None = None) -> "KnowledgeGraph":
        """Read files, folders or glob patterns and build the graph (same as ``zhkg build``)."""
        if isinstance(inputs, (str, Path)):
            inputs = [inputs]
        return cls(build([str(p) for p in inputs], jobs=jobs, engine=engine, scheduler=scheduler, progress=progress))

    @property
    def graph(self) -> nx.MultiDiGraph:
        return self.run.graph

    @property
    def results(self) -> list:
        """One ``DocResult`` per document read (``doc_id``, ``year``, ``home``, entities, mentions…)."""
        return self.run.results

    @property
    def skipped(self) -> list:
        return self.run.skipped

    @cached_property
    def entities(self) -> pd.DataFrame:
        from .tables import entities_table

        return entities_table(self.graph)

    @cached_property
    def relations(self) -> pd.DataFrame:
        from .tables import relations_table

        return relations_table(self.graph)

    @cached_property
    def mentions(self) -> pd.DataFrame:
        from .tables import mentions_table

        return mentions_table(self.results)

    @cached_property
    def documents(self) -> pd.DataFrame:
        """One row per document read: ``doc``, ``year``, ``home``, counts (as in ``report.json``)."""
        rows = [{k: d[k] for k in ("doc", "year", "home", "encoding", "chars", "entities", "mentions", "relations", "path")}
                for d in self.report["documents"]]
        table = pd.DataFrame(rows, columns=["doc", "year", "home", "encoding", "chars", "entities", "mentions", "relations", "path"])
        table["year"] = table["year"].astype("Int64")
        return table

    @cached_property
    def report(self) -> dict:
        """What was read, skipped and why, with counts (the content of ``report.json``)."""
        return report(self.run)

    def write(self, out_dir: str | Path, max_html_nodes: int | None = None) -> Path:
        """Write every output file of ``zhkg build`` into ``out_dir``; returns the folder."""
        write_outputs(self.run, out_dir, max_html_nodes=max_html_nodes)
        return Path(out_dir)

    def to_graphml(self, path: str | Path) -> Path:
        from .export_graphml import write_graphml

        write_graphml(self._export_graph, Path(path))
        return Path(path)

    def to_gexf(self, path: str | Path) -> Path:
        from .export_gexf import write_gexf

        write_gexf(self._export_graph, Path(path))
        return Path(path)

    def to_html(self, path: str | Path, max_nodes: int | None = None) -> Path:
        from .atomic import write_text

        write_text(Path(path), self.html(max_nodes))
        return Path(path)

    def html(self, max_nodes: int | None = None) -> str:
        """The self-contained explorer page as a string."""
        from .export_html import render_html

        return render_html(self._export_graph, max_nodes=max_nodes)

    def show(self, height: int = 600, max_nodes: int | None = SHOW_MAX_NODES):
        """The explorer inline in Jupyter, VS Code or Colab (an ``<iframe srcdoc>``, no server, no network)."""
        from IPython.display import HTML

        page = html.escape(self.html(max_nodes), quote=True)
        return HTML(f'<div><iframe srcdoc="{page}" style="width:100%;height:{int(height)}px;border:1px solid #ddd" '
                    f'sandbox="allow-scripts allow-popups"></iframe></div>')

    @cached_property
    def _export_graph(self) -> nx.MultiDiGraph:
        """The graph as ``write_outputs`` exports it: with the precomputed layout (x, y)."""
        from .layout import with_layout

        return with_layout(self.graph)

    def __repr__(self) -> str:
        g = self.graph
        typed = sum(1 for _, _, k in g.edges(keys=True) if k != "CO_OCCURS")
        return (f"<KnowledgeGraph: {len(self.results)} documents, {len(self.skipped)} skipped, "
                f"{g.number_of_nodes()} nodes, {typed} typed relations, {g.number_of_edges() - typed} co-occurrences>")
