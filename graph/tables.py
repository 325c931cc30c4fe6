"""pandas tables of a graph (entities, relations) and of the documents' mentions."""

from __future__ import annotations

from typing import Iterable

import networkx as nx
import pandas as pd

from zhkg.extract.model import DocResult

from .flatten import flat_value, provenance

ENTITY_COLUMNS = ["id", "label", "type", "type_label", "aliases", "mentions", "documents", "adcode", "lat", "lon", "merge_rules", "evidence", "provenance"]
RELATION_COLUMNS = ["head", "relation", "label", "tail", "weight", "typed", "documents", "cues", "rules", "evidence", "provenance"]
MENTION_COLUMNS = ["doc", "start", "end", "surface", "entity", "rule", "sentence_start", "sentence_end", "page"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def entities_table(graph: nx.MultiDiGraph) -> pd.DataFrame:
    rows = []
    for node, d in graph.nodes(data=True):
        row = {"id": node}
        for col in ENTITY_COLUMNS[1:]:
            if col == "provenance":
                row[col] = provenance(d.get("evidence", []))
            else:
                row[col] = flat_value(col, d.get(col))
        rows.append(row)
    return pd.DataFrame(rows, columns=ENTITY_COLUMNS)


def relations_table(graph: nx.MultiDiGraph) -> pd.DataFrame:
    rows = []
    for u, v, key, d in graph.edges(keys=True, data=True):
        row = {"head": u, "tail": v}
        for col in RELATION_COLUMNS:
            if col in ("head", "tail"):
                continue
            row[col] = provenance(d.get("evidence", [])) if col == "provenance" else flat_value(col, d.get(col))
        rows.append(row)
    return pd.DataFrame(rows, columns=RELATION_COLUMNS)


def mentions_table(results: Iterable[DocResult]) -> pd.DataFrame:
    rows = []
    for r in sorted(results, key=lambda r: r.doc_id):
        for m in sorted(r.mentions, key=lambda m: (m.start, m.end, m.entity)):
            rows.append({
                "doc": m.doc_id, "start": m.start, "end": m.end, "surface": m.surface, "entity": m.entity,
                "rule": m.rule,
                "sentence_start": m.sentence.start if m.sentence else None,
                "sentence_end": m.sentence.end if m.sentence else None,
                "page": r.page_of(m.start),  # 1-based page of a PDF, empty otherwise
            })
    df = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    df["page"] = df["page"].astype("Int64")
    return df


def neutralize_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Spreadsheet safety: text cells starting with = + - @ get a leading apostrophe."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):  # pandas 3: "str" dtype
            out[col] = out[col].map(lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v)
    return out


def csv_bytes(df: pd.DataFrame) -> bytes:
    """The CSV file of a table: UTF-8, ``\\n`` line ends, formula-looking cells neutralized."""
    return neutralize_formulas(df).to_csv(index=False, lineterminator="\n").encode("utf-8")
